//! WARC files (`.warc`, `.warc.gz`): record framing, resynchronisation after damage, HTTP
//! headers, chunked and compressed bodies, and each HTML response as a page. The first byte
//! picks the bytes as they are, or gzipped here as one member per record (as `.warc.gz` files
//! are written) and then cut short or damaged in place.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::io::Write;
use wiretrace::ingest::Format;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        common::parse_and_check("f.warc", Format::Warc, rest);
        return;
    }
    let mut starts: Vec<usize> = (0..rest.len())
        .filter(|&i| rest[i..].starts_with(b"WARC/1."))
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(rest.len());
    let mut gz = Vec::new();
    for record in starts.windows(2).map(|w| &rest[w[0]..w[1]]) {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(record).unwrap();
        gz.extend(e.finish().unwrap());
    }
    if mode & 2 == 0 {
        let cut = gz.len() - (mode as usize >> 2).min(gz.len());
        common::parse_and_check("f.warc.gz", Format::Warc, &gz[..cut]);
    } else {
        // Damaged in place instead, at a point the input picks, which reaches the decoder's
        // resumption at the next member and the record reader's fences.
        if gz.is_empty() {
            return;
        }
        let at = (mode as usize >> 2) * gz.len() / 64;
        for b in gz.iter_mut().skip(at).take(4) {
            *b ^= 0xa5;
        }
        common::parse_and_check("f.warc.gz", Format::Warc, &gz);
    }
});
