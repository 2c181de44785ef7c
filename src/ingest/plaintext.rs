//! `.txt` and `.md`: one article per file. Scraped text files often carry a metadata header
//! (`date 2023-11-09 ...`, `Title: ...`) and end in a references list; both are evidence (the
//! date orders articles, the URLs name sources), so they are lifted out of the body.

use super::date::parse_date;
use super::fields::{decode_owned, source_of_url};
use super::Diagnostics;
use crate::model::Article;

const HEADER_KEYS: &[&str] = &[
    "date",
    "published",
    "title",
    "source",
    "url",
    "author",
    "id",
    // Read as `title` and `url`; the first title or URL of a header wins.
    "headline",
    "link",
    // Passed through as input fields: without them a header that has them would end there,
    // and the lines after (a date, a source) would be left in the text.
    "byline",
    "updated",
    "modified",
    "section",
    "category",
    "tags",
    "language",
];

/// Splits a text file into an article. `id` is the default id (the relative path). Character
/// references are decoded in the body and the title only after the header and the references
/// list are taken apart, so that a `&#10;` cannot make or end a header line; `diag` counts the
/// article if any was.
pub fn article_from_text(
    content: &str,
    id: String,
    origin: String,
    diag: &mut Diagnostics,
) -> Article {
    let mut art = Article {
        id,
        origin,
        ..Default::default()
    };
    // Old Mac files end lines with a bare CR: without this the whole file is one header line.
    let unix;
    let content = if content.contains('\r') && !content.contains('\n') {
        unix = content.replace('\r', "\n");
        unix.as_str()
    } else {
        content
    };
    let mut body = content.trim_start_matches('\u{feff}');
    if let Some(rest) = take_front_matter(body, &mut art) {
        body = rest;
    }
    while let Some(rest) = take_header(body, &mut art) {
        body = rest;
    }
    // A date header kept as a field because it does not read: said so, as a JSON record's is.
    if art.published.is_none() {
        for key in ["date", "published"] {
            if let Some(v) = art.extra.get(key) {
                super::fields::bad_field(
                    diag,
                    &art.origin,
                    key,
                    &v,
                    "is not a date this tool reads",
                );
            }
        }
    }
    let (body, refs) = split_references(body);
    art.references = refs;
    let decoded_body = super::entities::decode(body);
    art.text = decoded_body.trim().to_string();
    let mut decoded = matches!(decoded_body, std::borrow::Cow::Owned(_));
    if let Some(title) = art.title.take() {
        let (title, changed) = decode_owned(title);
        decoded |= changed;
        art.title = Some(title.trim().to_string()).filter(|t| !t.is_empty());
    }
    // An article that is skipped as empty is counted as that, not as repaired too.
    if decoded && !art.text.is_empty() {
        diag.decoded_references(art.origin.clone());
    }
    // Guessed from the decoded text, so not decoded again.
    if art.title.is_none() {
        art.title = guess_title(&art.text);
    }
    if art.source.is_none() {
        art.source = art.url.as_deref().and_then(source_of_url);
    }
    art
}

/// Consumes one header field at the start of `s`: `key: value` up to the end of the line, or the
/// bare form `date 2023-11-09` whose value is the next token(s) and may share a line with the body.
fn take_header<'a>(s: &'a str, art: &mut Article) -> Option<&'a str> {
    let t = s.trim_start();
    let (word, after) = t.split_once(|c: char| c == ':' || c.is_whitespace())?;
    let key = word.to_ascii_lowercase();
    if !HEADER_KEYS.contains(&key.as_str()) {
        return None;
    }
    let sep = t.as_bytes()[word.len()];
    if sep == b':' {
        let (value, rest) = after.split_once('\n').unwrap_or((after, ""));
        let value = value.trim();
        if value.is_empty() || !apply_header(&key, value, art) {
            return None;
        }
        return Some(rest);
    }
    // Bare form: only `date`/`published` followed by something that parses as a date.
    if key != "date" && key != "published" {
        return None;
    }
    let after = after.trim_start_matches([' ', '\t']);
    let tokens: Vec<(usize, &str)> = token_ends(after).take(4).collect();
    for n in (1..=tokens.len()).rev() {
        let (end, _) = tokens[n - 1];
        if let Some(p) = parse_date(&after[..end]) {
            art.published = Some(p);
            return Some(&after[end..]);
        }
    }
    None
}

/// Consumes a Markdown file's YAML front matter (`---`, `key: value` lines, `---` or `...`), as
/// static-site generators and scrapers that save Markdown write it: the header fields go where
/// [`take_header`]'s would, other plain `key: value` lines pass through as input fields. Lists and
/// nested values are not read. Text between two rules is easily mistaken for it, and losing text
/// is worse than missing a title, so the block must be front matter through and through: every
/// line a `key: value` with a one-word key, an indented or `- ` list line, a `#` comment or blank;
/// at least one header field; and each header field's value one [`take_header`] accepts.
/// Otherwise, or when `s` does not open with a closed block, `None` and nothing is taken.
fn take_front_matter<'a>(s: &'a str, art: &mut Article) -> Option<&'a str> {
    let mut lines = s.split_inclusive('\n');
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut fields: Vec<(String, &str)> = Vec::new();
    let mut used = s.find('\n')? + 1;
    for line in lines.take(MAX_FRONT_MATTER_LINES) {
        used += line.len();
        let l = line.trim_end();
        if l == "---" || l == "..." {
            let unquoted = |v: &'a str| {
                v.strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                    .unwrap_or(v)
            };
            let header = |k: &str| HEADER_KEYS.contains(&k);
            if !fields.iter().any(|(k, _)| header(k)) {
                return None;
            }
            // Applied to a copy, kept only if every header field takes its value.
            let mut trial = art.clone();
            for (key, value) in fields {
                let value = unquoted(value);
                if value.is_empty() {
                    continue;
                }
                if !header(&key) {
                    trial.extra.extend_missing([(key, value.into())]);
                } else if !apply_header(&key, value, &mut trial) {
                    return None;
                }
            }
            *art = trial;
            return Some(&s[used..]);
        }
        if l.trim().is_empty() || l.starts_with([' ', '\t', '#']) || l.starts_with("- ") {
            continue;
        }
        let (k, v) = l.split_once(':')?;
        let one_word = !k.is_empty()
            && k.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if !one_word {
            return None;
        }
        fields.push((k.to_ascii_lowercase(), v.trim()));
    }
    None
}

/// Lines a front matter block may have; a file that opens with `---` and no closing line
/// within them is text.
const MAX_FRONT_MATTER_LINES: usize = 100;

/// Byte offsets just past each of the first whitespace-separated tokens of `s`.
fn token_ends(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = &s[pos..];
        let start = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let rest2 = &rest[start..];
        if rest2.is_empty() || rest2.starts_with(['\n', '\r']) {
            return None;
        }
        let len = rest2.find(char::is_whitespace).unwrap_or(rest2.len());
        pos += start + len;
        Some((pos, &s[pos - len..pos]))
    })
}

/// Whether `value` can be the value of header `key`: a header is a short line, so a body line
/// that merely starts like one ("Source: officials said on Monday that ...") stays in the text.
/// At most this many characters and words.
fn header_shaped(key: &str, value: &str) -> bool {
    let (chars, words) = match key {
        "title" => (300, usize::MAX),
        "source" | "author" => (80, 8),
        "url" | "id" => (2048, 1),
        _ => (100, usize::MAX),
    };
    value.chars().count() <= chars && value.split_whitespace().count() <= words
}

fn apply_header(key: &str, value: &str, art: &mut Article) -> bool {
    if !header_shaped(key, value) {
        return false;
    }
    match key {
        "date" | "published" => match date_in_header(value) {
            Some(p) => art.published = Some(p),
            // A date this reader does not know ("19/09/2023", "Tuesday 14:05 BST") is still a
            // header line, kept as an input field rather than left at the top of the text,
            // where it would end the header and be compared as text; a line that reads as
            // prose is no header.
            None if date_shaped(value) => {
                art.extra.insert(key.to_string(), value.into());
            }
            None => return false,
        },
        "title" | "headline" => {
            art.title.get_or_insert_with(|| value.to_string());
        }
        "source" => art.source = Some(value.to_string()),
        "url" | "link" => {
            art.url.get_or_insert_with(|| value.to_string());
        }
        "id" => art.id = value.to_string(),
        _ => {
            art.extra.insert(key.to_string(), value.into());
        }
    }
    true
}

/// The date of a header value: all of it, else its first words (`September 19, 2023 at 2:05
/// PM`, `19 Sep 2023 14:05 BST`).
fn date_in_header(value: &str) -> Option<crate::model::Published> {
    parse_date(value).or_else(|| {
        let ends: Vec<usize> = token_ends(value).take(4).map(|(end, _)| end).collect();
        ends.iter()
            .rev()
            .skip(1)
            .find_map(|&end| parse_date(&value[..end]))
    })
}

/// Whether a header value that is no date this reader knows still looks like one: short, with
/// a digit in it.
fn date_shaped(value: &str) -> bool {
    value.chars().count() <= 40
        && value.split_whitespace().count() <= 7
        && value.chars().any(|c| c.is_ascii_digit())
}

/// Removes a trailing block of reference lines (`[1] https://...`, `- https://...`, bare URLs,
/// optionally under a `References`/`Sources` heading) and returns the URLs in order.
fn split_references(body: &str) -> (&str, Vec<String>) {
    let mut cut = body.len();
    let mut urls = Vec::new();
    let mut rest = body.trim_end();
    loop {
        let (head, line) = match rest.rfind('\n') {
            Some(i) => (&rest[..i], &rest[i + 1..]),
            None => ("", rest),
        };
        let l = line.trim();
        if l.is_empty() {
            if head.is_empty() {
                break;
            }
            rest = head.trim_end();
            continue;
        }
        if let Some(url) = reference_url(l) {
            urls.push(url.to_string());
            cut = head.len();
            rest = head.trim_end();
            if head.is_empty() {
                break;
            }
            continue;
        }
        // `References`, `Sources:`, and Markdown's `## References`.
        let heading = l
            .trim_start_matches('#')
            .trim()
            .trim_end_matches(':')
            .to_ascii_lowercase();
        if !urls.is_empty()
            && matches!(
                heading.as_str(),
                "references" | "sources" | "links" | "notes"
            )
        {
            cut = head.len();
        }
        break;
    }
    urls.reverse();
    (&body[..cut.min(body.len())], urls)
}

fn reference_url(line: &str) -> Option<&str> {
    let mut l = line;
    if l.starts_with('[') {
        // `[1] https://...`, and Markdown's reference definitions `[1]: https://...`.
        let after = l.split_once(']')?.1;
        l = after.strip_prefix(':').unwrap_or(after).trim_start();
    } else if let Some(r) = l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")) {
        l = r.trim_start();
    } else if let Some((n, r)) = l.split_once(". ") {
        if n.bytes().all(|b| b.is_ascii_digit()) {
            l = r.trim_start();
        }
    }
    let l = l.trim_start_matches('<').trim_end_matches('>');
    let is_url =
        (l.starts_with("http://") || l.starts_with("https://")) && !l.contains(char::is_whitespace);
    is_url.then_some(l)
}

/// A short first line that reads like a headline (a few words, no closing full stop). Scraped
/// files often open with a section label ("Newsnews"), so the first three lines are tried.
fn guess_title(text: &str) -> Option<String> {
    text.lines()
        // A Markdown heading's `#` marks are no part of it.
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .take(3)
        .find(|l| {
            let words = l.split_whitespace().count();
            (3..=25).contains(&words)
                && !l.ends_with(['.', '!', '?', ':', '\u{6d4}'])
                && l.len() <= 200
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_from_text(content: &str, id: String, origin: String) -> Article {
        super::article_from_text(content, id, origin, &mut Diagnostics::default())
    }

    #[test]
    fn character_references_are_decoded_after_the_header_and_counted() {
        let mut d = Diagnostics::default();
        let a = super::article_from_text(
            "Title: Tom &amp; Jerry&#8217;s\nDate: 2023-11-09\n\n&#8220;Yes&#8221;, AT&T said.&#10;date 2020-01-01\n\nhttps://a.com/x?b=1&amp;c=2\n",
            "x".into(),
            "x".into(),
            &mut d,
        );
        assert_eq!(a.title.as_deref(), Some("Tom & Jerry’s"));
        assert_eq!(a.published.unwrap().iso(), "2023-11-09");
        assert_eq!(a.text, "“Yes”, AT&T said.\ndate 2020-01-01");
        assert_eq!(a.references, ["https://a.com/x?b=1&amp;c=2"]);
        assert_eq!(d.repaired.get(crate::ingest::HTML_ENTITIES), Some(&1));
        assert_eq!(d.messages.len(), 1, "{:?}", d.messages);
        // A guessed title comes from the decoded text.
        let a = super::article_from_text(
            "Fire&nbsp;closes the port of Rotterdam\n\nThe body.",
            "y".into(),
            "y".into(),
            &mut d,
        );
        assert_eq!(
            a.title.as_deref(),
            Some("Fire\u{A0}closes the port of Rotterdam")
        );
        let a = super::article_from_text("AT&T and R&D.", "z".into(), "z".into(), &mut d);
        assert_eq!(a.text, "AT&T and R&D.");
        assert_eq!(d.repaired.get(crate::ingest::HTML_ENTITIES), Some(&2));
    }

    #[test]
    fn bare_date_header_on_the_body_line() {
        let a = article_from_text(
            " date 2023-09-20 ICC continues to work\n\nThe court said.",
            "x".into(),
            "x".into(),
        );
        assert_eq!(a.published.unwrap().iso(), "2023-09-20");
        assert!(a.text.starts_with("ICC continues"));
        assert_eq!(a.title.as_deref(), Some("ICC continues to work"));
    }

    #[test]
    fn markdown_front_matter() {
        let a = article_from_text(
            "---\ntitle: \"Fire at the harbour\"\ndate: 2023-09-19\ntags:\n  - fire\nsection: city\n---\n\n# Fire\n\nBody text.",
            "x.md".into(),
            "x.md".into(),
        );
        assert_eq!(a.title.as_deref(), Some("Fire at the harbour"));
        assert_eq!(a.published.unwrap().iso(), "2023-09-19");
        assert_eq!(a.extra.get("section").unwrap(), "city");
        assert!(!a.extra.contains_key("tags"), "lists are not read");
        assert_eq!(a.text, "# Fire\n\nBody text.");
        // Rules, not front matter: nothing closes the block, or it has no header field.
        let a = article_from_text("---\nSome text: with a colon.\n", "y".into(), "y".into());
        assert_eq!(a.text, "---\nSome text: with a colon.");
        let text = "---\nNote: the court said so.\n---\nMore text.";
        assert_eq!(article_from_text(text, "z".into(), "z".into()).text, text);
        // Prose between two rules is text, even with a line that starts like a header field.
        for text in [
            "---\nBy John Smith\nSource: city officials\n---\nMore text.",
            "---\nSource: the mayor said the fire started in a warehouse near the docks\n---\nMore.",
            "---\ntitle: Fire\nThe mayor said: we will rebuild\n---\nMore.",
            "---\ndate: last week\n---\nMore.",
        ] {
            let a = article_from_text(text, "z".into(), "z".into());
            assert_eq!(a.text, text);
            assert!(a.extra.is_empty(), "{text:?}: {:?}", a.extra);
        }
    }

    #[test]
    fn colon_headers() {
        let a = article_from_text(
            "Title: Hello there world\nDate: Sept. 19, 2023\nSource: Reuters\n\nBody text.",
            "x".into(),
            "x".into(),
        );
        assert_eq!(a.title.as_deref(), Some("Hello there world"));
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert_eq!(a.published.unwrap().iso(), "2023-09-19");
        assert_eq!(a.text, "Body text.");
    }

    #[test]
    fn markdown_headings_and_reference_definitions() {
        let a = article_from_text(
            "# Harbour fire closes four berths\n\nThe fire burned for six hours.\n\n## References\n\n- https://www.reuters.com/x\n\n[1]: https://apnews.com/y\n",
            "x.md".into(),
            "x.md".into(),
        );
        assert_eq!(a.title.as_deref(), Some("Harbour fire closes four berths"));
        assert_eq!(
            a.references,
            ["https://www.reuters.com/x", "https://apnews.com/y"]
        );
        assert_eq!(
            a.text,
            "# Harbour fire closes four berths\n\nThe fire burned for six hours."
        );
    }

    #[test]
    fn every_header_line_is_lifted_out() {
        // Dates in written forms, with a time of day or without; keys beyond the core ones.
        for (date, want) in [
            ("Tuesday, 19 September 2023", "2023-09-19"),
            ("September 19, 2023 at 2:05 PM", "2023-09-19T14:05:00Z"),
            ("19 Sep 2023 14:05 BST", "2023-09-19T13:05:00Z"),
        ] {
            let a = article_from_text(
                &format!("Headline: Harbour fire closes berths\nByline: Jan de Vries\nDate: {date}\nSource: Reuters\n\nThe fire burned for six hours."),
                "x".into(),
                "x".into(),
            );
            assert_eq!(a.text, "The fire burned for six hours.", "{date}");
            assert_eq!(a.title.as_deref(), Some("Harbour fire closes berths"));
            assert_eq!(a.source.as_deref(), Some("Reuters"));
            assert_eq!(a.published.unwrap().iso(), want, "{date}");
            assert_eq!(a.extra.get("byline").unwrap(), "Jan de Vries");
        }
        // Not read as a date, kept as a field and reported; the header goes on.
        let mut diag = Diagnostics::default();
        let a = super::article_from_text(
            "Date: 19/09/2023\nSource: Reuters\n\nThe fire burned for six hours.",
            "x".into(),
            "x".into(),
            &mut diag,
        );
        assert_eq!(diag.repaired.get("bad_field"), Some(&1));
        assert!(diag.messages[0].starts_with("x: "), "{:?}", diag.messages);
        assert_eq!(a.text, "The fire burned for six hours.");
        assert!(a.published.is_none());
        assert_eq!(a.extra.get("date").unwrap(), "19/09/2023");
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        // Prose after `Date:` is text.
        let line = "Date: the court has not yet set one for the hearing, lawyers said.";
        assert_eq!(article_from_text(line, "x".into(), "x".into()).text, line);
    }

    #[test]
    fn body_lines_that_start_like_headers_stay_in_the_text() {
        let line =
            "Source: officials familiar with the talks said on Monday that the deal was off.";
        let a = article_from_text(line, "x".into(), "x".into());
        assert_eq!((a.text.as_str(), a.source), (line, None));
        let a = article_from_text(
            "Source: Reuters\nAuthor: people close to the matter told reporters it was done.\n\nMore.",
            "x".into(),
            "x".into(),
        );
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert!(a.text.starts_with("Author: people close"), "{}", a.text);
        let a = article_from_text("ID: not an id at all\nText.", "x".into(), "x".into());
        assert_eq!(a.id, "x");
    }

    #[test]
    fn lines_ended_by_a_bare_carriage_return() {
        let a = article_from_text(
            "date 2023-09-19\rTitle: Hi\r\rThe court said it was attacked.\r",
            "x".into(),
            "x".into(),
        );
        assert!(a.published.is_some());
        assert_eq!(a.title.as_deref(), Some("Hi"));
        assert_eq!(a.text, "The court said it was attacked.");
    }

    #[test]
    fn text_that_only_looks_like_a_header_is_kept() {
        let a = article_from_text("Date palms grow in the desert.", "x".into(), "x".into());
        assert_eq!(a.text, "Date palms grow in the desert.");
        assert!(a.published.is_none());
    }

    #[test]
    fn references_block() {
        let a = article_from_text(
            "Body one.\n\nReferences\n\n[1] https://a.com/x\n[2] https://apnews.com/article/y",
            "x".into(),
            "x".into(),
        );
        assert_eq!(a.text, "Body one.");
        assert_eq!(
            a.references,
            vec!["https://a.com/x", "https://apnews.com/article/y"]
        );
    }

    #[test]
    fn url_only_file_is_not_emptied_by_accident() {
        let a = article_from_text("See https://a.com/x for details.", "x".into(), "x".into());
        assert_eq!(a.text, "See https://a.com/x for details.");
    }
}
