//! Exact duplicates: SHA-256 of the normalised token stream, so copies that differ only in
//! whitespace, case, punctuation or look-alike letters still hash the same.

use crate::text::normalize::for_each_token_own;
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
    // Each token's own characters, not its identity: in Chinese, Japanese or Thai the
    // identity is an n-gram cut short where a run ends, at a line break or a comma, and copies
    // wrapped or punctuated otherwise would differ.
    for_each_token_own(text, |start, end, norm, own| {
        if !first {
            h.update(b" ");
        }
        first = false;
        h.update(own.as_bytes());
        out.push(Token::new(start, end, norm));
    });
    h.finalize().into()
}

/// What exact copies share: the normalised text's SHA-256 (`normalized`, of a text with `tokens`
/// words). A text without a single word normalises to nothing, and every such text (a row of
/// emoji, a page of a legacy encoding decoded to replacement characters) would be a copy of every
/// other; such a text is a copy only of the same characters, whitespace around them aside.
pub fn copy_key(text: &str, normalized: [u8; 32], tokens: usize) -> [u8; 32] {
    if tokens > 0 {
        return normalized;
    }
    // A prefix no normalised text starts with, so the two kinds of key never meet.
    let mut h = Sha256::new();
    h.update(b"\0wordless\0");
    h.update(text.trim().as_bytes());
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

    /// Chinese wrapped at other places, or with a comma less, or with zero-width spaces, is an
    /// exact copy; the hash is that of the characters apart, as before character n-grams.
    #[test]
    fn chinese_copies_hash_alike_however_wrapped() {
        let text = "上海海港队在浦东足球场以2比1战胜山东泰山队，取得赛季三连胜。";
        let wrapped = "上海海港队在浦东足球\n场以2比1战胜山东泰山队，取得赛\n季三连胜。";
        let spaced = "上海\u{200B}海港队在浦东\u{200B}足球场以2比1战胜山东泰山队，取得赛季三连胜。";
        let no_comma = "上海海港队在浦东足球场以2比1战胜山东泰山队取得赛季三连胜。";
        for copy in [wrapped, spaced, no_comma] {
            assert_eq!(normalized_sha256(copy), normalized_sha256(text), "{copy}");
        }
        assert_eq!(normalized_sha256("东京都"), normalized_sha256("东 京 都"));
        let mut h = Sha256::new();
        h.update("东 京 都".as_bytes());
        assert_eq!(normalized_sha256("东京都"), <[u8; 32]>::from(h.finalize()));
    }

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
    fn texts_without_words_are_copies_only_of_the_same_characters() {
        let key = |t: &str| {
            let mut tokens = Vec::new();
            let sha = tokenize_and_sha256(t, &mut tokens);
            copy_key(t, sha, tokens.len())
        };
        // All normalise to nothing: the same SHA-256, but not copies of each other.
        for (a, b) in [
            ("🔥🔥🔥", "..."),
            ("—", "!!!"),
            ("\u{fffd}\u{fffd}", "\u{fffd}"),
        ] {
            assert_eq!(normalized_sha256(a), normalized_sha256(b));
            assert_ne!(key(a), key(b), "{a} {b}");
        }
        assert_eq!(key("🔥🔥🔥"), key(" 🔥🔥🔥\n"));
        // Texts with words keep their normalised key.
        assert_eq!(key("The ICC, hacked!"), normalized_sha256("the ICC hacked"));
        assert_ne!(key(""), normalized_sha256("a"));
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
