//! Candidate pairs for partial reuse and rewriting, which MinHash LSH misses: an aggregator that
//! reuses a third of a wire story has a low Jaccard with it, but shares its rare words and phrases.
//!
//! Every article lists features (rare words, sampled word trigrams); an inverted index keeps only
//! features whose document frequency is between 2 and a cap, so very common features (stop words,
//! boilerplate) never produce work. Each article then scores the others it shares features with
//! by the idf mass they share, and keeps its best few. Work per article is
//! bounded by (its features × the cap), so the whole stage is linear in the corpus, hubs and
//! giant clusters included.
//!
//! Words shared with an article dated far from this one count for less (see
//! [`FAR_WORD_WEIGHT`]); shared trigrams count in full at any distance.

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

/// A word as a candidate feature: word and trigram hashes are told apart by their lowest bit, so
/// that the score can weigh the two kinds differently without storing the kind.
pub fn word_feature(hash: u64) -> u64 {
    hash | 1
}

/// A word trigram as a candidate feature (see [`word_feature`]).
pub fn phrase_feature(hash: u64) -> u64 {
    hash & !1
}

fn is_word(feature: u64) -> bool {
    feature & 1 == 1
}

/// The weight of a shared word between two articles dated more than the vocabulary window
/// (`--vocab-window-days`) apart. Beyond it shared words cannot link a pair (only aligned text
/// can, and aligned text shares trigrams, which keep their weight), yet they filled an
/// article's few places: a COUNTER newspaper story's partners were two stories of the same
/// series a month later, and its own agency story, the day before, came fourth. Link F1 at
/// 1 / 0.5 / 0.25 / 0 (COUNTER, generated 2,000 originals, generated 26,167 articles):
/// 0.7739 / 0.7799 / 0.7790 / 0.7804, 0.9905 / 0.9907 / 0.9907 / 0.9907, 0.9907 / 0.9908 /
/// 0.9907 / 0.9905; Clough-Stevenson (undated) is the same at all four. Weighing the whole
/// score down instead, trigrams included, cost the generated corpora their later rewrites
/// (26,167 articles at 0.5: 0.9897).
pub const FAR_WORD_WEIGHT: f32 = 0.5;

/// When the articles appeared, for [`FAR_WORD_WEIGHT`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Timeline<'a> {
    /// Seconds since the epoch per article (indexed like `features`); `None` when undated. May
    /// be empty: no article is then far from another.
    pub at: &'a [Option<i64>],
    /// Articles further apart than this are far.
    pub window_secs: i64,
}

impl Timeline<'_> {
    fn at(&self, d: u32) -> Option<i64> {
        self.at.get(d as usize).copied().flatten()
    }

    /// Whether article `e` is far from a time `t` (an article's, taken once per article).
    fn far(&self, t: Option<i64>, e: u32) -> bool {
        match (t, self.at(e)) {
            (Some(x), Some(y)) => x.abs_diff(y) > self.window_secs.max(0) as u64,
            _ => false,
        }
    }
}

/// Near copies the candidate stage pairs anyway (by MinHash banding), for the article that
/// heads each group of them: its few rare-feature partners are chosen among other articles. A
/// wire story's copies share every rare word with it and took all of its places, so its update,
/// written hours later and keeping most of it, was never measured against it. The copies
/// themselves keep choosing among their group: freed, each measured itself against the
/// story's other versions too, 18% more pairs on generated corpora for one more right link.
#[derive(Debug, Default)]
pub struct Paired {
    /// `partners[start[d]..start[d + 1]]`, sorted; empty when nothing is paired.
    start: Vec<u32>,
    partners: Vec<u32>,
}

impl Paired {
    /// From near-copy pairs of articles below `n`; `rank` orders articles as they precede
    /// one another (earliest first), and a group's head is an article none of whose near
    /// copies precedes it.
    pub fn new(n: usize, pairs: &[(u32, u32)], rank: &[u32]) -> Paired {
        let mut head = vec![true; n];
        for &(a, b) in pairs {
            let later = if rank[a as usize] > rank[b as usize] {
                a
            } else {
                b
            };
            head[later as usize] = false;
        }
        let mut start = vec![0u32; n + 1];
        for &(a, b) in pairs {
            for x in [a, b] {
                if head[x as usize] {
                    start[x as usize + 1] += 1;
                }
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut next = start.clone();
        let mut partners = vec![0u32; start[n] as usize];
        for &(a, b) in pairs {
            for (x, y) in [(a, b), (b, a)] {
                if head[x as usize] {
                    partners[next[x as usize] as usize] = y;
                    next[x as usize] += 1;
                }
            }
        }
        for d in 0..n {
            partners[start[d] as usize..start[d + 1] as usize].sort_unstable();
        }
        Paired { start, partners }
    }

    fn has(&self, d: u32, e: u32) -> bool {
        let (Some(&s), Some(&t)) = (self.start.get(d as usize), self.start.get(d as usize + 1))
        else {
            return false;
        };
        self.partners[s as usize..t as usize]
            .binary_search(&e)
            .is_ok()
    }
}

const INDEX_SHARD_BITS: u32 = 4;
const INDEX_SHARDS: u64 = 1 << INDEX_SHARD_BITS;

/// Pairs `(a, b)`, `a < b`, sorted and deduplicated. `features[d]` must be sorted and distinct,
/// made with [`word_feature`] and [`phrase_feature`]; only documents in `members` take part.
/// `tie[d]` (when given) orders partners of equal score before their index does: near copies of
/// one story score alike for the articles around them, and which of them makes an article's top
/// k must not depend on the order they were read in. Partners in `paired` take no place.
pub fn rare_feature_pairs(
    features: &[Vec<u64>],
    members: &[u32],
    tie: &[u64],
    when: Timeline,
    paired: &Paired,
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
            let here = when.at(d);
            for f in &features[d as usize] {
                if let Some(&(start, df)) = index.get(f) {
                    let w = weight(df);
                    let word = is_word(*f);
                    for &e in &docs[start as usize..(start + df) as usize] {
                        if e != d {
                            let x = acc.entry(e).or_default();
                            x.0 += if word && when.far(here, e) {
                                w * FAR_WORD_WEIGHT
                            } else {
                                w
                            };
                            x.1 += 1;
                        }
                    }
                }
            }
            let mut best: Vec<(f32, u32)> = acc
                .iter()
                .filter(|(&e, (_, k))| *k >= p.min_shared && !paired.has(d, e))
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

    /// Parameters for the small corpora of these tests: a feature in more than 10 documents is
    /// common.
    fn small_cap(top_k: usize) -> CandidateParams {
        CandidateParams {
            df_cap: 10,
            top_k,
            min_shared: 2,
            ..Default::default()
        }
    }

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
        let p = small_cap(5);
        assert_eq!(
            rare_feature_pairs(
                &features,
                &members,
                &[],
                Timeline::default(),
                &Paired::default(),
                &p
            ),
            vec![(0, 1)]
        );
    }

    /// A story (0) and its update (4), each with three copies sharing all of its words: the
    /// copies fill both stories' places, and the two are never paired, unless the copies, paired
    /// already, take no place of the story heading them.
    #[test]
    fn a_storys_copies_leave_its_places_to_other_articles() {
        let features: Vec<Vec<u64>> = (0..8u64)
            .map(|d| {
                let own = if d < 4 { 100..120 } else { 300..320 };
                own.chain(200..210).collect()
            })
            .collect();
        let members: Vec<u32> = (0..8).collect();
        let p = small_cap(3);
        let group = |h: u32| [(h, h + 1), (h, h + 2), (h, h + 3), (h + 1, h + 2)];
        let copies: Vec<(u32, u32)> = group(0).into_iter().chain(group(4)).collect();
        let rank: Vec<u32> = (0..8).collect();
        let pairs = |paired: &Paired| {
            rare_feature_pairs(&features, &members, &[], Timeline::default(), paired, &p)
        };
        assert!(!pairs(&Paired::default()).contains(&(0, 4)));
        let paired = Paired::new(8, &copies, &rank);
        assert!(pairs(&paired).contains(&(0, 4)));
        // Only heads are freed: a copy's places stay with its group.
        assert!(paired.has(0, 1) && paired.has(4, 7));
        assert!(!paired.has(1, 0) && !paired.has(5, 4));
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
        let p = small_cap(1);
        let pairs = |tie: &[u64]| {
            rare_feature_pairs(
                &features,
                &members,
                tie,
                Timeline::default(),
                &Paired::default(),
                &p,
            )
        };
        // 0 takes the partner with the smaller key; 1 and 2 take each other over 0.
        assert_eq!(pairs(&[100, 5, 9]), [(0, 1), (1, 2)]);
        assert_eq!(pairs(&[100, 9, 5]), [(0, 2), (1, 2)]);
    }

    /// Article 0 shares more words with 1, dated a month away, than with 2, dated the next day:
    /// with one place, 2 takes it; without dates, 1 does. Shared trigrams keep their weight
    /// however far apart the articles are.
    #[test]
    fn words_shared_far_apart_count_for_less() {
        let mut features: Vec<Vec<u64>> = (0..60u64)
            .map(|d| vec![phrase_feature((1000 + d) << 8)])
            .collect();
        let words = |r: std::ops::Range<u64>| r.map(|h| word_feature(h << 8)).collect::<Vec<_>>();
        features[0].extend(words(1..10));
        features[1].extend(words(1..10));
        features[2].extend(words(1..7));
        // 1 and 2 each have a closer partner of their own, so that the pairs with 0 are 0's
        // choice.
        for (a, b, r) in [(1, 3, 100..120), (2, 4, 200..220)] {
            features[a].extend(words(r.clone()));
            features[b].extend(words(r));
        }
        for f in &mut features {
            f.sort_unstable();
        }
        let members: Vec<u32> = (0..60).collect();
        let p = small_cap(1);
        const DAY: i64 = 86_400;
        let mut at = vec![None; 60];
        at[0] = Some(40 * DAY);
        at[1] = Some(10 * DAY);
        at[2] = Some(41 * DAY);
        let dated = Timeline {
            at: &at,
            window_secs: 3 * DAY,
        };
        let partner_of_0 = |features: &[Vec<u64>], when| {
            let pairs = rare_feature_pairs(features, &members, &[], when, &Paired::default(), &p);
            pairs
                .iter()
                .filter(|x| x.0 == 0)
                .map(|x| x.1)
                .collect::<Vec<_>>()
        };
        assert_eq!(partner_of_0(&features, Timeline::default()), [1]);
        assert_eq!(partner_of_0(&features, dated), [2]);
        // The same features as trigrams: 1 keeps its place.
        let phrases: Vec<Vec<u64>> = features
            .iter()
            .map(|f| f.iter().map(|&x| phrase_feature(x)).collect())
            .collect();
        assert_eq!(partner_of_0(&phrases, dated), [1]);
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
