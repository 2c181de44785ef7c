//! Attribution: where an article says its material came from. A credit in a reporting phrase
//! ("Reuters reported on Sept. 19", "according to the Associated Press", a "(AP) —" dateline,
//! "first reported by") names a source; so does a cited URL. Both orient links (the credited
//! outlet came first) and give a parent to articles whose source is absent from the input.
//!
//! A credit is a name in a place that makes it one, so the parts are the names and the places:
//! `names` (outlets known without the corpus), `corpus` (the input's own outlets, in the forms
//! copy writes them), `phrases` (the reporting phrases and datelines around a name, per
//! script), `arabic` (Arabic, Persian and Urdu, whose names take fused words), `context` (what
//! around a hit makes it no credit), `furniture` (wire copy's taglines, copyright lines,
//! closing brackets and bylines) and `slugs` (one id per outlet). This file finds the credits
//! of a text and answers what the later stages ask of them.

mod arabic;
mod context;
mod corpus;
mod furniture;
mod names;
mod phrases;
mod slugs;
#[cfg(test)]
mod tests;

use arabic::*;
use context::*;
pub use corpus::*;
pub use furniture::*;
use names::*;
use phrases::*;
pub use slugs::*;

use crate::ingest::fields::host_of;
use regex::Regex;
use serde::Serialize;
use std::sync::OnceLock;

/// The span `s..e` of `text` without the white space at its ends, so that the evidence a credit
/// shows is exactly the text its span points to (a sentence found after ". " began at the space).
fn trimmed(text: &str, s: usize, e: usize) -> (usize, usize) {
    let t = &text[s..e];
    let start = s + (t.len() - t.trim_start().len());
    (start, start + t.trim().len())
}

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
                    span: Some(trimmed(text, s, e)),
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
                span: Some(trimmed(text, ss, se)),
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

/// A reporting phrase found: its start and end, the outlet's slug, and the span of its name.
type PhraseHit = (usize, usize, String, (usize, usize));

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
