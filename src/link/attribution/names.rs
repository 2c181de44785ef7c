//! The outlets wiretrace knows without being told: wire agencies and papers by the names copy
//! writes them in (Latin, Cyrillic and spaceless scripts), and by their hosts. A corpus adds its
//! own outlets (see [`super::corpus`]).
/// Outlets known by name: (slug, names as written in copy). Wire agencies first; the slug is the
/// lower-case outlet id used in `external:<slug>`.
pub(super) const OUTLETS: &[(&str, &[&str])] = &[
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
/// SPA --", "— SPA", "Fuente: NA"), as [`ARABIC_DATELINE_ONLY`](super::ARABIC_DATELINE_ONLY)
/// in Arabic copy.
pub(super) const LATIN_DATELINE_ONLY: &[&str] =
    &["SPA", "MENA", "TAP", "NAN", "APA", "NA", "BTA", "ritzau"];

/// Outlets known by name as Russian and Ukrainian copy writes them. Cyrillic letters are no
/// ASCII word characters, so these are found as [`SPACELESS_OUTLETS`] are, and their phrases
/// are their own ([`cyrillic_patterns_for`](super::cyrillic_patterns_for)); names decline
/// ("по данным Интерфакса").
pub(super) const CYRILLIC_OUTLETS: &[(&str, &[&str])] = &[
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
/// ([`spaceless_patterns_for`](super::spaceless_patterns_for)).
pub(super) const SPACELESS_OUTLETS: &[(&str, &[&str])] = &[
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
pub(super) const WIRES: &[&str] = &[
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
pub(super) const DOMAINS: &[(&str, &str)] = &[
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
