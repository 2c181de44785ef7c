//! Whole `.json` files: one object, or an array of objects (ids `name:N`, 1-based).
//!
//! An array is the shape many scrapers and APIs write whole dumps in, so it is streamed: its
//! elements are cut out of the bytes by a small scanner (strings and nesting, nothing more) and
//! each is parsed on its own, in parallel batches, as JSON Lines are. A dump of any size then
//! takes bounded memory, and a syntax error costs only the element it is in, not the file; only
//! a bracket missing (which nothing shows) costs the elements after it too.

use super::jsonl::{json_error_reason, parse_value, read_jsonl, ElementBatch};
use super::{fields::article_from_json, FileArticles, Head, MAX_RECORD_BYTES};
use std::io::{BufRead, BufReader, Read};

/// Bytes looked at to tell an array from an object: past them (a file starting with that much
/// whitespace) the file is read as one document, which still takes arrays up to the record limit.
const HEAD_BYTES: usize = 1 << 16;

/// Reads a whole `.json` file. A file of one object per line is JSON Lines whatever its name
/// says (BigQuery, for one, exports JSON Lines as `.json`), and is read as such, however large.
pub fn read_json(reader: &mut dyn BufRead, name: &str, out: &mut FileArticles) {
    let head = Head::read(reader, HEAD_BYTES);
    let array = first_byte(&head.bytes) == Some(b'[');
    let mut reader = BufReader::new(head);
    if array && !super::looks_binary(reader.fill_buf().unwrap_or_default()) {
        read_array(&mut reader, name, out);
    } else {
        read_document(&mut reader, name, out);
    }
}

/// The first byte of `head` that is not whitespace or a byte-order mark.
pub(super) fn first_byte(head: &[u8]) -> Option<u8> {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    head.iter().copied().find(|b| !b.is_ascii_whitespace())
}

/// A file read whole: one object, JSON Lines, or an array behind more whitespace than
/// [`HEAD_BYTES`].
fn read_document(reader: &mut dyn BufRead, name: &str, out: &mut FileArticles) {
    let mut bytes = Vec::new();
    let read = reader.take(MAX_RECORD_BYTES + 1).read_to_end(&mut bytes);
    if is_json_lines(&bytes) {
        // What was read, then the error that stopped it if any (so the JSON Lines reader reports
        // it at its line), then the rest of the file.
        let rest = Head::with(bytes, read.err(), reader);
        read_jsonl(&mut BufReader::new(rest), name, out);
        return;
    }
    if let Err(e) = read {
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
    if first_byte(&bytes) == Some(b'[') {
        read_array(&mut &bytes[..], name, out);
        return;
    }
    let text = super::repair_utf8(bytes, name, &mut out.diag);
    match parse_value(&text, name, &mut out.diag) {
        Ok(v) => match article_from_json(v, name.to_string(), name.to_string(), &mut out.diag) {
            Ok(a) => out.push(a),
            Err(e) => out.diag.skip(e.reason(), name.to_string(), e.detail()),
        },
        Err(e) => out
            .diag
            .skip(json_error_reason(&e), name.to_string(), e.to_string()),
    }
}

/// Whether `head`, the start of a file, is JSON Lines: its first line that is not blank is a
/// whole JSON object, and another line that is not blank follows it. A JSON document spread over
/// lines starts with a line that is no whole value; one object on one line is just JSON.
fn is_json_lines(head: &[u8]) -> bool {
    let mut lines = head
        .split(|&b| b == b'\n')
        .filter(|l| !super::jsonl::is_blank(l));
    let Some(first) = lines.next() else {
        return false;
    };
    let first = first.strip_prefix(b"\xef\xbb\xbf").unwrap_or(first);
    first.trim_ascii_start().starts_with(b"{")
        && serde_json::from_slice::<serde::de::IgnoredAny>(first).is_ok()
        && lines.next().is_some()
}

/// Where messages place an array's element: the line it starts on (as a JSON Lines record's
/// line), and its number, which its default id is made of (`FILE:N`).
pub(super) fn element_origin(name: &str, line: u64, number: u64) -> String {
    format!("{name}:{line} (element {number})")
}

/// Streams an array's elements to the parser. Arrays written one after another (`cat a.json
/// b.json`) are read as one, their elements numbered on; anything else after an array is
/// reported once and ignored.
fn read_array(reader: &mut dyn BufRead, name: &str, out: &mut FileArticles) {
    let mut split = Splitter::default();
    let mut batch = ElementBatch::default();
    loop {
        let chunk = match reader.fill_buf() {
            Ok([]) => break,
            Ok(chunk) => chunk,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                // The elements before it are whole and kept; the one being read is lost.
                let at = split.index + u64::from(!split.open);
                let detail = if at > 1 {
                    format!("stopped reading: {e}; elements 1-{} were read", at - 1)
                } else {
                    format!("nothing read: {e}")
                };
                let origin = element_origin(name, split.line.max(1), at);
                out.diag.skip(super::read_error_reason(&e), origin, detail);
                split.open = false;
                split.stopped = true;
                break;
            }
        };
        let n = chunk.len();
        split.feed(chunk, &mut batch, name, out);
        reader.consume(n);
        if batch.is_full() {
            batch.parse(name, out);
        }
    }
    split.finish(&mut batch, name, out);
    batch.parse(name, out);
}

/// Where the scanner is: before the first `[`, inside an array, or after its `]`.
#[derive(Default, PartialEq, Clone, Copy)]
enum Place {
    #[default]
    Before,
    Inside,
    After,
}

/// Cuts a stream of bytes into the elements of a top-level array. It knows only strings (so
/// brackets and commas inside them do not count) and nesting depth; whether each element is
/// valid JSON is the parser's business, so a broken element is reported as it is and the
/// scanner finds the next comma at depth zero.
#[derive(Default)]
struct Splitter {
    place: Place,
    /// Whether an element is being read: set at its first byte that is not whitespace.
    open: bool,
    in_string: bool,
    escaped: bool,
    depth: u64,
    /// Elements started so far, so the 1-based number of the one open.
    index: u64,
    /// The current line (1-based) and the line the open element starts on.
    line: u64,
    start_line: u64,
    /// The open element's bytes, and its length, which goes on counting once it is too large
    /// to keep.
    element: Vec<u8>,
    len: u64,
    /// Whether a comma has been read since the last element, so that an element is due.
    comma: bool,
    /// Whether text other than another array followed an array, already reported.
    trailing: bool,
    stopped: bool,
    /// Whether every element so far started and ended on one line (None before the first
    /// ended): the layout of Scrapy's exports and of most dumps, where a broken element can be
    /// ended with its line.
    one_per_line: Option<bool>,
}

impl Splitter {
    fn feed(&mut self, chunk: &[u8], batch: &mut ElementBatch, name: &str, out: &mut FileArticles) {
        if self.line == 0 {
            self.line = 1;
        }
        // The open element's bytes from `from` on are copied in when it ends or the chunk does.
        let mut from = 0;
        let mut i = 0;
        while i < chunk.len() {
            let b = chunk[i];
            if b == b'\n' {
                self.line += 1;
            }
            if self.in_string {
                if b == b'\n' {
                    // No JSON string holds a line break, so a quote is missing or one too many
                    // (`"5" tall"`): the element is broken, and the string is taken to end with
                    // the line, so that the scanner finds its footing there rather than reading
                    // the rest of the file inside out. Where each element is one line (as far
                    // as the elements before show), the element ends with it too.
                    self.in_string = false;
                    self.escaped = false;
                    if self.one_per_line != Some(false) && self.start_line + 1 == self.line {
                        self.keep(&chunk[from..i]);
                        self.close(self.line - 1, batch, name, out);
                        self.comma = false;
                    }
                    i += 1;
                    continue;
                }
                if self.escaped {
                    self.escaped = false;
                } else if b == b'\\' {
                    self.escaped = true;
                } else if b == b'"' {
                    self.in_string = false;
                }
                i += 1;
                continue;
            }
            match self.place {
                Place::Before | Place::After => {
                    if b == b'[' {
                        self.place = Place::Inside;
                        self.comma = false;
                    } else if !is_space(b) && !matches!(b, 0xef | 0xbb | 0xbf) && !self.trailing {
                        // (Before the first `[` there is only whitespace: `read_json` looked.)
                        self.trailing = true;
                        out.diag.skip(
                            "malformed_json",
                            name.to_string(),
                            format!("text after the array, at line {}, ignored", self.line),
                        );
                    }
                }
                Place::Inside => {
                    if !(self.open || is_space(b) || b == b']' || b == b',') {
                        self.open = true;
                        self.index += 1;
                        self.start_line = self.line;
                        from = i;
                    }
                    match b {
                        b'"' => self.in_string = true,
                        b'[' | b'{' => self.depth += 1,
                        b']' | b'}' if self.depth > 0 => self.depth -= 1,
                        b']' | b',' if self.depth == 0 => {
                            // The end of an element, or of the array.
                            if self.open {
                                self.keep(&chunk[from..i]);
                                self.close(self.line, batch, name, out);
                            } else if b == b',' || self.comma {
                                // `[,` or `,,` or `,]`: an element is missing.
                                self.index += 1;
                                out.diag.skip(
                                    "malformed_json",
                                    element_origin(name, self.line, self.index),
                                    format!("no value before `{}`", b as char),
                                );
                            }
                            self.comma = b == b',';
                            if b == b']' {
                                self.place = Place::After;
                            }
                        }
                        _ => {}
                    }
                }
            }
            i += 1;
        }
        if self.open {
            self.keep(&chunk[from..]);
        }
    }

    /// Adds bytes to the open element, unless that takes it over the record limit: then it is
    /// dropped, and only counted on, so that no element holds more than the limit in memory.
    fn keep(&mut self, bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.len <= MAX_RECORD_BYTES {
            self.element.extend_from_slice(bytes);
        } else if !self.element.is_empty() {
            self.element = Vec::new();
        }
    }

    /// Ends the open element, whose last line is `end_line`.
    fn close(
        &mut self,
        end_line: u64,
        batch: &mut ElementBatch,
        name: &str,
        out: &mut FileArticles,
    ) {
        let element = std::mem::take(&mut self.element);
        let one_line = self.start_line == end_line;
        self.one_per_line = Some(self.one_per_line.unwrap_or(true) && one_line);
        if self.len > MAX_RECORD_BYTES {
            out.diag.skip(
                "record_too_large",
                element_origin(name, self.start_line, self.index),
                format!(
                    "element of {} bytes exceeds the {MAX_RECORD_BYTES}-byte limit",
                    self.len
                ),
            );
        } else {
            batch.push(self.index, Some(self.start_line), element);
        }
        self.open = false;
        self.len = 0;
        self.depth = 0;
    }

    /// At the end of the file: the open element (an array cut short) is parsed for what it is,
    /// and a missing `]` is reported.
    fn finish(&mut self, batch: &mut ElementBatch, name: &str, out: &mut FileArticles) {
        if self.stopped {
            return;
        }
        let unclosed = self.place == Place::Inside;
        if self.open {
            self.close(self.line, batch, name, out);
        }
        if unclosed {
            out.diag.skip(
                "malformed_json",
                name.to_string(),
                format!(
                    "the array has no closing `]` (the file ends at line {}); the elements before were read",
                    self.line
                ),
            );
        }
    }
}

/// JSON's whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &[u8]) -> FileArticles {
        let mut out = FileArticles::default();
        read_json(&mut &s[..], "x.json", &mut out);
        out
    }

    fn ids(out: &FileArticles) -> Vec<&str> {
        out.articles.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn json_array() {
        let out = read(br#"[{"text":"a"},{"text":""},{"body":"b"}]"#);
        assert_eq!(ids(&out), ["x.json:1", "x.json:3"]);
        assert_eq!(out.diag.skipped["empty_text"], 1);
        assert_eq!(out.diag.skipped.len(), 1);
        // Empty, and spread over lines with a byte-order mark.
        assert!(read(b"[]").articles.is_empty());
        assert!(read(b" [ ] ").diag.skipped.is_empty());
        let out = read(b"\xef\xbb\xbf[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]\n");
        assert_eq!(ids(&out), ["x.json:1", "x.json:2"]);
        assert!(out.diag.skipped.is_empty());
    }

    #[test]
    fn brackets_commas_and_escapes_inside_strings_do_not_cut() {
        let out =
            read(br#"[{"text":"a ] b, c [ \" ], {","tags":[1,[2,{"x":"]"}]]},{"text":"\\"}]"#);
        assert_eq!(out.articles.len(), 2, "{:?}", out.diag.messages);
        assert_eq!(out.articles[0].text, r#"a ] b, c [ " ], {"#);
        assert_eq!(out.articles[1].text, "\\");
        assert!(out.diag.skipped.is_empty());
    }

    #[test]
    fn a_broken_element_costs_only_itself() {
        let out = read(b"[\n{\"text\":\"one\"},\n{\"text\": oops},\n{\"text\":\"three\"}\n]");
        assert_eq!(ids(&out), ["x.json:1", "x.json:3"]);
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        let m = &out.diag.messages[0];
        assert!(
            m.starts_with("x.json:3 (element 2): skipped (malformed_json)"),
            "{m}"
        );
        // Missing elements are counted where they are missing.
        let out = read(br#"[{"text":"a"},,{"text":"b"},]"#);
        assert_eq!(ids(&out), ["x.json:1", "x.json:3"]);
        assert_eq!(out.diag.skipped["malformed_json"], 2);
        assert!(out.diag.messages[0].starts_with("x.json:1 (element 2):"));
        assert!(out.diag.messages[1].starts_with("x.json:1 (element 4):"));
        // Not objects.
        let out = read(b"[1, \"s\", null]");
        assert_eq!(out.diag.skipped["not_an_object"], 3);
    }

    #[test]
    fn a_quote_too_many_costs_only_its_element() {
        // One element per line, as Scrapy writes them: the broken line is skipped.
        let out = read(
            b"[\n{\"text\":\"one\"},\n{\"text\":\"he is 5\" tall, [a], {b}\"},\n{\"text\":\"three\"},\n{\"text\":\"four\"}\n]\n",
        );
        assert_eq!(ids(&out), ["x.json:1", "x.json:3", "x.json:4"]);
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        assert!(out.diag.messages[0].starts_with("x.json:3 (element 2):"));
        // Two broken lines, each costing only itself.
        let out = read(
            b"[{\"text\":\"5\" tall\"},\n{\"text\":\"two\"},\n{\"text\":\"6\" wide\"},\n{\"text\":\"four\"}]",
        );
        assert_eq!(ids(&out), ["x.json:2", "x.json:4"]);
        assert_eq!(out.diag.skipped["malformed_json"], 2);
        // ... and when it is the last.
        let out = read(b"[{\"text\":\"one\"},\n{\"text\":\"5\" tall\"}\n]\n");
        assert_eq!(ids(&out), ["x.json:1"]);
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        // Pretty-printed: the string ends with the line, and the element with its brace.
        let out = read(
            b"[\n  {\n    \"text\": \"he is 5\" tall, or so\",\n    \"n\": 1\n  },\n  {\n    \"text\": \"two\"\n  }\n]\n",
        );
        assert_eq!(ids(&out), ["x.json:2"]);
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        // Elements that span lines keep their layout's rule: a line break in a string still
        // only ends the string.
        let out = read(
            b"[{\"text\":\n\"one\"},\n{\"text\":\"5\" tall\",\n\"n\":1},{\"text\":\"three\"}]",
        );
        assert_eq!(ids(&out), ["x.json:1", "x.json:3"]);
    }

    #[test]
    fn an_array_cut_short_keeps_its_whole_elements() {
        let out = read(br#"[{"text":"a"},{"text":"b"},{"text":"c"#);
        assert_eq!(ids(&out), ["x.json:1", "x.json:2"]);
        // The cut element, and the missing `]`.
        assert_eq!(out.diag.skipped["malformed_json"], 2);
        let out = read(br#"[{"text":"a"}"#);
        assert_eq!(ids(&out), ["x.json:1"]);
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        assert!(out.diag.messages[0].contains("no closing `]`"));
    }

    #[test]
    fn arrays_one_after_another_are_read_as_one() {
        let out = read(b"[{\"text\":\"a\"}]\n[{\"text\":\"b\"}]\n");
        assert_eq!(ids(&out), ["x.json:1", "x.json:2"]);
        assert!(out.diag.skipped.is_empty());
        let out = read(b"[{\"text\":\"a\"}] trailing {\"text\":\"b\"} words");
        assert_eq!(ids(&out), ["x.json:1"]);
        assert_eq!(out.diag.skipped["malformed_json"], 1);
        assert!(out.diag.messages[0].contains("text after the array"));
    }

    #[test]
    fn element_problems_are_located_and_repaired_as_in_json_lines() {
        let out = read(b"[{\"text\":\"d\xffe\"}, {\"text\":\"cut \\ud83d\"}]");
        assert_eq!(out.articles[0].text, "d\u{fffd}e");
        assert_eq!(out.articles[1].text, "cut \u{fffd}");
        assert_eq!(out.diag.repaired["invalid_utf8"], 1);
        assert_eq!(out.diag.repaired["lone_surrogate"], 1);
        assert!(out.diag.messages[0].starts_with("x.json:1 (element 1):"));
        assert!(out.diag.messages[1].starts_with("x.json:1 (element 2):"));
        // An element nested past serde_json's limit.
        let deep = format!(
            "[{}1{}, {{\"text\":\"ok\"}}]",
            "[".repeat(200),
            "]".repeat(200)
        );
        let out = read(deep.as_bytes());
        assert_eq!(ids(&out), ["x.json:2"]);
        assert_eq!(out.diag.skipped["nested_too_deep"], 1);
    }

    #[test]
    fn an_array_is_streamed_in_any_chunks() {
        // The same bytes handed over one at a time, as a pipe may: the same articles.
        let body = br#" [ {"text":"a, [b]"} , {"text":"c\"d"},{"text":"e"} ] "#;
        let whole = read(body);
        let mut out = FileArticles::default();
        let mut r = BufReader::with_capacity(1, &body[..]);
        read_array(&mut r, "x.json", &mut out);
        assert_eq!(ids(&out), ids(&whole));
        assert_eq!(out.articles[1].text, "c\"d");
        assert_eq!(out.articles.len(), 3);
    }

    #[test]
    fn a_read_error_keeps_the_elements_before_it() {
        struct Fail;
        impl Read for Fail {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("Input/output error (injected)"))
            }
        }
        let body = &b"[{\"text\":\"a\"},\n{\"text\":\"b\"},\n{\"te"[..];
        let mut r = BufReader::with_capacity(8, body.chain(Fail));
        let mut out = FileArticles::default();
        read_json(&mut r, "x.json", &mut out);
        assert_eq!(ids(&out), ["x.json:1", "x.json:2"]);
        assert_eq!(out.diag.skipped["read_error"], 1);
        let m = &out.diag.messages[0];
        assert!(
            m.starts_with("x.json:3 (element 3): skipped (read_error): stopped reading:"),
            "{m}"
        );
        assert!(m.ends_with("elements 1-2 were read"), "{m}");
        let mut out = FileArticles::default();
        read_json(&mut BufReader::new(b"[".chain(Fail)), "x.json", &mut out);
        assert!(out.diag.messages[0]
            .starts_with("x.json:1 (element 1): skipped (read_error): nothing read"));
        assert_eq!(out.diag.skipped.len(), 1);
    }

    #[test]
    fn a_huge_element_is_skipped_without_holding_it() {
        let long = std::io::repeat(b' ').take(MAX_RECORD_BYTES + 100);
        let body = b"[{\"text\":\"one\"}, \"x"
            .chain(long)
            .chain(&b"\", {\"text\":\"three\"}]"[..]);
        let mut r = BufReader::with_capacity(1 << 16, body);
        let mut out = FileArticles::default();
        read_json(&mut r, "big.json", &mut out);
        assert_eq!(ids(&out), ["big.json:1", "big.json:3"]);
        assert_eq!(out.diag.skipped["record_too_large"], 1);
        assert!(
            out.diag.messages[0].starts_with("big.json:1 (element 2): skipped (record_too_large)")
        );
        // A document that is not an array still has the limit as a whole.
        let mut out = FileArticles::default();
        let long = std::io::repeat(b' ').take(MAX_RECORD_BYTES + 1);
        read_json(&mut BufReader::new(long), "big.json", &mut out);
        assert_eq!(out.diag.skipped["record_too_large"], 1);
    }

    proptest::proptest! {
        /// Whatever the texts hold (quotes, escapes, brackets, commas, line breaks) and however
        /// the bytes arrive, the elements cut out are the ones serde_json wrote.
        #[test]
        fn elements_are_cut_where_serde_json_wrote_them(
            texts in proptest::collection::vec("x[a \\[\\]{},:\"\\\\\n\té\u{2028}]{0,12}", 0..8),
            tags in proptest::collection::vec(0u8..4, 8),
            pretty in proptest::bool::ANY,
            chunk in 1usize..40,
        ) {
            let items: Vec<_> = texts
                .iter()
                .zip(&tags)
                .map(|(t, &k)| match k {
                    0 => serde_json::json!({"text": t}),
                    1 => serde_json::json!({"tags": [t, [t, {"x": t}]], "text": t}),
                    2 => serde_json::json!({"meta": {"a": [[], {}], "b": t}, "text": t}),
                    _ => serde_json::json!({"text": t, "n": [1.5, null, true]}),
                })
                .collect();
            let body = if pretty {
                serde_json::to_vec_pretty(&items).unwrap()
            } else {
                serde_json::to_vec(&items).unwrap()
            };
            let mut out = FileArticles::default();
            read_json(&mut BufReader::with_capacity(chunk, &body[..]), "x.json", &mut out);
            proptest::prop_assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
            let got: Vec<_> = out.articles.iter().map(|a| a.text.as_str()).collect();
            proptest::prop_assert_eq!(got, texts.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_json_file_of_json_lines_is_read_as_json_lines() {
        let body = b"{\"text\": \"one story here\"}\n\n{\"text\": \"two story here\"}\nnot json\n";
        let out = read(body);
        assert_eq!(ids(&out), ["x.json:1", "x.json:3"]);
        assert!(out.diag.messages[0].starts_with("x.json:4: skipped (malformed_json)"));
        // Still JSON: one object on a line, an object over lines, an array.
        assert!(!is_json_lines(b"{\"text\": \"a\"}\n"));
        assert!(!is_json_lines(b"{\n  \"text\": \"a\"\n}\n"));
        assert!(!is_json_lines(b"[{\"text\": \"a\"},\n{\"text\": \"b\"}]"));
        assert!(is_json_lines(
            b"\xef\xbb\xbf{\"text\": \"a\"}\r\n{\"text\": \"b\"}"
        ));
        assert!(is_json_lines(
            b"\xef\xbb\xbf\n{\"text\": \"a\"}\n{\"text\": \"b\"}"
        ));
    }

    #[test]
    fn one_object_and_an_array_behind_much_whitespace_are_read_whole() {
        let out = read(b"\n{\n \"text\": \"one\"\n}\n");
        assert_eq!(ids(&out), ["x.json"]);
        let mut body = vec![b' '; HEAD_BYTES + 10];
        body.extend_from_slice(br#"[{"text":"a"},{"text":"b"}]"#);
        let out = read(&body);
        assert_eq!(ids(&out), ["x.json:1", "x.json:2"]);
    }
}
