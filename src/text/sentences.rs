//! Sentence spans, for aligning reworded sentences. UAX #29 sentence boundaries know the
//! terminators of other scripts (the Urdu full stop "۔"); line breaks also end a sentence,
//! because headlines, datelines and list items rarely end in a full stop.

use unicode_segmentation::UnicodeSegmentation;

/// Byte spans of the sentences of `text` that contain at least one letter or digit.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    if text.is_ascii() {
        return split_lines(ascii_segments(text, 0));
    }
    // UAX #29 always breaks after a line feed (SB4) and no rule looks across one (SB8's look-ahead
    // stops at it), so each line can take the fast path on its own: one curly quote no longer
    // sends a whole article through the generic segmenter.
    let mut segments = Vec::new();
    let mut off = 0;
    for line in text.split_inclusive('\n') {
        if line.is_ascii() {
            segments.extend(ascii_segments(line, off));
        } else {
            segments.extend(
                line.split_sentence_bound_indices()
                    .map(|(s, seg)| (off + s, seg)),
            );
        }
        off += line.len();
    }
    split_lines(segments.into_iter())
}

/// Sentence segments of ASCII `text` (at byte offset `off` of the article).
fn ascii_segments(text: &str, off: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut starts = Vec::new();
    ascii_sentence_starts(text.as_bytes(), &mut starts);
    (0..starts.len()).map(move |k| {
        let (s, e) = (starts[k], starts.get(k + 1).copied().unwrap_or(text.len()));
        (off + s, &text[s..e])
    })
}

/// UAX #29 sentence boundaries for ASCII text, rule by rule (SB3 to SB11; ASCII has no Extend,
/// Format, OLetter or Sep characters). The generic segmenter walks a property table per
/// character and was a quarter of a whole run; news text is mostly ASCII. Tested against the
/// generic one on random ASCII.
fn ascii_sentence_starts(b: &[u8], out: &mut Vec<usize>) {
    let is_close = |c: u8| matches!(c, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}');
    let is_sp = |c: u8| matches!(c, b' ' | b'\t' | 0x0B | 0x0C);
    let is_saterm = |c: u8| matches!(c, b'.' | b'!' | b'?');
    let is_scontinue = |c: u8| matches!(c, b',' | b'-' | b':' | b';');
    let n = b.len();
    out.push(0);
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c == b'\r' || c == b'\n' {
            // SB3, SB4: CR LF is one separator; break after it.
            let end = if c == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i + 2
            } else {
                i + 1
            };
            if end < n {
                out.push(end);
            }
            i = end;
            continue;
        }
        if !is_saterm(c) {
            i += 1;
            continue;
        }
        let aterm = c == b'.';
        if aterm && i + 1 < n {
            let next = b[i + 1];
            // SB6: "3.5"; SB7: "U.S".
            if next.is_ascii_digit()
                || (next.is_ascii_uppercase() && i > 0 && b[i - 1].is_ascii_alphabetic())
            {
                i += 1;
                continue;
            }
        }
        let mut k = i + 1;
        while k < n && is_close(b[k]) {
            k += 1;
        }
        while k < n && is_sp(b[k]) {
            k += 1;
        }
        // SB8a: a comma or another terminator continues the sentence.
        if k < n && (is_scontinue(b[k]) || is_saterm(b[k])) {
            i = k;
            continue;
        }
        if aterm {
            // SB8: no break before a lower-case letter, whatever non-letters come between.
            let mut m = k;
            while m < n
                && !(b[m].is_ascii_alphabetic()
                    || b[m] == b'\n'
                    || b[m] == b'\r'
                    || is_saterm(b[m]))
            {
                m += 1;
            }
            if m < n && b[m].is_ascii_lowercase() {
                i = k.max(i + 1);
                continue;
            }
        }
        // SB9 to SB11: the sentence takes its closing marks, spaces and one separator.
        if k < n && b[k] == b'\r' {
            k += if k + 1 < n && b[k + 1] == b'\n' { 2 } else { 1 };
        } else if k < n && b[k] == b'\n' {
            k += 1;
        }
        if k < n {
            out.push(k);
        }
        i = k.max(i + 1);
    }
}

/// Splits each sentence segment at line breaks and trims it; keeps parts with a letter or digit.
fn split_lines<'a>(segments: impl Iterator<Item = (usize, &'a str)>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, sent) in segments {
        let mut off = s;
        for line in sent.split_inclusive('\n') {
            let trimmed_start = line.len() - line.trim_start().len();
            let body = line.trim();
            if body.chars().any(char::is_alphanumeric) {
                out.push((off + trimmed_start, off + trimmed_start + body.len()));
            }
            off += line.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_urdu() {
        let t = "Headline here\nThe court said so. It was hacked!  \"Yes,\" he said.";
        let s: Vec<_> = sentence_spans(t)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            s,
            [
                "Headline here",
                "The court said so.",
                "It was hacked!",
                "\"Yes,\" he said."
            ]
        );
        let u = "بنگلہ دیش نے سیریز جیت لی۔ محمد اللہ نے 51 رنز بنائے۔";
        assert_eq!(sentence_spans(u).len(), 2);
    }

    fn generic(t: &str) -> Vec<usize> {
        t.split_sentence_bound_indices().map(|(s, _)| s).collect()
    }

    fn fast(t: &str) -> Vec<usize> {
        let mut v = Vec::new();
        ascii_sentence_starts(t.as_bytes(), &mut v);
        if t.is_empty() {
            v.clear();
        }
        v
    }

    #[test]
    fn ascii_rules_match_uax29_on_tricky_cases() {
        for t in [
            "Mr. Smith went to Washington. He said \"no.\" Then (AP) left.",
            "It rose 3.5 percent in the U.S. Economy grew! Really?! yes. ok",
            "End.\r\nNext line.\n\nPara. e.g. this. \"Quote.\" (Paren.) [x]. a",
            "...  ?? !. .a .A ,. ;: -- 'x.' 'y'. Z",
            "a.\tb. C.\u{b}D.\u{c}e",
            "",
            ".",
            "\n\r\r\n",
        ] {
            assert_eq!(fast(t), generic(t), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn line_by_line_matches_whole_text(t in "[aA1 .!?,;:\"'()\n\r\t-é“”۔Ж]{0,40}") {
            proptest::prop_assert_eq!(
                sentence_spans(&t),
                split_lines(t.split_sentence_bound_indices())
            );
        }

        #[test]
        fn ascii_rules_match_uax29(t in "[aA1 .!?,;:\"'()\\[\\]\n\r\t-]{0,40}") {
            proptest::prop_assert_eq!(fast(&t), generic(&t));
        }
    }
}
