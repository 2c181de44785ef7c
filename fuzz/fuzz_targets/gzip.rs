//! Gzipped JSONL and JSON (`.jsonl.gz`, `.json.gz`). Raw mutated bytes mostly fail at the gzip
//! header, so the first byte picks a mode: the bytes as they are, or the rest of the input
//! compressed here and then cut short or damaged at a place the input chooses, which reaches the
//! decoder's truncation and checksum paths and the JSONL reader behind them.
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
    let format = if mode & 1 == 0 {
        Format::JsonlGz
    } else {
        Format::JsonGz
    };
    let name = if format == Format::JsonlGz {
        "f.jsonl.gz"
    } else {
        "f.json.gz"
    };
    let bytes = match (mode >> 1) % 4 {
        0 => rest.to_vec(),
        m => {
            let (knob, payload) = match rest.split_first_chunk::<2>() {
                Some((k, p)) => (u16::from_le_bytes(*k) as usize, p),
                None => (0, rest),
            };
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(payload).unwrap();
            let mut z = e.finish().unwrap();
            match m {
                1 => z.truncate(knob % (z.len() + 1)),
                2 => {
                    let i = knob % z.len();
                    z[i] ^= (knob >> 8) as u8 | 1;
                }
                _ => {
                    // Two members, the second cut short.
                    let second = z.clone();
                    z.extend_from_slice(&second[..knob % (second.len() + 1)]);
                }
            }
            z
        }
    };
    common::parse_and_check(name, format, &bytes);
});
