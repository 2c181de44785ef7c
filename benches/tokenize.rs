//! Tokenise and shingle: UAX #29 words with NFKC, confusable and case folding, hashed, then
//! word 5-shingles. Inputs of similar size: generated English news (ASCII fast path), Urdu
//! (Arabic script), accented Latin text, and Chinese and Thai (written without spaces: each
//! character a token). Throughput is in bytes of article text.
//! `cargo bench --bench tokenize`

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;
use wiretrace::text::shingle::for_each_shingle;
use wiretrace::text::tokenize;

fn bench(c: &mut Criterion) {
    // 40 originals make about 210 articles (~0.9 MB) of generated English news.
    let english: Vec<String> = common::corpus(40, 1).into_iter().map(|a| a.text).collect();
    let urdu: Vec<String> = (0..100)
        .map(|i| common::text_from(common::URDU, 700, "۔", i))
        .collect();
    let accented: Vec<String> = (0..100)
        .map(|i| common::text_from(common::ACCENTED, 700, ".", i))
        .collect();
    // Scripts without spaces, where each character is a token named by an n-gram (`Run`).
    let spaceless = |vocab: &[&str], stop: &str| -> Vec<String> {
        (0..100)
            .map(|i| common::text_from(vocab, 500, stop, i).replace(' ', ""))
            .collect()
    };
    let chinese = spaceless(common::CHINESE, "。");
    let thai = spaceless(common::THAI, " ");

    let mut g = c.benchmark_group("tokenise_shingle");
    g.measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1))
        .sample_size(20);
    for (name, docs) in [
        ("english_generated", &english),
        ("urdu", &urdu),
        ("accented_latin", &accented),
        ("chinese", &chinese),
        ("thai", &thai),
    ] {
        let bytes: usize = docs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("{name}_tokenise"), |b| {
            let mut tokens = Vec::new();
            b.iter(|| {
                let mut n = 0;
                for d in docs.iter() {
                    tokens.clear();
                    tokenize(d, &mut tokens);
                    n += tokens.len();
                }
                black_box(n)
            })
        });
        g.bench_function(format!("{name}_tokenise_shingle5"), |b| {
            let mut tokens = Vec::new();
            b.iter(|| {
                let mut acc = 0u64;
                for d in docs.iter() {
                    tokens.clear();
                    tokenize(d, &mut tokens);
                    for_each_shingle(&tokens, 5, |_, h| acc ^= h);
                }
                black_box(acc)
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
