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
        // The body is a piece of the (repaired) file, not invented text; a file whose lines
        // end in a bare CR (old Mac) is read with LF.
        let mut text = String::from_utf8_lossy(data).into_owned();
        if text.contains('\r') && !text.contains('\n') {
            text = text.replace('\r', "\n");
        }
        assert!(text.contains(a.text.as_str()));
    }
});
