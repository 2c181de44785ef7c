//! Maps a JSON record onto an [`Article`], accepting the field names of common dumps
//! (news-please, CC-News, our own output) so users need not rewrite their files first.

use super::date::{parse_date, parse_timestamp};
use crate::model::Article;
use serde_json::{Map, Value};

// news-please writes maintext, title (also title_page, title_rss), url, source_domain and
// date_publish; CC-News dumps on the Hugging Face hub write text, title, url, domain and date.
// Crawl and download times (date_download, date_modify) are not publication times and pass through.
const TEXT: &[&str] = &["text", "body", "content", "maintext", "article"];
const ID: &[&str] = &["id", "uid", "doc_id"];
const TITLE: &[&str] = &["title", "headline", "title_page", "title_rss"];
const URL: &[&str] = &["url", "source_url"];
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
];

/// Why a record could not become an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordError {
    NotAnObject,
    NoText,
    EmptyText,
}

impl RecordError {
    pub fn reason(self) -> &'static str {
        match self {
            RecordError::NotAnObject => "not_an_object",
            RecordError::NoText => "no_text",
            RecordError::EmptyText => "empty_text",
        }
    }
}

/// Builds an article from one JSON value; `default_id` is used when the record carries none.
pub fn article_from_json(
    value: Value,
    default_id: String,
    origin: String,
) -> Result<Article, RecordError> {
    let Value::Object(mut obj) = value else {
        return Err(RecordError::NotAnObject);
    };
    let text = match take_first(&mut obj, TEXT) {
        Some(Value::String(s)) => s,
        Some(Value::Array(parts)) => join_strings(&parts).ok_or(RecordError::NoText)?,
        _ => return Err(RecordError::NoText),
    };
    if text.trim().is_empty() {
        return Err(RecordError::EmptyText);
    }
    let id = match take_first(&mut obj, ID) {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        _ => default_id,
    };
    let title = take_string(&mut obj, TITLE);
    let url = take_string(&mut obj, URL);
    let source = take_string(&mut obj, SOURCE)
        .or_else(|| url.as_deref().and_then(host_of).map(str::to_string));
    let published = match take_first(&mut obj, PUBLISHED) {
        Some(Value::String(s)) => parse_date(&s),
        Some(Value::Number(n)) => n.as_i64().and_then(parse_timestamp),
        _ => None,
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
    // The record's map, emptied of the fields read above, would keep its whole capacity (about
    // 500 bytes per article, more than all its other metadata) for the run's whole life; a
    // fresh map holds only what is left (nothing, usually, and then allocates nothing).
    obj = obj.into_iter().collect();
    Ok(Article {
        id,
        source,
        published,
        title,
        url,
        text,
        references,
        extra: obj,
        origin,
        stored: None,
    })
}

/// Removes every alias of a field and returns the first one present (in alias order), so that
/// aliases that lost do not reappear as pass-through fields with conflicting values.
fn take_first(obj: &mut Map<String, Value>, names: &[&str]) -> Option<Value> {
    let mut found = None;
    for name in names {
        if let Some(v) = obj.remove(*name) {
            if found.is_none() && !v.is_null() {
                found = Some(v);
            } else {
                obj.insert(name.to_string(), v);
            }
        }
    }
    found
}

fn take_string(obj: &mut Map<String, Value>, names: &[&str]) -> Option<String> {
    match take_first(obj, names)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn join_strings(parts: &[Value]) -> Option<String> {
    let strs: Vec<&str> = parts.iter().filter_map(Value::as_str).collect();
    (!strs.is_empty()).then(|| strs.join("\n\n"))
}

/// The host of a URL without `www.`; wiretrace only needs it as an outlet name.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty() && host.contains('.')).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn aliases_and_passthrough() {
        let v = json!({"maintext": "Body", "headline": "T", "source_url": "https://www.example.com/a",
                       "date_publish": "2017-02-17 20:26:23", "lang": "en", "uid": 7});
        let a = article_from_json(v, "f:1".into(), "f:1".into()).unwrap();
        assert_eq!(a.text, "Body");
        assert_eq!(a.id, "7");
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(a.published.unwrap().iso(), "2017-02-17T20:26:23Z");
        assert_eq!(a.extra.get("lang"), Some(&json!("en")));
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
        let a = article_from_json(v, "f:1".into(), "f:1".into()).unwrap();
        assert_eq!(a.text, "The body of the story.");
        assert_eq!(a.title.as_deref(), Some("The headline"));
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(a.url.as_deref(), Some("https://www.example.com/story"));
        assert_eq!(a.published.unwrap().iso(), "2017-02-17T20:26:23Z");
        assert_eq!(
            a.extra.get("date_download"),
            Some(&json!("2017-02-18 10:00:00"))
        );
        assert_eq!(a.extra.get("authors"), Some(&json!(["Jane Doe"])));
        // CC-News style.
        let v = json!({"text": "T", "domain": "apnews.com", "date": "2019-01-01"});
        let a = article_from_json(v, "f:2".into(), "f:2".into()).unwrap();
        assert_eq!(a.source.as_deref(), Some("apnews.com"));
    }

    #[test]
    fn errors() {
        assert_eq!(
            article_from_json(json!([1]), "x".into(), "x".into()).unwrap_err(),
            RecordError::NotAnObject
        );
        assert_eq!(
            article_from_json(json!({"title": "t"}), "x".into(), "x".into()).unwrap_err(),
            RecordError::NoText
        );
        assert_eq!(
            article_from_json(json!({"text": "  "}), "x".into(), "x".into()).unwrap_err(),
            RecordError::EmptyText
        );
        assert_eq!(
            article_from_json(json!({"text": 5}), "x".into(), "x".into()).unwrap_err(),
            RecordError::NoText
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
    }
}
