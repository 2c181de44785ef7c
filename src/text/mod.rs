//! Text analysis: normalisation, tokens with spans back into the original text, shingles and
//! sentences. Everything downstream sees only token hashes and spans, never rewritten text, so
//! evidence can always point at the characters a person would read.

pub mod normalize;
pub mod sentences;
pub mod shingle;

pub use normalize::{tokenize, Token};

/// Turns byte offsets into `text` into character (Unicode scalar value) offsets, in place, in
/// one pass over the text whatever their order. Spans are kept in bytes inside the pipeline
/// (slicing is then free), but the output gives characters: what `text[a:b]` means in Python,
/// JavaScript's `[...text]` and most readers of the JSON. An offset inside a character or past
/// the end counts the characters that start before it.
pub fn to_char_offsets(text: &str, offsets: &mut [&mut u32]) {
    if text.is_ascii() {
        return;
    }
    to_char_offsets_in(text.as_bytes(), offsets);
}

/// As [`to_char_offsets`], over the UTF-8 bytes of a text or of a prefix of it (which may end
/// inside a character) that reaches the largest offset.
pub fn to_char_offsets_in(bytes: &[u8], offsets: &mut [&mut u32]) {
    offsets.sort_unstable_by_key(|o| **o);
    let (mut byte, mut chars) = (0usize, 0u32);
    for o in offsets.iter_mut() {
        let target = (**o as usize).min(bytes.len());
        while byte < target {
            // A character starts at every byte that is not a UTF-8 continuation byte.
            chars += (bytes[byte] & 0xC0 != 0x80) as u32;
            byte += 1;
        }
        **o = chars;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_character_offsets() {
        let text = "IСС: “cyber” — ٹیکسٹ end";
        let word = |w: &str| {
            let s = text.find(w).unwrap();
            [s as u32, (s + w.len()) as u32]
        };
        let [mut a, mut b] = word("ٹیکسٹ");
        let [mut c, mut d] = word("cyber");
        let mut past = 10_000u32;
        to_char_offsets(text, &mut [&mut a, &mut b, &mut c, &mut d, &mut past]);
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: u32, e: u32| chars[s as usize..e as usize].iter().collect::<String>();
        assert_eq!(slice(a, b), "ٹیکسٹ");
        assert_eq!(slice(c, d), "cyber");
        assert_eq!(past as usize, chars.len());
        let (mut x, mut y) = (3u32, 7u32);
        to_char_offsets("plain ascii", &mut [&mut y, &mut x]);
        assert_eq!((x, y), (3, 7));
    }
}
