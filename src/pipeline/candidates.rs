//! The candidate stage: the pairs worth measuring, from MinHash banding (near copies) and from
//! rare shared words and word trigrams (rewrites, whose whole-text similarity is low). Linear in
//! the corpus: each feature's postings are capped (see [`crate::link::candidates::CandidateParams::df_cap`]).

use super::{Params, Sketch};
use crate::link::attribution::is_wire;
use crate::link::candidates::{
    phrase_feature, rare_feature_pairs, word_feature, DfFilter, Paired, Timeline,
};
use crate::link::citation::{citations, cited_keys, url_key};
use crate::link::comparable_prefix;
use crate::model::{Article, Dated};
use crate::sketch::lsh::candidate_pairs;
use crate::sketch::{minhash, Signature, SIG_LEN};
use crate::store::TextStore;
use crate::text::shingle::for_each_shingle;
use crate::text::tokenize;
use rayon::prelude::*;

/// A candidate pair `a < b` with the number of MinHash slots the two agree on.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    pub a: u32,
    pub b: u32,
    pub agree: u8,
}

/// What the candidate stage found.
pub(super) struct Candidates {
    /// Sorted by pair.
    pub pairs: Vec<Candidate>,
    /// Per article, the MinHash agreement with the copy that stands for it.
    pub copy_agree: Vec<u8>,
    /// Representatives of exact copies chosen by the credits around them (see
    /// [`credited_representatives`]), sorted.
    pub credited_reps: Vec<u32>,
    /// See [`credited_around`].
    pub credited: Vec<u32>,
    /// `(citing, cited, only)` between the articles standing for their copies (see
    /// [`crate::link::citation::citations`]), sorted; each pair is among `pairs`.
    pub citations: Vec<(u32, u32, bool)>,
}

/// Who cites whom by address among all articles (see [`crate::link::citation`]). Only texts
/// holding "://" are searched, and only articles with a `url` can be cited.
pub(super) fn cited_pages(articles: &[Article], texts: &TextStore) -> Vec<(u32, u32, bool)> {
    let own: Vec<Option<u64>> = articles
        .par_iter()
        .map(|a| a.url.as_deref().and_then(url_key))
        .collect();
    if own.iter().all(Option::is_none) {
        return Vec::new();
    }
    let cited: Vec<(u32, Vec<u64>)> = articles
        .par_iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let keys = cited_keys(&texts.text(a), &a.references);
            (!keys.is_empty()).then_some((i as u32, keys))
        })
        .collect();
    citations(&own, &cited)
}

/// Finds the candidate pairs among `members` (the articles standing for their exact copies). May
/// move a group of copies to another representative (see [`credited_representatives`]): `rep`
/// is updated. `rank`: each article's place in [`super::precedence`]. Takes the signatures, whose
/// last use this is.
#[allow(clippy::too_many_arguments)]
pub(super) fn find(
    articles: &[Article],
    texts: &TextStore,
    sigs: Vec<Signature>,
    members: &[u32],
    rep: &mut [u32],
    sketches: &[Sketch],
    dates: &[Option<Dated>],
    slugs: &[String],
    rank: &[u32],
    cited: &[(u32, u32, bool)],
    p: &Params,
) -> Candidates {
    let n = articles.len();
    let mut pairs = candidate_pairs(&sigs, members, p.banding);
    let near = (p.link.near_threshold * SIG_LEN as f64)
        .ceil()
        .clamp(0.0, 255.0) as u8;
    let thinned = thinned_out(&pairs, &sigs, rank, p.candidates.near_partners, near);
    let features = shared_features(articles, texts, members, p);
    // Ties between partners go by their texts, not by where they stand in the input.
    let tie: Vec<u64> = sketches
        .iter()
        .map(|s| u64::from_le_bytes(s.sha256[..8].try_into().expect("8 bytes")))
        .collect();
    let at: Vec<Option<i64>> = dates.iter().map(|d| d.map(|d| d.at.ts)).collect();
    let when = Timeline {
        at: &at,
        // `as` saturates: an unbounded window makes no article far.
        window_secs: (p.link.vocab_window_days * 86_400.0) as i64,
    };
    let copies: Vec<(u32, u32)> = pairs
        .par_iter()
        .filter(|&&(a, b)| {
            thinned.binary_search(&(a, b)).is_err()
                && minhash::agreement(&sigs[a as usize], &sigs[b as usize]) >= near
        })
        .copied()
        .collect();
    let paired = Paired::new(n, &copies, rank);
    drop(copies);
    let rare = rare_feature_pairs(&features, members, &tie, when, &paired, &p.candidates);
    drop(paired);
    drop(features);
    pairs.extend_from_slice(&rare);
    pairs.par_sort_unstable();
    pairs.dedup();
    // Credits are counted over every partner, as without thinning: how many of a story's
    // articles name an outlet does not depend on which pairs are aligned.
    let credited_reps = credited_representatives(&mut pairs, rep, sketches, dates, slugs);
    let credited = credited_around(n, &pairs, rep, sketches, slugs);
    if !thinned.is_empty() {
        // `rare` comes sorted from `rare_feature_pairs`.
        pairs.retain(|x| thinned.binary_search(x).is_err() || rare.binary_search(x).is_ok());
    }
    // A page and the one citing it are measured whatever their texts share: the citation is
    // the evidence the shared features may not be.
    let mut citations: Vec<(u32, u32, bool)> = cited
        .iter()
        .map(|&(c, q, only)| (rep[c as usize], rep[q as usize], only))
        .filter(|&(c, q, _)| c != q)
        .collect();
    citations.sort_unstable();
    citations.dedup_by_key(|c| (c.0, c.1));
    // Two pages citing each other say nothing of which came first (see `citation::of_pair`).
    let citations: Vec<(u32, u32, bool)> = citations
        .iter()
        .filter(|&&(c, q, _)| {
            citations
                .binary_search_by_key(&(q, c), |x| (x.0, x.1))
                .is_err()
        })
        .copied()
        .collect();
    if !citations.is_empty() {
        pairs.extend(citations.iter().map(|&(c, q, _)| (c.min(q), c.max(q))));
        pairs.par_sort_unstable();
        pairs.dedup();
    }
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
    Candidates {
        pairs,
        copy_agree,
        credited_reps,
        credited,
        citations,
    }
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
    let mut features: Vec<u64> = tokens.iter().map(|t| word_feature(t.hash)).collect();
    for_each_shingle(tokens, 3, |_, h| {
        if p.trigram_sampling <= 1 || h % p.trigram_sampling == 0 {
            features.push(phrase_feature(h));
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
/// that name it: see [`crate::link::decide::DecidedBy::CreditedAround`]. Linear in the pairs.
pub(super) fn credited_around(
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
    // Per article, the outlets it credits (not its own), sorted: a pair looks up the few
    // outlets of one side among the other's credits, not each credit of a press review naming
    // thousands of outlets, in every pair it is in.
    let credited: Vec<Vec<&str>> = sketches
        .par_iter()
        .enumerate()
        .map(|(x, s)| {
            let mut v: Vec<&str> = s
                .credits
                .iter()
                .map(|c| c.outlet.as_str())
                .filter(|o| *o != slugs[x])
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let outlets_of = |of: u32| {
        let from = outlets.partition_point(|p| p.0 < of);
        let to = outlets.partition_point(|p| p.0 <= of);
        &outlets[from..to]
    };
    // The shorter list walked, the longer searched: a review naming thousands of outlets, or
    // a text run by thousands of outlets, is never walked once per pair.
    let credits = |x: u32, of: u32| {
        let named = &credited[x as usize];
        let by = outlets_of(of);
        if named.len() <= by.len() {
            named.iter().any(|o| by.binary_search(&(of, *o)).is_ok())
        } else {
            by.iter().any(|p| named.binary_search(&p.1).is_ok())
        }
    };
    let mut count = vec![0u32; n];
    for &(a, b) in pairs {
        count[a as usize] += credits(b, a) as u32;
        count[b as usize] += credits(a, b) as u32;
    }
    count
}

/// The banding pairs to leave out in giant groups of near copies (a wire story run by hundreds
/// of outlets), sorted. Banding pairs each member of a bucket with the bucket's first and with
/// its predecessor in every band, so a member of such a group is in about 18 pairs (with some
/// 35 partners): linear, but each pair is aligned, and its evidence is held until the forest is
/// built (20,000 near copies of one text: 352,000 pairs, 9.8 s and 458 MB, against about 4 s
/// and 75 MB for 20,000 ordinary articles; thinned, 153,000 pairs, 5.8 s and 224 MB).
///
/// Only near-copy pairs are thinned: those whose MinHash agreement is at least `near` (of 128).
/// A member with more than `k` of them keeps, among those before it in `rank` (its possible
/// parents), the `k` its MinHash agrees with most and the first (the group's original, whatever
/// copy agrees more by chance); a pair stays when its later side keeps it or either side has at
/// most `k` near-copy partners, and a member that would be left with no pair keeps the one it
/// agrees with most. Pairs between rewrites of one story, which agree less, are all kept: they
/// are the chains by which rewrites that never met the story itself reach its tree (a story
/// that fills half the corpus: 69 of 91 rewrites in its tree, 58 when those were thinned too, 79
/// without thinning; docs/quality-log.md). The caller keeps rare-feature pairs whatever this says, and counts
/// credits before leaving these out. Deterministic: ties go to the earlier partner, then to the
/// pair's place in `pairs`.
pub(super) fn thinned_out(
    pairs: &[(u32, u32)],
    sigs: &[Signature],
    rank: &[u32],
    k: usize,
    near: u8,
) -> Vec<(u32, u32)> {
    let n = rank.len();
    let agree: Vec<u8> = pairs
        .par_iter()
        .map(|&(a, b)| minhash::agreement(&sigs[a as usize], &sigs[b as usize]))
        .collect();
    let mut degree = vec![0u32; n];
    for (&(a, b), &g) in pairs.iter().zip(&agree) {
        if g >= near {
            degree[a as usize] += 1;
            degree[b as usize] += 1;
        }
    }
    if !degree.iter().any(|&d| d as usize > k) {
        return Vec::new();
    }
    let dense = |x: u32| degree[x as usize] as usize > k;
    let thinnable = |idx: usize| {
        let (a, b) = pairs[idx];
        agree[idx] >= near && dense(a) && dense(b)
    };
    // (later side, 255 - agreement, earlier side's rank, pair index) for each near-copy pair
    // between two dense articles: the later side's choices, best first.
    let mut choices: Vec<(u32, u8, u32, u32)> = (0..pairs.len())
        .filter(|&idx| thinnable(idx))
        .map(|idx| {
            let (a, b) = pairs[idx];
            let (later, earlier) = if rank[a as usize] > rank[b as usize] {
                (a, b)
            } else {
                (b, a)
            };
            (
                later,
                u8::MAX - agree[idx],
                rank[earlier as usize],
                idx as u32,
            )
        })
        .collect();
    choices.par_sort_unstable();
    let mut keep: Vec<bool> = (0..pairs.len()).map(|idx| !thinnable(idx)).collect();
    for group in choices.chunk_by(|x, y| x.0 == y.0) {
        for c in group.iter().take(k) {
            keep[c.3 as usize] = true;
        }
        if let Some(first) = group.iter().min_by_key(|c| c.2) {
            keep[first.3 as usize] = true;
        }
    }
    // A dense member whose partners all come after it and all chose others.
    let mut kept = vec![false; n];
    for (&(a, b), &k) in pairs.iter().zip(&keep) {
        if k {
            kept[a as usize] = true;
            kept[b as usize] = true;
        }
    }
    let mut best: Vec<Option<(u8, std::cmp::Reverse<u32>)>> = vec![None; n];
    for &(_, inv, _, idx) in &choices {
        let (a, b) = pairs[idx as usize];
        for x in [a, b] {
            if !kept[x as usize] {
                let cand = (u8::MAX - inv, std::cmp::Reverse(idx));
                if best[x as usize].is_none_or(|b| cand > b) {
                    best[x as usize] = Some(cand);
                }
            }
        }
    }
    for (_, std::cmp::Reverse(idx)) in best.into_iter().flatten() {
        keep[idx as usize] = true;
    }
    pairs
        .iter()
        .zip(&keep)
        .filter(|(_, &k)| !k)
        .map(|(&p, _)| p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sketch::MinHasher;

    /// Thinned `all` with the rank of input order.
    fn thin(all: &[(u32, u32)], sigs: &[Signature], k: usize) -> Vec<(u32, u32)> {
        let rank: Vec<u32> = (0..sigs.len() as u32).collect();
        let out = thinned_out(all, sigs, &rank, k, 0);
        assert!(out.windows(2).all(|w| w[0] < w[1]), "sorted, distinct");
        all.iter().filter(|p| !out.contains(p)).copied().collect()
    }

    fn agree(sigs: &[Signature], (a, b): (u32, u32)) -> u8 {
        minhash::agreement(&sigs[a as usize], &sigs[b as usize])
    }

    /// A group of 60 near copies: each member keeps between 1 and `k` + 1 pairs with earlier
    /// members, those it agrees with most, and the first member (the original) keeps its pairs
    /// with every member that met it; two articles with few partners keep their pair.
    #[test]
    fn giant_groups_of_near_copies_are_thinned_to_their_closest_earlier_partners() {
        let m = MinHasher::default();
        let base: Vec<u64> = (0..400).collect();
        let mut sigs: Vec<Signature> = (0..60u64)
            .map(|i| {
                let mut v = base.clone();
                v.truncate(400 - (i as usize % 7) * 3);
                v.extend(10_000 + i * 10..10_000 + i * 10 + 5);
                m.sign_hashes(v)
            })
            .collect();
        sigs.push(m.sign_hashes(5_000..5_400u64));
        sigs.push(m.sign_hashes(5_000..5_390u64));
        let n = sigs.len();
        let members: Vec<u32> = (0..n as u32).collect();
        let all = candidate_pairs(
            &sigs,
            &members,
            crate::sketch::lsh::Banding::for_threshold(0.5),
        );
        let k = 4;
        let pairs = thin(&all, &sigs, k);
        assert!(pairs.len() < all.len(), "{} of {}", pairs.len(), all.len());
        for later in 1..60u32 {
            let chosen: Vec<(u32, u32)> = pairs.iter().filter(|p| p.1 == later).copied().collect();
            assert!((1..=k + 1).contains(&chosen.len()), "{later}: {chosen:?}");
            // The pairs it dropped agree no more than the least of those it kept, the
            // earliest aside.
            let least = chosen
                .iter()
                .filter(|p| p.0 != chosen[0].0)
                .map(|&p| agree(&sigs, p))
                .min();
            if let Some(least) = least {
                for &p in all.iter().filter(|p| p.1 == later && !chosen.contains(p)) {
                    assert!(agree(&sigs, p) <= least, "{p:?} dropped, {chosen:?} kept");
                }
            }
        }
        for p in all.iter().filter(|p| p.0 == 0) {
            assert!(pairs.contains(p), "{p:?}");
        }
        assert!(pairs.contains(&(60, 61)));
        assert_eq!(thin(&all, &sigs, k), pairs);
        // Only near-copy pairs are left out: none when no pair agrees enough, and otherwise
        // only pairs at or above the bar.
        let rank: Vec<u32> = (0..n as u32).collect();
        assert!(thinned_out(&all, &sigs, &rank, k, u8::MAX).is_empty());
        let mut bars: Vec<u8> = all.iter().map(|&p| agree(&sigs, p)).collect();
        bars.sort_unstable();
        let bar = bars[bars.len() / 2];
        let out = thinned_out(&all, &sigs, &rank, k, bar);
        assert!(!out.is_empty());
        assert!(out.iter().all(|&p| agree(&sigs, p) >= bar));
    }

    /// An article whose partners all come after it, and all prefer others, keeps the pair it
    /// agrees with most instead of none.
    #[test]
    fn thinning_leaves_no_article_without_a_partner() {
        let m = MinHasher::default();
        let sig = |drop: u64| m.sign_hashes((drop..400u64).chain(9_000 + drop..9_003 + drop));
        // 0 and 1 are first; 2..12 are close to 0 and to each other, and 1 agrees less with
        // each of them: each keeps its pair with 0 (its earliest and closest) only.
        let mut sigs = vec![sig(0), m.sign_hashes((40..400u64).chain(7_000..7_040))];
        sigs.extend((2..12).map(sig));
        let mut all: Vec<(u32, u32)> = Vec::new();
        for x in 2..12u32 {
            all.push((0, x));
            all.push((1, x));
        }
        for x in 2..12u32 {
            for y in x + 1..12 {
                all.push((x, y));
            }
        }
        all.sort_unstable();
        let pairs = thin(&all, &sigs, 1);
        assert!(pairs.iter().any(|p| p.0 == 1 || p.1 == 1), "{pairs:?}");
    }
}
