//! Sketch stage throughput: tokenising and hashing shingles alone, our one-permutation MinHash,
//! and probabilistic-collections' MinHash (the reference), on the same 500-word articles.
//! `cargo bench --bench sketch`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use probabilistic_collections::similarity::MinHash;
use probabilistic_collections::SipHasherBuilder;
use std::hint::black_box;
use wiretrace::sketch::MinHasher;
use wiretrace::text::shingle::for_each_shingle;
use wiretrace::text::tokenize;

fn articles(n: usize, words: usize) -> Vec<String> {
    let mut x = 42u64;
    (0..n)
        .map(|_| {
            (0..words)
                .map(|_| {
                    x = x
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    format!("w{}", (x >> 33) % 20_000)
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = articles(200, 500);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("sketch_500_words");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("tokenise_and_hash_shingles", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            let mut acc = 0u64;
            for d in &docs {
                tokens.clear();
                tokenize(d, &mut tokens);
                for_each_shingle(&tokens, 5, |_, h| acc ^= h);
            }
            black_box(acc)
        })
    });
    let ours = MinHasher::default();
    g.bench_function("wiretrace_minhash", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            for d in &docs {
                tokens.clear();
                tokenize(d, &mut tokens);
                black_box(ours.sign_tokens(&tokens, 5));
            }
        })
    });
    let reference = MinHash::<std::vec::IntoIter<u64>, u64>::with_hashers(
        128,
        [
            SipHasherBuilder::from_seed(1, 2),
            SipHasherBuilder::from_seed(3, 4),
        ],
    );
    g.bench_function("probabilistic_collections_minhash", |b| {
        let mut tokens = Vec::new();
        b.iter(|| {
            for d in &docs {
                tokens.clear();
                tokenize(d, &mut tokens);
                let mut shingles = Vec::with_capacity(tokens.len());
                for_each_shingle(&tokens, 5, |_, h| shingles.push(h));
                black_box(reference.get_min_hashes(shingles.into_iter()));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
