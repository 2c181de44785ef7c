//! Credits in Arabic, Persian and Urdu copy: outlets' names as each language writes them, the
//! small words fused to their front, and the phrases around them.

use super::*;
/// Outlets known by name as Arabic, Persian and Urdu copy writes them. Each name is also
/// looked for in the other languages' letters ([`arabic_spellings`]: Arabic ي and ك are
/// Persian and Urdu ی and ک, and a hamza on an alef is often left off), and Arabic fuses
/// small words to the front of a name ("لرويترز", "told Reuters"; [`arabic_name_hits`]).
/// Names that are also common words are written with what kind of outlet they are
/// ("خبرگزاری فارس", not "فارس", which is Persian and the Persian Gulf's; no "تاس", a bowl),
/// and "پی ٹی آئی", a party in Pakistan's copy more often than the Press Trust of India, is
/// left out. "الجزيرة" (also the island, the peninsula) and "الأناضول" (also Anatolia) are kept
/// bare: as places they stand in no reporting phrase ("بحسب الجزيرة"), and a told Reuters'
/// "ل" after "that" is none ("وقال إنه سافر للجزيرة"; see [`misleading_lead`]).
const ARABIC_OUTLETS: &[(&str, &[&str])] = &[
    ("reuters", &["رويترز", "رائٹرز", "روئٹرز", "رائیٹرز"]),
    (
        "afp",
        &[
            "وكالة الصحافة الفرنسية",
            "وكالة الأنباء الفرنسية",
            "وكالة فرانس برس",
            "فرانس برس",
            "فرانس پرس",
            "فرانس‌پرس",
            "خبرگزاری فرانسه",
            "أ ف ب",
            "اے ایف پی",
        ],
    ),
    (
        "ap",
        &[
            "أسوشيتد برس",
            "أسوشيتيد برس",
            "آسوشیتدپرس",
            "آسوشیتد پرس",
            "ایسوسی ایٹڈ پریس",
        ],
    ),
    ("app", &["اے پی پی", "ایسوسی ایٹڈ پریس آف پاکستان"]),
    ("dpa", &["وكالة الأنباء الألمانية", "د ب أ"]),
    ("mena", &["وكالة أنباء الشرق الأوسط", "أ ش أ"]),
    ("spa", &["وكالة الأنباء السعودية", "واس"]),
    ("wam", &["وكالة أنباء الإمارات", "وام"]),
    ("qna", &["وكالة الأنباء القطرية", "قنا"]),
    ("kuna", &["وكالة الأنباء الكويتية", "كونا"]),
    ("sana", &["الوكالة العربية السورية للأنباء", "سانا"]),
    ("petra", &["وكالة الأنباء الأردنية", "بترا"]),
    ("bna", &["وكالة أنباء البحرين"]),
    ("ona", &["وكالة الأنباء العمانية"]),
    ("map", &["وكالة المغرب العربي للأنباء", "و م ع"]),
    ("aps", &["وكالة الأنباء الجزائرية", "وأج"]),
    (
        "tap",
        &[
            "وكالة تونس أفريقيا للأنباء",
            "وكالة تونس إفريقيا للأنباء",
            "وات",
        ],
    ),
    ("bloomberg", &["بلومبرغ", "بلومبيرغ", "بلومبرگ"]),
    ("xinhua", &["شينخوا", "شین‌هوا", "شینهوا", "شنہوا", "ژنہوا"]),
    ("anadolu", &["الأناضول", "آناتولی", "اناطولیہ"]),
    ("interfax", &["إنترفاكس", "اینترفاکس"]),
    ("irna", &["ایرنا", "إرنا", "خبرگزاری جمهوری اسلامی"]),
    ("isna", &["ایسنا"]),
    ("tasnim", &["خبرگزاری تسنیم", "تسنیم"]),
    ("fars", &["خبرگزاری فارس"]),
    ("mehr", &["خبرگزاری مهر"]),
    ("bbc", &["بي بي سي", "بی‌بی‌سی", "بی بی سی"]),
    ("cnn", &["سي إن إن", "سی‌ان‌ان", "سی ان ان", "سی این این"]),
    ("aljazeera", &["الجزيرة", "الجزیره"]),
    (
        "nytimes",
        &["نيويورك تايمز", "نیویورک تایمز", "نیو یارک ٹائمز"],
    ),
    (
        "washingtonpost",
        &["واشنطن بوست", "واشنگتن پست", "واشنگٹن پوسٹ"],
    ),
    (
        "wsj",
        &["وول ستريت جورنال", "وال استریت ژورنال", "وال سٹریٹ جرنل"],
    ),
    ("ft", &["فايننشال تايمز", "فاینانشال تایمز", "فنانشل ٹائمز"]),
    ("guardian", &["الغارديان", "گاردین", "گارڈین"]),
];

/// Agencies' short names that are also words or places ("وام" is a loan in Persian, "قنا" a
/// town in Egypt and spears, "كونا" "be" said to two, "وات" a watt): they credit only in a
/// dateline, "الدوحة (قنا)" or "أبوظبي / وام /", the form in which these agencies are credited.
pub(super) const ARABIC_DATELINE_ONLY: &[&str] = &[
    "واس", "وام", "قنا", "كونا", "سانا", "بترا", "وات", "وأج", "واج",
];

/// Whether the word before `at` is an Arabic or Persian preposition, so that a name there is
/// an object ("به", "درباره", "عن", ...).
pub(super) fn arabic_object(text: &str, at: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "به",
        "درباره",
        "دربارهٔ",
        "از",
        "با",
        "برای",
        "علیه",
        "بر",
        "عن",
        "على",
        "إلى",
        "الى",
        "مع",
        "من",
    ];
    let before = text[..at].trim_end_matches(|c: char| c.is_whitespace() || c == '\u{200c}');
    let word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    !word.is_empty() && PREPOSITIONS.contains(&word)
}

/// Whether a name found is one of [`ARABIC_DATELINE_ONLY`], in any of its spellings.
pub(super) fn arabic_dateline_only(name: &str) -> bool {
    if !has_arabic(name) || name.len() > 12 {
        return false;
    }
    let folded: String = name
        .chars()
        .map(|c| match c {
            'ک' => 'ك',
            'ی' => 'ي',
            c => c,
        })
        .collect();
    ARABIC_DATELINE_ONLY.contains(&folded.as_str())
}

/// A name of [`ARABIC_OUTLETS`] or of the corpus as the three languages may spell it: as given,
/// with Arabic ي and ك or with Persian and Urdu ی and ک, with a bare alef for one with a hamza,
/// and a name opening with the article "ال" as it is after the preposition "ل", which drops the
/// article's alef ("للجزيرة", "to Al Jazeera", is "ل" and "لجزيرة"; see [`l_form_alone`]).
pub(super) fn arabic_spellings(name: &str) -> Vec<String> {
    let swap = |s: &str, from: [char; 2], to: [char; 2]| -> String {
        s.chars()
            .map(|c| {
                if c == from[0] {
                    to[0]
                } else if c == from[1] {
                    to[1]
                } else {
                    c
                }
            })
            .collect()
    };
    let bare = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if matches!(c, 'أ' | 'إ' | 'آ') {
                    'ا'
                } else {
                    c
                }
            })
            .collect()
    };
    let mut out = vec![name.to_string()];
    for s in [
        swap(name, ['ي', 'ك'], ['ی', 'ک']),
        swap(name, ['ی', 'ک'], ['ي', 'ك']),
    ] {
        out.push(s);
    }
    let n = out.len();
    for k in 0..n {
        let b = bare(&out[k]);
        out.push(b);
    }
    let n = out.len();
    for k in 0..n {
        if let Some(rest) = out[k].strip_prefix("ال") {
            let l = format!("ل{rest}");
            out.push(l);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Every spelling of [`ARABIC_OUTLETS`]' names, with its slug.
pub(super) fn arabic_known() -> &'static [(String, &'static str)] {
    static P: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    P.get_or_init(|| {
        let mut all: Vec<(String, &'static str)> = ARABIC_OUTLETS
            .iter()
            .flat_map(|(slug, names)| {
                names
                    .iter()
                    .flat_map(|n| arabic_spellings(n))
                    .map(move |n| (n, *slug))
            })
            .collect();
        all.sort();
        all.dedup_by(|b, a| a.0 == b.0);
        all
    })
}

/// Where the names of [`ARABIC_OUTLETS`] are in a text, longest first where they overlap.
fn arabic_names() -> &'static aho_corasick::AhoCorasick {
    static P: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    P.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(arabic_known().iter().map(|(n, _)| n))
            .unwrap()
    })
}

/// What kind of outlet a name is, as Arabic, Persian and Urdu write it before the name: agency,
/// newspaper, site, portal, channel, network, magazine.
const ARABIC_KINDS: &str = "وكالة|صحيفة|جريدة|موقع|بوابة|قناة|شبكة|مجلة|خبرگزاری|روزنامه|روزنامهٔ|شبکه|نشریه|هفته‌نامه|سایت|اخبار|روزنامہ|جریدے|جریدہ|چینل";

/// Whether `before` (the text before a name) ends with what kind of outlet the name is
/// ("روزنامہ", "صحيفة", with a preposition fused to it, "لصحيفة"), past spaces and an opening
/// quotation mark. Only its last 64 bytes are read: a text without spaces made every name
/// found read back to the text's start.
pub(super) fn arabic_kind_before(before: &str) -> bool {
    let before = &before[floor_boundary(before, before.len().saturating_sub(64))..];
    let t = before.trim_end_matches([' ', '\t', '«', '"', '“']);
    if t.len() == before.len() {
        return false;
    }
    let word = t
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .trim_start_matches(ARABIC_CLITICS)
        .trim_start_matches('ـ');
    ARABIC_KINDS
        .split('|')
        .any(|k| word.ends_with(k) && word.len() <= k.len() + 4)
}

/// Whether `after` (the text after a name) makes it a name as Turkish writes one: a case ending
/// after an apostrophe ("Fanatik'in yazdığına göre"; Turkish sets off the endings of proper
/// names so), or what kind of outlet it is ("Hürriyet gazetesinin haberine göre"; see
/// [`TURKISH_TAIL`]).
pub(super) fn turkish_kind_after(after: &str) -> bool {
    let mut chars = after.chars();
    if matches!(chars.next(), Some('\'' | '’')) && chars.next().is_some_and(char::is_lowercase) {
        return true;
    }
    let t = after.trim_start_matches([' ', '\t']);
    t.len() < after.len()
        && ["gazetesi", "ajansı", "televizyonu", "sitesi"]
            .iter()
            .any(|k| t.starts_with(k))
}

/// Whether the text after a name (`after`) ends its clause: a comma, full stop, colon, closing
/// quotation mark or bracket, the text's or line's end, or "that" ("أن", "إن", "که") or "about"
/// ("عن").
pub(super) fn arabic_clause_ends(after: &str) -> bool {
    let t = after.trim_start_matches([' ', '\t', '»', '"', '”']);
    match t.chars().next() {
        None => true,
        Some(c) if !c.is_alphanumeric() => true,
        Some(_) => {
            let word = t.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            matches!(word, "أن" | "إن" | "ان" | "بأن" | "عن" | "که")
        }
    }
}

/// The small words Arabic writes fused to the front of the next word: "و" and "ف" (and), "ب"
/// (by, with), "ل" (to, for) and "ك" (as).
const ARABIC_CLITICS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];

/// Whether a name in Arabic script starting at `s` starts a word: nothing but up to two fused
/// small words ([`ARABIC_CLITICS`]), and a tatweel after them ("لـرويترز"), between it and the
/// letter before.
pub(super) fn arabic_word_start(text: &str, s: usize) -> bool {
    let before = &text[..s];
    let before = before.strip_suffix('ـ').unwrap_or(before);
    let mut chars = before.chars().rev().peekable();
    let mut fused = 0;
    while fused < 2 && chars.peek().is_some_and(|c| ARABIC_CLITICS.contains(c)) {
        chars.next();
        fused += 1;
    }
    // Fused words stand at a word's start too; a tatweel after nothing fused is a letter's.
    let tatweel = before.len() < s;
    match chars.next() {
        None => fused > 0 || !tatweel,
        Some(c) => !c.is_alphanumeric() && (fused > 0 || !tatweel) && c != 'ـ',
    }
}

/// Whether a name in Arabic script ending at `e` ends a word.
fn arabic_word_end(text: &str, e: usize) -> bool {
    !text[e..]
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || c == 'ـ')
}

/// The names of [`ARABIC_OUTLETS`] in `text` that stand as words of their own, or with small
/// words fused to their front.
pub(super) fn arabic_name_hits(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Every name has a letter of the Arabic block, whose UTF-8 lead bytes are 0xd8 to 0xdb: a
    // text without one is passed over, and the scan starts at the first.
    let from = first_arabic_byte(text).unwrap_or(text.len());
    let known = |n: &str| {
        arabic_known()
            .binary_search_by(|(k, _)| k.as_str().cmp(n))
            .is_ok()
    };
    arabic_names()
        .find_iter(aho_corasick::Input::new(text).span(from..text.len()))
        .map(|m| (m.start(), m.end()))
        .filter(move |&(s, e)| {
            arabic_word_start(text, s)
                && arabic_word_end(text, e)
                && !l_form_alone(text, s, &text[s..e], known)
        })
}

/// Whether `name` at `s` is the form a name opening with "ال" takes after the preposition "ل"
/// ("لجزيرة" of "الجزيرة"; `known` tells the names) without that "ل" before it: alone, it is
/// another word ("لجزيرة" is "to an island").
pub(super) fn l_form_alone(text: &str, s: usize, name: &str, known: impl Fn(&str) -> bool) -> bool {
    name.starts_with('ل')
        && !text[..s].trim_end_matches('ـ').ends_with('ل')
        && known(&format!("ا{name}"))
}

/// Whether a name begins with a letter of the Arabic script.
pub(super) fn arabic_name(name: &str) -> bool {
    name.chars().next().is_some_and(arabic_letter)
}

/// Where the first letter of the Arabic block (U+0600 to U+06FF, whose UTF-8 lead bytes are
/// 0xd8 to 0xdb) is in `s`: the letters of every Arabic, Persian and Urdu text are there.
fn first_arabic_byte(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    match (
        memchr::memchr3(0xd8, 0xd9, 0xda, b),
        memchr::memchr(0xdb, b),
    ) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

pub(super) fn has_arabic(s: &str) -> bool {
    first_arabic_byte(s).is_some()
}

/// A letter of the Arabic script (Arabic, Persian, Urdu): the Arabic blocks and their
/// presentation forms.
pub(super) fn arabic_letter(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}' | '\u{8A0}'..='\u{8FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// The reporting phrases of Arabic, Persian and Urdu around the outlet names in `alt`, in the
/// order of [`patterns_for`]. Before the name: Arabic puts the verb first ("ذكرت وكالة
/// رويترز", "نقلت رويترز عن", "بحسب صحيفة الأهرام", "وفقا لرويترز", "حسبما أفادت", "نقلا عن")
/// and says "told Reuters" with the preposition fused to the name a few words after the verb
/// ("قال مسؤول كبير لرويترز"); Persian opens its reports "به گزارش خبرگزاری ایرنا" ("by the
/// report of"; also "به نقل از", "بر اساس گزارش", "طبق گزارش"); Urdu says "بحوالہ" and
/// "بشکریہ". After the name: Persian verbs ("رویترز گزارش داد", "نوشت", "خبر داد", "به رویترز
/// گفت") and Urdu postpositions ("رائٹرز کے مطابق", "کی رپورٹ کے مطابق", "نے بتایا", "کو
/// بتایا"). Datelines: the name in brackets ("القاهرة (رويترز) -", "(أ ف ب)", "اسلام آباد ۔ 12
/// مئی (اے پی پی)"). What kind of outlet it is may come first ("وكالة", "صحيفة", "خبرگزاری",
/// "روزنامه", "خبر رساں ادارے", "اخبار"), an adjective before an Urdu one ("برطانوی خبر رساں
/// ادارے رائٹرز"). No Unicode word boundary (`\b`), even in the window around a name these patterns
/// see: it makes the regex crate's faster engines give up on Arabic letters, and credit finding
/// on Arabic-script copy ran at 45 MiB/s; a phrase starts after a character that is no letter or
/// digit, and its match takes that character too.
fn arabic_patterns_for(alt: &str) -> [Regex; 3] {
    // A fused small word, with a tatweel after it, before the kind of outlet or the name.
    let fused = r"(?:[وفبلك]{1,2}ـ?)?";
    let kind = format!(
        r"(?:{ARABIC_KINDS}|وكالة\s+(?:أنباء|الأنباء|انباء|الانباء)|پایگاه\s+خبری|خبر\s+رساں\s+(?:ادارے|ادارہ|ایجنسی)|نیوز\s+ایجنسی|ٹی\s+وی|ویب\s+سائٹ)"
    );
    let outlet = format!(r"(?:{fused}{kind}\s+)?{fused}[«\x22“]?(?P<o>{alt})");
    // "Told" in Persian, after "to" and the name: a group of its own, so that the short names
    // read only in datelines are not read in it (see [`arabic_dateline_only`]).
    let told_to = format!(r"(?:{fused}{kind}\s+)?{fused}[«\x22“]?(?P<u>{alt})");
    // Tanween is typed before the alef or after it ("وفقًا", "وفقاً"), or left off.
    let verbs = r"(?:بحسب|حسب|وفق)\s+ما\s+(?:ذكرته|ذكرت|ذكره|أوردته|أوردت|نقلته|نقلت|أفادت|أفادته|قالته|قالت|نشرته|نشرت)|ذكرت|ذكر|أفادت|افادت|أفاد|افاد|قالت|نقلت|نقل|أوردت|اوردت|أورد|كشفت|كشف|نشرت|بثت|أضافت|بحسب|حسب|حسبما\s+(?:ذكرت|ذكر|أفادت|افادت|أفاد|أوردت|نقلت|قالت)|كما\s+(?:ذكرت|أفادت|أوردت|نقلت)|وفق(?:اً|ًا|ا)?|طبق(?:اً|ًا|ا)|نقل(?:اً|ًا|ا)\s+عن|استناد(?:اً|ًا|ا)\s+(?:إلى|الى)|في\s+(?:مقابلة|حديث|تصريحات?)\s+(?:خاصة?\s+)?مع|به\s+گزارش|به\s+نقل\s+از|بنا\s*بر\s+گزارش|بر\s*اساس\s+گزارش|طبق\s+گزارش|به\s+نوشته|(?:منبع|المصدر|ماخذ)\s*:|بحوالہ|بشکریہ\s*:?";
    // "told Reuters": a verb of saying, its subject, and the name with "to" fused to it or to
    // the kind of outlet ("قال مسؤول لرويترز", "في تصريح لوكالة فرانس برس").
    let told = format!(r"{ARABIC_TOLD}|في\s+تصريحات?|في\s+حديث|في\s+مقابلة");
    let before = format!(
        r"(?:^|[^\p{{L}}\p{{N}}])[وف]?(?:(?:{verbs})\s+{outlet}|(?:{told})(?:\s+[^\s.،؛:!?؟]+){{0,8}}?\s+لـ?(?:{kind}\s+)?[«\x22“]?(?P<p>{alt}))"
    );
    // A language service may follow the name ("بی‌بی‌سی فارسی گزارش داد"), and a Persian verb
    // may come after the day or "in a report" ("رویترز روز دوشنبه گزارش داد", "رویترز در
    // گزارشی نوشت").
    let service = r"(?:\s+(?:فارسی|عربی|العربية|عربي|اردو|ترکی|ترکیه))?";
    let between =
        r"(?:\s+(?:در\s+گزارشی|در\s+گزارش\s+خود|روز\s+[^\s.،؛:!?؟]+|امروز|دیروز|همچنین|نیز))?";
    let after = format!(
        r"(?:^|[^\p{{L}}\p{{N}}]){outlet}[»\x22”]?{service}{between}\s+(?:گزارش\s+(?:داد|داده|کرد)|نوشت|نوشته|خبر\s+(?:داد|داده)|کے\s+مطابق|کی\s+(?:رپورٹ|خبر)\s+کے\s+مطابق|نے\s+(?:بتایا|رپورٹ\s+کیا|اطلاع\s+دی|خبر\s+دی|لکھا)|کو\s+بتایا|سے\s+(?:گفتگو|بات(?:\s+چیت)?)\s+کرتے\s+ہوئے|می‌نویسد|می\s+نویسد|اعلام\s+کرد|میں\s+شائع\s+(?:ہونے\s+والی\s+)?(?:خبر|رپورٹ)\s+کے\s+مطابق)"
    );
    let told_fa = format!(r"(?:^|[^\p{{L}}\p{{N}}])به\s+{told_to}\s+(?:گفت|گفته)");
    // A bracketed name opening a line, after the place and day ("القاهرة (رويترز)", "اسلام
    // آباد ۔ 12 مئی (اے پی پی)", "سری نگر (اے این این+اے پی پی)", "کولمبو(اے ایف پی/اسپورٹس
    // ڈیسک)"), or anywhere before a dash or colon; a bracket elsewhere, or after a label, is a
    // photograph's credit or a team's ("تصوير: (رويترز/ محمد)").
    // A dash before the name and a colon after it ("القاهرة - رويترز:"). Slashes around it
    // ("أبوظبي في 5 يناير / وام /", "القاهرة في 24 نوفمبر /أ ش أ/"), and a dash or a slash after
    // the place opening a line ("دمشق-سانا", "إسطنبول/ الأناضول"). The name closing a line of
    // place and date, as SPA's own copy opens ("تبوك 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر
    // 2026 م واس"), and opening a line before the place in brackets ("واس (تبوك)").
    let dateline = format!(
        r"(?mR:^)[^\n(（:]{{0,60}}?(?P<d>[\(（]\s*(?:[^()\n]{{1,20}}?[+/،,]\s*)?(?P<p>{alt})\s*(?:[+/،,]\s*[^()\n]{{1,20}}?)?[\)）])|[\(（]\s*(?P<q>{alt})\s*(?:[/،,\-–+]\s*[^()\n]{{1,30}}?)?\s*[\)）]\s*[-–—ـ:]|[-–—ـ]\s*[«\x22]?(?P<r>{alt})[»\x22]?\s*:|(?mR:^)[^\n/:]{{1,60}}?\s/\s*(?P<s>{alt})\s*/|(?mR:^)[ \t]*[^\s(（:\-–—ـ/.،]+(?:[ \t]+[^\s(（:\-–—ـ/.،]+){{0,2}}[ \t]*[-–—ـ/][ \t]*(?P<t>{alt})[ \t]*(?:[-–—ـ:]|(?mR:$))|(?mR:^)[^\n]{{0,80}}?\d[^\n\d]{{0,12}}?[ \t](?P<ae>{alt})[ \t]*(?mR:$)|(?mR:^)[ \t]*(?P<af>{alt})[ \t]*[\(（][^()\n]{{1,20}}[\)）]|{told_fa}"
    );
    [compiled(&before), compiled(&after), compiled(&dateline)]
}

/// [`arabic_patterns_for`] the outlets of [`ARABIC_OUTLETS`].
pub(super) fn arabic_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| {
        arabic_patterns_for(&alternation(arabic_known().iter().map(|(n, _)| n.as_str())))
    })
}

/// [`arabic_patterns_for`] the outlets known by their Latin names ("بحسب CNN").
pub(super) fn arabic_patterns_latin() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| arabic_patterns_for(&outlet_alternation()))
}

/// [`arabic_patterns_for`] around [`PLACEHOLDER`], for outlets of the corpus in Arabic,
/// Persian or Urdu copy.
pub(super) fn arabic_placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| arabic_patterns_for(PLACEHOLDER))
}

/// Whether a name begins in a script written without spaces, so that it is found anywhere and
/// credited by that script's phrases.
pub(super) fn spaceless_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(crate::text::normalize::spaceless)
}
