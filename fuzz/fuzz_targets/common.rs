//! Checks shared by the parser targets: beyond "no panic", what every parse result must satisfy.
#![allow(dead_code)]

use wiretrace::ingest::{parse_bytes, FileArticles, Format};

/// Parses `data` as `format` and checks the result.
pub fn parse_and_check(name: &str, format: Format, data: &[u8]) -> FileArticles {
    let out = parse_bytes(name, format, data);
    for a in &out.articles {
        assert!(
            !a.text.trim().is_empty(),
            "an article without text was kept"
        );
        assert!(!a.id.is_empty(), "an article without an id was kept");
        assert!(
            a.origin.starts_with(name),
            "origin {:?} names another file",
            a.origin
        );
    }
    // Every problem is counted, and the messages kept for stderr are located in this file.
    for m in &out.diag.messages {
        assert!(m.starts_with(name), "message not located: {m}");
    }
    let counted: u64 = out.diag.skipped.values().sum::<u64>()
        + out.diag.repaired.values().sum::<u64>()
        + out.diag.renamed.values().sum::<u64>();
    assert!(out.diag.messages.len() as u64 <= counted);
    out
}
