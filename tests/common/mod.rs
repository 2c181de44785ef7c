//! Helpers for the whole-program tests: run the built binary and read its outputs.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wiretrace"))
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("binary runs")
}

/// `wiretrace explain A B --input INPUT`, which must succeed: its standard output.
pub fn explain(a: &str, b: &str, input: &Path) -> String {
    let o = run(&["explain", a, b, "--input", input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `wiretrace run INPUT --out OUT --quiet`, then `extra`.
pub fn run_quiet(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "run",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// `wiretrace generate` into `dir`: returns `corpus-SEED.jsonl`; the truth is `truth-SEED.jsonl`
/// beside it.
pub fn generate(dir: &Path, originals: usize, seed: u64) -> PathBuf {
    let corpus = dir.join(format!("corpus-{seed}.jsonl"));
    let truth = dir.join(format!("truth-{seed}.jsonl"));
    let o = run(&[
        "generate",
        "--originals",
        &originals.to_string(),
        "--seed",
        &seed.to_string(),
        "--out",
        corpus.to_str().unwrap(),
        "--truth",
        truth.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    corpus
}

pub fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("input")
}

pub fn read_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

pub fn by_id(rows: &[Value]) -> std::collections::HashMap<String, Value> {
    rows.iter()
        .map(|r| (r["id"].as_str().unwrap().to_string(), r.clone()))
        .collect()
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Writes `rows` as a JSONL corpus at `path`.
pub fn write_jsonl(path: &Path, rows: &[Value]) {
    let lines: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// `wiretrace eval` of `pred` (an articles.jsonl or an output directory) against `truth`.
pub fn eval_scores(truth: &Path, pred: &Path) -> Value {
    let o = run(&[
        "eval",
        "--truth",
        truth.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// Asserts that the edge of each child in `out`/edges.csv holds the credit phrase given for it.
pub fn assert_edge_credits(out: &Path, credits: &[(&str, &str)]) {
    let edges = std::fs::read_to_string(out.join("edges.csv")).unwrap();
    for (child, phrase) in credits {
        let row = edges
            .lines()
            .find(|l| l.split(',').nth(1) == Some(child))
            .unwrap_or_else(|| panic!("no edge for {child}"));
        assert!(row.contains(phrase), "{child}: {row}");
    }
}
