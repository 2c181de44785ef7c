//! Word shingles as 64-bit hashes, computed from token hashes without touching the text again.

use super::Token;

/// Finaliser of MurmurHash3: turns the cheap rotate-xor combination of token hashes into a
/// well-mixed shingle hash (MinHash and LSH need uniform bits).
#[inline]
pub fn fmix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// Hash of the `k` tokens starting at `i` (order-sensitive).
#[inline]
pub fn shingle_at(tokens: &[Token], i: usize, k: usize) -> u64 {
    let mut acc = 0u64;
    for t in &tokens[i..i + k] {
        acc = acc.rotate_left(23) ^ t.hash;
    }
    fmix64(acc ^ k as u64)
}

/// Calls `f(position, hash)` for every `k`-word shingle. A text shorter than `k` words still has
/// one shingle (all its words), so short articles can match their copies.
#[inline]
pub fn for_each_shingle(tokens: &[Token], k: usize, mut f: impl FnMut(usize, u64)) {
    let k = k.max(1);
    if tokens.is_empty() {
        return;
    }
    if tokens.len() < k {
        f(0, shingle_at(tokens, 0, tokens.len()));
        return;
    }
    for i in 0..=tokens.len() - k {
        f(i, shingle_at(tokens, i, k));
    }
}

/// The distinct shingle hashes of a text, sorted (for exact Jaccard and containment).
pub fn shingle_set(tokens: &[Token], k: usize) -> Vec<u64> {
    let mut v = Vec::with_capacity(tokens.len());
    for_each_shingle(tokens, k, |_, h| v.push(h));
    v.sort_unstable();
    v.dedup();
    v
}

/// Size of the intersection of two sorted, deduplicated hash lists.
pub fn intersection_size(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Hasher for map keys that are already well-mixed hashes or small integers: one `fmix64`
/// instead of SipHash, which cost a tenth of a run in the idf and candidate-index lookups. Not
/// for keys an adversary picks (no DoS resistance is needed for word hashes and article indices).
#[derive(Default, Clone, Copy)]
pub struct PrehashedHasher(u64);

impl std::hash::Hasher for PrehashedHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = fmix64(self.0 ^ x);
    }
    fn write_u32(&mut self, x: u32) {
        self.write_u64(x as u64);
    }
}

/// A `HashMap` keyed by hashes or indices, with [`PrehashedHasher`].
pub type FastMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<PrehashedHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        let mut v = Vec::new();
        tokenize(s, &mut v);
        v
    }

    #[test]
    fn counts_and_short_texts() {
        let t = toks("a b c d e f");
        let mut n = 0;
        for_each_shingle(&t, 5, |_, _| n += 1);
        assert_eq!(n, 2);
        assert_eq!(shingle_set(&toks("a b"), 5).len(), 1);
        assert!(shingle_set(&toks(""), 5).is_empty());
    }

    #[test]
    fn order_matters_and_normalisation_applies() {
        assert_ne!(
            shingle_set(&toks("a b c"), 3),
            shingle_set(&toks("c b a"), 3)
        );
        assert_eq!(
            shingle_set(&toks("The IСС said"), 3),
            shingle_set(&toks("the ICC said"), 3)
        );
    }

    #[test]
    fn intersection() {
        assert_eq!(intersection_size(&[1, 3, 5, 7], &[2, 3, 7, 9]), 2);
    }
}
