//! Whole `.json` files: one object or an array of objects.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::ingest::Format;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::parse_and_check("f.json", Format::Json, data);
});
