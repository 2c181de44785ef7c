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

#[derive(Debug, Clone, Copy, Serialize)]
pub struct CandidateParams {
    /// Features seen in more documents than this are ignored.
    pub df_cap: u32,
    /// Candidates kept per article.
    pub top_k: usize,
    /// Fewest shared features for a candidate.
    pub min_shared: u32,
}

impl Default for CandidateParams {
    fn default() -> Self {
        CandidateParams {
            df_cap: 64,
            top_k: 10,
            min_shared: 2,
        }
    }
}

const INDEX_SHARD_BITS: u32 = 4;
const INDEX_SHARDS: u64 = 1 << INDEX_SHARD_BITS;

/// Pairs `(a, b)`, `a < b`, sorted and deduplicated. `features[d]` must be sorted and distinct;
/// only documents in `members` take part.
pub fn rare_feature_pairs(
    features: &[Vec<u64>],
    members: &[u32],
    p: &CandidateParams,
) -> Vec<(u32, u32)> {
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
        .flat_map_iter(|&d| {
            let mut acc: FastMap<u32, (f32, u32)> = FastMap::default();
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
                .into_iter()
                .filter(|(_, (_, k))| *k >= p.min_shared)
                .map(|(e, (s, _))| (s, e))
                .collect();
            best.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            best.truncate(p.top_k);
            best.into_iter()
                .map(move |(_, e)| if d < e { (d, e) } else { (e, d) })
        })
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
        };
        assert_eq!(rare_feature_pairs(&features, &members, &p), vec![(0, 1)]);
    }
}
