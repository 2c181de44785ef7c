//! A tiny, fully specified PRNG (xoshiro256++ seeded through SplitMix64).
//!
//! The corpus must be byte-identical for a seed forever and on every platform, so the
//! generator owns its random source instead of depending on a crate whose algorithms may
//! change between versions. Sampling uses only integer operations and IEEE `+ * /`
//! (no `powf`/`ln`), which are exactly reproducible everywhere.

use xxhash_rust::xxh3::xxh3_64;

pub struct Rng {
    s: [u64; 4],
}

/// Zipf weights 1/(k+1), accumulated at compile time so sampling is a binary search.
const ZIPF_MAX: usize = 512;
static ZIPF_CDF: [f64; ZIPF_MAX] = zipf_cdf();

const fn zipf_cdf() -> [f64; ZIPF_MAX] {
    let mut cdf = [0.0; ZIPF_MAX];
    let mut acc = 0.0;
    let mut k = 0;
    while k < ZIPF_MAX {
        acc += 1.0 / (k as f64 + 1.0);
        cdf[k] = acc;
        k += 1;
    }
    cdf
}

impl Rng {
    /// One independent stream per (seed, stream, index): events can then be generated on
    /// any thread in any order and still come out the same.
    pub fn new(seed: u64, stream: u64, index: u64) -> Self {
        let mut key = [0u8; 24];
        key[..8].copy_from_slice(&seed.to_le_bytes());
        key[8..16].copy_from_slice(&stream.to_le_bytes());
        key[16..].copy_from_slice(&index.to_le_bytes());
        let mut x = xxh3_64(&key);
        let mut splitmix = || {
            x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = x;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Rng {
            s: [splitmix(), splitmix(), splitmix(), splitmix()],
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let out = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        out
    }

    /// Uniform in [0, 1).
    pub fn f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform in [0, n); 0 when n == 0 so callers never have to special-case empty ranges.
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() as u128 * n as u128) >> 64) as usize
    }

    /// Uniform in [lo, hi] (inclusive); `lo` if the range is empty.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.f64() < p
    }

    /// Index drawn with the given relative weights.
    pub fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut u = self.f64() * total;
        for (i, w) in weights.iter().enumerate() {
            if u < *w {
                return i;
            }
            u -= w;
        }
        weights.len().saturating_sub(1)
    }

    /// Callers only pass non-empty lists (static word lists or entity lists built non-empty).
    pub fn choose<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    pub fn choose_str<'a>(&mut self, xs: &'a [String]) -> &'a str {
        &xs[self.below(xs.len())]
    }

    pub fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        *self.choose(xs)
    }

    /// Rank-frequency sampling: lists are ordered most-common first, so common words stay
    /// common across the whole corpus, as in real text. Weights are 1/(rank + 3)
    /// (Zipf-Mandelbrot), which keeps the head from swamping a short list.
    pub fn zipf<T: Copy>(&mut self, xs: &[T]) -> T {
        const Q: usize = 2;
        let n = xs.len().min(ZIPF_MAX - Q);
        let lo = ZIPF_CDF[Q - 1];
        let u = lo + self.f64() * (ZIPF_CDF[n + Q - 1] - lo);
        let k = ZIPF_CDF[Q..n + Q].partition_point(|&c| c <= u);
        xs[k.min(xs.len() - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_reproducible_and_distinct() {
        let a: Vec<u64> = (0..4).map(|_| Rng::new(1, 2, 3).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(Rng::new(1, 2, 3).next_u64(), Rng::new(1, 2, 4).next_u64());
        assert_ne!(Rng::new(1, 2, 3).next_u64(), Rng::new(2, 2, 3).next_u64());
    }

    #[test]
    fn zipf_favours_low_ranks() {
        let xs: Vec<usize> = (0..100).collect();
        let mut r = Rng::new(7, 0, 0);
        let mut counts = [0usize; 100];
        for _ in 0..20_000 {
            counts[r.zipf(&xs)] += 1;
        }
        assert!(counts[0] > counts[9] * 3 && counts[9] > counts[90]);
        assert_eq!(r.below(0), 0);
        assert_eq!(r.range(5, 3), 5);
    }
}
