//! Texts moved to the on-disk store give the same output as texts kept in memory: every stage
//! and emitter reads texts through the store, none reads an emptied `Article::text`.

use wiretrace::emit;
use wiretrace::generate::{generate, GenerateOptions};
use wiretrace::ingest::{parse_bytes, Format};
use wiretrace::pipeline::{self, Params, RunResult};
use wiretrace::progress::Progress;
use wiretrace::store::TextSpill;

fn outputs(res: &RunResult) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = Vec::new();
    let mut put = |name, f: &dyn Fn(&mut Vec<u8>) -> anyhow::Result<()>| {
        let mut buf = Vec::new();
        f(&mut buf).unwrap();
        out.push((name, buf));
    };
    put("articles", &|w| emit::articles::write(res, w));
    put("provenance", &|w| emit::provenance::write(res, w));
    put("edges", &|w| emit::edges::write(res, w));
    put("cleaned", &|w| emit::cleaned::write(res, w));
    put("report", &|w| {
        emit::report::write(
            res,
            &serde_json::json!({}),
            emit::report::REPORT_MAX_ARTICLES,
            w,
        )
    });
    out
}

#[test]
fn spilled_texts_give_the_same_output() {
    let (mut corpus, mut truth) = (Vec::new(), Vec::new());
    let opts = GenerateOptions {
        originals: 30,
        seed: 7,
    };
    generate(&opts, &mut corpus, &mut truth).unwrap();
    let inline = parse_bytes("corpus.jsonl", Format::Jsonl, &corpus).articles;
    assert!(inline.len() > 100);

    let dir = tempfile::tempdir().unwrap();
    let spill = TextSpill::create_in(dir.path()).unwrap();
    let mut spilled = inline.clone();
    for a in &mut spilled {
        spill.spill(a);
        assert!(a.text.is_empty() && a.stored.is_some());
    }
    let store = spill.finish().unwrap();

    let p = Params::default();
    let a = pipeline::run(inline, &p, &Progress::hidden());
    let b = pipeline::run_with_store(spilled, store, &p, &Progress::hidden());
    assert!(b.texts.error().is_none());
    assert!(a.links.len() > 50, "the corpus must have links to compare");
    for ((name, x), (_, y)) in outputs(&a).iter().zip(outputs(&b).iter()) {
        assert!(x == y, "{name} differs between inline and spilled texts");
    }
}
