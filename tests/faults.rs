//! Faults of the run itself: a run killed with SIGKILL at any moment leaves every output file
//! either as it was or complete, never half-written; and a run writes nothing outside `--out`.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const DATA_FILES: [&str; 5] = [
    "articles.jsonl",
    "provenance.json",
    "edges.csv",
    "cleaned.jsonl",
    "report.html",
];
const SUMMARY: &str = "summary.json";
const TEMP_SUFFIX: &str = ".wiretrace.tmp";

fn run_args<'a>(corpus: &'a Path, out: &'a Path) -> [&'a str; 7] {
    [
        "run",
        corpus.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
        "--threads",
        "2",
    ]
}

/// Every file in `dir`, by name.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// summary.json without what legitimately differs between runs of the same input.
fn summary_core(bytes: &[u8]) -> Value {
    let mut v: Value = serde_json::from_slice(bytes).expect("summary.json parses");
    let o = v.as_object_mut().unwrap();
    o.remove("seconds");
    o.remove("threads");
    v
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gen {
    Old,
    New,
}

/// Checks an output directory after a kill: each final name is absent, the complete old file or
/// the complete new one; anything else is a hidden temporary file; and a present summary.json
/// vouches for a complete set of its own generation. Returns whether the kill caught the run
/// while it was writing (temporary files left, or files of both generations).
fn check_after_kill(
    out: &Path,
    old: &BTreeMap<String, Vec<u8>>,
    new: &BTreeMap<String, Vec<u8>>,
) -> bool {
    let files = snapshot(out);
    let mut gens = BTreeMap::new();
    let mut temps = 0;
    for (name, bytes) in &files {
        // The killed run's lock on the directory, which the next run takes over.
        if name == SUMMARY || name == ".wiretrace.lock" {
            continue;
        }
        if DATA_FILES.contains(&name.as_str()) {
            let g = if *bytes == new[name] {
                Gen::New
            } else if *bytes == old[name] {
                Gen::Old
            } else {
                panic!(
                    "{name} is neither the old nor the complete new file ({} bytes)",
                    bytes.len()
                )
            };
            gens.insert(name.clone(), g);
            continue;
        }
        let base = name
            .strip_prefix('.')
            .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
            .unwrap_or_else(|| panic!("unexpected file {name:?} in the output directory"));
        assert!(
            DATA_FILES
                .iter()
                .chain([&SUMMARY])
                .any(|f| base.starts_with(&format!("{f}."))),
            "temporary file {name:?} of an unknown output"
        );
        temps += 1;
    }
    if let Some(s) = files.get(SUMMARY) {
        let g = if *s == old[SUMMARY] {
            Gen::Old
        } else {
            assert_eq!(
                summary_core(s),
                summary_core(&new[SUMMARY]),
                "summary.json is complete"
            );
            Gen::New
        };
        for f in DATA_FILES {
            assert_eq!(gens.get(f), Some(&g), "summary.json vouches for {f}");
        }
    }
    let mixed = gens.values().any(|g| *g == Gen::Old) && gens.values().any(|g| *g == Gen::New);
    // summary.json is only missing between the start of writing and its end.
    temps > 0 || mixed || !files.contains_key(SUMMARY)
}

#[derive(Debug)]
enum KillAt {
    /// After a fixed time from the start.
    Sleep(Duration),
    /// This long after the run starts replacing its outputs: inside the write phase.
    WriteStarted(Duration),
}

#[test]
fn sigkill_at_any_moment_leaves_no_partial_file() {
    let dir = tempfile::tempdir().unwrap();
    let old_corpus = generate(dir.path(), 8, 1);
    let new_corpus = generate(dir.path(), 60, 2);
    let old_ref = dir.path().join("old-ref");
    let new_ref = dir.path().join("new-ref");
    assert!(run(&run_args(&old_corpus, &old_ref)).status.success());
    let t = Instant::now();
    assert!(run(&run_args(&new_corpus, &new_ref)).status.success());
    let full = t.elapsed();
    let (old, new) = (snapshot(&old_ref), snapshot(&new_ref));

    let mut plans: Vec<KillAt> = [10, 50, 200, 600]
        .iter()
        .map(|&ms| KillAt::Sleep(Duration::from_millis(ms)))
        .collect();
    plans.push(KillAt::Sleep(full.mul_f64(0.5)));
    plans.push(KillAt::Sleep(full.mul_f64(0.9)));
    plans.extend(
        [0, 1, 3, 8, 15, 30, 60, 120]
            .iter()
            .map(|&ms| KillAt::WriteStarted(Duration::from_millis(ms))),
    );

    let out = dir.path().join("out");
    let mut caught_writing = 0;
    for plan in &plans {
        // Start from a complete set of outputs of another corpus, so "the old file" exists.
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).unwrap();
        for (name, bytes) in &old {
            std::fs::write(out.join(name), bytes).unwrap();
        }
        let mut child = bin()
            .args(run_args(&new_corpus, &out))
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        match plan {
            KillAt::Sleep(d) => std::thread::sleep(*d),
            KillAt::WriteStarted(d) => {
                let deadline = Instant::now() + full * 20 + Duration::from_secs(60);
                loop {
                    // Writing starts by removing the old summary.json, then creates
                    // temporary files.
                    let writing = !out.join(SUMMARY).exists()
                        || std::fs::read_dir(&out).unwrap().any(|e| {
                            e.unwrap()
                                .file_name()
                                .to_string_lossy()
                                .ends_with(TEMP_SUFFIX)
                        });
                    if writing || child.try_wait().unwrap().is_some() {
                        break;
                    }
                    assert!(Instant::now() < deadline, "the run never started writing");
                    std::thread::sleep(Duration::from_micros(300));
                }
                std::thread::sleep(*d);
            }
        }
        child.kill().unwrap(); // SIGKILL on Unix; harmless if the run already ended
        child.wait().unwrap();
        let writing = check_after_kill(&out, &old, &new);
        eprintln!("killed at {plan:?}: caught writing: {writing}");
        caught_writing += writing as usize;
    }
    assert!(
        caught_writing > 0,
        "no kill landed in the write phase, so the test proved nothing"
    );

    // A finished run on the same directory replaces everything and clears the leftovers.
    assert!(run(&run_args(&new_corpus, &out)).status.success());
    let after = snapshot(&out);
    assert!(
        after.keys().all(|n| !n.ends_with(TEMP_SUFFIX)),
        "{:?}",
        after.keys()
    );
    for f in DATA_FILES {
        assert_eq!(after[f], new[f], "{f}");
    }
}

/// Every file under `root` with its size and contents, by relative path.
fn tree(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                out.insert(p.strip_prefix(root).unwrap().to_path_buf(), Vec::new());
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                out.insert(p.strip_prefix(root).unwrap().to_path_buf(), bytes);
            }
        }
    }
    out
}

#[test]
fn writes_only_inside_the_output_directory() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = generate(dir.path(), 3, 4);
    let cwd = dir.path().join("cwd");
    std::fs::create_dir_all(&cwd).unwrap();
    let out = dir.path().join("nested/out");
    let before = tree(dir.path());
    let o = bin()
        .args(run_args(&corpus, &out))
        .current_dir(&cwd)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let after = tree(dir.path());
    let outside: Vec<_> = after
        .iter()
        .filter(|(p, _)| !p.starts_with("nested"))
        .filter(|(p, b)| before.get(*p) != Some(*b))
        .map(|(p, _)| p.clone())
        .collect();
    assert!(outside.is_empty(), "written outside --out: {outside:?}");
    assert!(
        before.keys().all(|p| after.contains_key(p)),
        "nothing removed"
    );
    let mut made: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    made.sort();
    assert_eq!(
        made,
        [
            "articles.jsonl",
            "cleaned.jsonl",
            "edges.csv",
            "provenance.json",
            "report.html",
            "summary.json"
        ]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Ordinary files (0666 less the umask, like any file created here), not the private
        // 0600 of temporary files.
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let plain = dir.path().join("plain");
        std::fs::write(&plain, "x").unwrap();
        for f in &made {
            assert_eq!(mode(&out.join(f)), mode(&plain), "{f}");
        }
    }
}
