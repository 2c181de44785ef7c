//! The whole job on one machine: sketch every article, group exact copies, find candidate pairs,
//! verify and decide each pair, build the forest. Each step is a function over slices that could
//! run on one shard of a corpus.

use crate::ingest::date::dated;
use crate::link::align::{AlignParams, PassageKind};
use crate::link::attribution::{
    credit_taken, find_credits, is_wire, primary_credit, slug_for_source, CorpusOutlets, Credit,
};
use crate::link::candidates::{rare_feature_pairs, CandidateParams, DfFilter};
use crate::link::decide::{
    can_link, decide, effective_coverage, reused_cores, small_corpus_params, source_scores,
    DecidedBy, LinkParams, Meta, ASYMMETRY,
};
use crate::link::variants;
use crate::link::{comparable_prefix, measure, Analysed, Idf, PairEvidence};
use crate::model::{Article, Dated, Relation};
use crate::progress::{trace_memory, Progress};
use crate::sketch::exact::tokenize_and_sha256;
use crate::sketch::lsh::{candidate_pairs, Banding};
use crate::sketch::{minhash, MinHasher, Signature};
use crate::store::TextStore;
use crate::text::normalize::distinct_word_hashes;
use crate::text::shingle::for_each_shingle;
use crate::text::tokenize;
use crate::tree::{self, Forest, Node, Proposal};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::time::Instant;

/// Every tunable of a run; serialised into summary.json.
#[derive(Debug, Clone, Serialize)]
pub struct Params {
    /// Words per shingle for MinHash, Jaccard and containment.
    pub shingle_size: usize,
    /// Jaccard threshold that LSH banding targets for near-duplicate candidates.
    pub lsh_threshold: f64,
    pub banding: Banding,
    pub link: LinkParams,
    pub candidates: CandidateParams,
    pub align: AlignParams,
    /// Keep one in this many word trigrams as a candidate feature (by hash, so the same trigrams
    /// are kept in every article).
    pub trigram_sampling: u64,
    pub seed: u64,
    /// Tuning aid: write every measured candidate pair's evidence to this JSONL file.
    #[serde(skip)]
    pub dump_pairs: Option<std::path::PathBuf>,
}

impl Default for Params {
    fn default() -> Self {
        let lsh_threshold = 0.5;
        Params {
            shingle_size: 5,
            lsh_threshold,
            banding: Banding::for_threshold(lsh_threshold),
            link: LinkParams::default(),
            candidates: CandidateParams::default(),
            align: AlignParams::default(),
            trigram_sampling: 4,
            seed: minhash::DEFAULT_SEED,
            dump_pairs: None,
        }
    }
}

/// A shared passage as the output reports it: spans in both texts. Its text is read from the
/// child's when written, not copied here: the passages of a corpus's links add up to a good
/// share of all its text.
#[derive(Debug, Clone, Serialize)]
pub struct SharedPassage {
    pub kind: PassageKind,
    /// Byte spans, 32-bit: a link's passages lie in the compared prefix of each text, and
    /// links are the run's most numerous records after articles.
    pub child_span: (u32, u32),
    pub parent_span: (u32, u32),
    pub score: f32,
}

/// A byte span as stored in a [`SharedPassage`].
fn span32((s, e): (usize, usize)) -> (u32, u32) {
    let c = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    (c(s), c(e))
}

/// Everything known about one accepted or proposed link.
#[derive(Debug, Clone, Serialize)]
pub struct LinkRecord {
    pub child: u32,
    pub parent: u32,
    pub relation: Relation,
    pub decided_by: DecidedBy,
    pub similarity: f64,
    pub minhash_similarity: f64,
    pub containment_child_in_parent: f64,
    pub containment_parent_in_child: f64,
    pub coverage_child: f64,
    pub coverage_parent: f64,
    /// Share of the child's words in verbatim runs with the parent.
    #[serde(skip)]
    pub verbatim_child: f64,
    /// Linked by shared vocabulary alone (see [`Proposal::vocabulary_only`]).
    #[serde(skip)]
    pub by_vocabulary: bool,
    pub quoted_share: f64,
    pub shared_chars: u64,
    pub passages: Vec<SharedPassage>,
    pub time_delta_hours: Option<f64>,
    pub attribution: Option<Credit>,
    pub confidence: f64,
}

/// Sketch of one article. The MinHash signature travels separately (see [`sketch_article`]):
/// it is needed only until candidate pairs are found.
pub struct Sketch {
    pub sha256: [u8; 32],
    pub tokens: u32,
    pub credits: Vec<Credit>,
}

/// The result of a run, ready for the emitters.
pub struct RunResult {
    pub articles: Vec<Article>,
    /// Where the articles' texts are (see [`crate::store`]).
    pub texts: TextStore,
    pub sketches: Vec<Sketch>,
    pub links: Vec<LinkRecord>,
    pub forest: Forest,
    pub stage_seconds: Vec<(&'static str, f64)>,
    pub candidate_pairs: u64,
    pub verified_links: u64,
}

/// Sketches one article: normalised-text hash, credits (naming a known outlet or one of
/// `outlets`), and its MinHash signature.
pub fn sketch_article(
    text: &str,
    references: &[String],
    outlets: &CorpusOutlets,
    hasher: &MinHasher,
    p: &Params,
) -> (Sketch, Signature) {
    let mut tokens = Vec::new();
    let sha256 = tokenize_and_sha256(text, &mut tokens);
    let sketch = Sketch {
        sha256,
        tokens: tokens.len() as u32,
        credits: find_credits(text, references, outlets),
    };
    (sketch, hasher.sign_tokens(&tokens, p.shingle_size))
}

/// An article's candidate features (its distinct words and sampled word trigrams), sorted and
/// distinct. `tokens` is scratch space. Only the compared prefix counts: a huge text with every
/// rare word of the corpus would otherwise be every article's candidate partner.
pub fn candidate_features(
    text: &str,
    p: &Params,
    tokens: &mut Vec<crate::text::Token>,
) -> Vec<u64> {
    let compared = comparable_prefix(text);
    tokens.clear();
    tokenize(compared, tokens);
    let mut features: Vec<u64> = tokens.iter().map(|t| t.hash).collect();
    for_each_shingle(tokens, 3, |_, h| {
        if p.trigram_sampling <= 1 || h % p.trigram_sampling == 0 {
            features.push(h);
        }
    });
    features.sort_unstable();
    features.dedup();
    features
}

/// Candidate features of every member, keeping only those that 2 to `df_cap` members share
/// (see [`DfFilter`]); others get none. Two passes over the texts instead of storing every
/// feature: tokenising again is cheaper than the memory (a few KB per article).
fn shared_features(
    articles: &[Article],
    texts: &TextStore,
    members: &[u32],
    p: &Params,
) -> Vec<Vec<u64>> {
    let filter = DfFilter::new(members.len(), 256, p.candidates.df_cap);
    members.par_iter().for_each_init(Vec::new, |tokens, &i| {
        let text = texts.text(&articles[i as usize]);
        filter.count(&candidate_features(&text, p, tokens));
    });
    let mut is_member = vec![false; articles.len()];
    for &i in members {
        is_member[i as usize] = true;
    }
    (0..articles.len())
        .into_par_iter()
        .map_init(Vec::new, |tokens, i| {
            if !is_member[i] {
                return Vec::new();
            }
            let mut f = candidate_features(&texts.text(&articles[i]), p, tokens);
            f.retain(|&x| filter.keep(x));
            f.shrink_to_fit();
            f
        })
        .collect()
}

/// Runs every stage after ingest on articles whose texts are all inline.
pub fn run(articles: Vec<Article>, p: &Params, progress: &Progress) -> RunResult {
    run_with_store(articles, TextStore::inline(), p, progress)
}

/// Runs every stage after ingest; `texts` holds the texts of articles that are not inline.
pub fn run_with_store(
    articles: Vec<Article>,
    texts: TextStore,
    p: &Params,
    progress: &Progress,
) -> RunResult {
    let mut stage_seconds = Vec::new();
    let n = articles.len();

    let t = Instant::now();
    let bar = progress.bar("sketch", n as u64);
    let hasher = MinHasher::new(p.seed);
    let outlets = CorpusOutlets::from_sources(articles.iter().filter_map(|a| a.source.as_deref()));
    let (sketches, sigs): (Vec<Sketch>, Vec<Signature>) = articles
        .par_iter()
        .map(|a| {
            let s = sketch_article(&texts.text(a), &a.references, &outlets, &hasher, p);
            bar.inc(1);
            s
        })
        .unzip();
    bar.finish();
    stage_seconds.push(("sketch", t.elapsed().as_secs_f64()));
    trace_memory("sketch");

    // Exact copies: the earliest of each group stands for it in all later stages.
    let t = Instant::now();
    let slugs: Vec<String> = articles
        .par_iter()
        .map(|a| a.source.as_deref().map(slug_for_source).unwrap_or_default())
        .collect();
    let dates: Vec<Option<Dated>> = articles.par_iter().map(dated).collect();
    let order = precedence(&dates, &slugs);
    let mut by_sha: HashMap<[u8; 32], u32> = HashMap::with_capacity(n);
    let mut rep = vec![0u32; n];
    for &i in &order {
        rep[i as usize] = *by_sha.entry(sketches[i as usize].sha256).or_insert(i);
    }
    let mut members: Vec<u32> = (0..n as u32).filter(|&i| rep[i as usize] == i).collect();
    members.sort_unstable();
    stage_seconds.push(("exact", t.elapsed().as_secs_f64()));

    let t = Instant::now();
    let mut pairs = candidate_pairs(&sigs, &members, p.banding);
    let features = shared_features(&articles, &texts, &members, p);
    pairs.extend(rare_feature_pairs(&features, &members, &p.candidates));
    drop(features);
    pairs.par_sort_unstable();
    pairs.dedup();
    let credited_reps = credited_representatives(&mut pairs, &mut rep, &sketches, &dates, &slugs);
    let credited = credited_around(n, &pairs, &rep, &sketches, &slugs);
    // The signatures' last use: the MinHash agreement of every pair that may become a link
    // (candidates, and exact copies with the article standing for them), one byte each instead
    // of 512 per article for the rest of the run.
    let pairs: Vec<Candidate> = pairs
        .par_iter()
        .map(|&(a, b)| Candidate {
            a,
            b,
            agree: minhash::agreement(&sigs[a as usize], &sigs[b as usize]),
        })
        .collect();
    let copy_agree: Vec<u8> = (0..n)
        .map(|i| minhash::agreement(&sigs[i], &sigs[rep[i] as usize]))
        .collect();
    drop(sigs);
    stage_seconds.push(("candidates", t.elapsed().as_secs_f64()));
    trace_memory("candidates");

    let t = Instant::now();
    let idf = Idf::from_texts(n, |i| texts.text(&articles[i]));
    let link_params = small_corpus_params(&p.link, idf.trust());
    let bar = progress.bar("align", pairs.len() as u64);
    // Every pair's coverages are kept (the source scores need them all), but the rest of its
    // evidence only when the pair can become a link: most candidates cannot, and keeping them
    // whole made this stage the run's largest holder of memory.
    let measured: Vec<(Coverages, Option<Box<Measured>>)> = {
        let mut measured: Vec<_> = align_tasks(n, &pairs)
            .par_iter()
            .flat_map_iter(|task| {
                let mut cache = Recent::new(ANALYSED_CACHE);
                let out: Vec<_> = task
                    .iter()
                    .map(|&k| {
                        let c = &pairs[k as usize];
                        let (a, b) = (c.a, c.b);
                        let make = |i: u32| {
                            Analysed::new(texts.text(&articles[i as usize]), p.shingle_size)
                        };
                        let xa = cache.get(a, make);
                        let xb = cache.get(b, make);
                        let m = measure_pair(&xa, &xb, c, &articles, &idf, p);
                        let ev = m.ev.evidence();
                        // Text aligned out of order is not reuse (see `decide`): it raises no
                        // source score, core or neighbour list either.
                        let reuse = ev.order >= link_params.order_threshold
                            || ev.jaccard >= link_params.near_threshold;
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
                        let keep = can_link(&ev, same_source, &link_params);
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
        measured
    };
    bar.finish();
    let (covs, kept): (Vec<Coverages>, Vec<Option<Box<Measured>>>) = measured.into_iter().unzip();
    let scores = source_scores(n, &covs, &p.link);
    let cores = reused_cores(&covs);
    let readings = shared_readings(&covs, &kept, &articles, &dates, &texts, &idf, &p.link);
    drop(covs);
    let mut links: Vec<LinkRecord> = kept
        .into_par_iter()
        .flatten()
        .filter_map(|m| {
            decide_pair(
                *m,
                &dates,
                &sketches,
                &slugs,
                &Around {
                    scores: &scores,
                    cores: &cores,
                    readings: &readings,
                    credited: &credited,
                },
                &link_params,
            )
        })
        .collect();
    stage_seconds.push(("align", t.elapsed().as_secs_f64()));
    trace_memory("align");
    let mut verified_links = links.len() as u64;

    let t = Instant::now();
    for i in 0..n as u32 {
        let r = rep[i as usize];
        if r != i {
            let mut l = exact_link(i, r, copy_agree[i as usize], &articles, &dates, &slugs);
            if credited_reps.binary_search(&r).is_ok() && l.decided_by == DecidedBy::InputOrder {
                l.decided_by = DecidedBy::CreditedAround;
            }
            links.push(l);
        }
    }
    let credit: Vec<Option<(String, usize)>> = sketches
        .iter()
        .enumerate()
        .map(|(i, s)| {
            primary_credit(&s.credits)
                .filter(|c| c.outlet != slugs[i])
                .map(|c| {
                    (
                        c.outlet.clone(),
                        s.credits.iter().position(|x| x == c).unwrap_or(0),
                    )
                })
        })
        .collect();
    let place = |links: &[LinkRecord]| {
        // Articles that extend a text several others also reproduce whole, where that decided
        // the direction (see `reused_cores`; dates come first).
        let mut extension = vec![false; n];
        for l in links {
            if l.decided_by == DecidedBy::ReusedCore {
                extension[l.child as usize] = true;
            }
        }
        let proposals: Vec<Proposal> = links
            .iter()
            .enumerate()
            .map(|(k, l)| {
                let mut rank = parent_rank(l, scores[l.parent as usize]);
                // An extension of a reused core steps aside for the core, as a copy does for its
                // original: what a third text shares with both is the core's.
                if extension[l.parent as usize] && l.relation == Relation::Derivative {
                    rank -= EXTENSION_PARENT_PENALTY;
                }
                Proposal {
                    child: l.child,
                    parent: l.parent,
                    relation: l.relation,
                    confidence: l.confidence,
                    rank,
                    evidence: k,
                    credit_copied: credit_copied(l, &credit, &sketches),
                    mutual_copy: tree::mutual_copy(l.coverage_child, l.coverage_parent),
                    vocabulary_only: l.by_vocabulary,
                }
            })
            .collect();
        let mut source_in_input = vec![false; n];
        for p in &proposals {
            if let Some((outlet, _)) = &credit[p.child as usize] {
                if *outlet == slugs[p.parent as usize] {
                    source_in_input[p.child as usize] = true;
                }
            }
        }
        tree::build(n, proposals, &credit, &source_in_input)
    };
    let mut forest = place(&links);
    // The source of an article's parent, when that parent is a rewrite or a near copy of it,
    // is measured against the article too if the rare-feature index did not pair them: a
    // rewrite's other rewrites can crowd its source out of an article's few candidates, and
    // only measuring the pair tells whether the article took the rewrite's text or the
    // source's. The forest is then built again with the links found.
    let family: Vec<Candidate> = family_pairs(&forest, |a, b| {
        pairs.binary_search_by_key(&(a, b), |x| (x.a, x.b)).is_ok()
    })
    .into_iter()
    .map(|(a, b)| Candidate { a, b, agree: 0 })
    .collect();
    if !family.is_empty() {
        let around = Around {
            scores: &scores,
            cores: &cores,
            readings: &readings,
            credited: &credited,
        };
        let found: Vec<LinkRecord> = family
            .par_iter()
            .filter_map(|c| {
                let text = |i: u32| texts.text(&articles[i as usize]);
                let (ta, tb) = (text(c.a), text(c.b));
                // The signatures are gone: the two are signed again, as the sketch stage did.
                let sign = |t: &str| {
                    let mut tokens = Vec::new();
                    tokenize_and_sha256(t, &mut tokens);
                    hasher.sign_tokens(&tokens, p.shingle_size)
                };
                let c = Candidate {
                    agree: minhash::agreement(&sign(&ta), &sign(&tb)),
                    ..*c
                };
                let (xa, xb) = (
                    Analysed::new(&*ta, p.shingle_size),
                    Analysed::new(&*tb, p.shingle_size),
                );
                let m = measure_pair(&xa, &xb, &c, &articles, &idf, p);
                decide_pair(m, &dates, &sketches, &slugs, &around, &link_params)
            })
            .collect();
        if !found.is_empty() {
            verified_links += found.len() as u64;
            links.extend(found);
            forest = place(&links);
        }
    }
    tree::avoid_article_ids(&mut forest, articles.iter().map(|a| a.id.as_str()));
    stage_seconds.push(("tree", t.elapsed().as_secs_f64()));
    trace_memory("tree");

    RunResult {
        articles,
        texts,
        sketches,
        links,
        forest,
        stage_seconds,
        candidate_pairs: (pairs.len() + family.len()) as u64,
        verified_links,
    }
}

/// Pairs `(a, b)`, `a < b`, sorted, of a derivative and the source of its parent, where the
/// parent is a rewrite or a near copy of that source and `measured(a, b)` is false: the pairs the
/// forest says must be compared for the parent to be the right one (see `run_with_store`).
fn family_pairs(forest: &tree::Forest, measured: impl Fn(u32, u32) -> bool) -> Vec<(u32, u32)> {
    let rewrite = |r: Relation| matches!(r, Relation::Derivative | Relation::NearDuplicate);
    let mut out: Vec<(u32, u32)> = (0..forest.parent.len())
        .filter_map(|c| {
            let Some(Node::Article(p)) = forest.parent[c] else {
                return None;
            };
            let Some(Node::Article(g)) = forest.parent[p as usize] else {
                return None;
            };
            let c = c as u32;
            (forest.relation[c as usize] == Relation::Derivative
                && rewrite(forest.relation[p as usize])
                && g != c)
                .then_some((g.min(c), g.max(c)))
        })
        .filter(|&(a, b)| !measured(a, b))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The pairs that only the texts around them can orient (see [`variants`]), with `true` when the
/// first is the source: near copies (shingle Jaccard at least `near_threshold`) that dates do
/// not order and whose coverages differ by less than [`ASYMMETRY`]. Sorted by pair. Each pair
/// reads its two texts and up to [`variants::MAX_WITNESSES`] of their common neighbours; dated
/// corpora have few such pairs.
fn shared_readings(
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

/// Which of a group of exact copies stands for it, when dates and wire agencies do not say: the
/// copy whose outlet the articles around the group credit. Without dates, the first read stood
/// for its copies, and a paper's story syndicated word for word by aggregators was as often an
/// aggregator's; but the rewrites of that story name the paper ("according to a report by The
/// Northern Times"). Counted among the representative's candidate partners, each crediting a
/// member's outlet once; a member must be credited by more of them than the first read. On
/// 25,000 generated articles with dates and URLs removed, link F1 went from 0.767 to 0.888;
/// with dates, nothing changes (docs/quality-log.md, ninth session).
///
/// Moves the group to the new representative in `rep` and `pairs` (kept sorted and distinct;
/// the list of members is not used after this), and returns the new representatives, sorted. Deterministic: it depends on the
/// pairs, not on their order.
fn credited_representatives(
    pairs: &mut Vec<(u32, u32)>,
    rep: &mut [u32],
    sketches: &[Sketch],
    dates: &[Option<Dated>],
    slugs: &[String],
) -> Vec<u32> {
    let n = rep.len();
    // Copies the representative's dates and agency do not outrank: dated alike (or both
    // undated), and the same kind of outlet.
    let tied = |r: usize, m: usize| {
        let alike = match (dates[r], dates[m]) {
            (None, None) => true,
            (Some(x), Some(y)) => x.at.order(&y.at) == std::cmp::Ordering::Equal,
            _ => false,
        };
        alike && is_wire(&slugs[r]) == is_wire(&slugs[m]) && !slugs[m].is_empty()
    };
    let mut copies: Vec<(u32, u32)> = (0..n as u32)
        .filter(|&i| rep[i as usize] != i && tied(rep[i as usize] as usize, i as usize))
        .map(|i| (rep[i as usize], i))
        .collect();
    if copies.is_empty() {
        return Vec::new();
    }
    copies.sort_unstable();
    // The partners of the groups' representatives only: pairs touch every article.
    let mut is_rep = vec![false; n];
    for &(r, _) in &copies {
        is_rep[r as usize] = true;
    }
    let mut partners: Vec<(u32, u32)> = pairs
        .iter()
        .flat_map(|&(a, b)| [(a, b), (b, a)])
        .filter(|&(x, _)| is_rep[x as usize])
        .collect();
    partners.sort_unstable();
    let partners_of = |r: u32| {
        let from = partners.partition_point(|p| p.0 < r);
        let to = partners.partition_point(|p| p.0 <= r);
        partners[from..to].iter().map(|p| p.1)
    };
    let credits = |x: u32, slug: &str| {
        !slug.is_empty()
            && slug != slugs[x as usize]
            && sketches[x as usize]
                .credits
                .iter()
                .any(|c| c.outlet == slug)
    };
    let mut moves: Vec<(u32, u32)> = Vec::new();
    let mut credited: Vec<(&str, usize)> = Vec::new();
    for group in copies.chunk_by(|x, y| x.0 == y.0) {
        let r = group[0].0;
        // The group's outlets, each counted once over the partners.
        credited.clear();
        credited.push((&slugs[r as usize], 0));
        credited.extend(group.iter().map(|&(_, m)| (slugs[m as usize].as_str(), 0)));
        credited.sort_unstable();
        credited.dedup();
        // Each partner's credits looked up, not each outlet tried on each partner: a group of
        // many outlets' copies with many partners stays linear.
        for x in partners_of(r) {
            let mut named: Vec<&str> = sketches[x as usize]
                .credits
                .iter()
                .map(|c| c.outlet.as_str())
                .filter(|o| *o != slugs[x as usize])
                .collect();
            named.sort_unstable();
            named.dedup();
            for o in named {
                if let Ok(k) = credited.binary_search_by(|e| e.0.cmp(o)) {
                    credited[k].1 += 1;
                }
            }
        }
        let count = |m: u32| {
            let slug = slugs[m as usize].as_str();
            credited
                .binary_search_by(|e| e.0.cmp(slug))
                .map_or(0, |k| credited[k].1)
        };
        let own = count(r);
        // A copy that credits the representative's outlet says where it came from.
        let best = group
            .iter()
            .filter(|&&(_, m)| {
                slugs[m as usize] != slugs[r as usize] && !credits(m, &slugs[r as usize])
            })
            .map(|&(_, m)| (count(m), std::cmp::Reverse(m)))
            .max();
        if let Some((c, std::cmp::Reverse(m))) = best {
            if c > own {
                moves.push((r, m));
            }
        }
    }
    if moves.is_empty() {
        return Vec::new();
    }
    let mut to = vec![u32::MAX; n];
    for &(r, m) in &moves {
        to[r as usize] = m;
    }
    for x in rep.iter_mut() {
        if to[*x as usize] != u32::MAX {
            *x = to[*x as usize];
        }
    }
    let moved = |x: u32| {
        if to[x as usize] != u32::MAX {
            to[x as usize]
        } else {
            x
        }
    };
    for p in pairs.iter_mut() {
        let (a, b) = (moved(p.0), moved(p.1));
        *p = (a.min(b), a.max(b));
    }
    pairs.retain(|p| p.0 != p.1);
    pairs.par_sort_unstable();
    pairs.dedup();
    let mut reps: Vec<u32> = moves.into_iter().map(|(_, m)| m).collect();
    reps.sort_unstable();
    reps
}

/// Per article, how many of its candidate partners credit its outlet, or the outlet of one of
/// its exact copies (it stands for their text); a partner's credit to its own outlet does not
/// count. Partners are mostly the articles of its story, so this counts the story's rewrites
/// that name it: see [`DecidedBy::CreditedAround`]. Linear in the pairs.
fn credited_around(
    n: usize,
    pairs: &[(u32, u32)],
    rep: &[u32],
    sketches: &[Sketch],
    slugs: &[String],
) -> Vec<u32> {
    // (representative, outlet) for every article: the outlets each text goes by.
    let mut outlets: Vec<(u32, &str)> = (0..n)
        .filter(|&i| !slugs[i].is_empty())
        .map(|i| (rep[i], slugs[i].as_str()))
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    let credits = |x: u32, of: u32| {
        sketches[x as usize].credits.iter().any(|c| {
            c.outlet != slugs[x as usize] && outlets.binary_search(&(of, c.outlet.as_str())).is_ok()
        })
    };
    let mut count = vec![0u32; n];
    for &(a, b) in pairs {
        count[a as usize] += credits(b, a) as u32;
        count[b as usize] += credits(a, b) as u32;
    }
    count
}

/// Pairs per task of [`shared_readings`]; consecutive pairs of a story share texts in the cache.
const READINGS_TASK_PAIRS: usize = 256;

/// Word sets a task of [`shared_readings`] keeps: a pair and its witnesses with room to spare.
const READINGS_CACHE: usize = 4 * variants::MAX_WITNESSES;

/// The order in which the forest takes a link (highest first), from its confidence. Among
/// parents that explain a child about equally, two kinds of evidence pick the source over a
/// sibling:
/// - the parent's source score (how much of the articles around it it explains): the common
///   source explains more articles overall than a sibling rewrite;
/// - the share of the child in verbatim runs with the parent: two rewrites of one story align
///   with each other as reworded passages (each reworded the same sentences), and sometimes over
///   a few more words than the child's verbatim match with the source, whose exact wording only
///   the source shares. Measured with weights 0, 0.1, 0.2 and 0.3 (before the wire rule, and
///   without the quote discount): generated (2,000 originals) link F1 0.912, 0.922, 0.927,
///   0.929; COUNTER 0.707, 0.705, 0.709, 0.709; Clough-Stevenson 0.738, 0.754, 0.738, 0.738.
///   0.2 has most of the gain with the smaller weight;
/// - the child naming the parent's outlet ([`ATTRIBUTION_RANK`]).
fn parent_rank(l: &LinkRecord, source_score: f64) -> f64 {
    // Quoted text discounted as in the decision: independent reports repeat the same quote.
    let verbatim = effective_coverage(l.verbatim_child, l.quoted_share);
    let named = if l.attribution.is_some() {
        ATTRIBUTION_RANK
    } else {
        0.0
    };
    l.confidence + 0.1 * source_score / (1.0 + source_score) + VERBATIM_RANK * verbatim + named
}

/// See [`parent_rank`]: a child that names the parent's outlet ranks it a little higher. A
/// tie-breaker rather than a rule: a credit copied along with another text's passages (a blog
/// repeating an aggregator's "according to Reuters") names the wire story it did not use.
/// Right links with 0 / 0.05 / 0.1 / 0.2, once the family's source is measured against each
/// article (see `run_with_store`): generated 2,000 originals 7,005 / 7,010 / 7,008 / 6,999;
/// 25k undated 16,267 / 16,273 / 16,269 / 16,242; 25k 16,489 / 16,493 / 16,488 and undated
/// without URLs 15,621 / 15,628 / 15,622 (0.2 not measured on those two); COUNTER and
/// Clough-Stevenson the same at all four.
const ATTRIBUTION_RANK: f64 = 0.05;

/// See [`parent_rank`]: a child wholly in verbatim runs with a parent ranks it as about 0.28 more
/// of the child's coverage would.
const VERBATIM_RANK: f64 = 0.2;

/// How much less a text that extends a reused core is preferred as a parent than the core; about
/// the confidence that a few points of coverage more are worth.
const EXTENSION_PARENT_PENALTY: f64 = 0.2;

/// Article indices from first to last by date (see [`dated`]; undated last); at the same time a
/// wire agency's article first, then input order. `slugs[i]`: the outlet slug of article i's
/// source (empty without one).
///
/// Dates compare at the coarser precision, as `decide` compares them: a date without a time
/// (every date read from a URL) ties with every time of its day. Within a day, then: agency
/// stories dated by the day alone, then articles with a time, by time (an agency's first at the
/// same time), then other articles dated by the day alone. Each tie goes to the agency, and two
/// times keep their order.
pub fn precedence(dates: &[Option<Dated>], slugs: &[String]) -> Vec<u32> {
    const DAY: i64 = 86_400;
    let mut order: Vec<u32> = (0..dates.len() as u32).collect();
    // At the same time (or undated), a wire agency's copy before another outlet's: the agency's
    // is the source of what others run (see `decide::orient`).
    order.sort_by_key(|&i| {
        let wire = is_wire(&slugs[i as usize]);
        match dates[i as usize] {
            None => (i64::MAX, 0, 0, !wire, i),
            Some(d) => {
                let group = match (d.at.date_only, wire) {
                    (true, true) => 0,
                    (false, _) => 1,
                    (true, false) => 2,
                };
                (d.at.ts.div_euclid(DAY), group, d.at.ts, !wire, i)
            }
        }
    });
    order
}

/// Most articles analysed per align task; each holds its text and token arrays (tens of
/// kilobytes), so a few megabytes per thread. 64 did nearly as well on 10k articles, 1,024
/// little better: the misses left come from the order, not the cache size.
const ANALYSED_CACHE: usize = 256;

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
/// a task meets the same articles again within a few pairs.
pub(crate) struct Recent<T> {
    cap: usize,
    clock: u64,
    entries: Vec<(u32, u64, std::rc::Rc<T>)>,
}

impl<T> Recent<T> {
    pub(crate) fn new(cap: usize) -> Self {
        Recent {
            cap: cap.max(1),
            clock: 0,
            entries: Vec::new(),
        }
    }

    pub(crate) fn get(&mut self, i: u32, make: impl FnOnce(u32) -> T) -> std::rc::Rc<T> {
        self.clock += 1;
        if let Some(e) = self.entries.iter_mut().find(|e| e.0 == i) {
            e.1 = self.clock;
            return e.2.clone();
        }
        let x = std::rc::Rc::new(make(i));
        let entry = (i, self.clock, x.clone());
        if self.entries.len() < self.cap {
            self.entries.push(entry);
        } else if let Some(old) = self.entries.iter_mut().min_by_key(|e| e.1) {
            *old = entry;
        }
        x
    }
}

/// A candidate pair `a < b` with the number of MinHash slots the two agree on.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    a: u32,
    b: u32,
    agree: u8,
}

/// A pair and the quote-discounted coverage of each of its articles; zero for a pair whose
/// aligned text is out of order (`LinkParams::order_threshold`) and that is no near copy, which
/// is no reuse.
type Coverages = (u32, u32, f64, f64);

/// A candidate pair with its measured evidence, before any decision. Token arrays and masks are
/// dropped as soon as a pair is measured (only scalars and byte spans are kept), so memory grows
/// with the number of pairs by a few hundred bytes each, not by the size of their texts.
struct Measured {
    a: u32,
    b: u32,
    agree: u8,
    ev: Scalars,
    /// The aligned passages with their byte spans in a and in b.
    passages: Box<[MeasuredPassage]>,
    /// Characters of a and of b inside the passages: the output counts characters, and the
    /// texts are at hand only while measuring.
    chars: [u32; 2],
}

/// A [`PairEvidence`]'s numbers without its alignment, whose empty arrays alone would take
/// half the size of a kept pair.
struct Scalars([f64; 15]);

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
        ])
    }

    fn evidence(&self) -> PairEvidence {
        let [jaccard, cont_ab, cont_ba, cov_a, cov_b, quoted_a, quoted_b, verbatim_a, verbatim_b, cosine, words_a, words_b, rare_a, rare_b, order] =
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
            core: None,
            readings: None,
            alignment: Default::default(),
        }
    }
}

struct MeasuredPassage {
    kind: PassageKind,
    score: f32,
    a: (u32, u32),
    b: (u32, u32),
}

/// Measures candidate `c`, given its two articles analysed.
fn measure_pair(
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
            a: span32(xa.span(ps.a)),
            b: span32(xb.span(ps.b)),
        })
        .collect::<Box<[MeasuredPassage]>>();
    let chars = |x: &Analysed, span: fn(&MeasuredPassage) -> (u32, u32)| -> u32 {
        passages
            .iter()
            .map(|ps| {
                let (s, e) = span(ps);
                x.text
                    .get(s as usize..e as usize)
                    .map_or(0, |t| t.chars().count()) as u32
            })
            .sum()
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

/// What the articles around a pair say about its direction, measured over all pairs.
struct Around<'a> {
    scores: &'a [f64],
    /// (core, extension) pairs from [`reused_cores`].
    cores: &'a [(u32, u32)],
    /// From [`shared_readings`].
    readings: &'a [(u32, u32, bool)],
    /// From [`credited_around`].
    credited: &'a [u32],
}

fn decide_pair(
    m: Measured,
    dates: &[Option<Dated>],
    sk: &[Sketch],
    slugs: &[String],
    around: &Around,
    link_params: &LinkParams,
) -> Option<LinkRecord> {
    let Around {
        scores,
        cores,
        readings,
        credited,
    } = around;
    let Measured {
        a,
        b,
        agree,
        ev,
        passages,
        chars,
    } = m;
    let mut ev = ev.evidence();
    if cores.binary_search(&(a, b)).is_ok() {
        ev.core = Some(true);
    } else if cores.binary_search(&(b, a)).is_ok() {
        ev.core = Some(false);
    }
    if let Ok(k) = readings.binary_search_by_key(&(a, b), |r| (r.0, r.1)) {
        ev.readings = Some(readings[k].2);
    }
    let meta = |i: u32| Meta {
        published: dates[i as usize].map(|d| d.at),
        date_from_url: dates[i as usize].is_some_and(|d| d.from_url),
        source_slug: &slugs[i as usize],
        credits: &sk[i as usize].credits,
        source_score: scores[i as usize],
        credited_around: credited[i as usize],
    };
    let d = decide(&ev, &meta(a), &meta(b), link_params)?;
    let (c, par) = if d.a_is_child { (a, b) } else { (b, a) };
    let (cont_cp, cont_pc, cov_c, cov_p, q, verbatim_c) = if d.a_is_child {
        (
            ev.cont_ab,
            ev.cont_ba,
            ev.cov_a,
            ev.cov_b,
            ev.quoted_a,
            ev.verbatim_a,
        )
    } else {
        (
            ev.cont_ba,
            ev.cont_ab,
            ev.cov_b,
            ev.cov_a,
            ev.quoted_b,
            ev.verbatim_b,
        )
    };
    let passages: Vec<SharedPassage> = passages
        .iter()
        .map(|ps| {
            let (child_span, parent_span) = if d.a_is_child {
                (ps.a, ps.b)
            } else {
                (ps.b, ps.a)
            };
            SharedPassage {
                kind: ps.kind,
                child_span,
                parent_span,
                score: ps.score,
            }
        })
        .collect();
    let shared_chars = chars[if d.a_is_child { 0 } else { 1 }] as u64;
    let parent_slug = &slugs[par as usize];
    let attribution = sk[c as usize]
        .credits
        .iter()
        .find(|cr| !parent_slug.is_empty() && cr.outlet == *parent_slug)
        .cloned();
    Some(LinkRecord {
        child: c,
        parent: par,
        relation: d.relation,
        decided_by: d.decided_by,
        similarity: ev.jaccard,
        minhash_similarity: minhash::agreement_share(agree),
        containment_child_in_parent: cont_cp,
        containment_parent_in_child: cont_pc,
        coverage_child: cov_c,
        coverage_parent: cov_p,
        verbatim_child: verbatim_c,
        by_vocabulary: d.by_vocabulary,
        quoted_share: q,
        shared_chars,
        passages,
        time_delta_hours: time_delta(dates[par as usize], dates[c as usize]),
        attribution,
        confidence: d.confidence,
    })
}

/// Whether the child took its primary credit from the parent (see [`credit_taken`]).
fn credit_copied(l: &LinkRecord, credit: &[Option<(String, usize)>], sk: &[Sketch]) -> bool {
    let Some((_, k)) = &credit[l.child as usize] else {
        return false;
    };
    credit_taken(
        &sk[l.child as usize].credits[*k],
        l.passages
            .iter()
            .filter(|p| p.kind == PassageKind::Verbatim)
            .map(|p| (p.child_span.0 as usize, p.child_span.1 as usize)),
    )
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

/// Hours from parent to child, by the dates that ordered them (a URL's date included).
fn time_delta(parent: Option<Dated>, child: Option<Dated>) -> Option<f64> {
    Some(parent?.at.hours_until(&child?.at))
}

fn exact_link(
    child: u32,
    parent: u32,
    agree: u8,
    arts: &[Article],
    dates: &[Option<Dated>],
    slugs: &[String],
) -> LinkRecord {
    // Exact copies have the same normalised text, not always the same bytes.
    let len = |a: &Article| a.stored.map_or(a.text.len(), |s| s.len as usize);
    let (clen, plen) = (len(&arts[child as usize]), len(&arts[parent as usize]));
    LinkRecord {
        child,
        parent,
        relation: Relation::ExactDuplicate,
        decided_by: {
            let wire = |i: u32| is_wire(&slugs[i as usize]);
            let (dc, dp) = (dates[child as usize], dates[parent as usize]);
            // Dated apart at the coarser precision (as `precedence` ordered them), or one dated.
            let apart = match (dc, dp) {
                (Some(c), Some(p)) => c.at.order(&p.at) != std::cmp::Ordering::Equal,
                (None, None) => false,
                _ => true,
            };
            if apart {
                if dc.is_some_and(|d| d.from_url) || dp.is_some_and(|d| d.from_url) {
                    DecidedBy::UrlDate
                } else {
                    DecidedBy::Date
                }
            } else if wire(parent) && !wire(child) {
                DecidedBy::Wire
            } else {
                DecidedBy::InputOrder
            }
        },
        similarity: 1.0,
        minhash_similarity: minhash::agreement_share(agree),
        containment_child_in_parent: 1.0,
        containment_parent_in_child: 1.0,
        coverage_child: 1.0,
        coverage_parent: 1.0,
        verbatim_child: 1.0,
        by_vocabulary: false,
        quoted_share: 0.0,
        shared_chars: TextStore::chars_of(&arts[child as usize]) as u64,
        passages: vec![SharedPassage {
            kind: PassageKind::Verbatim,
            child_span: span32((0, clen)),
            parent_span: span32((0, plen)),
            score: 1.0,
        }],
        time_delta_hours: time_delta(dates[parent as usize], dates[child as usize]),
        attribution: None,
        confidence: 1.0,
    }
}

/// The id of a forest node as written in the output.
pub fn node_id(res: &RunResult, node: Node) -> &str {
    match node {
        Node::Article(i) => &res.articles[i as usize].id,
        Node::Virtual(v) => &res.forest.virtuals[v as usize].id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn naming_the_parents_outlet_ranks_it_higher() {
        let plain = link(0.6, 0.2);
        let mut named = link(0.6, 0.2);
        named.attribution = Some(Credit {
            outlet: "reuters".into(),
            kind: crate::link::attribution::CreditKind::Phrase,
            evidence: "Reuters reported.".into(),
            span: Some((0, 17)),
            phrase: Some((0, 16)),
        });
        let gap = parent_rank(&named, 1.0) - parent_rank(&plain, 1.0);
        assert!((gap - ATTRIBUTION_RANK).abs() < 1e-12, "{gap}");
    }

    #[test]
    fn an_article_is_compared_with_the_source_of_its_parent() {
        let a = |i| Some(Node::Article(i));
        // 1 rewrites 0; 2 rewrites 1; 3 is a near copy of 0 and 4 rewrites it; 5 rewrites 2
        // (itself a rewrite of a rewrite); 6 copies 1 exactly, 7 rewrites 6; 8 rewrites 9, a
        // root.
        let forest = tree::Forest {
            parent: vec![None, a(0), a(1), a(0), a(3), a(2), a(1), a(6), a(9), None],
            relation: vec![
                Relation::Original,
                Relation::Derivative,
                Relation::Derivative,
                Relation::NearDuplicate,
                Relation::Derivative,
                Relation::Derivative,
                Relation::ExactDuplicate,
                Relation::Derivative,
                Relation::Derivative,
                Relation::Original,
            ],
            confidence: vec![None; 10],
            evidence: vec![None; 10],
            virtuals: Vec::new(),
            root: Vec::new(),
        };
        assert_eq!(
            family_pairs(&forest, |_, _| false),
            vec![(0, 2), (0, 4), (1, 5)]
        );
        // Pairs already measured are not measured again.
        assert_eq!(
            family_pairs(&forest, |a, b| (a, b) == (0, 4)),
            vec![(0, 2), (1, 5)]
        );
    }

    fn link(confidence: f64, verbatim_child: f64) -> LinkRecord {
        LinkRecord {
            child: 0,
            parent: 1,
            relation: Relation::Derivative,
            decided_by: DecidedBy::Date,
            similarity: 0.1,
            minhash_similarity: 0.1,
            containment_child_in_parent: 0.3,
            containment_parent_in_child: 0.2,
            coverage_child: 0.8,
            coverage_parent: 0.4,
            verbatim_child,
            by_vocabulary: false,
            quoted_share: 0.0,
            shared_chars: 100,
            passages: Vec::new(),
            time_delta_hours: None,
            attribution: None,
            confidence,
        }
    }

    #[test]
    fn verbatim_source_outranks_a_reworded_sibling_that_covers_a_little_more() {
        // Clough-Stevenson g0pD_taskb: 85% of it aligns with a sibling (27% verbatim), 79% with
        // the source (71% verbatim); confidences 0.89 and 0.85.
        let sibling = link(0.89, 0.27);
        let source = link(0.85, 0.71);
        assert!(parent_rank(&source, 2.0) > parent_rank(&sibling, 2.0));
        // Much more coverage still wins.
        assert!(parent_rank(&link(0.99, 0.27), 2.0) > parent_rank(&source, 2.0));
        // So does explaining more of the articles around.
        assert!(parent_rank(&link(0.8, 0.5), 9.0) > parent_rank(&link(0.8, 0.5), 1.0));
    }

    #[test]
    fn precedence_ties_a_day_with_its_times_and_gives_ties_to_the_agency() {
        use crate::model::Published;
        let day = |d: i64, from_url: bool| {
            Some(Dated {
                at: Published {
                    ts: d * 86_400,
                    date_only: true,
                },
                from_url,
            })
        };
        let at = |d: i64, h: i64| {
            Some(Dated {
                at: Published {
                    ts: d * 86_400 + h * 3600,
                    date_only: false,
                },
                from_url: false,
            })
        };
        let rows = [
            (day(5, true), "paper"),  // 0: the 5th, from its URL
            (at(5, 9), "reuters"),    // 1: 09:00 on the 5th
            (at(5, 8), "paper"),      // 2: 08:00 on the 5th
            (day(4, false), "paper"), // 3: the 4th
            (None, "paper"),          // 4: undated
            (None, "reuters"),        // 5: undated agency
            (day(5, false), "ap"),    // 6: the 5th, an agency
            (at(5, 9), "paper"),      // 7: 09:00 on the 5th
        ];
        let dates: Vec<Option<Dated>> = rows.iter().map(|r| r.0).collect();
        let slugs: Vec<String> = rows.iter().map(|r| r.1.to_string()).collect();
        // The 4th; then on the 5th the day-only agency story, the times in order (the agency
        // first at 09:00), the day-only paper; then the undated, agency first.
        assert_eq!(precedence(&dates, &slugs), vec![3, 6, 2, 1, 7, 0, 5, 4]);
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
}
