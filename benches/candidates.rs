//! Rare-feature candidate index (`wiretrace::link::candidates::rare_feature_pairs`, default
//! parameters) over the features the sketch stage lists for a generated corpus (word and
//! word-trigram hashes), on one rayon thread; and a hub case where every article shares the
//! same boilerplate features (document frequency far above the cap, so they must cost nothing
//! beyond the sort). Features are computed outside the timed loop. Throughput is in articles.
//! `cargo bench --bench candidates`

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use wiretrace::link::candidates::{rare_feature_pairs, CandidateParams, Paired, Timeline};

fn bench(c: &mut Criterion) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("rayon pool");
    let params = CandidateParams::default();
    // About 5,200 generated articles.
    let features: Vec<Vec<u64>> = common::corpus(1000, 1)
        .iter()
        .map(|a| common::features(&a.text))
        .collect();

    // Undated, no near copies paired already: the features alone.
    let pairs_of = |feats: &[Vec<u64>], members: &[u32]| {
        rare_feature_pairs(
            feats,
            members,
            &[],
            Timeline::default(),
            &Paired::default(),
            &params,
        )
    };
    let mut g = c.benchmark_group("rare_feature_pairs");
    g.measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(10);
    for n in [features.len() / 5, features.len()] {
        let feats = &features[..n];
        let members: Vec<u32> = (0..n as u32).collect();
        let pairs = pool.install(|| pairs_of(feats, &members)).len();
        eprintln!("candidates: {n} generated articles -> {pairs} candidate pairs");
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("generated", n), &n, |b, _| {
            b.iter(|| pool.install(|| black_box(pairs_of(feats, &members))))
        });
    }
    // Hub: the first 1,000 articles each carry the same 200 boilerplate features as well.
    let n = 1000;
    let hub: Vec<Vec<u64>> = features[..n]
        .iter()
        .map(|f| {
            let mut f = f.clone();
            f.extend((0..200u64).map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1));
            f.sort_unstable();
            f.dedup();
            f
        })
        .collect();
    let members: Vec<u32> = (0..n as u32).collect();
    g.throughput(Throughput::Elements(n as u64));
    g.bench_with_input(BenchmarkId::new("shared_boilerplate", n), &n, |b, _| {
        b.iter(|| pool.install(|| black_box(pairs_of(&hub, &members))))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
