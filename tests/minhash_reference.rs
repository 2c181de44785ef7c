//! Our MinHash (one-permutation hashing with densification on xxh3 shingle hashes) against the
//! reference implementation of probabilistic-collections: both must estimate the same Jaccard
//! similarity, and both must be near the exact value.

use probabilistic_collections::similarity::MinHash;
use probabilistic_collections::SipHasherBuilder;
use wiretrace::sketch::{minhash, MinHasher};
use wiretrace::text::shingle::{intersection_size, shingle_set};
use wiretrace::text::tokenize;

fn words(seed: u64, n: usize) -> Vec<String> {
    // A deterministic pseudo-random vocabulary of 2,000 words.
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            format!("w{}", (x >> 33) % 2000)
        })
        .collect()
}

#[test]
fn same_estimates_as_probabilistic_collections() {
    let reference = MinHash::<std::vec::IntoIter<u64>, u64>::with_hashers(
        256,
        [
            SipHasherBuilder::from_seed(1, 2),
            SipHasherBuilder::from_seed(3, 4),
        ],
    );
    let ours = MinHasher::default();
    let base = words(7, 600);
    for keep in [600usize, 450, 300, 150, 60] {
        // b shares the first `keep` words of a and continues with other words.
        let mut b_words: Vec<String> = base[..keep].to_vec();
        b_words.extend(words(99 + keep as u64, 600 - keep));
        let (ta, tb) = (tok(&base.join(" ")), tok(&b_words.join(" ")));
        let (sa, sb) = (shingle_set(&ta, 5), shingle_set(&tb, 5));
        let inter = intersection_size(&sa, &sb) as f64;
        let exact = inter / (sa.len() as f64 + sb.len() as f64 - inter);
        let est = minhash::jaccard(&ours.sign_tokens(&ta, 5), &ours.sign_tokens(&tb, 5));
        let r = reference.get_similarity_from_hashes(
            &reference.get_min_hashes(sa.clone().into_iter()),
            &reference.get_min_hashes(sb.clone().into_iter()),
        );
        assert!(
            (est - exact).abs() < 0.12,
            "keep {keep}: ours {est:.3} exact {exact:.3}"
        );
        assert!(
            (r - exact).abs() < 0.12,
            "keep {keep}: reference {r:.3} exact {exact:.3}"
        );
        assert!(
            (est - r).abs() < 0.15,
            "keep {keep}: ours {est:.3} reference {r:.3}"
        );
    }
}

fn tok(s: &str) -> Vec<wiretrace::text::Token> {
    let mut v = Vec::new();
    tokenize(s, &mut v);
    v
}
