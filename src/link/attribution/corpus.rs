//! The corpus's own outlets: its articles' `source` names and hosts, in the forms copy writes
//! them (capitals, articles, labels, brands), found in texts as known outlets are.

use super::*;
/// The outlets of a corpus (its articles' `source` names) that the built-in list does not know,
/// so that "according to a report by The Northern Times" credits the paper when its articles are
/// in the input: the credit then orients the pair and keeps a blog that names the aggregator it
/// took from under that aggregator, though the blog also repeats the aggregator's "according to
/// the Associated Press" (see `tree::build`).
///
/// Names are matched case-sensitively as whole words. A name of one plain capitalised word
/// ("Briefly", "People") is also an ordinary word at the start of a sentence, so for it only the
/// phrases before the name ("according to", "report by") and datelines count, not "X reported";
/// names with inner capitals or digits ("NewsPulse") and names of several words take every
/// phrase. A host (a `source` from `source_domain`, or defaulted from a URL) is named by itself
/// ("meldet n-tv.de", "secondo Calciomercato.com") and by its outlet's label, capitalised or in
/// capitals ("laut Spiegel" for spiegel.de, "Quelle: FAZ.NET" and "laut FAZ" for faz.net) or
/// split after an opening article ("selon Le Monde" for lemonde.fr); see [`host_forms`]. And
/// by a brand that the host spells without capitals, accents or spaces, compared folded ("El
/// País" for elpais.com; see [`brand_hits`]).
pub struct CorpusOutlets {
    /// The names as matched, each form of a name its own entry.
    pub(super) names: Vec<CorpusName>,
    matcher: Option<aho_corasick::AhoCorasick>,
    /// Host labels as [`brand_hits`] compares names with them (see [`brand_keys`]).
    brands: std::collections::HashMap<String, Brand>,
    /// The first four bytes of each key of `brands` (all of a shorter one), sorted: the
    /// words no key starts with are passed over without making a key.
    brand_prefixes: Vec<u32>,
    /// The bytes that may start a word some key starts with: the capitals of the keys' first
    /// letters, their first digits, and the lead bytes of Latin letters with accents (a few
    /// more, which the scan then reads and passes over).
    brand_starts: [bool; 256],
    /// The keys' first two bytes, a bit per pair (first byte × 256 + second).
    brand_pairs: Vec<u64>,
}

impl CorpusOutlets {
    fn brand_pair(&self, b0: u8, b1: u8) -> bool {
        let i = usize::from(b0) << 8 | usize::from(b1);
        self.brand_pairs
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }
}

impl Default for CorpusOutlets {
    fn default() -> Self {
        CorpusOutlets {
            names: Vec::new(),
            matcher: None,
            brands: std::collections::HashMap::new(),
            brand_prefixes: Vec::new(),
            brand_starts: [false; 256],
            brand_pairs: Vec::new(),
        }
    }
}

impl CorpusOutlets {
    /// From the `source` names of a corpus's articles, in any order and with repeats.
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = &'a str>) -> CorpusOutlets {
        CorpusOutlets::at_most(MAX_CORPUS_OUTLETS, sources)
    }

    pub(super) fn at_most<'a>(
        cap: usize,
        sources: impl IntoIterator<Item = &'a str>,
    ) -> CorpusOutlets {
        // Names are found in texts whose non-breaking spaces read as spaces ([`find_credits`]).
        let mut names: Vec<std::borrow::Cow<'a, str>> = sources
            .into_iter()
            .map(str::trim)
            .filter(|s| usable_name(s) || host_name(s).is_some())
            .map(|s| {
                if s.contains('\u{a0}') {
                    std::borrow::Cow::Owned(s.replace('\u{a0}', " "))
                } else {
                    std::borrow::Cow::Borrowed(s)
                }
            })
            .collect();
        names.sort_unstable();
        let mut counted: Vec<(usize, &str)> = Vec::new();
        for n in names.iter().map(|n| n.as_ref()) {
            match counted.last_mut() {
                Some((k, last)) if *last == n => *k += 1,
                _ => counted.push((1, n)),
            }
        }
        // Beyond `cap` names, those with the most articles: building the matcher costs more
        // than linear time in its names (300,000 outlets of one article each: 18.3 s).
        if counted.len() > cap {
            counted.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            counted.truncate(cap);
            counted.sort_unstable_by(|a, b| a.1.cmp(b.1));
        }
        let mut names: Vec<CorpusName> = Vec::new();
        let mut brands = std::collections::HashMap::new();
        for (_, n) in counted {
            let slug = slug_for_source(n);
            let host = host_name(n);
            let from_host = host.is_some();
            for k in host.map(brand_keys).unwrap_or_default() {
                // Sorted names: the same key from two hosts goes to the first.
                brands.entry(k.key).or_insert_with(|| Brand {
                    slug: slug.clone(),
                    after_article: k.after_article,
                    dashed: k.dashed,
                });
            }
            let written = match host {
                Some(host) => host_forms(host),
                None => vec![n.to_string()],
            };
            for n in &written {
                // A host as written ("n-tv.de berichtet") is no ordinary word at a sentence's
                // start.
                let plain_word = !n.contains('.')
                    && !n.contains(char::is_whitespace)
                    && !n
                        .chars()
                        .skip(1)
                        .any(|c| c.is_uppercase() || c.is_ascii_digit());
                // In a script without capitals, a name is no ordinary word at a sentence's
                // start.
                // Nor is a name in Arabic script, unless it is one word, which may be an
                // ordinary one ("اطلاعات کے مطابق", "according to reports", is no credit to
                // the Persian paper Ettela'at): then a verb after it counts only after what
                // kind of outlet it is ("روزنامہ جنگ کی خبر کے مطابق"), a phrase before it only
                // where the name ends its clause, and a bracket holding it is no dateline (see
                // [`phrases_around`]).
                let after_ok = !plain_word || spaceless_name(n);
                let the_only = n
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                for (form, ending, after_article) in name_forms(n) {
                    names.push(CorpusName {
                        the_only: the_only && after_article,
                        form,
                        slug: slug.clone(),
                        // After an article, even a plain word is a name ("dem Spiegel zufolge").
                        after_ok: after_ok || after_article,
                        ending,
                        after_article,
                        // A host's label after an article takes the verbs after it too
                        // ("dem Spiegel zufolge" for spiegel.de), as "Der Spiegel" does.
                        article_after_ok: after_article || (from_host && plain_word),
                        from_host,
                    });
                }
            }
        }
        // One entry per form: an outlet's own name before a form guessed from a host
        // ("selon l'Express" is L'Express's, not express.co.uk's), then the one asking least
        // of the text around it: a paper named "Spiegel" needs no article before it, though
        // "Der Spiegel" is read as "Spiegel" after one.
        names.sort_by(|a, b| {
            (&a.form, a.from_host, a.after_article, a.ending).cmp(&(
                &b.form,
                b.from_host,
                b.after_article,
                b.ending,
            ))
        });
        names.dedup_by(|b, a| {
            let same = a.form == b.form;
            if same {
                a.article_after_ok |= b.article_after_ok;
                a.the_only &= b.the_only;
            }
            same
        });
        if names.is_empty() {
            return CorpusOutlets::default();
        }
        let matcher = names_matcher(names.iter().map(|n| n.form.as_str()));
        let mut brand_prefixes: Vec<u32> = brands.keys().map(|k| key_prefix(k, 4)).collect();
        brand_prefixes.sort_unstable();
        brand_prefixes.dedup();
        let mut brand_starts = [false; 256];
        let mut brand_pairs = vec![0u64; 1024];
        for k in brands.keys() {
            let b = k.as_bytes();
            brand_starts[usize::from(b[0].to_ascii_uppercase())] = true;
            let i = usize::from(b[0]) << 8 | usize::from(b[1]);
            brand_pairs[i / 64] |= 1 << (i % 64);
            // A key that may be a brand's initials ("faz"): any second letter may follow
            // the first word's first.
            if (3..=4).contains(&b.len()) && b.iter().all(u8::is_ascii_alphabetic) {
                for b1 in 0..=255u8 {
                    let i = usize::from(b[0]) << 8 | usize::from(b1);
                    brand_pairs[i / 64] |= 1 << (i % 64);
                }
            }
        }
        if !brands.is_empty() {
            // Latin-1 Supplement and Latin Extended A and B (0xc3 to 0xc9), Latin Extended
            // Additional (0xe1, with other blocks).
            for b in (0xc3..=0xc9).chain([0xe1]) {
                brand_starts[b] = true;
            }
        }
        CorpusOutlets {
            names,
            matcher,
            brands,
            brand_prefixes,
            brand_starts,
            brand_pairs,
        }
    }
}

/// A host's labels as [`brand_hits`] compares names with them: the outlet's label without its
/// dashes ("levanteemv" for levante-emv.com); a subdomain's label that ends in it ("oglobo" of
/// oglobo.globo.com, for "O Globo"; other subdomains are sections, "esportes", "sport"); and,
/// after an article only, the label without the article it opens with ("sole24ore" of
/// ilsole24ore.com, for "sul Sole 24 Ore"; "equipe" of lequipe.fr, for "selon l'Équipe"). None
/// for a platform, a label under three letters, or a site on a hosting platform, whose name
/// is as often its writer's ("according to Paul Krugman" is no credit to
/// paulkrugman.substack.com).
fn brand_keys(host: &str) -> Vec<BrandKey> {
    let host = host.to_ascii_lowercase();
    let label = outlet_label(&host);
    let usable = |l: &str| {
        !PLATFORMS.contains(&l)
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && l.bytes().filter(u8::is_ascii_alphabetic).count() >= 3
    };
    let mut keys = Vec::new();
    if !usable(label) || hosting_platform(&host).is_some() {
        return keys;
    }
    let key = |l: &str, after_article: bool| BrandKey {
        key: l.replace('-', ""),
        after_article,
        dashed: l.contains('-'),
    };
    let plain = label.replace('-', "");
    for article in LABEL_ARTICLES {
        if let Some(rest) = plain.strip_prefix(article) {
            if usable(rest) {
                keys.push(key(rest, true));
            }
        }
    }
    // An elided article: "l'Équipe", "l'Express".
    if let Some(rest) = plain.strip_prefix('l') {
        if rest.starts_with(['a', 'e', 'i', 'o', 'u']) && usable(rest) {
            keys.push(key(rest, true));
        }
    }
    for sub in host.split('.').take_while(|l| *l != label) {
        if sub.len() > label.len() && sub.ends_with(label) && usable(sub) {
            keys.push(key(sub, false));
        }
    }
    keys.push(key(label, false));
    keys
}

/// A key of [`brand_keys`].
struct BrandKey {
    key: String,
    /// Read only after an article.
    after_article: bool,
    /// Made by dropping dashes ("ntv" of n-tv.de): it names no one word, which is as often
    /// another outlet's ("NTV" is also a Turkish and a Russian channel).
    dashed: bool,
}

/// An outlet a brand key names: its slug and how the key may be read (see [`BrandKey`]).
struct Brand {
    slug: String,
    after_article: bool,
    dashed: bool,
}

/// Words that follow an outlet's name in its brand but not in its host: "Süddeutsche Zeitung"
/// for sueddeutsche.de, "Spiegel Online" for spiegel.de.
const MEDIUM_WORDS: &[&str] = &["Zeitung", "Online", "Magazin", "Magazine", "Newspaper"];

/// Words that open a brand before its host's label: "the Daily Mirror" for mirror.co.uk, "the
/// Sunday Express" for express.co.uk.
const LEADING_MEDIUM_WORDS: &[&str] = &["Daily", "Sunday", "Evening", "Morning", "Weekly"];

/// Words in small letters inside a brand: "Faro de Vigo", "L'Eco di Bergamo", "Welt am Sonntag".
const NAME_PARTICLES: &[&str] = &[
    "de", "di", "del", "della", "da", "do", "dos", "das", "du", "des", "of", "am", "im", "y", "e",
];

/// Most words of a brand (see [`brand_hits`]); longer runs of capitalised words are no name
/// this reads, and reading every start of them would be quadratic.
const MAX_BRAND_WORDS: usize = 6;

/// Outlets named by a brand that their host spells without capitals, accents, spaces or
/// dashes: "El País" for elpais.com, "L'Équipe" for lequipe.fr, "Il Sole 24 Ore" for
/// ilsole24ore.com, "der Süddeutschen Zeitung" for sueddeutsche.de (ü written ue, a German
/// adjective's ending dropped, a medium's word after the label), "Faro de Vigo" for
/// farodevigo.es, after an article a town's adjective or a day's word before the label ("der
/// Münchner Merkur", "the Daily Mirror"), and a German paper by its initials ("Frankfurter
/// Allgemeine Zeitung" for faz.net). Each hit is (start, end, slug, words): a whole run of capitalised words (and
/// the small words inside names), so that no longer name is cut short, from the first word that
/// starts a match; the phrases around it are then read as for any corpus name.
fn brand_hits<'a>(text: &str, corpus: &'a CorpusOutlets) -> Vec<(usize, usize, &'a str, usize)> {
    let mut out = Vec::new();
    if corpus.brands.is_empty() {
        return out;
    }
    // Words: maximal runs of letters and digits, (start, end, capitalised or a number).
    let mut run: Vec<(usize, usize, bool)> = Vec::new();
    let mut key = String::new();
    let mut flush = |run: &mut Vec<(usize, usize, bool)>, out: &mut Vec<_>| {
        // A run ends in a name's word, not a particle.
        while run.last().is_some_and(|w| !w.2) {
            run.pop();
        }
        if (1..=MAX_BRAND_WORDS).contains(&run.len()) {
            if let Some(hit) = brand_in(text, run, corpus, &mut key) {
                out.push(hit);
            }
        }
        run.clear();
    };
    let bytes = text.as_bytes();
    let alnum_at = |i: usize| text[i..].chars().next().filter(|c| c.is_alphanumeric());
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        if run.is_empty() {
            // Outside a run only a capital or a digit starts one: skip to the next capital,
            // digit or non-ASCII letter without reading the small words between (most of a
            // text).
            match bytes[i..]
                .iter()
                .position(|&b| corpus.brand_starts[usize::from(b)])
            {
                Some(k) => i += k,
                None => break,
            }
            // A word whose first two letters start no key is no brand's start: passed over
            // whole (most capitalised words, with a few hundred hosts).
            let (b0, b1) = (bytes[i], bytes.get(i + 1).copied().unwrap_or(b' '));
            if b0.is_ascii_alphanumeric()
                && b1.is_ascii_alphanumeric()
                && !corpus.brand_pair(b0.to_ascii_lowercase(), b1.to_ascii_lowercase())
            {
                i += bytes[i..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(bytes.len() - i);
                last_end = Some(i);
                continue;
            }
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        // Keys are ASCII: outside a run, a letter of another script, or a small accented
        // Latin one, starts no brand (passed over without the slower Unicode tables).
        let latin_capital = |c: char| {
            matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') && c.is_uppercase()
        };
        if (run.is_empty() && !c.is_ascii() && !latin_capital(c)) || !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let s = i;
        let mut e = s;
        while let Some(d) = alnum_at(e) {
            e += d.len_utf8();
        }
        i = e;
        if run.is_empty() {
            // Inside a word skipped to ("iPhone", "x86", "café"): the word is no name's.
            if text[..s]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            // The capitalised word before it, which no key starts, may still be part of the
            // name ("Münchner Merkur") or show where a longer one starts.
            if let Some(before) = text[..s].strip_suffix(' ') {
                let ps = before
                    .char_indices()
                    .rev()
                    .take_while(|(_, c)| c.is_alphanumeric())
                    .last()
                    .map(|(k, _)| k);
                if let Some(ps) = ps.filter(|&ps| before[ps..].starts_with(char::is_uppercase)) {
                    run.push((ps, before.len(), true));
                    last_end = Some(before.len());
                }
            }
        }
        let word = &text[s..e];
        let name = c.is_uppercase() || c.is_ascii_digit();
        let joined = last_end
            .is_some_and(|le| matches!(&text[le..s], " " | "\u{a0}" | "-" | "'" | "\u{2019}"));
        if !joined {
            flush(&mut run, &mut out);
        }
        if name || (!run.is_empty() && NAME_PARTICLES.contains(&word)) {
            run.push((s, e, name));
        } else {
            flush(&mut run, &mut out);
        }
        last_end = Some(e);
    }
    flush(&mut run, &mut out);
    out
}

/// The first brand match in a run of words (see [`brand_hits`]), from its earliest start.
fn brand_in<'a>(
    text: &str,
    run: &[(usize, usize, bool)],
    corpus: &'a CorpusOutlets,
    key: &mut String,
) -> Option<(usize, usize, &'a str, usize)> {
    let umlaut = text[run[0].0..run[run.len() - 1].1].contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']);
    let last = run.len() - 1;
    for start in 0..run.len() {
        if !run[start].2 {
            continue;
        }
        let names = run[start..].iter().filter(|w| w.2).count();
        let word = |k: usize| &text[run[k].0..run[k].1];
        // Initials only of a German paper's name ("Frankfurter Allgemeine Zeitung" for
        // faz.net, "Neue Zürcher Zeitung" for nzz.ch): other initials are shared by outlets
        // of many countries ("Bangladesh Broadcasting Corporation" is no BBC).
        let media = (3..=4).contains(&names) && word(last).eq_ignore_ascii_case("Zeitung");
        // Most capitalised words start no host's label: a look at the first bytes of the key
        // (ä as ae, then as a) before any key is made.
        let mut may_start = false;
        for umlaut_e in [true, false] {
            if !umlaut_e && !umlaut {
                continue;
            }
            key.clear();
            for &(s, e, _) in &run[start..] {
                push_folded(key, &text[s..e], umlaut_e);
                if key.len() >= 4 {
                    break;
                }
            }
            may_start |= corpus
                .brand_prefixes
                .binary_search(&key_prefix(key, 4))
                .is_ok()
                || (key.len() >= 3
                    && corpus
                        .brand_prefixes
                        .binary_search(&key_prefix(key, 3))
                        .is_ok());
        }
        if !may_start && !media {
            continue;
        }
        // After an article, a German town's adjective ("der Münchner Merkur" for merkur.de)
        // or a day's or medium's word ("the Daily Mirror" for mirror.co.uk) before the name;
        // without the article, such a word is as often a first name or a title ("according
        // to Peter Spiegel", "laut Trainer Stern").
        let from = match start.checked_sub(1) {
            Some(k)
                if run[k].2
                    && (word(k).ends_with("er") && word(k).chars().count() >= 5
                        || LEADING_MEDIUM_WORDS
                            .iter()
                            .any(|m| m.eq_ignore_ascii_case(word(k))))
                    && article_before(&text[..run[k].0]) =>
            {
                k
            }
            _ => start,
        };
        let hit = |brand: &'a Brand, words: usize| {
            let article_ok = !brand.after_article || article_before(&text[..run[from].0]);
            (article_ok && (!brand.dashed || words > 1)).then_some((
                run[from].0,
                run[last].1,
                brand.slug.as_str(),
                names + (start - from),
            ))
        };
        // The whole rest of the run, and without a medium's word at its end.
        let medium = last > start
            && MEDIUM_WORDS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(word(last)));
        let ends = [Some(last), medium.then(|| last - 1)];
        for end in ends.into_iter().flatten().filter(|_| may_start) {
            if !run[end].2 {
                continue;
            }
            let declinable = (start..=end).any(|k| declined_stem(word(k)).is_some());
            for umlaut_e in [true, false] {
                if !umlaut_e && !umlaut {
                    continue;
                }
                for declined in [false, declinable] {
                    key.clear();
                    for &(s, e, _) in &run[start..=end] {
                        let word = &text[s..e];
                        let word = match declined_stem(word) {
                            Some(stem) if declined => stem,
                            _ => word,
                        };
                        push_folded(key, word, umlaut_e);
                    }
                    let words = end + 1 - start;
                    if let Some(found) = corpus.brands.get(key.as_str()).and_then(|b| hit(b, words))
                    {
                        return Some(found);
                    }
                }
            }
        }
        if media {
            key.clear();
            for &(s, e, name) in &run[start..] {
                let initial = text[s..e].chars().next().map_or(0, char::len_utf8);
                if name {
                    push_folded(key, &text[s..s + initial], true);
                }
            }
            if key.chars().count() == names {
                if let Some(found) = corpus.brands.get(key.as_str()).and_then(|b| hit(b, names)) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// The first `n` bytes of a brand key (fewer when it is shorter), packed for
/// `CorpusOutlets::brand_prefixes`.
fn key_prefix(key: &str, n: usize) -> u32 {
    let mut b = [0u8; 4];
    for (i, x) in key.bytes().take(n.min(4)).enumerate() {
        b[i] = x;
    }
    u32::from_le_bytes(b)
}

/// A German adjective declined, as it is written undeclined in a host: "Süddeutschen" and
/// "Süddeutscher" for "Süddeutsche" ("der Süddeutschen", "laut Süddeutscher Zeitung"), in
/// capitals too.
fn declined_stem(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    let n = b.len();
    let declined = n >= 5
        && b[n - 2].eq_ignore_ascii_case(&b'e')
        && matches!(b[n - 1].to_ascii_lowercase(), b'n' | b'r' | b's' | b'm')
        && word.chars().count() >= 5;
    declined.then(|| &word[..n - 1])
}

/// `word` in small letters without accents, ä, ö and ü written ae, oe and ue (as German hosts
/// spell them) or a, o and u, ß ss, added to `key`.
fn push_folded(key: &mut String, word: &str, umlaut_e: bool) {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    if word.is_ascii() {
        key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    for c in word.chars() {
        match c {
            _ if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            'ä' | 'Ä' if umlaut_e => key.push_str("ae"),
            'ö' | 'Ö' if umlaut_e => key.push_str("oe"),
            'ü' | 'Ü' if umlaut_e => key.push_str("ue"),
            'ß' => key.push_str("ss"),
            _ => {
                for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
                    key.extend(d.to_lowercase());
                }
            }
        }
    }
}

/// The names of known outlets in Latin letters, as [`find_credits`] looks for them first.
fn known_names() -> impl Iterator<Item = &'static str> {
    names_of(OUTLETS)
}

/// One automaton for the known outlets' names (its first patterns, in [`known_names`] order)
/// and `corpus` forms after them, reporting every occurrence of each: a text is scanned once
/// for both kinds of name. The scan is byte by byte (names start with most capital letters,
/// so no prefilter helps), and two scans were 84% of the time credit finding took.
fn names_matcher<'a>(corpus: impl Iterator<Item = &'a str>) -> Option<aho_corasick::AhoCorasick> {
    let patterns: Vec<&str> = known_names()
        .map(|n| -> &'a str { n })
        .chain(corpus)
        .collect();
    let build = |kind| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .kind(kind)
            .build(&patterns)
            .ok()
    };
    let kind = (patterns.len() <= DFA_MAX_NAMES).then_some(aho_corasick::AhoCorasickKind::DFA);
    build(kind).or_else(|| build(None))
}

/// Most names matched with a DFA, the fastest scan; beyond them the matcher's own choice (a
/// contiguous NFA), whose memory grows far slower. A run over 100,000 one-line articles, each
/// from its own outlet, peaked at 1.3 GB with a DFA when the outlets were hosts (five forms
/// each) and at 530 MB when they were names (2.9 s and 1.5 s); with the NFA at 257 MB and
/// 168 MB (1.9 s and 1.0 s). 20,000 host forms took 66 MB with a DFA, 25 MB without.
const DFA_MAX_NAMES: usize = 20_000;

/// A corpus name form found in a text: its start and end, and its index in
/// `CorpusOutlets::names`.
type FormHit = (usize, usize, usize);

/// The outlet names in `text`, found in one scan: the known outlets' names as whole ASCII
/// words, and the corpus's name forms (index into `corpus.names`), each kind leftmost and
/// longest first without overlaps, as a regex alternation of the names between word
/// boundaries and a leftmost-longest search for the forms would find them.
pub(super) fn name_hits(text: &str, corpus: &CorpusOutlets) -> (Vec<(usize, usize)>, Vec<FormHit>) {
    static KNOWN_ONLY: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    let Some(matcher) = corpus.matcher.as_ref().or_else(|| {
        KNOWN_ONLY
            .get_or_init(|| names_matcher(std::iter::empty()))
            .as_ref()
    }) else {
        return (Vec::new(), Vec::new());
    };
    static KNOWN: OnceLock<usize> = OnceLock::new();
    let known = *KNOWN.get_or_init(|| known_names().count());
    // A letter of the Latin script beyond ASCII continues a word too ("İHA", "Ajansı'nın",
    // "Reutersów"), and so does a Greek one ("ΑΠΕ-ΜΠΕ" is a name as a word is); quotation
    // marks, dashes and letters of other scripts do not ("«Reuters»", "据CNN报道").
    let latin = |c: char| {
        matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1fff}' | '\u{370}'..='\u{3ff}')
            && c.is_alphabetic()
    };
    let word_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || latin(c);
    let boundary = |i: usize| {
        text[..i].chars().next_back().is_some_and(word_char)
            != text[i..].chars().next().is_some_and(word_char)
    };
    let max_len = matcher.max_pattern_len();
    let (mut names, mut forms) = (LeftmostLongest::new(max_len), LeftmostLongest::new(max_len));
    for m in matcher.find_overlapping_iter(text) {
        let (s, e, k) = (m.start(), m.end(), m.pattern().as_usize());
        if k >= known {
            forms.push(s, e, k - known);
        } else if boundary(s)
            && (boundary(e)
                || text[..e].ends_with(|c: char| c.is_ascii_alphabetic())
                    && finnish_case(&text[e..]))
        {
            names.push(s, e, 0);
        }
    }
    let names = names.finish().into_iter().map(|(s, e, _)| (s, e)).collect();
    (names, forms.finish())
}

/// Of overlapping (start, end, tag) matches reported in order of their ends, as an overlapping
/// search reports them, those a leftmost-longest search keeps: the longest at the leftmost start,
/// then again from its end. Only the starts a longer match may still come for are held, at most
/// the longest pattern's length of them: names nested in each other ("Ab", "AbAb", "AbAbAb", …)
/// match dozens of times at every position of a text repeating them.
struct LeftmostLongest {
    max_len: usize,
    /// Per start not yet decided, its longest match so far: (end, tag).
    pending: std::collections::BTreeMap<usize, (usize, usize)>,
    kept: Vec<(usize, usize, usize)>,
    end: usize,
}

impl LeftmostLongest {
    fn new(max_len: usize) -> Self {
        LeftmostLongest {
            max_len,
            pending: std::collections::BTreeMap::new(),
            kept: Vec::new(),
            end: 0,
        }
    }

    fn push(&mut self, s: usize, e: usize, tag: usize) {
        // No match ending at e or later can be longer than the longest pattern: starts that
        // far back are decided.
        self.decide(e.saturating_sub(self.max_len));
        let slot = self.pending.entry(s).or_insert((e, tag));
        if e > slot.0 {
            *slot = (e, tag);
        }
    }

    /// Takes or drops, leftmost first, the pending starts before `before`.
    fn decide(&mut self, before: usize) {
        while let Some(entry) = self.pending.first_entry() {
            if *entry.key() >= before {
                break;
            }
            let (s, (e, tag)) = entry.remove_entry();
            if s >= self.end {
                self.kept.push((s, e, tag));
                self.end = e;
            }
        }
    }

    fn finish(mut self) -> Vec<(usize, usize, usize)> {
        self.decide(usize::MAX);
        self.kept
    }
}

/// One form of a corpus outlet's name (see [`name_forms`]).
pub(super) struct CorpusName {
    pub(super) form: String,
    slug: String,
    /// Whether "X reported" counts.
    after_ok: bool,
    /// A Cyrillic stem, which a case ending may follow.
    ending: bool,
    /// The name without its leading article, read only after an article ("du Monde").
    after_article: bool,
    /// The article the name drops is English "the": only "the" stands for it ("told The
    /// PUNCH"), not "a" ("according to a Hindu priest" names no paper).
    the_only: bool,
    /// Whether "X reported" counts after an article even when `after_ok` does not hold: the
    /// form is also another outlet's name without its article ("Spiegel" and "Der Spiegel"
    /// both in the corpus: "dem Spiegel zufolge").
    article_after_ok: bool,
    /// A form of a host `source` (see [`host_forms`]), which yields to an outlet's own name.
    from_host: bool,
}

/// Articles, alone or fused with a preposition, that may stand before a name whose own article
/// they replace: "dem Spiegel" for "Der Spiegel", "du Monde" for "Le Monde", "dal Giorno" for
/// "Il Giorno", "da Folha" for "A Folha", "the Guardian" for "The Guardian".
pub(super) const ARTICLES: &[&str] = &[
    "the", "der", "die", "das", "dem", "den", "des", "le", "la", "les", "du", "au", "aux", "el",
    "los", "las", "del", "al", "il", "lo", "gli", "i", "dal", "dalla", "dello", "della", "alla",
    "allo", "sul", "sulla", "sullo", "nel", "nella", "nello", "o", "a", "os", "as", "do", "da",
    "no", "na", "pelo", "pela", "ao", "à",
];

/// Articles ending in an apostrophe ("l'Eco di Bergamo", "dell'Unità").
const ELIDED_ARTICLES: &[&str] = &["l", "dell", "dall", "all", "sull", "nell", "d"];

/// The forms a corpus outlet's name takes in copy: (form, a Cyrillic case ending may follow,
/// only after an article). The name itself; its Cyrillic stem ("Коммерсанта"); German
/// adjectives declined ("der Süddeutschen Zeitung", "der Frankfurter Allgemeinen Zeitung"); and
/// without its own article ("Le Monde" as "du Monde", "Il Sole 24 Ore" as "sul Sole 24 Ore").
pub(super) fn name_forms(n: &str) -> Vec<(String, bool, bool)> {
    if arabic_name(n) {
        return arabic_spellings(n)
            .into_iter()
            .map(|f| (f, false, false))
            .collect();
    }
    let mut out = Vec::new();
    match cyrillic_stem(n) {
        Some(stem) if stem.len() < n.len() => {
            out.push((stem.to_string(), true, false));
            out.push((n.to_string(), false, false));
        }
        Some(_) => out.push((n.to_string(), true, false)),
        None => out.push((n.to_string(), false, false)),
    }
    let declined = |name: &str| -> Option<String> {
        let words: Vec<&str> = name.split(' ').collect();
        let mut changed = false;
        let mut out: Vec<String> = Vec::with_capacity(words.len());
        for (k, w) in words.iter().enumerate() {
            let adjective = k + 1 < words.len()
                && w.chars().count() >= 4
                && w.ends_with('e')
                && w.chars().next().is_some_and(char::is_uppercase)
                && !ARTICLES.contains(&w.to_lowercase().as_str());
            changed |= adjective;
            out.push(if adjective {
                format!("{w}n")
            } else {
                (*w).to_string()
            });
        }
        changed.then(|| out.join(" "))
    };
    if let Some(d) = declined(n) {
        out.push((d, false, false));
    }
    let rest = n
        .split_once(' ')
        .filter(|(first, _)| ARTICLES.contains(&first.to_lowercase().as_str()))
        .map(|(_, rest)| rest)
        .or_else(|| {
            let (first, rest) = n.split_once(['\'', '’'])?;
            ELIDED_ARTICLES
                .contains(&first.to_lowercase().as_str())
                .then_some(rest)
        });
    if let Some(rest) =
        rest.filter(|r| r.chars().count() >= 3 && r.chars().next().is_some_and(char::is_uppercase))
    {
        out.push((rest.to_string(), false, true));
        if let Some(d) = declined(rest) {
            out.push((d, false, true));
        }
    }
    // In capitals, as papers print their own names ("told The PUNCH", "DAILY POST", "afirmou
    // ao PÚBLICO"): of the name, and of the name without its article, after one. A name of one
    // plain word in Latin letters in capitals is an acronym or a party's as often ("Rocío
    // Monasterio (VOX)", "the transit agency (METRO)"), so it too is read only after an
    // article. Greek capitals drop their accents, and a Turkish name has its dotted capital İ
    // too.
    let mut upper = Vec::new();
    for (f, ending, after) in &out {
        if !f.chars().any(char::is_lowercase) {
            continue;
        }
        let caps: String = f.to_uppercase().chars().map(unaccented_greek).collect();
        if caps.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            continue;
        }
        let plain_word = !f.contains(' ')
            && f.chars().next().is_some_and(|c| c < '\u{250}')
            && !f
                .chars()
                .skip(1)
                .any(|c| c.is_uppercase() || c.is_ascii_digit());
        let after = *after || plain_word;
        if f.contains('i')
            && f.contains(['ğ', 'ş', 'ı', 'ç', 'ü', 'ö', 'Ğ', 'Ş', 'İ', 'Ç', 'Ü', 'Ö'])
        {
            let dotted: String = f
                .chars()
                .map(|c| if c == 'i' { 'İ' } else { c })
                .collect::<String>()
                .to_uppercase();
            upper.push((dotted, *ending, after));
        }
        upper.push((caps, *ending, after));
    }
    out.extend(upper);
    out
}

/// A Greek capital without its accent: papers print "ΚΑΘΗΜΕΡΙΝΗ", not "ΚΑΘΗΜΕΡΙΝΉ".
fn unaccented_greek(c: char) -> char {
    match c {
        'Ά' => 'Α',
        'Έ' => 'Ε',
        'Ή' => 'Η',
        'Ί' => 'Ι',
        'Ό' => 'Ο',
        'Ύ' => 'Υ',
        'Ώ' => 'Ω',
        _ => c,
    }
}

/// Whether "the" (any case) ends `before`, past spaces and an opening quotation mark.
fn the_before(before: &str) -> bool {
    spaced_word_before(before).is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Whether a Turkish case suffix follows a name, after an apostrophe ("HÜRRİYET'in", "SABAH'a",
/// "SÖZCÜ'ye"): Turkish sets a proper name's suffix off so, and has no article to stand before
/// a name in capitals, so the suffix marks the name as an article would. English "'s" is none of
/// them ("VOX's leader" is the party's).
pub(super) fn turkish_suffix(after: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "ye", "na", "ne", "a", "e",
        "ndan", "nden", "dan", "den", "tan", "ten", "da", "de", "ta", "te", "yı", "yi", "yu", "yü",
        "nı", "ni", "nu", "nü", "ı", "i", "u", "ü", "yla", "yle", "la", "le",
    ];
    let Some(rest) = after.strip_prefix(['\'', '’']) else {
        return false;
    };
    let end = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    SUFFIXES.contains(&&rest[..end])
}

/// Whether an article ends `before` (the text before a name), past spaces and an opening
/// quotation mark.
pub(super) fn article_before(before: &str) -> bool {
    let before = &before[floor_boundary(before, before.len().saturating_sub(64))..];
    let t = before.trim_end_matches(BEFORE_NAME);
    if let Some(t) = t.strip_suffix(['\'', '’']) {
        let word = t.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        return ELIDED_ARTICLES.contains(&word.to_lowercase().as_str());
    }
    spaced_word_before(before).is_some_and(|w| ARTICLES.contains(&w.to_lowercase().as_str()))
}

/// What stands between a word and the name after it.
const BEFORE_NAME: [char; 6] = [' ', '\t', '„', '“', '"', '«'];

/// The word ending `before` past spaces and an opening quotation mark; None when nothing
/// stands between it and the name.
fn spaced_word_before(before: &str) -> Option<&str> {
    let t = before.trim_end_matches(BEFORE_NAME);
    (t.len() < before.len()).then(|| t.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or(""))
}

/// The stem of a Cyrillic name that Russian declines: "Коммерсантъ" is "Коммерсанта" after
/// "по данным", "Ведомости" "Ведомостей", "Известия" "Известий". The name without its last
/// vowel or sign, or whole when it ends in a consonant ("Интерфакс", "Интерфакса"); none for a
/// name ending in a capital ("РБК") or too short to stem safely.
fn cyrillic_stem(name: &str) -> Option<&str> {
    let last = name.chars().next_back()?;
    if !matches!(last, 'а'..='я' | 'ё') {
        return None;
    }
    let stem = if "ъьаяоеиыйуюё".contains(last) {
        &name[..name.len() - last.len_utf8()]
    } else {
        name
    };
    (stem.chars().count() >= 4).then_some(stem)
}

/// Most corpus outlets credited by name (see [`CorpusOutlets`]); 100,000 one-article outlets
/// add 0.2 s (names) to 0.9 s (hosts) to the sketch stage (see [`DFA_MAX_NAMES`]); the names'
/// forms in capitals added 0.26 s more to 100,000 names ("The Daily Abcdefg", 1.01 to 1.27 s).
pub const MAX_CORPUS_OUTLETS: usize = 100_000;

/// Whether a `source` can be credited by name: it starts with a capital or digit (or is of
/// several words, a later one capitalised: "la Repubblica", "de Volkskrant"), has a letter, is
/// no host, is not one of the outlets known by name (found already), and is of a name's length.
fn usable_name(s: &str) -> bool {
    let looks_like_host = s.contains('.') && !s.contains(' ');
    let capital = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    (2..=80).contains(&s.chars().count())
        && (capital(s)
            || spaceless_name(s)
            || arabic_name(s)
            || s.split_whitespace().skip(1).any(capital))
        && s.chars().any(char::is_alphabetic)
        && !looks_like_host
        && slug_for_name(s).is_none()
        && !s.contains(PLACEHOLDER)
}

/// The host a `source` names, read as [`slug_for_url`] reads it, without scheme, "www.", port
/// and path ("HTTPS://WWW.spiegel.de:443/" is "spiegel.de"); None for a name that is no host
/// (it has a space, or no letter on either side of its last dot).
fn host_name(s: &str) -> Option<&str> {
    if s.contains(char::is_whitespace) {
        return None;
    }
    let s = host_of(s)?;
    let (name, suffix) = s.rsplit_once('.')?;
    let letters = |x: &str| x.chars().any(char::is_alphabetic);
    (letters(name) && letters(suffix) && (4..=80).contains(&s.chars().count())).then_some(s)
}

/// The forms in which texts name an outlet known by its host: the host as written, capitalised
/// and in capitals ("n-tv.de", "Spiegel.de", "FAZ.NET"), and its outlet's label (see
/// [`outlet_label`]) capitalised and in capitals ("Spiegel", "SPIEGEL", "FAZ"), and split after
/// an opening article ("Le Monde" for lemonde.fr, "The Verge" for theverge.com), as papers name
/// each other. The label in small letters is left out: it is an ordinary word as often as a
/// name ("independent experts" for independent.co.uk), and so is a label in other scripts
/// ("Газета" for газета.ru), whose outlets are written with their domain. Forms that name a
/// known outlet are found as such already.
fn host_forms(host: &str) -> Vec<String> {
    let capitalised = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let mut forms = vec![host.to_string(), capitalised(host), host.to_uppercase()];
    let label = outlet_label(&host.to_ascii_lowercase()).to_string();
    let ascii_name = !PLATFORMS.contains(&label.as_str())
        && label.len() >= 3
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && label.bytes().any(|b| b.is_ascii_alphabetic());
    if ascii_name {
        forms.push(capitalised(&label));
        forms.push(label.to_ascii_uppercase());
        // A label that opens with an article is the name written solid: theverge.com for
        // "The Verge", lemonde.fr for "Le Monde", detelegraaf.nl for "De Telegraaf". A split
        // that is no name ("Il Linoistimes") is never written, so it finds nothing.
        for article in LABEL_ARTICLES {
            if let Some(rest) = label.strip_prefix(article) {
                if rest.len() >= 3 && rest.bytes().all(|b| b.is_ascii_alphabetic()) {
                    forms.push(format!("{} {}", capitalised(article), capitalised(rest)));
                }
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    forms.retain(|f| {
        seen.insert(f.clone()) && slug_for_name(f).is_none() && !f.contains(PLACEHOLDER)
    });
    forms
}

/// Platforms that news names as a channel, not a source ("said via Twitter", "according to
/// Google's data"): their hosts are read only as written.
const PLATFORMS: &[&str] = &[
    "twitter",
    "facebook",
    "google",
    "youtube",
    "instagram",
    "tiktok",
    "linkedin",
    "telegram",
    "whatsapp",
    "reddit",
    "wikipedia",
    "github",
    "substack",
    "medium",
    "threads",
    "bsky",
    "mastodon",
    "weibo",
    "wechat",
    "apple",
    "microsoft",
    "amazon",
];

/// Articles that open outlet names written solid in their hosts (see [`host_forms`]).
const LABEL_ARTICLES: &[&str] = &[
    "the", "le", "la", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "de",
];

/// Bytes searched before and after an outlet name for a reporting phrase: longer than any
/// phrase the patterns accept with ordinary spacing (a phrase padded with more whitespace than
/// this is missed).
pub(super) const WINDOW_BEFORE: usize = 160;
pub(super) const WINDOW_AFTER: usize = 120;

pub(super) fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Reporting phrases naming an outlet of the corpus, as [`PhraseHit`]s: each
/// whole-word occurrence of a name is put back into the text as [`PLACEHOLDER`] and the window
/// around it matched with [`placeholder_patterns`].
pub(super) fn corpus_phrase_hits(
    text: &str,
    corpus: &CorpusOutlets,
    forms: &[FormHit],
    out: &mut Vec<PhraseHit>,
) {
    // A letter of a script written without spaces is no part of a Latin name beside it
    // ("NHKによると").
    let letter = |c: char| c.is_alphanumeric() && !crate::text::normalize::spaceless(c);
    let word_at = |i: usize| text[i..].chars().next().is_some_and(letter);
    let word_before = |i: usize| text[..i].chars().next_back().is_some_and(letter);
    let first = out.len();
    for &(ns, ne, k) in forms {
        let CorpusName {
            form: name,
            slug,
            after_ok,
            ending,
            after_article,
            the_only,
            article_after_ok,
            from_host: _,
        } = &corpus.names[k];
        let spaceless = spaceless_name(name);
        if *after_article && !article_before(&text[..ns]) && !turkish_suffix(&text[ne..]) {
            continue;
        }
        if *the_only && !the_before(&text[..ns]) {
            continue;
        }
        // A case ending after a stem: up to three Cyrillic letters (capitals after a name in
        // capitals).
        let word_end = if *ending {
            let ending: usize = text[ne..]
                .chars()
                .take_while(|c| matches!(c, 'а'..='я' | 'ё' | 'А'..='Я' | 'Ё'))
                .take(4)
                .map(char::len_utf8)
                .sum();
            if ending > 3 * 2 {
                continue;
            }
            ne + ending
        } else {
            ne
        };
        // Arabic fuses small words to a name's front ("بحسب للأهرام" is no Arabic, but
        // "لصحيفة الأهرام" and "وللأهرام" are).
        let starts_word = if arabic_name(name) {
            let form = |f: &str| {
                corpus
                    .names
                    .binary_search_by(|n| n.form.as_str().cmp(f))
                    .is_ok()
            };
            arabic_word_start(text, ns) && !l_form_alone(text, ns, name, form)
        } else {
            !word_before(ns)
        };
        if !spaceless && (!starts_word || word_at(word_end) || longer_name(text, ns, ne)) {
            continue;
        }
        debug_assert_eq!(&text[ns..ne], name);
        let at = Around {
            ns,
            ne,
            slug,
            spaceless,
            after_ok: *after_ok,
            article_after_ok: *article_after_ok,
        };
        phrases_around(text, &at, out);
    }
    let from_brands = out.len();
    // The spans of brands credited, in the text's order and apart.
    let mut credited: Vec<(usize, usize)> = Vec::new();
    for (ns, ne, slug, words) in brand_hits(text, corpus) {
        // A name read as written already, or part of a longer one ("FAZ.NET" holds the brand
        // "FAZ"; "l'Express" is L'Express's, which wins over the host express.co.uk's label
        // as in [`CorpusOutlets`]); a name inside the brand ("Globo" in "O Globo") is no
        // reason to skip it.
        let k = forms.partition_point(|f| f.1 <= ns);
        let read_already = forms[k..]
            .iter()
            .take_while(|f| f.0 < ne)
            .any(|f| f.0 < ns || f.1 > ne || (f.0, f.1) == (ns, ne));
        if read_already || longer_name(text, ns, ne) {
            continue;
        }
        let at = Around {
            ns,
            ne,
            slug,
            spaceless: false,
            // A brand of one word is an ordinary word at a sentence's start ("Público"), as a
            // host's label is, unless capitals or digits inside it make it a name
            // ("NewsPulse").
            after_ok: words > 1
                || text[ns..ne]
                    .chars()
                    .skip(1)
                    .any(|c| c.is_uppercase() || c.is_ascii_digit()),
            article_after_ok: true,
        };
        let before = out.len();
        phrases_around(text, &at, out);
        if out.len() > before {
            credited.push((ns, ne));
        }
    }
    // A credited brand is the name, not a shorter one inside it ("el Diario de Sevilla" is
    // no credit to eldiario.es).
    if !credited.is_empty() {
        let brands = out.split_off(from_brands);
        let forms = out.split_off(first);
        let inside = |(s, e): (usize, usize)| {
            let j = credited.partition_point(|b| b.0 <= s);
            j > 0 && {
                let b = credited[j - 1];
                e <= b.1 && b != (s, e)
            }
        };
        out.extend(forms.into_iter().filter(|h| !inside(h.3)));
        out.extend(brands);
    }
}
