//! JSON Lines (`.jsonl`, `.ndjson`, optionally gzipped, or stdin).
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
    let mut batch = ElementBatch::default();
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
                let records = records_split_by_cr(&buf);
                if records.len() > 1 {
                    // Old Mac line ends: each carriage return ends a line.
                    for (k, r) in records.iter().enumerate() {
                        if !is_blank(r) {
                            batch.push(line_no + k as u64, None, r.to_vec());
                        }
                        if batch.is_full() {
                            batch.parse(name, out);
                        }
                    }
                    line_no += records.len() as u64 - 1;
                } else if !is_blank(&buf) {
                    batch.push(line_no, None, buf);
                }
            }
            Err(e) => {
                stopped(out, name, line_no, &e);
                break;
            }
        }
        if batch.is_full() {
            batch.parse(name, out);
        }
    }
    batch.parse(name, out);
}

/// A line cut at each carriage return between one record's closing brace and the next one's
/// opening brace: a file whose lines end in a lone `\r` (old Mac files, some exporters) is one
/// "line" to a newline reader, and all its records were lost as one malformed line. A raw `\r`
/// in JSON is whitespace between tokens (inside a string it must be escaped), and `}` then `{`
/// follow each other in no single JSON value, so no valid record is ever cut.
fn records_split_by_cr(line: &[u8]) -> Vec<&[u8]> {
    if memchr::memchr(b'\r', line).is_none() {
        return vec![line];
    }
    let mut out = Vec::new();
    let mut from = 0;
    for cr in memchr::memchr_iter(b'\r', line) {
        let before = line[from..cr]
            .iter()
            .rev()
            .find(|b| !b.is_ascii_whitespace());
        let after = line[cr + 1..].iter().find(|b| !b.is_ascii_whitespace());
        if before == Some(&b'}') && after == Some(&b'{') {
            out.push(&line[from..cr]);
            from = cr + 1;
        }
    }
    out.push(&line[from..]);
    out
}

/// Whether a line holds nothing but whitespace (any Unicode whitespace, and byte-order marks),
/// so is no record: a blank line, not a malformed one.
pub(super) fn is_blank(line: &[u8]) -> bool {
    match line.iter().find(|b| !b.is_ascii_whitespace()) {
        None => true,
        // Only a line whose first other byte is a vertical tab or starts a non-ASCII character
        // can still be blank.
        Some(&b) if b >= 0x80 || b == 0x0b => std::str::from_utf8(line)
            .is_ok_and(|s| s.chars().all(|c| c.is_whitespace() || c == '\u{feff}')),
        Some(_) => false,
    }
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
pub(super) fn json_error_reason(e: &serde_json::Error) -> &'static str {
    if e.to_string().starts_with("recursion limit exceeded") {
        "nested_too_deep"
    } else {
        "malformed_json"
    }
}

/// Parses one JSON text as written by the tools that make dumps: a byte-order mark before it
/// (Windows editors put one at the start of a file, and `cat` of such files at the start of
/// lines) is dropped, and a string escape of half a UTF-16 surrogate pair (what JavaScript's
/// `JSON.stringify` writes for a string cut between the two halves of an emoji) becomes U+FFFD
/// and is reported, as invalid UTF-8 is, instead of losing the record.
pub(super) fn parse_value(
    text: &str,
    origin: &str,
    diag: &mut Diagnostics,
) -> serde_json::Result<serde_json::Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let err = match serde_json::from_str(text) {
        Ok(v) => return Ok(v),
        Err(e) => e,
    };
    let Some((fixed, n)) = replace_lone_surrogates(text) else {
        return Err(err);
    };
    let v = serde_json::from_str(&fixed)?;
    diag.repair(
        "lone_surrogate",
        origin.to_string(),
        format!("{n} escaped half of a UTF-16 surrogate pair replaced with U+FFFD"),
    );
    Ok(v)
}

/// `text` with every `\uXXXX` escape that is half a surrogate pair without its other half
/// replaced by `\ufffd`, and how many were; None when there is none.
fn replace_lone_surrogates(text: &str) -> Option<(String, usize)> {
    let b = text.as_bytes();
    // The code unit of a `\uXXXX` escape starting at i.
    let unit = |i: usize| -> Option<u16> {
        let hex = b.get(i + 2..i + 6)?;
        if b[i + 1] != b'u' {
            return None;
        }
        u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
    };
    let high = |u: u16| (0xD800..0xDC00).contains(&u);
    let low = |u: u16| (0xDC00..0xE000).contains(&u);
    let mut out = String::new();
    let mut copied = 0;
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(u) = unit(i) else {
            i += 2; // any other escape, `\\` included
            continue;
        };
        if high(u) && unit(i + 6).is_some_and(low) {
            i += 12;
            continue;
        }
        if high(u) || low(u) {
            out.push_str(&text[copied..i]);
            out.push_str("\\ufffd");
            copied = i + 6;
            n += 1;
        }
        i += 6;
    }
    if n == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some((out, n))
}

/// JSON texts waiting to be parsed in parallel: the lines of a JSON Lines file, or the elements
/// of a `.json` array. Each has its number, which makes its id and locates its messages (the
/// line, or the element), and for an element the line it starts on.
#[derive(Default)]
pub(super) struct ElementBatch {
    items: Vec<(u64, Option<u64>, Vec<u8>)>,
    bytes: usize,
}

impl ElementBatch {
    pub fn push(&mut self, number: u64, line: Option<u64>, text: Vec<u8>) {
        self.bytes += text.len();
        self.items.push((number, line, text));
    }

    pub fn is_full(&self) -> bool {
        self.items.len() >= BATCH_LINES || self.bytes >= BATCH_BYTES
    }

    /// Parses the texts held, in parallel, into `out` in their order, and empties the batch.
    pub fn parse(&mut self, name: &str, out: &mut FileArticles) {
        self.bytes = 0;
        let parsed: Vec<_> = self
            .items
            .par_drain(..)
            .map(|(number, line, bytes)| {
                let id = format!("{name}:{number}");
                // Messages locate an array's element by the line it starts on, as a JSON Lines
                // record's by its line, with the element's number its id is made of.
                let origin = match line {
                    Some(l) => super::json::element_origin(name, l, number),
                    None => id.clone(),
                };
                let mut diag = Diagnostics::default();
                let text = super::repair_utf8(bytes, &origin, &mut diag);
                let art = match parse_value(&text, &origin, &mut diag) {
                    Ok(v) => match article_from_json(v, id, origin.clone(), &mut diag) {
                        Ok(a) => Some(a),
                        Err(e) => {
                            diag.skip(e.reason(), origin, e.detail());
                            None
                        }
                    },
                    Err(e) => {
                        let detail = match line {
                            // serde_json counts from the element's start.
                            Some(_) => format!("{e} (lines counted from the element's first)"),
                            None => e.to_string(),
                        };
                        diag.skip(json_error_reason(&e), origin, detail);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &[u8]) -> FileArticles {
        let mut out = FileArticles::default();
        read_jsonl(&mut &s[..], "f.jsonl", &mut out);
        out
    }

    #[test]
    fn lines_ended_by_carriage_returns_alone() {
        let f = read(b"{\"id\": \"a\", \"text\": \"one\"}\r{\"id\": \"b\", \"text\": \"two\"}\r\r{bad\r{\"text\": \"x\r\"}");
        let ids: Vec<&str> = f.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        // The malformed one is reported by its place (lines counted by the carriage returns
        // that end records), with what follows it up to the next record's end: the record
        // whose carriage return is inside its string is not cut from it.
        assert!(
            f.diag.messages.iter().any(|m| m.contains(":3:")),
            "{:?}",
            f.diag.messages
        );
        assert_eq!(f.diag.skipped_total(), 1);
        // A carriage return between tokens of one record cuts nothing.
        let f = read(b"{\"id\": \"c\",\r \"text\": {\"x\": 1}\r}\n");
        assert_eq!(
            f.diag.skipped_total(),
            1,
            "a text that is an object is no text"
        );
        let f = read(b"{\"id\": \"c\",\r \"text\": \"three\"\r}\n");
        assert_eq!(f.articles.len(), 1);
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
    fn byte_order_marks_are_dropped() {
        // At the start of the file, CRLF endings, and again where a second file was appended.
        let out = read(b"\xef\xbb\xbf{\"text\":\"one\"}\r\n{\"text\":\"two\"}\r\n\xef\xbb\xbf{\"text\":\"three\"}\n");
        let texts: Vec<_> = out.articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["one", "two", "three"]);
        assert!(out.diag.skipped.is_empty());
        let mut out = FileArticles::default();
        super::super::json::read_json(
            &mut &b"\xef\xbb\xbf[{\"text\":\"a\"}]"[..],
            "b.json",
            &mut out,
        );
        assert_eq!(out.articles.len(), 1);
    }

    #[test]
    fn numbers_beyond_f64_and_u64_are_kept_as_written() {
        // An id of 30 digits stays those digits (not 1.2345678901234568e29), and a number no
        // f64 holds does not cost the record; both pass through as written.
        let out = read(
            b"{\"id\": 123456789012345678901234567890, \"text\": \"t\", \"score\": 1e999, \"n\": 1.50}\n",
        );
        assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
        let a = &out.articles[0];
        assert_eq!(a.id, "123456789012345678901234567890");
        assert_eq!(a.extra.get("n").unwrap().to_string(), "1.50");
        assert!(a.extra.get("score").unwrap().to_string().starts_with("1e"));
        // A JSON array element with an unusable field is reported like a JSONL line.
        let mut out = FileArticles::default();
        super::super::json::read_json(
            &mut &b"[{\"text\":\"a\", \"title\": {\"x\": 1}}]"[..],
            "b.json",
            &mut out,
        );
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.diag.repaired.get("bad_field"), Some(&1));
        assert!(out.diag.messages[0]
            .starts_with("b.json:1 (element 1): repaired (bad_field): field \"title\""));
    }

    #[test]
    fn halves_of_surrogate_pairs_become_replacement_characters() {
        let out = read(
            concat!(
                r#"{"text":"cut \ud83d"}"#,
                "\n",
                r#"{"text":"\udc00\ud800 both", "title": "\ud83d\ude00 kept"}"#,
                "\n",
                r#"{"text":"not an escape: \\ud800, a pair: \ud83d\ude00"}"#,
                "\n",
            )
            .as_bytes(),
        );
        let texts: Vec<_> = out.articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "cut \u{fffd}",
                "\u{fffd}\u{fffd} both",
                "not an escape: \\ud800, a pair: \u{1f600}"
            ]
        );
        assert_eq!(out.articles[1].title.as_deref(), Some("\u{1f600} kept"));
        assert_eq!(out.diag.repaired["lone_surrogate"], 2);
        assert!(out
            .diag
            .messages
            .iter()
            .any(|m| m.starts_with("f.jsonl:2:")));
        assert!(out.diag.skipped.is_empty());
        // A line broken otherwise stays broken.
        assert_eq!(
            read(br#"{"text":"\ud800" "#).diag.skipped["malformed_json"],
            1
        );
        assert_eq!(replace_lone_surrogates(r#""\\u0041 \u00e9""#), None);
    }

    #[test]
    fn lines_of_unicode_whitespace_are_blank() {
        assert!(is_blank(b" \t\r"));
        assert!(is_blank("\u{a0}\u{3000}\u{feff} \x0b\x0c".as_bytes()));
        assert!(!is_blank(" \u{a0}x".as_bytes()));
        assert!(!is_blank(b" \xff"));
        assert!(is_blank(b"\x0b "));
        let out = read("{\"text\": \"a story\"}\n\u{a0}\u{a0}\n\u{feff}\n\u{3000}\n".as_bytes());
        assert_eq!(out.articles.len(), 1);
        assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
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
    }
}
