//! `.warc` and `.warc.gz` (one gzip member per record, as crawlers write them, or one for the
//! whole file): one article per HTML `response` (or `resource`) record.
//!
//! A small record parser rather than the `warc` crate: that crate buffers whole bodies without a
//! size limit, stops at the first malformed record, and pulls in nom 7, uuid 0.8 and url for
//! what is a line-oriented header block followed by `Content-Length` bytes. Here every record is
//! bounded, a broken one is counted and the reader resynchronises on the next `WARC/` line, and
//! records are turned into articles in parallel batches, in file order.

use super::gzip::{Damage, Damages, GzProblem};
use super::html::{article_from_html, decode_html, PageHints};
use super::looks_binary;
use super::{Diagnostics, FileArticles, MAX_RECORD_BYTES};
use crate::ingest::date::{date_from_url, parse_date};
use crate::model::Article;
use rayon::prelude::*;
use std::io::{BufRead, BufReader, Read};

/// Longest header line, and largest header block, accepted before a record is malformed.
const MAX_LINE: usize = 64 << 10;
const MAX_HEADER_BYTES: usize = 1 << 20;
/// Records held before a batch is extracted in parallel (bounded also by their bytes).
const BATCH_RECORDS: usize = 64;
const BATCH_BYTES: usize = 64 << 20;

/// One WARC record as read: its place in the file, headers and block.
#[derive(Debug)]
struct Record {
    number: u64,
    /// Where its bytes lie in the (decompressed) stream: from its version line to its body's end.
    span: (u64, u64),
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the reader met next.
enum Next {
    Record(Record),
    /// A record that could not be read; the reader has moved past it.
    Bad {
        number: u64,
        reason: &'static str,
        detail: String,
    },
    /// The record before was read, but its framing was wrong and mended.
    Repaired {
        number: u64,
        detail: String,
    },
    /// A problem between records that cost none the reader could name (the file cut off after
    /// the last one): reported against the file, with `detail` saying where.
    Between {
        reason: &'static str,
        detail: String,
    },
    Eof,
}

/// Reads a WARC file, gzip-compressed or not (told by its first bytes, and by its name only
/// when they cannot tell: a misnamed file is still read, and a damaged first gzip member does
/// not make a `.warc.gz` plain text). `size` is the file's length on
/// disk: gzip gets the decompression ceiling of the other readers (see
/// [`super::gzip::allowance`]), and its problems their reasons.
pub fn read_warc_file(file: impl Read, name: &str, size: u64, out: &mut FileArticles) {
    let mut buffered = BufReader::with_capacity(1 << 20, file);
    let gz = match buffered.fill_buf() {
        Ok(b) => is_gzip(b, name),
        Err(e) => {
            out.diag
                .skip("unreadable_file", name.to_string(), e.to_string());
            return;
        }
    };
    if gz {
        // Crawlers gzip each record on its own, so that a damaged member costs one record: the
        // decoder goes on at the next member, and the record reader is told where.
        let (dec, damage) = super::gzip::GzReader::new(buffered, size).resuming();
        read_warc_fenced(
            &mut BufReader::with_capacity(1 << 20, dec),
            Some(damage),
            name,
            out,
        );
    } else {
        read_warc(&mut buffered, name, out);
    }
}

/// Whether a WARC file whose first bytes are `head` is gzip. Told by the bytes, so that a
/// misnamed file is still read: the gzip signature, or a `WARC/` line (an empty file holds no
/// records either way). A file that starts with neither is damaged at its start; it is gzip
/// with a damaged first member when a member's signature comes before any `WARC/` text (a
/// plain WARC's own records come before the gzipped pages they hold), or, with neither to go
/// by, when it is named `.gz`. Read as plain WARC, such a file would be one run of junk, every
/// record in it lost rather than the first.
/// A first member whose signature alone is damaged is gzip too, by what its deflate data
/// begin with, so that a file gzipped as one member needs no name to be known as gzip.
fn is_gzip(head: &[u8], name: &str) -> bool {
    if head.starts_with(&[0x1f, 0x8b]) {
        return true;
    }
    let text = head.trim_ascii_start();
    if text.is_empty() || text.starts_with(b"WARC/") {
        return false;
    }
    if inflates_to_warc(head.get(10..).unwrap_or_default(), false) {
        return true;
    }
    match (find(head, &[0x1f, 0x8b, 0x08]), find(head, b"WARC/")) {
        (Some(member), Some(record)) => member < record,
        (member, record) => {
            member.is_some() || (record.is_none() && name.to_ascii_lowercase().ends_with(".gz"))
        }
    }
}

/// Whether `head` starts a gzipped WARC, told by its bytes alone, for input with no name to go
/// by: a gzip member whose data begin with a `WARC/` line, at the start or after a damaged
/// first member, or deflate data that begin with one after a header whose signature is
/// damaged. Only a few bytes are inflated, so other gzip and other binary data cost nothing.
pub(super) fn is_gzipped_warc(head: &[u8]) -> bool {
    if head.starts_with(&[0x1f, 0x8b]) && inflates_to_warc(head, true) {
        return true;
    }
    if inflates_to_warc(head.get(10..).unwrap_or_default(), false) {
        return true;
    }
    match (find(head, &[0x1f, 0x8b, 0x08]), find(head, b"WARC/")) {
        (Some(member), record) if record.is_none_or(|r| member < r) => {
            inflates_to_warc(&head[member..], true)
        }
        _ => false,
    }
}

/// Whether `data`, a gzip member (`member`) or raw deflate data, begins with a `WARC/` line.
fn inflates_to_warc(data: &[u8], member: bool) -> bool {
    let mut start = [0u8; 5];
    let read = if member {
        flate2::bufread::GzDecoder::new(data).read_exact(&mut start)
    } else {
        flate2::bufread::DeflateDecoder::new(data).read_exact(&mut start)
    };
    read.is_ok() && start == *b"WARC/"
}

/// Where between records a problem lies, for messages: after the `number`th record.
fn after(number: u64) -> String {
    match number {
        0 => "before the first record".into(),
        n => format!("after record {n}"),
    }
}

/// Damage that is the file cut off: what was decoded before it is what was written, so the
/// records it gave are kept, where other damage makes them suspect.
fn is_cut(d: &Damage) -> bool {
    d.end && matches!(d.problem, GzProblem::Truncated(_))
}

/// Reads records from `r` until the end or an unrecoverable read error, keeping every article
/// read before it.
pub fn read_warc(r: &mut dyn BufRead, name: &str, out: &mut FileArticles) {
    read_warc_fenced(r, None, name, out)
}

/// [`read_warc`] over the output of a resuming gzip decoder, whose `damage` says where it
/// passed over damaged data.
fn read_warc_fenced(
    r: &mut dyn BufRead,
    damage: Option<Damages>,
    name: &str,
    out: &mut FileArticles,
) {
    let mut reader = RecordReader::new(Fenced {
        inner: r,
        front: Default::default(),
        pos: 0,
        damage,
        past: Vec::new(),
        error: None,
    });
    let mut batch: Vec<Record> = Vec::new();
    let mut batch_bytes = 0usize;
    // The last record read waits for the next read: a damaged gzip member can decode to
    // garbage before the damage shows, and only reading on tells whether this record's bytes
    // came from one.
    let mut held: Option<Record> = None;
    loop {
        let next = reader.next();
        if let Some(rec) = held.take() {
            match reader.r.damage_over(rec.span) {
                Some(d) => {
                    flush(&mut batch, name, out);
                    batch_bytes = 0;
                    out.diag.skip(
                        d.problem.reason(),
                        format!("{name}:{}", rec.number),
                        format!("record from damaged gzip data: {d}"),
                    );
                }
                None => {
                    for d in reader.r.recovered(rec.span) {
                        flush(&mut batch, name, out);
                        batch_bytes = 0;
                        out.diag.repair(
                            "gzip_header",
                            format!("{name}:{}", rec.number),
                            format!("record recovered: {d}"),
                        );
                    }
                    batch_bytes += rec.body.len();
                    batch.push(rec);
                    if batch.len() >= BATCH_RECORDS || batch_bytes >= BATCH_BYTES {
                        flush(&mut batch, name, out);
                        batch_bytes = 0;
                    }
                }
            }
        }
        let next = match next {
            Ok(n) => n,
            Err(e) => {
                flush(&mut batch, name, out);
                // The record it cut, if it met one; else between records, where the last one
                // started was read whole and is kept, so it must not be named as lost.
                let cause = match super::gzip::problem(&e) {
                    Some(GzProblem::TooLarge { .. }) => "the decompression limit",
                    Some(_) => "damaged gzip data",
                    None => "a read error",
                };
                let (origin, detail) = if reader.open {
                    (
                        format!("{name}:{}", reader.number),
                        format!("record cut by {cause}"),
                    )
                } else {
                    (
                        name.to_string(),
                        format!("stopped by {cause} {}", after(reader.number)),
                    )
                };
                out.diag.skip(
                    super::read_error_reason(&e),
                    origin,
                    format!("{detail}, the rest of the file not read: {e}"),
                );
                return;
            }
        };
        match next {
            Next::Record(rec) => held = Some(rec),
            Next::Repaired { number, detail } => {
                flush(&mut batch, name, out);
                batch_bytes = 0;
                out.diag
                    .repair("warc_framing", format!("{name}:{number}"), detail);
            }
            Next::Bad {
                number,
                reason,
                detail,
            } => {
                // Keep messages in file order: records before the bad one are reported first.
                flush(&mut batch, name, out);
                batch_bytes = 0;
                out.diag.skip(reason, format!("{name}:{number}"), detail);
            }
            Next::Between { reason, detail } => {
                flush(&mut batch, name, out);
                batch_bytes = 0;
                out.diag.skip(reason, name.to_string(), detail);
            }
            Next::Eof => break,
        }
    }
    flush(&mut batch, name, out);
}

/// Extracts a batch of records in parallel and appends the results in record order.
fn flush(batch: &mut Vec<Record>, name: &str, out: &mut FileArticles) {
    let results: Vec<(Option<Article>, Diagnostics)> = batch
        .par_drain(..)
        .map(|rec| {
            let mut d = Diagnostics::default();
            let a = article_of_record(rec, name, &mut d);
            (a, d)
        })
        .collect();
    for (a, d) in results {
        out.diag.merge(d);
        if let Some(a) = a {
            out.push(a);
        }
    }
}

/// The record types of the WARC standard (1.0 and 1.1).
const WARC_TYPES: [&str; 8] = [
    "warcinfo",
    "response",
    "resource",
    "request",
    "metadata",
    "revisit",
    "conversion",
    "continuation",
];

/// The article of one record, or None for records that are not HTML responses (request,
/// metadata and warcinfo records, images, redirects: not articles, so not counted as skipped).
/// A record of no type the standard names is counted: damage to a `.warc.gz` gzipped as one
/// member shows only at its checksum, after the records it garbled were read, and one whose
/// type it changed would otherwise be passed over as holding no page.
fn article_of_record(rec: Record, name: &str, diag: &mut Diagnostics) -> Option<Article> {
    let origin = format!("{name}:{}", rec.number);
    let Some(kind) = rec.header("WARC-Type").map(str::to_ascii_lowercase) else {
        diag.skip(
            "malformed_warc_record",
            origin,
            "no WARC-Type header; record skipped".into(),
        );
        return None;
    };
    if !WARC_TYPES.contains(&kind.as_str()) {
        let kind = rec.header("WARC-Type").unwrap_or_default();
        diag.skip(
            "malformed_warc_record",
            origin,
            format!(
                "WARC-Type {:?} is none of the WARC standard's record types; record skipped",
                kind.chars().take(80).collect::<String>()
            ),
        );
        return None;
    }
    let url = rec
        .header("WARC-Target-URI")
        .map(|u| {
            u.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
        .filter(|u| !u.is_empty());
    let record_id = rec.header("WARC-Record-ID").map(str::to_string);
    let warc_date = rec.header("WARC-Date").map(str::to_string);
    let (payload, content_type) = match kind.as_str() {
        "response" => {
            let block_type = rec
                .header("Content-Type")
                .unwrap_or("")
                .to_ascii_lowercase();
            if !block_type.is_empty() && !block_type.starts_with("application/http") {
                // A response record holding a bare payload (some tools write these).
                (rec.body, block_type)
            } else {
                match http_payload(rec.body) {
                    Ok(Some(p)) => p,
                    Ok(None) => return None,
                    Err((reason, detail)) => {
                        diag.skip(reason, origin, detail);
                        return None;
                    }
                }
            }
        }
        "resource" => {
            let t = rec
                .header("Content-Type")
                .unwrap_or("")
                .to_ascii_lowercase();
            (rec.body, t)
        }
        _ => return None,
    };
    if !is_html(&content_type, &payload) {
        return None;
    }
    let mut charset = charset_of(&content_type);
    // A UTF-16 page is full of NUL bytes and still text: made UTF-8 first, as a `.html` file is.
    let payload = match utf16_of(&payload, charset.as_deref()) {
        Some(big_endian) => {
            charset = None;
            let mut text = Vec::with_capacity(payload.len());
            let mut r = super::utf16::Utf16Reader::new(&payload[..], big_endian);
            // Reading from memory fails only on an invalid sequence, which the reader replaces.
            let _ = r.read_to_end(&mut text);
            text
        }
        None => payload,
    };
    if looks_binary(&payload) {
        diag.skip(
            "binary_file",
            origin,
            "HTML payload contains NUL bytes".into(),
        );
        return None;
    }
    let crawled = warc_date.as_deref().and_then(parse_date);
    if let (Some(d), None) = (&warc_date, crawled) {
        let value = serde_json::Value::String(d.clone());
        super::fields::bad_field(
            diag,
            &origin,
            "WARC-Date",
            &value,
            "is not a date this tool reads",
        );
    }
    // The crawl time stands in for a page without a date of its own, unless its URL says the
    // day it was published: a page fetched again months later must not look that much younger
    // than its copies. The crawl time is kept as `warc_date` either way.
    let url_dated = url.as_deref().and_then(date_from_url).is_some();
    let hints = PageHints {
        url,
        date: crawled.filter(|_| !url_dated),
        charset,
    };
    let html = decode_html(payload, hints.charset.as_deref(), &origin, diag);
    match article_from_html(&html, origin.clone(), origin.clone(), &hints) {
        Ok(mut a) => {
            if let Some(id) = record_id {
                a.extra.insert("warc_record_id".into(), id.into());
            }
            if let Some(d) = warc_date {
                a.extra.insert("warc_date".into(), d.into());
            }
            Some(a)
        }
        Err(e) => {
            diag.skip(e.reason(), origin, e.detail());
            None
        }
    }
}

/// Whether `after` (the bytes after a record's body) is how a record ends: blank lines and
/// then the next `WARC/` line, or the end of the file.
fn trailer_ok(after: &[u8]) -> bool {
    let rest: &[u8] = {
        let k = after
            .iter()
            .position(|&b| b != b'\r' && b != b'\n')
            .unwrap_or(after.len());
        &after[k..]
    };
    let n = rest.len().min(5);
    rest[..n] == b"WARC/"[..n]
}

/// Where a record begins inside `body`: a `WARC/1.` line after a line break, followed within
/// 2 KiB by a WARC header line. None when the body holds none.
fn next_record_in(body: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = find(&body[from..], b"\nWARC/1.") {
        let k = from + i + 1;
        let head = &body[k..body.len().min(k + 2048)];
        if find(head, b"\nWARC-Type:").is_some()
            || find(head, b"\nWARC-Record-ID:").is_some()
            || find(head, b"\nContent-Length:").is_some()
        {
            return Some(k);
        }
        from = k;
    }
    None
}

fn is_html(content_type: &str, payload: &[u8]) -> bool {
    if content_type.contains("html") {
        return true;
    }
    if !content_type.is_empty() && !content_type.starts_with("application/octet-stream") {
        return false;
    }
    // No usable type: sniff as browsers do (the WHATWG MIME sniffing standard's HTML patterns:
    // one of these tags, then a space or `>`, or a comment), in UTF-16 too.
    let bytes: Vec<u8> = match super::utf16::byte_order(payload) {
        Some(be) => payload[2..]
            .chunks_exact(2)
            .take(64)
            .map(|c| if be { c[1] } else { c[0] })
            .collect(),
        None => payload.iter().take(128).copied().collect(),
    };
    let head: Vec<u8> = bytes
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || **b == 0xef || **b == 0xbb || **b == 0xbf)
        .take(16)
        .map(u8::to_ascii_lowercase)
        .collect();
    if head.starts_with(b"<!--") {
        return true;
    }
    const TAGS: [&[u8]; 16] = [
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<script",
        b"<iframe",
        b"<h1",
        b"<div",
        b"<font",
        b"<table",
        b"<a",
        b"<style",
        b"<title",
        b"<b",
        b"<body",
        b"<br",
        b"<p",
    ];
    TAGS.iter().any(|t| {
        head.starts_with(t)
            && matches!(
                head.get(t.len()),
                Some(b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'/')
            )
    })
}

/// The byte order of a UTF-16 payload: by its byte-order mark, or by a transport label naming
/// UTF-16 when the bytes hold the NULs that UTF-16 text has.
fn utf16_of(payload: &[u8], charset: Option<&str>) -> Option<bool> {
    if let Some(be) = super::utf16::byte_order(payload) {
        return Some(be);
    }
    let label = charset?.to_ascii_lowercase();
    if !label.starts_with("utf-16") || !looks_binary(payload) {
        return None;
    }
    Some(label == "utf-16be")
}

fn charset_of(content_type: &str) -> Option<String> {
    let at = content_type.find("charset=")? + "charset=".len();
    let v = content_type[at..]
        .split(';')
        .next()?
        .trim()
        .trim_matches(['"', '\'']);
    (!v.is_empty()).then(|| v.to_string())
}

type PayloadResult = Result<Option<(Vec<u8>, String)>, (&'static str, String)>;

/// Splits an HTTP response into its decoded body and content type; Ok(None) for responses that
/// are not a page (non-2xx status such as redirects).
fn http_payload(block: Vec<u8>) -> PayloadResult {
    let scan = &block[..block.len().min(MAX_HEADER_BYTES)];
    // The first blank line, CRLF or bare LF: a header block written with LF alone ends at its
    // `\n\n`, whatever CRLF pairs the page further down holds.
    let crlf = find(scan, b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = find(scan, b"\n\n").map(|i| (i, i + 2));
    let (head_end, body_start) = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => match a.or(b) {
            Some(x) => x,
            None => {
                return Err((
                    "malformed_http_response",
                    "no end of the HTTP header block".into(),
                ))
            }
        },
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status: Option<u16> = status_line
        .strip_prefix("HTTP/")
        .and_then(|r| r.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok());
    let Some(status) = status else {
        return Err((
            "malformed_http_response",
            format!(
                "bad status line {:?}",
                status_line.chars().take(80).collect::<String>()
            ),
        ));
    };
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let (k, v) = (k.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase());
        match k.as_str() {
            "content-type" => content_type = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => encoding = v,
            _ => {}
        }
    }
    let mut body = block;
    body.drain(..body_start);
    if chunked {
        // Common Crawl stores bodies already de-chunked but keeps the header; take the body
        // as it is when it does not parse as chunks.
        if let Some(b) = dechunk(&body) {
            body = b;
        }
    }
    let body = match encoding.as_str() {
        "" | "identity" | "none" => body,
        "gzip" | "x-gzip" | "deflate" => match decompress(&body, &encoding) {
            Ok(b) => b,
            Err(e) => return Err(("bad_content_encoding", e)),
        },
        other => {
            return Err((
                "bad_content_encoding",
                format!("content encoding {other:?} not supported"),
            ))
        }
    };
    Ok(Some((body, content_type)))
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Decodes `Transfer-Encoding: chunked`; None when the body does not start as a chunk sequence.
/// A sequence cut short (a capture stopped at its size limit, `WARC-Truncated`) gives the chunks
/// received, the last one as far as it goes, rather than the raw bytes with their size lines.
/// Lines may end in CRLF or, from sloppy servers, LF alone.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    loop {
        let Some(size) = chunk_size(&body[pos..]) else {
            return (pos > 0).then_some(out);
        };
        let (size, line) = size;
        pos += line;
        if size == 0 {
            return Some(out);
        }
        let end = pos.saturating_add(size).min(body.len());
        out.extend_from_slice(&body[pos..end]);
        pos = end;
        if body[pos..].starts_with(b"\r\n") {
            pos += 2;
        } else if body[pos..].starts_with(b"\n") {
            pos += 1;
        }
        if pos >= body.len() {
            return Some(out);
        }
    }
}

/// The size on a chunk-size line at the start of `rest`, and the length of that line with its
/// end; None when `rest` does not start with one (hex digits, then an extension or the end).
fn chunk_size(rest: &[u8]) -> Option<(usize, usize)> {
    let nl = rest.iter().take(1024).position(|&b| b == b'\n')?;
    let line = std::str::from_utf8(&rest[..nl]).ok()?;
    let digits = line.trim_end_matches('\r').split(';').next()?.trim();
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let size = usize::from_str_radix(digits, 16).ok()?;
    Some((size, nl + 1))
}

/// Decodes an HTTP `Content-Encoding`. What one record may expand to is bounded as a gzip file
/// is ([`super::gzip::allowance`] of its encoded size, and the record limit): a bomb inside a
/// record is refused like a bomb file. Bytes after a complete gzip member that are not another
/// member (a stray CRLF, padding) are ignored, as browsers ignore them; the page is whole.
fn decompress(body: &[u8], encoding: &str) -> Result<Vec<u8>, String> {
    let limit = super::gzip::allowance(body.len() as u64).min(MAX_RECORD_BYTES);
    let mut out = Vec::new();
    let res = if encoding == "deflate" {
        // "deflate" in HTTP is zlib-wrapped, but some servers send raw deflate.
        match flate2::read::ZlibDecoder::new(body)
            .take(limit + 1)
            .read_to_end(&mut out)
        {
            Ok(n) => Ok(n),
            Err(_) => {
                out.clear();
                flate2::read::DeflateDecoder::new(body)
                    .take(limit + 1)
                    .read_to_end(&mut out)
            }
        }
    } else {
        gunzip_members(body, limit + 1, &mut out)
    };
    res.map_err(|e| format!("cannot decode {encoding} body: {e}"))?;
    if out.len() as u64 > limit {
        return Err(format!(
            "decoded body exceeds {limit} bytes ({} times its encoded size, at least {}, at \
             most the record limit)",
            super::gzip::MAX_RATIO,
            super::gzip::MIN_ALLOWANCE
        ));
    }
    Ok(out)
}

/// Gzip members one after another into `out`, at most `limit` bytes; stops at the end or at
/// bytes that do not start another member.
fn gunzip_members(mut rest: &[u8], limit: u64, out: &mut Vec<u8>) -> std::io::Result<usize> {
    let start = out.len();
    loop {
        let room = limit.saturating_sub((out.len() - start) as u64);
        let mut d = flate2::bufread::GzDecoder::new(rest);
        (&mut d).take(room).read_to_end(out)?;
        if (out.len() - start) as u64 >= limit {
            break;
        }
        rest = d.into_inner();
        if !rest.starts_with(&[0x1f, 0x8b]) {
            break;
        }
    }
    Ok(out.len() - start)
}

/// A byte stream that ends at each place where a resuming gzip decoder passed over damage,
/// until the reader lifts that fence: a record cut there is reported as damaged, and the
/// next member's record is read whole instead of as the rest of the cut one's body.
struct Fenced<'a> {
    inner: &'a mut dyn BufRead,
    /// Bytes put back (or peeked at) in front of `inner`.
    front: super::front::Front,
    /// Bytes consumed so far.
    pos: u64,
    damage: Option<Damages>,
    /// Damage already lifted, for [`Fenced::damage_over`].
    past: Vec<Damage>,
    /// An error met while peeking, handed out by the next read: the record read before it is
    /// returned first, not lost with it.
    error: Option<std::io::Error>,
}

impl Fenced<'_> {
    fn fence(&self) -> Option<u64> {
        fence_of(self.damage.as_ref()?)
    }

    /// The damage the stream stands at, taken off so that reading goes on past it.
    fn lift(&mut self) -> Option<Damage> {
        if self.fence() != Some(self.pos) {
            return None;
        }
        let mut damage = self.damage.as_ref()?.borrow_mut();
        let i = damage.iter().position(|d| !d.recovered)?;
        let d = damage.remove(i)?;
        self.past.push(d.clone());
        Some(d)
    }

    /// Members recovered after damage to their headers whose output begins before `end`: the
    /// record read up to there holds it (those before `start` belonged to bytes reported
    /// otherwise, and are dropped).
    fn recovered(&mut self, (start, end): (u64, u64)) -> Vec<Damage> {
        let Some(damage) = self.damage.as_ref() else {
            return Vec::new();
        };
        let mut damage = damage.borrow_mut();
        let mut taken = Vec::new();
        damage.retain(|d| {
            if d.recovered && d.at < end {
                if d.at >= start {
                    taken.push(d.clone());
                }
                return false;
            }
            true
        });
        taken
    }

    /// Puts bytes just consumed back in front of the stream.
    fn unread(&mut self, bytes: &[u8]) {
        self.front.put_back(bytes);
        self.pos -= bytes.len() as u64;
    }

    /// Up to `n` of the next bytes, without consuming them (fewer at the end or at a fence). A
    /// read error on the way is kept for the next read, so what was read before it comes first.
    fn peek(&mut self, n: usize) -> &[u8] {
        while self.front.rest().len() < n && self.error.is_none() {
            let buf = match self.inner.fill_buf() {
                Ok(buf) => buf,
                Err(e) => {
                    self.error = Some(e);
                    break;
                }
            };
            if buf.is_empty() {
                break;
            }
            let take = buf.len().min(n - self.front.rest().len());
            self.front.push(&buf[..take]);
            self.inner.consume(take);
        }
        let have = self.front.rest();
        let limit = match self.fence() {
            Some(f) if f >= self.pos => (f - self.pos) as usize,
            _ => usize::MAX,
        };
        &have[..have.len().min(n).min(limit)]
    }

    /// Damage whose member gave any of the bytes `[start, end)`: they may be garbage.
    fn damage_over(&self, (start, end): (u64, u64)) -> Option<Damage> {
        let hit = |d: &&Damage| d.from < end && start < d.at && !is_cut(d) && !d.recovered;
        if let Some(d) = self.past.iter().rev().find(hit) {
            return Some(d.clone());
        }
        let pending = self.damage.as_ref()?.borrow();
        pending.iter().find(hit).cloned()
    }
}

impl Read for Fenced<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        super::front::read_buffered(self, buf)
    }
}

impl BufRead for Fenced<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        let pos = self.pos;
        if self.front.rest().is_empty() {
            if let Some(e) = self.error.take() {
                return Err(e);
            }
        }
        let buf = if !self.front.rest().is_empty() {
            self.front.rest()
        } else {
            self.inner.fill_buf()?
        };
        // Looked up after the fill: the fill is what meets damage and sets the fence.
        let fence = self.damage.as_ref().and_then(fence_of);
        Ok(match fence {
            Some(f) if f >= pos => &buf[..buf.len().min((f - pos) as usize)],
            _ => buf,
        })
    }

    fn consume(&mut self, n: usize) {
        if !self.front.consume(n) {
            self.inner.consume(n);
        }
        self.pos += n as u64;
    }
}

/// Where the stream stops next: the first damage passed over. A member recovered after damage
/// to its header stops nothing: its output is read on as any member's.
fn fence_of(damage: &Damages) -> Option<u64> {
    damage.borrow().iter().find(|d| !d.recovered).map(|d| d.at)
}

/// Reads one record after another from a byte stream.
struct RecordReader<'a> {
    r: Fenced<'a>,
    /// Ordinal of the last record started (1-based), for ids and messages.
    number: u64,
    /// The last record started is still being read: a read error now cuts it. Otherwise one
    /// comes between records, and the last one started was read whole (or already reported).
    open: bool,
    /// A version line was already consumed while skipping junk.
    at_record: bool,
    /// The rest of a record already reported as bad is being skipped: not reported again.
    resyncing: bool,
    /// Stream offset of the last version line read, and of the end of the last record read.
    record_start: u64,
    last_end: u64,
    /// Bytes of the last version line read, with its end.
    version_len: u64,
    /// The last call returned a record.
    after_record: bool,
    /// A repair of the record just returned, reported by the next call.
    note: Option<(u64, String)>,
}

enum Line {
    Text(Vec<u8>),
    /// A line the stream ended inside, at its end or at damage: not a whole header line.
    Unended(Vec<u8>),
    TooLong,
    Eof,
}

impl RecordReader<'_> {
    fn new(r: Fenced<'_>) -> RecordReader<'_> {
        RecordReader {
            r,
            number: 0,
            open: false,
            at_record: false,
            resyncing: false,
            record_start: 0,
            last_end: 0,
            version_len: 0,
            after_record: false,
            note: None,
        }
    }

    /// Reads a line (without its end) of at most [`MAX_LINE`] bytes; a longer one is consumed
    /// and reported as too long, so binary junk cannot make one line fill memory.
    fn line(&mut self) -> std::io::Result<Line> {
        let mut buf = Vec::new();
        let mut too_long = false;
        let mut ended = false;
        loop {
            let avail = self.r.fill_buf()?;
            if avail.is_empty() {
                if buf.is_empty() && !too_long {
                    return Ok(Line::Eof);
                }
                break;
            }
            let (take, done) = match avail.iter().position(|&b| b == b'\n') {
                Some(i) => (i, true),
                None => (avail.len(), false),
            };
            if !too_long {
                buf.extend_from_slice(&avail[..take]);
                if buf.len() > MAX_LINE {
                    too_long = true;
                    buf = Vec::new();
                }
            }
            self.r.consume(if done { take + 1 } else { take });
            if done {
                ended = true;
                break;
            }
        }
        if too_long {
            return Ok(Line::TooLong);
        }
        if !ended {
            return Ok(Line::Unended(buf));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Line::Text(buf))
    }

    /// Skips to the next `WARC/` version line; true if there was something else before it
    /// (other than blank lines).
    fn seek_version(&mut self) -> std::io::Result<Option<bool>> {
        let mut junk = false;
        loop {
            let start = self.r.pos;
            match self.line()? {
                Line::Eof => return Ok(if junk { Some(true) } else { None }),
                Line::Text(l) | Line::Unended(l) if l.starts_with(b"WARC/") => {
                    self.version_len = self.r.pos - start;
                    self.record_start = start;
                    self.at_record = true;
                    return Ok(Some(junk));
                }
                Line::Text(l) | Line::Unended(l) if l.iter().all(u8::is_ascii_whitespace) => {}
                _ => junk = true,
            }
        }
    }

    /// A record cut by damaged gzip data, when the stream ended at a fence inside it; the reader
    /// goes on with the next member.
    fn cut(&mut self, number: u64) -> Option<Next> {
        let d = self.r.lift()?;
        self.at_record = false;
        self.resyncing = false;
        let how = if is_cut(&d) {
            "off where the file ends"
        } else {
            "by damaged gzip data"
        };
        Some(Next::Bad {
            number,
            reason: d.problem.reason(),
            detail: format!("record cut {how}: {d}"),
        })
    }

    fn bad(&self, reason: &'static str, detail: impl Into<String>) -> Next {
        Next::Bad {
            number: self.number,
            reason,
            detail: detail.into(),
        }
    }

    /// The next record. Anything between records that is not a `WARC/` version line is one bad
    /// record, unless it is the rest of a record already reported.
    fn next(&mut self) -> std::io::Result<Next> {
        self.open = false;
        if let Some((number, detail)) = self.note.take() {
            return Ok(Next::Repaired { number, detail });
        }
        let after_record = std::mem::take(&mut self.after_record);
        if !self.at_record {
            let resyncing = std::mem::take(&mut self.resyncing);
            let start = self.r.pos;
            let found = self.seek_version()?;
            // Stopped at a fence between records (with or without junk before it).
            if !self.at_record {
                if let Some(d) = self.r.lift() {
                    let belongs = resyncing || d.from < self.last_end;
                    // The file cut off in or after the member of a record already reported:
                    // that record keeps what it read, but the cut is reported, after it.
                    if belongs && is_cut(&d) {
                        return Ok(Next::Between {
                            reason: d.problem.reason(),
                            detail: format!("file cut off {}: {d}", after(self.number)),
                        });
                    }
                    // What the damaged member gave belongs to a record already reported: the
                    // last one read (see `damage_over`), or one reported bad and being skipped.
                    if belongs || !d.member {
                        return self.next();
                    }
                    // The member gave no record: one was lost whole.
                    self.number += 1;
                    let how = if is_cut(&d) {
                        "where the file ends"
                    } else {
                        "to damaged gzip data"
                    };
                    return Ok(self.bad(d.problem.reason(), format!("record lost {how}: {d}")));
                }
            }
            match found {
                None => return Ok(Next::Eof),
                // Right after a record: the rest of its body, its `Content-Length` too short.
                // Mended as its own, so the records after it keep their numbers.
                Some(true) if !resyncing && after_record => {
                    let skipped =
                        self.r.pos - start - if self.at_record { self.version_len } else { 0 };
                    return Ok(Next::Repaired {
                        number: self.number,
                        detail: format!(
                            "{skipped} bytes after the record's Content-Length, up to the next \
                             record, left out (its Content-Length is too short)"
                        ),
                    });
                }
                Some(true) if !resyncing => {
                    self.number += 1;
                    return Ok(self.bad(
                        "malformed_warc_record",
                        "data that is not a WARC record skipped up to the next WARC/ line",
                    ));
                }
                Some(_) => {}
            }
            if !self.at_record {
                return Ok(Next::Eof);
            }
        }
        self.at_record = false;
        self.number += 1;
        self.open = true;
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut header_bytes = 0usize;
        loop {
            let l = match self.line()? {
                Line::Eof | Line::Unended(_) => {
                    if let Some(cut) = self.cut(self.number) {
                        return Ok(cut);
                    }
                    return Ok(self.bad(
                        "truncated_warc_record",
                        "file ends inside the record's header block",
                    ));
                }
                Line::TooLong => {
                    self.resyncing = true;
                    return Ok(self.bad(
                        "malformed_warc_record",
                        format!("header line longer than {MAX_LINE} bytes"),
                    ));
                }
                Line::Text(l) => l,
            };
            if l.is_empty() {
                break;
            }
            header_bytes += l.len();
            if header_bytes > MAX_HEADER_BYTES {
                self.resyncing = true;
                return Ok(self.bad(
                    "malformed_warc_record",
                    format!("header block longer than {MAX_HEADER_BYTES} bytes"),
                ));
            }
            let l = String::from_utf8_lossy(&l);
            if l.starts_with([' ', '\t']) {
                if let Some((_, v)) = headers.last_mut() {
                    v.push(' ');
                    v.push_str(l.trim());
                    continue;
                }
            }
            match l.split_once(':') {
                Some((k, v)) if !k.trim().is_empty() => {
                    headers.push((k.trim().to_string(), v.trim().to_string()))
                }
                _ => {
                    self.resyncing = true;
                    return Ok(self.bad(
                        "malformed_warc_record",
                        format!(
                            "header line without a name: {:?}",
                            l.chars().take(80).collect::<String>()
                        ),
                    ));
                }
            }
        }
        let length = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("Content-Length"))
            .map(|(_, v)| v.parse::<u64>());
        let length = match length {
            Some(Ok(n)) => n,
            Some(Err(_)) | None => {
                self.resyncing = true;
                return Ok(self.bad("malformed_warc_record", "missing or invalid Content-Length"));
            }
        };
        if length > MAX_RECORD_BYTES {
            let skipped =
                std::io::copy(&mut Read::take(&mut self.r, length), &mut std::io::sink())?;
            if skipped < length {
                if let Some(cut) = self.cut(self.number) {
                    return Ok(cut);
                }
                return Ok(self.bad(
                    "truncated_warc_record",
                    format!("file ends {} bytes into a {length}-byte record", skipped),
                ));
            }
            return Ok(self.bad(
                "record_too_large",
                format!("{length}-byte record exceeds the {MAX_RECORD_BYTES}-byte limit"),
            ));
        }
        let mut body = Vec::with_capacity(length.min(16 << 20) as usize);
        Read::take(&mut self.r, length).read_to_end(&mut body)?;
        let short = (body.len() as u64) < length;
        if short {
            if let Some(cut) = self.cut(self.number) {
                return Ok(cut);
            }
            if next_record_in(&body).is_none() {
                return Ok(self.bad(
                    "truncated_warc_record",
                    format!("file ends {} bytes into a {length}-byte record", body.len()),
                ));
            }
        }
        // A Content-Length too long takes in the start of the next record: when what follows
        // is not the blank lines and `WARC/` line of a next record (or the file ends first),
        // and the body holds one, the body ends where that record begins, which is read as
        // its own.
        if short || !trailer_ok(self.r.peek(16)) {
            if let Some(k) = next_record_in(&body) {
                let rest = body.split_off(k);
                self.r.unread(&rest);
                while body.last().is_some_and(|&b| b == b'\n' || b == b'\r') {
                    body.pop();
                }
                self.note = Some((
                    self.number,
                    format!(
                        "Content-Length {length} runs {} bytes into the next record; the \
                         record ends where that one begins",
                        rest.len()
                    ),
                ));
            }
        }
        self.last_end = self.r.pos;
        self.after_record = true;
        Ok(Next::Record(Record {
            number: self.number,
            span: (self.record_start, self.r.pos),
            headers,
            body,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const PAGE: &str = "<html><head><title>Fire closes berths</title></head><body><article>\
        <p>The port authority of Rotterdam said on Tuesday that a fire on a container ship had \
        forced the closure of two berths at the Maasvlakte terminal.</p>\
        <p>Firefighters fought the blaze for more than nine hours.</p></article></body></html>";

    fn record(kind: &str, uri: &str, extra: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2024-03-06T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\n{extra}\
             Content-Length: {}\r\n\r\n",
            block.len(),
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
        let mut b = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
        b.extend_from_slice(body);
        b
    }

    fn response(uri: &str, headers: &str, body: &[u8]) -> Vec<u8> {
        record(
            "response",
            uri,
            "Content-Type: application/http; msgtype=response\r\n",
            &http("200 OK", headers, body),
        )
    }

    fn read(bytes: &[u8]) -> FileArticles {
        let mut out = FileArticles::default();
        read_warc(&mut std::io::Cursor::new(bytes), "crawl.warc", &mut out);
        out
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn sample() -> Vec<Vec<u8>> {
        let dated = PAGE.replace(
            "<title>",
            r#"<meta property="article:published_time" content="2024-03-05T09:00:00Z"><title>"#,
        );
        vec![
            record(
                "warcinfo",
                "",
                "Content-Type: application/warc-fields\r\n",
                b"software: test\r\n",
            ),
            record(
                "request",
                "https://a.example/1",
                "",
                b"GET /1 HTTP/1.1\r\n\r\n",
            ),
            response(
                "https://a.example/1",
                "Content-Type: text/html; charset=utf-8\r\n",
                PAGE.as_bytes(),
            ),
            response(
                "https://a.example/logo.png",
                "Content-Type: image/png\r\n",
                b"\x89PNG\r\n",
            ),
            record(
                "response",
                "https://a.example/old",
                "",
                &http("301 Moved Permanently", "Location: /1\r\n", b""),
            ),
            response(
                "https://b.example/2",
                "Content-Type: text/html\r\n",
                dated.as_bytes(),
            ),
            record(
                "metadata",
                "https://b.example/2",
                "",
                b"fetchTimeMs: 12\r\n",
            ),
        ]
    }

    #[test]
    fn one_article_per_html_response() {
        let out = read(&sample().concat());
        assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["crawl.warc:3", "crawl.warc:6"]);
        let a = &out.articles[0];
        assert_eq!(a.url.as_deref(), Some("https://a.example/1"));
        assert_eq!(a.source.as_deref(), Some("a.example"));
        // No date in the page: the capture date stands in.
        assert_eq!(a.published.unwrap().iso(), "2024-03-06T08:00:00Z");
        assert!(a.text.starts_with("The port authority"), "{}", a.text);
        let rid = a.extra.get("warc_record_id");
        let rid = rid.as_ref().and_then(|v| v.as_str());
        assert!(rid.unwrap().starts_with("<urn:uuid:response-"), "{rid:?}");
        // The page's own date wins over the capture date.
        assert_eq!(
            out.articles[1].published.unwrap().iso(),
            "2024-03-05T09:00:00Z"
        );
    }

    #[test]
    fn a_warc_date_that_is_no_date_is_reported() {
        let rec = response(
            "https://a.example/fire",
            "Content-Type: text/html\r\n",
            PAGE.as_bytes(),
        );
        let bad = String::from_utf8(rec)
            .unwrap()
            .replace("2024-03-06T08:00:00Z", "yesterday");
        let out = read(bad.as_bytes());
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.diag.repaired["bad_field"], 1);
        assert!(
            out.diag.messages[0]
                .starts_with("crawl.warc:1: repaired (bad_field): field \"WARC-Date\""),
            "{:?}",
            out.diag.messages
        );
    }

    #[test]
    fn gzip_per_record_and_whole_file() {
        let recs = sample();
        let per_record: Vec<u8> = recs.iter().flat_map(|r| gzip(r)).collect();
        let whole = gzip(&recs.concat());
        for bytes in [per_record, whole] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("x.warc.gz");
            std::fs::write(&path, &bytes).unwrap();
            let mut out = FileArticles::default();
            read_warc_file(
                std::fs::File::open(&path).unwrap(),
                "x.warc.gz",
                0,
                &mut out,
            );
            assert_eq!(out.articles.len(), 2, "{:?}", out.diag.messages);
            assert!(out.diag.skipped.is_empty());
        }
        // A corrupt gzip member costs its own record: the reader goes on at the next member,
        // whether the damage cut the record's body, its header, or the member's own header.
        let page = |k: usize| {
            response(
                &format!("https://g.example/{k}"),
                "Content-Type: text/html\r\n",
                PAGE.replace("Rotterdam", &format!("Rotterdam {k}"))
                    .as_bytes(),
            )
        };
        for at in [0.5, 0.05, 0.0] {
            let mut bytes: Vec<u8> = (1..=3).flat_map(|k| gzip(&page(k))).collect();
            let mut bad = gzip(&page(4));
            let mid = ((bad.len() as f64 * at) as usize).max(8);
            for b in &mut bad[mid - 8..mid + 8] {
                *b ^= 0x5a;
            }
            bytes.extend_from_slice(&bad);
            bytes.extend((5..=6).flat_map(|k| gzip(&page(k))));
            let mut out = FileArticles::default();
            read_warc_file(&bytes[..], "bad.warc.gz", bytes.len() as u64, &mut out);
            let urls: Vec<&str> = out
                .articles
                .iter()
                .filter_map(|a| a.url.as_deref())
                .collect();
            assert_eq!(
                urls,
                (1..=6)
                    .filter(|&k| k != 4)
                    .map(|k| format!("https://g.example/{k}"))
                    .collect::<Vec<_>>(),
                "damage at {at}: {:?}",
                out.diag.messages
            );
            let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(
                ids[3..],
                ["bad.warc.gz:5", "bad.warc.gz:6"],
                "damage at {at}: {:?}",
                out.diag.messages
            );
            assert_eq!(
                out.diag.skipped.values().sum::<u64>(),
                1,
                "damage at {at}: {:?}",
                out.diag.messages
            );
            let m = out.diag.messages.join("\n");
            assert!(
                m.contains("bad.warc.gz:4: skipped (corrupt_gzip)"),
                "damage at {at}: {m}"
            );
            assert!(m.contains("passed over to the next gzip member"), "{m}");
        }
        // The file cut inside the last member: the record before it is kept, and the cut
        // reported once.
        let gz_page = |k: usize| gzip(&page(k));
        let bytes = [gz_page(1), gz_page(2)[..10].to_vec()].concat();
        let mut out = FileArticles::default();
        read_warc_file(&bytes[..], "cut.warc.gz", bytes.len() as u64, &mut out);
        assert_eq!(out.articles.len(), 1, "{:?}", out.diag.messages);
        assert_eq!(
            out.diag.skipped.values().sum::<u64>(),
            1,
            "{:?}",
            out.diag.messages
        );
        assert_eq!(out.diag.skipped["truncated_gzip"], 1);
        // A damaged header whose extra field reads past the end of the file: the members after
        // it are still found.
        let mut bad = gz_page(2);
        bad[3] = 0x04;
        bad[10] = 0xff;
        bad[11] = 0xff;
        let bytes = [gz_page(1), bad, gz_page(3), gz_page(4)].concat();
        let mut out = FileArticles::default();
        read_warc_file(&bytes[..], "x.warc.gz", bytes.len() as u64, &mut out);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["x.warc.gz:1", "x.warc.gz:3", "x.warc.gz:4"],
            "{:?}",
            out.diag.messages
        );
        assert_eq!(
            out.diag.skipped["corrupt_gzip"], 1,
            "{:?}",
            out.diag.messages
        );
        // A stray line break between two members loses no record and shifts no number.
        let bytes = [gz_page(1), b"\n".to_vec(), gz_page(2), gz_page(3)].concat();
        let mut out = FileArticles::default();
        read_warc_file(&bytes[..], "j.warc.gz", bytes.len() as u64, &mut out);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            ["j.warc.gz:1", "j.warc.gz:2", "j.warc.gz:3"],
            "{:?}",
            out.diag.messages
        );
        assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
        // Damage in the last member: what came before is kept.
        let mut bytes: Vec<u8> = recs[..3].iter().flat_map(|r| gzip(r)).collect();
        let mut bad = gzip(&recs[5]);
        let mid = bad.len() / 2;
        for b in &mut bad[mid - 8..mid + 8] {
            *b ^= 0x5a;
        }
        bytes.extend_from_slice(&bad);
        let mut out = FileArticles::default();
        read_warc_file(&bytes[..], "bad.warc.gz", 0, &mut out);
        assert_eq!(out.articles.len(), 1);
        assert_eq!(
            out.diag.skipped.get("corrupt_gzip"),
            Some(&1),
            "{:?}",
            out.diag.messages
        );
        // Cut short, as an interrupted download is: what came before is kept.
        let mut bytes: Vec<u8> = recs[..4].iter().flat_map(|r| gzip(r)).collect();
        bytes.truncate(bytes.len() - 20);
        let mut out = FileArticles::default();
        read_warc_file(&bytes[..], "cut.warc.gz", bytes.len() as u64, &mut out);
        assert_eq!(out.articles.len(), 1);
        assert_eq!(
            out.diag.skipped["truncated_gzip"], 1,
            "{:?}",
            out.diag.messages
        );
    }

    /// The page of record `k`, told apart from the others by its URL and text.
    fn numbered(k: usize) -> Vec<u8> {
        response(
            &format!("https://g.example/{k}"),
            "Content-Type: text/html\r\n",
            PAGE.replace("Rotterdam", &format!("Rotterdam {k}"))
                .as_bytes(),
        )
    }

    /// Reads `bytes` as the file `name`: the ids of its articles, and its messages.
    fn ids_and_messages(bytes: &[u8], name: &str) -> (Vec<String>, Vec<String>, FileArticles) {
        let mut out = FileArticles::default();
        read_warc_file(bytes, name, bytes.len() as u64, &mut out);
        let ids = out.articles.iter().map(|a| a.id.clone()).collect();
        let messages = out.diag.messages.clone();
        // No record is both read and reported lost (a repaired one is read).
        for m in messages.iter().filter(|m| !m.contains(": repaired (")) {
            let origin = m.split(": ").next().unwrap();
            assert!(!out.articles.iter().any(|a| a.id == origin), "{m}");
        }
        (ids, messages, out)
    }

    fn names(name: &str, ks: impl IntoIterator<Item = usize>) -> Vec<String> {
        ks.into_iter().map(|k| format!("{name}:{k}")).collect()
    }

    use crate::ingest::tests::FailAfter;

    /// A read error names the record it cut, or, between records, the record it came after:
    /// never a record read whole and kept.
    #[test]
    fn a_read_error_names_the_record_it_cut() {
        let recs: Vec<Vec<u8>> = (1..=3).map(numbered).collect();
        let two = recs[0].len() + recs[1].len();
        let body_end = two - 4; // before record 2's closing blank lines
        for (ok, kept, want) in [
            (
                two,
                2,
                "crawl.warc: skipped (read_error): stopped by a read error after record 2, ",
            ),
            (
                body_end,
                2,
                "crawl.warc: skipped (read_error): stopped by a read error after record 2, ",
            ),
            (
                two + 40,
                2,
                "crawl.warc:3: skipped (read_error): record cut by a read error",
            ),
            (
                two + 400,
                2,
                "crawl.warc:3: skipped (read_error): record cut by a read error",
            ),
        ] {
            let bytes = recs.concat();
            let mut out = FileArticles::default();
            let r = FailAfter { data: &bytes, ok };
            read_warc_file(r, "crawl.warc", bytes.len() as u64, &mut out);
            let m = out.diag.messages.join("\n");
            assert_eq!(out.articles.len(), kept, "{ok}: {m}");
            assert_eq!(out.diag.skipped["read_error"], 1, "{ok}: {m}");
            assert!(m.starts_with(want), "{ok}: {m}");
            assert!(m.contains("the rest of the file not read"), "{m}");
        }
    }

    /// Damage at the end of a `.warc.gz`, where no gzip member follows to go on at, is reported
    /// as damage in the middle is: against the record it cut or cost, or, when every record
    /// before it was read whole, as coming after the last of them.
    #[test]
    fn damage_at_the_end_of_a_gzip_file_names_the_record_it_cost() {
        let members: Vec<Vec<u8>> = (1..=6).map(|k| gzip(&numbered(k))).collect();
        let all = members.concat();
        let name = "x.warc.gz";
        // Cut inside the fourth member's header: the fourth record is lost, not the third.
        let cut = [members[..3].concat(), members[3][..5].to_vec()].concat();
        let (ids, m, out) = ids_and_messages(&cut, name);
        assert_eq!(ids, names(name, 1..=3));
        assert_eq!(out.diag.skipped["truncated_gzip"], 1, "{m:?}");
        assert!(
            m[0].starts_with("x.warc.gz:4: skipped (truncated_gzip): "),
            "{m:?}"
        );
        // Cut inside its deflate data: the fourth record is cut.
        let cut = [
            members[..3].concat(),
            members[3][..members[3].len() / 2].to_vec(),
        ]
        .concat();
        let (ids, m, _) = ids_and_messages(&cut, name);
        assert_eq!(ids, names(name, 1..=3));
        assert!(
            m[0].starts_with("x.warc.gz:4: skipped (truncated_gzip): "),
            "{m:?}"
        );
        assert!(m[0].contains("record cut off where the file ends"), "{m:?}");
        // Only the last member's trailer cut off: every record was read whole.
        let cut = &all[..all.len() - 8];
        let (ids, m, out) = ids_and_messages(cut, name);
        assert_eq!(ids, names(name, 1..=6));
        assert_eq!(out.diag.skipped["truncated_gzip"], 1, "{m:?}");
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].starts_with("x.warc.gz: skipped (truncated_gzip): file cut off after record 6"),
            "{m:?}"
        );
        // The last member's checksum wrong: its record is dropped as it is in the middle of the
        // file, reported once, and not also kept.
        let mut bad = all.clone();
        let n = bad.len();
        bad[n - 6] ^= 0xff;
        let (ids, m, out) = ids_and_messages(&bad, name);
        assert_eq!(ids, names(name, 1..=5));
        assert_eq!(out.diag.skipped.values().sum::<u64>(), 1, "{m:?}");
        assert!(
            m[0].starts_with("x.warc.gz:6: skipped (corrupt_gzip): record from damaged gzip data"),
            "{m:?}"
        );
        // Bytes after the last member that are no gzip: a stray few lose nothing, as between
        // members; enough to have been a member are a record lost, after the last one read.
        let (ids, m, _) = ids_and_messages(&[all.clone(), b"\r\n".to_vec()].concat(), name);
        assert_eq!(ids, names(name, 1..=6));
        assert!(m.is_empty(), "{m:?}");
        let junk = [all.clone(), vec![b'#'; 44]].concat();
        let (ids, m, out) = ids_and_messages(&junk, name);
        assert_eq!(ids, names(name, 1..=6));
        assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{m:?}");
        assert!(
            m[0].starts_with("x.warc.gz:7: skipped (corrupt_gzip): record lost"),
            "{m:?}"
        );
        assert!(m[0].contains("44 compressed bytes"), "{m:?}");
        // One member for the whole file, cut just after the third record: flushed there, so
        // that what decodes ends exactly with it.
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        for k in 1..=3 {
            e.write_all(&numbered(k)).unwrap();
        }
        e.flush().unwrap();
        let at = e.get_ref().len();
        for k in 4..=6 {
            e.write_all(&numbered(k)).unwrap();
        }
        let whole = e.finish().unwrap();
        let (ids, m, out) = ids_and_messages(&whole[..at], name);
        assert_eq!(ids, names(name, 1..=3));
        assert_eq!(out.diag.skipped["truncated_gzip"], 1, "{m:?}");
        assert!(
            m[0].starts_with("x.warc.gz: skipped (truncated_gzip): file cut off after record 3"),
            "{m:?}"
        );
        // And cut in the middle of the fourth.
        let (ids, m, _) = ids_and_messages(&whole[..(at + whole.len()) / 2], name);
        assert_eq!(ids, names(name, 1..=3));
        assert!(
            m[0].starts_with("x.warc.gz:4: skipped (truncated_gzip): "),
            "{m:?}"
        );
    }

    /// A `.warc.gz` whose first member's header is damaged is still gzip: that member's record
    /// is recovered from its intact deflate data, as a member's further on is, or, its data
    /// damaged too, costs its record alone, and the rest are read. A plain WARC is read as such
    /// whatever its name, and its own damage is not taken for gzip.
    #[test]
    fn a_damaged_first_gzip_member_costs_only_its_record() {
        let members: Vec<Vec<u8>> = (1..=4).map(|k| gzip(&numbered(k))).collect();
        for (at, value) in [(0, 0x00), (0, 0x1e), (1, 0x00), (0, b'W')] {
            let mut bytes = members.concat();
            bytes[at] = value;
            for name in ["x.warc.gz", "x.warc"] {
                let (ids, m, out) = ids_and_messages(&bytes, name);
                assert_eq!(ids, names(name, 1..=4), "{at} {value} {name}: {m:?}");
                assert!(out.diag.skipped.is_empty(), "{m:?}");
                assert_eq!(out.diag.repaired["gzip_header"], 1, "{m:?}");
                let want = format!("{name}:1: repaired (gzip_header): record recovered");
                assert!(m[0].starts_with(&want), "{m:?}");
                assert!(m[0].contains("no gzip signature"), "{m:?}");
            }
            // Its deflate data damaged too: nothing to recover, the record lost.
            bytes[members[0].len() / 2] ^= 0xa5;
            for name in ["x.warc.gz", "x.warc"] {
                let (ids, m, out) = ids_and_messages(&bytes, name);
                assert_eq!(ids, names(name, 2..=4), "{at} {value} {name}: {m:?}");
                assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{m:?}");
                assert_eq!(out.diag.skipped.values().sum::<u64>(), 1, "{m:?}");
                let want = format!("{name}:1: skipped (corrupt_gzip): record lost");
                assert!(m[0].starts_with(&want), "{m:?}");
                assert!(m[0].contains("no gzip signature"), "{m:?}");
            }
        }
        // One member for the whole file: recovered whole, the repair reported at the first
        // record; its data damaged too, nothing to go on at, and said so as damaged gzip.
        let mut whole = gzip(&(1..=4).flat_map(numbered).collect::<Vec<u8>>());
        whole[0] = 0;
        let (ids, m, out) = ids_and_messages(&whole, "x.warc.gz");
        assert_eq!(ids, names("x.warc.gz", 1..=4), "{m:?}");
        assert_eq!(out.diag.repaired["gzip_header"], 1, "{m:?}");
        assert!(out.diag.skipped.is_empty(), "{m:?}");
        let n = whole.len();
        whole[n / 2] ^= 0xa5;
        let (ids, m, out) = ids_and_messages(&whole, "x.warc.gz");
        assert!(ids.is_empty());
        assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{m:?}");
        assert_eq!(out.diag.skipped.values().sum::<u64>(), 1, "{m:?}");
        // Plain WARC misnamed `.warc.gz` is read as plain WARC.
        let plain: Vec<u8> = (1..=4).flat_map(numbered).collect();
        let (ids, m, _) = ids_and_messages(&plain, "x.warc.gz");
        assert_eq!(ids, names("x.warc.gz", 1..=4), "{m:?}");
        assert!(m.is_empty(), "{m:?}");
        // Plain WARC with its first version line damaged, holding a gzipped page further on:
        // still plain WARC, the damaged record alone skipped.
        let zipped = response(
            "https://g.example/z",
            "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
            &gzip(PAGE.as_bytes()),
        );
        let mut damaged = [plain.clone(), zipped].concat();
        damaged[0] = b'X';
        for name in ["y.warc", "y.warc.gz"] {
            let (ids, m, out) = ids_and_messages(&damaged, name);
            assert_eq!(ids, names(name, 2..=5), "{name}: {m:?}");
            assert_eq!(out.diag.skipped["malformed_warc_record"], 1, "{m:?}");
        }
        // Junk that is neither: named `.warc`, not a WARC record; named `.warc.gz`, no gzip.
        let (_, m, out) = ids_and_messages(b"this is not a WARC file\n\n\n", "j.warc");
        assert_eq!(out.diag.skipped["malformed_warc_record"], 1, "{m:?}");
        let (_, m, out) = ids_and_messages(b"this is not a WARC file\n\n\n", "j.warc.gz");
        assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{m:?}");
        // Nothing at all, or blank lines: no records, and nothing wrong.
        for empty in [&b""[..], &[b'\n'; 40][..]] {
            let (ids, m, _) = ids_and_messages(empty, "e.warc.gz");
            assert!(ids.is_empty() && m.is_empty(), "{m:?}");
        }
    }

    /// A gzipped WARC with no name to go by (a pipe read as `/dev/stdin`) is told by its bytes
    /// and read as a `.warc.gz` file is: each damaged member costs its record, a first member
    /// whose signature alone is damaged is recovered, and is still gzip.
    #[test]
    fn a_gzipped_warc_without_a_name_is_told_by_its_bytes() {
        use crate::ingest::{parse_bytes, Format};
        let members: Vec<Vec<u8>> = (1..=4).map(|k| gzip(&numbered(k))).collect();
        let read = |bytes: &[u8]| {
            let out = parse_bytes("stdin", Format::Sniffed, bytes);
            let ids: Vec<String> = out.articles.iter().map(|a| a.id.clone()).collect();
            (ids, out)
        };
        // The first member's signature damaged.
        for (at, value) in [(0, 0x00), (1, 0x00), (0, b'W')] {
            let mut bytes = members.concat();
            bytes[at] = value;
            let (ids, out) = read(&bytes);
            assert_eq!(ids, names("stdin", 1..=4), "{:?}", out.diag.messages);
            assert_eq!(
                out.diag.repaired["gzip_header"], 1,
                "{:?}",
                out.diag.messages
            );
            assert!(out.diag.messages[0].starts_with("stdin:1: repaired (gzip_header): "));
        }
        // A member damaged in the middle costs its record only.
        let mut bytes = members.concat();
        let mid = members[0].len() + members[1].len() / 2;
        for b in &mut bytes[mid - 8..mid + 8] {
            *b ^= 0x5a;
        }
        let (ids, out) = read(&bytes);
        assert_eq!(ids, names("stdin", [1, 3, 4]), "{:?}", out.diag.messages);
        assert_eq!(out.diag.skipped.values().sum::<u64>(), 1);
        // One member for the whole file, its signature damaged: gzip all the same, by what
        // its deflate data begin with, in a file of any name, and recovered.
        let mut whole = gzip(&(1..=4).flat_map(numbered).collect::<Vec<u8>>());
        whole[0] = 0;
        let (ids, out) = read(&whole);
        assert_eq!(ids, names("stdin", 1..=4), "{:?}", out.diag.messages);
        for name in ["crawl.warc", "stdin"] {
            let (ids, m, out) = ids_and_messages(&whole, name);
            assert_eq!(ids, names(name, 1..=4), "{name}: {m:?}");
            assert_eq!(out.diag.repaired["gzip_header"], 1, "{name}: {m:?}");
        }
        // Its data damaged too: lost, and counted.
        let n = whole.len();
        whole[n / 2] ^= 0xa5;
        let (ids, out) = read(&whole);
        assert!(ids.is_empty());
        assert_eq!(
            out.diag.skipped["corrupt_gzip"], 1,
            "{:?}",
            out.diag.messages
        );
        for name in ["crawl.warc", "stdin"] {
            let (_, m, out) = ids_and_messages(&whole, name);
            assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{name}: {m:?}");
        }
        // Whole, it reads as before; and gzip that is not a WARC is still read as what it is.
        let (ids, _) = read(&members.concat());
        assert_eq!(ids, names("stdin", 1..=4));
        let jsonl = gzip(b"{\"id\": \"a\", \"text\": \"The port reopened on Tuesday.\"}\n");
        let (ids, out) = read(&jsonl);
        assert_eq!(ids, ["a"], "{:?}", out.diag.messages);
    }

    /// Wherever a `.warc.gz` is cut or damaged, no record is both kept and reported lost, and
    /// what costs a record is reported. A cut is reported once, and the records kept before it
    /// keep their numbers, also after damage that runs over the start of the next member and
    /// destroys its signature: that costs two records, and counts two.
    #[test]
    fn a_cut_or_damage_anywhere_in_a_gzip_file_is_reported() {
        let members: Vec<Vec<u8>> = (1..=4).map(|k| gzip(&numbered(k))).collect();
        let all = members.concat();
        // A cut between members leaves a whole, shorter file.
        let ends: Vec<usize> = members
            .iter()
            .scan(0, |end, m| {
                *end += m.len();
                Some(*end)
            })
            .collect();
        let check = |bytes: &[u8], what: &str| {
            let (ids, m, out) = ids_and_messages(bytes, "x.warc.gz");
            for a in &out.articles {
                let k = a.id.strip_prefix("x.warc.gz:").unwrap();
                let url = format!("https://g.example/{k}");
                assert_eq!(a.url.as_deref(), Some(url.as_str()), "{what}: {m:?}");
            }
            // Damage to a member's header fields that the decoder ignores (its time) costs
            // nothing, so only what does cost something must be reported.
            let whole = ends.contains(&bytes.len());
            if !whole || ids.len() < ends.iter().filter(|&&e| e <= bytes.len()).count() {
                assert!(!out.diag.skipped.is_empty(), "{what}: {m:?}");
            }
            out.diag.skipped.values().sum::<u64>()
        };
        for cut in (1..all.len()).step_by(5) {
            let reported = check(&all[..cut], &format!("cut at {cut}"));
            assert_eq!(reported, u64::from(!ends.contains(&cut)), "cut at {cut}");
        }
        // Every place, so that damage over each member boundary is met.
        for at in 0..all.len() {
            let mut bad = all.clone();
            for b in bad.iter_mut().skip(at).take(4) {
                *b ^= 0xa5;
            }
            check(&bad, &format!("damaged at {at}"));
        }
        // One member for the whole file: every cut is reported, the records before it kept.
        let whole = gzip(&(1..=4).flat_map(numbered).collect::<Vec<u8>>());
        for cut in 1..whole.len() {
            let (ids, m, out) = ids_and_messages(&whole[..cut], "x.warc.gz");
            assert_eq!(
                ids,
                names("x.warc.gz", 1..=ids.len()),
                "cut at {cut}: {m:?}"
            );
            assert_eq!(
                out.diag.skipped.values().sum::<u64>(),
                1,
                "cut at {cut}: {m:?}"
            );
            assert_eq!(out.diag.skipped["truncated_gzip"], 1, "cut at {cut}: {m:?}");
        }
    }

    /// Four records, one gzip member each, and where the third member begins.
    fn four_members() -> (Vec<Vec<u8>>, usize) {
        let members: Vec<Vec<u8>> = (1..=4).map(|k| gzip(&numbered(k))).collect();
        let start = members[0].len() + members[1].len();
        (members, start)
    }

    /// The members one after another (the last left out when `third_last`), with the bytes of
    /// each range `from..to` garbled.
    fn garbled(members: &[Vec<u8>], ranges: &[(usize, usize)], third_last: bool) -> Vec<u8> {
        let mut bytes = members[..if third_last { 3 } else { 4 }].concat();
        for &(from, to) in ranges {
            for b in &mut bytes[from..to] {
                *b ^= 0xa5;
            }
        }
        bytes
    }

    /// Damage from inside one member's deflate data over the next member's header costs one
    /// record: the second member's data, intact up to its checksum, tell where it began, and
    /// its record is recovered from them, reported as repaired; the record numbers after it
    /// stay right. Damage that reaches into those data too leaves nothing to tell how many
    /// members it spans: the stretch is counted as one record, and the records after it are
    /// numbered one short.
    #[test]
    fn damage_from_deflate_data_over_the_next_header_costs_one_and_recovers_one() {
        let (members, start) = four_members();
        let from = members[0].len() + members[1].len() / 2;
        let name = "x.warc.gz";
        // Through the third member's signature, its flags, its whole header; then the same
        // with the third member the last.
        for last in [false, true] {
            for through in [3, 4, 10] {
                let bytes = garbled(&members, &[(from, start + through)], last);
                let (ids, m, out) = ids_and_messages(&bytes, name);
                let what = format!("through {through}, last {last}");
                let kept = if last {
                    names(name, [1, 3])
                } else {
                    names(name, [1, 3, 4])
                };
                assert_eq!(ids, kept, "{what}: {m:?}");
                assert_eq!(out.articles[1].url.as_deref(), Some("https://g.example/3"));
                assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{what}: {m:?}");
                assert_eq!(out.diag.skipped.values().sum::<u64>(), 1, "{what}: {m:?}");
                assert_eq!(out.diag.repaired["gzip_header"], 1, "{what}: {m:?}");
                assert!(
                    m[0].starts_with("x.warc.gz:2: skipped (corrupt_gzip): record "),
                    "{what}: {m:?}"
                );
                assert!(
                    m[1].starts_with("x.warc.gz:3: repaired (gzip_header): record recovered"),
                    "{what}: {m:?}"
                );
                assert!(m[1].contains("header was damaged"), "{what}: {m:?}");
            }
        }
        // Into the third member's deflate data: one stretch, counted once; the fourth record is
        // still read, under the third's number.
        let bytes = garbled(&members, &[(from, start + 20)], false);
        let (ids, m, out) = ids_and_messages(&bytes, name);
        assert_eq!(ids, names(name, [1, 3]), "{m:?}");
        assert_eq!(out.articles[1].url.as_deref(), Some("https://g.example/4"));
        assert_eq!(out.diag.skipped.values().sum::<u64>(), 1, "{m:?}");
        assert!(
            m[0].starts_with("x.warc.gz:2: skipped (corrupt_gzip): record "),
            "{m:?}"
        );
    }

    /// A member whose gzip header alone is damaged (its signature, its flags, all ten bytes) is
    /// recovered: its deflate data, intact up to the checksum and length after them, are read,
    /// and the record is kept under its own number, reported as repaired, not lost.
    #[test]
    fn a_member_whose_header_alone_is_damaged_is_recovered() {
        let (members, start) = four_members();
        let name = "x.warc.gz";
        for last in [false, true] {
            for through in [3, 4, 10] {
                let bytes = garbled(&members, &[(start, start + through)], last);
                let (ids, m, out) = ids_and_messages(&bytes, name);
                let what = format!("through {through}, last {last}");
                let want = if last { 1..=3 } else { 1..=4 };
                assert_eq!(ids, names(name, want), "{what}: {m:?}");
                assert_eq!(out.articles[2].url.as_deref(), Some("https://g.example/3"));
                assert!(out.diag.skipped.is_empty(), "{what}: {m:?}");
                assert_eq!(out.diag.repaired["gzip_header"], 1, "{what}: {m:?}");
                assert_eq!(m.len(), 1, "{what}: {m:?}");
                assert!(
                    m[0].starts_with("x.warc.gz:3: repaired (gzip_header): ")
                        && m[0].contains("header was damaged")
                        && m[0].contains("recovered"),
                    "{what}: {m:?}"
                );
            }
        }
        // Damage from the third member's header into its data and over the fourth's header:
        // the third lost, the fourth recovered, each under its own number.
        let fourth = start + members[2].len();
        let bytes = garbled(
            &members,
            &[(start, start + 20), (fourth, fourth + 3)],
            false,
        );
        let (ids, m, out) = ids_and_messages(&bytes, name);
        assert_eq!(ids, names(name, [1, 2, 4]), "{m:?}");
        assert_eq!(out.diag.skipped["corrupt_gzip"], 1, "{m:?}");
        assert_eq!(out.diag.repaired["gzip_header"], 1, "{m:?}");
        assert!(m[0].starts_with("x.warc.gz:3: skipped (corrupt_gzip): record lost"));
        assert!(m[1].starts_with("x.warc.gz:4: repaired (gzip_header): "));
    }

    /// A damaged `.warc.gz` gzipped as one member is found damaged only at its checksum, after
    /// the records it garbled were read: one whose `WARC-Type` (its value or its name) the
    /// damage changed is counted, not passed over as a record that holds no page.
    #[test]
    fn a_record_of_no_known_type_is_counted() {
        let plain: Vec<u8> = (1..=4).flat_map(numbered).collect();
        // Stored, not compressed: a byte changed in the member changes that byte of the output,
        // and then the checksum.
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::none());
        e.write_all(&plain).unwrap();
        let whole = e.finish().unwrap();
        let second = |bytes: &[u8], what: &[u8]| {
            let first = find(bytes, what).unwrap() + 1;
            first + find(&bytes[first..], what).unwrap()
        };
        for (what, at, want) in [
            (
                &b"WARC-Type: response"[..],
                13,
                "WARC-Type \"re\u{fffd}ponse\"",
            ),
            (&b"WARC-Type: response"[..], 7, "no WARC-Type"),
        ] {
            let mut bad = whole.clone();
            bad[second(&whole, what) + at] = 0x8b;
            let (ids, m, out) = ids_and_messages(&bad, "x.warc.gz");
            // Every record is read or counted: those decoded before the checksum failed are
            // kept (the last of them, still held, is counted as from damaged data).
            assert_eq!(ids, names("x.warc.gz", [1]), "{m:?}");
            assert_eq!(out.diag.skipped.values().sum::<u64>(), 3, "{m:?}");
            assert_eq!(out.diag.skipped["malformed_warc_record"], 1, "{m:?}");
            assert!(
                m[0].starts_with("x.warc.gz:2: skipped (malformed_warc_record): ")
                    && m[0].contains(want),
                "{m:?}"
            );
            for (k, m) in [3, 4].iter().zip(&m[1..]) {
                let want = format!("x.warc.gz:{k}: skipped (corrupt_gzip): record from damaged");
                assert!(m.starts_with(&want), "{m:?}");
            }
            // The same records in a plain WARC, undamaged but for that byte.
            let mut garbled = plain.clone();
            garbled[second(&plain, what) + at] = 0x8b;
            let (ids, m, out) = ids_and_messages(&garbled, "x.warc");
            assert_eq!(ids, names("x.warc", [1, 3, 4]), "{m:?}");
            assert_eq!(out.diag.skipped["malformed_warc_record"], 1, "{m:?}");
        }
        // Records of the standard's other types hold no page, and are not counted.
        let out = read(&sample().concat());
        assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
    }

    /// Captures as crawlers leave them: cut short, sloppy or in UTF-16, each still a page.
    #[test]
    fn damaged_and_unusual_payloads_still_give_the_page() {
        let body = PAGE.as_bytes();
        // Chunked, cut off before the last chunk (and its `0` line): the chunks received.
        let mut cut = Vec::new();
        for part in body.chunks(100) {
            cut.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            cut.extend_from_slice(part);
            cut.extend_from_slice(b"\r\n");
        }
        cut.truncate(cut.len() - 40);
        // LF-only chunk lines.
        let mut lf = Vec::new();
        for part in body.chunks(100) {
            lf.extend_from_slice(format!("{:x}\n", part.len()).as_bytes());
            lf.extend_from_slice(part);
            lf.extend_from_slice(b"\n");
        }
        lf.extend_from_slice(b"0\n\n");
        // An LF-only header block before a page holding CRLF pairs.
        let crlf_page = PAGE
            .replace("</p>\n", "</p>")
            .replace("</p>", "</p>\r\n\r\n");
        let mut lf_head = b"HTTP/1.1 200 OK\nContent-Type: text/html\n\n".to_vec();
        lf_head.extend_from_slice(crlf_page.as_bytes());
        // Gzip with a stray CRLF after the member.
        let mut gz_tail = gzip(body);
        gz_tail.extend_from_slice(b"\r\n");
        // UTF-16LE with its byte-order mark, and without one but labelled.
        let mut utf16: Vec<u8> = vec![0xff, 0xfe];
        utf16.extend(PAGE.encode_utf16().flat_map(u16::to_le_bytes));
        let utf16be: Vec<u8> = PAGE.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let recs = [
            response(
                "https://d.example/1",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &cut,
            ),
            response(
                "https://d.example/2",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &lf,
            ),
            record(
                "response",
                "https://d.example/3",
                "Content-Type: application/http; msgtype=response\r\n",
                &lf_head,
            ),
            response(
                "https://d.example/4",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &gz_tail,
            ),
            response("https://d.example/5", "Content-Type: text/html\r\n", &utf16),
            response(
                "https://d.example/6",
                "Content-Type: text/html; charset=UTF-16BE\r\n",
                &utf16be,
            ),
            // No type at all: sniffed by its first tag, as browsers do.
            response(
                "https://d.example/7",
                "Server: x\r\n",
                format!("<!-- cached -->\n{PAGE}").as_bytes(),
            ),
            response("https://d.example/8", "Server: x\r\n", &utf16),
        ];
        let out = read(&recs.concat());
        assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
        assert_eq!(out.articles.len(), 8);
        for (i, a) in out.articles.iter().enumerate() {
            assert!(
                a.text.contains("Firefighters"),
                "record {}: {}",
                i + 1,
                a.text
            );
            assert!(
                !a.text.contains("\r") && !a.text.contains(" 64 "),
                "{}",
                a.text
            );
            assert_eq!(
                a.title.as_deref(),
                Some("Fire closes berths"),
                "record {}",
                i + 1
            );
        }
        // The cut chunk sequence keeps what arrived, without its size lines.
        assert!(!out.articles[0].text.contains("nine hours"));
        assert!(out.articles[1].text.contains("nine hours"));
    }

    /// A bomb inside a record is refused as a bomb file is: the decoded size is bounded by the
    /// encoded size, not only by the record limit.
    #[test]
    fn content_encoding_expands_only_so_far() {
        let huge = vec![b' '; 70 << 20];
        let bomb = gzip(&[PAGE.as_bytes(), &huge].concat());
        assert!(bomb.len() < 1 << 20);
        let recs = [
            response(
                "https://e.example/1",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &bomb,
            ),
            response(
                "https://e.example/2",
                "Content-Type: text/html\r\n",
                PAGE.as_bytes(),
            ),
        ];
        let out = read(&recs.concat());
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.articles[0].url.as_deref(), Some("https://e.example/2"));
        assert_eq!(out.diag.skipped["bad_content_encoding"], 1);
        assert!(
            out.diag.messages[0].contains("times its encoded size"),
            "{:?}",
            out.diag.messages
        );
    }

    /// The day in a page's URL beats the crawl time for a page with no date of its own; the
    /// crawl time is kept as `warc_date`.
    #[test]
    fn the_url_date_beats_the_crawl_time() {
        let recs = [
            response(
                "https://f.example/2023/09/19/fire",
                "Content-Type: text/html\r\n",
                PAGE.as_bytes(),
            ),
            response(
                "https://f.example/fire",
                "Content-Type: text/html\r\n",
                PAGE.as_bytes(),
            ),
        ];
        let out = read(&recs.concat());
        assert_eq!(out.articles[0].published, None);
        let when = crate::ingest::date::dated(&out.articles[0]).unwrap();
        assert_eq!(
            (when.at.iso().as_str(), when.from_url),
            ("2023-09-19", true)
        );
        assert_eq!(
            out.articles[1].published.unwrap().iso(),
            "2024-03-06T08:00:00Z"
        );
        for a in &out.articles {
            assert_eq!(
                a.extra.get("warc_date"),
                Some("2024-03-06T08:00:00Z".into())
            );
        }
    }

    #[test]
    fn http_transfer_and_content_encodings() {
        let body = PAGE.as_bytes();
        let mut chunked = Vec::new();
        for part in body.chunks(100) {
            chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
            chunked.extend_from_slice(part);
            chunked.extend_from_slice(b"\r\n");
        }
        chunked.extend_from_slice(b"0\r\n\r\n");
        let recs = [
            response(
                "https://c.example/1",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &chunked,
            ),
            response(
                "https://c.example/2",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &gzip(body),
            ),
            // Common Crawl: de-chunked body with the original header kept.
            response(
                "https://c.example/3",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                body,
            ),
            // Latin-1 named by the transport.
            response(
                "https://c.example/4",
                "Content-Type: text/html; charset=ISO-8859-1\r\n",
                b"<p>Caf\xe9 society returns to the harbour.</p>",
            ),
            response(
                "https://c.example/5",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                b"not gzip",
            ),
            response(
                "https://c.example/6",
                "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                b"xx",
            ),
            record(
                "response",
                "https://c.example/7",
                "",
                b"garbage without a header end",
            ),
        ];
        let out = read(&recs.concat());
        assert_eq!(out.articles.len(), 4, "{:?}", out.diag.messages);
        for a in &out.articles[..3] {
            assert!(a.text.contains("nine hours"), "{}", a.text);
        }
        assert_eq!(out.articles[3].text, "Café society returns to the harbour.");
        assert_eq!(out.diag.skipped["bad_content_encoding"], 2);
        assert_eq!(out.diag.skipped["malformed_http_response"], 1);
    }

    #[test]
    fn bad_records_are_counted_and_the_reader_resynchronises() {
        let good = response(
            "https://a.example/1",
            "Content-Type: text/html\r\n",
            PAGE.as_bytes(),
        );
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&good); // 1
                                        // Junk right after a record is the rest of its body (its Content-Length too short):
                                        // mended as its own, and the records after it keep their numbers.
        bytes.extend_from_slice(b"some junk line\r\nmore junk\r\n");
        bytes.extend_from_slice(&good); // 2
        bytes.extend_from_slice(
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n<p>lost</p>\r\n\r\n",
        ); // 3
        bytes.extend_from_slice(&good); // 4
        bytes.extend_from_slice(
            b"WARC/1.0\r\nno colon here\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n",
        ); // 5
        bytes.extend_from_slice(&good); // 6
        let truncated = &good[..good.len() - 40];
        bytes.extend_from_slice(truncated); // 7
        let out = read(&bytes);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "crawl.warc:1",
                "crawl.warc:2",
                "crawl.warc:4",
                "crawl.warc:6"
            ]
        );
        assert_eq!(
            out.diag.skipped["malformed_warc_record"], 2,
            "{:?}",
            out.diag.messages
        );
        assert_eq!(out.diag.skipped["truncated_warc_record"], 1);
        assert_eq!(out.diag.repaired["warc_framing"], 1);
        let m = out.diag.messages.join("\n");
        assert!(
            m.contains("crawl.warc:1: repaired (warc_framing): 31 bytes after"),
            "{m}"
        );
        assert!(
            m.contains(
                "crawl.warc:3: skipped (malformed_warc_record): missing or invalid Content-Length"
            ),
            "{m}"
        );
        assert!(
            m.contains("crawl.warc:7: skipped (truncated_warc_record)"),
            "{m}"
        );
    }

    /// A Content-Length too long takes in the start of the next record; the record ends where
    /// that one begins, and it is read as its own, in the middle of a file or at its end.
    #[test]
    fn a_content_length_too_long_costs_no_other_record() {
        let page = |k: usize| {
            response(
                &format!("https://h.example/{k}"),
                "Content-Type: text/html\r\n",
                PAGE.replace("Rotterdam", &format!("Rotterdam {k}"))
                    .as_bytes(),
            )
        };
        let long = |k: usize, by: usize| {
            let r = String::from_utf8(page(k)).unwrap();
            let len: usize = r
                .lines()
                .find_map(|l| l.strip_prefix("Content-Length: "))
                .unwrap()
                .parse()
                .unwrap();
            r.replacen(
                &format!("Content-Length: {len}\r\n"),
                &format!("Content-Length: {}\r\n", len + by),
                1,
            )
            .into_bytes()
        };
        for by in [60, 4000] {
            let bytes = [page(1), long(2, by), page(3), long(4, by), page(5)].concat();
            let out = read(&bytes);
            let urls: Vec<&str> = out
                .articles
                .iter()
                .filter_map(|a| a.url.as_deref())
                .collect();
            let want: Vec<String> = (1..=5).map(|k| format!("https://h.example/{k}")).collect();
            assert_eq!(urls, want, "{by}: {:?}", out.diag.messages);
            let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(ids[4], "crawl.warc:5");
            assert!(
                out.articles[1].text.contains("nine hours")
                    && !out.articles[1].text.contains("WARC")
            );
            assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
            assert_eq!(
                out.diag.repaired["warc_framing"], 2,
                "{:?}",
                out.diag.messages
            );
            assert!(out.diag.messages[0]
                .starts_with("crawl.warc:2: repaired (warc_framing): Content-Length"));
        }
        // The last record too long, with nothing after it: truncated, as before.
        let out = read(&[page(1), long(2, 60)].concat());
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.diag.skipped["truncated_warc_record"], 1);
    }

    #[test]
    fn any_prefix_or_corruption_is_survived() {
        let bytes = sample().concat();
        for cut in (0..bytes.len()).step_by(7) {
            let _ = read(&bytes[..cut]);
        }
        // Flip bytes all over the file: counted problems, never a panic.
        let mut x: u64 = 0x9e3779b97f4a7c15;
        for _ in 0..200 {
            let mut b = bytes.clone();
            for _ in 0..8 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                let i = (x % b.len() as u64) as usize;
                b[i] = (x >> 32) as u8;
            }
            let out = read(&b);
            assert!(out.articles.len() <= 2);
        }
        // A line that never ends is bounded.
        let mut long = b"WARC/1.0\r\nWARC-Type: response\r\nX: ".to_vec();
        long.extend(std::iter::repeat_n(b'a', MAX_LINE * 3));
        let out = read(&long);
        assert_eq!(out.diag.skipped["malformed_warc_record"], 1);
    }
}
