//! HTML character references left in the text of JSON and plain-text input.
//!
//! Scrapers often store a page's text without decoding it: `don&#8217;t`, `&quot;`, `&amp;`,
//! `&nbsp;`. The HTML and WARC readers get decoded text from the DOM, so without this a dump
//! holding the raw form of an article would differ, byte for byte and token for token, from the
//! same article read from its page or from a dump that stored the characters, and quotation
//! marks written as references would not be seen as quotations.
//!
//! Only what cannot be ordinary prose is decoded: a reference must end with `;`. The HTML
//! tokenizer also reads some names without it (`&copy 2024`, `&amp` before a space), but in text
//! that is no longer HTML `AT&T` and `R&D` are words, not markup. Numeric references decode as
//! the HTML tokenizer decodes them; named ones by the WHATWG table as `html-escape` ships it.
//!
//! A scrape that escaped the text twice writes `&amp;#8217;` and `&amp;quot;` for `’` and `"`:
//! a reference to `&` directly followed by a complete reference is taken as one such character,
//! so both levels go, and only those two (`&amp;amp;` is a doubly escaped `&` and becomes `&`;
//! `&amp;amp;amp;` becomes `&amp;`). A third level is too rare to be worth guessing at.

use std::borrow::Cow;

/// What `summary.json`'s `html_entities` repairs are, as stderr explains each (up to the usual
/// 20 per reason): a dump with references in every article says so once per article counted,
/// not once per reference.
pub const DECODED: &str =
    "HTML character references in the text or title (such as &#8217; or &quot;) decoded";

/// Text with its character references decoded; borrowed, not copied, when it has none (most
/// texts have no `&` at all). A reference is never shorter than what it stands for (`&#0;`,
/// four bytes, gives U+FFFD in three), so the one output string, sized as the input, never grows.
pub fn decode(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let Some(mut at) = text.find('&') else {
        return Cow::Borrowed(text);
    };
    // Created at the first reference; `copied` is how much of `text` it stands for.
    let mut out: Option<String> = None;
    let mut copied = 0;
    loop {
        // `at` is at a '&', so the slices below start and end at ASCII bytes.
        let next = match reference(bytes, at) {
            Some((value, end)) => {
                let s = out.get_or_insert_with(|| String::with_capacity(text.len()));
                s.push_str(&text[copied..at]);
                value.push_to(s);
                copied = end;
                end
            }
            None => at + 1,
        };
        match text[next..].find('&') {
            Some(p) => at = next + p,
            None => break,
        }
    }
    match out {
        None => Cow::Borrowed(text),
        Some(mut s) => {
            s.push_str(&text[copied..]);
            Cow::Owned(s)
        }
    }
}

/// What a reference stands for: one character (numeric) or the table's string (named).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Value {
    Char(char),
    Str(&'static str),
}

impl Value {
    fn push_to(self, s: &mut String) {
        match self {
            Value::Char(c) => s.push(c),
            Value::Str(v) => s.push_str(v),
        }
    }

    fn is_ampersand(self) -> bool {
        matches!(self, Value::Char('&') | Value::Str("&"))
    }
}

/// The reference starting with the `&` at `at`, doubly escaped or not, and the offset just past
/// it.
fn reference(b: &[u8], at: usize) -> Option<(Value, usize)> {
    let (value, end) = reference_body(b, at + 1)?;
    if value.is_ampersand() {
        if let Some(inner) = reference_body(b, end) {
            return Some(inner);
        }
    }
    Some((value, end))
}

/// A reference without its `&`, starting at `start`: `#8217;`, `#x2019;` or `rsquo;`.
fn reference_body(b: &[u8], start: usize) -> Option<(Value, usize)> {
    match b.get(start)? {
        b'#' => {
            let (radix, digits) = match b.get(start + 1)? {
                b'x' | b'X' => (16, start + 2),
                _ => (10, start + 1),
            };
            let mut n: u32 = 0;
            let mut end = digits;
            while let Some(d) = b.get(end).and_then(|&c| (c as char).to_digit(radix)) {
                // Capped rather than overflowing: any value past the last code point is
                // replaced alike, however many digits it has.
                n = (n * radix + d).min(0x11_0000);
                end += 1;
            }
            (end > digits && b.get(end) == Some(&b';'))
                .then(|| (Value::Char(numeric_char(n)), end + 1))
        }
        _ => {
            // Names are ASCII letters and digits: the scan stops at the first other byte, and
            // after the longest name, so a run of `&`s or a long word is not scanned over twice.
            let len = b[start..]
                .iter()
                .take(LONGEST_NAME + 1)
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let end = start + len;
            if len == 0 || b.get(end) != Some(&b';') {
                return None;
            }
            let name = &b[start..end];
            // `html-escape`'s table has every name of the standard's, but for the 93 whose
            // value is two code points it keeps the first: `&fjlig;` is `f`, not `fj`, and
            // negated relations such as `&NotEqualTilde;` lose their combining slash. None is
            // prose, and the table is already built (through `dom_smoothie`), so it is used as
            // it is.
            let table = &html_escape::NAMED_ENTITIES;
            let i = table.binary_search_by(|(n, _)| n.cmp(&name)).ok()?;
            Some((Value::Str(table[i].1), end + 1))
        }
    }
}

/// The longest name in the table (`CounterClockwiseContourIntegral`); a test keeps it true.
const LONGEST_NAME: usize = 31;

/// The character of a numeric reference, as the HTML tokenizer decides it: NUL, surrogates and
/// values past U+10FFFF become U+FFFD, and 0x80 to 0x9F are read as the Windows-1252 bytes
/// pages written on Windows meant (`&#146;` for `’`) rather than as C1 controls. `html-escape`
/// leaves the first kind as written and decodes the second to controls, so this is done here.
fn numeric_char(n: u32) -> char {
    match n {
        0 => char::REPLACEMENT_CHARACTER,
        0x80..=0x9F => WINDOWS_1252_C1[(n - 0x80) as usize],
        _ => char::from_u32(n).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// Windows-1252's characters for bytes 0x80 to 0x9F; the five bytes it leaves undefined keep
/// their code point, as in the HTML standard's table.
const WINDOWS_1252_C1: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        decode(s).into_owned()
    }

    #[test]
    fn decimal_and_hexadecimal() {
        assert_eq!(d("don&#8217;t"), "don’t");
        assert_eq!(d("don&#x2019;t &#X2019;"), "don’t ’");
        assert_eq!(d("&#0065;&#x0041;&#x61;&#xFF;"), "AAaÿ");
        assert_eq!(d("&#128512;"), "😀");
        // Not references: no digits, a sign, a letter among the digits, no `;`.
        for s in [
            "&#;", "&#x;", "&#-5;", "&#+5;", "&#12a;", "&#xG1;", "&#65", "&#x41 ",
        ] {
            assert_eq!(d(s), s);
        }
    }

    #[test]
    fn invalid_code_points_as_html_decodes_them() {
        for s in [
            "&#0;",
            "&#xD800;",
            "&#xDFFF;",
            "&#x110000;",
            "&#1114112;",
            "&#99999999999999999999;",
            "&#x0000000000000000000000000000041;&#xFFFFFFFFFFFFFFFFFF;",
        ] {
            assert!(d(s).ends_with('\u{FFFD}'), "{s}: {:?}", d(s));
        }
        assert_eq!(d("&#x0000000000000000000000000000041;"), "A");
        assert_eq!(d("&#x10FFFF;"), "\u{10FFFF}");
        // Windows-1252 in the C1 range; its undefined bytes stay as they are.
        assert_eq!(d("&#146;&#147;&#148;&#150;&#151;&#x80;&#x9F;"), "’“”–—€Ÿ");
        assert_eq!(d("&#x81;&#x9D;"), "\u{81}\u{9D}");
        // Other controls are characters, as in HTML (JSON can hold them as `\u0001` anyway).
        assert_eq!(d("a&#10;b&#1;"), "a\nb\u{1}");
    }

    #[test]
    fn named() {
        assert_eq!(
            d("&quot;Yes,&quot; she said &ndash; &ldquo;AT&amp;T&rdquo;&hellip;"),
            "\"Yes,\" she said – “AT&T”…"
        );
        assert_eq!(d("a&nbsp;b"), "a\u{A0}b");
        assert_eq!(
            d("&AMP;&Eacute;&eacute;&CounterClockwiseContourIntegral;"),
            "&Éé∳"
        );
        // Names are case-sensitive, and unknown ones are text.
        assert_eq!(d("&Quot; &foo; &nbsP;"), "&Quot; &foo; &nbsP;");
    }

    #[test]
    fn legacy_forms_without_semicolon_are_text() {
        for s in [
            "AT&T",
            "R&D;",
            "&copy 2024",
            "Tom &amp Jerry",
            "&nbsp",
            "&lt3",
            "Q&A; more",
            "&amp ;",
            "a & b; c",
        ] {
            assert_eq!(d(s), s);
            assert!(matches!(decode(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn double_escaped() {
        assert_eq!(d("don&amp;#8217;t"), "don’t");
        assert_eq!(d("&amp;quot;Hi&amp;quot;"), "\"Hi\"");
        assert_eq!(d("&amp;#x201C;&amp;nbsp;"), "“\u{A0}");
        assert_eq!(d("&#38;quot; &#x26;amp;"), "\" &");
        // One extra level and no more.
        assert_eq!(d("&amp;amp;"), "&");
        assert_eq!(d("&amp;amp;amp;"), "&amp;");
        assert_eq!(d("&amp;amp;quot;"), "&quot;");
        // `&amp;` before something that is no reference is just `&`.
        assert_eq!(d("AT&amp;T &amp; R&amp;D;"), "AT&T & R&D;");
        assert_eq!(d("&amp;#;&amp;copy 2024"), "&#;&copy 2024");
    }

    #[test]
    fn ampersands_at_the_ends_and_in_runs() {
        for s in [
            "&",
            "a &",
            "&&",
            "&#",
            "&#x",
            "&am",
            "&amp",
            "&amp;#",
            "&amp;#8217",
        ] {
            let want = s.replace("&amp;", "&");
            assert_eq!(d(s), want, "{s}");
        }
        assert_eq!(d("&amp;"), "&");
        assert_eq!(d("x&amp;"), "x&");
        let run = "&".repeat(1 << 20);
        assert!(matches!(decode(&run), Cow::Borrowed(_)));
        let mixed = "&&#&x&amp&".repeat(100_000) + "&amp;";
        assert_eq!(d(&mixed), "&&#&x&amp&".repeat(100_000) + "&");
        let long_name = format!("&{};", "a".repeat(100_000));
        assert_eq!(d(&long_name), long_name);
        let long_number = format!("&#{};", "9".repeat(100_000));
        assert_eq!(d(&long_number), "\u{FFFD}");
    }

    #[test]
    fn text_without_references_is_borrowed() {
        for s in [
            "",
            "Plain text, no ampersand.",
            "Ünïcödé — “quoted”",
            "AT&T and R&D",
        ] {
            assert!(matches!(decode(s), Cow::Borrowed(b) if b == s), "{s}");
        }
    }

    #[test]
    fn multibyte_text_around_references() {
        assert_eq!(
            d("Пожар&nbsp;в&#160;порту&hellip;😀&amp;é"),
            "Пожар\u{A0}в\u{A0}порту…😀&é"
        );
        assert_eq!(d("é&é;&é"), "é&é;&é");
    }

    #[test]
    fn a_reference_is_never_shorter_than_its_value() {
        for (name, value) in html_escape::NAMED_ENTITIES.iter() {
            assert!(name.len() + 2 >= value.len(), "{name:?}");
        }
        // The shortest reference for each length of UTF-8, and the replacement character.
        for c in [
            '\u{0}',
            '\u{7F}',
            '\u{80}',
            '\u{7FF}',
            '\u{800}',
            '\u{FFFF}',
            '\u{10000}',
        ] {
            for r in [format!("&#{};", c as u32), format!("&#x{:x};", c as u32)] {
                assert!(r.len() >= d(&r).len(), "{r}");
            }
        }
    }

    #[test]
    fn the_table_is_sorted_and_its_longest_name_known() {
        let table = &html_escape::NAMED_ENTITIES;
        assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(table.iter().map(|(n, _)| n.len()).max(), Some(LONGEST_NAME));
        // The WHATWG list's 2,231 names less the 106 legacy ones without `;`.
        assert_eq!(table.len(), 2125);
        // The known loss of a two-code-point value (see `reference_body`): a version of the
        // table that keeps both should make this `fj`.
        assert_eq!(d("&fjlig;"), "f");
    }
}
