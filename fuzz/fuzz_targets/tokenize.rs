//! The normaliser and tokeniser on any bytes (lossily decoded, as ingest does): spans must point
//! at words of the original text on char boundaries, in order; sentence spans likewise; and the
//! sketch built from the tokens must not panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::sketch::MinHasher;
use wiretrace::text::normalize::for_each_token;
use wiretrace::text::sentences::sentence_spans;
use wiretrace::text::tokenize;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut tokens = Vec::new();
    tokenize(&text, &mut tokens);
    let mut prev = 0usize;
    for t in &tokens {
        let (s, e) = (t.start as usize, t.end as usize);
        assert!(prev <= s && s < e && e <= text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert!(text[s..e].chars().any(char::is_alphanumeric));
        prev = e;
    }
    let mut n = 0;
    for_each_token(&text, |_, _, norm| {
        assert!(!norm.is_empty());
        n += 1;
    });
    assert_eq!(n, tokens.len());
    let mut prev = 0usize;
    for (s, e) in sentence_spans(&text) {
        assert!(prev <= s && s < e && e <= text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        prev = e;
    }
    let sig = MinHasher::default().sign_tokens(&tokens, 5);
    assert_eq!(wiretrace::sketch::minhash::jaccard(&sig, &sig), 1.0);
});
