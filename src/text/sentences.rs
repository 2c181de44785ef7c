//! Sentence spans, for aligning reworded sentences. UAX #29 sentence boundaries know the
//! terminators of other scripts (the Urdu full stop "۔"); line breaks also end a sentence,
//! because headlines, datelines and list items rarely end in a full stop.

use unicode_segmentation::UnicodeSegmentation;

/// Byte spans of the sentences of `text` that contain at least one letter or digit.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (s, sent) in text.split_sentence_bound_indices() {
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
}
