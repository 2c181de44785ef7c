//! Whole `.json` files: one object or an array of objects.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::ingest::Format;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let out = common::parse_and_check("f.json", Format::Json, data);
    // Differential: where serde_json reads the whole file as an array, the streamed array has
    // the same elements, each an article or one skipped record.
    if let Ok(items) = serde_json::from_slice::<Vec<serde_json::Value>>(data) {
        let skipped: u64 = out.diag.skipped.values().sum();
        assert_eq!(
            out.articles.len() as u64 + skipped,
            items.len() as u64,
            "{:?}",
            out.diag.messages
        );
    }
});
