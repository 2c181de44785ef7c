//! Reporting phrases and datelines around a known outlet's name ("Reuters reported", "according
//! to", "(AP) —", "laut dpa", "по данным ТАСС"): the patterns, built once per script, and the
//! hits they give.

use super::*;
/// Names as one regex alternation, longest first, so that a name that extends another
/// ("Bloomberg News", "Bloomberg") matches whole.
pub(super) fn alternation<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut names: Vec<&str> = names.collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

/// The names of a table of outlets (slug, names).
pub(super) fn names_of(table: &'static [(&str, &[&str])]) -> impl Iterator<Item = &'static str> {
    table.iter().flat_map(|(_, n)| n.iter().copied())
}

/// Every known outlet name as one regex alternation (see [`alternation`]).
pub(super) fn outlet_alternation() -> String {
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
pub(super) const TURKISH_TAIL: &str = r"(?:['’](?:n?[ıiuü]n|y?[ae]|[dt][ae]n|[dt][ae]|y?[ıiuü]))?(?:\s+(?:gazetesi|ajansı|televizyonu|sitesi|muhabiri)(?:n?[ıiuü]n|n?[ae])?)?";

/// Finnish writes a case ending after a colon on an abbreviation: "STT:n mukaan" (according to
/// STT), and "sanoo toimitusjohtaja STT:lle" (says the chief executive to STT), the quote an
/// agency's reporter took, as "told Reuters" is; on a known name read as a word, the ending is
/// joined to it: "Reutersin mukaan", "Xinhuan mukaan", "kertoi Reutersille" (see
/// [`finnish_case`]).
pub(super) const FINNISH_TAIL: &str = r":?(?:i?lle|i?n[ \t]+mukaan)(?-u:\b)";

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
pub(super) fn patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| patterns_for(&outlet_alternation()))
}

/// The same patterns around [`PLACEHOLDER`], which stands for an outlet of the corpus: the
/// window around a corpus outlet's name is matched with the name replaced by it, so that one
/// set of patterns serves any number of names.
pub(super) fn placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| patterns_for(PLACEHOLDER))
}

/// A capitalised ASCII word no text uses, so the patterns treat it as a name; a text that does
/// contain it is only matched at the place where the name was put.
pub(super) const PLACEHOLDER: &str = "Zqxoutletnamezq";

/// The three reporting-phrase patterns (before the name, after it, dateline) for the outlet
/// names in the regex alternation `alt`.
/// A capital letter, and a letter, of the Latin, Greek and Cyrillic scripts (with IPA letters
/// and modifier letters such as the ʻokina) as a class item: the names in bylines, sign-offs and
/// datelines around a Latin outlet name ("ΑΘΗΝΑ, 5 Μαρτίου (AFP)", "By Мария Иванова, Reuters").
/// `\p{Lu}` and `\p{L}` of every script, repeated as the names are, made the Latin patterns
/// take 0.1 s to build and hold several times the DFA states.
const UPPER: &str = r"[\p{Lu}&&[\x00-\x{52F}\x{1E00}-\x{1FFF}]]";
const LETTER: &str = r"[\p{L}&&[\x00-\x{52F}\x{1E00}-\x{1FFF}]]";

pub(super) fn patterns_for(alt: &str) -> [Regex; 3] {
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
pub(super) fn compiled(pattern: &str) -> Regex {
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
pub(super) fn spaceless_patterns_for(alt: &str) -> [Regex; 3] {
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
pub(super) fn outlet_of<'h>(cap: &regex::Captures<'h>) -> Option<regex::Match<'h>> {
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
pub(super) fn wire_only(cap: &regex::Captures<'_>) -> bool {
    cap.name("v").is_some()
        || cap.name("w").is_some()
        || cap.name("x").is_some()
        || cap.name("wb").is_some()
}

/// Whether a byline or closing line matched at `start..end` of `text` stands where a story's
/// byline or sign-off does: a byline among the first lines, no other "By" line beside it (a
/// menu: "Sort\nBy Reuters\nBy Date"); a closing line last, after a sentence's end (not a
/// list's item or a label: "Sources:\n— AFP\n— Reuters"). Other matches stand anywhere.
pub(super) fn placed_as_such(
    cap: &regex::Captures<'_>,
    text: &str,
    start: usize,
    end: usize,
) -> bool {
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
pub(super) fn phrase_of<'h>(cap: &regex::Captures<'h>) -> Option<regex::Match<'h>> {
    cap.name("d").or_else(|| cap.get(0))
}

/// [`spaceless_patterns_for`] the outlets of [`SPACELESS_OUTLETS`].
pub(super) fn spaceless_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| spaceless_patterns_for(&alternation(names_of(SPACELESS_OUTLETS))))
}

/// [`spaceless_patterns_for`] the outlets known by their Latin names ("BBCによると").
pub(super) fn spaceless_patterns_latin() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| spaceless_patterns_for(&outlet_alternation()))
}

/// Where the names of [`SPACELESS_OUTLETS`] are in a text, longest first where they overlap.
pub(super) fn spaceless_names() -> &'static aho_corasick::AhoCorasick {
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
pub(super) fn spaceless_placeholder_patterns() -> &'static [Regex; 3] {
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
pub(super) fn cyrillic_patterns_for(alt: &str) -> [Regex; 3] {
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
pub(super) fn cyrillic_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| cyrillic_patterns_for(&alternation(names_of(CYRILLIC_OUTLETS))))
}

/// [`cyrillic_patterns_for`] the outlets known by their Latin names ("по данным Reuters").
pub(super) fn cyrillic_patterns_latin() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| cyrillic_patterns_for(&outlet_alternation()))
}

/// [`cyrillic_patterns_for`] around [`PLACEHOLDER`], for outlets of the corpus in Russian or
/// Ukrainian copy.
pub(super) fn cyrillic_placeholder_patterns() -> &'static [Regex; 3] {
    static P: OnceLock<[Regex; 3]> = OnceLock::new();
    P.get_or_init(|| cyrillic_patterns_for(PLACEHOLDER))
}

/// Where the names of [`CYRILLIC_OUTLETS`] are in a text, longest first where they overlap.
pub(super) fn cyrillic_names() -> &'static aho_corasick::AhoCorasick {
    static P: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    P.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(CYRILLIC_OUTLETS.iter().flat_map(|(_, n)| n.iter()))
            .unwrap()
    })
}

pub(super) fn has_cyrillic(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{400}'..='\u{52F}'))
}

/// Reporting phrases around each of `names` (byte spans of outlet names known by name, and
/// whether a writer's title follows the name, which only a byline may then hold) that
/// one of the pattern sets `sets(window)` gives for the window around the name matches with
/// that name as its outlet.
pub(super) fn known_phrase_hits(
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
