//! MinHash by one-permutation hashing with optimal densification (Shrivastava, ICML 2017).
//!
//! Classic MinHash applies `SIG_LEN` permutations to every shingle, which is where nearly all of
//! its time goes. Here each (already well-mixed) shingle hash is used once: its top bits pick a
//! bin, its low bits are the value, and each bin keeps its minimum. Bins that no shingle reached
//! borrow the value of a non-empty bin chosen by a fixed pseudo-random probe sequence, which keeps
//! the estimator unbiased (the probe sequence depends only on the bin, so it is the same for every
//! document). Per-shingle cost is one shift, one compare and one store. The seed is fixed, so a
//! signature is the same on every machine, run and thread count.

use crate::text::shingle::{fmix64, for_each_shingle};
use crate::text::Token;

/// Number of bins (values) in a signature. A power of two.
pub const SIG_LEN: usize = 128;
const BIN_SHIFT: u32 = 64 - SIG_LEN.trailing_zeros();

pub type Signature = [u32; SIG_LEN];

/// Default seed: any fixed value works; changing it changes every signature.
pub const DEFAULT_SEED: u64 = 0x0057_1BE7_2ACE_0001;

/// Sketches shingle streams into signatures; holds only the seed, so it is freely shared.
#[derive(Debug, Clone, Copy)]
pub struct MinHasher {
    seed: u64,
}

impl Default for MinHasher {
    fn default() -> Self {
        MinHasher::new(DEFAULT_SEED)
    }
}

impl MinHasher {
    pub fn new(seed: u64) -> Self {
        MinHasher { seed: fmix64(seed) }
    }

    /// Signature of the `k`-word shingles of `tokens`.
    pub fn sign_tokens(&self, tokens: &[Token], k: usize) -> Signature {
        let mut acc = Accumulator::new();
        for_each_shingle(tokens, k, |_, h| acc.add(h ^ self.seed));
        acc.finish()
    }

    /// Signature of arbitrary 64-bit item hashes (used by tests and by callers that shingle
    /// differently).
    pub fn sign_hashes(&self, hashes: impl IntoIterator<Item = u64>) -> Signature {
        let mut acc = Accumulator::new();
        for h in hashes {
            acc.add(fmix64(h ^ self.seed));
        }
        acc.finish()
    }
}

/// Per-bin minima of one document while its shingles stream in.
struct Accumulator {
    mins: Signature,
    filled: u128,
}

impl Accumulator {
    fn new() -> Self {
        Accumulator {
            mins: [u32::MAX; SIG_LEN],
            filled: 0,
        }
    }

    #[inline(always)]
    fn add(&mut self, h: u64) {
        let bin = (h >> BIN_SHIFT) as usize;
        let v = h as u32;
        // Branch-free: the compiler turns this into a min and an or.
        self.mins[bin] = self.mins[bin].min(v);
        self.filled |= 1u128 << bin;
    }

    fn finish(mut self) -> Signature {
        if self.filled == 0 || self.filled == u128::MAX {
            return self.mins;
        }
        let original = self.mins;
        for bin in 0..SIG_LEN {
            if self.filled & (1u128 << bin) != 0 {
                continue;
            }
            // Probe sequence fixed per bin: identical across documents, so two documents that
            // share their non-empty bins borrow identically.
            let mut attempt = 0u64;
            loop {
                let probe = fmix64(((bin as u64) << 32) | attempt) as usize & (SIG_LEN - 1);
                if self.filled & (1u128 << probe) != 0 {
                    // Mix the borrowed value with the bin so borrowed bins do not all equal.
                    self.mins[bin] = original[probe] ^ (fmix64(bin as u64 + 1) as u32);
                    break;
                }
                attempt += 1;
            }
        }
        self.mins
    }
}

/// Estimated Jaccard similarity: the share of equal bins.
pub fn jaccard(a: &Signature, b: &Signature) -> f64 {
    let eq = a.iter().zip(b.iter()).filter(|(x, y)| x == y).count();
    eq as f64 / SIG_LEN as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(range: std::ops::Range<u64>) -> Vec<u64> {
        range
            .map(|x| x.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect()
    }

    #[test]
    fn identical_and_disjoint() {
        let m = MinHasher::default();
        let a = m.sign_hashes(set(0..500));
        assert_eq!(jaccard(&a, &a), 1.0);
        let b = m.sign_hashes(set(1000..1500));
        assert!(jaccard(&a, &b) < 0.05);
    }

    #[test]
    fn estimates_jaccard() {
        let m = MinHasher::default();
        // |A∩B| = 300, |A∪B| = 700: J = 0.4286
        let a = m.sign_hashes(set(0..500));
        let b = m.sign_hashes(set(200..700));
        let j = jaccard(&a, &b);
        assert!((j - 300.0 / 700.0).abs() < 0.15, "{j}");
    }

    #[test]
    fn small_sets_are_densified_consistently() {
        let m = MinHasher::default();
        let a = m.sign_hashes(set(0..5));
        let b = m.sign_hashes(set(0..5));
        assert_eq!(a, b);
        let c = m.sign_hashes(set(0..4));
        let j = jaccard(&a, &c);
        assert!(j > 0.5 && j < 1.0, "{j}");
    }

    #[test]
    fn empty_document() {
        let m = MinHasher::default();
        let e = m.sign_hashes(std::iter::empty());
        assert!(e.iter().all(|&v| v == u32::MAX));
    }
}
