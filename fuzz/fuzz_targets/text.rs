//! Plain text and Markdown (`.txt`, `.md`): header lines, body, references list.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::ingest::Format;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let out = common::parse_and_check("f.md", Format::Text, data);
    assert!(out.articles.len() <= 1, "one article per file");
    if let Some(a) = out.articles.first() {
        // The body is a piece of the (repaired) file, not invented text.
        let text = String::from_utf8_lossy(data);
        assert!(text.contains(a.text.as_str()));
    }
});
