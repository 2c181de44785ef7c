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

/// What `benches/<dir>` (a language bench with the multilingual truth labels) holds every run
/// to, after running it: copies, near copies, partial derivatives and second generations under
/// their true parent; papers running an absent agency story and rewrites crediting it under
/// the agency's node; the edges of `credits` carrying their phrase; no article under the node
/// of an outlet outside `outlets`; link F1 at least `min_f1`.
pub fn assert_language_bench(dir: &str, credits: &[(&str, &str)], outlets: &[&str], min_f1: f64) {
    let corpus = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("benches")
        .join(dir);
    let out = tempfile::tempdir().unwrap();
    let o = run_quiet(&corpus.join("corpus.jsonl"), out.path(), &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let arts = by_id(&read_jsonl(&out.path().join("articles.jsonl")));
    let truth = read_jsonl(&corpus.join("truth.jsonl"));
    assert_eq!(arts.len(), truth.len());
    for t in &truth {
        let id = t["id"].as_str().unwrap();
        let got = &arts[id]["parent"];
        let agency = t["parent"]
            .as_str()
            .unwrap_or("")
            .split('/')
            .next()
            .unwrap();
        let under_agency = || {
            let given = got.as_str().unwrap_or("");
            given == agency || given.starts_with(&format!("{agency}/"))
        };
        match t["label"].as_str().unwrap() {
            "exact_copy" | "near_copy" | "partial_derivative" | "second_generation" => {
                assert_eq!(got, &t["parent"], "{id}");
            }
            "absent_wire_copy" | "absent_wire_rewrite" => {
                assert!(under_agency(), "{id} given {got}")
            }
            _ => {}
        }
    }
    assert_edge_credits(out.path(), credits);
    for a in arts.values() {
        if let Some(p) = a["parent"].as_str().filter(|p| p.starts_with("external:")) {
            let slug = p["external:".len()..].split('/').next().unwrap();
            assert!(outlets.contains(&slug), "{} under {p}", a["id"]);
        }
    }
    let m = eval_scores(
        &corpus.join("truth.jsonl"),
        &out.path().join("articles.jsonl"),
    );
    assert!(m["link_f1"].as_f64().unwrap() >= min_f1, "{m}");
}

/// A run over `rows` (written as JSONL in a temporary directory), which must succeed.
pub struct RowsRun {
    /// Holds the directory while the run's files are read.
    pub dir: tempfile::TempDir,
    pub input: PathBuf,
    pub out: PathBuf,
    /// `articles.jsonl` by id.
    pub arts: std::collections::HashMap<String, Value>,
}

impl RowsRun {
    /// The evidence of article `id`, a child of the first tree's top in `provenance.json`.
    pub fn top_child_evidence(&self, id: &str) -> Value {
        let forest: Value = serde_json::from_str(
            &std::fs::read_to_string(self.out.join("provenance.json")).unwrap(),
        )
        .unwrap();
        let node = forest[0]["children"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .unwrap_or_else(|| panic!("{id} not under the first tree's top"));
        node["evidence"].clone()
    }
}

/// `wiretrace run` over `rows`, with default settings.
pub fn run_rows(rows: &[Value]) -> RowsRun {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input.jsonl");
    write_jsonl(&input, rows);
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let arts = by_id(&read_jsonl(&out.join("articles.jsonl")));
    RowsRun {
        dir,
        input,
        out,
        arts,
    }
}
