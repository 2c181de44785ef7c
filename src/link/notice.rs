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

/// Whether the text carries a correction notice, in the languages whose credits are read.
pub fn corrected(text: &str) -> bool {
    let head_end = floor(text, HEAD.min(text.len()));
    let tail_start = ceil(text, text.len().saturating_sub(TAIL).max(head_end));
    let p = pattern();
    p.is_match(&text[..head_end]) || p.is_match(&text[tail_start..])
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| {
        // A heading word at a line's start, then a colon or a dash: "Correction:", "CORRECTION
        // —", "Korrektur:", "Fe de errores:". "Update:" is not one: a live page's entries
        // start so in every version.
        let heading = r"(?m)^[\s*_\[(]*(?:corrections?|clarification|korrektur|richtigstellung|correctif|rectificatif|erratum|errata|corrección|fe de errores|rettifica|correzione|correção|correctie|rectificatie|sprostowanie|düzeltme|koreksi|ralat)\s*[:：—–-]";
        // A sentence saying an earlier version was wrong or this one was corrected.
        let earlier = concat!(
            r"an? (?:earlier|previous|prior) version of this (?:article|story|report|post|piece|item|headline)",
            r"|this (?:article|story|report|post|piece) (?:has been|was|is) (?:corrected|amended)",
            r"|\((?:corrects|clarifies|recasts to correct) ",
            r"|(?:in )?einer früheren (?:version|fassung) (?:dieses|des) (?:artikels|textes|beitrags)",
            r"|(?:dieser|der) (?:artikel|text|beitrag) wurde (?:korrigiert|berichtigt)",
            r"|une (?:précédente|première|ancienne) version de cet (?:article|texte)",
            r"|cet (?:article|texte) a été (?:corrigé|rectifié)",
            r"|una versión (?:anterior|previa) de (?:este|esta) (?:artículo|nota|noticia|información|texto)",
            r"|(?:este|esta) (?:artículo|nota|noticia|información) (?:ha sido|fue) (?:corregid[oa]|rectificad[oa])",
            r"|una (?:precedente|prima) versione di questo (?:articolo|pezzo)",
            r"|questo articolo è stato (?:corretto|rettificato)",
            r"|uma versão anterior (?:deste|desta) (?:texto|reportagem|notícia|matéria|artigo)",
            r"|(?:este|esta) (?:texto|reportagem|notícia|matéria|artigo) foi (?:corrigid[oa]|retificad[oa])",
            r"|in een (?:eerdere|vorige) versie van dit (?:artikel|bericht)",
            r"|dit (?:artikel|bericht) is (?:gecorrigeerd|gerectificeerd)",
        );
        Regex::new(&format!("(?i:{heading}|{earlier})")).unwrap()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correction_notices_are_read_at_either_end() {
        let body = "The Minneapolis school board voted 7-2 on Tuesday night to ask voters to \
            approve a new operating levy. "
            .repeat(40);
        for note in [
            "Correction: An earlier version of this article misstated the amount.",
            "CORRECTION — The levy would raise about $28 million a year.",
            "A previous version of this story misstated her title.",
            "This article has been corrected to show the levy's amount.",
            "(Corrects paragraph 3 to show the levy's amount)",
            "Korrektur: In einer früheren Version dieses Artikels stand ein falscher Betrag.",
            "Une précédente version de cet article indiquait un montant erroné.",
            "Fe de errores: la cifra correcta es de 28 millones.",
            "Una versión anterior de esta nota indicaba otra cifra.",
            "Questo articolo è stato corretto alle 14.",
            "Uma versão anterior desta reportagem informava outro valor.",
            "In een eerdere versie van dit artikel stond een verkeerd bedrag.",
        ] {
            assert!(corrected(&format!("{note}\n\n{body}")), "{note} first");
            assert!(corrected(&format!("{body}\n\n{note}")), "{note} last");
        }
        for text in [
            body.as_str(),
            // The word alone, a live page's update, a correction as the story's subject.
            "Update: the board will vote again on Thursday.",
            "The correction in share prices continued for a third day.",
            "Corrections officers at the state prison walked out on Tuesday.",
            "Stock market correction: what it means for your savings",
        ] {
            assert!(!corrected(text), "{text}");
        }
        // A note in the middle of a long text is not looked for, and no cut splits a letter.
        assert!(!corrected(&format!("{body}Correction: a note.\n{body}")));
        let wide = "é".repeat(2_000);
        assert!(!corrected(&wide));
        assert!(corrected(&format!("{wide}\nCorrection: the sum.")));
    }
}
