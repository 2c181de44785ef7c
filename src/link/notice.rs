//! Correction notices: "Correction: An earlier version of this article misstated …". An outlet
//! that corrects a story re-issues it with such a note, and a scraper that visited twice holds
//! both versions. Their dates order them when both are dated; without dates the note is what
//! tells them apart, and it is also what made the corrected version look like the source: its
//! note is text the first version lacks, as a source's extra paragraphs are. A version carrying
//! a note the other lacks came later (`decide::orient`).

use regex::Regex;
use std::sync::OnceLock;

/// How much of a text's start and end is read: newsrooms put the note first or last, and
/// reading only there keeps the check constant in the text's length.
const HEAD: usize = 1_200;
const TAIL: usize = 1_500;

/// How many correction notices the text's first and last bytes carry (a story corrected twice
/// carries two), in the languages whose credits are read; a title opening "CORRECTED" counts
/// one more, as Reuters marks a corrected story.
pub fn notices(text: &str, title: Option<&str>) -> u8 {
    let head_end = text.floor_char_boundary(HEAD);
    let tail_start = text.ceil_char_boundary(text.len().saturating_sub(TAIL).max(head_end));
    // A line starts at the window's start only where the text does, or a line break is.
    let line_start = if tail_start == head_end || text[..tail_start].ends_with('\n') {
        tail_start
    } else {
        text[tail_start..]
            .find('\n')
            .map_or(text.len(), |k| tail_start + k + 1)
    };
    let n = count(text, 0, head_end, 0) + count(text, tail_start, text.len(), line_start);
    with_title(n, title)
}

/// [`notices`] over the whole text: for two versions whose windows disagree, whether the one
/// without a notice there has it further in (an update block pushed it down).
pub fn notices_anywhere(text: &str, title: Option<&str>) -> u8 {
    with_title(count(text, 0, text.len(), 0), title)
}

/// `n` notices, and one more for a title opening "CORRECTED".
fn with_title(n: usize, title: Option<&str>) -> u8 {
    let titled = title.is_some_and(|t| t.trim_start().starts_with("CORRECTED"));
    (n + titled as usize).min(u8::MAX as usize) as u8
}

/// The notices two versions of a story carry, each a text and its title: as [`notices`] counts
/// them at their ends, and where those differ, as [`notices_anywhere`] counts them in the whole
/// texts: the version without a notice at its ends may carry it further in, an update block
/// above it, and then the two carry the same note.
pub fn of_versions(a: (&str, Option<&str>), b: (&str, Option<&str>)) -> (u8, u8) {
    let (na, nb) = (notices(a.0, a.1), notices(b.0, b.1));
    if na == nb {
        (na, nb)
    } else {
        (notices_anywhere(a.0, a.1), notices_anywhere(b.0, b.1))
    }
}

/// Notices starting in `text[from..to]`, headings only from `lines_from` on.
fn count(text: &str, from: usize, to: usize, lines_from: usize) -> usize {
    let window = &text[from..to];
    // Most texts carry no word a notice is written with: one scan for them, not two patterns.
    if !keywords().is_match(window) {
        return 0;
    }
    let (heading, sentence) = patterns();
    let sentences = sentence
        .find_iter(window)
        .filter(|m| !republished(&text[from + m.end()..]))
        .count();
    let lines_from = lines_from.clamp(from, to);
    let headings = heading
        .find_iter(&text[lines_from..to])
        .filter(|m| {
            // The heading's line, or the next when the heading stands alone on its own.
            let mut after = &text[lines_from + m.end()..];
            let line_end = after.find('\n').unwrap_or(after.len());
            if after[..line_end].trim().is_empty() && line_end < after.len() {
                after = &after[line_end + 1..];
            }
            let after = &after[..after.find('\n').unwrap_or(after.len())];
            let after = &after[..after.floor_char_boundary(300)];
            // A sentence notice right after the heading is counted already.
            vocabulary().is_match(after) && !sentence.is_match(after)
        })
        .count();
    sentences + headings
}

/// "An earlier version of this story appeared in The Conversation": a republication, not a
/// correction.
fn republished(after: &str) -> bool {
    let after = &after[..after.floor_char_boundary(60)];
    let lower = after.to_lowercase();
    ["appeared", "published", " ran ", "ran in", "aired"]
        .iter()
        .any(|w| lower.contains(w))
}

/// A heading word at a line's start and a colon or a spaced dash ("Correction:", "CORRECTION
/// —", "Correction (Aug. 28, 2024):", "Korrekturhinweis:", "Erramos:"); and a sentence saying an
/// earlier version was wrong or this one was corrected. "Update:" is not one: a live page's
/// entries start so in every version.
fn patterns() -> &'static (Regex, Regex) {
    static P: OnceLock<(Regex, Regex)> = OnceLock::new();
    P.get_or_init(|| {
        let heading = r"(?im)^[ \t*_\[(]*(?:correction|clarification|korrektur|korrekturhinweis|berichtigung|richtigstellung|correctif|rectificatif|erratum|errata|corrección|fe de errores|fe de erratas|rettifica|correzione|correção|erramos|correctie|rectificatie|sprostowanie|düzeltme|koreksi|ralat)(?:[ \t]*\([^)\n]{0,40}\))?(?:[ \t]*[:：]|[ \t]+[—–-])";
        let sentence = concat!(
            r"(?i:an? (?:earlier|previous|prior) version of this (?:article|story|report|post|piece|item|headline|column)",
            r"|this (?:article|story|report|post|piece|version) (?:has been|was|is) (?:corrected|amended)",
            r"|this version corrects|(?:updated|amended) to correct|a correction was made",
            r"|\((?:corrects|clarifies|recasts to correct) |\(this [^)\n]{0,40}stor(?:y|ies) corrects",
            r"|einer früheren (?:version|fassung)",
            r"|(?:artikel|text|beitrag|meldung) wurde (?:korrigiert|berichtigt)",
            r"|une (?:précédente|première|ancienne) version de cet(?:te)? (?:article|texte|dépêche)",
            r"|cet (?:article|texte) a été (?:corrigé|rectifié)",
            r"|una versión (?:anterior|previa) de (?:este|esta)",
            r"|(?:artículo|nota|noticia|información) (?:ha sido|fue) (?:corregid[oa]|rectificad[oa])",
            r"|actualizad[oa] para corregir",
            r"|una (?:precedente|prima) versione di questo",
            r"|questo articolo è stato (?:corretto|rettificato)",
            r"|uma versão anterior (?:deste|desta)",
            r"|(?:texto|reportagem|notícia|matéria|artigo) foi (?:corrigid[oa]|retificad[oa])",
            r"|in een (?:eerdere|vorige) versie van dit",
            r"|dit (?:artikel|bericht) is (?:gecorrigeerd|gerectificeerd))",
        );
        (Regex::new(heading).unwrap(), Regex::new(sentence).unwrap())
    })
}

/// A piece of a word every notice of [`patterns`] holds, ASCII letters in either case.
fn keywords() -> &'static aho_corasick::AhoCorasick {
    static K: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    K.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "correc",
                "corrig",
                "corret",
                "correz",
                "correç",
                "correÇ",
                "corregi",
                "clarif",
                "korrektur",
                "korrigiert",
                "berichtig",
                "richtigstell",
                "rectif",
                "retific",
                "rettific",
                "errat",
                "errores",
                "erramos",
                "sprostowanie",
                "zeltme",
                "koreksi",
                "ralat",
                "versi",
                "versã",
                "versÃ",
                "fassung",
                "amended",
            ])
            .unwrap()
    })
}

/// What a correction says after its heading: that something was wrong, or which version.
fn vocabulary() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        Regex::new(concat!(
            r"(?i:earlier version|previous version|prior version|incorrect|misstat|misidentif",
            r"|misspel|misquot|misattribut|should have|wrongly|erroneous|in error|mistaken",
            r"|an error|was corrected|has been corrected|gave the wrong",
            r"|früher|falsch|fehlerhaft|irrtümlich|korrigiert|berichtigt",
            r"|précédente version|erron|par erreur|corrigé|rectifié|inexact",
            r"|versión anterior|erróne|por error|equivocad|corregid",
            r"|versione precedente|erroneament|per errore|inesatt|corrett",
            r"|versão anterior|erradament|incorret|por engano|corrigid|errou|errad",
            r"|eerdere versie|onjuist|abusievelijk|foutief|ten onrechte|gecorrigeerd",
            r"|błędnie|wcześniejszej wersji|hatalı|yanlış|keliru|sebelumnya)"
        ))
        .unwrap()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corrected(text: &str) -> bool {
        notices(text, None) > 0
    }

    #[test]
    fn correction_notices_are_read_at_either_end() {
        let body = "The Minneapolis school board voted 7-2 on Tuesday night to ask voters to \
            approve a new operating levy.\n"
            .repeat(40);
        for note in [
            "Correction: An earlier version of this article misstated the amount.",
            "CORRECTION — The levy would raise about $28 million a year, not $38 million as \
             incorrectly reported.",
            "Correction (Aug. 28, 2024): The levy's amount was misstated.",
            "A previous version of this story misstated her title.",
            "This article has been corrected to show the levy's amount.",
            "This story was amended on 28 August 2024.",
            "Editor's Note: This story has been updated to correct the levy's amount.",
            "A correction was made on Aug. 28, 2024: An earlier version gave the wrong amount.",
            "This version corrects the amount in the third paragraph.",
            "(Corrects paragraph 3 to show the levy's amount)",
            "(This Aug. 28 story corrects the amount in paragraph 3)",
            "Korrektur: In einer früheren Version dieses Artikels stand ein falscher Betrag.",
            "Korrekturhinweis: In einer früheren Version hieß es, die Abgabe bringe mehr.",
            "Diese Meldung wurde korrigiert.",
            "Une précédente version de cet article indiquait un montant erroné.",
            "Rectificatif : le montant indiqué était erroné.",
            "Fe de errores: la cifra era errónea; es de 28 millones.",
            "Fe de erratas: por error se publicó otra cifra.",
            "Una versión anterior de esta nota indicaba otra cifra.",
            "Questo articolo è stato corretto alle 14.",
            "Uma versão anterior desta reportagem informava outro valor.",
            "Erramos: a reportagem informou errado o valor.",
            "In een eerdere versie van dit artikel stond een verkeerd bedrag.",
        ] {
            assert!(corrected(&format!("{note}\n\n{body}")), "{note} first");
            assert!(corrected(&format!("{body}\n\n{note}")), "{note} last");
        }
        for line in [
            // The word as a heading of something else, a republication, prose.
            "Corrections: $1.4 billion",
            "Correction: a decline of 10% or more from a recent peak.",
            "Corrections-department spending rose 4%.",
            "Corrections — the state's largest agency — asked for more.",
            "Clarification: what the board actually voted on and why.",
            "Errata: A Memoir, by Jane Doe, is out next month.",
            "Corrección: así se llama la nueva obra del dramaturgo.",
            "Düzeltme: yeni sezonun ilk bölümü yayında.",
            "An earlier version of this story appeared in The Conversation.",
            "A previous version of this report, published in 2021, found the same.",
            "Update: the board will vote again on Thursday.",
            "The correction in share prices continued for a third day.",
            "Corrections officers at the state prison walked out on Tuesday.",
            "Stock market correction: what it means for your savings",
        ] {
            assert!(!corrected(&format!("{line}\n{body}")), "{line} first");
            assert!(!corrected(&format!("{body}{line}")), "{line} last");
        }
        // A note in the middle of a long text is not looked for, and no cut splits a letter.
        assert!(!corrected(&format!(
            "{body}Correction: an earlier version misstated it.\n{body}"
        )));
        let wide = "é".repeat(2_000);
        assert!(!corrected(&wide));
        assert!(corrected(&format!(
            "{wide}\nCorrection: the sum was misstated."
        )));
        // A heading read mid-line, where the tail window happens to start, is none.
        let end = "correction: a decline of 10% was misstated by some";
        let prose = format!(
            "{}{end}{}",
            "x ".repeat(1_000),
            "y".repeat(TAIL - end.len())
        );
        let cut = prose.len() - TAIL;
        assert_eq!(&prose[cut..cut + 11], "correction:");
        assert!(!corrected(&prose));
    }

    #[test]
    fn notices_are_counted_and_found_further_in() {
        let body = "The board voted on Tuesday night to ask voters for a levy.\n".repeat(40);
        let one = format!("{body}\nCorrection: An earlier version misstated the amount.");
        let two = format!(
            "{one}\nCorrection: A previous version of this article also misstated the date."
        );
        assert_eq!(notices(&body, None), 0);
        assert_eq!(notices(&one, None), 1);
        assert_eq!(notices(&two, None), 2);
        assert_eq!(notices(&body, Some("CORRECTED-Board asks for levy")), 1);
        // An update block above the note pushes it past the head window: the whole text
        // still carries it.
        let note = "Correction: An earlier version of this article misstated the amount.\n";
        let update = format!("Update, 4:15 p.m.: {}\n", "More news came in. ".repeat(70));
        let first = format!("{note}{body}");
        let later = format!("{update}{note}{body}");
        assert_eq!((notices(&first, None), notices(&later, None)), (1, 0));
        assert_eq!(of_versions((&first, None), (&later, None)), (1, 1));
        assert_eq!(of_versions((&first, None), (&body, None)), (1, 0));
    }
}
