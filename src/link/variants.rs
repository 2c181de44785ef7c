//! Direction from shared readings, for two texts that nothing else orders.
//!
//! Two near copies without dates cover each other about equally, so coverage cannot say which
//! was copied from which. The texts written from them can, as in textual criticism: where the two
//! differ, one keeps the source's reading and the other changed it, and the other texts of the
//! story, written from the source, carry the source's readings. So when the articles linked to
//! both x and y (measured with each, at least `derive_threshold` of one side aligned) share x's
//! own words (those y lacks) more than y's own words, x is the source. A third text that
//! descends from the copy carries the copy's readings, so in a story mostly written from the
//! copy the copy wins, which is then the right parent for most of them too.
//!
//! Only near copies (shingle Jaccard at least `near_threshold`) are put to the vote: between
//! looser rewrites, texts share topic words with each other as much as with the source. On
//! Clough-Stevenson (no dates) the vote decides 4 links: 3 hang a student's copy under its
//! Wikipedia source, where input order had made the copy the root of its task; the fourth
//! orders two copies of one source, neither of which the truth derives from the other.

/// Most common neighbours of a pair that are read: the vote needs a few, and a pair inside a
/// giant story must not re-read the whole story.
pub const MAX_WITNESSES: usize = 16;

/// Share of one side's own words (by weight) by which a neighbour must favour it to vote.
const VOTE_MARGIN: f64 = 0.05;

/// The linked neighbours of the articles in `of` (sorted, distinct), from measured pairs
/// `(a, b, cov_a, cov_b)`: those whose aligned coverage reaches `min_cov` on either side. Sorted
/// lists, one per article of `of`, in its order; only the pairs to orient need them, so a corpus
/// with few such pairs holds few lists.
pub fn neighbours(of: &[u32], pairs: &[(u32, u32, f64, f64)], min_cov: f64) -> Vec<Vec<u32>> {
    let mut adj = vec![Vec::new(); of.len()];
    for &(a, b, ca, cb) in pairs {
        if ca.max(cb) >= min_cov {
            for (x, y) in [(a, b), (b, a)] {
                if let Ok(k) = of.binary_search(&x) {
                    adj[k].push(y);
                }
            }
        }
    }
    for l in &mut adj {
        l.sort_unstable();
        l.dedup();
    }
    adj
}

/// Up to [`MAX_WITNESSES`] articles linked to both x and y, besides the two, lowest index first;
/// `lx`, `ly`: their neighbours, from [`neighbours`].
pub fn witnesses(lx: &[u32], ly: &[u32]) -> Vec<u32> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < lx.len() && j < ly.len() && out.len() < MAX_WITNESSES {
        match lx[i].cmp(&ly[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                // Never x or y: no article is its own neighbour.
                out.push(lx[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// Which of x and y the witnesses side with: `Some(true)` when x is the source, `Some(false)`
/// when y is, None when they do not tell. Word lists are sorted, deduplicated word hashes;
/// `weight` tells a rare word's reading from a common one's.
pub fn vote(
    x: &[u64],
    y: &[u64],
    witnesses: &[&[u64]],
    weight: impl Fn(u64) -> f64,
) -> Option<bool> {
    let own_x: Vec<u64> = difference(x, y);
    let own_y: Vec<u64> = difference(y, x);
    let total = |own: &[u64]| own.iter().map(|&h| weight(h)).sum::<f64>();
    let (tx, ty) = (total(&own_x), total(&own_y));
    if tx <= 0.0 && ty <= 0.0 {
        return None;
    }
    let share = |own: &[u64], t: f64, z: &[u64]| {
        if t <= 0.0 {
            return 0.0;
        }
        let mut s = 0.0;
        for &h in own {
            if z.binary_search(&h).is_ok() {
                s += weight(h);
            }
        }
        s / t
    };
    let (mut for_x, mut for_y) = (0u32, 0u32);
    for z in witnesses {
        let (sx, sy) = (share(&own_x, tx, z), share(&own_y, ty, z));
        if sx > sy + VOTE_MARGIN {
            for_x += 1;
        } else if sy > sx + VOTE_MARGIN {
            for_y += 1;
        }
    }
    match for_x.cmp(&for_y) {
        std::cmp::Ordering::Greater => Some(true),
        std::cmp::Ordering::Less => Some(false),
        std::cmp::Ordering::Equal => None,
    }
}

/// Elements of sorted `a` not in sorted `b`.
fn difference(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut j = 0;
    for &h in a {
        while j < b.len() && b[j] < h {
            j += 1;
        }
        if j >= b.len() || b[j] != h {
            out.push(h);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        crate::text::normalize::distinct_word_hashes(text, &mut out);
        out
    }

    #[test]
    fn witnesses_side_with_the_reading_they_share() {
        let source = set("the court said the attack was a serious breach of its systems");
        let copy = set("the court said the attack was a grave breach of its systems");
        let w1 = set("officials called the attack a serious breach of court systems");
        let w2 = set("a serious breach, the court said of the attack on its systems");
        let ws: Vec<&[u64]> = vec![&w1, &w2];
        assert_eq!(vote(&source, &copy, &ws, |_| 1.0), Some(true));
        assert_eq!(vote(&copy, &source, &ws, |_| 1.0), Some(false));
    }

    #[test]
    fn no_vote_without_differences_or_witnesses() {
        let a = set("one two three");
        let w = set("one two three four");
        assert_eq!(vote(&a, &a, &[&w], |_| 1.0), None);
        let b = set("one two five");
        assert_eq!(vote(&a, &b, &[], |_| 1.0), None);
        // A witness with both readings or neither does not vote.
        let both = set("three five");
        let neither = set("six");
        assert_eq!(vote(&a, &b, &[&both, &neither], |_| 1.0), None);
    }

    #[test]
    fn witnesses_are_common_neighbours_only() {
        let pairs = vec![
            (0, 1, 0.9, 0.9),
            (0, 2, 0.5, 0.4),
            (1, 2, 0.6, 0.5),
            (0, 3, 0.5, 0.5),
            (1, 4, 0.1, 0.1), // too little coverage to be a neighbour
            (0, 4, 0.5, 0.5),
        ];
        let of = [0, 1, 2, 3];
        let adj = neighbours(&of, &pairs, 0.3);
        assert_eq!(witnesses(&adj[0], &adj[1]), vec![2]);
        assert_eq!(witnesses(&adj[2], &adj[3]), vec![0]);
    }
}
