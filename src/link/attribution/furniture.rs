//! Wire copy's furniture, as papers and sites keep it: Reuters' closing tagline, copyright lines,
//! closing brackets and dashes, bylines, Kyodo's and Indian agencies' forms.

use super::*;
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
pub(super) fn reuters_tagline(text: &str) -> Option<(usize, usize)> {
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

/// Copyright lines with the year after the outlet's name, "Copyright Business Wire 2024", "(c)
/// Copyright Thomson Reuters 2025.", found around each of `names` (byte spans of known names) as
/// [`patterns_for`]'s hits are. Found by hand rather than by a pattern: one more copy of the
/// names' alternation in the dateline pattern cost credit finding a tenth of its speed on
/// `benches/multilingual`. The year before the name is the `before` pattern's ("Copyright 2024
/// The Associated Press").
pub(super) fn copyright_hits(
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
pub(super) fn closing_bracket_hits(
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
pub(super) fn kyodo_bracket_hits(
    text: &str,
    out: &mut Vec<(usize, usize, &'static str, (usize, usize))>,
) {
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
pub(super) fn devanagari_hits(
    text: &str,
    out: &mut Vec<(usize, usize, &'static str, (usize, usize))>,
) {
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
pub(super) fn closing_dash_hits(
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
