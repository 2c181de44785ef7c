//! Drives the real `wiretrace generate` binary: the benchmark harness depends on its files
//! being complete, reproducible and internally consistent.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn generate(dir: &Path, name: &str, originals: usize, seed: Option<u64>) -> (Vec<u8>, Vec<u8>) {
    let out = dir.join(format!("{name}.jsonl"));
    let truth = dir.join(format!("{name}.truth.jsonl"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wiretrace"));
    cmd.arg("generate")
        .arg("--originals")
        .arg(originals.to_string())
        .arg("--out")
        .arg(&out)
        .arg("--truth")
        .arg(&truth);
    if let Some(s) = seed {
        cmd.arg("--seed").arg(s.to_string());
    }
    let res = cmd.output().expect("run wiretrace generate");
    assert!(
        res.status.success(),
        "generate failed: {}",
        String::from_utf8_lossy(&res.stderr)
    );
    assert!(!res.stderr.is_empty(), "expected a summary line on stderr");
    (std::fs::read(out).unwrap(), std::fs::read(truth).unwrap())
}

fn parse(bytes: &[u8]) -> Vec<Value> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("missing {key} in {v}"))
}

#[test]
fn same_seed_same_bytes_other_seed_differs() {
    let dir = tempfile::tempdir().unwrap();
    let a = generate(dir.path(), "a", 40, Some(11));
    let b = generate(dir.path(), "b", 40, Some(11));
    let c = generate(dir.path(), "c", 40, Some(12));
    assert_eq!(a, b);
    assert_ne!(a.0, c.0);
    // The default seed is fixed too.
    assert_eq!(
        generate(dir.path(), "d", 5, None),
        generate(dir.path(), "e", 5, Some(1))
    );
}

#[test]
fn one_original() {
    let dir = tempfile::tempdir().unwrap();
    let (c, t) = generate(dir.path(), "one", 1, None);
    assert_eq!(parse(&c).len(), parse(&t).len());
    // Only the two outputs remain: temporary files were renamed, not left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn impossible_requests_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.jsonl");
    let go = |originals: &str, truth: &Path| {
        Command::new(env!("CARGO_BIN_EXE_wiretrace"))
            .args(["generate", "--originals", originals, "--out"])
            .arg(&out)
            .arg("--truth")
            .arg(truth)
            .output()
            .unwrap()
    };
    // Counts the generator could not hold (it aborted allocating them) or the disk not take.
    // And none at all: an empty corpus, which `run` and `eval` refuse.
    for n in ["18446744073709551615", "100000000000", "10000001", "0"] {
        let r = go(n, &dir.path().join("t.jsonl"));
        assert_eq!(r.status.code(), Some(2), "{n}");
        assert!(String::from_utf8_lossy(&r.stderr).contains("--originals"));
    }
    assert_eq!(go("1", &out).status.code(), Some(2), "--out is --truth");
    // Nothing was written, not even a temporary file.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn corpus_and_truth_agree() {
    let dir = tempfile::tempdir().unwrap();
    let (c, t) = generate(dir.path(), "big", 200, Some(3));
    let corpus = parse(&c);
    let truth = parse(&t);
    assert_eq!(corpus.len(), truth.len());
    assert!(corpus.len() >= 600, "only {} articles", corpus.len());

    let mut by_id = HashMap::new();
    for a in &corpus {
        for key in ["id", "source", "published", "title", "url", "text"] {
            assert!(!s(a, key).is_empty(), "empty {key}");
        }
        assert!(by_id.insert(s(a, "id"), a).is_none(), "duplicate id");
    }
    let truth_by_id: HashMap<&str, &Value> = truth.iter().map(|g| (s(g, "id"), g)).collect();
    assert_eq!(truth_by_id.len(), by_id.len());

    let mut relations = HashSet::new();
    for g in &truth {
        let id = s(g, "id");
        let a = by_id[id];
        let relation = s(g, "relation");
        relations.insert(relation);
        let words = s(a, "text").split_whitespace().count();
        if relation == "original" {
            assert!((300..=1200).contains(&words), "original of {words} words");
        }
        match &g["parent"] {
            Value::Null => assert_eq!(s(g, "cluster"), id),
            Value::String(p) if p.starts_with("external:") => assert_eq!(s(g, "cluster"), p),
            Value::String(p) => {
                let parent = by_id.get(p.as_str()).expect("parent is in the corpus");
                assert!(s(parent, "published") < s(a, "published"));
                // Parent and child share a tree.
                assert_eq!(s(truth_by_id[p.as_str()], "cluster"), s(g, "cluster"));
                if relation == "exact_duplicate" {
                    assert_eq!(s(parent, "text"), s(a, "text"));
                    assert_ne!(s(parent, "id"), id);
                    assert_ne!(s(parent, "url"), s(a, "url"));
                }
            }
            other => panic!("bad parent {other}"),
        }
    }
    for r in [
        "original",
        "exact_duplicate",
        "near_duplicate",
        "derivative",
        "unrelated",
    ] {
        assert!(relations.contains(r), "no {r} in 200 originals");
    }
}

/// `--out` and `--truth` naming one file in two spellings are refused (exit 2) before anything
/// is written: the truth, written second, would silently replace the corpus. `/dev/null` for
/// both, to time the generator, is allowed.
#[test]
fn out_and_truth_must_be_different_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    for (out, truth) in [
        ("c.jsonl", "./c.jsonl"),
        ("c.jsonl", "sub/../c.jsonl"),
        ("sub/c.jsonl", "./sub//c.jsonl"),
    ] {
        let res = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
            .current_dir(dir.path())
            .args([
                "generate",
                "--originals",
                "3",
                "--out",
                out,
                "--truth",
                truth,
            ])
            .output()
            .unwrap();
        assert_eq!(res.status.code(), Some(2), "{out} {truth}");
        assert!(
            String::from_utf8_lossy(&res.stderr).contains("different files"),
            "{}",
            String::from_utf8_lossy(&res.stderr)
        );
        assert!(!dir.path().join(out).exists(), "{out}");
    }
    // A file that exists, reached through a link.
    let real = dir.path().join("real.jsonl");
    std::fs::write(&real, "").unwrap();
    let link = dir.path().join("link.jsonl");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let res = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .args(["generate", "--originals", "3", "--out"])
        .arg(&real)
        .arg("--truth")
        .arg(&link)
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(2));
    let res = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .args([
            "generate",
            "--originals",
            "3",
            "--out",
            "/dev/null",
            "--truth",
            "/dev/null",
        ])
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
}

/// `--out -` writes the corpus to standard output, the same bytes as to a file, so that
/// `generate --out - ... | wiretrace run -` needs no file; a write error names the file meant.
#[test]
fn standard_output_and_write_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (file, _) = generate(dir.path(), "f", 6, Some(5));
    let piped = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .current_dir(dir.path())
        .args(["generate", "--originals", "6", "--seed", "5", "--out", "-"])
        .args(["--truth", "t.jsonl"])
        .output()
        .unwrap();
    assert!(piped.status.success());
    assert_eq!(piped.stdout, file);
    assert!(!dir.path().join("-").exists());
    let both = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .args(["generate", "--originals", "1", "--out", "-", "--truth", "-"])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
    if Path::new("/dev/full").exists() {
        let full = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
            .current_dir(dir.path())
            .args(["generate", "--originals", "1", "--out", "c.jsonl"])
            .args(["--truth", "/dev/full"])
            .output()
            .unwrap();
        assert_eq!(full.status.code(), Some(1));
        let msg = String::from_utf8_lossy(&full.stderr);
        assert!(msg.contains("writing /dev/full"), "{msg}");
    }
}

/// A killed `generate` leaves its temporary files; running the command again removes them,
/// and nothing else: not another target's temporary file, not a file that only looks alike.
#[test]
fn running_again_removes_what_a_killed_run_left() {
    let dir = tempfile::tempdir().unwrap();
    let left = [
        ".c.jsonl.a1B2c3.wiretrace-generate.tmp",
        ".c.a1B2c3.wiretrace-generate.tmp",
    ];
    let kept = [
        ".c.jsonl.x.a1B2c3.wiretrace-generate.tmp",
        ".c.jsonl.mine.tmp",
        "c.jsonl.a1B2c3.wiretrace-generate.tmp",
    ];
    for name in left.iter().chain(&kept) {
        std::fs::write(dir.path().join(name), "partial").unwrap();
    }
    let res = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .current_dir(dir.path())
        .args(["generate", "--originals", "2", "--out", "c.jsonl"])
        .args(["--truth", "c"])
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut want: Vec<String> = kept.iter().map(|s| s.to_string()).collect();
    want.extend(["c".to_string(), "c.jsonl".to_string()]);
    want.sort();
    assert_eq!(names, want);
}

/// A name ending in a separator is refused before anything is generated, and a file written
/// over keeps its mode.
#[cfg(unix)]
#[test]
fn a_directory_name_is_refused_and_a_file_written_over_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let res = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .current_dir(dir.path())
        .args(["generate", "--originals", "3", "--out", "nodir/"])
        .args(["--truth", "t.jsonl"])
        .output()
        .unwrap();
    assert_eq!(res.status.code(), Some(1));
    let msg = String::from_utf8_lossy(&res.stderr);
    assert!(
        msg.contains("nodir/") && msg.contains("a directory's name"),
        "{msg}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );

    let truth = dir.path().join("t.jsonl");
    std::fs::write(&truth, "").unwrap();
    std::fs::set_permissions(&truth, std::fs::Permissions::from_mode(0o600)).unwrap();
    let res = Command::new(env!("CARGO_BIN_EXE_wiretrace"))
        .current_dir(dir.path())
        .args(["generate", "--originals", "3", "--out", "c.jsonl"])
        .args(["--truth", "t.jsonl"])
        .output()
        .unwrap();
    assert!(res.status.success());
    let mode = std::fs::metadata(&truth).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(std::fs::metadata(&truth).unwrap().len() > 0);
}
