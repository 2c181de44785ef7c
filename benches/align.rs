//! Verification of one candidate pair (`wiretrace::link::measure` with
//! `AlignParams::default()`): exact shingle Jaccard and containment, seed-and-extend passage
//! alignment, sentence alignment by idf-weighted cosine, word cosine. Pairs of each kind from
//! a generated corpus: a near copy, a partial derivative, a second-generation derivative, an
//! independent report of the same event (hard negative) and two unrelated articles.
//! `analyse_and_measure` also builds both `Analysed` (tokens, sentences, shingle set, word
//! lists), as the pipeline does per pair for b. `measure` alone reuses what each `Analysed`
//! keeps after its first pair (word weights, seeds, quote mask), as the pipeline does for a.
//! Throughput is in pairs.
//! `cargo bench --bench align`

mod common;

use common::GenArticle;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use wiretrace::link::align::AlignParams;
use wiretrace::link::{measure, Analysed, Idf};

/// The original sharing the most distinct features with `i` (the event it reports on).
fn closest_original(arts: &[GenArticle], i: usize) -> usize {
    let fi = common::features(&arts[i].text);
    let shared = |j: usize| {
        let fj = common::features(&arts[j].text);
        wiretrace::text::shingle::intersection_size(&fi, &fj)
    };
    (0..arts.len())
        .filter(|&j| j != i && arts[j].label == "original")
        .max_by_key(|&j| shared(j))
        .expect("an original")
}

fn bench(c: &mut Criterion) {
    let arts = common::corpus(200, 1);
    let idf = Idf::from_texts(arts.len(), |i| arts[i].text.as_str());
    let params = AlignParams::default();
    let mut pairs: Vec<(&str, usize, usize)> = Vec::new();
    for label in ["near_copy", "partial_derivative", "second_generation"] {
        let (i, j) = common::pair_with_label(&arts, label).expect("pair of each kind");
        pairs.push((label, i, j));
    }
    let ind = arts
        .iter()
        .position(|a| a.label == "independent")
        .expect("an independent report");
    pairs.push(("independent_same_event", ind, closest_original(&arts, ind)));
    let unrel: Vec<usize> = (0..arts.len())
        .filter(|&i| arts[i].label == "unrelated")
        .take(2)
        .collect();
    pairs.push(("unrelated", unrel[0], unrel[1]));

    let mut g = c.benchmark_group("measure_pair");
    g.measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(20)
        .throughput(Throughput::Elements(1));
    for (kind, i, j) in pairs {
        let (ta, tb) = (arts[i].text.as_str(), arts[j].text.as_str());
        let (a, b) = (Analysed::new(ta, 5), Analysed::new(tb, 5));
        let ev = measure(&a, &b, &idf, &params);
        eprintln!(
            "align: {kind}: {} + {} bytes, jaccard {:.3}, coverage {:.3}/{:.3}, {} passages",
            ta.len(),
            tb.len(),
            ev.jaccard,
            ev.cov_a,
            ev.cov_b,
            ev.alignment.passages.len()
        );
        g.bench_with_input(BenchmarkId::new("measure", kind), &(), |bch, _| {
            bch.iter(|| black_box(measure(&a, &b, &idf, &params)))
        });
        g.bench_with_input(
            BenchmarkId::new("analyse_and_measure", kind),
            &(),
            |bch, _| {
                bch.iter(|| {
                    let (a, b) = (Analysed::new(ta, 5), Analysed::new(tb, 5));
                    black_box(measure(&a, &b, &idf, &params))
                })
            },
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
