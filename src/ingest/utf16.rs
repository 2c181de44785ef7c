//! UTF-16 text with a byte-order mark, as Windows tools export "Unicode" text, read as UTF-8.
//! Without this, its every other byte is NUL and a whole file is skipped as binary, though the
//! mark says exactly what it is. Streams, so a large JSON Lines export is never held whole.

use std::io::{self, BufRead, Read};

/// The byte order `head` (a file's first bytes) declares with a UTF-16 byte-order mark: `Some(true)`
/// for big-endian. A UTF-8 mark, or none, is `None`.
pub fn byte_order(head: &[u8]) -> Option<bool> {
    match head {
        [0xFF, 0xFE, ..] => Some(false),
        [0xFE, 0xFF, ..] => Some(true),
        _ => None,
    }
}

/// Reads UTF-16 from `inner` (its byte-order mark first) and yields UTF-8. Unpaired surrogates
/// and an odd last byte become U+FFFD, as invalid UTF-8 does elsewhere.
pub struct Utf16Reader<R> {
    inner: R,
    big_endian: bool,
    started: bool,
    /// A byte of a code unit split across reads.
    odd: Option<u8>,
    /// A high surrogate waiting for its low half.
    high: Option<u16>,
    /// Decoded UTF-8 not yet returned, from `pos`.
    out: Vec<u8>,
    pos: usize,
    done: bool,
}

impl<R: BufRead> Utf16Reader<R> {
    pub fn new(inner: R, big_endian: bool) -> Self {
        Utf16Reader {
            inner,
            big_endian,
            started: false,
            odd: None,
            high: None,
            out: Vec::new(),
            pos: 0,
            done: false,
        }
    }

    fn push_char(&mut self, c: char) {
        let mut b = [0u8; 4];
        self.out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    }

    fn push_unit(&mut self, u: u16) {
        if let Some(h) = self.high.take() {
            if (0xDC00..0xE000).contains(&u) {
                let c = 0x10000 + (((h as u32) - 0xD800) << 10) + (u as u32 - 0xDC00);
                self.push_char(char::from_u32(c).unwrap_or('\u{FFFD}'));
                return;
            }
            self.push_char('\u{FFFD}');
        }
        match u {
            0xD800..=0xDBFF => self.high = Some(u),
            0xDC00..=0xDFFF => self.push_char('\u{FFFD}'),
            _ => self.push_char(char::from_u32(u as u32).unwrap_or('\u{FFFD}')),
        }
    }

    /// Decodes the next chunk of input into `out`; false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.pos = 0;
        if self.done {
            return Ok(false);
        }
        let chunk = self.inner.fill_buf()?;
        if chunk.is_empty() {
            self.done = true;
            // Each is a unit lost: a high surrogate without its pair, a byte without its mate.
            for lost in [self.high.take().is_some(), self.odd.take().is_some()] {
                if lost {
                    self.push_char('\u{FFFD}');
                }
            }
            return Ok(!self.out.is_empty());
        }
        let mut bytes = chunk.to_vec();
        let len = bytes.len();
        self.inner.consume(len);
        if let Some(b) = self.odd.take() {
            bytes.insert(0, b);
        }
        let mut units = bytes.chunks_exact(2);
        for pair in units.by_ref() {
            let u = if self.big_endian {
                u16::from_be_bytes([pair[0], pair[1]])
            } else {
                u16::from_le_bytes([pair[0], pair[1]])
            };
            if !std::mem::replace(&mut self.started, true) && u == 0xFEFF {
                continue; // the byte-order mark itself
            }
            self.push_unit(u);
        }
        self.odd = units.remainder().first().copied();
        Ok(true)
    }
}

impl<R: BufRead> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.out.len() {
            if !self.fill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8], chunk: usize) -> String {
        // A reader that hands out `chunk` bytes at a time, to split code units and pairs.
        let r = io::BufReader::with_capacity(chunk, bytes);
        let mut s = String::new();
        Utf16Reader::new(r, byte_order(bytes).unwrap())
            .read_to_string(&mut s)
            .unwrap();
        s
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut v = Vec::new();
        for u in std::iter::once(0xFEFF).chain(text.encode_utf16()) {
            v.extend(if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        v
    }

    #[test]
    fn both_byte_orders_and_any_split() {
        let text = "{\"text\": \"Пожар 🔥 in the harbour\"}\r\n{\"text\": \"ڈھاکہ\"}\n";
        for be in [false, true] {
            let bytes = utf16(text, be);
            for chunk in [1, 2, 3, 5, 64, 4096] {
                assert_eq!(decode(&bytes, chunk), text, "be {be} chunk {chunk}");
            }
        }
        assert_eq!(byte_order(b"\xef\xbb\xbf{}"), None);
        assert_eq!(byte_order(b"{}"), None);
    }

    #[test]
    fn broken_units_become_replacement_characters() {
        // A lone low surrogate, a high one followed by a letter, an odd last byte.
        let bytes = [
            0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43,
        ];
        assert_eq!(decode(&bytes, 3), "\u{FFFD}A\u{FFFD}B\u{FFFD}");
        assert_eq!(
            decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41], 1),
            "\u{FFFD}\u{FFFD}"
        );
    }
}
