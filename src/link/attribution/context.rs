//! What stands around a name decides whether it is a credit: a phrase's own sentence, a lead
//! that is no reporting ("that", "told" of something else), a name that goes on, a writer's
//! title after a byline's name.

use super::*;
/// An outlet's name found in a text, for [`phrases_around`].
pub(super) struct Around<'a> {
    pub(super) ns: usize,
    pub(super) ne: usize,
    pub(super) slug: &'a str,
    pub(super) spaceless: bool,
    /// Whether "X reported" counts.
    pub(super) after_ok: bool,
    /// Whether it counts after an article when `after_ok` does not hold.
    pub(super) article_after_ok: bool,
}

/// The reporting phrases around the name at `at`: the window around it is matched with the
/// name put back as [`PLACEHOLDER`].
pub(super) fn phrases_around(text: &str, at_name: &Around, out: &mut Vec<PhraseHit>) {
    let &Around {
        ns,
        ne,
        slug,
        spaceless,
        after_ok,
        article_after_ok,
    } = at_name;
    let ws = floor_boundary(text, ns.saturating_sub(WINDOW_BEFORE));
    let we = ceil_boundary(text, ne.saturating_add(WINDOW_AFTER));
    let window = format!("{}{PLACEHOLDER}{}", &text[ws..ns], &text[ne..we]);
    let at = ns - ws;
    // Positions in the window after the name are off by the length difference.
    let back = |i: usize| {
        if i <= at {
            ws + i
        } else {
            (ws + i + (ne - ns)).saturating_sub(PLACEHOLDER.len())
        }
    };
    let sets: &[&[Regex; 3]] = if spaceless {
        &[spaceless_placeholder_patterns()]
    } else if window.is_ascii() {
        &[placeholder_patterns()]
    } else if has_cyrillic(&window) {
        // A name in Russian copy ("сообщила газета «Коммерсантъ»", "по данным РБК").
        &[placeholder_patterns(), cyrillic_placeholder_patterns()]
    } else if has_arabic(&window) {
        // A name in Arabic, Persian or Urdu copy ("به گزارش روزنامه همشهری", "بحسب الأهرام").
        &[placeholder_patterns(), arabic_placeholder_patterns()]
    } else {
        // A Latin name in Chinese or Japanese copy ("NHKによると").
        &[placeholder_patterns(), spaceless_placeholder_patterns()]
    };
    // A verb after the name needs a name that is no ordinary word, or an article or
    // what kind of outlet it is before it.
    let named_as_such = after_ok
        || (article_after_ok && article_before(&text[..ns]))
        || arabic_kind_before(&text[..ns])
        || turkish_kind_after(&text[ne..]);
    // A name of one word in the Arabic script, with no kind of outlet before it, is as often
    // an ordinary word ("اليوم", today; "ایران", Iran; "جنگ", war) or the start of a longer
    // name ("ایران اینترنشنال"): a phrase before it counts only where the name ends the clause
    // ("به گزارش فارس،", "بحسب الأهرام، ..."), and a bracket holding it alone is no dateline
    // ("دوسری عالمی (جنگ) کے بعد").
    let bare_arabic_word =
        !after_ok && arabic_name(&text[ns..ne]) && !arabic_kind_before(&text[..ns]);
    if bare_arabic_word && !arabic_clause_ends(&text[ne..]) {
        return;
    }
    for (k, re) in sets.iter().flat_map(|set| set.iter().enumerate()) {
        if (k == 1 && !named_as_such) || (k == 2 && bare_arabic_word) {
            continue;
        }
        for cap in re.captures_iter(&window) {
            let (Some(whole), Some(o)) = (phrase_of(&cap), outlet_of(&cap)) else {
                continue;
            };
            if o.start() == at
                && !misleading_lead(text, back(whole.start()), ns)
                && (!wire_only(&cap) || is_wire(slug))
                && placed_as_such(&cap, text, back(whole.start()), back(whole.end()))
            {
                out.push((
                    back(whole.start()),
                    back(whole.end()),
                    slug.to_string(),
                    (ns, ne),
                ));
            }
        }
    }
}

/// Whether the phrase at `ps` before a name at `ns` is a word that only sometimes credits: "per"
/// credits in English ("per Reuters", "per the Associated Press") but is "for" in Italian
/// ("lavora per la Repubblica", "per l'Ansa"), so it takes no article but "the"; "segundo" is
/// "according to" in Portuguese but "second" after an article ("el segundo AP de la lista").
pub(super) fn misleading_lead(text: &str, ps: usize, ns: usize) -> bool {
    let phrase = &text[ps..ns.max(ps)];
    let starts = |w: &str| {
        phrase
            .get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && phrase[w.len()..].starts_with(char::is_whitespace)
    };
    if starts("per") {
        let between = phrase[3..].trim();
        // The name's own article counts too ("per la Repubblica" for a paper so named).
        let own = text[ns..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let foreign_article = own != "the" && ARTICLES.contains(&own.as_str());
        return !(between.is_empty() || between.eq_ignore_ascii_case("the"))
            || foreign_article
            || (between.is_empty() && !reads_english(text, ps));
    }
    // "قال أحمد، الذي يعمل مراسلا لرويترز" (who works as Reuters' correspondent): someone's
    // work for an outlet, between a verb of saying and the outlet, is no credit; nor is what
    // was said ("وقالت الحكومة إنها وجهت إنذارا لرويترز", "the government said it warned
    // Reuters"): a name told something comes before "that".
    if !phrase.is_ascii()
        && phrase.split(|c: char| !c.is_alphabetic()).any(|w| {
            matches!(
                w,
                "يعمل"
                    | "تعمل"
                    | "عمل"
                    | "مراسل"
                    | "مراسلا"
                    | "مراسلة"
                    | "محرر"
                    | "كاتب"
                    | "المنضم"
                    | "انضم"
                    | "انضمت"
                    | "إن"
                    | "أن"
                    | "ان"
                    | "إنه"
                    | "أنه"
                    | "انه"
                    | "إنها"
                    | "أنها"
                    | "انها"
                    | "إنهم"
                    | "أنهم"
                    | "بأن"
            )
        })
    {
        return true;
    }
    if starts("segundo") {
        let before = text[..ps].trim_end();
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = before[word_start..].to_lowercase();
        return ARTICLES.contains(&word.as_str())
            || ["un", "um", "una", "uma"].contains(&word.as_str());
    }
    false
}

/// Whether the words around `at` read as English rather than as a language in which "per" is
/// "for" before a bare name ("lavora per Reuters", Italian; "treballa per Reuters", Catalan):
/// no fewer of English's commonest words than of theirs within a few hundred bytes. With none
/// of either (a headline), it reads as English. Asked only where a bare "per" meets a name.
fn reads_english(text: &str, at: usize) -> bool {
    const ENGLISH: &[&str] = &[
        "the", "of", "and", "to", "is", "was", "were", "said", "says", "that", "with", "from",
        "has", "have", "on", "by", "for", "it", "its",
    ];
    const OTHERS: &[&str] = &[
        "il", "di", "che", "della", "del", "non", "è", "gli", "una", "sono", "ha", "con", "dei",
        "delle", "nel", "la", "lo", "le", "el", "els", "les", "de", "que", "amb", "és", "va",
    ];
    let start = text.floor_char_boundary(at.saturating_sub(300));
    let end = text.ceil_char_boundary(at.saturating_add(200).min(text.len()));
    let (mut english, mut others) = (0usize, 0usize);
    for word in text[start..end].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 6 {
            continue;
        }
        let word = word.to_lowercase();
        if ENGLISH.contains(&word.as_str()) {
            english += 1;
        } else if OTHERS.contains(&word.as_str()) {
            others += 1;
        }
    }
    english >= others
}

/// Whether "News Agency" follows a name at `ne`, which the phrases take as part of it ("Xinhua
/// News Agency" spelled out, "the Anadolu news agency").
pub(super) fn news_agency_follows(text: &str, ne: usize) -> bool {
    // Only the bytes these two words can take: a name is found once per occurrence, and
    // reading the rest of a run without spaces ("AP-AP-AP-...") from each was quadratic.
    let after = text[ne..].trim_start();
    let word = |s: &str, w: &str| {
        s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
            && !s[w.len()..].starts_with(char::is_alphanumeric)
    };
    word(after, "news") && {
        let rest = &after[4..];
        rest.starts_with(char::is_whitespace) && word(rest.trim_start(), "agency")
    }
}

/// Whether the name at `ns..ne` is part of a longer name: "The Times" in "The Times of India",
/// "Apple" in "Apple Daily", "Star" in "Star-Ledger", "People" in "People's Daily", "York Times"
/// in "New York Times". A name goes on when the next word is capitalised (after a possessive
/// too), or joined by a hyphen, or is "of" before a capital; and it started earlier when the
/// word before it is capitalised (other than "The" and the reporting words that open a
/// sentence, "Selon Le Monde", which the phrases allow): a capitalised word opening a sentence before a name ("Today
/// NewsPulse reported") is lost with those, a rare miss against crediting the wrong outlet.
pub(super) fn longer_name(text: &str, ns: usize, ne: usize) -> bool {
    name_goes_on(text, ne) || name_started_earlier(text, ns)
}
/// The last word of a wire writer's title in a byline ("AP Economics Writer", "Reuters Staff").
pub(super) const WRITER_TITLES: &[&str] = &[
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "producer",
    "journalist",
    "columnist",
    "critic",
    "photographer",
    "staff",
];

/// Whether a wire writer's title follows the name ending at `ne` ("AP Economics Writer",
/// "Associated Press White House Correspondents", "Reuters Staff"): capitalised words that go
/// on from the name, as another name would, in a byline.
pub(super) fn writer_title_follows(text: &str, ne: usize) -> bool {
    // Four words at most, so a few dozen bytes: a name is found once per occurrence.
    let after = &text[ne..ceil_boundary(text, ne.saturating_add(64))];
    let line = after.lines().next().unwrap_or("");
    line.split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .take(4)
        .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
        .any(|w| {
            let w = w.trim_end_matches(['.', ',']);
            let w = w.strip_suffix(['s', 'S']).unwrap_or(w);
            WRITER_TITLES.iter().any(|t| w.eq_ignore_ascii_case(t))
        })
}

/// Whether a name at `ns..ne` opens a line joined to a capitalised place by a hyphen, as the
/// African press agency's dateline is ("APA-Dakar (Sénégal) -"): the name does not go on
/// there, though a hyphen and a word after a name usually say it does.
pub(super) fn joined_to_place(text: &str, ns: usize, ne: usize) -> bool {
    let line_start = text[..ns].trim_end_matches([' ', '\t']);
    (line_start.is_empty() || line_start.ends_with('\n'))
        && text[ne..]
            .strip_prefix('-')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
}

/// Whether `rest` opens with a Hungarian case ending, whole: what follows a name and a hyphen
/// in "az MTI-vel", "az MTI-nek", "az MTI-t".
fn hungarian_case(rest: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "vel", "val", "nak", "nek", "tól", "től", "hoz", "hez", "höz", "ban", "ben", "ból", "ből",
        "ról", "ről", "nál", "nél", "ra", "re", "ig", "t",
    ];
    ENDINGS.iter().any(|e| {
        rest.strip_prefix(e)
            .is_some_and(|r| !r.chars().next().is_some_and(char::is_alphanumeric))
    })
}

/// Whether `rest`, what follows a name with no space, is a Finnish case ending of the name read
/// by [`FINNISH_TAIL`]: the genitive before "mukaan" (according to), "Reutersin mukaan", or the
/// allative, "Reutersille" (to Reuters). Only then is a known name found inside a longer word.
pub(super) fn finnish_case(rest: &str) -> bool {
    let rest = rest.strip_prefix('i').unwrap_or(rest);
    let ends = |r: &str| !r.chars().next().is_some_and(char::is_alphanumeric);
    if let Some(r) = rest.strip_prefix("lle") {
        return ends(r);
    }
    rest.strip_prefix('n').is_some_and(|r| {
        let r = r.trim_start_matches([' ', '\t']);
        r.len() < rest.len() - 1 && r.strip_prefix("mukaan").is_some_and(ends)
    })
}

/// Whether a name ending at `ne` goes on (see [`longer_name`]). Agencies known by name are held
/// to this half only: "according to Lusa Holdings" is no credit to the Portuguese agency,
/// while their credits open sentences ("Citing Reuters, ...") as no corpus outlet's need to.
pub(super) fn name_goes_on(text: &str, ne: usize) -> bool {
    let after = &text[ne..];
    let mut next = after.chars();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    match next.next() {
        // Hungarian puts a case ending after a hyphen ("közölte az MTI-vel", told MTI).
        Some('-') if hungarian_case(next.as_str()) => return false,
        Some('-') if next.next().is_some_and(char::is_alphanumeric) => return true,
        // "People's Daily" goes on; "The Guardian's report" is the Guardian's.
        Some('\'' | '\u{2019}') => {
            let rest = next.as_str();
            if let Some(tail) = rest.strip_prefix('s') {
                let tail = tail.trim_start_matches([' ', '\t']);
                if tail.len() < rest.len() - 1 && capital(tail) {
                    return true;
                }
            }
        }
        _ => {}
    }
    let rest = after.trim_start_matches([' ', '\t']);
    if rest.len() < after.len() {
        let mut words = rest.split([' ', '\t']);
        let next = words.next().unwrap_or("");
        if capital(next) || (next == "of" && words.next().is_some_and(capital)) {
            return true;
        }
    }
    false
}

/// Whether a name starting at `ns` started earlier (see [`longer_name`]).
fn name_started_earlier(text: &str, ns: usize) -> bool {
    let before = &text[..ns];
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.len() < before.len() {
        let word_start = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .last()
            .map(|(i, _)| i);
        if let Some(i) = word_start {
            let word = &trimmed[i..];
            // Nor a reporting word opening the sentence ("Selon Le Monde", "Según El País").
            let lead = [
                "The", "THE", "Selon", "Según", "Laut", "Secondo", "Segundo", "Conforme",
            ];
            // Nor an article opening the sentence ("Die Süddeutsche Zeitung berichtet", "Il
            // Corriere della Sera scrive", "A Folha de S.Paulo noticiou").
            let article = ARTICLES.contains(&word.to_lowercase().as_str());
            if word.chars().next().is_some_and(char::is_uppercase)
                && !lead.contains(&word)
                && !article
            {
                return true;
            }
        }
    }
    false
}

/// The sentence containing bytes `s..e`: back to the previous terminator or line break, forward
/// to the next.
pub(super) fn sentence_around(text: &str, s: usize, e: usize) -> (usize, usize) {
    // The full stops of Chinese and Japanese end a sentence whatever follows them (there are no
    // capitals to look for, nor abbreviations).
    let ideographic_end = |c: char| matches!(c, '。' | '！' | '？' | '｡');
    let is_end =
        |c: char| matches!(c, '.' | '!' | '?' | '\n' | '\u{61f}' | '\u{6d4}') || ideographic_end(c);
    // Urdu's full stop (۔) is in no abbreviation, but separates a dateline's place and day
    // ("اسلام آباد ۔ 12 مئی (اے پی پی)").
    let urdu_end =
        |c: char, next: Option<char>| c == '\u{6d4}' && !next.is_some_and(char::is_numeric);
    // An Arabic letter after a full stop and a space starts a sentence as a capital does (not
    // right after one: "أ.ف.ب"; nor a Thai letter, as Thai abbreviates with full stops: "ส.อ.ท.
    // เปิดเผย").
    let caseless = |spaced: bool, n: char| spaced && arabic_letter(n);
    // Looked for within SENTENCE_REACH bytes of the phrase: a text without sentence ends (a
    // press review crediting thousands of outlets in one run-on line) made every credit copy
    // the whole text, quadratic in time and memory (8,000 credits in 334 KB: 2.65 GB).
    let lo = floor_boundary(text, s.saturating_sub(SENTENCE_REACH));
    let hi = ceil_boundary(text, e.saturating_add(SENTENCE_REACH));
    let mut start = lo;
    for (i, c) in text[lo..s].char_indices().rev() {
        let i = lo + i;
        // A full stop inside an abbreviation ("Sept. 19") is followed by a digit or lower case.
        if is_end(c) {
            let after = &text[i + c.len_utf8()..];
            let rest = after.trim_start();
            let spaced = rest.len() < after.len();
            let next = rest.chars().next();
            if c == '\n'
                || ideographic_end(c)
                || urdu_end(c, next)
                || next.is_some_and(|n| {
                    n.is_uppercase() || caseless(spaced, n) || !n.is_alphanumeric()
                })
            {
                start = i + c.len_utf8();
                break;
            }
        }
    }
    let mut end = hi;
    for (i, c) in text[e..hi].char_indices() {
        if is_end(c) {
            let after = &text[e + i + c.len_utf8()..];
            let rest = after.trim_start();
            let spaced = rest.len() < after.len();
            let next = rest.chars().next();
            if c == '\n'
                || ideographic_end(c)
                || urdu_end(c, next)
                || next.is_none()
                || next.is_some_and(|n| {
                    n.is_uppercase() || caseless(spaced, n) || n == '"' || n == '“'
                })
            {
                end = e + i + if c == '\n' { 0 } else { c.len_utf8() };
                break;
            }
        }
    }
    (start, end)
}

/// How far from a credit's phrase its sentence is looked for, each way, in bytes: news
/// sentences are well under this.
pub(super) const SENTENCE_REACH: usize = 1_000;
