//! `run --parquet`: articles.parquet and edges.parquet hold the rows of articles.jsonl and
//! edges.csv, column for column, read back with the parquet crate's own reader.

mod common;
use common::*;
use std::path::Path;

/// A generated corpus with copies, near copies and derivatives, so both files have many rows
/// and every kind of null.
fn corpus(dir: &Path) -> std::path::PathBuf {
    generate(dir, 25, 7)
}

#[cfg(feature = "parquet")]
mod with_feature {
    use super::*;
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    use serde_json::Value;

    /// Rows as (column name, value) lists, values mapped to JSON so they compare with the
    /// JSONL and CSV directly.
    fn read_parquet(path: &Path) -> (Vec<String>, Vec<Vec<Value>>) {
        let reader = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
        let schema = reader.metadata().file_metadata().schema_descr();
        let names: Vec<String> = schema
            .columns()
            .iter()
            .map(|c| c.name().to_string())
            .collect();
        let mut rows = Vec::new();
        for row in reader.into_iter() {
            let row = row.unwrap();
            let vals = row
                .get_column_iter()
                .map(|(_, f)| match f {
                    Field::Null => Value::Null,
                    Field::Str(s) => Value::from(s.as_str()),
                    Field::Double(x) => Value::from(*x),
                    Field::Long(x) => Value::from(*x),
                    other => panic!("unexpected parquet field {other:?}"),
                })
                .collect();
            rows.push(vals);
        }
        (names, rows)
    }

    #[test]
    fn parquet_matches_jsonl_and_csv() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = corpus(dir.path());
        let out = dir.path().join("out");
        let o = run_quiet(&corpus, &out, &["--parquet"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

        // articles: same columns in the same order, same values, nulls where JSON has null.
        let jsonl = read_jsonl(&out.join("articles.jsonl"));
        let (names, rows) = read_parquet(&out.join("articles.parquet"));
        let keys: Vec<String> = jsonl[0].as_object().unwrap().keys().cloned().collect();
        assert_eq!(names, keys);
        assert_eq!(rows.len(), jsonl.len());
        assert!(jsonl.len() > 50, "a corpus of some size");
        for (row, line) in rows.iter().zip(&jsonl) {
            for (name, v) in names.iter().zip(row) {
                assert_eq!(v, &line[name], "{name} of {}", line["id"]);
            }
        }
        let relations: std::collections::HashSet<&str> = jsonl
            .iter()
            .map(|l| l["relation"].as_str().unwrap())
            .collect();
        assert!(relations.len() >= 3, "{relations:?}");

        // edges: CSV cells as text; empty cells are nulls; numbers read back equal.
        let mut csv = csv::Reader::from_path(out.join("edges.csv")).unwrap();
        let header: Vec<String> = csv.headers().unwrap().iter().map(str::to_string).collect();
        let records: Vec<csv::StringRecord> = csv.records().map(|r| r.unwrap()).collect();
        let (names, rows) = read_parquet(&out.join("edges.parquet"));
        assert_eq!(names, header);
        assert_eq!(rows.len(), records.len());
        assert!(!records.is_empty());
        let mut nulls = 0;
        for (row, rec) in rows.iter().zip(&records) {
            for ((name, v), cell) in names.iter().zip(row).zip(rec.iter()) {
                let expect = if cell.is_empty() {
                    nulls += 1;
                    Value::Null
                } else {
                    match v {
                        Value::Number(_) => cell.parse::<f64>().map(Value::from).unwrap(),
                        _ => Value::from(cell),
                    }
                };
                let got = match v {
                    Value::Number(n) => Value::from(n.as_f64().unwrap()),
                    other => other.clone(),
                };
                assert_eq!(got, expect, "{name} of edge {rec:?}");
            }
        }
        assert!(nulls > 0, "unknown values are nulls");
    }

    #[test]
    fn parquet_is_identical_for_any_thread_count() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = corpus(dir.path());
        let mut files = Vec::new();
        for t in ["1", "2"] {
            let out = dir.path().join(format!("out{t}"));
            let o = run_quiet(&corpus, &out, &["--parquet", "--threads", t]);
            assert!(o.status.success());
            files.push(out);
        }
        for f in ["articles.parquet", "edges.parquet", "report.html"] {
            assert_eq!(
                std::fs::read(files[0].join(f)).unwrap(),
                std::fs::read(files[1].join(f)).unwrap(),
                "{f}"
            );
        }
    }
}

#[cfg(not(feature = "parquet"))]
#[test]
fn parquet_flag_without_the_feature_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    let out = dir.path().join("out");
    let o = run(&[
        "run",
        corpus.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--parquet",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("built without Parquet support"), "{err}");
    assert!(err.contains("--features parquet"), "{err}");
    assert!(!out.join("articles.jsonl").exists(), "nothing is written");
}

/// A run without `--parquet` into a directory that holds an earlier run's Parquet files removes
/// them: summary.json says every file present is from the run that wrote it.
#[cfg(feature = "parquet")]
#[test]
fn a_run_without_parquet_removes_an_earlier_runs_parquet_files() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus(dir.path());
    let out = dir.path().join("out");
    assert!(run_quiet(&corpus, &out, &["--parquet"]).status.success());
    assert!(out.join("articles.parquet").exists() && out.join("edges.parquet").exists());
    let parquet_of = |out: &std::path::Path| {
        let s = std::fs::read_to_string(out.join("summary.json")).unwrap();
        serde_json::from_str::<serde_json::Value>(&s).unwrap()["parameters"]["parquet"].clone()
    };
    assert_eq!(parquet_of(&out), true);
    assert!(run_quiet(&corpus, &out, &[]).status.success());
    assert!(!out.join("articles.parquet").exists());
    assert!(!out.join("edges.parquet").exists());
    assert_eq!(parquet_of(&out), false);
}
