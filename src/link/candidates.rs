//! Candidate pairs for partial reuse and rewriting, which MinHash LSH misses: an aggregator that
//! reuses a third of a wire story has a low Jaccard with it, but shares its rare words and phrases.
//!
//! Every article lists features (rare words, sampled word trigrams); an inverted index keeps only
//! features whose document frequency is between 2 and a cap, so very common features (stop words,
//! boilerplate) never produce work. Each article then scores the others it shares features with
//! by the idf mass they share, and keeps its best few. Work per article is
//! bounded by (its features × the cap), so the whole stage is linear in the corpus, hubs and
//! giant clusters included.

use crate::text::shingle::FastMap;
use rayon::prelude::*;
use serde::Serialize;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Debug, Clone, Copy, Serialize)]
pub struct CandidateParams {
    /// Features seen in more documents than this are ignored.
    pub df_cap: u32,
    /// Candidates kept per article, by shared idf mass. Three gave the same or better link F1
    /// than eight on COUNTER, Clough-Stevenson and generated corpora (a 40-rewrite story
    /// included): the extra partners were mostly other stories sharing a few rare words, and
    /// the few true links they found (COUNTER recall 0.742 against 0.735) came with more false
    /// ones; the alignment work is less than half. Two lost Clough-Stevenson answers, whose
    /// nearest partners are other answers rather than their source.
    pub top_k: usize,
    /// Fewest shared features for a candidate.
    pub min_shared: u32,
    /// Near-copy banding partners kept by an article of a giant group of near copies (see
    /// `pipeline::candidates::thinned_out`). 8 left every output file of COUNTER,
    /// Clough-Stevenson, the sample corpus and a 26,167-article generated corpus byte-identical;
    /// 4 made 1,563 trees of one story's 20,000 near copies before the earliest partner was
    /// kept, and lost derivatives of a story that fills 28% of the corpus.
    pub near_partners: usize,
}

impl Default for CandidateParams {
    fn default() -> Self {
        CandidateParams {
            df_cap: 64,
            top_k: 3,
            min_shared: 2,
            near_partners: 8,
        }
    }
}

/// Approximate document frequencies of candidate features, counted in one pass before the
/// features are kept: most of an article's features are either common (df above the cap) or
/// unique to it (df 1), and neither can make a candidate, so storing only the rest cuts the
/// stage's memory by about three quarters on news-like text (measured on 10k generated articles:
/// 57% of feature occurrences are above the cap, 6% unique).
///
/// One saturating byte per hash slot: a slot's count is at least the true df of every feature in
/// it, so a feature the filter drops has df 1 or shares its slot with features whose
/// df adds up beyond the cap — rare with a slot count several times the number of distinct
/// features. A kept feature's exact df is counted again by the index, so collisions never change
/// a weight. Saturating adds commute, so the counts do not depend on the thread count.
pub struct DfFilter {
    counts: Vec<AtomicU8>,
    shift: u32,
    cap: u32,
}

impl DfFilter {
    /// Slots for `docs` documents of about `features_per_doc` distinct features each.
    pub fn new(docs: usize, features_per_doc: usize, cap: u32) -> DfFilter {
        let want = (docs.saturating_mul(features_per_doc)).clamp(1 << 16, 1 << 28);
        let slots = want.next_power_of_two();
        DfFilter {
            counts: (0..slots).map(|_| AtomicU8::new(0)).collect(),
            shift: 64 - slots.trailing_zeros(),
            cap,
        }
    }

    fn slot(&self, f: u64) -> &AtomicU8 {
        // Remixed: sampled trigrams all have the same low bits (see `trigram_sampling`).
        &self.counts[(f.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize]
    }

    /// Counts one document's distinct features.
    pub fn count(&self, features: &[u64]) {
        for &f in features {
            let _ = self
                .slot(f)
                .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |c| c.checked_add(1));
        }
    }

    /// Whether a feature can be shared by 2 to `cap` documents. A cap the bytes cannot count to
    /// keeps every feature seen twice.
    pub fn keep(&self, f: u64) -> bool {
        let c = self.slot(f).load(Ordering::Relaxed) as u32;
        c >= 2 && (c <= self.cap || self.cap >= u8::MAX as u32)
    }
}

const INDEX_SHARD_BITS: u32 = 4;
const INDEX_SHARDS: u64 = 1 << INDEX_SHARD_BITS;

/// Pairs `(a, b)`, `a < b`, sorted and deduplicated. `features[d]` must be sorted and distinct;
/// only documents in `members` take part. `tie[d]` (when given) orders partners of equal score
/// before their index does: near copies of one story score alike for the articles around them,
/// and which of them makes an article's top k must not depend on the order they were read in.
pub fn rare_feature_pairs(
    features: &[Vec<u64>],
    members: &[u32],
    tie: &[u64],
    p: &CandidateParams,
) -> Vec<(u32, u32)> {
    let tie_of = |d: u32| tie.get(d as usize).copied().unwrap_or(0);
    let n_docs = members.len().max(1) as f32;
    // Postings of features with 2 <= df <= cap, stored contiguously. Built one hash range at a
    // time: the (feature, doc) list sorted to find document frequencies is the stage's largest
    // allocation, and most features (df 1) are dropped right after, so only a slice of it need
    // exist at once.
    let mut index: FastMap<u64, (u32, u32)> = FastMap::default();
    let mut docs: Vec<u32> = Vec::new();
    for shard in 0..INDEX_SHARDS {
        let in_shard = move |f: &u64| f >> (64 - INDEX_SHARD_BITS) == shard;
        let mut flat: Vec<(u64, u32)> = members
            .par_iter()
            .flat_map_iter(|&d| {
                features[d as usize]
                    .iter()
                    .filter(move |f| in_shard(f))
                    .map(move |&f| (f, d))
            })
            .collect();
        flat.par_sort_unstable();
        let mut i = 0;
        while i < flat.len() {
            let mut j = i + 1;
            while j < flat.len() && flat[j].0 == flat[i].0 {
                j += 1;
            }
            let df = (j - i) as u32;
            if df >= 2 && df <= p.df_cap {
                index.insert(flat[i].0, (docs.len() as u32, df));
                docs.extend(flat[i..j].iter().map(|x| x.1));
            }
            i = j;
        }
    }
    let weight = |df: u32| (n_docs / df as f32).ln().max(0.1);
    let mut pairs: Vec<(u32, u32)> = members
        .par_iter()
        .map_init(FastMap::<u32, (f32, u32)>::default, |acc, &d| {
            // One map per thread, cleared per article: growing a fresh one for every article
            // was a tenth of this stage. Clearing costs what the map once held, so after a hub
            // article (many partners) the map starts afresh; not after every article with
            // thousands of partners (every word of a corpus just under the cap), each of which
            // would grow a new map.
            if acc.capacity() > 1 << 16 {
                *acc = FastMap::default();
            } else {
                acc.clear();
            }
            for f in &features[d as usize] {
                if let Some(&(start, df)) = index.get(f) {
                    let w = weight(df);
                    for &e in &docs[start as usize..(start + df) as usize] {
                        if e != d {
                            let x = acc.entry(e).or_default();
                            x.0 += w;
                            x.1 += 1;
                        }
                    }
                }
            }
            let mut best: Vec<(f32, u32)> = acc
                .iter()
                .filter(|(_, (_, k))| *k >= p.min_shared)
                .map(|(&e, &(s, _))| (s, e))
                .collect();
            // The top k by a total order (score, then partner): selected, not sorted, as an
            // article can have tens of thousands of partners when every word is near the cap.
            let order = |x: &(f32, u32), y: &(f32, u32)| {
                y.0.total_cmp(&x.0)
                    .then(tie_of(x.1).cmp(&tie_of(y.1)))
                    .then(x.1.cmp(&y.1))
            };
            if p.top_k == 0 {
                best.clear();
            } else if best.len() > p.top_k {
                best.select_nth_unstable_by(p.top_k - 1, order);
                best.truncate(p.top_k);
            }
            best.into_iter()
                .map(move |(_, e)| if d < e { (d, e) } else { (e, d) })
        })
        .flatten_iter()
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_rare_features_only() {
        // 0 and 1 share rare features 100..110; everyone shares the common feature 1.
        let mut features: Vec<Vec<u64>> = (0..100u64)
            .map(|d| vec![1, 1000 + d * 10, 1001 + d * 10])
            .collect();
        features[0].extend(100..110);
        features[1].extend(100..110);
        for f in &mut features {
            f.sort_unstable();
            f.dedup();
        }
        let members: Vec<u32> = (0..100).collect();
        let p = CandidateParams {
            df_cap: 10,
            top_k: 5,
            min_shared: 2,
            ..Default::default()
        };
        assert_eq!(
            rare_feature_pairs(&features, &members, &[], &p),
            vec![(0, 1)]
        );
    }

    /// Two partners that tie for an article's one place: the tie goes by their keys, not by
    /// their index, so reading them in the other order picks the same one.
    #[test]
    fn ties_go_by_the_texts_not_the_order() {
        // 1 and 2 share the same rare features with 0 (near copies); 3..60 are filler.
        let mut features: Vec<Vec<u64>> = (0..60u64).map(|d| vec![1000 + d]).collect();
        for f in &mut features[..3] {
            f.extend(100..110);
        }
        for f in &mut features {
            f.sort_unstable();
        }
        let members: Vec<u32> = (0..60).collect();
        let p = CandidateParams {
            df_cap: 10,
            top_k: 1,
            min_shared: 2,
            ..Default::default()
        };
        let pairs = |tie: &[u64]| rare_feature_pairs(&features, &members, tie, &p);
        // 0 takes the partner with the smaller key; 1 and 2 take each other over 0.
        assert_eq!(pairs(&[100, 5, 9]), [(0, 1), (1, 2)]);
        assert_eq!(pairs(&[100, 9, 5]), [(0, 2), (1, 2)]);
    }

    #[test]
    fn df_filter_keeps_shared_rare_features_only() {
        let f = DfFilter::new(100, 4, 10);
        for d in 0..100u64 {
            // Feature 1 is in every document, 7 in three, 1000 + d in one.
            let mut feats = vec![1, 1000 + d];
            if d < 3 {
                feats.push(7);
            }
            f.count(&feats);
        }
        assert!(f.keep(7));
        assert!(!f.keep(1));
        assert!(!f.keep(1005));
        assert!(!f.keep(123_456), "never seen");
        // Counts saturate instead of wrapping back under the cap.
        let g = DfFilter::new(1, 1, 10);
        for _ in 0..300 {
            g.count(&[5]);
        }
        assert!(!g.keep(5));
    }
}
