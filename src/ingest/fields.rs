//! Maps a JSON record onto an [`Article`], accepting the field names of common dumps
//! (news-please, CC-News, our own output) so users need not rewrite their files first.

use super::date::{parse_date, parse_timestamp};
use super::Diagnostics;
use crate::model::Article;
use serde_json::{Map, Value};
use std::borrow::Cow;

// news-please writes maintext, title (also title_page, title_rss), url, source_domain and
// date_publish; CC-News dumps on the Hugging Face hub write text, title, url, domain and date.
// Crawl and download times (date_download, date_modify) are not publication times and pass through.
const TEXT: &[&str] = &["text", "body", "content", "maintext", "article"];
const ID: &[&str] = &["id", "uid", "doc_id"];
const TITLE: &[&str] = &["title", "headline", "title_page", "title_rss"];
const URL: &[&str] = &["url", "source_url", "link"];
const SOURCE: &[&str] = &["source", "outlet", "source_domain", "publisher", "domain"];
const PUBLISHED: &[&str] = &[
    "published",
    "date",
    "date_publish",
    "pubdate",
    "timestamp",
    "published_at",
    "publish_date",
    "date_published",
    // As NewsAPI, RSS and schema.org (JSON-LD) name it, and other feeds' spellings.
    "publishedAt",
    "pubDate",
    "datePublished",
    "publishDate",
    "published_date",
    "publication_date",
];

/// Why a record could not become an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordError {
    NotAnObject,
    NoText,
    EmptyText,
    /// The body's field is there but holds no string (`"text": 12345`, a list of numbers): a
    /// dump written with the wrong type, which the message names so it can be found.
    TextNotString {
        field: &'static str,
        kind: &'static str,
    },
}

impl RecordError {
    /// The reason counted in `summary.json`: a body of the wrong type is no text, as a missing
    /// one is, so that the counts keep their meaning; [`RecordError::detail`] tells them apart.
    pub fn reason(self) -> &'static str {
        match self {
            RecordError::NotAnObject => "not_an_object",
            RecordError::NoText | RecordError::TextNotString { .. } => "no_text",
            RecordError::EmptyText => "empty_text",
        }
    }

    pub fn detail(self) -> String {
        match self {
            RecordError::NotAnObject => "not an object".into(),
            RecordError::NoText => format!("no text (none of the fields {})", TEXT.join(", ")),
            RecordError::EmptyText => "empty text".into(),
            RecordError::TextNotString { field, kind } => {
                format!("no text: field {field:?} is {kind}, not a string")
            }
        }
    }
}

/// A JSON value's type, as a message names it.
fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list without strings",
        Value::Object(_) => "an object",
    }
}

/// Builds an article from one JSON value; `default_id` is used when the record carries none.
/// A known field whose value cannot be used (a title that is a list, a date no format reads) is
/// left empty and reported in `diag` as `bad_field`, so the user learns why it came out empty.
pub fn article_from_json(
    value: Value,
    default_id: String,
    origin: String,
    diag: &mut Diagnostics,
) -> Result<Article, RecordError> {
    let Value::Object(mut obj) = value else {
        return Err(RecordError::NotAnObject);
    };
    // An empty `text` next to a filled `body` (dumps that merge two scrapers) is no text at all,
    // nor is a list without strings, so the next alias is taken rather than the record lost.
    let text = match take_first(&mut obj, TEXT, |v| {
        v.as_array().is_some_and(|a| a.iter().any(Value::is_string))
            || (v.is_string() && !is_blank(v))
    }) {
        Some((_, Value::String(s))) => s,
        Some((_, Value::Array(parts))) => join_strings(&parts).ok_or(RecordError::NoText)?,
        Some(_) => return Err(RecordError::NoText),
        None if TEXT
            .iter()
            .any(|k| obj.get(*k).is_some_and(Value::is_string)) =>
        {
            return Err(RecordError::EmptyText)
        }
        None => {
            let wrong = TEXT.iter().find_map(|k| {
                obj.get(*k)
                    .filter(|v| !v.is_null())
                    .map(|v| (*k, kind_of(v)))
            });
            return Err(match wrong {
                Some((field, kind)) => RecordError::TextNotString { field, kind },
                None => RecordError::NoText,
            });
        }
    };
    // Decoded before anything reads it, so that it is the article's text everywhere (spans,
    // hashes, `cleaned.jsonl`), as an HTML page's is.
    let (text, mut decoded) = decode_owned(text);
    if text.trim().is_empty() {
        return Err(RecordError::EmptyText);
    }
    let id = match take_first(&mut obj, ID, |v| !v.is_null()) {
        Some((_, Value::String(s))) if !s.trim().is_empty() => s,
        Some((_, Value::Number(n))) => n.to_string(),
        Some((key, v)) => {
            bad_field(
                diag,
                &origin,
                key,
                &v,
                "is not an id; the article is named by its place",
            );
            default_id
        }
        None => default_id,
    };
    // Title and outlet name are text as the body is: "Smith &amp; Sons" is credited in the
    // decoded body as "Smith & Sons", and read from its page it is that.
    let mut decode = |t: String| {
        let (t, changed) = decode_owned(t);
        decoded |= changed;
        if changed {
            t.trim().to_string()
        } else {
            t
        }
    };
    let title = take_string(&mut obj, TITLE, diag, &origin).map(&mut decode);
    let url = take_string(&mut obj, URL, diag, &origin);
    let source = take_source(&mut obj, diag, &origin)
        .map(&mut decode)
        .or_else(|| url.as_deref().and_then(source_of_url));
    if decoded {
        diag.decoded_references(origin.clone());
    }
    // The first alias that reads as a date wins, so a crawler's unreadable `published` next to
    // a good `date_publish` costs nothing; values that do not read stay in the record and pass
    // through to `cleaned.jsonl` as they were.
    let published = match take_first(&mut obj, PUBLISHED, |v| read_date(v).is_some()) {
        Some((_, v)) => read_date(&v),
        None => {
            if let Some((key, v)) = PUBLISHED
                .iter()
                .find_map(|k| obj.get(*k).filter(|v| !is_blank(v)).map(|v| (*k, v)))
            {
                bad_field(diag, &origin, key, v, "is not a date this tool reads");
            }
            None
        }
    };
    let references = match obj.remove("references") {
        Some(Value::Array(a)) => a
            .into_iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Some(other) => {
            obj.insert("references".into(), other);
            Vec::new()
        }
        None => Vec::new(),
    };
    Ok(Article {
        id,
        source,
        published,
        title,
        url,
        text,
        references,
        // What is left of the record, as the JSON text of its fields (see `Extra`).
        extra: obj.into(),
        origin,
        stored: None,
    })
}

/// A date in JSON: text in a form `parse_date` reads, or epoch seconds (or milliseconds), which
/// some crawlers write with a fraction.
fn read_date(v: &Value) -> Option<crate::model::Published> {
    match v {
        Value::String(s) => parse_date(s),
        Value::Number(n) => n
            .as_i64()
            .or_else(|| n.as_f64().filter(|f| f.abs() < 1e15).map(|f| f as i64))
            .and_then(parse_timestamp),
        _ => None,
    }
}

/// Removes every alias of a field and returns the first usable one (in alias order) with its
/// name, so that aliases that lost do not reappear as pass-through fields with conflicting values.
/// Aliases that are not usable stay in the record as they were.
fn take_first(
    obj: &mut Map<String, Value>,
    names: &[&'static str],
    usable: impl Fn(&Value) -> bool,
) -> Option<(&'static str, Value)> {
    let mut found = None;
    for name in names {
        if let Some(v) = obj.remove(*name) {
            if found.is_none() && usable(&v) {
                found = Some((*name, v));
            } else {
                obj.insert(name.to_string(), v);
            }
        }
    }
    found
}

fn is_blank(v: &Value) -> bool {
    match v {
        Value::Null => true,
        // `&nbsp;` alone is as blank as a space: the next alias is read instead.
        // Decoded only when it could be references alone: a text is decoded once it is read, and
        // this check must not do that work a second time for every text with an `&` in it.
        Value::String(s) => {
            let t = s.trim();
            t.is_empty() || (t.starts_with('&') && super::entities::decode(t).trim().is_empty())
        }
        _ => false,
    }
}

fn take_string(
    obj: &mut Map<String, Value>,
    names: &[&'static str],
    diag: &mut Diagnostics,
    origin: &str,
) -> Option<String> {
    match take_first(obj, names, |v| !is_blank(v))? {
        (_, Value::String(s)) => Some(s.trim().to_string()),
        (_, Value::Number(n)) => Some(n.to_string()),
        (key, v) => {
            bad_field(diag, origin, key, &v, "is not text");
            None
        }
    }
}

/// The outlet's name: text, or an object naming it, as NewsAPI writes `"source": {"id":
/// "bbc-news", "name": "BBC News"}` and JSON-LD `"publisher": {"@type": "Organization", "name":
/// ...}`.
fn take_source(
    obj: &mut Map<String, Value>,
    diag: &mut Diagnostics,
    origin: &str,
) -> Option<String> {
    match take_first(obj, SOURCE, |v| !is_blank(v))? {
        (_, Value::String(s)) => Some(s.trim().to_string()),
        (_, Value::Number(n)) => Some(n.to_string()),
        (key, v) => match v.get("name").and_then(Value::as_str).map(str::trim) {
            Some(name) if !name.is_empty() => Some(name.to_string()),
            _ => {
                bad_field(diag, origin, key, &v, "is not text");
                None
            }
        },
    }
}

/// Reports a field left out, quoting (the start of) the value that could not be used.
pub(super) fn bad_field(diag: &mut Diagnostics, origin: &str, key: &str, v: &Value, why: &str) {
    let mut shown = v.to_string();
    if shown.len() > 60 {
        let mut end = 60;
        while !shown.is_char_boundary(end) {
            end -= 1;
        }
        shown.truncate(end);
        shown.push_str("...");
    }
    diag.repair(
        "bad_field",
        origin.to_string(),
        format!("field {key:?}: {shown} {why}; left empty"),
    );
}

/// `s` with its character references decoded, and whether it had any; not copied when not.
pub(super) fn decode_owned(s: String) -> (String, bool) {
    match super::entities::decode(&s) {
        std::borrow::Cow::Borrowed(_) => (s, false),
        std::borrow::Cow::Owned(d) => (d, true),
    }
}

fn join_strings(parts: &[Value]) -> Option<String> {
    let strs: Vec<&str> = parts.iter().filter_map(Value::as_str).collect();
    (!strs.is_empty()).then(|| strs.join("\n\n"))
}

/// The host of a URL without `www.` (in either case) and the root's trailing dot; wiretrace only
/// needs it as an outlet name. A scheme-relative address (`//host/path`, as pages link) has one.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = match url.split_once("://") {
        Some((_, r)) => r,
        None => url.strip_prefix("//").unwrap_or(url),
    };
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.');
    let host = match host.get(..4) {
        Some(w) if w.eq_ignore_ascii_case("www.") => &host[4..],
        _ => host,
    };
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// A host as its readers write it: labels in punycode (`xn--`, as crawlers and WARC records give
/// internationalised names) decoded to the Unicode they stand for, so that a crawl's address and
/// a text's link to the same page, or an outlet's `source` in either spelling, are one host. A
/// host without such a label, or one that does not decode, is kept as written.
pub fn unicode_host(host: &str) -> Cow<'_, str> {
    let punycode = host
        .split('.')
        .any(|l| l.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--")));
    if !punycode {
        return Cow::Borrowed(host);
    }
    match idna::domain_to_unicode(host) {
        (unicode, Ok(())) => Cow::Owned(unicode),
        _ => Cow::Borrowed(host),
    }
}

/// The outlet an address names when a record names none: its host, as readers write it and in
/// lower case (hosts have no case, and one outlet should have one name: `WWW.FOO.COM` and
/// `www.Foo.com` are `foo.com`).
pub fn source_of_url(url: &str) -> Option<String> {
    host_of(url).map(|h| unicode_host(h).to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn build(v: Value) -> Result<Article, RecordError> {
        article_from_json(v, "f:1".into(), "f:1".into(), &mut Diagnostics::default())
    }

    #[test]
    fn aliases_and_passthrough() {
        let v = json!({"maintext": "Body", "headline": "T", "source_url": "https://www.example.com/a",
                       "date_publish": "2017-02-17 20:26:23", "lang": "en", "uid": 7});
        let a = build(v).unwrap();
        assert_eq!(a.text, "Body");
        assert_eq!(a.id, "7");
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(a.published.unwrap().iso(), "2017-02-17T20:26:23Z");
        assert_eq!(a.extra.get("lang"), Some(json!("en")));
    }

    #[test]
    fn news_please_record() {
        // The fields of a news-please JSON file (its documented output), nulls included.
        let v = json!({
            "authors": ["Jane Doe"], "date_download": "2017-02-18 10:00:00",
            "date_modify": null, "date_publish": "2017-02-17 20:26:23",
            "description": "Short summary.", "filename": "x.json", "image_url": null,
            "language": "en", "localpath": null, "maintext": "The body of the story.",
            "source_domain": "example.com", "title": "The headline", "title_page": null,
            "title_rss": null, "url": "https://www.example.com/story"
        });
        let a = build(v).unwrap();
        assert_eq!(a.text, "The body of the story.");
        assert_eq!(a.title.as_deref(), Some("The headline"));
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(a.url.as_deref(), Some("https://www.example.com/story"));
        assert_eq!(a.published.unwrap().iso(), "2017-02-17T20:26:23Z");
        assert_eq!(
            a.extra.get("date_download"),
            Some(json!("2017-02-18 10:00:00"))
        );
        assert_eq!(a.extra.get("authors"), Some(json!(["Jane Doe"])));
        // CC-News style.
        let v = json!({"text": "T", "domain": "apnews.com", "date": "2019-01-01"});
        let a = build(v).unwrap();
        assert_eq!(a.source.as_deref(), Some("apnews.com"));
    }

    #[test]
    fn errors() {
        assert_eq!(build(json!([1])).unwrap_err(), RecordError::NotAnObject);
        assert_eq!(
            build(json!({"title": "t"})).unwrap_err(),
            RecordError::NoText
        );
        assert_eq!(
            build(json!({"text": "  "})).unwrap_err(),
            RecordError::EmptyText
        );
        let wrong = |v| match build(v).unwrap_err() {
            e @ RecordError::TextNotString { .. } => (e.reason(), e.detail()),
            e => panic!("{e:?}"),
        };
        assert_eq!(
            wrong(json!({"text": 5})),
            (
                "no_text",
                "no text: field \"text\" is a number, not a string".into()
            )
        );
        assert_eq!(
            wrong(json!({"body": {"p": "x"}})).1,
            "no text: field \"body\" is an object, not a string"
        );
        assert_eq!(
            wrong(json!({"text": [1, 2]})).1,
            "no text: field \"text\" is a list without strings, not a string"
        );
        // A list without strings gives way to the next alias, as a blank text does.
        assert_eq!(
            build(json!({"text": [1, 2], "body": "B"})).unwrap().text,
            "B"
        );
        assert_eq!(
            build(json!({"text": null})).unwrap_err().detail(),
            "no text (none of the fields text, body, content, maintext, article)"
        );
    }

    #[test]
    fn a_blank_alias_gives_way_to_the_next() {
        let a =
            build(json!({"text": "", "body": "The body.", "title": " ", "headline": "H"})).unwrap();
        assert_eq!(a.text, "The body.");
        assert_eq!(a.title.as_deref(), Some("H"));
        assert_eq!(
            build(json!({"text": "", "body": " "})).unwrap_err(),
            RecordError::EmptyText
        );
        assert_eq!(
            build(json!({"text": 5, "body": "B"})).unwrap().text,
            "B",
            "a number is no text; the next alias is"
        );
    }

    #[test]
    fn unusable_values_are_reported_and_left_empty() {
        let mut d = Diagnostics::default();
        let v = json!({"text": "T", "id": {"x": 1}, "title": ["a", "b"], "source": true,
                       "published": "yesterday, probably", "url": "https://x.org/a"});
        let a = article_from_json(v, "f:7".into(), "f:7".into(), &mut d).unwrap();
        assert_eq!(a.id, "f:7");
        assert_eq!((a.title, a.published), (None, None));
        // The outlet falls back to the URL's host, as with no source at all.
        assert_eq!(a.source.as_deref(), Some("x.org"));
        assert_eq!(d.repaired.get("bad_field"), Some(&4));
        let all = d.messages.join("\n");
        for field in [
            "\"id\"",
            "\"title\"",
            "\"source\"",
            "\"published\": \"yesterday",
        ] {
            assert!(all.contains(field), "{field} not named in {all}");
        }
        assert!(all.starts_with("f:7: repaired (bad_field)"), "{all}");
        // Fractional epoch seconds are a date, and nothing is reported.
        let mut d = Diagnostics::default();
        let a = article_from_json(
            json!({"text": "T", "published": 1_600_000_000.5}),
            "f:8".into(),
            "f:8".into(),
            &mut d,
        )
        .unwrap();
        assert_eq!(a.published.unwrap().iso(), "2020-09-13T12:26:40Z");
        assert!(d.repaired.is_empty());
    }

    #[test]
    fn the_first_alias_that_reads_as_a_date_wins_and_the_others_stay() {
        let mut d = Diagnostics::default();
        let v = json!({"text": "T", "published": "last Tuesday", "date_publish": "2023-09-19"});
        let a = article_from_json(v, "f:1".into(), "f:1".into(), &mut d).unwrap();
        assert_eq!(a.published.unwrap().iso(), "2023-09-19");
        assert_eq!(a.extra.get("published"), Some(json!("last Tuesday")));
        assert!(d.repaired.is_empty(), "a date was found: {:?}", d.messages);
        // None reads: the first is reported, and every value stays for `cleaned.jsonl`.
        let v = json!({"text": "T", "date": "soon", "pubdate": {"y": 2023}});
        let a = article_from_json(v, "f:2".into(), "f:2".into(), &mut d).unwrap();
        assert_eq!(a.published, None);
        assert_eq!(a.extra.get("date"), Some(json!("soon")));
        assert_eq!(a.extra.get("pubdate"), Some(json!({"y": 2023})));
        assert_eq!(d.repaired.get("bad_field"), Some(&1));
        assert!(
            d.messages[0].contains("field \"date\": \"soon\""),
            "{:?}",
            d.messages
        );
    }

    #[test]
    fn character_references_are_decoded_in_text_and_title_and_counted() {
        let mut d = Diagnostics::default();
        let v = json!({"text": "&#8220;We don&#8217;t,&#8221; she said &amp;quot;twice&amp;quot;.",
                       "title": " Tom &amp; Jerry&nbsp;", "url": "https://x.org/a?b=1&amp;c=2"});
        let a = article_from_json(v, "f:1".into(), "f:1".into(), &mut d).unwrap();
        assert_eq!(a.text, "“We don’t,” she said \"twice\".");
        assert_eq!(a.title.as_deref(), Some("Tom & Jerry"));
        // Only text and title: a URL is not text that is compared.
        assert_eq!(a.url.as_deref(), Some("https://x.org/a?b=1&amp;c=2"));
        // One count and one message per article, however many references it had.
        assert_eq!(d.repaired.get(crate::ingest::HTML_ENTITIES), Some(&1));
        assert_eq!(
            d.messages,
            [format!(
                "f:1: repaired (html_entities): {}",
                crate::ingest::entities::DECODED
            )]
        );
        let v = json!({"text": "AT&T, R&D; &copy 2024", "title": "&nbsp;"});
        let a = article_from_json(v, "f:2".into(), "f:2".into(), &mut d).unwrap();
        assert_eq!(a.text, "AT&T, R&D; &copy 2024");
        assert_eq!(a.title, None, "a title of a no-break space is none");
        assert_eq!(d.repaired.get(crate::ingest::HTML_ENTITIES), Some(&1));
        // A field of a no-break space gives way to the next alias, as a blank one does; an
        // outlet's name is decoded as its text is.
        let v = json!({"text": "&nbsp;", "body": "The body.", "title": "&nbsp;",
                       "headline": "The headline", "source": "Smith &amp; Sons"});
        let a = article_from_json(v, "f:2".into(), "f:2".into(), &mut d).unwrap();
        assert_eq!(a.text, "The body.");
        assert_eq!(a.title.as_deref(), Some("The headline"));
        assert_eq!(a.source.as_deref(), Some("Smith & Sons"));
        assert_eq!(d.repaired.get(crate::ingest::HTML_ENTITIES), Some(&2));
        let a = article_from_json(
            json!({"text": "Plain."}),
            "f:3".into(),
            "f:3".into(),
            &mut d,
        );
        assert_eq!(a.unwrap().text, "Plain.");
        assert_eq!(d.repaired.get(crate::ingest::HTML_ENTITIES), Some(&2));
        assert_eq!(
            build(json!({"text": "&nbsp; &#32;"})).unwrap_err(),
            RecordError::EmptyText
        );
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.reuters.com/world/x"),
            Some("reuters.com")
        );
        assert_eq!(host_of("http://user@apnews.com:80/a?b"), Some("apnews.com"));
        assert_eq!(host_of("not a url"), None);
        for (url, source) in [
            ("https://www.Foo.com/x", "foo.com"),
            ("https://WWW.FOO.COM/y", "foo.com"),
            ("https://foo.com./z", "foo.com"),
            ("//h.example.org/1", "h.example.org"),
        ] {
            assert_eq!(source_of_url(url).as_deref(), Some(source), "{url}");
        }
    }

    #[test]
    fn feeds_spellings_of_dates_links_and_outlets() {
        let mut diag = Diagnostics::default();
        for key in ["publishedAt", "pubDate", "datePublished", "publishDate"] {
            let a = article_from_json(
                json!({"text": "Body", key: "2023-11-09T10:30:00Z"}),
                "f:1".into(),
                "f:1".into(),
                &mut diag,
            )
            .unwrap();
            assert_eq!(a.published.unwrap().iso(), "2023-11-09T10:30:00Z", "{key}");
        }
        // NewsAPI's article: the outlet an object, the address its `url`.
        let a = build(json!({"title": "T", "content": "Body",
            "source": {"id": "bbc-news", "name": "BBC News"},
            "url": "https://www.bbc.co.uk/news/a", "publishedAt": "2023-11-09T10:30:00Z"}))
        .unwrap();
        assert_eq!(a.source.as_deref(), Some("BBC News"));
        // An RSS item's `link`.
        let a =
            build(json!({"description": "x", "text": "Body", "link": "https://ex.org/a"})).unwrap();
        assert_eq!(a.url.as_deref(), Some("https://ex.org/a"));
        assert_eq!(a.source.as_deref(), Some("ex.org"));
        // An object naming nothing is still reported.
        let mut diag = Diagnostics::default();
        let a = article_from_json(
            json!({"text": "Body", "source": {"id": 7}}),
            "f:1".into(),
            "f:1".into(),
            &mut diag,
        )
        .unwrap();
        assert_eq!(a.source, None);
        assert_eq!(diag.repaired.get("bad_field"), Some(&1));
    }

    #[test]
    fn punycode_hosts_read_as_unicode() {
        assert_eq!(
            source_of_url("https://www.xn--d1abbgf6aiiy.xn--p1ai/news/1").as_deref(),
            Some("президент.рф")
        );
        assert_eq!(
            source_of_url("https://XN--D1ABBGF6AIIY.XN--P1AI/").as_deref(),
            Some("президент.рф")
        );
        assert_eq!(
            source_of_url("https://news.example.com/a").as_deref(),
            Some("news.example.com")
        );
        assert!(matches!(unicode_host("example.com"), Cow::Borrowed(_)));
        // A label that does not decode is kept as written, not dropped.
        assert_eq!(unicode_host("xn--.example.com"), "xn--.example.com");
        let b = build(json!({"text": "Body", "url": "https://xn--mnchen-3ya.de/a"})).unwrap();
        assert_eq!(b.source.as_deref(), Some("münchen.de"));
    }
}
