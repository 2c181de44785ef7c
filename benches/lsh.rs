//! LSH banding (`wiretrace::sketch::lsh::candidate_pairs`, 25 bands × 5 rows, the default for
//! threshold 0.5) over MinHash signatures of a generated corpus, and over a giant cluster of
//! identical signatures (which must stay linear: a bucket of m documents yields 2m pairs).
//! Signatures are computed outside the timed loop; banding runs on one rayon thread.
//! Throughput is in articles. `cargo bench --bench lsh`

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use wiretrace::sketch::lsh::{candidate_pairs, Banding};
use wiretrace::sketch::{MinHasher, Signature};
use wiretrace::text::tokenize;

fn signatures(texts: &[String]) -> Vec<Signature> {
    let hasher = MinHasher::default();
    let mut tokens = Vec::new();
    texts
        .iter()
        .map(|t| {
            tokens.clear();
            tokenize(t, &mut tokens);
            hasher.sign_tokens(&tokens, 5)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("rayon pool");
    let banding = Banding::for_threshold(0.5);
    // About 2,100 and 10,500 generated articles.
    let big: Vec<String> = common::corpus(2000, 1)
        .into_iter()
        .map(|a| a.text)
        .collect();
    let big_sigs = signatures(&big);
    drop(big);

    let mut g = c.benchmark_group("lsh_candidate_pairs");
    g.measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(20);
    for n in [big_sigs.len() / 5, big_sigs.len()] {
        let sigs = &big_sigs[..n];
        let members: Vec<u32> = (0..n as u32).collect();
        let pairs = pool
            .install(|| candidate_pairs(sigs, &members, banding))
            .len();
        eprintln!("lsh: {n} generated articles -> {pairs} candidate pairs");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("generated", n), &n, |b, _| {
            b.iter(|| pool.install(|| black_box(candidate_pairs(sigs, &members, banding))))
        });
    }
    // A giant cluster: 10,000 copies of one signature.
    let n = 10_000;
    let sigs = vec![big_sigs[0]; n];
    let members: Vec<u32> = (0..n as u32).collect();
    g.throughput(Throughput::Elements(n as u64));
    g.bench_with_input(BenchmarkId::new("giant_cluster", n), &n, |b, _| {
        b.iter(|| pool.install(|| black_box(candidate_pairs(&sigs, &members, banding))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
