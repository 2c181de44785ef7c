//! Tokenising and normalising in one pass.
//!
//! Two articles are compared through their normalised tokens: Unicode NFKC (full-width and
//! compatibility forms), case folding, confusable folding (the sample corpus writes "ICC" with
//! Cyrillic "С"), apostrophe unification, and the invisible characters, optional diacritics and
//! letter variants by which copies of one text differ on screen not at all (see `dropped` and
//! `folded`); punctuation is not part of any token. Each token keeps the byte span of the
//! original text it came from.

use std::borrow::Cow;
use std::cell::RefCell;
use unicode_normalization::UnicodeNormalization;
use unicode_security::confusable_detection::skeleton;
use unicode_segmentation::UnicodeSegmentation;
use xxhash_rust::xxh3::xxh3_64;

/// A word of the original text: its byte span and the hash of its normalised form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub hash: u64,
}

thread_local! {
    static SCRATCH: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// Appends the tokens of `text` to `out`.
pub fn tokenize(text: &str, out: &mut Vec<Token>) {
    for_each_token(text, |start, end, norm| {
        out.push(Token::new(start, end, norm))
    });
}

impl Token {
    /// The token of the word at `start..end` whose normal form is `norm`.
    pub fn new(start: usize, end: usize, norm: &str) -> Token {
        Token {
            start: start as u32,
            end: end as u32,
            hash: xxh3_64(norm.as_bytes()),
        }
    }
}

/// Replaces `out` with the sorted, distinct hashes of the words of `text` (the hashes of
/// [`Token`]s): a text's vocabulary, for document frequencies and for comparing two texts' words.
pub fn distinct_word_hashes(text: &str, out: &mut Vec<u64>) {
    out.clear();
    for_each_token(text, |start, end, norm| {
        out.push(Token::new(start, end, norm).hash)
    });
    out.sort_unstable();
    out.dedup();
}

/// Calls `f(start, end, normalised)` for every word of `text`, in order. The normalised form is
/// only valid during the call (it lives in a reused buffer: no allocation per token).
pub fn for_each_token(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    for_each_token_own(text, |start, end, norm, _| f(start, end, norm))
}

/// As [`for_each_token`], with a fourth argument: the normal form of the token's own
/// characters, which differs from its identity only in a run of a script written without
/// spaces (where the identity reaches past the span, and the last token's characters are given
/// apart, separated by spaces). The text's exact-copy hash is made of these, so that two copies
/// of a Chinese text wrapped or punctuated differently, whose n-grams differ where a run ends,
/// still hash the same.
pub fn for_each_token_own(text: &str, mut f: impl FnMut(usize, usize, &str, &str)) {
    SCRATCH.with(|cell| {
        let mut guard = cell.borrow_mut();
        let (norm, tmp) = &mut *guard;
        if text.is_ascii() {
            ascii_tokens(text, 0, norm, &mut f);
            return;
        }
        RUN.with(|run| {
            let mut run = run.borrow_mut();
            run.clear();
            // UAX #29 always breaks around a line feed (WB3a, WB3b), so each line can take the
            // fast path on its own: one curly quote no longer sends a whole 100 MB article
            // through the segmenter, which runs at about a tenth of the ASCII path's speed.
            let mut off = 0;
            let script = Script::of(text);
            for line in text.split_inclusive('\n') {
                if line.is_ascii() {
                    ascii_tokens(line, off, norm, &mut f);
                } else {
                    unicode_tokens(line, off, script, norm, tmp, &mut run, &mut f);
                }
                off += line.len();
            }
        });
    });
}

/// Consecutive characters of a script written without spaces, waiting to become tokens.
///
/// UAX #29 makes each Han character, kana or Thai letter a word of its own, and as words they
/// say little: a few thousand characters make up all of Chinese, so the rare-word evidence,
/// word weights and sentence cosines of two unrelated Chinese stories overlap as those of two
/// English stories sharing letters would. Each such character is therefore a token whose
/// identity is [`gram`] characters from it on (the overlapping n-grams search engines index
/// these scripts by, as Lucene's CJK bigram filter does), while its span stays the character,
/// so tokens still tile the text without overlapping: the last token of a run spans the
/// characters its n-gram has left, and a run shorter than an n-gram is one token. A space does
/// not end a run (some scrapes space such text out); a line break does, as it ends a sentence
/// (UAX #29 SB4), and so do punctuation, digits, other scripts and a change of [`gram`].
#[derive(Default)]
struct Run {
    /// Start and end of each character's bytes in the text, and the end of its normal form in
    /// `norms`.
    chars: Vec<(u32, u32, u32)>,
    norms: String,
    /// Characters per token: [`gram`] of the run's script.
    gram: usize,
    /// Scratch for the last token's own characters (see [`for_each_token_own`]).
    own: String,
}

thread_local! {
    static RUN: RefCell<Run> = RefCell::new(Run::default());
}

impl Run {
    fn clear(&mut self) {
        self.chars.clear();
        self.norms.clear();
    }

    /// Adds the character at `start..end` (normal form `norm`), ending the run first when its
    /// script takes another [`gram`]. A character's token is given as soon as a character
    /// after its n-gram shows it is not the run's last, so the run holds at most `gram + 1`
    /// characters however long it is (a 100 MB line of Han without punctuation is one run).
    fn push(
        &mut self,
        start: usize,
        end: usize,
        norm: &str,
        gram: usize,
        f: &mut impl FnMut(usize, usize, &str, &str),
    ) {
        if gram != self.gram {
            self.flush(f);
            self.gram = gram;
        }
        self.norms.push_str(norm);
        self.chars
            .push((start as u32, end as u32, self.norms.len() as u32));
        if self.chars.len() > self.gram.max(1) {
            let (s, e, _) = self.chars[0];
            let gram_end = self.chars[self.gram.max(1) - 1].2 as usize;
            let own = self.chars[0].2 as usize;
            f(
                s as usize,
                e as usize,
                &self.norms[..gram_end],
                &self.norms[..own],
            );
            let first = self.chars.remove(0).2;
            self.norms.drain(..first as usize);
            for c in &mut self.chars {
                c.2 -= first;
            }
        }
    }

    /// Gives the run's last token: its characters (at most one n-gram's), on a span from the
    /// first to the last.
    fn flush(&mut self, f: &mut impl FnMut(usize, usize, &str, &str)) {
        if let (Some(first), Some(last)) = (self.chars.first(), self.chars.last()) {
            self.own.clear();
            let mut from = 0;
            for c in &self.chars {
                if from > 0 {
                    self.own.push(' ');
                }
                self.own.push_str(&self.norms[from..c.2 as usize]);
                from = c.2 as usize;
            }
            f(first.0 as usize, last.1 as usize, &self.norms, &self.own);
        }
        self.clear();
    }
}

/// Characters per token in a [`Run`] of `c`'s script. A Han character is most often a word or
/// part of a two-character word (kana go with it, as in Lucene). A Thai, Lao, Khmer or Myanmar
/// letter is a sound, and pairs of them are shared by any two texts in the language: on
/// benches/spaceless, Thai letter pairs still linked 5 of 12 unrelated same-day stories, threes
/// and fours none (Thai link F1 0.72, 0.82 and 0.90). Chosen on 30 Thai articles, no more.
fn gram(c: char) -> usize {
    match c {
        '\u{2E80}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF65}'..='\u{FF9F}'
        | '\u{20000}'..='\u{3FFFF}' => 2,
        _ => LETTER_GRAM,
    }
}

/// [`gram`] of the scripts whose characters are letters (Thai, Lao, Khmer, Myanmar, Tai Viet).
const LETTER_GRAM: usize = 4;

/// Whether `c` belongs to a script written without spaces between words: Thai, Lao, Myanmar,
/// Khmer, Tai Tham, Balinese, Javanese, Chinese and Japanese.
pub(crate) fn spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{1780}'..='\u{17FF}'
        | '\u{1A20}'..='\u{1AAF}' | '\u{1B00}'..='\u{1B7F}' | '\u{2E80}'..='\u{9FFF}'
        | '\u{A980}'..='\u{A9FF}' | '\u{AA60}'..='\u{AADF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF65}'..='\u{FF9F}' | '\u{20000}'..='\u{3FFFF}')
}

/// Whether the UAX #29 word `w` is one character of a script written without spaces (with the
/// marks and invisible characters UAX #29 attaches to it): one link of a [`Run`]. A longer
/// word of such a script (a katakana loanword, a Lao syllable UAX #29 keeps whole) is a word.
fn one_spaceless_char(w: &str) -> Option<usize> {
    let mut chars = w.chars();
    // A letter: a digit (๕) or a punctuation mark with a stray vowel sign attached ("။ေ" in
    // converted Zawgyi text) is no part of a word, and a run that took it in could reach
    // across a sentence end.
    let first = chars.next().filter(|&c| {
        spaceless(c) && c.is_alphabetic() && !unicode_normalization::char::is_combining_mark(c)
    })?;
    chars.all(|c| {
            unicode_normalization::char::is_combining_mark(c)
                || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}')
        })
    .then(|| gram(first))
}

/// Words of an ASCII `text` (at byte offset `off` of the article): lower case, apostrophes
/// dropped, exactly as [`normalize_word`] would leave them.
fn ascii_tokens(
    text: &str,
    off: usize,
    norm: &mut String,
    f: &mut impl FnMut(usize, usize, &str, &str),
) {
    ascii_words(text.as_bytes(), |s, e, plain| {
        let word = &text[s..e];
        // Most words are already in normal form: no copy for them.
        if plain {
            f(off + s, off + e, word, word);
            return;
        }
        norm.clear();
        for &b in &text.as_bytes()[s..e] {
            if b != b'\'' {
                norm.push(b.to_ascii_lowercase() as char);
            }
        }
        f(off + s, off + e, norm, norm);
    });
}

/// Words of `text` (at byte offset `off`) by UAX #29, normalised; the reference the ASCII path
/// must agree with.
fn unicode_tokens(
    text: &str,
    off: usize,
    script: Script,
    norm: &mut String,
    tmp: &mut String,
    run: &mut Run,
    f: &mut impl FnMut(usize, usize, &str, &str),
) {
    let spaced = apart_at_narrow_spaces(text);
    let joined = join_across_zwsp(&spaced);
    let cache = match script {
        Script::Other => &WORDS,
        Script::SerbianCyrillic => &SERBIAN_WORDS,
    };
    cache.with(|cell| {
        let mut words = cell.borrow_mut();
        for (s, w) in joined.split_word_bound_indices() {
            if w.len() == 1 && !w.as_bytes()[0].is_ascii_alphanumeric() {
                if !matches!(w.as_bytes()[0], b' ' | b'\t') {
                    run.flush(f);
                }
                continue; // a space or an ASCII punctuation mark
            }
            let (start, end) = (off + s, off + s + w.len());
            let mut emit = |n: &str, g: u8| {
                if g > 0 {
                    run.push(start, end, n, g as usize, f);
                } else {
                    run.flush(f);
                    f(start, end, n, n);
                }
            };
            if let Some(known) = words.get(w) {
                match known {
                    Some((n, g)) => emit(n, *g),
                    None if !within_a_line(w) => run.flush(f),
                    None => {}
                }
                continue;
            }
            let keep = w.chars().any(char::is_alphanumeric) && {
                normalize_word_in(w, script, norm, tmp);
                !norm.is_empty()
            };
            let g = if keep {
                one_spaceless_char(w).unwrap_or(0) as u8
            } else {
                0
            };
            if w.len() <= CACHED_WORD_BYTES {
                if words.len() >= WORD_CACHE {
                    words.clear();
                }
                words.insert(w.into(), keep.then(|| (norm.as_str().into(), g)));
            }
            if keep {
                emit(norm, g);
            } else if !within_a_line(w) {
                run.flush(f);
            }
        }
        run.flush(f);
    });
}

/// Whether `w` is only spaces that keep a sentence going, no line or paragraph break. The
/// zero-width space is one: Thai, Khmer and Myanmar pages put it between words, and a copy
/// with it must have the n-grams of one without.
fn within_a_line(w: &str) -> bool {
    w.chars().all(|c| {
        (c.is_whitespace() || c == '\u{200B}')
            && !matches!(
                c,
                '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            )
    })
}

/// `text` with the narrow no-break space (French typography puts it before `:`, `;`, `?`, `!`
/// and inside `« »`, and between thousands) and the Mongolian vowel separator made en spaces:
/// UAX #29 glues them to the words beside them as it glues `_`, so "dit\u{202F}:" would be
/// another word than "dit". All three are three bytes in UTF-8: offsets stay those of `text`.
fn apart_at_narrow_spaces(text: &str) -> Cow<'_, str> {
    if !text.contains(['\u{202F}', '\u{180E}']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace(['\u{202F}', '\u{180E}'], "\u{2002}"))
}

/// `text` with each zero-width space inside a word (between two letters or digits, invisible
/// characters and combining marks around it aside) replaced by a word joiner, which UAX #29 does
/// not break at (WB4) and [`normalize_word`] drops: sites insert zero-width spaces as hidden break
/// opportunities in long words, and a copy with them would otherwise have other words than its
/// source. Both characters are three bytes in UTF-8, so offsets into the result are offsets into
/// `text`. Scripts written without spaces (Thai, Lao, Myanmar, Khmer, Tai Tham, Balinese,
/// Javanese, Chinese and Japanese) use the zero-width space between words, and keep it.
fn join_across_zwsp(text: &str) -> Cow<'_, str> {
    const ZWSP: char = '\u{200B}';
    if !text.contains(ZWSP) {
        return Cow::Borrowed(text);
    }
    let ignorable = |c: char| {
        matches!(
            c,
            ZWSP | '\u{00AD}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        ) || unicode_normalization::char::is_combining_mark(c)
    };
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !spaceless(c));
    // The nearest character that is not ignorable after each one, found in one backward pass,
    // and the nearest before it kept going forward: linear however many there are in a row.
    let chars: Vec<char> = text.chars().collect();
    let mut after = vec![None; chars.len()];
    let mut next = None;
    for (k, &c) in chars.iter().enumerate().rev() {
        after[k] = next;
        if !ignorable(c) {
            next = Some(c);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut before = None;
    for (k, &c) in chars.iter().enumerate() {
        let joins = c == ZWSP && letter(before) && letter(after[k]);
        out.push(if joins { '\u{2060}' } else { c });
        if !ignorable(c) {
            before = Some(c);
        }
    }
    Cow::Owned(out)
}

/// Distinct words whose normal form each thread remembers. NFKC and the confusable skeleton are
/// most of the cost of tokenising non-ASCII text, and prose repeats its words: Urdu news
/// tokenised about twice as fast with this cache. Cleared when full, so memory stays bounded.
const WORD_CACHE: usize = 1 << 16;

/// Longest word the cache keeps, in bytes, so it holds at most a few megabytes per thread: long
/// "words" (a run of letters without spaces, a mis-scrape) rarely repeat, and a hundred 1 MB
/// ones once held 200 MB.
const CACHED_WORD_BYTES: usize = 64;

/// Per word: its normal form and its [`gram`] when it is one character of a [`Run`] (0 when it
/// is a word of its own), or None for no token. The gram is kept because finding it asks
/// whether a character is a letter, a table search that cost three times the rest of
/// tokenising Thai when done for every character.
type WordCache =
    std::collections::HashMap<Box<str>, Option<(Box<str>, u8)>, xxhash_rust::xxh3::Xxh3Builder>;

thread_local! {
    static WORDS: RefCell<WordCache> = RefCell::new(WordCache::default());
    /// The words of Serbian Cyrillic texts, which normalise to other forms (see [`Script`]).
    static SERBIAN_WORDS: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// What a text's script asks of its words' normal forms beyond what each word shows.
///
/// Serbian is written in two alphabets with one letter for one letter, and papers and agencies
/// print one story in either: Politika in Cyrillic what Tanjug ran in Latin. Words of a
/// Serbian Cyrillic text are compared in the Latin alphabet, so that the two versions of a
/// story share their words and shingles. A text is taken as Serbian Cyrillic by the letters
/// only Serbian (and Macedonian) Cyrillic has, ђ ј љ њ ћ џ; Russian, Ukrainian or Bulgarian
/// words keep their own letters, as a single word would not say which language it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Other,
    SerbianCyrillic,
}

impl Script {
    /// At least two of the letters only Serbian Cyrillic has: one could be a name written in
    /// Serbian inside Russian copy.
    pub fn of(text: &str) -> Script {
        const SERBIAN_LETTERS: usize = 2;
        let b = text.as_bytes();
        let mut found = 0;
        for i in memchr::memchr2_iter(0xD0, 0xD1, b) {
            // Ђ Ј Љ Њ Ћ Џ (U+0402 U+0408..U+040B U+040F) and ђ ј љ њ ћ џ (U+0452 U+0458..U+045B
            // U+045F).
            let serbian = matches!(
                (b[i], b.get(i + 1)),
                (0xD0, Some(0x82 | 0x88..=0x8B | 0x8F)) | (0xD1, Some(0x92 | 0x98..=0x9B | 0x9F))
            );
            if serbian {
                found += 1;
                if found >= SERBIAN_LETTERS {
                    return Script::SerbianCyrillic;
                }
            }
        }
        Script::Other
    }
}

/// The Latin letters of a small Serbian Cyrillic letter, as [`normalize_word`] leaves the Latin
/// ones: without their marks (č, ć, š and ž are c, c, s and z), đ keeping its stroke.
fn serbian_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'ђ' => "đ",
        'е' => "e",
        'ж' | 'з' => "z",
        'и' => "i",
        'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' | 'ш' => "s",
        'т' => "t",
        'ћ' | 'ц' | 'ч' => "c",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'џ' => "dz",
        _ => return None,
    })
}

/// Normalises one non-ASCII word into `out` (`tmp` is scratch).
pub fn normalize_word(w: &str, out: &mut String, tmp: &mut String) {
    normalize_word_in(w, Script::Other, out, tmp)
}

/// As [`normalize_word`], for a word of a text in `script`.
fn normalize_word_in(w: &str, script: Script, out: &mut String, tmp: &mut String) {
    out.clear();
    if w.is_ascii() {
        out.extend(
            w.bytes()
                .filter(|&b| b != b'\'')
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return;
    }
    // Compatibility decomposition, lower case, then the marks and letters copies differ by
    // dropped or folded (see `dropped` and `folded`), then composed again: NFKC where nothing
    // was dropped. Lower case first, so that a word folds the same in capitals ("ІСС", "ΚΑΙ",
    // Turkish "İ") as in small letters.
    out.clear();
    for c in w.nfkd() {
        for l in c.to_lowercase() {
            if dropped(l) {
                continue;
            }
            match l {
                'ß' => out.push_str("ss"),
                _ => out.push(folded(l)),
            }
        }
    }
    tmp.clear();
    tmp.extend(out.nfc());
    if script == Script::SerbianCyrillic {
        out.clear();
        for c in tmp.chars() {
            match serbian_latin(c) {
                Some(l) => out.push_str(l),
                None => out.push(c),
            }
        }
        std::mem::swap(out, tmp);
    }
    out.clear();
    if tmp.is_ascii() {
        out.push_str(tmp);
        return;
    }
    // Fold look-alikes to Latin only where every character of the word has an ASCII look-alike
    // ("icc" in Cyrillic, or Latin with one Cyrillic letter): a word of Urdu or Russian prose
    // keeps its own letters, so real words of other scripts are not merged.
    let mut buf = [0u8; 4];
    let folds_fully = tmp
        .chars()
        .all(|c| c.is_ascii() || skeleton(c.encode_utf8(&mut buf)).all(|k| k.is_ascii()));
    for c in tmp.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        if folds_fully {
            let mut b = [0u8; 4];
            let proto: Option<String> = {
                let mut it = skeleton(c.encode_utf8(&mut b)).peekable();
                let mut s = String::new();
                let mut ok = it.peek().is_some();
                for k in it {
                    if !k.is_ascii() {
                        ok = false;
                        break;
                    }
                    s.push(k);
                }
                ok.then_some(s)
            };
            if let Some(p) = proto {
                out.extend(p.chars().map(|k| k.to_ascii_lowercase()));
                continue;
            }
        }
        out.push(c);
    }
}

/// Characters a copy may have inside a word and its source not, dropped from the word:
/// apostrophes; invisible characters (soft hyphens, joiners, a stray byte-order mark, the bidi
/// controls that right-to-left text and numbers in it pick up); the Arabic tatweel that
/// stretches a word; and diacritics that are optional in writing, after decomposition: accents
/// of Latin, Greek and Cyrillic (a copy that lost them in a re-encoding, Russian stress marks,
/// Greek capitals written without them, the dot of Turkish "İ"), Hebrew points, and Arabic
/// harakat and hamza marks. The vowel signs of Indic scripts and Thai are letters of the word,
/// not diacritics, and stay.
fn dropped(c: char) -> bool {
    matches!(c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}'
        | '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}'
        | '\u{061C}' | '\u{180E}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}'
        | '\u{0640}'
        | '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0489}' | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}'
        | '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}'..='\u{05C2}' | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}' | '\u{06E7}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}

/// Letters written two ways for one letter, folded to one: the Arabic, Persian and Urdu forms
/// of yeh, kaf and heh (a Pakistani paper's copy of an Arabic-keyboard text differs in every
/// word otherwise), alef wasla, teh marbuta as heh (as Arabic search engines fold it), Greek
/// final sigma, Turkish dotless i; and decimal digits of other scripts as ASCII digits.
fn folded(c: char) -> char {
    match c {
        '\u{0649}' | '\u{06CC}' => '\u{064A}',
        '\u{06A9}' => '\u{0643}',
        '\u{06C1}' | '\u{0629}' => '\u{0647}',
        '\u{0671}' => '\u{0627}',
        'ς' => 'σ',
        'ı' => 'i',
        _ => digit(c).unwrap_or(c),
    }
}

/// The ASCII digit of a decimal digit of another script (Arabic-Indic, Persian, Devanagari,
/// Bengali, Thai, ...): each script's digits are ten code points in a row.
fn digit(c: char) -> Option<char> {
    const ZEROS: [u32; 22] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
    ];
    let u = c as u32;
    if !(0x0660..=0x19D9).contains(&u) {
        return None;
    }
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .and_then(|&z| char::from_digit(u - z, 10))
}

/// Word boundaries of ASCII text following UAX #29 (letters joined across `.`, `'` and `:`,
/// digits across `,`, `;`, `.` and `'`), so the fast path cuts words exactly where the general
/// Unicode path would.
fn ascii_words(b: &[u8], mut f: impl FnMut(usize, usize, bool)) {
    let class = |c: u8| CLASS[c as usize];
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = class(b[i]);
        if c & WORD == 0 {
            i += 1;
            continue;
        }
        let start = i;
        // `seen` gathers the classes of the word's bytes: whether it has a letter or digit, and
        // whether it needs normalising (upper case, or an apostrophe joined in).
        let mut seen = c;
        i += 1;
        loop {
            while i < n {
                let c = class(b[i]);
                if c & WORD == 0 {
                    break;
                }
                seen |= c;
                i += 1;
            }
            if i + 1 < n {
                let (p, m, q) = (class(b[i - 1]), b[i], class(b[i + 1]));
                let letters = p & q & ALPHA != 0;
                let digits = p & q & DIGIT != 0;
                let joins = match m {
                    b'.' | b'\'' => letters || digits,
                    b':' => letters,
                    b',' | b';' => digits,
                    _ => false,
                };
                if joins {
                    if m == b'\'' {
                        seen |= NOT_PLAIN;
                    }
                    seen |= q;
                    i += 2;
                    continue;
                }
            }
            break;
        }
        if seen & (ALPHA | DIGIT) != 0 {
            f(start, i, seen & (UPPER | NOT_PLAIN) == 0);
        }
    }
}

/// Byte classes for [`ascii_words`].
const WORD: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;
const UPPER: u8 = 8;
/// Not a byte class: set while scanning a word that holds an apostrophe.
const NOT_PLAIN: u8 = 16;
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let mut v = 0;
        if c.is_ascii_alphabetic() {
            v |= WORD | ALPHA;
        }
        if c.is_ascii_uppercase() {
            v |= UPPER;
        }
        if c.is_ascii_digit() {
            v |= WORD | DIGIT;
        }
        if c == b'_' {
            v |= WORD;
        }
        t[i] = v;
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        for_each_token(text, |_, _, n| v.push(n.to_string()));
        v
    }

    #[test]
    fn cyrillic_icc_matches_latin() {
        assert_eq!(norms("IСС continues"), norms("ICC continues"));
        assert_eq!(norms("The ICC's work"), norms("The ICC’s work"));
        assert_eq!(norms("ＩＣＣ"), norms("icc"));
    }

    /// Serbian in Cyrillic has the words of Serbian in Latin letters, ђ ј љ њ ћ џ telling the
    /// text apart from Russian, whose words keep their letters (one such letter, a Serbian name
    /// in Russian copy, does not make it Serbian).
    #[test]
    fn serbian_cyrillic_reads_as_serbian_latin() {
        assert_eq!(
            norms("Изградња моста између Ковина и Смедерева почела је данас, Џон и Ђорђе."),
            norms("Izgradnja mosta između Kovina i Smedereva počela je danas, Džon i Đorđe.")
        );
        assert_eq!(Script::of("Мост через Дунай, сказал Јован."), Script::Other);
        assert_eq!(norms("Мост через Дунай")[0], "мост");
        assert_eq!(Script::of("Ђорђе и Јован"), Script::SerbianCyrillic);
        assert_eq!(Script::of("Izgradnja mosta"), Script::Other);
    }

    /// The word cache returns what normalising each word afresh does, before and after it is
    /// full and cleared.
    #[test]
    fn cached_words_normalise_as_uncached() {
        let uncached = |text: &str| -> Vec<(usize, String)> {
            let (mut out, mut tmp) = (String::new(), String::new());
            text.split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .filter_map(|(s, w)| {
                    normalize_word(w, &mut out, &mut tmp);
                    (!out.is_empty()).then(|| (s, out.clone()))
                })
                .collect()
        };
        let cached = |text: &str| -> Vec<(usize, String)> {
            let mut v = Vec::new();
            for_each_token(text, |s, _, n| v.push((s, n.to_string())));
            v
        };
        let text = "IСС «hacked» ڈھاکہ ۔ یکم, IСС ڈھاکہ ’s ＩＣＣ — Привет 12,5 ’’";
        assert_eq!(cached(text), uncached(text));
        assert_eq!(cached(text), uncached(text));
        let many: String = (0..WORD_CACHE + 10).map(|i| format!("é{i} ")).collect();
        assert_eq!(cached(&many), uncached(&many));
        assert_eq!(cached(text), uncached(text));
        let long = "я".repeat(CACHED_WORD_BYTES);
        assert_eq!(cached(&long), uncached(&long));
        WORDS.with(|w| assert!(!w.borrow().contains_key(long.as_str())));
    }

    /// Copies that look the same on screen, or differ only in what writing leaves optional,
    /// have the same words.
    #[test]
    fn variants_of_one_word_normalise_alike() {
        for (a, b) in [
            // Arabic-keyboard and Urdu forms of yeh, kaf, heh; harakat; tatweel; alef forms.
            ("یکم دسمبر کو پاکستان", "يكم دسمبر كو پاكستان"),
            ("بنگلہ دیش", "بنگله دیش"),
            ("مُحَمَّدٌ", "محمد"),
            ("الـعـربـيـة", "العربية"),
            ("أحمد إلى آخر", "احمد الى اخر"),
            ("مدرسة", "مدرسه"),
            // Digits of other scripts.
            ("٢٠٢٣ ۱۹ १२", "2023 19 12"),
            // Bidi controls around numbers and words.
            (
                "\u{200f}16\u{200f} \u{202a}Reuters\u{202c} \u{2067}x\u{2069}",
                "16 Reuters x",
            ),
            // Capitals fold as small letters do: Cyrillic and Greek, final sigma, Turkish.
            ("ІСС МОСКВА", "icc москва"),
            ("ΚΑΙ ΟΔΟΣ", "και οδος"),
            ("ΑΘΗΝΑ", "Αθήνα"),
            ("DIŞİŞLERİ İstanbul", "dışişleri istanbul"),
            // Accents a re-encoding lost, stress marks, ß.
            ("café Zürich", "cafe Zurich"),
            ("доро́га", "дорога"),
            ("Straße", "STRASSE"),
            // French narrow no-break spaces.
            (
                "il a dit\u{202f}: «\u{202f}3\u{202f}200\u{202f}»",
                "il a dit : « 3 200 »",
            ),
        ] {
            assert_eq!(norms(a), norms(b), "{a} / {b}");
        }
        // Indic vowel signs are letters: कि and की stay apart.
        assert_ne!(norms("कि"), norms("की"));
    }

    #[test]
    fn other_scripts_keep_their_letters() {
        let urdu = norms("ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش");
        // Urdu kaf and heh in their Arabic forms (see `folded`), its own letters otherwise.
        assert_eq!(urdu[0], "ڈھاكه");
        assert!(!urdu.iter().any(|w| w.is_ascii()));
        assert_eq!(norms("Привет мир")[1], "мир");
    }

    #[test]
    fn ascii_path_matches_unicode_path() {
        let ascii = "U.S. officials said 1,000 people ($24.3m) don't e.g. a:b well-known x_y.";
        let mut a = Vec::new();
        tokenize(ascii, &mut a);
        // The same text with one non-ASCII character appended goes through the UAX #29 path.
        let uni = format!("{ascii} é");
        let mut u = Vec::new();
        tokenize(&uni, &mut u);
        u.pop();
        assert_eq!(a, u);
    }

    #[test]
    fn invisible_characters_inside_words_are_not_part_of_them() {
        let plain = norms("Die Evakuierung der Lagerhallen");
        for text in [
            "Die Eva\u{ad}ku\u{ad}ie\u{ad}rung der Lager\u{ad}hallen",
            "Die Evaku\u{200b}ierung der Lager\u{200b}hallen",
            "Die Evaku\u{2060}ierung der Lager\u{200d}hallen\u{feff}",
        ] {
            assert_eq!(norms(text), plain, "{text:?}");
            // Spans still cover the words in the text as written.
            let mut t = Vec::new();
            tokenize(text, &mut t);
            assert!(text[t[3].start as usize..t[3].end as usize].starts_with("Lager"));
            let word = &text[t[3].start as usize..t[3].end as usize];
            assert!(
                word.trim_end_matches('\u{feff}').ends_with("hallen"),
                "{word:?}"
            );
        }
        // Between words, or in scripts written without spaces, a zero-width space still breaks.
        assert_eq!(norms("word\u{200b} next").len(), 2);
        assert_eq!(join_across_zwsp("ภาษา\u{200b}ไทย"), "ภาษา\u{200b}ไทย");
        assert_eq!(join_across_zwsp("a\u{200b}b"), "a\u{2060}b");
        assert_eq!(join_across_zwsp("カタ\u{200b}カナ"), "カタ\u{200b}カナ");
        // Around other invisible characters and combining marks too.
        for (text, joined) in [
            ("x\u{200b}\u{200b}y", "xy"),
            ("e\u{301}\u{200b}te\u{301}", "ete"),
            ("Lager\u{ad}\u{200b}hallen", "lagerhallen"),
        ] {
            assert_eq!(norms(text), [joined], "{text:?}");
        }
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "Hello, Wörld! «ICC»";
        let mut t = Vec::new();
        tokenize(text, &mut t);
        let words: Vec<_> = t
            .iter()
            .map(|t| &text[t.start as usize..t.end as usize])
            .collect();
        assert_eq!(words, ["Hello", "Wörld", "ICC"]);
    }

    /// Han, kana and Thai letters become overlapping character pairs, on spans that tile the run
    /// without overlapping; a pair never reaches across punctuation, digits, other scripts or a
    /// line break, but goes on across a space.
    #[test]
    fn spaceless_scripts_become_character_pairs() {
        let pairs = |text: &str| -> Vec<(String, String)> {
            all_tokens(text)
                .into_iter()
                .map(|(s, e, n)| (text[s..e].to_string(), n))
                .collect()
        };
        let own = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        assert_eq!(
            pairs("东京都知事"),
            own(&[
                ("东", "东京"),
                ("京", "京都"),
                ("都", "都知"),
                ("知事", "知事")
            ])
        );
        assert_eq!(pairs("京"), own(&[("京", "京")]));
        assert_eq!(
            pairs("北京，上海。3月 中国 China"),
            own(&[
                ("北京", "北京"),
                ("上海", "上海"),
                ("3", "3"),
                ("月", "月中"),
                ("中国", "中国"),
                ("China", "china")
            ])
        );
        assert_eq!(pairs("东京\n都"), own(&[("东京", "东京"), ("都", "都")]));
        assert_eq!(pairs("东京\r\n都"), pairs("东京\n都"));
        assert_eq!(pairs("东京\u{2028}都"), pairs("东京\n都"));
        // A katakana word is kept whole, between the pairs of the kana around it.
        assert_eq!(
            pairs("会議でコンピュータを使う"),
            own(&[
                ("会", "会議"),
                ("議で", "議で"),
                ("コンピュータ", "コンピュータ"),
                ("を", "を使"),
                ("使う", "使う")
            ])
        );
        // Thai takes letters four at a time; its vowel signs stay with their letter, and a
        // space between words does not end the run.
        assert_eq!(
            pairs("ไทย มีฝน"),
            own(&[("ไ", "ไทยมี"), ("ท", "ทยมีฝ"), ("ย มีฝน", "ยมีฝน")])
        );
        assert_eq!(pairs("ไทย"), own(&[("ไทย", "ไทย")]));
        // Letters of the Tai Viet script are sounds, as Thai ones are.
        assert_eq!(gram('\u{AA80}'), LETTER_GRAM);
        assert_eq!(gram('東'), 2);
        // A change of script ends a run: Han pairs, Thai fours.
        assert_eq!(
            pairs("东京ไทยมี"),
            own(&[("东京", "东京"), ("ไทยมี", "ไทยมี")])
        );
        // A copy spaced out, or in half-width forms, has the same tokens as its source.
        let hashes = |t: &str| all_tokens(t).into_iter().map(|x| x.2).collect::<Vec<_>>();
        assert_eq!(hashes("東 京 都"), hashes("東京都"));
        assert_eq!(hashes("ｺﾝﾋﾟｭｰﾀ"), hashes("コンピュータ"));
        // Zero-width spaces between words (Thai pages) are spaces; variation selectors go.
        assert_eq!(hashes("ภาษา\u{200B}ไทย\u{200B}ง่าย"), hashes("ภาษาไทยง่าย"));
        assert_eq!(hashes("東\u{FE0F}京\u{E0100}都"), hashes("東京都"));
        // A Thai digit is a number, not a letter of the run.
        assert_eq!(
            pairs("ทดสอบ๕มี"),
            own(&[("ท", "ทดสอ"), ("ดสอบ", "ดสอบ"), ("๕", "5"), ("มี", "มี")])
        );
        // A sentence end with a stray vowel sign after it (converted Zawgyi Myanmar) ends the
        // run: no token reaches across it.
        let text = "ကျောင်း။ေကျောင်း";
        let (end, after) = (
            text.find('။').unwrap(),
            text.find('။').unwrap() + '။'.len_utf8(),
        );
        for (s, e, _) in all_tokens(text) {
            assert!(!(s < end && e > after), "{:?}", &text[s..e]);
        }
    }

    /// Two unrelated Chinese sentences share many characters but few character pairs: the
    /// vocabulary two texts share is no longer their alphabet.
    #[test]
    fn unrelated_chinese_shares_few_tokens() {
        let a = "国家统计局发布数据显示，今年前两个月全国规模以上工业增加值同比增长百分之五。";
        let b = "市气象台发布暴雨预警，预计今天夜间到明天全市大部分地区有大到暴雨。";
        let shared = |x: &[u64], y: &[u64]| x.iter().filter(|h| y.binary_search(h).is_ok()).count();
        let (mut ha, mut hb) = (Vec::new(), Vec::new());
        distinct_word_hashes(a, &mut ha);
        distinct_word_hashes(b, &mut hb);
        let chars = |t: &str| {
            let mut v: Vec<char> = t.chars().filter(|c| c.is_alphanumeric()).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (ca, cb) = (chars(a), chars(b));
        let shared_chars = ca.iter().filter(|c| cb.contains(c)).count();
        assert!(shared_chars >= 6, "{shared_chars}");
        assert!(shared(&ha, &hb) <= 2, "{}", shared(&ha, &hb));
    }

    /// Every token as (start, end, normalised form), through the public entry point.
    fn all_tokens(text: &str) -> Vec<(usize, usize, String)> {
        let mut v = Vec::new();
        for_each_token(text, |s, e, n| v.push((s, e, n.to_string())));
        v
    }

    /// The same through UAX #29 only, with no ASCII fast path anywhere.
    fn uax29_tokens(text: &str) -> Vec<(usize, usize, String)> {
        let (mut norm, mut tmp) = (String::new(), String::new());
        let mut v = Vec::new();
        let mut run = Run::default();
        unicode_tokens(
            text,
            0,
            Script::of(text),
            &mut norm,
            &mut tmp,
            &mut run,
            &mut |s, e, n: &str, _: &str| v.push((s, e, n.to_string())),
        );
        v
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        /// ASCII text dense in the characters UAX #29 treats specially between letters and
        /// digits, so the fast path's join rules are exercised, not just spaces.
        fn tricky_ascii() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    3 => proptest::char::range('a', 'e'),
                    1 => proptest::char::range('A', 'C'),
                    2 => proptest::char::range('0', '3'),
                    3 => proptest::sample::select(vec![
                        '.', ',', ';', ':', '\'', '_', ' ', '\n', '\r', '-', '"', '$', '\t', '?'
                    ]),
                ],
                0..60,
            )
            .prop_map(|v| v.into_iter().collect())
        }

        /// Mostly-ASCII lines with some non-ASCII letters, quotes and marks mixed in, so texts
        /// take both paths line by line.
        fn mixed_text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop_oneof![
                    4 => tricky_ascii(),
                    1 => "\\PC{0,12}",
                    1 => proptest::sample::select(vec![
                        "é".to_string(), "’".into(), "ＩＣＣ".into(), "۔".into(), "\u{301}".into(),
                        "\u{200D}".into(), "IСС".into(), "ß".into(), "\r\n".into(), "\n".into(),
                        "\u{ad}".into(), "\u{200b}".into(), "\u{feff}".into(), "ไทย".into(),
                        "东京".into(), "の".into(), "。".into(), "コンピュータ".into(), " ".into(),
                        "\u{3000}".into(), "ㇰ".into(), "\u{2028}".into(), "\r".into(),
                        "๕".into(), "။ေ".into(), "。\u{0E38}".into(),
                    ]),
                ],
                0..8,
            )
            .prop_map(|v| v.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(512))]

            /// On any Unicode: no panic, spans ordered, disjoint, on char boundaries, and each
            /// covers a word of the original text with a letter or digit in it.
            #[test]
            fn spans_map_back_into_any_text(text in any::<String>()) {
                check_spans(&text)?;
            }

            #[test]
            fn spans_map_back_into_mixed_text(text in mixed_text()) {
                check_spans(&text)?;
            }

            /// The ASCII fast path cuts words where UAX #29 does and normalises them the same.
            #[test]
            fn ascii_fast_path_agrees_with_uax29(text in tricky_ascii()) {
                prop_assert_eq!(all_tokens(&text), uax29_tokens(&text));
            }

            /// Tokenising line by line gives what tokenising the whole text by UAX #29 gives.
            #[test]
            fn line_split_agrees_with_uax29(text in mixed_text()) {
                prop_assert_eq!(all_tokens(&text), uax29_tokens(&text));
            }
        }

        fn check_spans(text: &str) -> Result<(), TestCaseError> {
            let mut toks = Vec::new();
            tokenize(text, &mut toks);
            let mut prev_end = 0usize;
            for t in &toks {
                let (s, e) = (t.start as usize, t.end as usize);
                prop_assert!(
                    prev_end <= s && s < e && e <= text.len(),
                    "{s}..{e} after {prev_end}"
                );
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                prop_assert!(
                    text[s..e].chars().any(char::is_alphanumeric),
                    "{:?}",
                    &text[s..e]
                );
                prev_end = e;
            }
            let n = all_tokens(text);
            prop_assert_eq!(n.len(), toks.len());
            for ((_, _, norm), t) in n.iter().zip(&toks) {
                prop_assert!(!norm.is_empty());
                prop_assert_eq!(xxh3_64(norm.as_bytes()), t.hash);
            }
            Ok(())
        }
    }
}
