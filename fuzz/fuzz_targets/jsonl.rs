//! JSON Lines, as read from `.jsonl`/`.ndjson` files and stdin.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::ingest::Format;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let out = common::parse_and_check("f.jsonl", Format::Jsonl, data);
    // One article at most per line (a lone carriage return may end one too).
    let lines = data.split(|&b| b == b'\n' || b == b'\r').count();
    assert!(out.articles.len() <= lines);
});
