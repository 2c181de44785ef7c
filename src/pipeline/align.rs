//! The align stage: every candidate pair measured (shingle overlap, word overlap, passage
//! alignment), with each article analysed about once however many pairs it is in.

use super::candidates::Candidate;
use super::{span32, Params, Sketch};
use crate::link::align::PassageKind;
use crate::link::citation;
use crate::link::decide::{
    can_link, effective_coverage, keeps_order, names_outlet, LinkParams, ASYMMETRY,
};
use crate::link::variants;
use crate::link::{comparable_prefix, measure, Analysed, Idf, PairEvidence};
use crate::model::{Article, Dated};
use crate::progress::Progress;
use crate::store::TextStore;
use crate::text::normalize::distinct_word_hashes;
use rayon::prelude::*;

/// Measures every candidate pair, in `pairs`' order. Every pair's coverages are kept (the source
/// scores need them all), but the rest of its evidence only when the pair can become a link:
/// most candidates cannot, and keeping them whole made this stage the run's largest holder of
/// memory.
#[allow(clippy::too_many_arguments)]
pub(super) fn measure_all(
    articles: &[Article],
    texts: &TextStore,
    pairs: &[Candidate],
    citations: &[(u32, u32, bool)],
    slugs: &[String],
    sketches: &[Sketch],
    idf: &Idf,
    link_params: &LinkParams,
    p: &Params,
    progress: &Progress,
) -> Vec<(Coverages, Option<Box<Measured>>)> {
    let n = articles.len();
    let bar = progress.bar("align", pairs.len() as u64);
    let mut measured: Vec<_> = align_tasks(n, pairs)
        .par_iter()
        .flat_map_iter(|task| {
            let mut cache = Recent::with_budget(ANALYSED_CACHE, ANALYSED_BYTES);
            let out: Vec<_> = task
                .iter()
                .map(|&k| {
                    let c = &pairs[k as usize];
                    let (a, b) = (c.a, c.b);
                    let make =
                        |i: u32| Analysed::new(texts.text(&articles[i as usize]), p.shingle_size);
                    let xa = cache.get_sized(a, make, Analysed::heap_bytes);
                    let xb = cache.get_sized(b, make, Analysed::heap_bytes);
                    let m = measure_pair(&xa, &xb, c, articles, idf, p);
                    let mut ev = m.ev.evidence();
                    ev.cites = citation::of_pair(citations, a, b);
                    // Text aligned out of order is not reuse (see `decide`): it raises no
                    // source score, core or neighbour list either.
                    let reuse =
                        keeps_order(&ev, link_params) || ev.jaccard >= link_params.near_threshold;
                    let cov = if reuse {
                        (
                            a,
                            b,
                            effective_coverage(ev.cov_a, ev.quoted_a),
                            effective_coverage(ev.cov_b, ev.quoted_b),
                        )
                    } else {
                        (a, b, 0.0, 0.0)
                    };
                    let same_source =
                        !slugs[a as usize].is_empty() && slugs[a as usize] == slugs[b as usize];
                    let credits = |x: u32, y: u32| {
                        names_outlet(&sketches[x as usize].credits, &slugs[y as usize])
                    };
                    let keep = can_link(
                        &ev,
                        same_source,
                        credits(a, b) || credits(b, a),
                        link_params,
                    );
                    (cov, keep.then(|| Box::new(m)))
                })
                .collect();
            bar.inc(task.len() as u64);
            out
        })
        .collect();
    // Back to the candidates' order, which is (a, b) order: source scores sum in it, and
    // links keep it, so the output does not depend on how pairs were grouped for the cache.
    measured.par_sort_unstable_by_key(|(c, _)| (c.0, c.1));
    progress.finish(&bar);
    measured
}

/// Most articles analysed per align task; each holds its text and token arrays (tens of
/// kilobytes), so a few megabytes per thread. 64 did nearly as well on 10k articles, 1,024
/// little better: the misses left come from the order, not the cache size.
const ANALYSED_CACHE: usize = 256;

/// Most bytes of analysed articles held per align task (see [`Analysed::heap_bytes`]): 256
/// articles near the 256 KiB compared prefix held about 1 GB per thread; articles of a few
/// kilobytes, 256 of them, hold about 10 MB, so the count binds first on news text.
pub(super) const ANALYSED_BYTES: usize = 64 << 20;

/// Most pairs per align task: the one giant component spreads over threads, at the cost of
/// analysing again the articles at each task's start.
const MAX_TASK_PAIRS: usize = 4096;

/// Align tasks, as indices into `pairs`. Articles are numbered in depth-first order over the
/// candidate graph, closest (MinHash) neighbour first, so that a story's articles get nearby
/// numbers; pairs are taken by their endpoints' numbers, so a small cache meets each article
/// again. By first article (the pairs' own order), the second was re-analysed for every pair:
/// each article about five times; in this order about 2.5 with eight rare-feature partners per
/// article, and 1.02 with three (25k generated articles): what misses the cache is mostly
/// pairs between stories, joined by a few rare words. The candidate graph is mostly one component
/// (rare shared words join stories), so the order within it matters, not its components; a
/// breadth-first order kept too many articles in play (3.7 analyses each). Deterministic: tasks
/// depend on the pairs only.
fn align_tasks(n: usize, pairs: &[Candidate]) -> Vec<Vec<u32>> {
    let mut start = vec![0u32; n + 1];
    for c in pairs {
        start[c.a as usize + 1] += 1;
        start[c.b as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut adj = vec![(0u8, 0u32); 2 * pairs.len()];
    for c in pairs {
        for (x, y) in [(c.a, c.b), (c.b, c.a)] {
            adj[fill[x as usize] as usize] = (u8::MAX - c.agree, y);
            fill[x as usize] += 1;
        }
    }
    drop(fill);
    for i in 0..n {
        adj[start[i] as usize..start[i + 1] as usize].sort_unstable();
    }
    let mut pos = vec![u32::MAX; n];
    let mut next = 0u32;
    let mut stack: Vec<(u32, u32)> = Vec::new();
    for s in 0..n as u32 {
        if pos[s as usize] != u32::MAX {
            continue;
        }
        pos[s as usize] = next;
        next += 1;
        stack.push((s, start[s as usize]));
        while let Some(top) = stack.last_mut() {
            let u = top.0 as usize;
            if top.1 == start[u + 1] {
                stack.pop();
                continue;
            }
            let v = adj[top.1 as usize].1;
            top.1 += 1;
            if pos[v as usize] == u32::MAX {
                pos[v as usize] = next;
                next += 1;
                stack.push((v, start[v as usize]));
            }
        }
    }
    drop((adj, start, stack));
    let key = |k: u32| {
        let c = &pairs[k as usize];
        let (x, y) = (pos[c.a as usize], pos[c.b as usize]);
        ((x.min(y) as u64) << 32) | x.max(y) as u64
    };
    let mut order: Vec<u32> = (0..pairs.len() as u32).collect();
    order.par_sort_unstable_by_key(|&k| key(k));
    order
        .chunks(MAX_TASK_PAIRS)
        .map(|run| run.to_vec())
        .collect()
}

/// Per-task values of articles (analysed texts, word sets), least recently used evicted first:
/// a task meets the same articles again within a few pairs. At most `cap` values and, past the
/// most recent one, `budget` bytes as their makers count them: what is evicted is only made
/// again, so the limits change the time, never the result.
pub(crate) struct Recent<T> {
    cap: usize,
    budget: usize,
    held: usize,
    clock: u64,
    /// (article, last use, bytes, value).
    entries: Vec<(u32, u64, usize, std::rc::Rc<T>)>,
}

impl<T> Recent<T> {
    pub(crate) fn new(cap: usize) -> Self {
        Recent::with_budget(cap, usize::MAX)
    }

    pub(crate) fn with_budget(cap: usize, budget: usize) -> Self {
        Recent {
            cap: cap.max(1),
            budget,
            held: 0,
            clock: 0,
            entries: Vec::new(),
        }
    }

    pub(crate) fn get(&mut self, i: u32, make: impl FnOnce(u32) -> T) -> std::rc::Rc<T> {
        self.get_sized(i, make, |_| 0)
    }

    /// As [`Recent::get`], counting each value's bytes as `size` does.
    pub(crate) fn get_sized(
        &mut self,
        i: u32,
        make: impl FnOnce(u32) -> T,
        size: impl Fn(&T) -> usize,
    ) -> std::rc::Rc<T> {
        self.clock += 1;
        if let Some(e) = self.entries.iter_mut().find(|e| e.0 == i) {
            e.1 = self.clock;
            return e.3.clone();
        }
        let x = std::rc::Rc::new(make(i));
        let bytes = size(&x);
        self.held = self.held.saturating_add(bytes);
        self.entries.push((i, self.clock, bytes, x.clone()));
        // The new value is the most recent, so it is never the one evicted.
        while self.entries.len() > 1 && (self.entries.len() > self.cap || self.held > self.budget) {
            let oldest = (0..self.entries.len())
                .min_by_key(|&k| self.entries[k].1)
                .unwrap_or(0);
            let old = self.entries.swap_remove(oldest);
            self.held -= old.2;
        }
        x
    }
}

/// A pair and the quote-discounted coverage of each of its articles; zero for a pair whose
/// aligned text is out of order (`decide::keeps_order`) and that is no near copy, which is no
/// reuse.
pub(super) type Coverages = (u32, u32, f64, f64);

/// A candidate pair with its measured evidence, before any decision. Token arrays and masks are
/// dropped as soon as a pair is measured (only scalars and byte spans are kept), so memory grows
/// with the number of pairs by a few hundred bytes each, not by the size of their texts.
pub(super) struct Measured {
    pub(super) a: u32,
    pub(super) b: u32,
    pub(super) agree: u8,
    pub(super) ev: Scalars,
    /// The aligned passages with their byte spans in a and in b.
    pub(super) passages: Box<[MeasuredPassage]>,
    /// Characters of a and of b inside the passages: the output counts characters, and the
    /// texts are at hand only while measuring.
    pub(super) chars: [u32; 2],
}

/// A [`PairEvidence`]'s numbers without its alignment, whose empty arrays alone would take
/// half the size of a kept pair.
pub(super) struct Scalars([f64; 18]);

impl Scalars {
    fn of(ev: &PairEvidence) -> Scalars {
        Scalars([
            ev.jaccard,
            ev.cont_ab,
            ev.cont_ba,
            ev.cov_a,
            ev.cov_b,
            ev.quoted_a,
            ev.quoted_b,
            ev.verbatim_a,
            ev.verbatim_b,
            ev.cosine,
            ev.words_a,
            ev.words_b,
            ev.rare_a,
            ev.rare_b,
            ev.order,
            f64::from(ev.reworded),
            f64::from(u8::from(ev.opening_a)),
            f64::from(u8::from(ev.opening_b)),
        ])
    }

    pub(super) fn evidence(&self) -> PairEvidence {
        let [jaccard, cont_ab, cont_ba, cov_a, cov_b, quoted_a, quoted_b, verbatim_a, verbatim_b, cosine, words_a, words_b, rare_a, rare_b, order, reworded, opening_a, opening_b] =
            self.0;
        PairEvidence {
            jaccard,
            cont_ab,
            cont_ba,
            cov_a,
            cov_b,
            quoted_a,
            quoted_b,
            verbatim_a,
            verbatim_b,
            cosine,
            words_a,
            words_b,
            rare_a,
            rare_b,
            order,
            reworded: reworded as u32,
            opening_a: opening_a != 0.0,
            opening_b: opening_b != 0.0,
            core: None,
            cites: None,
            readings: None,
            alignment: Default::default(),
        }
    }
}

pub(super) struct MeasuredPassage {
    pub(super) kind: PassageKind,
    pub(super) score: f32,
    pub(super) a: (u32, u32),
    pub(super) b: (u32, u32),
}

/// Measures candidate `c`, given its two articles analysed.
pub(super) fn measure_pair(
    xa: &Analysed,
    xb: &Analysed,
    c: &Candidate,
    arts: &[Article],
    idf: &Idf,
    p: &Params,
) -> Measured {
    let Candidate { a, b, agree } = *c;
    let (aa, ab) = (&arts[a as usize], &arts[b as usize]);
    let mut ev = measure(xa, xb, idf, &p.align);
    if let Some(path) = &p.dump_pairs {
        dump_pair(path, aa, ab, &ev);
    }
    let passages = std::mem::take(&mut ev.alignment)
        .passages
        .iter()
        .map(|ps| MeasuredPassage {
            kind: ps.kind,
            score: ps.score,
            a: span32(xa.passage_span(ps.a)),
            b: span32(xb.passage_span(ps.b)),
        })
        .collect::<Box<[MeasuredPassage]>>();
    // Characters inside some passage, each once: a text that repeats a sentence of the other,
    // or rewords one that is also copied, has passages that overlap in the other text.
    let chars = |x: &Analysed, span: fn(&MeasuredPassage) -> (u32, u32)| -> u32 {
        let mut spans: Vec<(u32, u32)> = passages.iter().map(span).collect();
        spans.sort_unstable();
        let mut total = 0;
        let mut done = 0u32;
        for (s, e) in spans {
            let s = s.max(done);
            if s < e {
                total += x
                    .text
                    .get(s as usize..e as usize)
                    .map_or(0, |t| t.chars().count()) as u32;
                done = e;
            }
        }
        total
    };
    let chars = [chars(xa, |ps| ps.a), chars(xb, |ps| ps.b)];
    Measured {
        a,
        b,
        agree,
        ev: Scalars::of(&ev),
        passages,
        chars,
    }
}

fn dump_pair(path: &std::path::Path, a: &Article, b: &Article, ev: &crate::link::PairEvidence) {
    use std::io::Write;
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let line = serde_json::json!({
        "a": a.id, "b": b.id, "jaccard": ev.jaccard, "cont_ab": ev.cont_ab, "cont_ba": ev.cont_ba,
        "cov_a": ev.cov_a, "cov_b": ev.cov_b, "quoted_a": ev.quoted_a, "quoted_b": ev.quoted_b,
        "verbatim_a": ev.verbatim_a, "verbatim_b": ev.verbatim_b, "cosine": ev.cosine,
        "words_a": ev.words_a, "words_b": ev.words_b, "rare_a": ev.rare_a, "rare_b": ev.rare_b, "order": ev.order,
        "reworded": ev.alignment.passages.iter().filter(|p| p.kind == PassageKind::Reworded).count(),
        "verbatim_passages": ev.alignment.passages.iter().filter(|p| p.kind == PassageKind::Verbatim).count(),
        "passages": ev.alignment.passages.iter().map(|p| (p.kind == PassageKind::Verbatim, p.a, p.b)).collect::<Vec<_>>(),
    });
    let _guard = LOCK.lock();
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = writeln!(f, "{line}");
    }
}

/// The pairs that only the texts around them can orient (see [`variants`]), with `true` when the
/// first is the source: near copies (shingle Jaccard at least `near_threshold`) that dates do
/// not order and whose coverages differ by less than [`ASYMMETRY`]. Sorted by pair. Each pair
/// reads its two texts and up to [`variants::MAX_WITNESSES`] of their common neighbours; dated
/// corpora have few such pairs.
pub(super) fn shared_readings(
    covs: &[Coverages],
    kept: &[Option<Box<Measured>>],
    articles: &[Article],
    dates: &[Option<Dated>],
    texts: &TextStore,
    idf: &Idf,
    link: &LinkParams,
) -> Vec<(u32, u32, bool)> {
    let tied: Vec<(u32, u32)> = covs
        .iter()
        .zip(kept)
        .filter(|((a, b, _, _), m)| {
            let dated = match (dates[*a as usize], dates[*b as usize]) {
                (Some(pa), Some(pb)) => pa.at.order(&pb.at) != std::cmp::Ordering::Equal,
                _ => false,
            };
            // Coverages as `decide` compares them (quotes not discounted).
            m.as_ref().is_some_and(|m| {
                let ev = m.ev.evidence();
                ev.jaccard >= link.near_threshold && (ev.cov_a - ev.cov_b).abs() < ASYMMETRY
            }) && !dated
        })
        .map(|((a, b, _, _), _)| (*a, *b))
        .collect();
    if tied.is_empty() {
        return Vec::new();
    }
    let mut ends: Vec<u32> = tied.iter().flat_map(|&(a, b)| [a, b]).collect();
    ends.par_sort_unstable();
    ends.dedup();
    let adj = variants::neighbours(&ends, covs, link.derive_threshold);
    let adj_of = |x: u32| {
        ends.binary_search(&x)
            .map_or(&[][..], |k| adj[k].as_slice())
    };
    let words = |i: u32| {
        let mut out = Vec::new();
        distinct_word_hashes(
            comparable_prefix(&texts.text(&articles[i as usize])),
            &mut out,
        );
        out
    };
    tied.par_chunks(READINGS_TASK_PAIRS)
        .flat_map_iter(|task| {
            let mut cache = Recent::new(READINGS_CACHE);
            let out: Vec<(u32, u32, bool)> = task
                .iter()
                .filter_map(|&(a, b)| {
                    let ws = variants::witnesses(adj_of(a), adj_of(b));
                    if ws.is_empty() {
                        return None;
                    }
                    let (wa, wb) = (cache.get(a, words), cache.get(b, words));
                    let sets: Vec<_> = ws.iter().map(|&z| cache.get(z, words)).collect();
                    let refs: Vec<&[u64]> = sets.iter().map(|s| s.as_slice()).collect();
                    variants::vote(&wa, &wb, &refs, |h| idf.weight(h) as f64)
                        .map(|a_is_source| (a, b, a_is_source))
                })
                .collect();
            out
        })
        .collect()
}

/// Pairs per task of [`shared_readings`]; consecutive pairs of a story share texts in the cache.
const READINGS_TASK_PAIRS: usize = 256;

/// Word sets a task of [`shared_readings`] keeps: a pair and its witnesses with room to spare.
const READINGS_CACHE: usize = 4 * variants::MAX_WITNESSES;

#[cfg(test)]
mod tests {
    use super::*;

    /// A kept pair is decided from its scalars alone: each must come back as it was measured.
    #[test]
    fn scalars_keep_every_number_of_the_evidence() {
        let mut ev = Scalars([0.0; 18]).evidence();
        let fields: [&mut f64; 15] = [
            &mut ev.jaccard,
            &mut ev.cont_ab,
            &mut ev.cont_ba,
            &mut ev.cov_a,
            &mut ev.cov_b,
            &mut ev.quoted_a,
            &mut ev.quoted_b,
            &mut ev.verbatim_a,
            &mut ev.verbatim_b,
            &mut ev.cosine,
            &mut ev.words_a,
            &mut ev.words_b,
            &mut ev.rare_a,
            &mut ev.rare_b,
            &mut ev.order,
        ];
        for (k, f) in fields.into_iter().enumerate() {
            *f = 0.01 * (k + 1) as f64;
        }
        ev.reworded = 7;
        let back = Scalars::of(&ev).evidence();
        assert_eq!(format!("{ev:?}"), format!("{back:?}"));
    }

    #[test]
    fn recent_evicts_the_least_recently_used() {
        let mut c = Recent::new(2);
        let mut made = Vec::new();
        for i in [1, 2, 1, 3, 1, 2] {
            c.get(i, |i| {
                made.push(i);
                i
            });
        }
        // 1 and 2 made; 1 met again; 3 evicts 2; 1 met again; 2 made again.
        assert_eq!(made, [1, 2, 3, 2]);
    }

    #[test]
    fn recent_keeps_to_its_byte_budget_but_always_holds_the_newest() {
        let mut c = Recent::with_budget(8, 10);
        let mut made = Vec::new();
        let mut make = |i: u32| {
            made.push(i);
            i as usize
        };
        // Values weigh their own number of bytes.
        for i in [4, 5, 4, 20, 4, 5] {
            c.get_sized(i, &mut make, |&x| x);
        }
        // 4 and 5 held (9 bytes); 4 met again; 20 is over the budget alone, held by itself;
        // 4 evicts it; 5 fits beside 4.
        assert_eq!(made, [4, 5, 20, 4, 5]);
        assert_eq!(c.held, 9);
    }
}
