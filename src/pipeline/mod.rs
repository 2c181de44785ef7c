//! The whole job on one machine, stage by stage: sketch every article and group exact copies
//! (`sketch`), find candidate pairs (`candidates`), measure each (`align`) and decide it
//! (`links`), build the forest (`place`). Each stage is a function over slices that could run
//! on one shard of a corpus; [`run_with_store`] only strings them together and times them.

mod align;
mod candidates;
mod links;
mod place;
mod sketch;

pub use candidates::candidate_features;
pub use links::copy_decided_by;
pub use sketch::{add_byline, precedence, sketch_article, wire_story_stands_for};

use crate::ingest::date::dated;
use crate::link::align::{AlignParams, PassageKind};
use crate::link::attribution::{slug_of_article, Credit};
use crate::link::candidates::CandidateParams;
use crate::link::decide::{
    reports_its_own, reused_cores, small_corpus_params, source_scores, DecidedBy, LinkParams,
};
use crate::link::Idf;
use crate::model::{Article, Dated, Relation};
use crate::progress::{trace_memory, Progress};
use crate::sketch::lsh::Banding;
use crate::sketch::minhash;
use crate::store::TextStore;
use crate::tree::{self, Forest, Node};
use rayon::prelude::*;
use serde::Serialize;
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
pub(crate) fn span32((s, e): (usize, usize)) -> (u32, u32) {
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
    /// Linked by shared vocabulary alone (see [`crate::tree::Proposal::vocabulary_only`]).
    #[serde(skip)]
    pub by_vocabulary: bool,
    /// Linked by the child's credit to the parent's outlet, the texts being under every other
    /// bar (see `link::decide::decide`).
    #[serde(skip)]
    pub by_credit: bool,
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
    let mut timed = |name: &'static str, t: Instant| {
        stage_seconds.push((name, t.elapsed().as_secs_f64()));
        trace_memory(name);
    };
    let n = articles.len();

    let t = Instant::now();
    let (sketches, sigs) = sketch::sketch_all(&articles, &texts, p, progress);
    timed("sketch", t);

    // Exact copies: the earliest of each group stands for it in all later stages.
    let t = Instant::now();
    let slugs: Vec<String> = articles
        .par_iter()
        .map(|a| slug_of_article(a.source.as_deref(), a.url.as_deref()))
        .collect();
    let dates: Vec<Option<Dated>> = articles.par_iter().map(dated).collect();
    let order = precedence(&dates, &slugs);
    let (mut rep, members) =
        sketch::exact_copies(&articles, &texts, &sketches, &order, &dates, &slugs);
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    drop(order);
    timed("exact", t);

    let t = Instant::now();
    let cited = candidates::cited_pages(&articles, &texts);
    let found = candidates::find(
        &articles, &texts, sigs, &members, &mut rep, &sketches, &dates, &slugs, &rank, &cited, p,
    );
    drop(cited);
    drop(rank);
    timed("candidates", t);

    let t = Instant::now();
    let idf = Idf::from_texts(n, |i| texts.text(&articles[i]));
    // Only an article whose credits all name its own outlet has its text read again.
    let reports_own: Vec<bool> = articles
        .par_iter()
        .zip(&sketches)
        .zip(&slugs)
        .map(|((a, s), slug)| {
            !s.credits.is_empty()
                && s.credits.iter().all(|c| c.outlet == *slug)
                && reports_its_own(
                    &s.credits,
                    slug,
                    &texts.text(a),
                    a.extra.byline().as_deref(),
                )
        })
        .collect();
    let link_params = small_corpus_params(&p.link, idf.trust());
    let measured = align::measure_all(
        &articles,
        &texts,
        &found.pairs,
        &found.citations,
        &slugs,
        &sketches,
        &idf,
        &link_params,
        p,
        progress,
    );
    let (covs, kept): (Vec<align::Coverages>, Vec<_>) = measured.into_iter().unzip();
    let scores = source_scores(n, &covs, &p.link);
    let cores = reused_cores(&covs);
    let readings = align::shared_readings(&covs, &kept, &articles, &dates, &texts, &idf, &p.link);
    drop(covs);
    let around = links::Around {
        scores: &scores,
        cores: &cores,
        readings: &readings,
        credited: &found.credited,
        citations: &found.citations,
        articles: &articles,
        reports_own: &reports_own,
        texts: &texts,
    };
    let mut links = links::decide_all(kept, &dates, &sketches, &slugs, &around, &link_params);
    let mut verified_links = links.len() as u64;
    timed("align", t);

    let t = Instant::now();
    links.extend(links::exact_links(
        &rep,
        &found.copy_agree,
        &found.credited_reps,
        &articles,
        &dates,
        &slugs,
    ));
    let credit = place::primary_credits(&sketches, &slugs);
    let place = |links: &[LinkRecord]| {
        place::place(
            links,
            &scores,
            &credit,
            &sketches,
            &slugs,
            &articles,
            &texts,
            link_params.min_confidence,
        )
    };
    let (mut forest, mut turned) = place(&links);
    // The source of an article's parent, when that parent is a rewrite or a near copy of it,
    // is measured against the article too if the rare-feature index did not pair them: a
    // rewrite's other rewrites can crowd its source out of an article's few candidates, and
    // only measuring the pair tells whether the article took the rewrite's text or the
    // source's. The forest is then built again with the links found.
    let family = place::family_pairs(&forest, |a, b| {
        found
            .pairs
            .binary_search_by_key(&(a, b), |x| (x.a, x.b))
            .is_ok()
    });
    let family_links = place::measure_family(
        &family,
        &articles,
        &texts,
        &idf,
        &dates,
        &sketches,
        &slugs,
        &around,
        &link_params,
        p,
    );
    if !family_links.is_empty() {
        verified_links += family_links.len() as u64;
        links.extend(family_links);
        (forest, turned) = place(&links);
    }
    // The links the forest turned around, numbered after the others (see `place::place`).
    links.extend(turned);
    tree::avoid_article_ids(&mut forest, articles.iter().map(|a| a.id.as_str()));
    timed("tree", t);

    RunResult {
        articles,
        texts,
        sketches,
        links,
        forest,
        stage_seconds,
        candidate_pairs: (found.pairs.len() + family.len()) as u64,
        verified_links,
    }
}

/// The id of a forest node as written in the output.
pub fn node_id(res: &RunResult, node: Node) -> &str {
    match node {
        Node::Article(i) => &res.articles[i as usize].id,
        Node::Virtual(v) => &res.forest.virtuals[v as usize].id,
    }
}
