//! HTML pages (`.html`, `.htm`): charset detection and decoding, the readability extractor and
//! its fallback stripper, metadata from `<meta>`, JSON-LD and `<time>`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::ingest::Format;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let out = common::parse_and_check("f.html", Format::Html, data);
    assert!(out.articles.len() <= 1, "one article per file");
});
