//! JSON Lines (`.jsonl`, `.ndjson`, optionally gzipped, or stdin) and whole `.json` files.
//!
//! Lines are read one at a time with a bounded buffer and parsed in parallel batches, so a dump
//! of any size streams through in bounded memory and a single bad line costs only itself.

use super::fields::article_from_json;
use super::{Diagnostics, FileArticles, MAX_RECORD_BYTES};
use rayon::prelude::*;
use std::io::{BufRead, Read};

/// Lines parsed per parallel batch: large enough to keep both cores busy, small enough that a
/// batch of ordinary articles stays a few megabytes.
const BATCH_LINES: usize = 2048;

/// A batch is also parsed once its lines reach this many bytes, so a file of huge lines does not
/// gather 2048 of them (up to 2048 × [`MAX_RECORD_BYTES`]) before any is parsed and freed.
const BATCH_BYTES: usize = 64 << 20;

/// Reads JSON Lines from `reader`; `name` is the file name used in ids (`name:LINE`) and messages.
pub fn read_jsonl(reader: &mut dyn BufRead, name: &str, out: &mut FileArticles) {
    match reader.fill_buf() {
        Ok(head) if super::looks_binary(head) => {
            out.diag.skip(
                "binary_file",
                name.to_string(),
                "contains NUL bytes; not JSON text".into(),
            );
            return;
        }
        Ok(_) => {}
        Err(e) => {
            stopped(out, name, 1, &e);
            return;
        }
    }
    let mut batch: Vec<(u64, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
    let mut batch_bytes = 0usize;
    let mut line_no = 0u64;
    loop {
        line_no += 1;
        let mut buf = Vec::new();
        match read_bounded_line(reader, &mut buf) {
            Ok(LineRead::Eof) => break,
            Ok(LineRead::TooLong(len)) => out.diag.skip(
                "record_too_large",
                format!("{name}:{line_no}"),
                format!("line of {len} bytes exceeds the {MAX_RECORD_BYTES}-byte limit"),
            ),
            Ok(LineRead::Line) => {
                if !buf.iter().all(u8::is_ascii_whitespace) {
                    batch_bytes += buf.len();
                    batch.push((line_no, buf));
                }
            }
            Err(e) => {
                stopped(out, name, line_no, &e);
                break;
            }
        }
        if batch.len() >= BATCH_LINES || batch_bytes >= BATCH_BYTES {
            parse_batch(&mut batch, name, out);
            batch_bytes = 0;
        }
    }
    parse_batch(&mut batch, name, out);
}

/// Reports a read that failed at `line`. The lines before it are complete and stay; a partial
/// last line is dropped with the rest of the file.
fn stopped(out: &mut FileArticles, name: &str, line: u64, e: &std::io::Error) {
    out.diag.skip(
        super::read_error_reason(e),
        format!("{name}:{line}"),
        if line > 1 {
            format!(
                "stopped reading at line {line}: {e}; lines 1-{} were read",
                line - 1
            )
        } else {
            format!("nothing read: {e}")
        },
    );
}

/// The reason a JSON parse failed: nesting deeper than serde_json's recursion limit (128) is
/// hostile rather than merely broken, so it is counted apart.
fn json_error_reason(e: &serde_json::Error) -> &'static str {
    if e.to_string().starts_with("recursion limit exceeded") {
        "nested_too_deep"
    } else {
        "malformed_json"
    }
}

fn parse_batch(batch: &mut Vec<(u64, Vec<u8>)>, name: &str, out: &mut FileArticles) {
    let parsed: Vec<_> = batch
        .par_drain(..)
        .map(|(line, bytes)| {
            let origin = format!("{name}:{line}");
            let mut diag = Diagnostics::default();
            let text = super::repair_utf8(bytes, &origin, &mut diag);
            let art = match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(v) => match article_from_json(v, origin.clone(), origin.clone()) {
                    Ok(a) => Some(a),
                    Err(e) => {
                        diag.skip(e.reason(), origin, e.reason().replace('_', " "));
                        None
                    }
                },
                Err(e) => {
                    diag.skip(json_error_reason(&e), origin, e.to_string());
                    None
                }
            };
            (art, diag)
        })
        .collect();
    for (art, diag) in parsed {
        out.diag.merge(diag);
        if let Some(a) = art {
            out.push(a);
        }
    }
}

enum LineRead {
    Line,
    Eof,
    TooLong(u64),
}

/// Reads one line into `buf` (without the newline), refusing to buffer more than the record limit:
/// an over-long line is consumed and reported, never held in memory whole.
fn read_bounded_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<LineRead> {
    let n = reader.take(MAX_RECORD_BYTES + 1).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(LineRead::Eof);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        return Ok(LineRead::Line);
    }
    if (buf.len() as u64) <= MAX_RECORD_BYTES {
        return Ok(LineRead::Line); // last line without newline
    }
    let mut total = buf.len() as u64;
    buf.clear();
    buf.shrink_to_fit();
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => {
                total += i as u64;
                reader.consume(i + 1);
                break;
            }
            None => {
                let len = chunk.len();
                total += len as u64;
                reader.consume(len);
            }
        }
    }
    Ok(LineRead::TooLong(total))
}

/// A whole `.json` file: one object, or an array of objects (ids `name:N`, 1-based).
pub fn read_json(reader: &mut dyn Read, name: &str, out: &mut FileArticles) {
    let mut bytes = Vec::new();
    if let Err(e) = reader.take(MAX_RECORD_BYTES + 1).read_to_end(&mut bytes) {
        // Unlike JSONL, a document cut short has no complete records to keep.
        out.diag.skip(
            super::read_error_reason(&e),
            name.to_string(),
            format!("cannot read: {e}"),
        );
        return;
    }
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        out.diag.skip(
            "record_too_large",
            name.to_string(),
            format!("exceeds the {MAX_RECORD_BYTES}-byte limit"),
        );
        return;
    }
    if super::looks_binary(&bytes) {
        out.diag.skip(
            "binary_file",
            name.to_string(),
            "contains NUL bytes; not JSON text".into(),
        );
        return;
    }
    let text = super::repair_utf8(bytes, name, &mut out.diag);
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Array(items)) => {
            let parsed: Vec<_> = items
                .into_par_iter()
                .enumerate()
                .map(|(i, v)| {
                    let origin = format!("{name}:{}", i + 1);
                    (article_from_json(v, origin.clone(), origin.clone()), origin)
                })
                .collect();
            for (res, origin) in parsed {
                match res {
                    Ok(a) => out.push(a),
                    Err(e) => out
                        .diag
                        .skip(e.reason(), origin, e.reason().replace('_', " ")),
                }
            }
        }
        Ok(v) => match article_from_json(v, name.to_string(), name.to_string()) {
            Ok(a) => out.push(a),
            Err(e) => out
                .diag
                .skip(e.reason(), name.to_string(), e.reason().replace('_', " ")),
        },
        Err(e) => out
            .diag
            .skip(json_error_reason(&e), name.to_string(), e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &[u8]) -> FileArticles {
        let mut out = FileArticles::default();
        read_jsonl(&mut &s[..], "f.jsonl", &mut out);
        out
    }

    #[test]
    fn good_and_bad_lines() {
        let out = read(b"{\"text\":\"a b c\"}\n{bad\n\n[1]\n{\"title\":\"x\"}\n{\"text\":\"d\xffe\"}\n{\"id\":\"k\",\"text\":\"z\"}");
        let ids: Vec<_> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["f.jsonl:1", "f.jsonl:6", "k"]);
        assert_eq!(out.articles[1].text, "d\u{fffd}e");
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        assert_eq!(out.diag.skipped["not_an_object"], 1);
        assert_eq!(out.diag.skipped["no_text"], 1);
        assert_eq!(out.diag.repaired["invalid_utf8"], 1);
        assert!(out.diag.messages.iter().any(|m| m.contains("f.jsonl:2")));
    }

    #[test]
    fn json_array() {
        let mut out = FileArticles::default();
        read_json(
            &mut &br#"[{"text":"a"},{"text":""},{"body":"b"}]"#[..],
            "x.json",
            &mut out,
        );
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.articles[1].id, "x.json:3");
        assert_eq!(out.diag.skipped["empty_text"], 1);
    }

    #[test]
    fn over_long_line_is_skipped_without_holding_it() {
        // 256 MiB and a bit of blanks on one line, streamed: the reader must consume it in
        // chunks, report it, and go on to the next line.
        let long = std::io::repeat(b' ').take(MAX_RECORD_BYTES + 100);
        let rest = &b"\n{\"text\":\"after\"}\n"[..];
        let mut r = std::io::BufReader::with_capacity(1 << 16, long.chain(rest));
        let mut out = FileArticles::default();
        read_jsonl(&mut r, "big.jsonl", &mut out);
        assert_eq!(out.diag.skipped["record_too_large"], 1);
        assert!(out.diag.messages[0].starts_with("big.jsonl:1: skipped (record_too_large)"));
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.articles[0].id, "big.jsonl:2");

        let mut out = FileArticles::default();
        read_json(
            &mut std::io::repeat(b' ').take(MAX_RECORD_BYTES + 1),
            "big.json",
            &mut out,
        );
        assert_eq!(out.diag.skipped["record_too_large"], 1);
    }
}
