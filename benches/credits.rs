//! Credit finding (`wiretrace::link::attribution::find_credits`), part of the sketch stage: the
//! scans of every text for outlet names (known agencies and papers, and the corpus's own
//! outlets), then the reporting-phrase patterns around each name found. On generated English
//! articles with their corpus's outlets, and on the invented articles of
//! `benches/multilingual` (German, French, Spanish, Italian, Portuguese, Russian),
//! `benches/arabic-script` (Arabic, Persian, Urdu) and `benches/more-latin` (Dutch, Polish,
//! Turkish, Indonesian) with theirs.
//! Throughput is in bytes of text.
//! `cargo bench --bench credits`

mod common;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use wiretrace::link::attribution::{find_credits, CorpusOutlets};

/// Texts and outlet names of a corpus of `benches/<dir>` in the repository (`corpus.jsonl` or
/// `corpus-host-sources.jsonl`, the same texts with each outlet's host as its source).
fn multilingual(dir: &str, file: &str) -> (Vec<String>, Vec<String>) {
    let path = format!("{}/benches/{dir}/{file}", env!("CARGO_MANIFEST_DIR"));
    let (mut texts, mut sources) = (Vec::new(), Vec::new());
    for line in std::fs::read_to_string(path)
        .expect("multilingual corpus")
        .lines()
    {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        texts.push(v["text"].as_str().unwrap_or_default().to_string());
        if let Some(s) = v["source"].as_str() {
            sources.push(s.to_string());
        }
    }
    (texts, sources)
}

fn bench(c: &mut Criterion) {
    let arts = common::corpus(200, 1);
    let english: Vec<String> = arts.iter().map(|a| a.text.clone()).collect();
    let english_outlets =
        CorpusOutlets::from_sources(arts.iter().filter_map(|a| a.source.as_deref()));
    // The same articles known by the hosts of their URLs, as scraped dumps name them: host
    // sources are also read by their brands (`attribution::brand_hits`), a scan of every word.
    let english_hosts = CorpusOutlets::from_sources(
        arts.iter()
            .filter_map(|a| a.url.as_deref())
            .filter_map(|u| u.split('/').nth(2)),
    );
    let (european, sources) = multilingual("multilingual", "corpus.jsonl");
    let european_outlets = CorpusOutlets::from_sources(sources.iter().map(String::as_str));
    let (_, hosts) = multilingual("multilingual", "corpus-host-sources.jsonl");
    let european_hosts = CorpusOutlets::from_sources(hosts.iter().map(String::as_str));
    let (arabic, sources) = multilingual("arabic-script", "corpus.jsonl");
    let arabic_outlets = CorpusOutlets::from_sources(sources.iter().map(String::as_str));
    let (latin, sources) = multilingual("more-latin", "corpus.jsonl");
    let latin_outlets = CorpusOutlets::from_sources(sources.iter().map(String::as_str));
    let mut g = c.benchmark_group("credits");
    for (name, texts, outlets) in [
        ("generated_english", &english, &english_outlets),
        ("generated_english_hosts", &english, &english_hosts),
        ("multilingual", &european, &european_outlets),
        ("multilingual_hosts", &european, &european_hosts),
        ("arabic_script", &arabic, &arabic_outlets),
        ("more_latin", &latin, &latin_outlets),
    ] {
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| find_credits(black_box(t), &[], outlets).len())
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
