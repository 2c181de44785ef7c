//! Exact duplicates: SHA-256 of the normalised token stream, so copies that differ only in
//! whitespace, case, punctuation or look-alike letters still hash the same.

use crate::text::normalize::for_each_token;
use crate::text::Token;
use sha2::{Digest, Sha256};

/// SHA-256 of the normalised text: normalised tokens joined by single spaces.
pub fn normalized_sha256(text: &str) -> [u8; 32] {
    tokenize_and_sha256(text, &mut Vec::new())
}

/// Appends the tokens of `text` to `out` (as [`crate::text::normalize::tokenize`] does) and
/// returns [`normalized_sha256`] of it, in one pass over the text: the sketch stage needs both,
/// and tokenising is most of the cost of either.
pub fn tokenize_and_sha256(text: &str, out: &mut Vec<Token>) -> [u8; 32] {
    let mut h = Sha256::new();
    let mut first = true;
    for_each_token(text, |start, end, norm| {
        if !first {
            h.update(b" ");
        }
        first = false;
        h.update(norm.as_bytes());
        out.push(Token::new(start, end, norm));
    });
    h.finalize().into()
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_same_hash() {
        assert_eq!(
            normalized_sha256("The ICC, hacked!"),
            normalized_sha256("the  IСС hacked")
        );
        assert_ne!(
            normalized_sha256("the ICC hacked"),
            normalized_sha256("the ICC was hacked")
        );
        // SHA-256 of "a b" (as `printf "a b" | sha256sum` prints it)
        assert_eq!(
            hex(&normalized_sha256("A, b.")),
            "c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65"
        );
    }

    #[test]
    fn one_pass_gives_the_tokens_and_the_hash() {
        for text in ["The ICC, hacked!", "IСС «hacked» ڈھاکہ ۔ یکم", "", "  \n"] {
            let mut tokens = Vec::new();
            let sha = tokenize_and_sha256(text, &mut tokens);
            let mut expected = Vec::new();
            crate::text::tokenize(text, &mut expected);
            assert_eq!(sha, normalized_sha256(text), "{text}");
            assert_eq!(tokens, expected, "{text}");
        }
    }
}
