//! Passage alignment between two articles.
//!
//! Verbatim reuse is found by seed-and-extend, as text-reuse tools such as passim do: word
//! trigrams shared by both texts seed matches, each seed is extended while the words agree, and
//! runs that follow each other in both texts across small gaps (edits) merge into passages.
//! Reworded reuse is found sentence by sentence: a sentence of one text is aligned to the sentence
//! of the other with the highest idf-weighted cosine of their words, so a rewrite that swaps words
//! and clauses but keeps the content words still aligns, while common words count for little.

use crate::text::Token;
use serde::Serialize;

/// A view of one article for alignment.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Sentence spans as token index ranges.
    pub sentences: &'a [(u32, u32)],
}

/// How the words of a passage correspond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    /// Word runs shared verbatim, merged across small edits.
    Verbatim,
    /// A reworded sentence: same content words, different writing.
    Reworded,
}

/// A passage shared by two texts, as token ranges `[start, end)` in each.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Passage {
    pub kind: PassageKind,
    pub a: (u32, u32),
    pub b: (u32, u32),
    /// Tokens of `a` matched verbatim (verbatim passages) or the sentence cosine × 100 (reworded).
    pub matched: u32,
    pub score: f32,
}

/// Alignment parameters.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct AlignParams {
    /// Words per seed.
    pub seed_len: usize,
    /// Shortest verbatim run kept.
    pub min_run: usize,
    /// Largest gap (in words, in each text) bridged when merging runs into one passage.
    pub max_gap: usize,
    /// Fewest matched words for a verbatim passage.
    pub min_passage: usize,
    /// Lowest idf-weighted cosine for two sentences to align as a rewording.
    pub sentence_cosine: f32,
    /// Fewest distinct words shared by two aligned sentences.
    pub sentence_min_shared: usize,
    /// Lowest word weight (0..1, scaled idf) that makes a seed rare enough to start a run.
    pub seed_min_weight: f32,
}

impl Default for AlignParams {
    fn default() -> Self {
        AlignParams {
            seed_len: 3,
            min_run: 4,
            max_gap: 12,
            min_passage: 8,
            sentence_cosine: 0.5,
            sentence_min_shared: 4,
            seed_min_weight: 0.4,
        }
    }
}

/// Result of aligning `a` with `b`.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    pub passages: Vec<Passage>,
    /// Per token of `a` / `b`: inside some aligned passage.
    pub covered_a: Vec<bool>,
    pub covered_b: Vec<bool>,
    /// Per token of `a` / `b`: its word weight (idf, with the pair left out).
    pub weight_a: Vec<f32>,
    pub weight_b: Vec<f32>,
}

impl Alignment {
    /// Weighted share of `a` inside aligned passages: function words count for little, so
    /// sharing "he said that" does not look like sharing a paragraph.
    pub fn coverage_a(&self) -> f64 {
        weighted_share(&self.covered_a, &self.weight_a, None)
    }
    pub fn coverage_b(&self) -> f64 {
        weighted_share(&self.covered_b, &self.weight_b, None)
    }
}

/// Weighted share of covered tokens (optionally only those where `only` is true).
pub fn weighted_share(mask: &[bool], weights: &[f32], only: Option<&[bool]>) -> f64 {
    let mut total = 0f64;
    let mut covered = 0f64;
    for (k, (&m, &w)) in mask.iter().zip(weights).enumerate() {
        if only.is_some_and(|o| !o[k]) {
            continue;
        }
        total += w as f64;
        if m {
            covered += w as f64;
        }
    }
    if total == 0.0 {
        0.0
    } else {
        covered / total
    }
}

/// Aligns two articles.
/// `idf(h, shared)` gives the weight of a word (by token hash); `shared` tells whether both texts
/// contain it, so the weight can leave the pair itself out of the word's document frequency.
pub fn align(a: &Doc, b: &Doc, idf: &dyn Fn(u64, bool) -> f32, p: &AlignParams) -> Alignment {
    let vocab = |d: &Doc| {
        let mut v: Vec<u64> = d.tokens.iter().map(|t| t.hash).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (va, vb) = (vocab(a), vocab(b));
    let weights = |d: &Doc, other: &[u64]| -> Vec<f32> {
        d.tokens
            .iter()
            .map(|t| idf(t.hash, other.binary_search(&t.hash).is_ok()))
            .collect()
    };
    let mut al = Alignment {
        passages: Vec::new(),
        covered_a: vec![false; a.tokens.len()],
        covered_b: vec![false; b.tokens.len()],
        weight_a: weights(a, &vb),
        weight_b: weights(b, &va),
    };
    let runs = verbatim_runs(a.tokens, b.tokens, &al.weight_a, p);
    for pass in merge_runs(&runs, p) {
        mark(&mut al.covered_a, pass.a);
        mark(&mut al.covered_b, pass.b);
        al.passages.push(pass);
    }
    for pass in reworded_sentences(a, b, &al, p) {
        mark(&mut al.covered_a, pass.a);
        mark(&mut al.covered_b, pass.b);
        al.passages.push(pass);
    }
    al.passages.sort_by_key(|x| (x.a.0, x.b.0));
    al
}

fn mark(mask: &mut [bool], (s, e): (u32, u32)) {
    for m in &mut mask[s as usize..e as usize] {
        *m = true;
    }
}

/// A maximal verbatim run: `len` tokens from `i` in a and `j` in b.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    i: u32,
    j: u32,
    len: u32,
}

/// Seeds at every shared word n-gram and extends each as far as the texts agree. Seeds that occur
/// very often in `b` (boilerplate, repeated phrases) are only tried at their first few places,
/// which bounds the work on pathological texts.
/// Only seeds with at least one rare word start a run: a run of common words ("one of the
/// most") is shared by unrelated texts.
fn verbatim_runs(a: &[Token], b: &[Token], weight_a: &[f32], p: &AlignParams) -> Vec<Run> {
    const MAX_PLACES: usize = 8;
    let n = p.seed_len.max(1);
    if a.len() < n || b.len() < n {
        return Vec::new();
    }
    let gram = |t: &[Token], i: usize| {
        t[i..i + n]
            .iter()
            .fold(0u64, |h, x| h.rotate_left(17) ^ x.hash)
    };
    // (gram, place) sorted: one allocation per pair instead of one per distinct gram.
    let mut index: Vec<(u64, u32)> = (0..=b.len() - n).map(|j| (gram(b, j), j as u32)).collect();
    index.sort_unstable();
    let places_of = |g: u64| {
        let from = index.partition_point(|x| x.0 < g);
        index[from..]
            .iter()
            .take(MAX_PLACES)
            .take_while(move |x| x.0 == g)
            .map(|x| x.1)
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i + n <= a.len() {
        let mut best: Option<Run> = None;
        let rare = weight_a[i..i + n].iter().any(|&w| w >= p.seed_min_weight);
        if rare {
            for j in places_of(gram(a, i)) {
                let j = j as usize;
                let mut len = 0;
                while i + len < a.len() && j + len < b.len() && a[i + len].hash == b[j + len].hash {
                    len += 1;
                }
                if len >= n && best.is_none_or(|r| len as u32 > r.len) {
                    best = Some(Run {
                        i: i as u32,
                        j: j as u32,
                        len: len as u32,
                    });
                }
            }
        }
        match best {
            Some(r) if r.len as usize >= p.min_run => {
                runs.push(r);
                i += r.len as usize;
            }
            _ => i += 1,
        }
    }
    runs
}

/// Chains runs that follow each other in both texts (within `max_gap` words) into passages.
fn merge_runs(runs: &[Run], p: &AlignParams) -> Vec<Passage> {
    let mut out = Vec::new();
    let mut cur: Option<Passage> = None;
    for r in runs {
        let (ai, aj) = (r.i, r.i + r.len);
        let (bi, bj) = (r.j, r.j + r.len);
        if let Some(c) = cur.as_mut() {
            let gap_a = ai.saturating_sub(c.a.1) as usize;
            let in_order = bi >= c.b.1 || c.b.1 - bi <= 2;
            let gap_b = bi.saturating_sub(c.b.1) as usize;
            if in_order && gap_a <= p.max_gap && gap_b <= p.max_gap {
                c.a.1 = aj;
                c.b.1 = c.b.1.max(bj);
                c.matched += r.len;
                continue;
            }
            let done = cur.take().unwrap();
            if done.matched as usize >= p.min_passage {
                out.push(done);
            }
        }
        cur = Some(Passage {
            kind: PassageKind::Verbatim,
            a: (ai, aj),
            b: (bi, bj),
            matched: r.len,
            score: 1.0,
        });
    }
    if let Some(done) = cur {
        if done.matched as usize >= p.min_passage {
            out.push(done);
        }
    }
    for pass in &mut out {
        pass.score = pass.matched as f32 / (pass.a.1 - pass.a.0).max(1) as f32;
    }
    out
}

/// Aligns each sentence of `a` that verbatim passages left mostly uncovered to its best match in
/// `b` by idf-weighted cosine over distinct words. Each sentence of `b` is used at most once, best
/// scores first, so one generic sentence cannot absorb many.
fn reworded_sentences(a: &Doc, b: &Doc, al: &Alignment, p: &AlignParams) -> Vec<Passage> {
    let bags = |d: &Doc, weights: &[f32]| -> Vec<(Vec<(u64, f32)>, f32)> {
        d.sentences
            .iter()
            .map(|&(s, e)| {
                let mut bag: Vec<(u64, f32)> = (s as usize..e as usize)
                    .map(|k| (d.tokens[k].hash, weights[k]))
                    .collect();
                bag.sort_unstable_by_key(|x| x.0);
                bag.dedup_by_key(|x| x.0);
                let norm = bag.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                (bag, norm)
            })
            .collect()
    };
    let bag_a = bags(a, &al.weight_a);
    let bag_b = bags(b, &al.weight_b);
    let mut postings: Vec<(u64, u32)> = bag_b
        .iter()
        .enumerate()
        .flat_map(|(k, (bag, _))| bag.iter().map(move |(h, _)| (*h, k as u32)))
        .collect();
    postings.sort_unstable();
    let uncovered = |mask: &[bool], (s, e): (u32, u32)| {
        let n = (e - s) as usize;
        n > 0 && mask[s as usize..e as usize].iter().filter(|&&c| !c).count() * 2 > n
    };
    let mut scored: Vec<(f32, u32, u32)> = Vec::new();
    let mut dots = vec![0f32; bag_b.len()];
    let mut shared = vec![0u32; bag_b.len()];
    for (ka, (bag, norm_a)) in bag_a.iter().enumerate() {
        if !uncovered(&al.covered_a, a.sentences[ka]) || *norm_a == 0.0 {
            continue;
        }
        dots.iter_mut().for_each(|d| *d = 0.0);
        shared.iter_mut().for_each(|s| *s = 0);
        for (h, w) in bag {
            let from = postings.partition_point(|x| x.0 < *h);
            for &(_, kb) in postings[from..].iter().take_while(|x| x.0 == *h) {
                dots[kb as usize] += w * w;
                shared[kb as usize] += 1;
            }
        }
        let mut best: Option<(f32, u32)> = None;
        for (kb, &dot) in dots.iter().enumerate() {
            if (shared[kb] as usize) < p.sentence_min_shared || bag_b[kb].1 == 0.0 {
                continue;
            }
            let cos = dot / (norm_a * bag_b[kb].1);
            if cos >= p.sentence_cosine && best.is_none_or(|(c, _)| cos > c) {
                best = Some((cos, kb as u32));
            }
        }
        if let Some((cos, kb)) = best {
            scored.push((cos, ka as u32, kb));
        }
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut used_b = vec![false; bag_b.len()];
    let mut out = Vec::new();
    for (cos, ka, kb) in scored {
        if used_b[kb as usize] {
            continue;
        }
        used_b[kb as usize] = true;
        out.push(Passage {
            kind: PassageKind::Reworded,
            a: a.sentences[ka as usize],
            b: b.sentences[kb as usize],
            matched: (cos * 100.0) as u32,
            score: cos,
        });
    }
    out
}

/// Token ranges of sentences, from byte spans.
pub fn sentence_token_ranges(tokens: &[Token], spans: &[(usize, usize)]) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(spans.len());
    let mut t = 0usize;
    for &(s, e) in spans {
        while t < tokens.len() && (tokens[t].start as usize) < s {
            t += 1;
        }
        let start = t;
        while t < tokens.len() && (tokens[t].end as usize) <= e {
            t += 1;
        }
        if t > start {
            out.push((start as u32, t as u32));
        }
    }
    out
}

/// Per token: inside quotation marks. Shared quoted text is weak evidence of reuse, because
/// independent reports repeat the same official quote.
pub fn quoted_mask(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut quoted_spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '«' | '„' => open = Some(i),
            '”' | '»' => {
                if let Some(s) = open.take() {
                    quoted_spans.push((s, i));
                }
            }
            '"' => match open.take() {
                Some(s) => quoted_spans.push((s, i)),
                None => open = Some(i),
            },
            '\n' => open = None,
            _ => {}
        }
    }
    let mut mask = vec![false; tokens.len()];
    let mut q = 0;
    for (k, t) in tokens.iter().enumerate() {
        while q < quoted_spans.len() && quoted_spans[q].1 < t.start as usize {
            q += 1;
        }
        if q < quoted_spans.len()
            && quoted_spans[q].0 < t.start as usize
            && (t.end as usize) <= quoted_spans[q].1
        {
            mask[k] = true;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{sentences::sentence_spans, tokenize};

    struct Owned {
        text: String,
        tokens: Vec<Token>,
        sentences: Vec<(u32, u32)>,
    }

    fn doc(text: &str) -> Owned {
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens);
        let sentences = sentence_token_ranges(&tokens, &sentence_spans(text));
        Owned {
            text: text.to_string(),
            tokens,
            sentences,
        }
    }

    fn view(o: &Owned) -> Doc<'_> {
        Doc {
            text: &o.text,
            tokens: &o.tokens,
            sentences: &o.sentences,
        }
    }

    fn flat(_: u64, _: bool) -> f32 {
        1.0
    }

    #[test]
    fn verbatim_passage_across_an_edit() {
        let a = doc("Intro words here. The court said that its computer systems were breached last week by unknown hackers who took data. Other stuff follows now.");
        let b = doc("Completely different opening. The court said that its computer systems were attacked last week by unknown hackers who took data. More.");
        let al = align(&view(&a), &view(&b), &flat, &AlignParams::default());
        let v: Vec<_> = al
            .passages
            .iter()
            .filter(|p| p.kind == PassageKind::Verbatim)
            .collect();
        assert_eq!(v.len(), 1, "{:?}", al.passages);
        let (s, e) = v[0].a;
        let span =
            &a.text[a.tokens[s as usize].start as usize..a.tokens[e as usize - 1].end as usize];
        assert_eq!(span, "The court said that its computer systems were breached last week by unknown hackers who took data");
    }

    #[test]
    fn reworded_sentence() {
        let a = doc("Immediate measures were adopted to respond to this cybersecurity incident and to mitigate its impact.");
        let b = doc("The statement said immediate measures were implemented to respond to the cybersecurity incident and minimize its impact.");
        let al = align(&view(&a), &view(&b), &flat, &AlignParams::default());
        assert!(al.coverage_a() > 0.9, "{:?}", al.passages);
    }

    #[test]
    fn unrelated_texts_do_not_align() {
        let a = doc("The weather in Paris was sunny and warm throughout the long weekend.");
        let b = doc("Stock markets fell sharply after the central bank raised interest rates.");
        let al = align(&view(&a), &view(&b), &flat, &AlignParams::default());
        assert!(al.passages.is_empty());
    }

    #[test]
    fn quotes() {
        let text = "He said “we were hacked” and left. \"Yes\" no";
        let o = doc(text);
        let m = quoted_mask(text, &o.tokens);
        assert_eq!(
            m,
            [false, false, true, true, true, false, false, true, false]
        );
    }
}
