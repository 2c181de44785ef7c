//! LSH banding over MinHash signatures: documents whose signatures agree on every row of some
//! band become candidate pairs. Buckets are processed one band at a time and a bucket of `m`
//! documents yields `2m` pairs (each member with the bucket's first and with its predecessor), not
//! `m²`: union of verified links recovers the whole group, and a giant cluster of copies stays
//! linear.

use super::{Signature, SIG_LEN};
use crate::text::shingle::fmix64;
use rayon::prelude::*;

/// Banding parameters; `bands * rows` must not exceed the signature length.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Banding {
    pub bands: usize,
    pub rows: usize,
}

impl Banding {
    /// Chooses bands × rows for a target Jaccard threshold: the S-curve's midpoint
    /// (1/b)^(1/r) closest to `threshold` using the whole signature.
    pub fn for_threshold(threshold: f64) -> Banding {
        let mut best = Banding { bands: 32, rows: 4 };
        let mut best_err = f64::MAX;
        for rows in 1..=SIG_LEN {
            let bands = SIG_LEN / rows;
            let mid = (1.0 / bands as f64).powf(1.0 / rows as f64);
            let err = (mid - threshold).abs();
            if err < best_err {
                best_err = err;
                best = Banding { bands, rows };
            }
        }
        best
    }

    /// Probability that two documents of Jaccard `j` share at least one band.
    pub fn collision_probability(&self, j: f64) -> f64 {
        1.0 - (1.0 - j.powi(self.rows as i32)).powi(self.bands as i32)
    }
}

/// Candidate pairs `(a, b)` with `a < b` (indices into `sigs`), sorted and deduplicated.
/// `members` says which documents take part (copies of an exact duplicate are left out).
pub fn candidate_pairs(sigs: &[Signature], members: &[u32], banding: Banding) -> Vec<(u32, u32)> {
    let mut pairs: Vec<(u32, u32)> = (0..banding.bands)
        .into_par_iter()
        .flat_map_iter(|band| {
            let lo = band * banding.rows;
            let mut keys: Vec<(u64, u32)> = members
                .iter()
                .map(|&d| {
                    let mut h = fmix64(band as u64 + 0x1234);
                    for &v in &sigs[d as usize][lo..lo + banding.rows] {
                        h = fmix64(h ^ v as u64);
                    }
                    (h, d)
                })
                .collect();
            keys.sort_unstable();
            let mut out = Vec::new();
            let mut i = 0;
            while i < keys.len() {
                let mut j = i + 1;
                while j < keys.len() && keys[j].0 == keys[i].0 {
                    j += 1;
                }
                for k in i + 1..j {
                    out.push(ordered(keys[i].1, keys[k].1));
                    if k > i + 1 {
                        out.push(ordered(keys[k - 1].1, keys[k].1));
                    }
                }
                i = j;
            }
            out.into_iter()
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

fn ordered(a: u32, b: u32) -> (u32, u32) {
    if a < b {
        (a, b)
    } else {
        (b, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sketch::MinHasher;

    #[test]
    fn banding_choice() {
        let b = Banding::for_threshold(0.5);
        assert!(b.bands * b.rows <= SIG_LEN);
        assert!(b.collision_probability(0.8) > 0.99);
        assert!(b.collision_probability(0.1) < 0.05);
    }

    #[test]
    fn finds_similar_not_dissimilar() {
        let m = MinHasher::default();
        let base: Vec<u64> = (0..400).collect();
        let mut near = base.clone();
        near.truncate(380);
        near.extend(1000..1020);
        let other: Vec<u64> = (5000..5400).collect();
        let sigs = vec![
            m.sign_hashes(base),
            m.sign_hashes(near),
            m.sign_hashes(other),
        ];
        let pairs = candidate_pairs(&sigs, &[0, 1, 2], Banding::for_threshold(0.5));
        assert_eq!(pairs, vec![(0, 1)]);
    }

    #[test]
    fn giant_bucket_is_linear() {
        let m = MinHasher::default();
        let sig = m.sign_hashes(0..100u64);
        let sigs = vec![sig; 1000];
        let members: Vec<u32> = (0..1000).collect();
        let pairs = candidate_pairs(&sigs, &members, Banding { bands: 32, rows: 4 });
        assert!(pairs.len() < 2000, "{}", pairs.len());
    }
}
