//! One-thread sketch throughput on a JSONL corpus, for the peer comparison in
//! `benches/peers/`: reads every line's `text` (outside the timer), then times
//! (1) tokenising and hashing the word k-shingles alone, and (2) tokenising plus wiretrace's
//! 128-value MinHash signature, each over the whole corpus, best of `--repeat` passes.
//! Prints one JSON object. Throughput is over the bytes of the article texts.
//!
//! `cargo run --release --example sketch_throughput -- CORPUS.jsonl [--shingle K] [--repeat R]`

use std::hint::black_box;
use std::io::BufRead;
use std::time::Instant;
use wiretrace::sketch::MinHasher;
use wiretrace::text::shingle::for_each_shingle;
use wiretrace::text::tokenize;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let (mut k, mut repeat) = (5usize, 1usize);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--shingle" => k = args.next().unwrap_or_default().parse()?,
            "--repeat" => repeat = args.next().unwrap_or_default().parse()?,
            _ if path.is_none() => path = Some(a),
            _ => anyhow::bail!("unexpected argument {a}"),
        }
    }
    let path = path.ok_or_else(|| {
        anyhow::anyhow!("usage: sketch_throughput CORPUS.jsonl [--shingle K] [--repeat R]")
    })?;
    let file = std::fs::File::open(&path)?;
    let mut texts = Vec::new();
    for line in std::io::BufReader::new(file).lines() {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_string());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();

    let best = |f: &mut dyn FnMut()| {
        (0..repeat.max(1))
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let mut tokens = Vec::new();
    let shingle_s = best(&mut || {
        let mut acc = 0u64;
        for t in &texts {
            tokens.clear();
            tokenize(t, &mut tokens);
            for_each_shingle(&tokens, k, |_, h| acc ^= h);
        }
        black_box(acc);
    });
    let hasher = MinHasher::default();
    let minhash_s = best(&mut || {
        for t in &texts {
            tokens.clear();
            tokenize(t, &mut tokens);
            black_box(hasher.sign_tokens(&tokens, k));
        }
    });
    println!(
        "{}",
        serde_json::json!({
            "articles": texts.len(),
            "text_bytes": bytes,
            "shingle": k,
            "repeat": repeat,
            "tokenise_shingle_seconds": shingle_s,
            "tokenise_minhash_seconds": minhash_s,
        })
    );
    Ok(())
}
