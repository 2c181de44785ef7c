//! The whole pipeline after ingest on a few fuzzed JSONL articles: sketch, candidates, alignment,
//! attribution, decision, forest and every emitter. Checks the forest's invariants: each article
//! once, no cycle, and the written files parse.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::ingest::{dedupe_ids, parse_bytes, Format};
use wiretrace::pipeline::{self, Params};
use wiretrace::progress::Progress;
use wiretrace::tree::Node;

fuzz_target!(|data: &[u8]| {
    let mut read = parse_bytes("f.jsonl", Format::Jsonl, data);
    read.articles.truncate(12);
    if read.articles.is_empty() {
        return;
    }
    dedupe_ids(&mut read.articles, &mut read.diag);
    let n = read.articles.len();
    let res = pipeline::run(read.articles, &Params::default(), &Progress::hidden());
    let f = &res.forest;
    assert_eq!(f.parent.len(), n);
    for a in 0..n {
        // Walking up from any article reaches a root within n steps: no cycle.
        let mut x = a;
        let mut steps = 0;
        while let Some(Node::Article(p)) = f.parent[x] {
            x = p as usize;
            steps += 1;
            assert!(steps <= n, "cycle through article {a}");
        }
    }
    let mut buf = Vec::new();
    wiretrace::emit::articles::write(&res, &mut buf).unwrap();
    let lines: Vec<serde_json::Value> = buf
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(lines.len(), n, "one line per article");
    buf.clear();
    wiretrace::emit::provenance::write(&res, &mut buf).unwrap();
    buf.clear();
    wiretrace::emit::edges::write(&res, &mut buf).unwrap();
    buf.clear();
    wiretrace::emit::cleaned::write(&res, &mut buf).unwrap();
});
