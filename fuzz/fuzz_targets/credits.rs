//! Credit finding (`link::attribution::find_credits`) and whether another text writes a credit
//! (`phrase_in`): the first line holds corpus outlet names separated by `|`, the second the other
//! text, the rest the article.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wiretrace::link::attribution::{find_credits, phrase_in, CorpusOutlets};

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let mut lines = input.splitn(3, '\n');
    let names = lines.next().unwrap_or_default();
    let other = lines.next().unwrap_or_default();
    let text = lines.next().unwrap_or_default();
    let corpus = CorpusOutlets::from_sources(names.split('|').take(64));
    for c in find_credits(text, &[], &corpus) {
        let (ss, se) = c.span.expect("a credit in the text has a span");
        let (ps, pe) = c.phrase.expect("and a phrase");
        assert!(ss <= ps && ps < pe && pe <= se && se <= text.len());
        assert!(text.is_char_boundary(ps) && text.is_char_boundary(pe));
        assert!(text.is_char_boundary(ss) && text.is_char_boundary(se));
        if let Some((before, after)) = c.name {
            assert!(ps + before as usize <= pe - after as usize);
        }
        assert!(phrase_in(&c, text, text), "a text writes its own credit");
        let _ = phrase_in(&c, text, other);
    }
});
