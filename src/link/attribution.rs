//! Attribution: where an article says its material came from. A credit in a reporting phrase
//! ("Reuters reported on Sept. 19", "according to the Associated Press", a "(AP) —" dateline,
//! "first reported by") names a source; so does a cited URL. Both orient links (the credited
//! outlet came first) and give a parent to articles whose source is absent from the input.

use crate::ingest::fields::host_of;
use regex::Regex;
use serde::Serialize;
use std::sync::OnceLock;

/// Outlets known by name: (slug, names as written in copy). Wire agencies first; the slug is the
/// lower-case outlet id used in `external:<slug>`.
const OUTLETS: &[(&str, &[&str])] = &[
    // Polish declines it ("według Reutersa").
    (
        "reuters",
        &[
            "Reuters",
            "Thomson Reuters",
            "Reutersa",
            "Reutersowi",
            "Reutersem",
        ],
    ),
    ("ap", &["Associated Press", "AP"]),
    (
        "afp",
        // "By Afp" heads the agency's copy on some sites (the Daily Mail's).
        &["Agence France-Presse", "Agence France Presse", "AFP", "Afp"],
    ),
    ("bloomberg", &["Bloomberg News", "Bloomberg"]),
    (
        "dpa",
        &[
            "Deutsche Presse-Agentur",
            "Deutschen Presse-Agentur",
            "dpa",
            "DPA",
        ],
    ),
    ("xinhua", &["Xinhua News Agency", "Xinhua"]),
    ("upi", &["United Press International", "UPI"]),
    ("tass", &["TASS", "Tass"]),
    ("kyodo", &["Kyodo News", "Kyodo"]),
    ("ani", &["Asian News International", "ANI"]),
    ("pti", &["Press Trust of India", "PTI"]),
    ("ians", &["Indo-Asian News Service", "IANS"]),
    // Vietnam News Agency, Thông tấn xã Việt Nam: "TTXVN" in Vietnamese copy.
    // VietnamPlus is its online paper: "(TTXVN/Vietnam+)" opens its stories.
    (
        "vna",
        &["Vietnam News Agency", "TTXVN", "VNA", "VietnamPlus"],
    ),
    ("app", &["Associated Press of Pakistan", "APP"]),
    ("efe", &["Agencia EFE", "EFE", "Efe"]),
    ("ansa", &["ANSA", "Ansa"]),
    ("yonhap", &["Yonhap News Agency", "Yonhap"]),
    (
        "anadolu",
        &["Anadolu Agency", "Anadolu Ajansı", "Anadolu", "AA"],
    ),
    ("dha", &["Demirören Haber Ajansı", "DHA"]),
    ("anp", &["Algemeen Nederlands Persbureau", "ANP"]),
    (
        "pap",
        &[
            "Polska Agencja Prasowa",
            "Polskiej Agencji Prasowej",
            "Polską Agencją Prasową",
            "PAP",
        ],
    ),
    (
        "interfax",
        &["INTERFAX.RU", "Interfax.ru", "Interfax", "INTERFAX"],
    ),
    ("bbc", &["BBC News", "BBC"]),
    ("cnn", &["CNN"]),
    ("nytimes", &["The New York Times", "New York Times"]),
    (
        "washingtonpost",
        &["The Washington Post", "Washington Post"],
    ),
    ("wsj", &["The Wall Street Journal", "Wall Street Journal"]),
    ("ft", &["Financial Times"]),
    ("guardian", &["The Guardian"]),
    ("politico", &["Politico", "POLITICO"]),
    ("axios", &["Axios"]),
    ("techcrunch", &["TechCrunch"]),
    ("the-record", &["The Record"]),
    (
        "bleepingcomputer",
        &["BleepingComputer", "Bleeping Computer"],
    ),
    ("lusa", &["Agência Lusa", "Lusa"]),
    ("europapress", &["Europa Press", "EUROPA PRESS"]),
    ("adnkronos", &["Adnkronos", "AdnKronos", "ADNKRONOS"]),
    ("agenciabrasil", &["Agência Brasil", "Agencia Brasil"]),
    ("ria", &["RIA Novosti"]),
    ("belga", &["Belga"]),
    ("notimex", &["Notimex"]),
    ("telam", &["Télam", "Telam"]),
    // ANSA's service for Latin America ("ANSA Latina", ansalatina.com) is ANSA.
    ("ansa", &["ANSA Latina"]),
    // Bernama's Malay copy closes with "-- BERNAMA".
    ("bernama", &["Bernama", "BERNAMA"]),
    ("antara", &["Kantor Berita Antara", "ANTARA", "Antara"]),
    ("ukrinform", &["Ukrinform"]),
    ("agerpres", &["Agerpres", "AGERPRES"]),
    // Northern, Central and South-Eastern Europe's agencies ("BTA" alone only in datelines and
    // sign-offs, [`LATIN_DATELINE_ONLY`]).
    ("ntb", &["Norsk Telegrambyrå", "NTB"]),
    ("tt", &["TT Nyhetsbyrån", "Tidningarnas Telegrambyrå", "TT"]),
    ("ritzau", &["Ritzaus Bureau", "Ritzau", "ritzau"]),
    ("stt", &["Suomen Tietotoimisto", "STT"]),
    ("ctk", &["Česká tisková kancelář", "ČTK"]),
    ("mti", &["Magyar Távirati Iroda", "MTI"]),
    ("bta", &["Bulgarian News Agency", "BTA"]),
    (
        "ana-mpa",
        &["Athens-Macedonian News Agency", "ANA-MPA", "ΑΠΕ-ΜΠΕ"],
    ),
    ("tanjug", &["Tanjug", "TANJUG"]),
    ("keystone-sda", &["Keystone-SDA"]),
    ("apa", &["Austria Presse Agentur"]),
    // Press-release distributors: a company's release runs word for word on finance sites,
    // under the distributor's dateline ("--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE) --",
    // "/PRNewswire/ --") and with its copyright line ("Copyright Business Wire 2024").
    ("pr-newswire", &["PR Newswire", "PRNewswire"]),
    ("business-wire", &["Business Wire", "BUSINESS WIRE"]),
    (
        "globenewswire",
        &["GlobeNewswire", "GLOBE NEWSWIRE", "Globe Newswire"],
    ),
    // The Arab world's and Iran's state agencies. "Petra", "MENA" (the region), "SPA" (an
    // Italian company's suffix), "Mehr" (German "more") and "ISNA" (a society) are other
    // things in Latin-script copy: only the agencies' full names stand for them. "Fars" is also
    // a province, named in no reporting phrase.
    ("spa", &["Saudi Press Agency"]),
    ("wam", &["Emirates News Agency", "WAM"]),
    ("qna", &["Qatar News Agency", "QNA"]),
    ("kuna", &["Kuwait News Agency", "KUNA"]),
    ("sana", &["Syrian Arab News Agency", "SANA"]),
    ("petra", &["Jordan News Agency"]),
    ("mena", &["Middle East News Agency"]),
    ("irna", &["Islamic Republic News Agency", "IRNA"]),
    ("tasnim", &["Tasnim News Agency", "Tasnim"]),
    ("fars", &["Fars News Agency", "Fars"]),
    ("mehr", &["Mehr News Agency"]),
    // Short names that are also other things ("SPA", "MENA", "TAP" the airline, "NAN") read
    // only in datelines and sign-offs ([`LATIN_DATELINE_ONLY`]).
    ("spa", &["SPA"]),
    ("mena", &["MENA"]),
    // Africa's agencies, as their own copy and papers' copies of it write them.
    ("map", &["Maghreb Arabe Presse", "MAP"]),
    ("aps", &["Algérie Presse Service", "APS"]),
    (
        "tap",
        &["Agence Tunis Afrique Presse", "Tunis Afrique Presse", "TAP"],
    ),
    // APA, the African press agency, shares its short name with Austria's (and so its slug).
    (
        "apa",
        &[
            "Agence de presse africaine",
            "Agence de Presse Africaine",
            "APA",
        ],
    ),
    ("nan", &["News Agency of Nigeria", "NAN"]),
    ("kna", &["Kenya News Agency", "KNA"]),
    ("sanews", &["SAnews.gov.za", "SAnews"]),
    // Latin America's and Brazil's.
    ("prensa-latina", &["Prensa Latina"]),
    ("andina", &["Agencia Andina", "Andina", "ANDINA"]),
    ("colprensa", &["Colprensa", "COLPRENSA"]),
    ("folhapress", &["Folhapress", "FOLHAPRESS"]),
    (
        "estadao",
        &["Estadão Conteúdo", "Estadao Conteudo", "ESTADÃO CONTEÚDO"],
    ),
    ("noticias-argentinas", &["Noticias Argentinas", "NA"]),
];

/// Agencies' short names that are also words or other bodies' names in Latin-script copy
/// ("SPA" an Italian company's suffix, "MENA" the region, "TAP" Portugal's airline, "NAN" not a
/// number, "NA" not available): they credit only in the forms agencies' copy prints them in,
/// a dateline, a bracket or a sign-off ("Tunis, 24 nov (TAP) -", "Riyadh, November 24, 2026,
/// SPA --", "— SPA", "Fuente: NA"), as [`ARABIC_DATELINE_ONLY`] in Arabic copy.
const LATIN_DATELINE_ONLY: &[&str] = &["SPA", "MENA", "TAP", "NAN", "APA", "NA", "BTA", "ritzau"];

/// Outlets known by name as Russian and Ukrainian copy writes them. Cyrillic letters are no
/// ASCII word characters, so these are found as [`SPACELESS_OUTLETS`] are, and their phrases
/// are their own ([`cyrillic_patterns_for`]); names decline ("по данным Интерфакса").
const CYRILLIC_OUTLETS: &[(&str, &[&str])] = &[
    ("tass", &["ИТАР-ТАСС", "ТАСС"]),
    ("ria", &["РИА Новости", "РИА «Новости»"]),
    ("interfax", &["Интерфакс", "ИНТЕРФАКС", "Інтерфакс"]),
    ("reuters", &["Рейтерс", "Рейтер"]),
    ("afp", &["Франс Пресс", "Франс-Пресс", "АФП"]),
    ("ap", &["Ассошиэйтед Пресс", "Ассошиэйтед пресс"]),
    ("bloomberg", &["Блумберг"]),
    ("xinhua", &["Синьхуа"]),
    ("kyodo", &["Киодо"]),
    ("ukrinform", &["Укрінформ", "Укринформ"]),
    ("unian", &["УНІАН", "УНИАН"]),
    ("belta", &["БелТА"]),
    ("bta", &["БТА"]),
    ("tanjug", &["Танјуг"]),
];

/// Outlets known by name as Chinese, Japanese and Thai copy writes them: (slug, names). These
/// scripts put no space around a name ("据新华社报道", "共同通信によると"), so the names are
/// found anywhere, not as whole words, and the reporting phrases around them are their own
/// ([`spaceless_patterns_for`]).
const SPACELESS_OUTLETS: &[(&str, &[&str])] = &[
    (
        "reuters",
        &["路透社", "路透", "ロイター通信", "ロイター", "รอยเตอร์"],
    ),
    (
        "ap",
        &["美联社", "美聯社", "AP通信", "ＡＰ通信", "ＡＰ", "เอพี"],
    ),
    (
        "afp",
        &[
            "法新社",
            "AFP通信",
            "ＡＦＰ通信",
            "ＡＦＰ時事",
            "ＡＦＰ",
            "フランス通信",
            "เอเอฟพี",
        ],
    ),
    (
        "bloomberg",
        &[
            "彭博社",
            "彭博",
            "ブルームバーグ通信",
            "ブルームバーグ",
            "บลูมเบิร์ก",
        ],
    ),
    ("xinhua", &["新华社", "新華社", "新华网", "新華網", "ซินหัว"]),
    ("tass", &["塔斯社", "タス通信"]),
    ("kyodo", &["共同社", "共同通信社", "共同通信", "เกียวโด"]),
    // Korean writes its words with spaces but fuses particles to them ("연합뉴스에 따르면",
    // according to Yonhap): no word boundary to put after a name, as in these scripts.
    ("yonhap", &["韩联社", "韓聯社", "聯合ニュース", "연합뉴스"]),
];

/// Wire agencies: outlets whose copy others are expected to rewrite (a press-release
/// distributor's copy is the company's release, which others run).
const WIRES: &[&str] = &[
    "reuters",
    "ap",
    "afp",
    "dpa",
    "xinhua",
    "upi",
    "tass",
    "kyodo",
    "ani",
    "pti",
    "ians",
    "vna",
    "app",
    "efe",
    "ansa",
    "yonhap",
    "anadolu",
    "dha",
    "anp",
    "pap",
    "interfax",
    "lusa",
    "europapress",
    "adnkronos",
    "agenciabrasil",
    "ria",
    "belga",
    "notimex",
    "telam",
    "bernama",
    "antara",
    "ukrinform",
    "agerpres",
    "keystone-sda",
    "apa",
    "unian",
    "belta",
    "spa",
    "wam",
    "qna",
    "kuna",
    "sana",
    "petra",
    "mena",
    "bna",
    "ona",
    "irna",
    "isna",
    "tasnim",
    "fars",
    "mehr",
    "pr-newswire",
    "business-wire",
    "globenewswire",
    "map",
    "aps",
    "tap",
    "nan",
    "kna",
    "sanews",
    "prensa-latina",
    "andina",
    "colprensa",
    "folhapress",
    "estadao",
    "noticias-argentinas",
    "ntb",
    "tt",
    "ritzau",
    "stt",
    "ctk",
    "mti",
    "bta",
    "ana-mpa",
    "tanjug",
];

/// Domains whose slug differs from their second-level label.
const DOMAINS: &[(&str, &str)] = &[
    ("apnews.com", "ap"),
    ("ap.org", "ap"),
    ("reuters.com", "reuters"),
    ("afp.com", "afp"),
    ("bloomberg.com", "bloomberg"),
    ("nytimes.com", "nytimes"),
    ("washingtonpost.com", "washingtonpost"),
    ("wsj.com", "wsj"),
    ("ft.com", "ft"),
    ("theguardian.com", "guardian"),
    ("bbc.co.uk", "bbc"),
    ("bbc.com", "bbc"),
    ("cnn.com", "cnn"),
    ("therecord.media", "the-record"),
    ("xinhuanet.com", "xinhua"),
    ("tass.com", "tass"),
    ("app.com.pk", "app"),
    ("prnewswire.com", "pr-newswire"),
    ("businesswire.com", "business-wire"),
    // The Asbury Park Press, not the Associated Press of Pakistan (whose slug its label is).
    ("app.com", "asburyparkpress"),
    // Agencies' own sites under another name: a dump that gives an article's site only by its
    // host (news-please's `source_domain`) names the agency so.
    ("kyodonews.net", "kyodo"),
    ("yna.co.kr", "yonhap"),
    ("news.cn", "xinhua"),
    ("ptinews.com", "pti"),
    ("ianslive.in", "ians"),
    ("aninews.in", "ani"),
    ("antaranews.com", "antara"),
    ("vietnamplus.vn", "vna"),
    ("vnanet.vn", "vna"),
    ("aa.com.tr", "anadolu"),
    ("mapexpress.ma", "map"),
    ("mapnews.ma", "map"),
    ("apanews.net", "apa"),
    ("nannews.ng", "nan"),
    ("kenyanews.go.ke", "kna"),
    ("ansalatina.com", "ansa"),
    ("notimerica.com", "europapress"),
    ("prensa-latina.cu", "prensa-latina"),
    ("plenglish.com", "prensa-latina"),
    ("agenciabrasil.ebc.com.br", "agenciabrasil"),
    ("folha.uol.com.br", "folha"),
    ("ceskenoviny.cz", "ctk"),
    ("amna.gr", "ana-mpa"),
];

/// How an article credits a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CreditKind {
    /// A reporting phrase or dateline in the text.
    Phrase,
    /// A URL cited in the text or its references.
    Url,
    /// A wire agency named as the article's author (a page's author tag or JSON-LD, the
    /// input's `author`, `authors` or `byline` field): papers that strip the agency's dateline
    /// often keep it there ("author": "Reuters").
    Byline,
}

/// One credit found in an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Credit {
    pub outlet: String,
    pub kind: CreditKind,
    /// The sentence or URL that carries the credit.
    pub evidence: String,
    /// Byte span of the evidence in the article text (None for a reference-list URL).
    pub span: Option<(usize, usize)>,
    /// Byte span of the reporting phrase itself ("Reuters reported", "(AP) -"), or of the URL:
    /// whether a copy took its credit from the text it copied shows in whether this span is
    /// inside the shared text (see [`crate::tree`]).
    #[serde(skip)]
    pub phrase: Option<(usize, usize)>,
    /// Where the outlet's name is inside `phrase`, for a reporting phrase: bytes from the
    /// phrase's start to the name, and from the name's end to the phrase's end (phrases are a
    /// few hundred bytes at most; small, as there is a credit or more per article). Two texts
    /// that name the outlet at the same place ("(Reuters) - The volcano" and "according to
    /// Reuters the volcano") share the name, not the credit.
    #[serde(skip)]
    pub name: Option<(u16, u16)>,
}

/// Names as one regex alternation, longest first, so that a name that extends another
/// ("Bloomberg News", "Bloomberg") matches whole.
fn alternation<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut names: Vec<&str> = names.collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

/// The names of a table of outlets (slug, names).
fn names_of(table: &'static [(&str, &[&str])]) -> impl Iterator<Item = &'static str> {
    table.iter().flat_map(|(_, n)| n.iter().copied())
}

/// Every known outlet name as one regex alternation (see [`alternation`]).
fn outlet_alternation() -> String {
    alternation(names_of(OUTLETS))
}

/// What may stand between a reporting phrase and the outlet's name: up to two articles and
/// prepositions, some fused ("selon l'AFP", "riferito dall'Ansa", "citado pela Lusa", "told a
/// Reuters reporter"), then what kind of outlet it is ("die Nachrichtenagentur dpa", "la
/// agencia EFE", "the news agency").
const NAME_LEAD: &str = r#"(?i:(?:(?:the|an?|der|die|das|dem|den|des|einer?|einem|le|la|les|du|au|aux|à|une?|el|los|las|al|una?|il|lo|gli|ad|da|dal|dalla|del|della|alla|sul|sulla|nel|nella|o|os|as|ao|pela|pelo|do|um|uma|de|het)\s+|(?:l|dall|dell|all|nell|sull|d)['’]\s*){0,2}(?:(?:news\s+agency|press\s+agency|newspaper|(?:nachrichten)?agentur|(?:tages)?zeitung|magazin|agence(?:\s+de\s+presse)?|quotidien|journal|hebdomadaire|agencia(?:\s+de\s+noticias)?|diario|periódico|revista|agenzia(?:\s+di\s+stampa)?|quotidiano|giornale|agência(?:\s+de\s+notícias)?|jornal|diário|semanário|persbureau|nieuwsdienst|krant|dagblad|omroep|agencja|agencji|agencją|agencję|dziennik|dziennika|dziennikowi|gazeta|gazety|gazecie|portal|portalu|portalowi|serwis|serwisu|stacja|stacji|tygodnik|tygodnika|kantor\s+berita|harian|surat\s+kabar|situs(?:\s+berita)?)\s+)?)(?:[„“"«‹‚]\s?)?"#;

/// Reporting phrases before the name in German, French, Spanish, Italian and Portuguese copy:
/// "laut dpa", "berichtete die Nachrichtenagentur Reuters", "selon l'AFP", "a rapporté
/// l'Agence France-Presse", "según informó EFE", "de acuerdo con El País", "secondo quanto
/// riferisce l'Ansa", "come riporta il Corriere della Sera", "segundo a Lusa", "disse à Lusa";
/// since the twenty-sixth session Dutch, Polish, Indonesian and Turkish too: "volgens ANP",
/// "meldt persbureau ANP", "zei hij tegen de NOS", "według Reutersa", "jak podała PAP", "za
/// PAP", "menurut Antara", "seperti dilansir Reuters", "kata dia kepada Antara", "Kaynak: AA".
/// Case-insensitive; the verbs of saying before a preposition are "told" ("sagte der dpa", "a
/// déclaré à l'AFP", "ha detto all'Ansa").
const LATIN_BEFORE: &str = r"laut|erfuhr|erfuhren|erschien\s+(?:zuerst\s+)?(?:in|bei|im)|zuerst\s+erschienen\s+(?:in|bei|im)|unter\s+Berufung\s+auf|nach\s+(?:Angaben|Informationen)\s+(?:der|des|von)|(?:einem\s+)?Bericht\s+(?:der|des|von)|gegenüber|berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zitiert|zitierte|(?:sagte|sagten|erklärte|bestätigte)(?:\s+(?:er|sie|es))?|selon|d['’]après|confrères|(?:initialement\s+)?(?:publié|paru)e?\s+(?:dans|par|sur)|cit[ée]e?s?\s+par|a\s+appris|(?:a\s+)?(?:rapporté|indiqué|écrit|révélé|précisé|affirmé|déclaré|confié|expliqué|raconté|assuré)|rapporte|rapportent|rapportait|indique|(?:l['’]\s*|\s)écrit|révèle|précise|según(?:\s+(?:informó|informa|informaron|publica|publicó|recoge|recogió|reporta|reportó|indicó|indica|señala|señaló|adelantó|adelanta|difundió|ha\s+informado|ha\s+publicado))?|de\s+acuerdo\s+con|con\s+informaci(?:ón|ones)\s+de|ha\s+(?:publicado|informado|adelantado|revelado)|citad[oa]s?(?:\s+por)?|publicad[oa]s?\s+(?:por|en|no|na)|informa|informó|publica|publicó|recoge|recogió|reportó|adelantó|difundió|(?:dijo|declaró|explicó|aseguró|confirmó|precisó)|secondo(?:\s+quanto\s+(?:riporta|riferisce|scrive|riportato|riferito|scritto|appreso|diffuso))?|come\s+(?:riporta|riferisce|scrive|rivela|ha\s+riportato|ha\s+riferito|ha\s+scritto|riportato|riferito)|riporta|riferisce|scrive|rivela|fa\s+sapere|rende\s+noto|si\s+legge|ha\s+(?:riportato|riferito|scritto|rivelato)|(?:riportat|riferit|citat)[oaie](?:\s+da)?|(?:ha\s+)?(?:detto|dichiarato|spiegato|confermato)|segundo|de\s+acordo\s+com|com\s+informações(?:\s+de)?|conforme|informou|noticiou|noticia|avançou|avança|escreve|escreveu|revelou|divulgou|publicou|relatou|adiantou|(?:disse|afirmou|declarou|explicou|confirmou)|volgens|aldus|zo\s+(?:meldt|meldde|schrijft|schreef|bericht|berichtte)|meldt|meldde|melden|schrijft|schreef|bericht|berichtte|berichten|bron\s?:|verscheen(?:\s+(?:eerder|eerst|oorspronkelijk))?\s+(?:in|bij|op)|(?:zei|zegt|zeiden|zeggen|vertelde|vertelt|verklaarde|liet\s+weten|laat\s+weten)(?:\s+\S+){0,3}?\s+(?:tegen|aan)|według|wg\.?|jak\s+(?:podaje|podała|podał|podają|poinformowała|poinformował|poinformowały|informuje|pisze|napisała|napisał|ustaliła|ustalił|dowiedziała\s+się|dowiedział\s+się|przekazała|przekazał)|podaje|podała|podał|poinformowała|poinformował|informuje|pisze|napisała|napisał|donosi|za(?:\s+(?:portalem|serwisem|dziennikiem|gazetą|tygodnikiem|stacją))?|(?:powiedział[a]?|powiedzieli|przekazał[a]?|mówi|mówił[a]?)(?:\s+w\s+rozmowie\s+z)?|w\s+rozmowie\s+z|menurut(?:\s+laporan)?|dikutip\s+dari|(?:seperti|sebagaimana)\s+(?:dikutip|dilansir|diberitakan|dilaporkan|diwartakan)(?:\s+(?:dari|oleh))?|dilansir(?:\s+dari)?|melansir|mengutip|(?:telah\s+)?tayang\s+(?:di|pertama\s+di)|(?:kata|ujar|ucap|tutur|jelas|mengatakan|menyatakan|menjelaskan|mengungkapkan|menuturkan|berbicara)(?:\s+\S+){0,3}?\s+kepada|kaynak\s?:|rep[oó]rter\s+d[ao]|theo|ifølge|enligt|podle|potrivit|melder|meldte|skriver|skrev|uppger|uppgav|rapporterar|oplyser|kertoo|kertoi|prenosi|prenose|javlja|javljaju|prema\s+pisanju|(?:közölte|nyilatkozta|mondta)\s+az?";

/// Greek reporting phrases before a name ("σύμφωνα με το ΑΠΕ-ΜΠΕ", "δήλωσε στο ΑΠΕ-ΜΠΕ"): outside
/// [`LATIN_BEFORE`]'s group, whose ASCII word boundary never holds before a Greek letter.
const GREEK_BEFORE: &str =
    r"(?:σύμφωνα\s+με|(?:δήλωσε|είπε|ανέφερε|μετέδωσε|αναφέρει|μεταδίδει))\s+(?:στ|τ)(?:ο|ην|ον|η)";

/// What Turkish writes between a name and its reporting verb: a case ending after an apostrophe
/// (genitive "'ın", "'nın", dative "'a", "'ya", ablative "'dan", "'tan"), and what kind of
/// outlet it is, declined ("gazetesi", "gazetesinin", "ajansının", "muhabirine").
const TURKISH_TAIL: &str = r"(?:['’](?:n?[ıiuü]n|y?[ae]|[dt][ae]n|[dt][ae]|y?[ıiuü]))?(?:\s+(?:gazetesi|ajansı|televizyonu|sitesi|muhabiri)(?:n?[ıiuü]n|n?[ae])?)?";

/// Finnish writes a case ending after a colon on an abbreviation: "STT:n mukaan" (according to
/// STT), and "sanoo toimitusjohtaja STT:lle" (says the chief executive to STT), the quote an
/// agency's reporter took, as "told Reuters" is; on a known name read as a word, the ending is
/// joined to it: "Reutersin mukaan", "Xinhuan mukaan", "kertoi Reutersille" (see
/// [`finnish_case`]).
const FINNISH_TAIL: &str = r":?(?:i?lle|i?n[ \t]+mukaan)(?-u:\b)";

/// Reporting verbs after the name, in the same languages (and Turkish, whose phrases mostly
/// follow the name: "AA'nın haberine göre", "Reuters'a konuşan", "Sözcü yazdı"): "dpa zufolge", "wie die
/// Nachrichtenagentur dpa berichtete", "Le Monde rapporte", "El País publicó", "l'Ansa
/// riferisce", "a Folha noticiou".
const LATIN_AFTER: &str = r"berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zufolge|hat\s+berichtet|hatte\s+berichtet|rapporte|a\s+rapporté|rapportait|indique|a\s+indiqué|écrit|a\s+écrit|révèle|a\s+révélé|informó|informa|ha\s+informado|publicó|publica|ha\s+publicado|reportó|reveló|ha\s+revelado|adelantó|adelanta|recoge|recogió|difundió|riporta|ha\s+riportato|riferisce|ha\s+riferito|scrive|ha\s+scritto|rivela|ha\s+rivelato|rende\s+noto|fa\s+sapere|noticiou|noticia|informou|avançou|avança|revelou|escreveu|divulgou|publicou|relatou|adiantou|meldt|meldde|meldden|schrijft|schreef|bericht|berichtte|maakte\s+bekend|podaje|podała|podał|poinformowała|poinformował|informuje|pisze|napisała|napisał|ustaliła|ustalił|dowiedziała\s+się|dowiedział\s+się|melaporkan|memberitakan|mewartakan|haberine\s+göre|aktardığına\s+göre|bildirdiğine\s+göre|göre|konuşan|açıklama\s+yapan|muhabirine|yazdı|duyurdu|donosi|yazdığına\s+göre|aldığı\s+bilgiye\s+göre|yaptığı\s+açıklamada|yayımlandı|yayınlandı|melder|meldte|skriver|skrev|uppger|uppgav|rapporterar|oplyser|kertoo|kertoi|informovala|informoval|uvedla|szerint|írja|informează";

/// The reporting-phrase patterns for the outlets known by name. No word boundary ends a name:
/// the name found is checked to be the name matched, and found as a whole word (see
/// [`name_hits`]), and an ASCII boundary never holds after a name ending in another Latin
/// letter ("Anadolu Ajansı'nın"). Word boundaries before a phrase are ASCII (`(?-u:\b)`): a
/// Unicode `\b` makes the regex crate's DFA give up at the first
/// non-ASCII byte and rescan with its slow NFA simulation after every match, which took 96 s on
/// a 95 MB article with a few curly quotes. No boundary ends a reporting verb: an ASCII one
/// never holds after "informó", and a Unicode one, even in the window around a name these
/// patterns see, made the regex crate find captures with its slowest engine.
fn patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| patterns_for(&outlet_alternation()))
}

/// The same patterns around [`PLACEHOLDER`], which stands for an outlet of the corpus: the
/// window around a corpus outlet's name is matched with the name replaced by it, so that one
/// set of patterns serves any number of names.
fn placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| patterns_for(PLACEHOLDER))
}

/// A capitalised ASCII word no text uses, so the patterns treat it as a name; a text that does
/// contain it is only matched at the place where the name was put.
const PLACEHOLDER: &str = "Zqxoutletnamezq";

/// The three reporting-phrase patterns (before the name, after it, dateline) for the outlet
/// names in the regex alternation `alt`.
/// A capital letter, and a letter, of the Latin, Greek and Cyrillic scripts (with IPA letters
/// and modifier letters such as the ʻokina) as a class item: the names in bylines, sign-offs and
/// datelines around a Latin outlet name ("ΑΘΗΝΑ, 5 Μαρτίου (AFP)", "By Мария Иванова, Reuters").
/// `\p{Lu}` and `\p{L}` of every script, repeated as the names are, made the Latin patterns
/// take 0.1 s to build and hold several times the DFA states.
const UPPER: &str = r"[\p{Lu}&&[\x00-\x{52F}\x{1E00}-\x{1FFF}]]";
const LETTER: &str = r"[\p{L}&&[\x00-\x{52F}\x{1E00}-\x{1FFF}]]";

fn patterns_for(alt: &str) -> [Regex; 3] {
    // Turkish puts a case ending after an apostrophe ("Reuters'a konuşan", "AA'nın haberine
    // göre") and what kind of outlet it is after the name ("Hürriyet gazetesinin haberine
    // göre"). A site running an agency's story keeps its copyright line ("Copyright 2024 The
    // Associated Press. All rights reserved."), and a story written with another newsroom's
    // help says so ("Reuters contributed to this report").
    let outlet =
        format!(r#"{NAME_LEAD}(?P<o>{alt})(?:\s?[“”"»›‘’])?(?:\s+news\s+agency|\s+reporters?)?"#);
    // Spaces between words on one line may be non-breaking ones, as pages print a byline
    // ("By&nbsp;JOSH BOAK"): `[ \t]` throughout.
    // A person's name on one line (capitalised words), and with where they wrote from: "the
    // Associated Press writers Jane Doe in Chicago and John Roe contributed to this report".
    let person = format!(r"{UPPER}[{LETTER}.’'-]*(?:[ \t]+{UPPER}[{LETTER}.’'-]*){{0,3}}");
    let staff = format!(r"{person}(?:[ \t]+in[ \t]+{person})?");
    let before = format!(
        r"(?:(?-u:\b)(?i:according\s+to|reported\s+by|first\s+reported\s+by|(?:with\s+)?additional\s+reporting\s+by|with\s+reporting\s+by|as\s+reported\s+by|told|(?:speaking|talking)\s+to|in\s+an\s+interview\s+with|citing|cited\s+by|via|per|report\s+by|(?:report|story|article)\s+(?:from|in|by)|(?:source|quelle|fonte|fuente|sumber)\s?:|(?:first|originally)\s+(?:appeared|published|ran)\s+(?:in|on|by)|appeared\s+first\s+(?:in|on)|(?:said|wrote|told)\s+(?:in\s+an?\s+\w+\s+)?(?:to|with)|{LATIN_BEFORE})|[Źź]ródło\s?:|{GREEK_BEFORE}|(?mR:^)[ \t]*(?:Por|POR)|(?mR:^)[ \t]*(?:(?i:copyright)(?:\s+©)?|©|\([cC]\))\s*\d{{4}})\s+{outlet}"
    );
    let after = format!(
        r"(?-u:\b){outlet}{TURKISH_TAIL}(?:\s+(?i:reported|reports|has\s+reported|had\s+reported|first\s+reported|was\s+first\s+to\s+report|said\s+in\s+a\s+report|wrote|revealed|broke\s+the\s+news|news\s+agency\s+reported|(?:has\s+|had\s+)?learned|{LATIN_AFTER})|{FINNISH_TAIL}|[ \t]+(?i:contributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting(?:\s+from\s+{UPPER}[{LETTER}-]*(?:\s+{UPPER}[{LETTER}-]*)?)?)[ \t]*(?:[.;)]|(?mR:$))|(?:witness(?:es)?|correspondents?|journalists?|reporters?|photographers?|cameraman)\s+(?:said|saw|reported|counted|witnessed)|(?:tally|calculations?)\s+(?:shows?|showed|found)|(?i:writers?|correspondents?|journalists?|staff(?:[ \t]+writers?)?|reporters?)[ \t]+{staff}(?:(?:[ \t]*,|[ \t]+(?i:and)|[ \t]*,[ \t]*(?i:and))[ \t]+{staff}){{0,3}}[ \t]+(?i:contributed(?:[ \t]+(?:to[ \t]+(?:this|the)[ \t]+(?:report|story|article)|reporting(?:[ \t]+from[ \t]+{person})?))?)[ \t]*(?:[.;)]|(?mR:$))))"
    );
    // "(AFP) -", "(EFE).-", a regional service after the agency ("(dpa/lby) -"), and the
    // agency in brackets opening a line or after a dash ("(ANSA) - ROMA", "ROMA - (ANSA)",
    // "(dpa/lby)"), or with its service's code alone on a line, as dpa's copy closes
    // ("dpa/lby"; a code in small letters: "AFP/Getty Images" credits a photograph), and
    // Lusa's as Portuguese papers close it ("Lusa", "DN/Lusa", "Lusa/Fim"), and VNA's as
    // Vietnamese papers do ("TTXVN"); a service may be a brand ("(TTXVN/Vietnam+) -").
    // A bracketed name closing a line's opening place and day with no dash after it
    // ("MADRID, 12 (EUROPA PRESS)", "ALGECIRAS (CÁDIZ), 12 (EUROPA PRESS)", "New Delhi, Nov 24
    // (PTI) The", as PTI's and IANS's copy opens): the bracket is the phrase, as it is with a
    // dash.
    // The sign-off of a story written with an agency's copy: "(avec AFP)", "(mit dpa)", "(con
    // EFE)", "(com Lusa)", "(met ANP)", "(with AP)", "Mit Material von dpa", in brackets or as
    // a line of its own, and so "Source AFP" and the agency's full name closing the story
    // ("Agencia EFE").
    // What may join names in a sign-off, a name there (capitalised words), and the words that
    // open one ("(With inputs from PTI)", or on a line of its own).
    let and = r"\s*(?:,|/|\s(?:et|und|y|e|en|and))\s*";
    let name = format!(r"{UPPER}[{LETTER}.’'-]*(?:\s{UPPER}[{LETTER}.’'-]*){{0,3}}");
    // The names after the first in a sign-off, an article allowed ("avec AFP et l'AP"): in
    // brackets they may wrap ("(avec AFP et\nReuters)"), on a line of their own not (the next
    // line is a footer's, not the sign-off's).
    let more = format!(r"(?P<rm>(?:{and}(?:(?i:the)\s+|l['’]\s*)?{name}){{1,3}})?");
    let line_more = |group: &str, and: &str| {
        format!(r"(?P<{group}>(?:{and}(?:(?i:the)[ \t]+|l['’][ \t]*)?{person}){{1,3}})?")
    };
    let line_and = r"[ \t]*(?:,|/|&|[ \t](?:et|und|y|e|en|(?i:and)))[ \t]*";
    let sign = r"(?i:avec|mit|con|com|met|with(?:\s+inputs?\s+from)?)";
    // A byline naming the agency on a line of its own ("By The Associated Press", "By JOSH
    // BOAK, Associated Press", "By Jane Doe and John Roe | Reuters"), on the line after the
    // writers' ("By JOSH BOAK\nAssociated Press"), or with the writer's title ("By JOSH BOAK,
    // AP Economics Writer", where AP's copy may leave out the comma: "By JOSH BOAK AP
    // Economics Writer"); and the agency's name after an en or em dash, or two hyphens, on a
    // line of its own, closing its story ("— The Associated Press", "—AFP", "-- AFP", "—
    // Reuters, AFP"; one hyphen opens list items). Wire agencies only, where stories put them
    // (see [`wire_only`], [`placed_as_such`]): a paper's own staff sign their stories so too.
    let title = format!(
        r"(?:[ \t]*,)?[ \t]+(?P<vt>(?:{UPPER}[{LETTER}]*[ \t]+){{0,3}}(?i:{}|staff(?:[ \t]+writer)?)s?)",
        WRITER_TITLES.join("|")
    );
    // Some sites print a dash or a colon after "By" ("By — Josh Boak, Associated Press", "By:
    // Associated Press"), a corps member's program after the agency ("Associated Press/Report
    // for America"), or the day after the byline ("By Josh Boak - Associated Press - Tuesday,
    // March 5, 2024").
    let month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?";
    let day = format!(
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+\d|{month}[ \t]+\d|\d{{1,2}}[ \t]+{month}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:Last[ \t]+)?(?:Published|Updated|Posted|Modified)[:,]?[ \t])[^\n]{{0,60}}"
    );
    let byline = format!(
        r"(?mR:^)[ \t]*(?:By|BY)(?::|[ \t]+[–—])?[ \t]+(?:{person}(?:(?:[ \t]*,|[ \t]+(?i:and)|[ \t]*&)[ \t]+{person}){{0,3}}(?P<vs>[ \t]*(?:,|\||[-–—])[ \t]*|[ \t]*,?[ \t]*(?:\r?\n[ \t]*){{1,2}}|[ \t]+))??(?:(?i:the)[ \t]+)?(?P<v>{alt})(?:[ \t]*/[ \t]*Report[ \t]+for[ \t]+America)?(?:{title})?(?:(?:[ \t]+[-–—|]|[ \t]*,)[ \t]+{day})?[ \t]*\.?[ \t]*(?mR:$)"
    );
    let dash_line = format!(
        r"(?mR:^)[ \t]*(?:[–—]+|--)[ \t]*(?:(?i:the)[ \t]+)?(?P<w>{alt}){}[ \t]*\.?[ \t]*(?mR:$)",
        // No slash: "— AFP/Getty Images" credits a photograph.
        line_more("wm", r"(?:[ \t]*,|[ \t]+(?i:and)|[ \t]*&)[ \t]+")
    );
    // "With AFP" closing a story on a line of its own (capitalised: hard-wrapped running text
    // puts "with Reuters." at a line's start too).
    let with_line = format!(
        r"(?mR:^)[ \t]*(?:With|WITH)[ \t]+(?:(?i:the)[ \t]+)?(?P<x>{alt}){}[ \t]*\.?[ \t]*(?mR:$)",
        line_more("xm", line_and)
    );
    let (rm, sm) = (more, line_more("sm", line_and));
    // A press-release distributor's slashes ("NEW YORK, March 5, 2024 /PRNewswire/ --"), and
    // dpa's copyright line ("© dpa-infocom, dpa:240305-99-…", where the name is the story's
    // number's; one with the year after the name is [`copyright_hits`]'s).
    // Each form is its outlet's alone, so it names that outlet, not the whole alternation (each
    // copy of which costs the pattern's automaton states).
    let slashes = r"/[ \t]*(?P<y>PRNewswire|PR Newswire)[ \t]*/[ \t]*[-–—]";
    let copyright = r"(?mR:^)[ \t]*©[ \t]*dpa-infocom,[ \t]*(?P<zi>dpa):\d{6}";
    // An agency's name alone on the story's last line, or after a hyphen or a slash, or
    // between slashes or after a copyright sign in brackets ("APS", "Colprensa", "- Bernama",
    // "/IRNA", "/ritzau/", "(©NTB)"), as papers in Africa, Latin America, Asia and the North
    // close agency copy: a wire agency's only, placed as a sign-off is ([`placed_as_such`]).
    // So also the paper's name before the slash ("The Peninsula / QNA"), and a word after the
    // agency's ("QNA/Doha", its place, heading Qatari papers' copy; "Lusa/Fim").
    let bare_line = format!(
        r"(?mR:^)[ \t]*(?P<wd>(?P<wn>{name}[ \t]*)?/[ \t]*|-[ \t]*|\(©[ \t]*)?(?P<wb>{alt})(?P<wc>/{UPPER}[{LETTER}]+)?[ \t]*[/)]?\.?[ \t]*(?mR:$)"
    );
    // The place, the day and the agency's name before a dash ("Riyadh, November 24, 2026, SPA
    // --", "Tehran, IRNA -"), and a place in capitals with the agency's bracket closed by a
    // full stop ("BOGOTÁ (Colprensa). El", as the place-and-day form below reads "Lima, nov.
    // 24 (ANDINA). El").
    let comma_dateline = format!(
        r"(?mR:^)[ \t]*{UPPER}[{LETTER}.'’ -]{{0,30}},(?:[ \t]*[^\n,()]{{1,25}},){{0,2}}[ \t]*(?P<ta>{alt})[ \t]*(?:--|[-–—])[ \t]*{UPPER}"
    );
    // The agency's name joined to its place by a hyphen, the country after it in brackets
    // ("APA-Dakar (Sénégal) -", as the African press agency opens its copy).
    let joined_dateline = format!(
        r"(?mR:^)[ \t]*(?P<tj>{alt})-{UPPER}[{LETTER}'’]+(?:[ \t]{UPPER}[{LETTER}'’]+)?[ \t]*\([^()\n]{{1,20}}\)[ \t]*[-–—]"
    );
    // A place of one or two capitalised words and the bracket, the story's first word after
    // ("Kramfors (TT) Akutmottagningen", as TT's copy opens), the agency between slashes
    // before a dash ("Sibiu, 24 nov /AGERPRES/ -"), and a source named in brackets ("(sursa:
    // AGERPRES)").
    let place_dateline = format!(
        r"(?mR:^)[ \t]*{UPPER}[{LETTER}'’-]+(?:[ \t]+{UPPER}[{LETTER}'’-]+)?[ \t]+\((?P<tp>{alt})\)[ \t]+{UPPER}|/(?P<tl>{alt})/[ \t]*[-–—]|\((?i:sursa|source|fuente|fonte|zdroj|forrás|izvor|kilde|källa|lähde)[ \t]*:[ \t]*(?P<ts>{alt})\)"
    );
    let caps_dateline = format!(
        r"(?mR:^)[ \t]*{UPPER}(?:{UPPER}|[ .'’-]){{1,30}}[ \t]*\((?P<tb>{alt})\)\.?(?:[ \t]+{UPPER}|[ \t]*(?mR:$))"
    );
    let dateline = format!(
        r"{byline}|{dash_line}|{with_line}|{bare_line}|{comma_dateline}|{caps_dateline}|{joined_dateline}|{place_dateline}|{slashes}|{copyright}|\((?P<o>{alt})(?:/[\w+-]{{1,12}}){{0,3}}\)\s*\.?\s*[-–—:]|(?mR:^)[ \t]*(?:Autor(?:ka|zy)?:[ \t]*{person}[ \t]*)?\((?P<p>{alt})(?:/[\w-]{{1,12}}){{0,3}}\)|(?mR:^)[ \t]*(?P<pc>dpa)(?:/[a-z]{{2,4}}){{1,3}}[ \t]*(?mR:$)|(?mR:^)[ \t]*(?:[A-Z]{{1,5}}/)?(?P<pl>Lusa|TTXVN)(?:/(?:Fim|FIM))?[ \t]*(?mR:$)|[-–—][ \t]*\((?P<q>{alt})\)|\(\s*{sign}\s+(?:l['’]\s*)?(?P<r>{alt}){rm}\s*\)|(?mR:^)[ \t]*(?:(?i:mit\s+material\s+(?:von|der|des)|(?:with\s+)?(?:additional\s+)?reporting\s+by|with\s+inputs?\s+from|con\s+informaci[oó]n\s+de)|(?:Source|SOURCE|Fuente|FUENTE|Fonte|FONTE|Zdroj|Forrás|Izvor|Πηγή|Källa|Kilde|Lähde|Sursa)(?:[ \t]*:)?|Agencia|Agenzia|(?:(?:{name}\s+)?(?i:avec)|{name}[ \t]+(?i:with))(?:\s+l['’])?)\s*(?P<s>{alt}){sm}[ \t]*\.?[ \t]*(?mR:$)|(?mR:^)[ \t]*{UPPER}[{LETTER}.'’ -]{{0,30}}(?:\s*\([^()\n]{{1,20}}\))?,\s*(?:\d{{1,2}}(?:\s+[{LETTER}]{{2,10}}\.?)?|[{LETTER}]{{3,9}}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*(?P<d>\((?P<t>{alt})\))(?:[ \t]*(?:\n|\z)|[ \t]+[^-–—:\s.]|\.[ \t]+{UPPER})"
    );
    [compiled(&before), compiled(&after), compiled(&dateline)]
}

/// Bytes of lazy-DFA state each thread may keep for one reporting-phrase pattern. The
/// patterns hold every known name several times over, with letter classes counted up to 30
/// deep around them, and with the regex crate's default of 2 MiB the cache was cleared over
/// and over until the crate gave up on the DFA and ran its slowest engine instead: credit
/// finding on generated English ran at 136 MiB/s against 387 before the sign-off and dateline
/// forms came in, and the whole sketch stage took half as long again. With the narrower letter
/// classes of [`UPPER`] and [`LETTER`] it runs at 230 MiB/s at 2 MiB and about 360 at 16 MiB
/// (`cargo bench --bench credits`); the cache grows only as far as the texts need it.
const PATTERN_DFA_BYTES: usize = 16 << 20;

/// A reporting-phrase pattern, with room for its DFA (see [`PATTERN_DFA_BYTES`]).
fn compiled(pattern: &str) -> Regex {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(PATTERN_DFA_BYTES)
        .build()
        .unwrap()
}

/// The reporting phrases of Chinese, Japanese and Thai around the outlet names in `alt`, in the
/// order of [`patterns_for`]: before the name (据 "according to", 援引 "citing", 来源 "source",
/// ตามรายงานของ "according to the report of", อ้างอิงจาก "citing"), after it (报道 "reported",
/// 消息 "news", によると "according to", が報じた "reported", รายงาน "reported"), and datelines
/// (新华社北京3月14日电, a name in brackets with its place and day: （新华社）, ［東京 14日 ロイター］,
/// 【ワシントン共同通信】). No word boundaries: these scripts have none to put around a name.
fn spaceless_patterns_for(alt: &str) -> [Regex; 3] {
    let outlet = format!(r"(?P<o>{alt})");
    let before = format!(
        r"(?:据|據|援引|引述|来自|來自|(?:来源|來源|出典|ที่มา)\s*[:：]?|ตามรายงานของ|อ้างอิงจาก|อ้างอิง|รายงานจาก|저작권자\s*(?:\([cC]\)|ⓒ|©))\s*(?:สำนักข่าว)?\s*{outlet}"
    );
    // A few characters may come between a Chinese name and its verb ("路透社14日报道"), and a
    // Japanese sentence may put its whole report between them ("ロイター通信は14日、…と報じた").
    let after = format!(
        r"{outlet}(?:[^\s，,。、\n]{{0,12}}?(?:报道|報道|消息|称|稱|披露)|\s*(?:によると|によれば|が報じた|が伝えた|の報道によると)|は[^。\n]{{0,40}}?と(?:報じた|伝えた)|\s*(?:รายงาน|เปิดเผย|ระบุ)|(?:에\s*따르면|의\s*보도에\s*따르면|(?:이|가|는)\s*(?:보도했다|전했다)))"
    );
    // The name is a second group in the bracketed form, as the regex crate takes each group
    // name once (see [`outlet_of`]). "电" (a dispatch) must end its word: 新华社电视台 is
    // Xinhua's television.
    let dateline = format!(
        r"{outlet}[^\s，,。\n]{{0,12}}?电(?:[\s（(]|$)|[（(［\[【]\s*[^）)］\]】\n]{{0,16}}?(?P<p>{alt})\s*[）)］\]】]"
    );
    [compiled(&before), compiled(&after), compiled(&dateline)]
}

/// The outlet name a reporting-phrase pattern matched: its group `o`, or `p` or `q` in a
/// pattern of several forms.
fn outlet_of<'h>(cap: &regex::Captures<'h>) -> Option<regex::Match<'h>> {
    cap.name("o")
        .or_else(|| cap.name("p"))
        .or_else(|| cap.name("q"))
        .or_else(|| cap.name("r"))
        .or_else(|| cap.name("s"))
        .or_else(|| cap.name("t"))
        .or_else(|| cap.name("u"))
        .or_else(|| cap.name("v"))
        .or_else(|| cap.name("w"))
        .or_else(|| cap.name("x"))
        .or_else(|| cap.name("pc"))
        .or_else(|| cap.name("pl"))
        .or_else(|| cap.name("y"))
        .or_else(|| cap.name("zi"))
        .or_else(|| cap.name("wb"))
        .or_else(|| cap.name("ta"))
        .or_else(|| cap.name("tb"))
        .or_else(|| cap.name("tj"))
        .or_else(|| cap.name("tp"))
        .or_else(|| cap.name("tl"))
        .or_else(|| cap.name("ts"))
        .or_else(|| cap.name("ae"))
        .or_else(|| cap.name("af"))
}

/// Whether a pattern's match credits only a wire agency: a byline or a closing line naming
/// the outlet (see [`patterns_for`]), which a paper's own staff write too.
fn wire_only(cap: &regex::Captures<'_>) -> bool {
    cap.name("v").is_some()
        || cap.name("w").is_some()
        || cap.name("x").is_some()
        || cap.name("wb").is_some()
}

/// Whether a byline or closing line matched at `start..end` of `text` stands where a story's
/// byline or sign-off does: a byline among the first lines, no other "By" line beside it (a
/// menu: "Sort\nBy Reuters\nBy Date"); a closing line last, after a sentence's end (not a
/// list's item or a label: "Sources:\n— AFP\n— Reuters"). Other matches stand anywhere.
fn placed_as_such(cap: &regex::Captures<'_>, text: &str, start: usize, end: usize) -> bool {
    let byline = cap.name("v").is_some();
    if !byline && cap.name("w").is_none() && cap.name("x").is_none() && cap.name("wb").is_none() {
        return true;
    }
    if !byline_reads_so(cap) {
        return false;
    }
    // Lines are looked at only as far as the first non-blank one each way (and, for a byline,
    // the fourth before it): a text of a million such lines costs each match a line or two.
    let mut before = text[..start]
        .lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    let previous = before.next();
    let after = text[end..].lines().map(str::trim).find(|l| !l.is_empty());
    let by = |l: &str| {
        ["By ", "BY ", "By:", "BY:"]
            .iter()
            .any(|b| l.starts_with(b))
    };
    if byline {
        // A byline per writer, each naming the agency ("By — Josh Boak, Associated Press\nBy —
        // Zeke Miller, Associated Press"), is no menu ("By Reuters\nBy Date").
        let agency = cap.name("v").map_or("", |m| m.as_str());
        let other_by = |l: &str| by(l) && !l.contains(agency);
        return before.nth(2).is_none()
            && !previous.is_some_and(other_by)
            && !after.is_some_and(other_by);
    }
    // The agency's name alone may also head the copy, as a byline does ("TT", "STT", "ČTK"
    // over Nordic and Czech papers' agency copy), and with its place ("QNA/Doha").
    let heads = cap.name("wb").is_some()
        && cap.name("wd").is_none()
        && previous.is_none()
        && after.is_some();
    // A name and a slash around a picture agency's are a photograph's credit ("John Doe/AFP",
    // "Reuters/Stringer", "AFP/File").
    let picture = || {
        cap.name("wb")
            .and_then(|m| slug_for_name(m.as_str()))
            .is_some_and(|slug| PICTURE_AGENCIES.contains(&slug))
    };
    if (cap.name("wn").is_some() || cap.name("wc").is_some()) && picture() {
        return false;
    }
    // Two letters alone closing a text are as often someone's initials ("— AP"); a short name
    // after one hyphen opens a list's item as often ("- AFP").
    if !heads
        && cap
            .name("w")
            .or_else(|| cap.name("x"))
            .or_else(|| cap.name("wb"))
            .is_some_and(|m| m.as_str().chars().count() <= 2)
    {
        return false;
    }
    if cap.name("wd").is_some_and(|d| d.as_str().starts_with('-'))
        && cap
            .name("wb")
            .is_some_and(|m| m.as_str().chars().count() < 5)
    {
        return false;
    }
    // The world's picture agencies' names alone under a story are a photograph's credit as
    // often as a sign-off ("Agence France-Presse", "The Associated Press"); the regional
    // agencies' are their sign-offs (Algerian papers' "APS", Brazilian "Estadão Conteúdo").
    if cap.name("wd").is_none() && picture() {
        return false;
    }
    // After the story's last sentence, not after a label or a list's item ("Photo credit",
    // "Sources:", "- Reuters").
    let sentence_end = |l: &str| {
        !l.starts_with(['-', '–', '—', '•', '*', '·'])
            && l.ends_with(['.', '!', '?', '"', '”', '’', '»', ')', '…'])
    };
    after.is_none() && previous.is_some_and(sentence_end) || heads
}

/// Wire agencies whose photographs papers everywhere print with the agency's name alone under
/// them (see [`placed_as_such`]).
const PICTURE_AGENCIES: &[&str] = &["afp", "ap", "reuters"];

/// Whether a byline match (group `v`) names the agency the writers work for, by how its
/// writers and the agency are set apart (`vs`):
/// - with only a space between, the writer's title must follow ("By JOSH BOAK AP Economics
///   Writer"), or the writers be in capitals before an agency's name that is not ("By JOSH BOAK
///   and FATIMA HUSSEIN Associated Press"): "By Jane Doe Reuters" may be anything;
/// - on the line after, the writers' line must be names alone: "By Jane Doe, Staff Writer\nAFP"
///   and "By The Numbers\nReuters" put a photograph's credit after a byline, and so may two
///   letters ("By JANE DOE\nAP");
/// - a hyphen joined to the word before it is that word's ("By Jane Doe, Ex-Reuters
///   Correspondent"), and a former employer is no employer ("By Jane Doe, Former AP Executive
///   Editor").
///
/// Other matches, and bylines without writers ("By The Associated Press"), read as they are.
fn byline_reads_so(cap: &regex::Captures<'_>) -> bool {
    let (Some(whole), Some(sep), Some(agency)) = (cap.get(0), cap.name("vs"), cap.name("v")) else {
        return true;
    };
    let line = whole.as_str();
    let start = line.find(['B', 'b']).map_or(0, |b| b + 2);
    let writers = line
        .get(start..sep.start() - whole.start())
        .unwrap_or("")
        .trim()
        .trim_start_matches([':', '–', '—'])
        .trim();
    let gap = sep.as_str();
    let last = writers
        .rsplit([' ', '\t', ','])
        .next()
        .unwrap_or("")
        .to_lowercase();
    if ["former", "retired", "ex", "onetime", "late"].contains(&last.as_str()) {
        return false;
    }
    let space = [' ', '\t'];
    if gap.trim_start_matches(space).starts_with('-') && !gap.starts_with(space) {
        return false;
    }
    if gap.contains('\n') {
        return !writers.contains([',', '|'])
            && !writers.starts_with("The ")
            && !writers.starts_with("THE ")
            && agency.as_str().chars().count() > 2;
    }
    if gap.chars().all(|c| space.contains(&c)) {
        let names = writers
            .split_whitespace()
            .filter(|w| !["and", "&"].contains(w));
        let capitals = !writers.contains(',')
            && writers.chars().any(char::is_uppercase)
            && !names.flat_map(str::chars).any(char::is_lowercase)
            && agency.as_str().chars().any(char::is_lowercase);
        return !writers.contains(',') && cap.name("vt").is_some() || capitals;
    }
    true
}

/// The reporting phrase a pattern matched: its group `d` where the match begins before the
/// phrase (the place and day before an Arabic-script dateline's bracket), else the whole match.
fn phrase_of<'h>(cap: &regex::Captures<'h>) -> Option<regex::Match<'h>> {
    cap.name("d").or_else(|| cap.get(0))
}

/// [`spaceless_patterns_for`] the outlets of [`SPACELESS_OUTLETS`].
fn spaceless_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| spaceless_patterns_for(&alternation(names_of(SPACELESS_OUTLETS))))
}

/// [`spaceless_patterns_for`] the outlets known by their Latin names ("BBCによると").
fn spaceless_patterns_latin() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| spaceless_patterns_for(&outlet_alternation()))
}

/// Where the names of [`SPACELESS_OUTLETS`] are in a text, longest first where they overlap.
fn spaceless_names() -> &'static aho_corasick::AhoCorasick {
    static P: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    P.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(SPACELESS_OUTLETS.iter().flat_map(|(_, n)| n.iter()))
            .unwrap()
    })
}

/// [`spaceless_patterns_for`] around [`PLACEHOLDER`], for outlets of the corpus named in these
/// scripts.
fn spaceless_placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| spaceless_patterns_for(PLACEHOLDER))
}

/// The reporting phrases of Russian and Ukrainian around the outlet names in `alt`, in the
/// order of [`patterns_for`]: before the name ("по данным", "сообщает", "как передает", "со
/// ссылкой на", "повідомляє", "за даними"), after it ("ТАСС сообщает"), and datelines ("МОСКВА,
/// 12 мая. /ТАСС/.", "(ТАСС)", "МОСКВА, 12 мая — РИА Новости."). What kind of outlet it is may
/// come first ("агентства", "газета") and the name may be in quotation marks and declined
/// ("газеты «Коммерсантъ»", "по данным Интерфакса"). Unicode word boundaries: ASCII ones
/// never hold around Cyrillic letters, and the patterns only ever see a window around a name.
fn cyrillic_patterns_for(alt: &str) -> [Regex; 3] {
    let outlet = format!(
        r#"(?i:(?:информ)?агентств(?:о|а|у|ом)|газет(?:а|ы|у|е|ой)|издани(?:е|я|ю|ем)|интернет-издани(?:е|я)|телеканал(?:а|у)?|журнал(?:а|у)?|радиостанци(?:я|и|ю)|агентство|агенція|агенції|видання)?\s*[«"„“]?(?P<o>{alt})[а-яёА-ЯЁ]{{0,3}}\b[»"“]?"#
    );
    let before = format!(
        r"\b(?i:по\s+данным|по\s+сведениям|по\s+информации|согласно(?:\s+(?:данным|информации|сообщению))?|со\s+ссылкой\s+на|(?:как\s+)?(?:сообщает|сообщают|сообщил[аои]?|передает|передаёт|передают|пишет|пишут|писал[аои]?|информирует|рассказал[аи]?|заявил[аи]?)|(?:як\s+)?(?:повідомляє|повідомили|повідомив|повідомила|передає|пише|пишуть)|за\s+даними|з\s+посиланням\s+на|в\s+(?:материале|статье|публикации|сообщении)|(?:источник|джерело|източник|извор)\s?:|(?:съобщи|съобщава|съобщават|съобщиха|според|преноси|јавља)|(?:кореспондент|корреспондент|кореспондентът))\s+{outlet}"
    );
    let after = format!(
        r"\b{outlet}\s+(?i:сообщает|сообщил[аои]?|передает|передаёт|пишет|пишут|информирует|повідомляє|пише)\b"
    );
    let dateline = format!(
        r"/\s*(?P<o>{alt})\s*/|\((?P<p>{alt})\)|(?:[—–]|\s-)\s*(?P<q>{alt})\.(?:\s|$)|\.\s+(?P<r>{alt})\s+[-–—]"
    );
    [compiled(&before), compiled(&after), compiled(&dateline)]
}

/// [`cyrillic_patterns_for`] the outlets of [`CYRILLIC_OUTLETS`].
fn cyrillic_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| cyrillic_patterns_for(&alternation(names_of(CYRILLIC_OUTLETS))))
}

/// [`cyrillic_patterns_for`] the outlets known by their Latin names ("по данным Reuters").
fn cyrillic_patterns_latin() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| cyrillic_patterns_for(&outlet_alternation()))
}

/// [`cyrillic_patterns_for`] around [`PLACEHOLDER`], for outlets of the corpus in Russian or
/// Ukrainian copy.
fn cyrillic_placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| cyrillic_patterns_for(PLACEHOLDER))
}

/// Where the names of [`CYRILLIC_OUTLETS`] are in a text, longest first where they overlap.
fn cyrillic_names() -> &'static aho_corasick::AhoCorasick {
    static P: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    P.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(CYRILLIC_OUTLETS.iter().flat_map(|(_, n)| n.iter()))
            .unwrap()
    })
}

fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{400}'..='\u{52F}'))
}

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
const ARABIC_DATELINE_ONLY: &[&str] = &[
    "واس", "وام", "قنا", "كونا", "سانا", "بترا", "وات", "وأج", "واج",
];

/// Whether the word before `at` is an Arabic or Persian preposition, so that a name there is
/// an object ("به", "درباره", "عن", ...).
fn arabic_object(text: &str, at: usize) -> bool {
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
fn arabic_dateline_only(name: &str) -> bool {
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
fn arabic_spellings(name: &str) -> Vec<String> {
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
fn arabic_known() -> &'static [(String, &'static str)] {
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
fn arabic_kind_before(before: &str) -> bool {
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
fn turkish_kind_after(after: &str) -> bool {
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
fn arabic_clause_ends(after: &str) -> bool {
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
fn arabic_word_start(text: &str, s: usize) -> bool {
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
fn arabic_name_hits(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
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
fn l_form_alone(text: &str, s: usize, name: &str, known: impl Fn(&str) -> bool) -> bool {
    name.starts_with('ل')
        && !text[..s].trim_end_matches('ـ').ends_with('ل')
        && known(&format!("ا{name}"))
}

/// Whether a name begins with a letter of the Arabic script.
fn arabic_name(name: &str) -> bool {
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

fn has_arabic(s: &str) -> bool {
    first_arabic_byte(s).is_some()
}

/// A letter of the Arabic script (Arabic, Persian, Urdu): the Arabic blocks and their
/// presentation forms.
fn arabic_letter(c: char) -> bool {
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
fn arabic_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| {
        arabic_patterns_for(&alternation(arabic_known().iter().map(|(n, _)| n.as_str())))
    })
}

/// [`arabic_patterns_for`] the outlets known by their Latin names ("بحسب CNN").
fn arabic_patterns_latin() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| arabic_patterns_for(&outlet_alternation()))
}

/// [`arabic_patterns_for`] around [`PLACEHOLDER`], for outlets of the corpus in Arabic,
/// Persian or Urdu copy.
fn arabic_placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| arabic_patterns_for(PLACEHOLDER))
}

/// Whether a name begins in a script written without spaces, so that it is found anywhere and
/// credited by that script's phrases.
fn spaceless_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(crate::text::normalize::spaceless)
}

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
    names: Vec<CorpusName>,
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

    fn at_most<'a>(cap: usize, sources: impl IntoIterator<Item = &'a str>) -> CorpusOutlets {
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
fn name_hits(text: &str, corpus: &CorpusOutlets) -> (Vec<(usize, usize)>, Vec<FormHit>) {
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
struct CorpusName {
    form: String,
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
const ARTICLES: &[&str] = &[
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
fn name_forms(n: &str) -> Vec<(String, bool, bool)> {
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

/// Whether an article ends `before` (the text before a name), past spaces and an opening
/// quotation mark.
fn article_before(before: &str) -> bool {
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
    let s = match s.get(..4) {
        Some(w) if w.eq_ignore_ascii_case("www.") => &s[4..],
        _ => s,
    };
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
const WINDOW_BEFORE: usize = 160;
const WINDOW_AFTER: usize = 120;

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

pub(crate) fn url_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| Regex::new(r#"(?i:https?)://[^\s<>"'\)\]]+"#).unwrap())
}

/// Slug of an outlet named in copy ("Associated Press" → "ap").
pub fn slug_for_name(name: &str) -> Option<&'static str> {
    OUTLETS
        .iter()
        .chain(SPACELESS_OUTLETS)
        .chain(CYRILLIC_OUTLETS)
        .find(|(_, names)| names.contains(&name))
        .map(|(s, _)| *s)
        .or_else(|| {
            let known = arabic_known();
            known
                .binary_search_by(|(n, _)| n.as_str().cmp(name))
                .ok()
                .map(|k| known[k].1)
        })
}

/// Slug of an outlet by a free-form source name or host, for matching an article's own `source`
/// against credits ("Reuters", "reuters.com", "www.apnews.com" all resolve).
pub fn slug_for_source(source: &str) -> String {
    let s = source.trim();
    if let Some(slug) = slug_for_name(s) {
        return slug.to_string();
    }
    // "Emirates News Agency (WAM)", "وكالة أنباء الإمارات (وام)": an agency's site names it
    // with its short name in brackets. The short name alone names the outlet only after an
    // agency's name: "Yahoo News (AP)" is a portal's copy of AP's story.
    if let Some((name, rest)) = s.split_once(['(', '（']) {
        let short = rest.trim_end().trim_end_matches([')', '）']).trim();
        let name = name.trim();
        let agency = || {
            let lower = name.to_lowercase();
            [
                "agency",
                "agence",
                "agencia",
                "agência",
                "agenzia",
                "agentur",
                "presse",
                "وكالة",
            ]
            .iter()
            .any(|w| lower.contains(w))
        };
        if let Some(slug) =
            slug_for_name(name).or_else(|| slug_for_name(short).filter(|_| agency()))
        {
            return slug.to_string();
        }
    }
    if let Some(slug) = OUTLETS
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(s)))
        .map(|(s, _)| *s)
    {
        return slug.to_string();
    }
    if s.contains('.') && !s.contains(' ') {
        if let Some(slug) = slug_for_url(s) {
            return slug;
        }
    }
    // A name with no letter or digit in it names no outlet: no slug, as for no name at all, so
    // that two such articles are not taken for one outlet's.
    slug_words(s)
}

/// Slug of an article's own outlet: its `source`'s, unless that names no wire agency and the
/// article's address is an agency's site (a dump's `source` may be a site's display name the
/// tool does not know, "Agência Brasil - EBC", while the host says whose page it is): an
/// agency's own page must not be taken for a copy crediting the agency.
pub fn slug_of_article(source: Option<&str>, url: Option<&str>) -> String {
    let by_source = source.map(slug_for_source).unwrap_or_default();
    if is_wire(&by_source) {
        return by_source;
    }
    match url.and_then(slug_for_url) {
        Some(by_host) if is_wire(&by_host) => by_host,
        _ => by_source,
    }
}

/// Slug of a URL's outlet: known domains, AP copy syndicated on ABC News (`/wireStory/`), else
/// the domain's second-level label.
pub fn slug_for_url(url: &str) -> Option<String> {
    let host = host_of(url)?.to_ascii_lowercase();
    // `host_of` drops a "www." written small; one written in capitals is no outlet's label.
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if host.ends_with("abcnews.go.com") && url.contains("/wireStory/") {
        return Some("ap".into());
    }
    for (domain, slug) in DOMAINS {
        if host == *domain || host.ends_with(&format!(".{domain}")) {
            return Some((*slug).to_string());
        }
    }
    Some(slugify(outlet_label(&host)))
}

/// The label of a host that names its outlet: the one before the public suffix ("spiegel" of
/// spiegel.de, "bbc" of www.bbc.co.uk, "orf" of wien.orf.at, for two-part suffixes such as
/// co.uk and com.au).
fn outlet_label(host: &str) -> &str {
    if let Some(site) = hosting_platform(host) {
        return site;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) {
        labels[n - 3]
    } else {
        labels[n.saturating_sub(2)]
    }
}

/// The site's label of a host on a hosting platform ("marginnotes" of
/// marginnotes.substack.com, "example" of example.blogspot.co.uk), as the public suffix list's
/// private part has these suffixes: such a site is its own outlet. Every Substack newsletter
/// had the slug "substack", was one outlet with all the others, and so was never linked to
/// one of them. None for the platform's own hosts (www.substack.com, m.tumblr.com) and for
/// hosts off these suffixes (docs.github.com, make.wordpress.org).
fn hosting_platform(host: &str) -> Option<&str> {
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let on = HOSTING_PLATFORMS.iter().find_map(|suffix| {
        let k = suffix.split('.').count();
        (n > k && host.ends_with(suffix) && host[..host.len() - suffix.len()].ends_with('.'))
            .then(|| n - k)
    });
    // Blogspot under country domains too: blogspot.de, blogspot.co.uk, blogspot.com.br.
    let on = on.or_else(|| {
        let p = labels.iter().rposition(|l| *l == "blogspot")?;
        let tail = &labels[p + 1..];
        (p >= 1 && (1..=2).contains(&tail.len()) && tail.iter().all(|l| l.len() <= 3)).then_some(p)
    })?;
    let site = labels[on - 1];
    (!site.is_empty() && !matches!(site, "www" | "m" | "mobile" | "amp")).then_some(site)
}

/// Hosting platforms' suffixes whose subdomains are sites of their own (see
/// [`hosting_platform`]).
const HOSTING_PLATFORMS: &[&str] = &[
    "substack.com",
    "wordpress.com",
    "blogspot.com",
    "medium.com",
    "tumblr.com",
    "github.io",
    "gitlab.io",
    "wixsite.com",
    "weebly.com",
    "livejournal.com",
    "typepad.com",
    "ghost.io",
    "beehiiv.com",
    "over-blog.com",
    "hashnode.dev",
    "squarespace.com",
    "netlify.app",
    "vercel.app",
];

/// Second-level labels of two-part public suffixes under a country's domain (co.uk, com.au,
/// ne.jp, gob.mx): the outlet's label comes before them. Any short label was taken for one
/// before, which made "wien" the outlet of wien.orf.at and "sport" that of sport.orf.at.
const SECOND_LEVEL: &[&str] = &[
    "co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "gouv", "nic", "ltd",
    "plc", "mil", "nom", "sch", "info", "biz", "gv",
];

/// Lower-case letters and digits joined by single dashes, "unknown" when there are none.
pub fn slugify(s: &str) -> String {
    let out = slug_words(s);
    if out.is_empty() {
        "unknown".into()
    } else {
        out
    }
}

/// Lower-case letters and digits, of any script, joined by single dashes. Letters of every
/// script count: when only ASCII ones did, every outlet named in Chinese, Japanese, Thai or Urdu
/// got the one slug "unknown", was the same outlet as all the others, and so could not be
/// linked to any of them (an outlet does not copy itself).
fn slug_words(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Full- and half-width forms first: "ＮＨＫ" and half-width katakana are the names they
    // stand for, and a name written decomposed is the same name. Not all of NFKC, which would
    // take Thai SARA AM apart.
    let mut wide = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\u{FF00}'..='\u{FFEF}') {
            wide.extend(std::iter::once(c).nfkc());
        } else {
            wide.push(c);
        }
    }
    let mut out = String::new();
    for c in wide.nfc().flat_map(char::to_lowercase) {
        // Marks belong to their letter: Thai tone marks and Indic vowel signs are no spaces.
        if c.is_alphanumeric()
            || (!out.is_empty() && unicode_normalization::char::is_combining_mark(c))
        {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.nfc().collect()
}

pub fn is_wire(slug: &str) -> bool {
    WIRES.contains(&slug)
}

/// All credits in an article: reporting phrases and datelines in `text` (naming a known outlet
/// or one of `corpus`), URLs in `text` and in `references`. Ordered by position, but for
/// Reuters' tagline (see [`reuters_tagline`]), which comes first; one credit per (outlet, kind).
///
/// Non-breaking spaces read as spaces: pages put them inside names ("Associated&nbsp;Press",
/// "Agence&nbsp;France-Presse") and between a credit's words, and names are found as written.
/// The credits of such a text are found in a copy with plain spaces, and their spans and
/// evidence taken back to the text as written.
pub fn find_credits(text: &str, references: &[String], corpus: &CorpusOutlets) -> Vec<Credit> {
    const NBSP: char = '\u{a0}';
    if !text.contains(NBSP) {
        return credits_as_written(text, references, corpus);
    }
    let plain = text.replace(NBSP, " ");
    // Where each space that was a non-breaking one is in `plain`: each is a byte shorter.
    let spaces: Vec<usize> = plain
        .char_indices()
        .zip(text.chars())
        .filter(|(_, c)| *c == NBSP)
        .map(|((i, _), _)| i)
        .collect();
    let back = |i: usize| i + spaces.partition_point(|&p| p < i);
    let mut credits = credits_as_written(&plain, references, corpus);
    for c in &mut credits {
        let Some((s, e)) = c.phrase else {
            continue;
        };
        c.name = c.name.and_then(|(before, after)| {
            let (ns, ne) = (s + before as usize, e.saturating_sub(after as usize));
            u16::try_from(back(ns) - back(s))
                .ok()
                .zip(u16::try_from(back(e) - back(ne)).ok())
        });
        c.phrase = Some((back(s), back(e)));
        if let Some((ss, se)) = c.span {
            let (ss, se) = (back(ss), back(se));
            c.span = Some((ss, se));
            if c.kind == CreditKind::Phrase {
                c.evidence = text[ss..se].trim().to_string();
            }
        }
    }
    credits
}

/// [`find_credits`] in a text whose spaces are all plain ones.
fn credits_as_written(text: &str, references: &[String], corpus: &CorpusOutlets) -> Vec<Credit> {
    let mut out: Vec<Credit> = Vec::new();
    // (outlet, is a URL) of the credits in `out`: a press review naming thousands of outlets
    // made a scan of `out` per credit quadratic.
    let mut seen: std::collections::HashSet<(String, bool)> = std::collections::HashSet::new();
    let mut push = |c: Credit, out: &mut Vec<Credit>| {
        if seen.insert((c.outlet.clone(), c.kind == CreditKind::Url)) {
            out.push(c);
        }
    };
    let mut phrase_hits = Vec::new();
    // Every pattern contains an outlet name, and names are rare in a text: find them first
    // (a literal search), then run the phrase patterns only on a window around each. Scanning
    // whole texts with the phrase patterns, whose case-insensitive openings defeat literal
    // prefilters, cost a fifth of a whole run.
    let (names, forms) = name_hits(text, corpus);
    copyright_hits(text, &names, &mut phrase_hits);
    closing_bracket_hits(text, &names, &mut phrase_hits);
    closing_dash_hits(text, &names, &mut phrase_hits);
    known_phrase_hits(
        text,
        names.into_iter().filter_map(|(ns, ne)| {
            if !name_goes_on(text, ne)
                || news_agency_follows(text, ne)
                || joined_to_place(text, ns, ne)
            {
                Some((ns, ne, false))
            } else {
                writer_title_follows(text, ne).then_some((ns, ne, true))
            }
        }),
        // A name in Latin letters inside Chinese or Japanese copy ("据CNN报道") takes those
        // languages' phrases.
        // Russian phrases too ("по данным Reuters").
        |window| {
            if window.is_ascii() {
                vec![patterns()]
            } else if has_cyrillic(window) {
                vec![
                    patterns(),
                    spaceless_patterns_latin(),
                    cyrillic_patterns_latin(),
                ]
            } else if has_arabic(window) {
                // "بحسب CNN", "به گزارش CNN".
                vec![patterns(), arabic_patterns_latin()]
            } else if window.chars().any(crate::text::normalize::spaceless) {
                vec![patterns(), spaceless_patterns_latin()]
            } else {
                // Accented Latin text: the bracket of Chinese datelines ("（新华社）") would
                // read "(avec l'appui de Reuters)" as one.
                vec![patterns()]
            }
        },
        &mut phrase_hits,
    );
    if !text.is_ascii() {
        kyodo_bracket_hits(text, &mut phrase_hits);
        devanagari_hits(text, &mut phrase_hits);
        known_phrase_hits(
            text,
            spaceless_names()
                .find_iter(text)
                .map(|m| (m.start(), m.end(), false)),
            |_| vec![spaceless_patterns()],
            &mut phrase_hits,
        );
        known_phrase_hits(
            text,
            cyrillic_names()
                .find_iter(text)
                .map(|m| (m.start(), m.end(), false)),
            |_| vec![cyrillic_patterns()],
            &mut phrase_hits,
        );
        known_phrase_hits(
            text,
            arabic_name_hits(text).map(|(s, e)| (s, e, false)),
            |_| vec![arabic_patterns()],
            &mut phrase_hits,
        );
    }
    let mut phrase_hits: Vec<PhraseHit> = phrase_hits
        .into_iter()
        .map(|(s, e, slug, name)| (s, e, slug.to_string(), name))
        .collect();
    corpus_phrase_hits(text, corpus, &forms, &mut phrase_hits);
    // In the text's order, and names within one phrase in theirs: the first outlet a sign-off
    // names is the one an article's primary credit names ([`primary_credit`]).
    phrase_hits.sort_by(|a, b| (a.0, a.3 .0, a.1, &a.2, a.3).cmp(&(b.0, b.3 .0, b.1, &b.2, b.3)));
    phrase_hits.dedup();
    // Reuters' tagline says whose copy the whole text is: it comes first, before what the copy
    // reports others reported ("..., the Wall Street Journal reported on Monday"), unless a
    // credit to Reuters does (its dateline).
    if phrase_hits.first().is_none_or(|h| h.2 != "reuters") {
        if let Some((s, e)) = reuters_tagline(text) {
            push(
                Credit {
                    outlet: "reuters".to_string(),
                    kind: CreditKind::Phrase,
                    evidence: text[s..e].trim().to_string(),
                    span: Some((s, e)),
                    phrase: Some((s, e)),
                    // It names no outlet: shared in part with another text, it was taken.
                    name: None,
                },
                &mut out,
            );
        }
    }
    // An outlet named in running text first and in the story's sign-off after ("…, the
    // minister told KUNA. … — KUNA"): the sign-off is the credit, as it says whose copy the
    // story is and a copy of the agency's text repeats the running text's naming. In the
    // credits' order of the first naming, so that which outlet an article credits first stays.
    let opening = |s: usize| !text[..s].trim_start().contains('\n');
    let closing = |e: usize| text[e..].trim_end().trim_end_matches('.').is_empty();
    let mut sign_off: std::collections::HashMap<&str, (usize, usize, (usize, usize))> =
        std::collections::HashMap::new();
    for (s, e, slug, name) in phrase_hits.iter().rev() {
        if closing(*e) {
            sign_off.entry(slug.as_str()).or_insert((*s, *e, *name));
        }
    }
    let mut first_phrase: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (s, e, slug, name) in phrase_hits.iter().cloned() {
        // One credit per outlet: the sentence is found for its first phrase only, as finding
        // it scans to the nearest sentence ends (a long text without any, naming an outlet
        // thousands of times, was quadratic).
        if !first_phrase.insert(slug.clone()) {
            continue;
        }
        let (s, e, name) = match sign_off.get(slug.as_str()) {
            Some(&closing_hit) if !opening(s) && !closing(e) => closing_hit,
            _ => (s, e, name),
        };
        let (ss, se) = sentence_around(text, s, e);
        push(
            Credit {
                outlet: slug,
                kind: CreditKind::Phrase,
                evidence: text[ss..se].trim().to_string(),
                span: Some((ss, se)),
                phrase: Some((s, e)),
                name: u16::try_from(name.0 - s)
                    .ok()
                    .zip(u16::try_from(e - name.1).ok()),
            },
            &mut out,
        );
    }
    for m in url_pattern().find_iter(text) {
        let url = m.as_str().trim_end_matches(['.', ',', ';', ':']);
        if let Some(slug) = slug_for_url(url) {
            push(
                Credit {
                    outlet: slug,
                    kind: CreditKind::Url,
                    evidence: url.to_string(),
                    span: Some((m.start(), m.start() + url.len())),
                    phrase: Some((m.start(), m.start() + url.len())),
                    name: None,
                },
                &mut out,
            );
        }
    }
    for url in references {
        if let Some(slug) = slug_for_url(url) {
            push(
                Credit {
                    outlet: slug,
                    kind: CreditKind::Url,
                    evidence: url.clone(),
                    span: None,
                    phrase: None,
                    name: None,
                },
                &mut out,
            );
        }
    }
    out
}

/// Reporting phrases around each of `names` (byte spans of outlet names known by name, and
/// whether a writer's title follows the name, which only a byline may then hold) that
/// one of the pattern sets `sets(window)` gives for the window around the name matches with
/// that name as its outlet.
fn known_phrase_hits(
    text: &str,
    names: impl Iterator<Item = (usize, usize, bool)>,
    sets: impl Fn(&str) -> Vec<&'static [Regex; 3]>,
    out: &mut Vec<(usize, usize, &'static str, (usize, usize))>,
) {
    for (ns, ne, titled) in names {
        let ws = floor_boundary(text, ns.saturating_sub(WINDOW_BEFORE));
        let we = ceil_boundary(text, ne.saturating_add(WINDOW_AFTER));
        let window = &text[ws..we];
        let dateline_only =
            arabic_dateline_only(&text[ns..ne]) || LATIN_DATELINE_ONLY.contains(&&text[ns..ne]);
        for (k, re) in sets(window)
            .into_iter()
            .flat_map(|set| set.iter().enumerate())
        {
            // Each set is [before, after, dateline].
            if dateline_only && k != 2 {
                continue;
            }
            for cap in re.captures_iter(window) {
                let (Some(m), Some(o)) = (phrase_of(&cap), outlet_of(&cap)) else {
                    continue;
                };
                // Persian "told" is in the dateline set, under its own group.
                if dateline_only && cap.name("u").is_some() {
                    continue;
                }
                // A name after a preposition is the object of the verb that follows, not its
                // subject ("در پاسخ به سی‌ان‌ان نیز اعلام کرد", "in reply to CNN, [it] also
                // announced").
                if k == 1 && arabic_object(text, ws + o.start()) {
                    continue;
                }
                // The name found, or its end ("la Agencia EFE" read as the agency "EFE").
                if ws + o.end() != ne
                    || ws + o.start() < ns
                    || misleading_lead(text, ws + m.start(), ws + o.start())
                {
                    continue;
                }
                if !placed_as_such(&cap, text, ws + m.start(), ws + m.end()) {
                    continue;
                }
                // A name that a writer's title follows is the agency only in a byline ("the
                // Associated Press Sports Editors" are another body).
                if titled && cap.name("v").is_none() {
                    continue;
                }
                // Each outlet the match names: the first, and the rest of a sign-off's (a
                // wire-only form may name a paper before its agency: "— Bloomberg, Reuters").
                let first = slug_for_name(o.as_str()).map(|slug| (slug, o.start(), o.end()));
                for (slug, s, e) in first.into_iter().chain(tail_outlets(&cap)) {
                    if !wire_only(&cap) || is_wire(slug) {
                        out.push((ws + m.start(), ws + m.end(), slug, (ws + s, ws + e)));
                    }
                }
            }
        }
    }
}

/// The outlets a sign-off names after its first ("(avec AFP et Reuters)", "— Reuters, AFP",
/// "With AFP and Reuters"), with the span of each name in the pattern's haystack: the names of
/// the tail its pattern matched (group `wm`, `xm`, `rm` or `sm`) that are known outlets'. A
/// story written from two agencies' copy credits both.
fn tail_outlets(cap: &regex::Captures<'_>) -> Vec<(&'static str, usize, usize)> {
    static SEPARATOR: OnceLock<Regex> = OnceLock::new();
    let Some(tail) = ["wm", "xm", "rm", "sm"].iter().find_map(|g| cap.name(g)) else {
        return Vec::new();
    };
    let separator = SEPARATOR
        .get_or_init(|| Regex::new(r"\s*(?:,|/|&|\s(?i:et|und|y|e|en|and)\s)\s*").unwrap());
    let t = tail.as_str();
    // The tail opens with a separator; each name runs from one separator's end to the next's
    // start.
    let separators: Vec<(usize, usize)> = separator
        .find_iter(t)
        .map(|m| (m.start(), m.end()))
        .collect();
    let mut out = Vec::new();
    for (k, &(_, s)) in separators.iter().enumerate() {
        let e = separators.get(k + 1).map_or(t.len(), |n| n.0);
        let mut name = &t[s..e];
        if let Some((article, rest)) = name.split_once(char::is_whitespace) {
            if article.eq_ignore_ascii_case("the") {
                name = rest.trim_start();
            }
        }
        for article in ["l'", "l’"] {
            name = name.strip_prefix(article).unwrap_or(name);
        }
        let name = name.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        if let Some(slug) = slug_for_name(name) {
            let ns = tail.start() + (name.as_ptr() as usize - t.as_ptr() as usize);
            out.push((slug, ns, ns + name.len()));
        }
    }
    out
}

/// Bytes at the end of a text that [`reuters_tagline`] looks at: the tagline closes the story,
/// and a page may add a footer and a list of links after it.
const TAGLINE_TAIL: usize = 2500;

/// Where Reuters' closing tagline is in `text`: "(Reporting by Jane Doe in London; Additional
/// reporting by John Roe; Editing by Mark Potter)", its house form, which papers and sites
/// running its copy keep and which names no outlet. It closes the story, on a line of its own
/// or after the last sentence, with "Editing by" last; without brackets (as reuters.com prints
/// it) only on a line of its own, "; Editing by" capitalised. "(Editing by …)" alone, as
/// Breakingviews' columns close (their dateline credits Reuters), is none: a film review ends
/// with its editor so, a student paper with its desk. A bracketed tagline may wrap over lines, as
/// hard-wrapped copy does, and may have lost its closing bracket at a line's end to a
/// scraper's cut. AP's and AFP's copy credit their
/// staff otherwise ("Associated Press writer … contributed"), and a paper's own staff in a
/// sign-off name the paper. What may follow it is a page's footer and links: short lines, at
/// most [`TAGLINE_TRAILER_LINES`] of them, and one sentence (a disclaimer, a writer's note), not
/// more stories (a compilation of briefs, one of them Reuters', is no Reuters copy).
fn reuters_tagline(text: &str) -> Option<(usize, usize)> {
    static P: OnceLock<Regex> = OnceLock::new();
    let from = floor_boundary(text, text.len().saturating_sub(TAGLINE_TAIL));
    let tail = &text[from..];
    // One scan for the editing words of every form, rather than one per word.
    static EDITING: OnceLock<Regex> = OnceLock::new();
    let editing = EDITING.get_or_init(|| Regex::new("diting|dité|ditado|edigiert").unwrap());
    if !editing.is_match(tail) {
        return None;
    }
    let re = P.get_or_init(|| {
        let s = r"[ \t]+";
        // Its bureaus' forms: French "(Reportage Jean Dupont, édité par Marie Durand)",
        // "(Rédigé par …; édité par …)", "(… ; version française …, édité par …)"; Spanish
        // "(Información de …; editado por …)", "(Reportes de …. Editado en español por …)";
        // German "(Bericht von …, redigiert von …)", "(Reporter: …; Redigiert von: …)".
        let opening = format!(
            r"(?:(?:Reporting|Additional{s}reporting|Writing|Reporting{s}and{s}writing|Writing{s}and{s}reporting|Compiled){s}[Bb]y|Reportage|R[ée]dig[ée]{s}par|Version{s}fran[çc]aise|Informaci[óo]n{s}de|Reportes?{s}de|Bericht{s}von|Geschrieben{s}von|Reporter:){s}"
        );
        let editing = format!(
            r"(?:[Ee]diting{s}[Bb]y|[ÉéEe]dit[ée]{s}par|[Ee]ditado(?:{s}en{s}espa[ñn]ol)?{s}por|[Rr]edigiert{s}von:?)"
        );
        // Inside the brackets a line may wrap, though not at a blank line; a bracket the page
        // cut off ends its line.
        let wrap = r"(?:[ \t]*\r?\n[ \t]*)?";
        let inside = r"(?:[^()\n]|\r?\n[ \t]*[^()\s])";
        let names = r"(?:[^()\n;]|\r?\n[ \t]*[^()\s;])";
        Regex::new(&format!(
            r"(?m)(?:^[ \t]*|[.!?)\x22”'’][ \t]+)(?P<t>\({opening}{inside}{{1,400}}?[;,.][ \t]*{wrap}{editing}[ \t]*{wrap}(?:{names}{{1,200}}\)|{names}{{1,200}}?\.[ \t]+Bei[ \t]+R[üu]ckfragen|[^()\n;]{{1,200}}?[ \t]*\r?$))|^[ \t]*(?P<u>{opening}[^()\n]{{1,400}}?;[ \t]*Editing{s}by{s}[^()\n;]{{1,200}}?)[ \t]*\.?[ \t]*\r?$"
        ))
        .unwrap()
    });
    let m = re
        .captures_iter(tail)
        .filter_map(|c| c.name("t").or_else(|| c.name("u")))
        .last()?;
    let after: Vec<&str> = tail[m.end()..]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // A story's sentence: a long line, or one of six words or more ending as sentences do that
    // is no footer's ("Our Standards: The Thomson Reuters Trust Principles.", "© 2024 ...").
    let prose = after
        .iter()
        .filter(|l| {
            l.chars().count() > TRAILER_LINE_CHARS
                || (l.ends_with(['.', '!', '?', '"', '”'])
                    && l.split_whitespace().nth(5).is_some()
                    && !l.contains("Reuters")
                    && !l.contains('©'))
        })
        .count();
    (after.len() <= TAGLINE_TRAILER_LINES && prose <= 1)
        .then_some((from + m.start(), from + m.end()))
}

/// Most lines after Reuters' tagline (see [`reuters_tagline`]): "Our Standards: The Thomson
/// Reuters Trust Principles.", "Suggested Topics:", a few topics, "Purchase Licensing Rights".
const TAGLINE_TRAILER_LINES: usize = 12;

/// Longest line of a page's footer or link list, in characters; a story's paragraph is longer.
const TRAILER_LINE_CHARS: usize = 100;

/// A reporting phrase found: its start and end, the outlet's slug, and the span of its name.
type PhraseHit = (usize, usize, String, (usize, usize));

/// Reporting phrases naming an outlet of the corpus, as [`PhraseHit`]s: each
/// whole-word occurrence of a name is put back into the text as [`PLACEHOLDER`] and the window
/// around it matched with [`placeholder_patterns`].
fn corpus_phrase_hits(
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
        if *after_article && !article_before(&text[..ns]) {
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

/// An outlet's name found in a text, for [`phrases_around`].
struct Around<'a> {
    ns: usize,
    ne: usize,
    slug: &'a str,
    spaceless: bool,
    /// Whether "X reported" counts.
    after_ok: bool,
    /// Whether it counts after an article when `after_ok` does not hold.
    article_after_ok: bool,
}

/// The reporting phrases around the name at `at`: the window around it is matched with the
/// name put back as [`PLACEHOLDER`].
fn phrases_around(text: &str, at_name: &Around, out: &mut Vec<PhraseHit>) {
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
fn misleading_lead(text: &str, ps: usize, ns: usize) -> bool {
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
fn news_agency_follows(text: &str, ne: usize) -> bool {
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
fn longer_name(text: &str, ns: usize, ne: usize) -> bool {
    name_goes_on(text, ne) || name_started_earlier(text, ns)
}
/// The last word of a wire writer's title in a byline ("AP Economics Writer", "Reuters Staff").
const WRITER_TITLES: &[&str] = &[
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
fn writer_title_follows(text: &str, ne: usize) -> bool {
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
fn joined_to_place(text: &str, ns: usize, ne: usize) -> bool {
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
fn finnish_case(rest: &str) -> bool {
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
fn name_goes_on(text: &str, ne: usize) -> bool {
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
fn sentence_around(text: &str, s: usize, e: usize) -> (usize, usize) {
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
const SENTENCE_REACH: usize = 1_000;

/// Whether an article took `credit` from another text: its phrase (or inline URL) overlaps one
/// of `verbatim`, the byte spans of the article shared verbatim with that text. Reworded
/// passages do not count: a sentence-level match spans whole sentences, and two rewrites that
/// each open with their own "KELBROOK (AFP) -" lead match as rewordings. A credit whose place
/// cannot be checked (a reference-list URL, or one beyond the compared part of a long text)
/// counts as taken, so that nothing is concluded on no evidence.
pub fn credit_taken(credit: &Credit, verbatim: impl IntoIterator<Item = (usize, usize)>) -> bool {
    let Some((s, e)) = credit.phrase else {
        return true;
    };
    if s >= crate::link::MAX_COMPARE_BYTES {
        return true;
    }
    // The words around the name must be shared, not the name alone: a rewrite that writes
    // "according to Reuters, the volcano..." where its source has "(Reuters) - The volcano..."
    // shares a verbatim run from "Reuters" on with it, and credits Reuters in its own words.
    let (ns, ne) = match credit.name {
        Some((before, after)) => (s + before as usize, e.saturating_sub(after as usize)),
        None => (s, s),
    };
    let overlaps = |a: usize, b: usize, ps: usize, pe: usize| a < b && ps < b && a < pe;
    verbatim
        .into_iter()
        .any(|(ps, pe)| overlaps(s, ns.max(s), ps, pe) || overlaps(ne.min(e).max(s), e, ps, pe))
}

/// Whether the phrase of `credit`, as `child` (its article's text) writes it, is in `parent`
/// too, letter case and spacing aside. [`credit_taken`] judges by the passages the two texts
/// share, and a verbatim passage is merged across small gaps: a rewrite's own "…, a rapporté
/// l'Agence France-Presse." falls inside its passage with the paper running the agency's story
/// without being in that paper's text. A credit whose phrase cannot be found in `child` counts
/// as in `parent`, as nothing is concluded on no evidence.
pub fn phrase_in(credit: &Credit, child: &str, parent: &str) -> bool {
    let Some(phrase) = credit.phrase.and_then(|(s, e)| child.get(s..e)) else {
        return true;
    };
    // Copies mostly keep the phrase as it is: the whole text is folded only when they do not.
    if parent.contains(phrase) {
        return true;
    }
    let squeeze = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    squeeze(parent).contains(&squeeze(phrase))
}

/// Arabic words that open "told <outlet>" (a verb of saying, or who said it), as the credit
/// patterns read them and [`interview_credit`] tells interviews by.
const ARABIC_TOLD: &str =
    "مصدر|مصادر|مصدران|مسؤول|مسئول|قال|قالت|صرح|صرّح|صرحت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|تحدث";

/// Whether a credit says the outlet was told something, as a paper writes of its own
/// interviews ("told The National", "speaking to Press TV", "in an interview with Reuters",
/// "قال … لـ«الشروق»", "به ایرنا گفت"), rather than naming where a text came from (a dateline,
/// "according to", a copyright line): the words just before the name are a verb of telling and
/// "to", or "with" after "interview", or the Arabic "to" fused to the name.
pub fn interview_credit(credit: &Credit, text: &str) -> bool {
    let (Some((s, e)), Some((to_name, _))) = (credit.phrase, credit.name) else {
        return false;
    };
    let Some(before) = text.get(s..e).and_then(|p| p.get(..to_name as usize)) else {
        return false;
    };
    let before = before.trim_end_matches(['«', '"', '“', ' ', '\u{a0}']);
    if before.ends_with('ل') || before.ends_with("لـ") {
        // "قال … لـ", not "وفقا لـ" (according to).
        let told = |w: &str| ARABIC_TOLD.split('|').any(|t| t == w);

        let first = before.split_whitespace().next().unwrap_or("");
        let first = first
            .strip_prefix('و')
            .or_else(|| first.strip_prefix('ف'))
            .filter(|w| told(w))
            .unwrap_or(first);
        return told(first)
            || ["تصريح", "حديث", "مقابلة"]
                .iter()
                .any(|w| before.contains(w));
    }
    let lower = before.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.as_slice() {
        [rest @ .., "the"] => rest,
        all => all,
    };
    matches!(
        words,
        [.., "told"]
            | [
                ..,
                "speaking" | "talking" | "spoke" | "talked" | "said" | "wrote",
                "to"
            ]
            | [.., "interview", "with"]
            | [.., "به"]
    )
}

/// Whether a credit is wire copy's furniture: a byline, a closing line or a copyright line
/// naming a wire agency ("By JANE DOE Associated Press", "— AFP", "Copyright 2026 The
/// Associated Press"), which every paper running the copy prints as the agency sends it, while
/// the agency's own page may show it apart from the text. Found in one paper's copy and in the
/// copy of another, it tells nothing of which of them the second took its text from.
pub fn wire_furniture(credit: &Credit, text: &str) -> bool {
    let Some(phrase) = credit.phrase.and_then(|(s, e)| text.get(s..e)) else {
        return false;
    };
    let p = phrase.trim_start();
    const OPENINGS: [&str; 10] = [
        "By", "BY", "With", "WITH", "--", "—", "–", "©", "(c)", "(C)",
    ];
    // The agency's name alone on a line of its own ("APS", "- Bernama", "/IRNA", "TTXVN",
    // "/ritzau/", "(©NTB)"), after the paper's name and a slash ("The Peninsula / QNA") or
    // before its place ("QNA/Doha").
    let bare_line = || {
        let Some(((s, e), (ps, pe))) = credit.name.zip(credit.phrase) else {
            return false;
        };
        let end = phrase.len().saturating_sub(e as usize);
        let (Some(pre), Some(name), Some(post)) = (
            phrase.get(..s as usize),
            phrase.get(s as usize..end),
            phrase.get(end..),
        ) else {
            return false;
        };
        let pre = pre.rsplit_once('/').map_or(pre, |(_, after)| after);
        let post = post
            .strip_prefix('/')
            .map_or(post, |r| r.trim_start_matches(char::is_alphabetic));
        let line_starts = text[..ps].trim_end_matches([' ', '\t']);
        let line_ends = text[pe..].trim_start_matches(['.', ' ', '\t', '\r']);
        !name.is_empty()
            && pre.chars().all(|c| "-(© \t".contains(c))
            && post.chars().all(|c| "./) \t".contains(c))
            && (line_starts.is_empty() || line_starts.ends_with('\n'))
            && (line_ends.is_empty() || line_ends.starts_with('\n'))
    };
    is_wire(&credit.outlet)
        && (OPENINGS.iter().any(|o| p.starts_with(o))
            || p.get(..9)
                .is_some_and(|o| o.eq_ignore_ascii_case("copyright"))
            || bare_line())
}

/// Copyright lines with the year after the outlet's name, "Copyright Business Wire 2024", "(c)
/// Copyright Thomson Reuters 2025.", found around each of `names` (byte spans of known names) as
/// [`patterns_for`]'s hits are. Found by hand rather than by a pattern: one more copy of the
/// names' alternation in the dateline pattern cost credit finding a tenth of its speed on
/// `benches/multilingual`. The year before the name is the `before` pattern's ("Copyright 2024
/// The Associated Press").
fn copyright_hits(
    text: &str,
    names: &[(usize, usize)],
    out: &mut Vec<(usize, usize, &'static str, (usize, usize))>,
) {
    // What may stand before the name on its line: "(c) Copyright © The ", and some indent.
    const LEAD: usize = 40;
    for &(ns, ne) in names {
        let from = floor_boundary(text, ns.saturating_sub(LEAD));
        let line_start = match text[from..ns].rfind('\n') {
            Some(i) => from + i + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let lead = text[line_start..ns].trim_start_matches([' ', '\t']);
        let ls = ns - lead.len();
        let mut rest = lead;
        if let Some(r) = rest
            .strip_prefix("(c)")
            .or_else(|| rest.strip_prefix("(C)"))
        {
            rest = r.trim_start_matches([' ', '\t']);
        }
        let Some(r) = rest
            .get(..9)
            .filter(|w| w.eq_ignore_ascii_case("copyright"))
            .map(|_| &rest[9..])
        else {
            continue;
        };
        let r = r.trim_start_matches([' ', '\t']);
        let r = r
            .strip_prefix('©')
            .unwrap_or(r)
            .trim_start_matches([' ', '\t']);
        let r = match r.get(..3) {
            Some(w) if w.eq_ignore_ascii_case("the") => r[3..].trim_start_matches([' ', '\t']),
            _ => r,
        };
        if !r.is_empty() {
            continue;
        }
        let after = &text[ne..];
        let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
        let year = after[spaces..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        if spaces == 0 || year != 4 {
            continue;
        }
        if let Some(slug) = slug_for_name(&text[ns..ne]) {
            out.push((ls, ne + spaces + 4, slug, (ns, ne)));
        }
    }
}

/// The agency in brackets after a story's last sentence, "… in polders. (ANP)", as Dutch and
/// Polish papers close its copy, found around each of `names` as [`copyright_hits`] does. Only
/// at the text's end: a photograph's caption in the text ("… on Tuesday. (AFP)") seldom
/// stands there. By hand for the same reason: in the dateline pattern, a bracket after a
/// sentence's end matched before a dateline's "(Adnkronos) -" on the same line, and took its
/// place.
fn closing_bracket_hits(
    text: &str,
    names: &[(usize, usize)],
    out: &mut Vec<(usize, usize, &'static str, (usize, usize))>,
) {
    let end = text.trim_end().len();
    for &(ns, ne) in names {
        if ns == 0 || text.as_bytes()[ns - 1] != b'(' || ne >= end {
            continue;
        }
        // The agency's service codes may follow, "(PAP/kwo)", as in its datelines.
        let close = match text[ne..end].find(')') {
            Some(i) if i <= 40 && ne + i + 1 == end => ne + i,
            _ => continue,
        };
        let codes = &text[ne..close];
        if !(codes.is_empty()
            || codes.starts_with('/')
                && codes
                    .chars()
                    .all(|c| c == '/' || c == '-' || c.is_alphanumeric()))
        {
            continue;
        }
        let before = text[..ns - 1].trim_end_matches([' ', '\t']);
        if before.len() == ns - 1 || !before.ends_with(['.', '!', '?', '»', '”', '"']) {
            continue;
        }
        if let Some(slug) = slug_for_name(&text[ns..ne]) {
            out.push((ns - 1, close + 1, slug, (ns, ne)));
        }
    }
}

/// The wire agency an author field names, as a credit: "Reuters", "By AFP", "Jane Doe, Reuters",
/// "Reuters Staff", "PTI". Only wire agencies: a byline naming a paper is its own staff's.
pub fn byline_credit(byline: &str) -> Option<Credit> {
    let b = byline.trim();
    let b = ["By ", "BY ", "by "]
        .iter()
        .find_map(|p| b.strip_prefix(p))
        .unwrap_or(b);
    b.split([',', '|', '/', '&', ';'])
        .flat_map(|p| p.split(" and "))
        .map(|p| {
            let p = p.trim();
            let p = p.strip_prefix("The ").unwrap_or(p);
            [" Staff", " staff", " STAFF", " Reporters", " reporters"]
                .iter()
                .find_map(|s| p.strip_suffix(s))
                .unwrap_or(p)
                .trim()
        })
        .find_map(|p| {
            let slug = slug_for_name(p).filter(|s| is_wire(s))?;
            Some(Credit {
                outlet: slug.to_string(),
                kind: CreditKind::Byline,
                evidence: byline.trim().to_string(),
                span: None,
                phrase: None,
                name: None,
            })
        })
}

/// Kyodo's bracket in Japanese copy, "…と呼びかけた。（共同）", "【ソウル共同】": the agency's short
/// name alone is a common word ("共同声明", a joint statement), so it is read only so bracketed,
/// with at most a place before it.
fn kyodo_bracket_hits(text: &str, out: &mut Vec<(usize, usize, &'static str, (usize, usize))>) {
    const NAME: &str = "共同";
    for (ns, _) in text.match_indices(NAME) {
        let ne = ns + NAME.len();
        let Some(close) = text[ne..]
            .chars()
            .next()
            .filter(|c| matches!(c, '）' | ')' | '】' | ']'))
        else {
            continue;
        };
        let line = &text[text[..ns].rfind('\n').map_or(0, |i| i + 1)..ns];
        let Some((open, c)) = line
            .char_indices()
            .rev()
            .take(9)
            .find(|(_, c)| matches!(c, '（' | '(' | '【' | '[' | '）' | ')' | '】' | ']'))
        else {
            continue;
        };
        let pair = matches!(
            (c, close),
            ('（' | '(', '）' | ')') | ('【' | '[', '】' | ']')
        );
        if pair {
            let s = ns - line.len() + open;
            out.push((s, ne + close.len_utf8(), "kyodo", (ns, ne)));
        }
    }
}

/// PTI's, IANS's and ANI's credits in Hindi copy: the dateline "जयपुर, 24 नवंबर (भाषा)" (भाषा,
/// "language", is PTI's Hindi service, and read only there) and "पीटीआई-भाषा के अनुसार"
/// ("according to PTI-Bhasha"), "… की रिपोर्ट के मुताबिक", "… ने बताया".
fn devanagari_hits(text: &str, out: &mut Vec<(usize, usize, &'static str, (usize, usize))>) {
    // Devanagari's letters are U+0900 to U+097F, in UTF-8 0xE0 0xA4 or 0xA5 and one more byte:
    // found by its lead byte, which other scripts' texts seldom hold, rather than by decoding
    // every character.
    let b = text.as_bytes();
    if !memchr::memchr_iter(0xE0, b).any(|i| matches!(b.get(i + 1), Some(0xA4 | 0xA5))) {
        return;
    }
    static PATTERNS: OnceLock<[Regex; 2]> = OnceLock::new();
    let [dateline, phrase] = PATTERNS.get_or_init(|| {
        [
            Regex::new(r"(?m)^[^\n,()]{1,40},\s*\d{1,2}\s+\S{2,12}\s*\((?P<n>भाषा|पीटीआई|आईएएनएस|एएनआई)\)").unwrap(),
            Regex::new(r"(?P<n>पीटीआई(?:-भाषा)?|आईएएनएस|एएनआई|रॉयटर्स|एएफपी)\s+(?:के\s+(?:अनुसार|मुताबिक)|की\s+(?:खबर|रिपोर्ट)\s+के\s+(?:अनुसार|मुताबिक)|ने\s+(?:बताया|खबर\s+दी|रिपोर्ट\s+दी))").unwrap(),
        ]
    });
    for re in [dateline, phrase] {
        for cap in re.captures_iter(text) {
            let (Some(m), Some(n)) = (cap.get(0), cap.name("n")) else {
                continue;
            };
            // A name is a whole word: no Devanagari letter or sign just before it.
            if text[..n.start()]
                .chars()
                .next_back()
                .is_some_and(|c| ('\u{900}'..='\u{97F}').contains(&c))
            {
                continue;
            }
            let slug = match n.as_str() {
                "भाषा" | "पीटीआई" | "पीटीआई-भाषा" => "pti",
                "आईएएनएस" => "ians",
                "एएनआई" => "ani",
                "रॉयटर्स" => "reuters",
                _ => "afp",
            };
            out.push((m.start(), m.end(), slug, (n.start(), n.end())));
        }
    }
}

/// A wire agency after a dash closing the text, on the line of its last sentence ("… in
/// Tumpat. - Bernama", "… until Wednesday. — Bernama"), as Malaysian papers sign off Bernama's
/// copy, and Malay Mail AFP's and Reuters'. On a line of its own, one hyphen opens a list's
/// item, so "- AFP" there is not read, and the dateline pattern reads a longer dash ("--
/// BERNAMA", "— AFP").
fn closing_dash_hits(
    text: &str,
    names: &[(usize, usize)],
    out: &mut Vec<(usize, usize, &'static str, (usize, usize))>,
) {
    let end = text.trim_end().len();
    for &(ns, ne) in names {
        if ne > end || !matches!(&text[ne..end], "" | ".") {
            continue;
        }
        let Some(slug) = slug_for_name(&text[ns..ne]).filter(|s| is_wire(s)) else {
            continue;
        };
        let before = text[..ns].trim_end_matches([' ', '\t']);
        let Some(dashed) = before
            .strip_suffix("--")
            .or_else(|| before.strip_suffix(['-', '–', '—']))
        else {
            continue;
        };
        let prior = dashed.trim_end();
        if dashed[prior.len()..].contains('\n') || !prior.ends_with(['.', '!', '?', '»', '”', '"'])
        {
            continue;
        }
        out.push((dashed.len(), end, slug, (ns, ne)));
    }
}

/// Whether a credit is a wire agency's bracket in a dateline ("PHOENIX (AP) —", "(dpa/lby) -",
/// or a distributor's slashes, "/PRNewswire/ --"): its name right after the bracket, as the
/// agency's copy opens.
pub fn agency_dateline(credit: &Credit, text: &str) -> bool {
    let Some(phrase) = credit.phrase.and_then(|(s, e)| text.get(s..e)) else {
        return false;
    };
    let p = phrase.trim_start();
    let bracket = phrase.len() - p.len() + 1;
    is_wire(&credit.outlet)
        && (p.starts_with('(') || p.starts_with('/'))
        && credit.name.is_some_and(|(s, _)| s as usize == bracket)
}

/// The credit that names the article's source, if any: a phrase credit wins over URLs; among URL
/// credits only a lone wire agency counts (a reference list of many outlets is a compilation, not a
/// rewrite of one of them).
pub fn primary_credit(credits: &[Credit]) -> Option<&Credit> {
    primary_credit_besides(credits, None)
}

/// [`primary_credit`] among the credits to other outlets than `own` (the article's own slug): a
/// page naming its own outlet credits no one by it, and the credit after it is the one that
/// names its source ("央视网消息：据新华社消息", CCTV.com's news, according to Xinhua).
pub fn primary_credit_besides<'a>(credits: &'a [Credit], own: Option<&str>) -> Option<&'a Credit> {
    let other = |c: &&Credit| own != Some(c.outlet.as_str());
    if let Some(c) = credits
        .iter()
        .filter(other)
        .find(|c| c.kind != CreditKind::Url)
    {
        return Some(c);
    }
    let mut urls = credits
        .iter()
        .filter(other)
        .filter(|c| c.kind == CreditKind::Url);
    match (urls.next(), urls.next()) {
        (Some(u), None) if is_wire(&u.outlet) => Some(u),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlets(text: &str) -> Vec<(String, CreditKind)> {
        find_credits(text, &[], &CorpusOutlets::default())
            .into_iter()
            .map(|c| (c.outlet, c.kind))
            .collect()
    }

    /// A credit is taken from another text when the words around the outlet's name are shared
    /// with it, not when only the name is: two texts naming the agency just before the same lead
    /// share a verbatim run from the name on.
    #[test]
    fn a_credit_is_taken_with_its_words_not_its_name_alone() {
        let corpus = CorpusOutlets::default();
        let text = "According to Reuters, the volcano erupted on Thursday morning.";
        let c = &find_credits(text, &[], &corpus)[0];
        let from = |w: &str| text.find(w).unwrap();
        // A run from "Reuters" on (the source wrote "(Reuters) - The volcano erupted").
        assert!(!credit_taken(c, [(from("Reuters"), text.len())]));
        // A run over the whole phrase: the sentence was copied, credit and all.
        assert!(credit_taken(c, [(0, text.len())]));
        assert!(credit_taken(c, [(from("to Reuters"), text.len())]));
        // A dateline shared with the text after it is taken: two papers running one story.
        let text = "NAIROBI (AP) - Floods closed the road on Friday.";
        let c = &find_credits(text, &[], &corpus)[0];
        assert!(credit_taken(c, [(text.find("AP").unwrap(), text.len())]));
        assert!(!credit_taken(
            c,
            [(text.find("Floods").unwrap(), text.len())]
        ));
        // A reference-list URL cannot be placed: taken, so nothing rests on it.
        let url = Credit {
            outlet: "reuters".into(),
            kind: CreditKind::Url,
            evidence: "https://www.reuters.com/x".into(),
            span: None,
            phrase: None,
            name: None,
        };
        assert!(credit_taken(&url, []));
    }

    /// Chinese, Japanese and Thai credits: the agencies by their names in those scripts, the
    /// reporting phrases around them with no spaces, datelines, and outlets of the corpus.
    #[test]
    fn credits_in_scripts_without_spaces() {
        let corpus = CorpusOutlets::from_sources(["搜狐体育", "สำนักข่าวไทย", "Daily Planet"]);
        let outlets = |t: &str| -> Vec<String> {
            find_credits(t, &[], &corpus)
                .into_iter()
                .map(|c| c.outlet)
                .collect()
        };
        assert_eq!(
            outlets("据新华社报道，央行14日发布的数据显示。"),
            ["xinhua"]
        );
        assert_eq!(
            outlets("新华社北京3月14日电（记者 孙悦）中国人民银行14日发布。"),
            ["xinhua"]
        );
        assert_eq!(outlets("路透社14日报道称，油价上涨。"), ["reuters"]);
        assert_eq!(
            outlets("ロイター通信は14日、株価が下がったと報じた。"),
            ["reuters"]
        );
        assert_eq!(outlets("共同通信によると、鹿島は14日に勝った。"), ["kyodo"]);
        assert_eq!(
            outlets("【ワシントン14日 ロイター】米国の株価は下がった。"),
            ["reuters"]
        );
        assert_eq!(outlets("ตามรายงานของรอยเตอร์ ราคาน้ำมันสูงขึ้น"), ["reuters"]);
        assert_eq!(outlets("สำนักข่าวไทยรายงานว่า บุรีรัมย์ชนะ"), ["สำนักข่าวไทย"]);
        assert_eq!(outlets("据搜狐体育消息，比赛延期。"), ["搜狐体育"]);
        // Full-width names, and Latin names in Chinese and Japanese phrases.
        assert_eq!(outlets("ＡＦＰ通信によると、株価は下がった。"), ["afp"]);
        assert_eq!(
            outlets("【ワシントン＝ＡＦＰ時事】大統領は述べた。"),
            ["afp"]
        );
        assert_eq!(
            outlets("ブルームバーグ通信によると、金利は上がった。"),
            ["bloomberg"]
        );
        assert_eq!(outlets("据CNN报道，油价上涨。"), ["cnn"]);
        assert_eq!(outlets("BBCによると、選挙は延期された。"), ["bbc"]);
        let nhk = CorpusOutlets::from_sources(["NHK"]);
        let c = find_credits("NHKによると、地震があった。", &[], &nhk);
        assert_eq!(
            c.iter().map(|c| c.outlet.as_str()).collect::<Vec<_>>(),
            ["nhk"]
        );
        // A name without a reporting phrase is no credit; nor is Xinhua's television.
        assert!(outlets("新华社的记者在现场。").is_empty());
        assert!(outlets("新华社电视台播出了节目。").is_empty());
        // The sentence carried as evidence ends at the ideographic full stop.
        let c = find_credits("前文。据新华社报道，油价上涨。后文很长。", &[], &corpus);
        assert_eq!(c[0].evidence, "据新华社报道，油价上涨。");
    }

    /// What `find_credits` gets wrong with `corpus`: a text of `credited` that does not credit
    /// its outlet, a text of `uncredited` that credits any.
    fn credit_mistakes(
        corpus: &CorpusOutlets,
        credited: &[(&str, &str)],
        uncredited: &[&str],
    ) -> Vec<String> {
        let outlets = |t: &str| -> Vec<String> {
            find_credits(t, &[], corpus)
                .into_iter()
                .map(|c| c.outlet)
                .collect()
        };
        let mut wrong = Vec::new();
        for &(text, outlet) in credited {
            let got = outlets(text);
            if !got.iter().any(|o| o == outlet) {
                wrong.push(format!("{text}: {got:?}, not {outlet}"));
            }
        }
        for &text in uncredited {
            let got = outlets(text);
            if !got.is_empty() {
                wrong.push(format!("{text}: {got:?}, not none"));
            }
        }
        wrong
    }

    /// The Arab world's and Iran's state agencies, in their datelines and by their full names;
    /// their short Arabic names only in a dateline. Persian verbs after a language service or
    /// after the day.
    #[test]
    fn credits_of_arab_and_iranian_agencies() {
        let wrong = credit_mistakes(
            &CorpusOutlets::default(),
            &[
                ("الرياض (واس) - أعلنت وزارة الصحة عن حالات جديدة.", "spa"),
                ("الكويت - 12 - 3 (كونا) -- أعلنت الحكومة خطة جديدة.", "kuna"),
                ("الدوحة - قنا: أعلنت وزارة الخارجية عن زيارة.", "qna"),
                ("أبوظبي في 5 يناير / وام / أعلنت الهيئة عن مبادرة.", "wam"),
                ("دمشق-سانا\nأكد وزير الخارجية أن الحوار مستمر.", "sana"),
                ("الرياض ـ واس\nأعلنت وزارة الصحة عن حالات جديدة.", "spa"),
                ("عمان (بترا) - قال وزير الصناعة إن الأسعار مستقرة.", "petra"),
                ("ذكرت وكالة الأنباء السعودية أن الاجتماع عقد أمس.", "spa"),
                ("وارتفعت الأسعار وفقا لوكالة أنباء الإمارات.", "wam"),
                (
                    "DOHA (QNA) - Qatar's foreign minister met his counterpart.",
                    "qna",
                ),
                (
                    "KUWAIT, Jan 5 (KUNA) -- The cabinet approved the budget.",
                    "kuna",
                ),
                ("Prices rose, according to the Saudi Press Agency.", "spa"),
                (
                    "Tehran said so, the Islamic Republic News Agency reported.",
                    "irna",
                ),
                (
                    "Syria's state news agency SANA reported heavy shelling.",
                    "sana",
                ),
                (
                    "The semi-official Tasnim news agency reported the arrests.",
                    "tasnim",
                ),
                ("The Fars news agency reported the arrests.", "fars"),
                ("بی‌بی‌سی فارسی گزارش داد که جلسه لغو شد.", "bbc"),
                ("رویترز در گزارشی نوشت که قیمت نفت افزایش یافت.", "reuters"),
                (
                    "رویترز روز دوشنبه گزارش داد که مذاکرات ادامه دارد.",
                    "reuters",
                ),
                ("به گزارش تسنیم، جلسه لغو شد.", "tasnim"),
            ],
            &[
                // "By the housing loan's report", "Qena (south of Egypt)", "reminded the
                // government", Petra and MENA in English (a name, a region), an Italian
                // company's suffix.
                "به گزارش وام مسکن، بازار راکد است.",
                "وزار الوزير محافظة قنا (جنوب مصر) أمس.",
                "وذكرت كونا الحكومة بالموعد.",
                "Hotels were full, according to Petra.",
                "Growth in North Africa slowed, according to MENA figures.",
                "The bonds of ENI SPA reported gains.",
                // A review's: roads, loans, football scores, a girl's name, a URL, "in reply to
                // CNN, [it] also announced", "the media also reported about Reuters".
                "مصرع 3 أشخاص على طريق سفاجا-قنا",
                "حادث مروع على طريق سفاجا - قنا الصحراوي",
                "طريق القاهرة/قنا/أسوان مغلق اليوم.",
                "شرایط دریافت وام ازدواج - وام مسکن",
                "بانک ملی - وام ۲۰۰ میلیونی برای خرید خودرو",
                "اعطای تسهیلات/وام/کمک بلاعوض به کشاورزان",
                "برچسب‌ها: tag/وام/12345",
                "الوحدة - الجزيرة 2-1",
                "مباراة العين - الجزيرة في دوري أدنوك للمحترفين",
                "مریم - سانا و علی به مدرسه رفتند.",
                "او به سانا گفت که فردا می‌آید.",
                "وزارت خارجه در پاسخ به سی‌ان‌ان نیز اعلام کرد که مذاکرات ادامه دارد.",
                "رسانه‌ها درباره رویترز نیز گزارش دادند.",
            ],
        );
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Arabic, Persian and Urdu copy credits its agencies and papers in its own words and
    /// letters, with small words fused to the names; ordinary words that name outlets credit
    /// nothing.
    #[test]
    fn credits_in_arabic_persian_and_urdu() {
        let corpus = CorpusOutlets::from_sources([
            "الأهرام",
            "همشهری",
            "روزنامہ جنگ",
            "جنگ",
            "اطلاعات",
            "اليوم",
            "الأيام",
            "الخليج",
            "الشرق الأوسط",
            "ایران",
            "کیهان",
            "فارس",
            "APP",
        ]);
        let wrong = credit_mistakes(
            &corpus,
            &[
                // Arabic: datelines, verb first, "to" fused to the name or to what it is.
                (
                    "القاهرة (رويترز) - قالت الحكومة إن الأسعار ارتفعت.",
                    "reuters",
                ),
                ("ذكرت وكالة رويترز أن الأسعار ارتفعت.", "reuters"),
                ("وقال مسؤول كبير لرويترز إن المحادثات توقفت.", "reuters"),
                (
                    "وقال متحدث باسم الشرطة لـرويترز إن الحادث وقع ليلا.",
                    "reuters",
                ),
                ("وارتفعت الأسعار وفقا لوكالة فرانس برس.", "afp"),
                ("باريس (أ ف ب) - أعلنت الحكومة الفرنسية.", "afp"),
                ("ونقلت وكالة أسوشيتد برس عن مسؤولين أن السفينة غرقت.", "ap"),
                ("ونقلت وكالة اسوشيتد برس عن مسؤولين أن السفينة غرقت.", "ap"),
                ("حسبما أفادت وكالة الأنباء الألمانية مساء الاثنين.", "dpa"),
                ("القاهرة (أ ش أ) - افتتح الوزير المعرض.", "mena"),
                (
                    "وأوضح الوزير في تصريحات للجزيرة أن المفاوضات مستمرة.",
                    "aljazeera",
                ),
                ("وارتفعت الأسعار بحسب CNN.", "cnn"),
                // An outlet of the corpus, named as written, and with "to" fused to it.
                ("بحسب صحيفة الأهرام، ارتفعت الأسعار.", "الأهرام"),
                ("وقال الوزير للأهرام إن الأسعار ستنخفض.", "الأهرام"),
                // Persian: "by the report of", verbs after the name, Persian letters.
                ("به گزارش خبرگزاری رویترز، قیمت نفت افزایش یافت.", "reuters"),
                ("به گزارش ایرنا، وزیر نفت امروز گفت.", "irna"),
                ("رویترز گزارش داد که قیمت نفت افزایش یافت.", "reuters"),
                (
                    "یک مقام ارشد به رویترز گفت که مذاکرات ادامه دارد.",
                    "reuters",
                ),
                ("به گزارش بی‌بی‌سی، این حادثه دیروز رخ داد.", "bbc"),
                ("به گزارش خبرگزاری فارس، جلسه لغو شد.", "fars"),
                (
                    "به گزارش روزنامه همشهری، شهرداری طرح را تصویب کرد.",
                    "همشهری",
                ),
                // Urdu: postpositions after the name, the agency's dateline.
                (
                    "برطانوی خبر رساں ادارے رائٹرز کے مطابق قیمتیں بڑھ گئیں۔",
                    "reuters",
                ),
                ("اسلام آباد ۔ 12 مئی (اے پی پی) وزیراعظم نے کہا۔", "app"),
                ("اے ایف پی کی رپورٹ کے مطابق دھماکہ صبح ہوا۔", "afp"),
                (
                    "روزنامہ جنگ کی خبر کے مطابق اجلاس ملتوی ہو گیا۔",
                    "روزنامہ-جنگ",
                ),
                ("بشکریہ: روزنامہ جنگ", "روزنامہ-جنگ"),
                ("وقال أحد المتعاملين لرويترز إن السعر ارتفع.", "reuters"),
                ("وأفادت وكالة الانباء الفرنسية بأن الشحنة ضبطت.", "afp"),
                ("وقال مصدر في الشرطة لفرانس برس إن الشحنة ضبطت.", "afp"),
                ("مسؤول لرويترز: المحادثات توقفت.", "reuters"),
                ("نقلاً عن بوابة الاهرام، ارتفعت الأسعار.", "الأهرام"),
                ("المصدر: صحيفة الأهرام", "الأهرام"),
                ("یک مقام محلی به ایرنا گفت که مدارس تعطیل است.", "irna"),
                (
                    "ایک سینئر عہدیدار نے رائٹرز کو بتایا کہ مذاکرات جاری ہیں۔",
                    "reuters",
                ),
                ("ایک افسر نے اے پی پی کو بتایا کہ اجلاس ہوگا۔", "app"),
                ("اے پی پی میں شائع خبر کے مطابق اجلاس ہوگا۔", "app"),
                ("وفقًا لرويترز، ارتفعت الأسعار.", "reuters"),
                ("بحسب ما نقلته رويترز عن مسؤولين، ارتفعت الأسعار.", "reuters"),
                ("وقال رئيس الوزراء لرويترز إن المحادثات مستمرة.", "reuters"),
                (
                    "وقال المسؤول الذي طلب عدم نشر اسمه لرويترز إن المحادثات مستمرة.",
                    "reuters",
                ),
                (
                    "في مقابلة مع رويترز، قال الوزير إن الأسعار سترتفع.",
                    "reuters",
                ),
                (
                    "القاهرة - رويترز: قالت الحكومة إن الأسعار سترتفع.",
                    "reuters",
                ),
                ("رویترز می‌نویسد که قیمت نفت افزایش یافت.", "reuters"),
                ("به گزارش فارس، جلسه لغو شد.", "فارس"),
                (
                    "کولمبو(اے ایف پی/اسپورٹس ڈیسک)جنوبی افریقہ کیخلاف سیریز",
                    "afp",
                ),
                ("دمبولا(اسپورٹس ڈیسک/اے ایف پی)بیٹنگ لائن ایک بار", "afp"),
                // Eight words between the verb and the name fused to "to" (a paper's own
                // interviews, "bakers in Cairo and Giza told al-Shorouk").
                (
                    "قال عدد من أصحاب المخابز في القاهرة والجيزة لـ«الأهرام» إن الوزن صعب.",
                    "الأهرام",
                ),
            ],
            &[
                // Not names: the Persian Gulf, Pakistan's PTI party, Mehr the month, a photo.
                "به گزارش منابع محلی، کشتی در خلیج فارس توقیف شد.",
                "پی ٹی آئی کے مطابق جلسہ کل ہوگا۔",
                "به گزارش مهر ماه گذشته، بارش کم بود.",
                // A one-word name that is also a word ("war", "information") takes a verb after
                // it only after what kind of outlet it is.
                "ابتدائی اطلاعات کے مطابق ٹریک ٹوٹا ہوا تھا۔",
                "جنگ کے مطابق سرحد پر فائرنگ ہوئی۔",
                "صورة: رويترز",
                // Working for an outlet is no credit.
                "وقال أحمد، الذي يعمل مراسلا لرويترز منذ عشرين عاما، إنه غادر.",
                // A name inside a longer word; "to an island", which is how "to Al Jazeera"
                // ends.
                "قال الوزير إن البرويترزية كلمة لا معنى لها.",
                "وقال إنه سافر لجزيرة قبرص الأسبوع الماضي.",
                // What was said, after "that", is no one told ("he said he travelled to the
                // island", "the government said it warned Reuters", "peace matters to the Middle
                // East").
                "وقال إنه سافر للجزيرة الأسبوع الماضي.",
                "وقالت الحكومة إنها وجهت إنذارا لرويترز.",
                "وقال الرئيس إن السلام مهم للشرق الأوسط.",
                // One-word names that are words ("today", "the days", "Iran") or open a longer
                // name ("Kayhan London"), a verb before them and no clause ending after.
                "وقالت اليوم الخميس وزارة الصحة إن الوضع مستقر.",
                "وقد كشفت الأيام الماضية حجم الكارثة.",
                "بر اساس گزارش ایران به آژانس، برنامه ادامه دارد.",
                "به گزارش کیهان لندن، جلسه لغو شد.",
                "وزیر خارجه عمان به ایران گفت که مذاکرات ادامه دارد.",
                // A photograph's credit, a team in brackets, a word in brackets.
                "تصوير: (رويترز/ محمد عبد الغني)",
                "وفاز العداء محمد (الخليج) بالميدالية الذهبية.",
                "دوسری عالمی (جنگ) کے بعد شہر دوبارہ بسایا گیا۔",
            ],
        );
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        // The evidence is the sentence: Urdu's full stop, and Arabic's after a letter without
        // capitals, end one.
        for (text, sentence) in [
            (
                "پہلا جملہ۔ بی بی سی کے مطابق دوسرا جملہ۔ تیسرا جملہ۔",
                "بی بی سی کے مطابق دوسرا جملہ۔",
            ),
            (
                "الجملة الأولى. ذكرت رويترز أن الثانية طويلة؟ الثالثة.",
                "ذكرت رويترز أن الثانية طويلة؟",
            ),
            (
                "پہلا جملہ۔ اسلام آباد ۔ 12 مئی (اے پی پی) وزیراعظم نے کہا۔ آخری۔",
                "اسلام آباد ۔ 12 مئی (اے پی پی) وزیراعظم نے کہا۔",
            ),
        ] {
            let credits = find_credits(text, &[], &corpus);
            assert_eq!(credits.len(), 1, "{text}");
            assert_eq!(credits[0].evidence, sentence);
        }
    }

    /// A page's non-breaking spaces inside a name, or anywhere before it, change neither what
    /// is credited nor where: spans and evidence are the text's as written.
    #[test]
    fn non_breaking_spaces_read_as_spaces() {
        let corpus = CorpusOutlets::default();
        for (text, outlet, name) in [
            (
                "The vote passed, according to the Associated\u{a0}Press, after a long debate.",
                "ap",
                "Associated\u{a0}Press",
            ),
            (
                "«\u{a0}Le vote\u{a0}»\u{a0}: le texte est passé, a rapporté l'Agence\u{a0}France-Presse.",
                "afp",
                "Agence\u{a0}France-Presse",
            ),
            (
                "Il\u{a0}a plu\u{a0}; selon l'AFP, la route est fermée.",
                "afp",
                "AFP",
            ),
            (
                "By\u{a0}JOSH\u{a0}BOAK,\u{a0}Associated\u{a0}Press\n\nThe vote passed.",
                "ap",
                "Associated\u{a0}Press",
            ),
        ] {
            let credits = find_credits(text, &[], &corpus);
            assert_eq!(credits.len(), 1, "{text:?}: {credits:?}");
            let c = &credits[0];
            assert_eq!(c.outlet, outlet, "{text:?}");
            let (s, e) = c.phrase.unwrap();
            let (before, after) = c.name.unwrap();
            assert_eq!(&text[s + before as usize..e - after as usize], name, "{text:?}");
            let (ss, se) = c.span.unwrap();
            assert_eq!(c.evidence, text[ss..se].trim(), "{text:?}");
            assert!(c.evidence.contains(name), "{text:?}");
        }
        // A corpus outlet whose `source` has one, in a text with a plain space or with one.
        let corpus = CorpusOutlets::from_sources(["Le\u{a0}Parisien", "Le Parisien"]);
        for text in [
            "La route est fermée, selon Le\u{a0}Parisien.",
            "La route est fermée, selon Le Parisien.",
        ] {
            let credits = find_credits(text, &[], &corpus);
            assert_eq!(credits.len(), 1, "{text:?}: {credits:?}");
            assert_eq!(credits[0].outlet, slug_for_source("Le\u{a0}Parisien"));
            assert_eq!(credits[0].outlet, slug_for_source("Le Parisien"));
        }
    }

    /// Reuters' tagline names no outlet, but it is Reuters' own: copy that closes with it is
    /// Reuters' copy. Only where it closes the story, and only in its house form.
    #[test]
    fn reuters_tagline_credits_reuters() {
        let body = "The vote passed on Monday after a long debate.";
        for closing in [
            "\n\n(Reporting by Jane Doe in London; Editing by Mark Potter)",
            " (Reporting by Jane Doe; Additional reporting by John Roe in Paris; Editing by Mark Potter)",
            "\n\n(Reporting by Jane Doe; Writing by John Roe; Editing by Mark Potter and Alex Richardson)\n\nOur Standards: The Thomson Reuters Trust Principles.",
            "\r\n\r\n(Writing by John Roe, editing by Mark Potter)\r\n",
            "\n\nReporting by Jane Doe; Editing by Mark Potter",
            "\n\nReporting by Jane Doe; Editing by Mark Potter.\r\n",
            // The second review's: "By" capitalised, non-breaking spaces, after a bracket, and
            // reuters.com's footer and topics after it.
            "\n\n(Reporting By Jane Doe; Editing by Mark Potter)",
            "\n\n(Reporting\u{a0}by Jane Doe; Editing\u{a0}by Mark Potter)",
            " ($1 = 0.9208 euros) (Reporting by Jane Doe; Editing by Mark Potter)",
            "\n\n(Reporting by Jane Doe; Editing by Mark Potter)\n\nPhoto editing: John Roe",
            "\n\nReporting by Jane Doe; Editing by Mark Potter\n\nOur Standards: The Thomson Reuters Trust Principles., opens new tab\n\nSuggested Topics:\n\nWorld\n\nUnited Kingdom\n\nBusiness\n\nPurchase Licensing Rights, opens new tab",
            // Wrapped, and cut off.
            "\n\n(Reporting by Jane Doe in London;\nEditing by Mark Potter)",
            "\n\n(Reporting by Jane Doe in London and John\r\nRoe in Paris; Editing by Mark\r\nPotter)\r\n",
            "\n\n(Reporting by Jane Doe; Editing by Mark Potter",
            "\n\n(Reporting by Jane Doe; Editing by Mark Potter\n\nOur Standards: The Thomson Reuters Trust Principles.",
        ] {
            let text = format!("{body}{closing}");
            let credits = find_credits(&text, &[], &CorpusOutlets::default());
            assert_eq!(credits.len(), 1, "{text:?}: {credits:?}");
            let c = &credits[0];
            assert_eq!(c.outlet, "reuters", "{text:?}");
            let (s, e) = c.phrase.unwrap();
            assert!(text[s..e].contains("diting"), "{text:?}");
            assert!(c.name.is_none());
        }
        // Its French, Spanish and German bureaus' forms (a review's, and a Reuters Latam
        // sign-off as printed, its contact line after it).
        let body = "Le vote a eu lieu lundi après un long débat.";
        for closing in [
            "\n\n(Reportage Jean Dupont, édité par Marie Durand)",
            "\n\n(Rédigé par Paul Lefèvre; édité par Marie Durand)",
            "\n\n(Reportage Philip Carter et Julia Evans; version française Camille Roux, édité par Nicolas Bernard)",
            "\n\n(Información de Juan Pérez; editado por Tomás López)",
            "\n\n(Reportes de Ankika Biswas y Shreyashi Sanyal en Bengaluru; reporte adicional de Bansari Mayur Kamdar. Editado en español por Marion Giraldo)\n\n((Mesa de edición en español +562 24374447. Twitter: https://twitter.com/ReutersLatam; ))",
            "\n\n(Bericht von Hans Müller, redigiert von Petra Schmidt)",
            "\n\n(Bericht von Hans Müller, redigiert von Petra Schmidt. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter berlin.newsroom@thomsonreuters.com (für Politik und Konjunktur) oder frankfurt.newsroom@thomsonreuters.com (für Unternehmen und Märkte).)",
            "\n\n(Reporter: Hans Müller; Redigiert von: Petra Schmidt)",
        ] {
            let text = format!("{body}{closing}");
            let credits = find_credits(&text, &[], &CorpusOutlets::default());
            assert_eq!(
                credits.first().map(|c| c.outlet.as_str()),
                Some("reuters"),
                "{text:?}: {credits:?}"
            );
        }
        // Their words in a story, or a sign-off that names no editor, are none.
        for text in [
            "(Reportage Jean Dupont)",
            "Le rapport, rédigé par le ministère et édité par la Documentation française, paraît lundi.",
            "(Bericht von Hans Müller)",
        ] {
            let credits = find_credits(text, &[], &CorpusOutlets::default());
            assert!(credits.is_empty(), "{text:?}: {credits:?}");
        }
        // With its dateline too, the dateline is the credit.
        let text =
            format!("LONDON (Reuters) - {body}\n\n(Reporting by Jane Doe; Editing by Mark Potter)");
        let credits = find_credits(&text, &[], &CorpusOutlets::default());
        assert_eq!(credits.len(), 1);
        assert!(credits[0].evidence.starts_with("LONDON (Reuters)"));
        let more = format!("\n\n{body}").repeat(5);
        for text in [
            // Not closing the story.
            format!("{body}\n\n(Reporting by Jane Doe; Editing by Mark Potter){more}"),
            // Other words, other forms.
            format!("{body} Editing by committee slowed the report."),
            format!(
                "{body}\n\nThanks to our volunteers (writing by Jane Doe, editing by Mark Potter)"
            ),
            format!("{body}\n\nReporting by Jane Doe, Editing by Mark Potter"),
            format!("{body}\n\n(Reporting by Jane Doe)"),
            format!("{body} The film (Editing by Mark Potter) won."),
            format!("{body} The film was cut. (Editing by Mark Potter)"),
            format!("{body}\n\n(Reporting by Jane Doe;\n\nEditing by Mark Potter)"),
            format!("{body}\n\n(Reporting by Jane Doe\n\nin London; Editing by Mark Potter)"),
            format!("{body}\n\n(Editing by Mark Potter)\n\n{body}\n\n{body}"),
            // The second review's: a film's editor, a student paper's desk.
            format!("{body}\n\n(Editing by Tomas Hale)"),
            format!("{body}\n\n(Editing by the Opinion Desk)"),
            // The second review's: other credit lines, and a compilation of briefs.
            format!("{body}\n\nReporting by Jane Doe; editing by Mark Potter"),
            format!("{body}\n\n(Research by A. Smith and B. Jones; editing by C. Brown)"),
            format!(
                "{body} (Reporting by Jane Doe; Editing by Mark Potter)\n\nTrain strike ends. Unions \
                 accepted the offer on Tuesday.\n\nMuseum reopens. The doors opened at nine to a queue.\n"
            ),
        ] {
            assert!(outlets(&text).is_empty(), "{text:?}");
        }
        // The tagline comes before what the copy reports others reported.
        let text = "Shares rose, the Wall Street Journal reported on Monday.\n\n(Reporting by Jane Doe; Editing by Mark Potter)";
        let credits = find_credits(text, &[], &CorpusOutlets::default());
        assert_eq!(credits.len(), 2, "{credits:?}");
        assert_eq!(primary_credit(&credits).unwrap().outlet, "reuters");
        // Bytes around the tail's cut are no char boundary problem.
        let text = format!(
            "{}{body}\n\n(Reporting by Jane Doe; Editing by Mark Potter)",
            "é".repeat(2000)
        );
        assert_eq!(
            outlets(&text),
            [("reuters".to_string(), CreditKind::Phrase)]
        );
    }

    /// An agency named in running text, then in the story's sign-off: the credit is the
    /// sign-off, which a copy of the agency's text does not repeat from the running text (a
    /// review's Kuwait Times, whose "— KUNA" was lost behind the agency's own "told KUNA"), in
    /// the order of the first naming. A dateline first stays the credit.
    #[test]
    fn a_sign_off_is_the_credit_of_an_agency_named_before_it() {
        let none = CorpusOutlets::default();
        let text = "The ministry raised KD 750 million.\n\nThe proceeds would fund the budget, \
                    an official told KUNA, according to Reuters.\n\nIt closed on Monday. — KUNA";
        let credits = find_credits(text, &[], &none);
        let outlets: Vec<&str> = credits.iter().map(|c| c.outlet.as_str()).collect();
        assert_eq!(outlets, ["kuna", "reuters"]);
        assert_eq!(credits[0].evidence, "— KUNA");
        let dated = "KUWAIT CITY, Nov 24 (KUNA) -- The ministry raised KD 750 million.\n\nIt \
                     closed on Monday. — KUNA";
        let credits = find_credits(dated, &[], &none);
        assert!(
            credits[0].evidence.starts_with("KUWAIT CITY"),
            "{credits:?}"
        );
    }

    /// Bylines, closing lines and copyright lines naming a wire agency are the copy's
    /// furniture; its dateline and reporting phrases are not, nor a paper's own byline.
    #[test]
    fn wire_furniture_is_bylines_closing_and_copyright_lines() {
        let corpus = CorpusOutlets::from_sources(["The Northern Times"]);
        let furniture = |text: &str| {
            let credits = find_credits(text, &[], &corpus);
            let c = primary_credit(&credits).unwrap_or_else(|| panic!("{text:?}"));
            wire_furniture(c, text)
        };
        for text in [
            "By MARISSA KELLERMAN Associated Press\n\nThe vote passed.",
            "BY: JOSH BOAK, Associated Press\n\nThe vote passed.",
            "The vote passed.\n\n— AFP",
            "The vote passed.\n\nWith AFP",
            "The vote passed.\n\nCopyright 2024 The Associated Press. All rights reserved.",
            "The vote passed.\n\n© 2024 Reuters",
            // The agency's name alone closing the copy, after a hyphen or a slash.
            "Le barrage a été mis en eau.\n\nAPS",
            "Mangsa dipindahkan ke PPS.\n\n- Bernama",
            "The berth raised capacity.\n\n/IRNA",
        ] {
            assert!(furniture(text), "{text:?}");
        }
        for text in [
            "PITTSBURGH (AP) — The vote passed.",
            "The vote passed, Reuters reported.",
            "The vote passed.\n\n(Reporting by Jane Doe; Editing by Mark Potter)",
            "The vote passed.\n\n(c) 2024 The Northern Times. All rights reserved.",
        ] {
            assert!(!furniture(text), "{text:?}");
        }
    }

    /// A story written with an agency's copy signs off with it: "(avec AFP)" in French papers,
    /// "(mit dpa)" or "Mit Material von dpa" in German ones, and so on. A bracket with another
    /// word before the name, or the name in running text after "with", is no sign-off.
    #[test]
    fn a_sign_off_credits_each_agency_it_names_first_one_first() {
        let none = CorpusOutlets::default();
        for (text, want) in [
            (
                "The vote passed.\n\n— Reuters, AFP",
                &["reuters", "afp"][..],
            ),
            ("The vote passed.\n\n— AFP and Reuters", &["afp", "reuters"]),
            (
                "Le trafic a repris. (avec Reuters et AFP)",
                &["reuters", "afp"],
            ),
            (
                "O trânsito foi retomado. (com Lusa, EFE e AFP)",
                &["lusa", "efe", "afp"],
            ),
            ("Le trafic a repris. (avec AFP et l'AP)", &["afp", "ap"]),
            ("The vote passed.\n\n— Bloomberg, Reuters", &["reuters"]),
            // A person among them is no outlet.
            ("The vote passed.\n\nWith AFP and Jane Doe", &["afp"]),
        ] {
            let credits = find_credits(text, &[], &none);
            let got: Vec<&str> = credits.iter().map(|c| c.outlet.as_str()).collect();
            assert_eq!(got, want, "{text}");
            assert_eq!(primary_credit(&credits).unwrap().outlet, want[0], "{text}");
            // Each credit's name is the name as written, inside its phrase.
            for c in &credits {
                let (s, e) = c.phrase.unwrap();
                let (before, after) = c.name.unwrap();
                let name = &text[s + before as usize..e - after as usize];
                assert_eq!(
                    slug_for_name(name),
                    Some(c.outlet.as_str()),
                    "{text}: {name}"
                );
            }
        }
    }

    /// An author field naming a wire agency credits it; one naming people or a paper does not.
    #[test]
    fn an_agency_as_author_is_a_credit() {
        for (byline, want) in [
            ("Reuters", Some("reuters")),
            ("By AFP", Some("afp")),
            ("Jane Doe, Reuters", Some("reuters")),
            ("Reuters Staff", Some("reuters")),
            ("The Associated Press", Some("ap")),
            ("PTI", Some("pti")),
            ("Jane Doe and John Roe", None),
            ("The Guardian", None),
            ("", None),
        ] {
            let got = byline_credit(byline);
            assert_eq!(got.as_ref().map(|c| c.outlet.as_str()), want, "{byline:?}");
            if let Some(c) = got {
                assert_eq!((&c.kind, c.span), (&CreditKind::Byline, None));
                assert_eq!(primary_credit(std::slice::from_ref(&c)), Some(&c));
            }
        }
    }

    /// A fourth review's wire copy in South and East Asia (benches/syndication/asia).
    #[test]
    fn asian_agencies_datelines_and_sign_offs_credit_them() {
        let wrong = credit_mistakes(
            &CorpusOutlets::default(),
            &[
                // PTI's and IANS's datelines put the month first and no dash after the bracket.
                ("New Delhi, Nov 24 (PTI) The Commission invoked Stage IV.", "pti"),
                ("Sriharikota, Nov 24 (IANS) The Indian Space Research Organisation will launch.", "ians"),
                ("The air stayed severe.\n\nWith inputs from PTI", "pti"),
                // Malaysian papers sign off Bernama's copy after a dash.
                ("Evacuations went on in Tumpat. - Bernama", "bernama"),
                ("Rain is expected until Wednesday. — Bernama", "bernama"),
                ("Mangsa dipindahkan ke PPS.\n\n-- BERNAMA", "bernama"),
                // Kyodo's bracket in Japanese copy, alone or with the place.
                ("今後1週間程度は注意してほしいと呼びかけた。（共同）", "kyodo"),
                ("【ソウル共同】韓国政府は24日、発表した。", "kyodo"),
                // PTI's Hindi service: its dateline, and "according to PTI-Bhasha".
                ("जयपुर, 24 नवंबर (भाषा) राजस्थान के सीकर जिले में हादसा हुआ।", "pti"),
                ("समाचार एजेंसी पीटीआई-भाषा के अनुसार हादसे में नौ लोगों की मौत हुई।", "pti"),
                // Yonhap in Korean: its dateline and "according to Yonhap".
                ("(서울=연합뉴스) 이지현 기자 = 24일 오전 서울에 첫눈이 내렸다.", "yonhap"),
                ("연합뉴스에 따르면 관세청은 24일 수출액을 발표했다.", "yonhap"),
                // VNA in Vietnamese: its dateline with the site's brand, "Theo TTXVN", its
                // closing line; Antara's "Sumber: Antara".
                ("Hà Nội (TTXVN/Vietnam+) - Theo Trung tâm Dự báo, bão số 15 mạnh lên.", "vna"),
                ("Theo TTXVN, sáng 24/11, bão số 15 đang ở ngoài khơi.", "vna"),
                ("Học sinh được nghỉ học.\n\nTTXVN", "vna"),
                ("Warga masih mengungsi.\n\nSumber : Antara", "antara"),
            ],
            &[
                // "共同" alone is a common word: a joint statement, joint development.
                "両国は共同声明を発表し、共同開発を進める。",
                "两国发表共同声明。",
                // "भाषा" is "language": only PTI's dateline bracket reads it as PTI.
                "हिंदी भाषा के अनुसार यह शब्द पुराना है।",
                // A dash line that closes nothing: a list of sources, a photograph's credit.
                "Sources:\n- Reuters\n- AP\n\nThe list goes on here",
                "The minister spoke\n\nPhoto - Reuters",
            ],
        );
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Two more reviews' wire copy, of the Middle East and Africa and of Latin America
    /// (benches/syndication/mea, latam): agencies the tool did not know, datelines closed by a
    /// full stop or with the name before a dash, the name alone closing the story, and the
    /// Arabic forms of Saudi, Egyptian and Moroccan copy.
    #[test]
    fn african_arab_and_latin_american_agencies_credit_them() {
        let wrong = credit_mistakes(
            &CorpusOutlets::default(),
            &[
                ("Nador, 24 nov. 2026 (MAP) - Le port a accueilli son premier navire.", "map"),
                ("Le port a accueilli son premier navire.\n\nLe Matin avec MAP", "map"),
                ("Riyadh, November 24, 2026, SPA -- The unemployment rate fell.", "spa"),
                ("Tehran, IRNA - Container traffic at Chabahar rose.", "irna"),
                ("The new berth raised capacity by 40 percent.\n\n/IRNA", "irna"),
                ("APA-Dakar (Sénégal) - Le Sénégal a exporté 14 cargaisons.", "apa"),
                ("Le Sénégal a exporté 14 cargaisons.\n\nSource : APA", "apa"),
                ("Tunis, 24 nov (TAP) - Les exportations ont atteint 86.400 tonnes.", "tap"),
                ("Kano, Nov. 24, 2026 (NAN) The Federal Government says the line will open.", "nan"),
                ("The scheme was commissioned on Tuesday.\n\nKNA", "kna"),
                ("Produce comes from 2 700 local farmers. – SAnews.gov.za", "sanews"),
                ("DAILY SABAH WITH AA\n\nANKARA\n\nTürkiye's exports rose.", "anadolu"),
                ("Lima, nov. 24 (ANDINA). El Gobierno declaró la emergencia.", "andina"),
                ("BOGOTÁ (Colprensa). El Gobierno anunció un subsidio.", "colprensa"),
                ("SÃO PAULO, SP (FOLHAPRESS) - A prefeitura anunciou o plano.", "folhapress"),
                ("A prefeitura anunciou o plano.\n\nEstadão Conteúdo", "estadao"),
                ("La Habana, 24 nov (Prensa Latina) El Gobierno anunció el plan.", "prensa-latina"),
                ("La ruta permanecerá cortada.\n\nFuente: NA", "noticias-argentinas"),
                // Northern, Central and South-Eastern Europe's agencies.
                ("Ferja gikk på grunn tirsdag.\n\n(©NTB)", "ntb"),
                ("Ferja gikk på grunn tirsdag, melder NTB.", "ntb"),
                ("Kramfors (TT) Akutmottagningen stängs nattetid.", "tt"),
                ("Akutmottagningen stängs, uppger TT.", "tt"),
                ("Skibet blev udgravet i 1962.\n\n/ritzau/", "ritzau"),
                ("Kone suljetaan ensi vuonna.\n\n(STT)", "stt"),
                ("STT\n\nKone suljetaan ensi vuonna.", "stt"),
                ("STT:n mukaan yhtiö aloittaa muutosneuvottelut.", "stt"),
                ("Tilanne on vaikea, sanoo toimitusjohtaja Jari Koskela STT:lle.", "stt"),
                ("Reutersin mukaan yhtiö aloittaa muutosneuvottelut.", "reuters"),
                ("Yhtiö aloittaa neuvottelut, Bloombergin mukaan.", "bloomberg"),
                ("Tilanne on vaikea, sanoo toimitusjohtaja Reutersille.", "reuters"),
                ("AFP:n mukaan kaupunkiin iski ohjus.", "afp"),
                ("Xinhuan mukaan tulvat jatkuvat.", "xinhua"),
                ("QNA/Doha\n\nHamad Port handled 1.2 million containers.", "qna"),
                ("Hamad Port handled 1.2 million containers.\n\nThe Peninsula / QNA", "qna"),
                ("TT\n\nAkutmottagningen stängs nattetid.", "tt"),
                ("Ostrava 24. listopadu (ČTK) - Krajský soud dnes rozhodl.", "ctk"),
                ("Hruška rezignoval.\n\nZdroj: ČTK", "ctk"),
                ("Hruška rezignoval, uvedla podle ČTK policie.", "ctk"),
                ("A komp leáll, az MTI szerint.", "mti"),
                ("A komp november 30-án leáll.\n\nForrás: MTI", "mti"),
                ("Drumul a fost închis.\n\n(sursa: AGERPRES)", "agerpres"),
                ("Sibiu, 24 nov /AGERPRES/ - Drumul a fost închis.", "agerpres"),
                ("Σεισμός 5,1 Ρίχτερ στη Ζάκυνθο.\n\nΠηγή: ΑΠΕ-ΜΠΕ", "ana-mpa"),
                ("Kamen temeljac je položen.\n\nIzvor: Tanjug", "tanjug"),
                ("Камен темељац је положен.\n\nИзвор: Танјуг", "tanjug"),
                ("Gradnja mosta počela je danas, prenosi Tanjug.", "tanjug"),
                ("Szalai Bence kedden közölte az MTI-vel, hogy a tó szintje csökkent.", "mti"),
                ("Терминалът може да обработва 350 000 контейнера, съобщи БТА.", "bta"),
                ("Про це повідомляє кореспондент Укрінформу.", "ukrinform"),
                ("Ο σεισμός σημειώθηκε νοτιοδυτικά, σύμφωνα με το ΑΠΕ-ΜΠΕ.", "ana-mpa"),
                ("Ο σεισμολόγος δήλωσε στο ΑΠΕ-ΜΠΕ ότι το ρήγμα είναι γνωστό.", "ana-mpa"),
                ("Mangsa dipindahkan ke PPS.\n\n- Bernama", "bernama"),
                (
                    "تبوك 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م واس\n\nأعلنت هيئة التراث اليوم عن اكتشاف موقع أثري.",
                    "spa",
                ),
                ("واس (تبوك)\n\nأعلنت هيئة التراث اليوم عن اكتشاف موقع أثري.", "spa"),
                ("القاهرة في 24 نوفمبر /أ ش أ/ أكد وزير التموين أن الاحتياطي يكفي.", "mena"),
                ("استقبل ميناء الناظور أول سفينة حاويات.\n\n(و م ع)", "map"),
            ],
            &[
                // Short names that are other things outside an agency's forms: Portugal's
                // airline, the region.
                "Flights to Lisbon were cancelled, according to TAP.",
                "Growth slowed, according to MENA data.",
                "The figure for March is NA, according to NA tables.",
                "Flere gikk ombord, ifølge TT-kanalen.",
                "The BTA said the deal was off.",
                "La economía creció, según la Comunidad Andina.",
                // A short name after one hyphen opens a list's item as often; a photograph's
                // credit names its agency with another.
                "The talks ended.\n\n- AFP",
                "The minister spoke.\n\nAFP/Getty Images",
                // A photographer's or an archive's name with a picture agency's.
                "The minister spoke.\n\nJohn Doe/AFP",
                "AFP/File\n\nThe minister spoke.",
                "Reuters/Stringer\n\nThe minister spoke.",
                // A colon ends no Finnish name before other words.
                "Ohjelma: STT:n toimittajat ja muut vieraat.",
                "Reuters-Ipsos poll - most back the plan, the survey found.",
                "A Reuters-tally shows more, according to Reuters-Ipsos.",
            ],
        );
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn sign_offs_credit_the_agency() {
        let english = credit_mistakes(
            &CorpusOutlets::from_sources(["The Northern Times"]),
            &[
                (
                    "The vote passed.\n\nThe Associated Press contributed to this report.",
                    "ap",
                ),
                ("The vote passed.\n\nReuters contributed reporting.", "reuters"),
                (
                    "The vote passed.\n\nCopyright 2024 The Associated Press. All rights reserved.",
                    "ap",
                ),
                ("The vote passed.\n\n© 2024 Reuters", "reuters"),
                ("Smoke rose over the port, a Reuters witness said.", "reuters"),
                ("An AFP correspondent saw tanks in the square.", "afp"),
                ("A Reuters tally shows 40 deaths.", "reuters"),
                ("A Reuters reporter saw the convoy.", "reuters"),
                ("Reuters calculations show a rise.", "reuters"),
                ("Reuters contributed reporting from Kyiv.", "reuters"),
                (
                    "The vote passed.\n\n(c) 2024 The Northern Times. This material may not be published.",
                    "the-northern-times",
                ),
                // A press release as finance sites run it, under its distributor's dateline
                // or copyright line, and a Reuters copy's or dpa's copyright line.
                (
                    "SAN DIEGO--(BUSINESS WIRE)--Tessaline Inc. today announced results.",
                    "business-wire",
                ),
                (
                    "BOSTON, March 5, 2024 (GLOBE NEWSWIRE) -- Northfield Corp. today announced a merger.",
                    "globenewswire",
                ),
                (
                    "NEW YORK, March 5, 2024 /PRNewswire/ -- Corvalis Therapeutics today announced trial data.",
                    "pr-newswire",
                ),
                (
                    "Tessaline Inc. today announced results.\n\nCopyright Business Wire 2024",
                    "business-wire",
                ),
                (
                    "The vote passed.\n\n(c) Copyright Thomson Reuters 2025.",
                    "reuters",
                ),
                (
                    "Die Abstimmung ist durch.\n\n© dpa-infocom, dpa:250306-930-395871/2",
                    "dpa",
                ),
                ("Die Abstimmung ist durch.\n\n(dpa/lby)", "dpa"),
                ("Die Abstimmung ist durch.\n\ndpa/lby", "dpa"),
                ("Le vote a eu lieu.\n\nSource AFP", "afp"),
                // The agency's full name as the closing line, as Spanish papers print EFE's.
                ("La votación se celebró.\n\nAgencia EFE", "efe"),
            ],
            &[
                "AFP/Getty Images",
                "Copyright Reuters, all rights reserved, and the lawyers said so.",
                "The copyright lawyer Reuters hired said so.",
                "Copyright law changed in 2024 when Reuters sued.",
                "She contributed reporting skills to the team.",
                "The witness said Reuters had called her.",
                // A review's: photo credits, captions, a lawsuit, a line break between the
                // name and the next sentence, "the story's spread", a count.
                "Photo: © AFP",
                "Foto: © dpa",
                "The minister resigned (Photo © Reuters/John Smith) on Monday.",
                "Image copyright Reuters",
                "The suit over copyright The New York Times filed last year is pending.",
                "Photo: Reuters\nWitnesses said the crowd dispersed.",
                "The lawsuit claims the Associated Press contributed to the story's spread.",
                "Critics said the CNN count shows bias.",
                // The agency in brackets after a sentence closes a story, not a caption
                // before more of it.
                "Protesters gathered on Tuesday. (AFP)\n\nThe march went on.",
            ],
        );
        assert!(english.is_empty(), "{english:#?}");
        // Bylines and closing lines of wire copy as member papers and aggregators print it.
        let wire_copy = credit_mistakes(
            &CorpusOutlets::from_sources(["The Northern Times", "Reuters"]),
            &[
                ("By The Associated Press\n\nThe vote passed.", "ap"),
                ("BY JOSH BOAK, Associated Press\n\nThe vote passed.", "ap"),
                ("By Josh Boak | Associated Press\n\nThe vote passed.", "ap"),
                ("By Jane Doe and John Roe, Reuters\n\nThe vote passed.", "reuters"),
                ("By Jane O'Neil-Smith - AFP\nThe vote passed.", "afp"),
                ("The vote passed.\n\n— The Associated Press", "ap"),
                ("The vote passed.\n\n—AFP.", "afp"),
                ("“We will rebuild,” she said.\n– Reuters\n\n", "reuters"),
                ("The vote passed.\n\nWith AFP", "afp"),
                ("The vote passed.\n\nAdditional reporting by Reuters", "reuters"),
                (
                    "The vote passed, with additional reporting by Reuters in Kyiv.",
                    "reuters",
                ),
                (
                    "The vote passed.\n\nAssociated Press writer Jane Doe in Chicago contributed to this report.",
                    "ap",
                ),
                (
                    "The vote passed.\n\nAssociated Press writers Jane Doe in Chicago and John Roe in Washington contributed.",
                    "ap",
                ),
                ("The vote passed.\n\nReuters reporter Li Wei contributed.", "reuters"),
                // Lines ending in CRLF, as Windows tools write them.
                ("The vote passed.\r\n\r\n— AFP\r\n", "afp"),
                ("By The Associated Press\r\n\r\nThe vote passed.", "ap"),
                ("The vote passed.\r\n\r\nWith reporting by Reuters\r\n", "reuters"),
                // The writer's title after the agency, the agency on the line after the
                // writers', two hyphens for a dash, accented and Vietnamese writers' names.
                ("By JOSH BOAK, AP Economics Writer\n\nThe vote passed.", "ap"),
                ("By JOSH BOAK AP Economics Writer\n\nThe vote passed.", "ap"),
                (
                    "By ZEKE MILLER and COLLEEN LONG, Associated Press White House Correspondents\nThe vote passed.",
                    "ap",
                ),
                ("By Reuters Staff\n\nThe vote passed.", "reuters"),
                ("By JOSH BOAK\nAssociated Press\n\nThe vote passed.", "ap"),
                ("By Jane Doe\r\n\r\nReuters\r\n\r\nThe vote passed.", "reuters"),
                ("By José Martínez and Nguyễn Văn An, Reuters\n\nThe vote passed.", "reuters"),
                ("The vote passed.\n\n-- AFP", "afp"),
                ("The vote passed.\n\n— Reuters, AFP", "afp"),
                ("The vote passed.\n\n— Reuters and The Associated Press", "ap"),
                ("The vote passed.\n\nWith AFP and Reuters", "reuters"),
                // The review's: capitals before an agency's name that is not, a comma before
                // the line break, more titles, an agency after a paper, an article in a tail,
                // Greek and Cyrillic names, the ʻokina.
                (
                    "By JOSH BOAK and FATIMA HUSSEIN Associated Press\nThe vote passed.",
                    "ap",
                ),
                ("By JOSH BOAK,\nAssociated Press\n\nThe vote passed.", "ap"),
                ("By TIM DAHLBERG AP Sports Columnist\n\nThe vote passed.", "ap"),
                ("The vote passed.\n\n— Bloomberg, Reuters", "reuters"),
                ("The vote passed.\n\n— Reuters and the Associated Press", "ap"),
                ("By Мария Иванова, Reuters\n\nThe vote passed.", "reuters"),
                ("ΑΘΗΝΑ, 5 Μαρτίου (AFP) Η κυβέρνηση ανακοίνωσε", "afp"),
                ("The vote passed.\n\nReuters contributed reporting from Hawaiʻi.", "reuters"),
                // Non-breaking spaces, as `&nbsp;` in a page's byline and sign-off.
                ("By\u{a0}JOSH BOAK,\u{a0}AP Economics\u{a0}Writer\n\nThe vote passed.", "ap"),
                ("The vote passed.\n\n—\u{a0}Reuters,\u{a0}AFP", "afp"),
                ("The vote passed.\n\n— Reuters and the\u{a0}Associated Press", "ap"),
                // A dash after "By", a corps member's program, the day after the byline.
                ("By — Josh Boak, Associated Press\n\nThe vote passed.", "ap"),
                (
                    "By JANE DOE Associated Press/Report for America\n\nThe vote passed.",
                    "ap",
                ),
                (
                    "By Jane Doe, Associated Press/Report for America\n\nThe vote passed.",
                    "ap",
                ),
                (
                    "By Josh Boak - Associated Press - Tuesday, March 5, 2024\n\nThe vote passed.",
                    "ap",
                ),
                (
                    "By JOSH BOAK, AP Economics Writer | Updated 5:20 p.m.\n\nThe vote passed.",
                    "ap",
                ),
                (
                    "By Jane Doe, Reuters — March 5, 2024\n\nThe vote passed.",
                    "reuters",
                ),
                // The second review's: a byline per writer, days first, weekdays and numbers,
                // a comma before the day, the last update.
                (
                    "By — Josh Boak, Associated Press\nBy — Zeke Miller, Associated Press\n\nThe vote passed.",
                    "ap",
                ),
                ("By Reuters - 5 March 2024\n\nThe vote passed.", "reuters"),
                ("By AFP - Tue 5 Mar 2024, 5:20 PM\n\nThe vote passed.", "afp"),
                ("By Reuters - 03/05/2024\n\nThe vote passed.", "reuters"),
                ("By Jane Doe, Reuters, March 5, 2024\n\nThe vote passed.", "reuters"),
                (
                    "By JOSH BOAK, Associated Press | Last Updated: March 5, 2024\n\nThe vote passed.",
                    "ap",
                ),
                // A colon after "By", the Daily Mail's "Afp".
                (
                    "By: Associated Press\nPosted at 4:12 PM, Mar 05, 2024\n\nThe vote passed.",
                    "ap",
                ),
                ("BY: JOSH BOAK, Associated Press\n\nThe vote passed.", "ap"),
                (
                    "By Afp\n\nPublished: 10:22 GMT, 5 March 2024\n\nThe vote passed.",
                    "afp",
                ),
            ],
            &[
                // A paper's own staff byline, a byline running into its sentence, hard-wrapped
                // running text, a lone name (a photo credit as often as a sign-off).
                "By Jane Doe, The Northern Times\n\nThe vote passed.",
                "By the Associated Press's count, 40 people died.",
                "The statement was obtained\nby AFP.",
                "The vote passed.\n\nAgence France-Presse",
                "The vote passed.\n\nThe Associated Press",
                "- Reuters files, 2019 photo of the port",
                "The lawsuit names Associated Press writer Jane Doe as a witness.",
                "The vote passed, with Reuters cameras rolling.",
                // A review's: list items and labels, menus, words between a reporting verb and
                // the name, what staff gave, a sign-off before more of the story, CRLF lines.
                "Payment options:\n- UPI\n- Net banking",
                "The vote passed.\n\n- AFP",
                "Sources consulted\n— AFP\n— The Associated Press\n— Reuters",
                "The vote passed.\n\nPhoto credit\n— AFP",
                "The vote passed.\n\n— Reuters\n\nThe count resumes on Monday.",
                "Sort stories\nBy Reuters\nBy Date",
                "Subscribe\n\nWith CNN",
                "The deal was struck in a content partnership\nwith Reuters.",
                "He criticized reporting by Reuters and the Associated Press as biased.",
                "Reuters journalists Jane Doe and John Roe contributed $500 to the relief fund.",
                "AP reporter John Smith contributed to the charity last year.",
                // A second review's: initials signing a letter.
                "We will see you all at the meeting.\n— AP",
                // A writer and an agency with only a space between and no title after, a
                // title that is no writer's, a paper's own staff on the line after, one hyphen
                // or two in running text, a photo credit with a slash.
                "By Jane Doe Reuters\n\nThe vote passed.",
                "By Jane Doe, Reuters Economics\n\nThe vote passed.",
                "By Jane Doe\nThe Northern Times\n\nThe vote passed.",
                "The vote passed.\n\n- AFP",
                "The vote passed -- AFP said so -- on Monday.",
                "The vote passed.\n\n— AFP/Getty Images",
                // The review's: a photograph's credit after a paper's byline, a former
                // employer, another body with the agency's name, a sign-off running into a
                // footer.
                "By Jane Doe, Staff Writer\n\nAFP\n\nThe vote passed.",
                "By Jane Doe, The Daily Star\nAFP\nThe vote passed.",
                "By JANE DOE\nAP\nThe vote passed.",
                "By The Numbers\nReuters\nThe vote passed.",
                "By Kathleen Carroll, Former AP Executive Editor\n\nThe vote passed.",
                "By Jane Doe, Former Reuters Correspondent\n\nThe vote passed.",
                "By John Smith, Retired AP Reporter\n\nThe vote passed.",
                "By Jane Doe, Ex-Reuters Correspondent\n\nThe vote passed.",
                "The award is given according to the Associated Press Sports Editors, a group of editors.",
                "The vote passed, via AP Staff notes.",
                "The vote passed.\n\n— Reuters, AFP\nMost Read Stories",
                "By\u{a0}Jane Doe\u{a0}Reuters\n\nThe vote passed.",
                // A paper's own staff with the day, what follows the agency not a day, a
                // dash glued to the name.
                "By Jane Doe - The Northern Times - Tuesday, March 5, 2024\n\nThe vote passed.",
                "By Jane Doe, Reuters - the vote passed on Tuesday.",
                "By Jane Doe, Reuters/Ipsos poll\n\nThe vote passed.",
                "By —Jane Doe, Former AP Reporter\n\nThe vote passed.",
                "Sort stories\nBy Reuters\nBy AFP\nBy Date\n\nThe vote passed.",
                "Sort stories\nBy: Reuters\nBy: Date\n\nThe vote passed.",
                "By: Jane Doe, The Northern Times\n\nThe vote passed.",
                "By: Jane Doe, Former Reuters Correspondent\n\nThe vote passed.",
            ],
        );
        assert!(wire_copy.is_empty(), "{wire_copy:#?}");
        let wrong = credit_mistakes(
            &CorpusOutlets::from_sources(["Le Parisien"]),
            &[
                ("Le trafic a repris dans la soirée. (avec AFP)", "afp"),
                ("Le trafic a repris dans la soirée.\n\nAvec AFP", "afp"),
                (
                    "Le trafic a repris dans la soirée.\n\nLe Monde avec AFP",
                    "afp",
                ),
                // Each agency of several.
                ("Le trafic a repris. (avec AFP et Reuters)", "afp"),
                ("Le trafic a repris. (avec AFP et Reuters)", "reuters"),
                (
                    "Der Verkehr rollt wieder.\n\nMit Material von dpa und AFP",
                    "afp",
                ),
                (
                    "Der Verkehr rollt wieder.\n\nMit Material von dpa und AFP",
                    "dpa",
                ),
                (
                    "Der Verkehr rollt wieder.\n\nMit Material von dpa/AFP",
                    "dpa",
                ),
                ("The toll rose to 12. (With inputs from PTI)", "pti"),
                ("Der Verkehr rollt wieder. (mit dpa)", "dpa"),
                ("Der Verkehr rollt wieder.\n\nMit Material von dpa", "dpa"),
                ("El tráfico se reanudó. (con EFE)", "efe"),
                ("O trânsito foi retomado. (com Lusa e Reuters)", "lusa"),
                ("Het verkeer rijdt weer. (met ANP)", "anp"),
                (
                    "Traffic resumed late on Monday.\n\nWith reporting by Reuters.",
                    "reuters",
                ),
                ("Le trafic a repris. (avec Le Parisien)", "le-parisien"),
                // A dateline without a dash.
                (
                    "ALGECIRAS (CÁDIZ), 12 (EUROPA PRESS)\n\nLa Guardia Civil",
                    "europapress",
                ),
                (
                    "MADRID, 12 (EUROPA PRESS)\n\nEl Gobierno aprobó",
                    "europapress",
                ),
            ],
            &[
                "Le ministre a dîné avec AFP et Reuters présents.",
                "Il a signé un accord (avec l'appui de Reuters) hier.",
                "The deal was signed with AP photographers watching.",
                // A review's: photographs, an agency named before its initials.
                "The march went on (with AP and Reuters photos) all day.",
                "Journalists at Agence France-Presse (AFP) went on strike on Monday.",
                "The Associated Press (AP) is an American non-profit news agency.",
                "Iran's state news agency (IRNA) has been hacked, officials said.",
                "Die Deutsche Presse-Agentur (dpa) hat einen neuen Chef.",
            ],
        );
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn credits_in_dutch_polish_turkish_and_indonesian() {
        let corpus = CorpusOutlets::from_sources([
            "de Volkskrant",
            "NOS",
            "Trouw",
            "Gazeta Wyborcza",
            "Onet",
            "Fakt",
            "Hürriyet",
            "Fanatik",
            "Sabah",
            "Kompas",
            "Tempo",
        ]);
        let wrong = credit_mistakes(
            &corpus,
            &[
                ("AMSTERDAM (ANP) - De prijzen stegen.", "anp"),
                ("De prijzen stegen, meldt persbureau ANP.", "anp"),
                ("Volgens Reuters stegen de prijzen.", "reuters"),
                ("De prijzen stegen, zei hij tegen de NOS.", "nos"),
                ("Dat schrijft de Volkskrant maandag.", "de-volkskrant"),
                ("Warszawa (PAP) - Ceny wzrosły.", "pap"),
                ("Ceny wzrosły, jak podała PAP.", "pap"),
                ("Według Reutersa ceny wzrosły.", "reuters"),
                (
                    "Jak poinformowała Polska Agencja Prasowa, ceny wzrosły.",
                    "pap",
                ),
                ("Ceny wzrosły (za PAP).", "pap"),
                (
                    "Jak podaje Gazeta Wyborcza, ceny wzrosły.",
                    "gazeta-wyborcza",
                ),
                ("ANKARA (AA) - Fiyatlar yükseldi.", "anadolu"),
                (
                    "Anadolu Ajansı'nın haberine göre fiyatlar yükseldi.",
                    "anadolu",
                ),
                (
                    "Reuters'a konuşan bir yetkili fiyatların yükseldiğini söyledi.",
                    "reuters",
                ),
                (
                    "AA muhabirine açıklama yapan vali, yolun açıldığını söyledi.",
                    "anadolu",
                ),
                (
                    "Hürriyet gazetesinin haberine göre fiyatlar yükseldi.",
                    "hürriyet",
                ),
                ("Jakarta (ANTARA) - Harga naik.", "antara"),
                ("Harga naik, seperti dilansir Reuters.", "reuters"),
                ("Menurut Antara, harga naik.", "antara"),
                ("Harga naik, kata dia kepada Antara.", "antara"),
                ("Seperti dikutip dari Kompas, harga naik.", "kompas"),
                ("Artikel ini telah tayang di Kompas.com.", "kompas"),
                ("Harga naik, mengatakan dia kepada Reuters.", "reuters"),
                ("Fanatik'in yazdığına göre transfer tamamlandı.", "fanatik"),
                (
                    "Hürriyet'e yaptığı açıklamada vali yolun açıldığını söyledi.",
                    "hürriyet",
                ),
                ("AA muhabirinin aldığı bilgiye göre yol açıldı.", "anadolu"),
                ("Źródło: Onet", "onet"),
                ("Ceny wzrosły, donosi Onet.", "onet"),
                ("Ceny wzrosły, za portalem Onet.", "onet"),
                ("Het artikel verscheen eerder in NOS.", "nos"),
                ("Dat zeiden twee ingewijden tegen Reuters.", "reuters"),
            ],
            &[
                // Ordinary words that name outlets here ("loyal", "fact", "morning", "tempo").
                "Hij bleef trouw aan de partij, meldt de gemeente.",
                "Fakt jest taki, że ceny wzrosły.",
                "Sabah saatlerinde yağmur başladı.",
                "Tempo pembangunan naik, menurut menteri.",
                // Working for an outlet; the ministry as the source.
                "Dziennikarz Onetu został zatrzymany.",
                "Menurut kementerian, harga naik.",
                "Za rok ceny wzrosną.",
            ],
        );
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn latin_letters_continue_a_name() {
        let none = CorpusOutlets::default();
        let names = |t: &str| name_hits(t, &none).0;
        assert_eq!(names("éBloomberg"), vec![]);
        assert_eq!(names("Reutersé"), vec![]);
        assert_eq!(names("«Reuters»"), vec![(2, 9)]);
        assert_eq!(names("据Reuters报道"), vec![(3, 10)]);
        assert_eq!(names("Anadolu Ajansı'nın"), vec![(0, 15)]);
    }

    /// German, French, Spanish, Italian, Portuguese and Russian copy credits its agencies and
    /// papers in its own words, with articles, fused prepositions and case endings.
    #[test]
    fn credits_in_european_languages() {
        let corpus = CorpusOutlets::from_sources([
            "Le Monde",
            "El País",
            "la Repubblica",
            "Folha de S.Paulo",
            "Коммерсантъ",
            "Ведомости",
            "РБК",
            "Süddeutsche Zeitung",
            "Münchner Merkur",
            "Der Spiegel",
            "Il Giorno",
            "Il Sole 24 Ore",
            "La Gazzetta dello Sport",
            "Levante-EMV",
        ]);
        let outlets = |t: &str| -> Vec<String> {
            find_credits(t, &[], &corpus)
                .into_iter()
                .map(|c| c.outlet)
                .collect()
        };
        let mut wrong = Vec::new();
        for (text, outlet) in [
            ("Die Preise stiegen laut dpa um drei Prozent.", "dpa"),
            (
                "Das berichtete die Nachrichtenagentur Reuters am Dienstag.",
                "reuters",
            ),
            (
                "Wie die Deutsche Presse-Agentur berichtete, stiegen die Preise.",
                "dpa",
            ),
            ("Berlin (dpa/lby) - Die Preise stiegen.", "dpa"),
            ("Das sagte er der Nachrichtenagentur dpa.", "dpa"),
            (
                "Das meldete die Süddeutsche Zeitung am Montag.",
                "süddeutsche-zeitung",
            ),
            ("Les prix ont augmenté, selon l'AFP.", "afp"),
            (
                "Les prix ont augmenté, a rapporté l\u{2019}Agence France-Presse.",
                "afp",
            ),
            ("Il l'a déclaré à l'AFP lundi.", "afp"),
            ("Selon Le Monde, le ministre a démissionné.", "le-monde"),
            ("Los precios subieron, según informó EFE.", "efe"),
            ("MADRID, 12 may (EFE).- Los precios subieron.", "efe"),
            (
                "Según la agencia Europa Press, los precios subieron.",
                "europapress",
            ),
            ("El ministro dimitió, informa El País.", "el-país"),
            (
                "I prezzi sono saliti, secondo quanto riferisce l'Ansa.",
                "ansa",
            ),
            ("Lo ha riferito l'Adnkronos in serata.", "adnkronos"),
            ("(ANSA) - ROMA, 12 MAG - I prezzi sono saliti.", "ansa"),
            (
                "Come riporta la Repubblica, il ministro si è dimesso.",
                "la-repubblica",
            ),
            ("Os preços subiram, segundo a Lusa.", "lusa"),
            ("Os preços subiram, de acordo com a agência Lusa.", "lusa"),
            ("O ministro disse à Lusa que os preços subiram.", "lusa"),
            ("Цены выросли, сообщает ТАСС.", "tass"),
            ("МОСКВА, 12 мая. /ТАСС/. Цены выросли.", "tass"),
            ("По данным «Интерфакса», цены выросли.", "interfax"),
            ("Цены выросли, как передает РИА Новости.", "ria"),
            ("МОСКВА, 12 мая — РИА Новости. Цены выросли.", "ria"),
            ("МОСКВА, 13 мар - РИА Новости. Цены выросли.", "ria"),
            // A review's: Portuguese and Brazilian bylines, a Dutch and a Polish close.
            ("Por Lusa\n\nOs preços subiram.", "lusa"),
            ("Os preços subiram.\n\nDN/Lusa", "lusa"),
            ("Os preços subiram.\n\nLusa/Fim", "lusa"),
            (
                "Mariana Tokarski - Repórter da Agência Brasil\n\nOs preços subiram.",
                "agenciabrasil",
            ),
            ("De prijzen stegen donderdag fors. (ANP)", "anp"),
            (
                "Ceny wzrosły.\n\nAutor: Katarzyna Wójcik (PAP)\n\nkwo/ mhr/",
                "pap",
            ),
            ("Цены выросли, сообщает агентство Reuters.", "reuters"),
            ("Об этом сообщила газета «Коммерсантъ».", "коммерсантъ"),
            (
                "По данным газеты «Коммерсантъ», министр ушел.",
                "коммерсантъ",
            ),
            ("Как пишет «Коммерсантъ», министр ушел.", "коммерсантъ"),
            ("По сведениям «Коммерсанта», министр ушел.", "коммерсантъ"),
            ("По данным «Ведомостей», министр ушел.", "ведомости"),
            ("По данным РБК, министр ушел.", "рбк"),
            // Names in quotation marks, declined, or after a fused article.
            (
                "Wie der „Münchner Merkur“ berichtet, gewann 1860.",
                "münchner-merkur",
            ),
            (
                "Der Text erschien zuerst in der Süddeutschen Zeitung.",
                "süddeutsche-zeitung",
            ),
            ("Das ist dem „Spiegel“ zufolge falsch.", "der-spiegel"),
            (
                "Les prix ont augmenté, écrivent nos confrères du Monde.",
                "le-monde",
            ),
            (
                "Il ministro si è dimesso, secondo quanto riferito dal Giorno.",
                "il-giorno",
            ),
            ("Lo si legge sul Sole 24 Ore di oggi.", "il-sole-24-ore"),
            (
                "Ha vinto, scrive la Gazzetta dello Sport.",
                "la-gazzetta-dello-sport",
            ),
            ("Source : Le Monde", "le-monde"),
            ("Fonte: Il Sole 24 Ore", "il-sole-24-ore"),
            ("Con información de El País.", "el-país"),
            (
                "El juez lo condenó, tal como ha publicado el diario Levante-EMV.",
                "levante-emv",
            ),
            ("Los precios subieron, informa la Agencia EFE.", "efe"),
            (
                "Цены выросли, говорится в материале «Коммерсанта».",
                "коммерсантъ",
            ),
            ("Москва. 12 мая. INTERFAX.RU - Цены выросли.", "interfax"),
            ("Он сообщил «Интерфаксу», что цены выросли.", "interfax"),
            ("Les prix ont augmenté. (avec AFP)", "afp"),
            ("Das erfuhr Reuters aus Unternehmenskreisen.", "reuters"),
        ] {
            if outlets(text) != [outlet] {
                wrong.push(format!("{text}: {:?}", outlets(text)));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
        // Names with no reporting phrase, news about an outlet, and longer names are no
        // credits.
        for text in [
            "Die dpa hat einen neuen Chef.",
            "L'AFP emploie 2 400 personnes.",
            "Reuters annonce des suppressions de postes.",
            "ТАСС открыл новое бюро.",
            "Коммерсанты из Москвы приехали.",
            "According to Lusa Holdings, the plant closed.",
            // A Finnish case ending with no "mukaan", or none at all.
            "Reutersin toimittaja kuoli Ukrainassa.",
            "Reutersiin otettiin yhteyttä.",
        ] {
            assert!(outlets(text).is_empty(), "{text}: {:?}", outlets(text));
        }
        assert_eq!(slug_for_source("ТАСС"), "tass");
        assert_eq!(slug_for_source("Lusa"), "lusa");
    }

    /// A press review crediting thousands of outlets in one run-on line: each credit's
    /// sentence is looked for near its phrase only, so the credits hold a bounded piece of the
    /// text each, not all of it (8,000 such credits in 334 KB took 2.65 GB).
    #[test]
    fn credits_in_a_text_without_sentence_ends_hold_bounded_evidence() {
        let names: Vec<String> = (0..2_000).map(|i| format!("Kx{i:04}q Tribune")).collect();
        let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
        let text = names
            .iter()
            .map(|n| format!("according to {n} the index rose"))
            .collect::<Vec<_>>()
            .join(", ");
        let credits = find_credits(&text, &[], &corpus);
        assert!(credits.len() > 1_000, "{}", credits.len());
        for c in &credits {
            assert!(
                c.evidence.len() <= 2 * SENTENCE_REACH + 64,
                "{}",
                c.evidence.len()
            );
            assert!(text.contains(c.evidence.as_str()));
        }
    }

    /// Interviews given to the outlet, not sources named.
    #[test]
    fn interview_credits_are_told_to_the_outlet() {
        let corpus = CorpusOutlets::from_sources(["The National", "الشروق", "Press TV"]);
        let interview = |text: &str| {
            let credits = find_credits(text, &[], &corpus);
            assert!(!credits.is_empty(), "{text}");
            credits.iter().any(|c| interview_credit(c, text))
        };
        for text in [
            "Importers in Dubai told The National that shipments wait a week.",
            "Speaking to Press TV, the company's representative said calls had doubled.",
            "In an interview with Reuters, the minister said talks would resume.",
            "\"It is hard,\" he told the Associated Press.",
            "قال عدد من أصحاب المخابز في القاهرة والجيزة لـ«الشروق» إن الوزن صعب.",
            "وقال مسؤول كبير لرويترز إن المحادثات توقفت.",
        ] {
            assert!(interview(text), "{text}");
        }
        for text in [
            "THE HAGUE (Reuters) - The court said its systems were hacked.",
            "The court was hacked, according to The National.",
            "The court was hacked, Reuters reported on Tuesday.",
            "© 2023 The National",
            "وفقا لرويترز، ارتفعت الأسعار.",
            "بحسب ما نقلت الشروق عن مسؤولين، ارتفعت الأسعار.",
        ] {
            assert!(!interview(text), "{text}");
        }
    }

    #[test]
    fn papers_names_in_capitals_are_credits() {
        let corpus = CorpusOutlets::from_sources(["The Punch", "Daily Post", "Público"]);
        for (text, source) in [
            (
                "\"It is a trade corridor,\" she told The PUNCH.",
                "The Punch",
            ),
            ("A dealer told THE PUNCH that prices doubled.", "The Punch"),
            (
                "Speaking to DAILY POST, the official said the road was shut.",
                "Daily Post",
            ),
            (
                "“Os preços estão a estabilizar”, afirmou ao PÚBLICO o economista.",
                "Público",
            ),
        ] {
            let credits = find_credits(text, &[], &corpus);
            assert!(
                credits.iter().any(|c| c.outlet == slug_for_source(source)),
                "{text}: {credits:?}"
            );
            assert!(
                source == "Público" || credits.iter().any(|c| interview_credit(c, text)),
                "{text}"
            );
        }
        // The name without its article stands alone only in its own case, and "a" is no
        // "the"; a one-word name in capitals is an acronym or a party's unless an article
        // stands before it.
        let corpus = CorpusOutlets::from_sources([
            "The Punch",
            "The Hindu",
            "Vox",
            "Metro",
            "Καθημερινή",
            "Yeni Şafak",
            "Коммерсантъ",
        ]);
        for (text, source) in [
            ("He threw a PUNCH, the police said.", "The Punch"),
            ("A one-two punch of rate rises, the bank said.", "The Punch"),
            ("According to a Hindu priest, the rite is old.", "The Hindu"),
            ("According to a HINDU priest, the rite is old.", "The Hindu"),
            (
                "El portavoz Iván Espinosa de los Monteros (VOX): «No apoyaremos»",
                "Vox",
            ),
            ("Rocío Monasterio (VOX) - la portavoz dijo que no.", "Vox"),
            ("Santiago Abascal told VOX supporters on Sunday.", "Vox"),
            (
                "Houston's transit agency (METRO) - riders face delays.",
                "Metro",
            ),
        ] {
            let credits = find_credits(text, &[], &corpus);
            assert!(
                credits.iter().all(|c| c.outlet != slug_for_source(source)),
                "{text}: {credits:?}"
            );
        }
        for (text, source) in [
            ("According to the Hindu, the rite is old.", "The Hindu"),
            ("По данным Коммерсанта, сделка закрыта.", "Коммерсантъ"),
            (
                "Yeni Şafak'ın haberine göre, anlaşma imzalandı.",
                "Yeni Şafak",
            ),
            ("По данным КОММЕРСАНТА, сделка закрыта.", "Коммерсантъ"),
            (
                "YENİ ŞAFAK'ın haberine göre, anlaşma imzalandı.",
                "Yeni Şafak",
            ),
        ] {
            let credits = find_credits(text, &[], &corpus);
            assert!(
                credits.iter().any(|c| c.outlet == slug_for_source(source)),
                "{text}: {credits:?}"
            );
        }
        let forms = |n: &str| -> Vec<String> { name_forms(n).into_iter().map(|f| f.0).collect() };
        assert!(forms("Καθημερινή").contains(&"ΚΑΘΗΜΕΡΙΝΗ".to_string()));
        assert!(forms("Yeni Şafak").contains(&"YENİ ŞAFAK".to_string()));
    }

    #[test]
    fn reporting_phrases() {
        let t = "The computer system of the court was the victim of a cyberattack, Reuters reported on Sept. 19. Staff saw it.";
        let c = find_credits(t, &[], &CorpusOutlets::default());
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].outlet, "reuters");
        assert_eq!(c[0].evidence, "The computer system of the court was the victim of a cyberattack, Reuters reported on Sept. 19.");
        assert_eq!(
            outlets("It was hacked, according to the Associated Press.")[0].0,
            "ap"
        );
        assert_eq!(outlets("THE HAGUE (AP) — The court said")[0].0, "ap");
        assert_eq!(outlets("LONDON (Reuters) - Shares fell")[0].0, "reuters");
        assert_eq!(
            outlets("The story was first reported by Bloomberg News.")[0].0,
            "bloomberg"
        );
        assert_eq!(outlets("He told AFP on Monday.")[0].0, "afp");
        // The interview forms, as a paper writes of its own and a rewrite of an agency's.
        for t in [
            "Speaking to Reuters, the minister said talks would resume.",
            "Talking to Reuters on Monday, he said so.",
            "In an interview with Reuters, the minister said talks would resume.",
        ] {
            assert_eq!(
                outlets(t).first().map(|o| o.0.as_str()),
                Some("reuters"),
                "{t}"
            );
        }
        assert_eq!(
            outlets("It rose, according to the AFP News Agency.")[0].0,
            "afp"
        );
    }

    #[test]
    fn beyond_the_cap_the_outlets_with_most_articles_are_kept() {
        let sources = [
            "Gamma Post",
            "Alpha Daily",
            "Beta News",
            "Beta News",
            "Gamma Post",
        ];
        let corpus = CorpusOutlets::at_most(2, sources);
        let kept: Vec<&str> = corpus.names.iter().map(|n| n.form.as_str()).collect();
        assert_eq!(kept, ["BETA NEWS", "Beta News", "GAMMA POST", "Gamma Post"]);
        let all = CorpusOutlets::at_most(3, sources);
        assert_eq!(all.names.len(), 6);
    }

    #[test]
    fn credits_naming_an_outlet_of_the_corpus() {
        let corpus = CorpusOutlets::from_sources([
            "The Northern Times",
            "NewsPulse",
            "Briefly",
            "Reuters",
            "www.example.com",
            "the lower-case gazette",
            "NewsPulse",
        ]);
        let found = |t: &str| -> Vec<(String, String)> {
            find_credits(t, &[], &corpus)
                .into_iter()
                .map(|c| {
                    (
                        c.outlet,
                        t[c.phrase.unwrap().0..c.phrase.unwrap().1].to_string(),
                    )
                })
                .collect()
        };
        let t = "Fares rose, according to a report by The Northern Times. More later.";
        assert_eq!(
            found(t),
            [(
                "the-northern-times".to_string(),
                "report by The Northern Times".to_string()
            )]
        );
        assert_eq!(
            find_credits(t, &[], &corpus)[0].evidence,
            "Fares rose, according to a report by The Northern Times."
        );
        assert_eq!(
            found("The mayor resigned, NewsPulse reported.")[0].1,
            "NewsPulse reported"
        );
        assert_eq!(
            found("KELBROOK (NewsPulse) - The mayor resigned.")[0].1,
            "(NewsPulse) -"
        );
        // Known outlets keep their own slug and phrase, once.
        assert_eq!(
            found("It burned, Reuters reported."),
            [("reuters".into(), "Reuters reported".into())]
        );
        // A plain word is a name only where a phrase introduces it.
        assert!(found("Briefly reported cases rose.").is_empty());
        assert_eq!(
            found("The cases rose, according to Briefly.")[0].0,
            "briefly"
        );
        // Whole words only, case as written; hosts and lower-case names are no names.
        assert!(found("The NewsPulsers reported nothing. The northern times reported.").is_empty());
        assert!(found("according to www.example.com, it rose").is_empty());
        assert!(found("according to the lower-case gazette, it rose").is_empty());
        // Phrases start at a word: "exciting" is not "citing", "Olivia" not "via".
        let corpus2 = CorpusOutlets::from_sources([
            "Times",
            "Daily Star",
            "The Times",
            "Apple",
            "York Times",
        ]);
        let found2 = |t: &str| -> Vec<String> {
            find_credits(t, &[], &corpus2)
                .into_iter()
                .map(|c| c.outlet)
                .collect()
        };
        assert!(found2("Exciting Times ahead for the school board.").is_empty());
        assert!(found2("Actress Olivia Daily Star of the show").is_empty());
        assert_eq!(found2("It rose, according to Daily Star."), ["daily-star"]);
        // A name that is the start or the end of a longer one is not that outlet.
        assert!(found2("It rose, according to The Times of India.").is_empty());
        assert!(found2("It rose, citing Apple Daily.").is_empty());
        assert!(found2("It rose, according to Apple-Daily.").is_empty());
        assert!(found2("The Sunday Times reported it.").is_empty());
        assert_eq!(found2("It rose, The Times reported."), ["the-times"]);
        assert_eq!(found2("It rose, according to The Times."), ["the-times"]);
        // A possessive is the outlet's, unless a name goes on after it (the curly apostrophe
        // is three bytes).
        assert_eq!(
            found2("It rose, according to The Times\u{2019}s report."),
            ["the-times"]
        );
        assert_eq!(
            found2("It rose, according to The Times's report."),
            ["the-times"]
        );
        assert!(found2("It rose, according to Apple\u{2019}s Daily.").is_empty());
        assert_eq!(
            found2("It rose, according to The Times\u{2019}"),
            ["the-times"]
        );
        // Text after the name keeps its place in the original text (the name and the
        // placeholder differ in length).
        let t = "Noise. \u{201c}Quoted\u{201d} NewsPulse reported \u{e9}t\u{e9}.";
        let c = find_credits(t, &[], &corpus);
        assert_eq!(
            &t[c[0].phrase.unwrap().0..c[0].phrase.unwrap().1],
            "NewsPulse reported"
        );
    }

    proptest::proptest! {
        /// Credits from any names and any text: no panic, and every phrase and sentence span
        /// lies in the text on character boundaries, its phrase naming the outlet it credits
        /// (texts built from names, phrase words, non-ASCII letters and punctuation).
        #[test]
        fn corpus_credits_never_panic_and_point_into_the_text(
            names in proptest::collection::vec("(The )?[A-Z\u{c9}][a-z\u{e9}]{0,6}( [A-Z][a-z]{0,5})?", 1..5),
            parts in proptest::collection::vec(0usize..12, 0..40),
        ) {
            let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
            let pieces = ["according to ", " reported", "(", ") - ", ". ", ", ", "\u{201c}", "\u{e9}t\u{e9} ", "\n", " of ", "-", "\u{2019}s "];
            let mut text = String::new();
            for (k, &p) in parts.iter().enumerate() {
                text.push_str(pieces[p]);
                if k % 3 == 0 {
                    text.push_str(&names[k % names.len()]);
                }
            }
            for c in find_credits(&text, &[], &corpus) {
                let (s, e) = c.phrase.unwrap();
                proptest::prop_assert!(s < e && e <= text.len(), "{text:?}");
                proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                let (ss, se) = c.span.unwrap();
                proptest::prop_assert!(ss <= s && e <= se && se <= text.len(), "{text:?}");
                let named = names.iter().any(|n| {
                    text[s..e].contains(n.as_str()) && slug_for_source(n) == c.outlet
                });
                proptest::prop_assert!(named, "{:?} credits {} in {text:?}", &text[s..e], c.outlet);
            }
        }
    }

    proptest::proptest! {
        /// The one scan finds what the two searches it replaced found: a regex alternation of
        /// the known names between ASCII word boundaries, and a leftmost-longest search for the
        /// corpus's forms (names that extend each other, share words with known names, sit
        /// inside longer words or after underscores and digits, beside multi-byte letters).
        #[test]
        fn one_scan_finds_the_names_two_searches_found(
            names in proptest::collection::vec("(The |Der )?(Reuters|AP|Bloomberg|[A-Z][a-z]{0,4})( News| [A-Z][a-z]{0,3})?", 0..5),
            parts in proptest::collection::vec(0usize..14, 0..40),
        ) {
            let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
            let pieces = ["Reuters", "Reuters Breakingviews", "AP", "APtly", "_AP", "Bloomberg", "Bloomberg News", " ", "x", "9", "\u{ab}", "The ", "News", ". "];
            let mut text = String::new();
            for (k, &p) in parts.iter().enumerate() {
                text.push_str(pieces[p]);
                if k % 4 == 1 && !names.is_empty() {
                    text.push_str(&names[k % names.len()]);
                }
            }
            let alt = outlet_alternation();
            let known = Regex::new(&format!(r"(?-u:\b)(?:{alt})(?-u:\b)")).unwrap();
            let want: Vec<(usize, usize)> =
                known.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            let want_forms: Vec<(usize, usize, usize)> = if corpus.names.is_empty() {
                Vec::new()
            } else {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .build(corpus.names.iter().map(|n| &n.form))
                    .unwrap()
                    .find_iter(&text)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect()
            };
            let (got, got_forms) = name_hits(&text, &corpus);
            // A quotation mark, as any character no word goes on with, leaves a name whole; a
            // Latin letter beyond ASCII goes on with it (see `latin_letters_continue_a_name`).
            proptest::prop_assert_eq!(got, want, "{:?}", text);
            proptest::prop_assert_eq!(got_forms, want_forms, "{:?}", text);
        }
    }

    fn outlets_in(text: &str, corpus: &[&str]) -> Vec<String> {
        let corpus = CorpusOutlets::from_sources(corpus.iter().copied());
        find_credits(text, &[], &corpus)
            .into_iter()
            .map(|c| c.outlet)
            .collect()
    }

    /// A corpus whose `source` is a host (`source_domain`, or a URL's host): texts name the
    /// outlet by its host or by its label, capitalised or in capitals, and the credit takes the
    /// slug of the articles' own source, so it finds them.
    #[test]
    fn outlets_known_by_their_host_are_credited_by_host_and_label() {
        let corpus = [
            "n-tv.de",
            "https://www.spiegel.de/",
            "www.faz.net",
            "independent.co.uk",
            "Calciomercato.com",
            "Газета.Ru",
            "www.lemonde.fr",
            "https://www.theverge.com/tech",
            "detelegraaf.nl",
            "HTTPS://WWW.NDR.DE/",
            "wien.orf.at",
            "twitter.com",
            "L'Express",
            "www.express.co.uk",
        ];
        for (text, slug) in [
            (
                "Die Zinsen sinken weiter, meldet n-tv.de am Dienstag.",
                "n-tv",
            ),
            ("Laut Spiegel plant die Regierung neue Steuern.", "spiegel"),
            ("Laut SPIEGEL plant die Regierung neue Steuern.", "spiegel"),
            ("Die Erwartungen stiegen deutlich. Quelle: FAZ.NET", "faz"),
            (
                "Die FAZ berichtet, die Erwartungen stiegen deutlich.",
                "faz",
            ),
            (
                "According to the Independent, the talks failed.",
                "independent",
            ),
            (
                "Secondo Calciomercato.com il giocatore resta.",
                "calciomercato",
            ),
            ("Как сообщает Газета.Ru, цены выросли.", "газета"),
            ("Selon Le Monde, la réforme est retirée.", "lemonde"),
            ("La réforme est retirée, rapporte le Monde.", "lemonde"),
            ("The Verge reported that the phone was delayed.", "theverge"),
            (
                "The plan is off the table, according to De Telegraaf.",
                "detelegraaf",
            ),
            // A host followed by its reporting verb.
            ("n-tv.de meldet, die Zinsen sinken weiter.", "n-tv"),
            // A host in capitals, "WWW." included, has the slug of its own articles.
            ("Die Zinsen sinken weiter, meldet der NDR.", "ndr"),
            // A subdomain is no outlet's label: wien.orf.at is the ORF's.
            ("Die Zinsen sinken weiter, meldet der ORF.", "orf"),
            // An outlet's own name wins over a form guessed from another's host.
            ("Le plan est retiré, selon l'Express.", "l-express"),
            // After an article, a host's label takes the verbs after it.
            (
                "Dem Spiegel zufolge plant die Regierung neue Steuern.",
                "spiegel",
            ),
            (
                "The Independent reported that the talks failed.",
                "independent",
            ),
        ] {
            assert_eq!(outlets_in(text, &corpus), [slug], "{text}");
            let source = corpus.iter().find(|s| slug_for_source(s) == slug);
            assert!(source.is_some(), "{slug}: no source of the corpus has it");
        }
        for text in [
            "According to independent experts, the talks failed.",
            "Die Seite n-tv.de/politik war nicht erreichbar.",
            "Spiegel sagte nichts dazu.",
            "Im Spiegel sah er nur sich selbst, meldete er.",
            "Die Partei hat Vorbehalte gegenüber Wien.",
            "The minister announced it via Twitter on Monday.",
        ] {
            assert!(outlets_in(text, &corpus).is_empty(), "{text}");
        }
    }

    /// Brands that their hosts spell without capitals, accents, spaces or dashes, and the
    /// names around them that are no such brand.
    #[test]
    fn outlets_known_by_their_host_are_credited_by_brand() {
        let corpus = [
            "www.sueddeutsche.de",
            "www.merkur.de",
            "www.faz.net",
            "www.spiegel.de",
            "www.welt.de",
            "www.bild.de",
            "elpais.com",
            "www.lequipe.fr",
            "www.farodevigo.es",
            "www.levante-emv.com",
            "www.ilsole24ore.com",
            "www.ecodibergamo.it",
            "oglobo.globo.com",
            "www.publico.pt",
            "www.bbc.co.uk",
            "time.com",
            "www.marginnotes.substack.com",
            "www.newspulse.io",
            "www.mirror.co.uk",
            "www.eldiario.es",
            "www.diariodesevilla.es",
            "www.stern.de",
            "paulkrugman.substack.com",
            "n-tv.de",
        ];
        for (text, slug) in [
            (
                "Der Text erschien zuerst in der Süddeutschen Zeitung.",
                "sueddeutsche",
            ),
            (
                "Der Plan ist gescheitert, wie die Süddeutsche Zeitung berichtet.",
                "sueddeutsche",
            ),
            (
                "Wie der „Münchner Merkur“ berichtet, fällt das Fest aus.",
                "merkur",
            ),
            (
                "Das Fest fällt aus, berichtet die „Frankfurter Allgemeine Zeitung“.",
                "faz",
            ),
            (
                "Laut Spiegel Online plant die Regierung neue Steuern.",
                "spiegel",
            ),
            ("El plan fracasó, según El País.", "elpais"),
            ("Le transfert est bouclé, selon L'Équipe.", "lequipe"),
            ("El puerto cierra, publica el Faro de Vigo.", "farodevigo"),
            (
                "El puerto cierra, tal como ha publicado el diario Levante-EMV.",
                "levante-emv",
            ),
            ("I tassi salgono, si legge sul Sole 24 Ore.", "ilsole24ore"),
            ("I tassi salgono. Fonte: Il Sole 24 Ore", "ilsole24ore"),
            (
                "Il sindaco si dimette, secondo quanto riporta L'Eco di Bergamo.",
                "ecodibergamo",
            ),
            ("O plano falhou, de acordo com o jornal O Globo.", "globo"),
            ("O plano falhou, avança o Público.", "publico"),
            // A brand with a capital inside it takes the verbs after it.
            ("The vote failed, NewsPulse reported.", "newspulse"),
            ("Le transfert est bouclé, selon l'Équipe.", "lequipe"),
            (
                "Das bestätigte ein Sprecher laut der Süddeutschen.",
                "sueddeutsche",
            ),
            (
                "Laut Süddeutscher Zeitung steigen die Preise.",
                "sueddeutsche",
            ),
            ("Die Preise steigen, berichtet SPIEGEL ONLINE.", "spiegel"),
            ("The row deepened, according to the Daily Mirror.", "mirror"),
            // The brand, not a shorter name inside it (eldiario.es).
            (
                "El puerto cierra, publica el Diario de Sevilla.",
                "diariodesevilla",
            ),
        ] {
            assert_eq!(outlets_in(text, &corpus), [slug], "{text}");
        }
        for text in [
            // A compound, a longer name, a word that starts with the label.
            "Laut Welt-Gesundheitsorganisation steigen die Fälle.",
            "The deal collapsed, according to Time Warner executives.",
            "Laut Bildungsministerin Schmidt steigen die Kosten.",
            // Initials other than a German paper's are shared by outlets of many countries.
            "The plan failed, according to Frank Anthony Zimmer.",
            "The talks failed, according to the Bangladesh Broadcasting Corporation.",
            // A first name or a title before a label: a person.
            "The vote failed, according to Peter Spiegel.",
            "Peter Spiegel wrote that the vote failed.",
            "Laut Trainer Stern fehlt der Mannschaft die Kraft.",
            // A site on a hosting platform is as often named after its writer, so none is read
            // by a brand (nor "according to Margin Notes" for marginnotes.substack.com).
            "The economy is slowing, according to Paul Krugman.",
            "The vote failed, according to Margin Notes.",
            // A key made by dropping dashes names no single word.
            "The plan failed, NTV reported.",
            // A label that opens with an article ("il") is read without it only after one.
            "Sole 24 Ore scrive che i tassi salgono.",
            // A brand of one word at a sentence's start is an ordinary word there.
            "Público informou que o plano falhou.",
        ] {
            assert!(outlets_in(text, &corpus).is_empty(), "{text}");
        }
    }

    /// Known names joined by hyphens: looking for "news agency" after each read the rest of the
    /// run without spaces, quadratic (a 1.2 MB article took 183 s). Counted in steps, not
    /// timed: the look after a name is bounded.
    #[test]
    fn a_name_repeated_without_spaces_is_read_once_each() {
        let text = "AP-".repeat(50_000);
        assert!(!news_agency_follows(&text, 2));
        assert!(news_agency_follows("Xinhua News  Agency, said", 6));
        assert!(news_agency_follows("Anadolu news agency.", 7));
        assert!(!news_agency_follows("Anadolu newsagency", 7));
        assert!(!news_agency_follows("Anadolu news agencyx", 7));
        assert!(!news_agency_follows("Anadolu news", 7));
        assert_eq!(outlets_in(&text, &[]), Vec::<String>::new());
    }

    /// A capitalised article opening the sentence before a corpus outlet's name is no part of
    /// a longer name (found in review).
    #[test]
    fn an_article_opening_the_sentence_keeps_the_credit() {
        let corpus = [
            "Süddeutsche Zeitung",
            "Der Spiegel",
            "Corriere della Sera",
            "la Repubblica",
            "Folha de S.Paulo",
        ];
        for (text, slug) in [
            (
                "Die Süddeutsche Zeitung berichtet, die Regierung plane neue Steuern.",
                "süddeutsche-zeitung",
            ),
            (
                "Dem Spiegel zufolge plant die Regierung neue Steuern.",
                "der-spiegel",
            ),
            (
                "Il Corriere della Sera scrive che il ministro si dimetterà.",
                "corriere-della-sera",
            ),
            (
                "La Repubblica scrive che il ministro si dimetterà.",
                "la-repubblica",
            ),
            (
                "A Folha de S.Paulo noticiou que o ministro vai se demitir.",
                "folha-de-s-paulo",
            ),
        ] {
            assert_eq!(outlets_in(text, &corpus), [slug], "{text}");
        }
        // A paper named "Spiegel" beside "Der Spiegel": after an article, "Spiegel zufolge" is
        // a credit still.
        assert_eq!(
            outlets_in(
                "Dem Spiegel zufolge plant man.",
                &["Spiegel", "Der Spiegel"]
            )
            .len(),
            1
        );
        assert!(outlets_in("Spiegel zufolge plant man.", &["Spiegel"]).is_empty());
        // A capitalised word that is no article still starts a longer name.
        assert!(outlets_in("Nova Repubblica scrive che piove.", &corpus).is_empty());
    }

    /// Words that credit only sometimes: Italian "per" is "for", "segundo" after an article is
    /// "second" (found in review).
    #[test]
    fn working_for_an_outlet_or_its_rank_is_no_credit() {
        let corpus = ["la Repubblica", "Corriere della Sera"];
        for text in [
            "Ha lavorato per la Repubblica per dieci anni.",
            "Un fotografo che lavora per l'Ansa è stato ferito.",
            "Scrive da anni per il Corriere della Sera.",
            "El segundo AP de la lista fue eliminado.",
            "Il fotografo, che lavora per Reuters da dieci anni, è stato ferito.",
            "La fotògrafa treballa per Reuters des de fa anys i és a Kíiv.",
        ] {
            assert!(outlets_in(text, &corpus).is_empty(), "{text}");
        }
        assert_eq!(outlets_in("The dam broke, per Reuters.", &[]), ["reuters"]);
        assert_eq!(outlets_in("Dam breaks per Reuters", &[]), ["reuters"]);
        assert_eq!(
            outlets_in(
                "The Italian photographer Mario Rossi, il fotografo della città, was hurt, per Reuters.",
                &[]
            ),
            ["reuters"]
        );
        assert_eq!(
            outlets_in("The dam broke, per the Associated Press.", &[]),
            ["ap"]
        );
        assert_eq!(
            outlets_in("A barragem rompeu, segundo a Lusa.", &[]),
            ["lusa"]
        );
    }

    /// Verbs opening with a letter outside ASCII ("l'écrit") and "publicada por" (found in
    /// review).
    #[test]
    fn french_l_ecrit_and_spanish_publicada_por_credit() {
        assert_eq!(
            outlets_in("Comme l'écrit l'AFP, le bilan s'alourdit.", &[]),
            ["afp"]
        );
        assert_eq!(
            outlets_in(
                "Comme l'écrit Le Monde, le ministre partira.",
                &["Le Monde"]
            ),
            ["le-monde"]
        );
        assert_eq!(
            outlets_in(
                "La noticia fue publicada por El País el lunes.",
                &["El País"]
            ),
            ["el-país"]
        );
    }

    /// Names nested in each other, in a text repeating them: dozens of overlapping matches at
    /// every position, of which the leftmost-longest ones are kept as a leftmost-longest search
    /// finds them.
    #[test]
    fn nested_names_in_a_repeating_text() {
        let names: Vec<String> = (1..=20).map(|k| "Ab".repeat(k)).collect();
        let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
        let text = format!("{} reported.", "Ab".repeat(5_001));
        let want: Vec<(usize, usize, usize)> = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(corpus.names.iter().map(|n| &n.form))
            .unwrap()
            .find_iter(&text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        let (_, got) = name_hits(&text, &corpus);
        assert_eq!(got.len(), 251);
        assert_eq!(got, want);
    }

    /// A credit inside a passage merged across a gap is not in the other text for that.
    #[test]
    fn a_credit_is_in_the_other_text_only_as_written() {
        let corpus = CorpusOutlets::default();
        let child = "Le trafic sera réduit jeudi, a rapporté l'Agence France-Presse. Orly fermera.";
        let c = &find_credits(child, &[], &corpus)[0];
        assert!(!phrase_in(
            c,
            child,
            "Le trafic sera réduit jeudi. Orly fermera."
        ));
        assert!(phrase_in(
            c,
            child,
            "Le trafic sera réduit jeudi, a  RAPPORTÉ\nl'Agence France-Presse. Orly fermera."
        ));
    }

    #[test]
    fn no_false_credit() {
        assert!(outlets("The AP exam was hard. Reuters is a company.").is_empty());
        assert!(outlets("a map reported nothing").is_empty());
    }

    #[test]
    fn a_domain_named_like_an_agency_is_not_the_agency() {
        assert_eq!(
            slug_for_url("https://www.app.com/story/1").as_deref(),
            Some("asburyparkpress")
        );
        assert_eq!(
            slug_for_url("https://www.app.com.pk/national/x").as_deref(),
            Some("app")
        );
        assert!(!is_wire(&slug_for_source("app.com")));
    }

    #[test]
    fn urls() {
        let refs = vec![
            "https://apnews.com/article/x".to_string(),
            "https://abcnews.go.com/Technology/wireStory/y-1".to_string(),
            "https://techcrunch.com/2023/09/19/z/".to_string(),
            "https://www.bbc.co.uk/news/a".to_string(),
        ];
        let c = find_credits("", &refs, &CorpusOutlets::default());
        let slugs: Vec<_> = c.iter().map(|c| c.outlet.as_str()).collect();
        assert_eq!(slugs, ["ap", "techcrunch", "bbc"]);
        assert!(primary_credit(&c).is_none());
        let one = find_credits(
            "See https://www.reuters.com/world/x.",
            &[],
            &CorpusOutlets::default(),
        );
        assert_eq!(primary_credit(&one).unwrap().outlet, "reuters");
    }

    #[test]
    fn source_slugs() {
        assert_eq!(slug_for_source("Reuters"), "reuters");
        assert_eq!(slug_for_source("associated press"), "ap");
        assert_eq!(slug_for_source("www.apnews.com"), "ap");
        assert_eq!(slug_for_source("Daily Jang"), "daily-jang");
        // An agency's site naming it with its short name in brackets; a portal's copy of an
        // agency's story so named is the portal's.
        assert_eq!(slug_for_source("Emirates News Agency (WAM)"), "wam");
        assert_eq!(slug_for_source("Kuwait News Agency (KUNA)"), "kuna");
        assert_eq!(slug_for_source("وكالة أنباء الإمارات (وام)"), "wam");
        assert_eq!(slug_for_source("Yahoo News (AP)"), "yahoo-news-ap");
        assert_eq!(slug_for_source("VietnamPlus"), "vna");
        // Agencies' sites under another name than theirs, and a site under a country's
        // two-part suffix with a label before it.
        assert_eq!(slug_for_source("english.kyodonews.net"), "kyodo");
        assert_eq!(slug_for_source("en.yna.co.kr"), "yonhap");
        assert_eq!(slug_for_source("english.news.cn"), "xinhua");
        assert_eq!(slug_for_source("agenciabrasil.ebc.com.br"), "agenciabrasil");
        assert_eq!(slug_for_source("www.aa.com.tr"), "anadolu");
        // An article's own outlet: by its host when its source names no agency.
        let own = |s: Option<&str>, u: Option<&str>| slug_of_article(s, u);
        assert_eq!(
            own(
                Some("Agência Brasil - EBC"),
                Some("https://agenciabrasil.ebc.com.br/x")
            ),
            "agenciabrasil"
        );
        assert_eq!(
            own(Some("Gulf Today"), Some("https://www.gulftoday.ae/x")),
            "gulf-today"
        );
        assert_eq!(
            own(Some("Reuters"), Some("https://www.yahoo.com/x")),
            "reuters"
        );
        assert_eq!(own(None, Some("https://wam.ae/en/article/x")), "wam");
        assert_eq!(own(None, None), "");
        // Outlets named in other scripts keep their names apart.
        assert_eq!(slug_for_source("人民日报"), "人民日报");
        assert_ne!(slug_for_source("人民日报"), slug_for_source("光明日报"));
        // Agencies known by name keep their one slug in every script.
        assert_eq!(slug_for_source("新华社"), "xinhua");
        assert_eq!(slug_for_source("共同通信"), "kyodo");
        assert_eq!(slug_for_source("روزنامہ جنگ"), "روزنامہ-جنگ");
        assert_eq!(slug_for_source("ΑΠΕ-ΜΠΕ"), "ana-mpa");
        assert_eq!(slug_for_source("Καθημερινή"), "καθημερινή");
        assert_eq!(slug_for_source("สำนักข่าวไทย"), "สำนักข่าวไทย");
        assert_eq!(slug_for_source("ＮＨＫ"), slug_for_source("NHK"));
        assert_eq!(slug_for_source("ＲＥＵＴＥＲＳ"), "reuters");
        assert_eq!(slug_for_source("ｶﾌﾞﾀﾝ"), slug_for_source("カブタン"));
        assert_eq!(
            slug_for_source("Su\u{308}ddeutsche"),
            slug_for_source("Süddeutsche")
        );
        assert_eq!(slug_for_source("—"), "");
        assert_eq!(slugify("—"), "unknown");
        // A site on a hosting platform is its own outlet; the platform's own site is the
        // platform.
        assert_eq!(
            slug_for_source("www.marginnotes.substack.com"),
            "marginnotes"
        );
        assert_eq!(slug_for_source("groundtruth.wordpress.com"), "groundtruth");
        assert_eq!(slug_for_source("example.blogspot.co.uk"), "example");
        assert_ne!(
            slug_for_source("groundtruth.wordpress.com"),
            slug_for_source("plainreading.wordpress.com")
        );
        assert_eq!(slug_for_source("wordpress.com"), "wordpress");
        assert_eq!(slug_for_source("www.substack.com"), "substack");
        assert_eq!(slug_for_source("example.blogspot.com.br"), "example");
        assert_eq!(slug_for_source("m.tumblr.com"), "tumblr");
        // Off the platforms' suffixes, hosts are read as any other.
        assert_eq!(slug_for_source("docs.github.com"), "github");
        assert_eq!(slug_for_source("make.wordpress.org"), "wordpress");
    }
}
