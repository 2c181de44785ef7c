//! The records that flow between stages.

use serde::Serialize;
use serde_json::{Map, Value};

/// One article as read, before any analysis. Kept small and owned so a shard of a corpus can be
/// shipped between machines as a plain slice of these.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub id: String,
    pub source: Option<String>,
    pub published: Option<Published>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub text: String,
    /// URLs from a trailing references list (plain-text input) or cited in the body.
    pub references: Vec<String>,
    /// Input fields wiretrace does not interpret; passed through to cleaned.jsonl.
    pub extra: Extra,
    /// Where the article came from, for messages: `file` or `file:line`.
    pub origin: String,
    /// Set when `text` was moved to the run's text store (then `text` is empty): read it with
    /// [`crate::store::TextStore::text`].
    pub stored: Option<crate::store::Stored>,
}

/// Input fields passed through to cleaned.jsonl, kept as the JSON text of one object (none when
/// there are none). As a map they cost about 400 bytes a field (an ordered map of owned keys,
/// every number its own string): an article with 200 pass-through fields held 23 times its
/// size in memory until the end of the run. Nothing reads them before writing, but formats
/// and tests that add or look a field up (rarely, a few per article) parse the object back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extra(Option<Box<str>>);

impl Extra {
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// The fields, in input order.
    pub fn map(&self) -> Map<String, Value> {
        self.0
            .as_deref()
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default()
    }

    pub fn get(&self, key: &str) -> Option<Value> {
        self.map().remove(key)
    }

    /// The author field ("author", "authors" or "byline", the first present), names joined by
    /// ", ": a string, a list of strings, or objects with a "name", as scrapers and JSON-LD
    /// write it. Only parsed when the raw fields mention one.
    pub fn byline(&self) -> Option<String> {
        let raw = self.0.as_deref()?;
        if !(raw.contains("\"author") || raw.contains("\"byline")) {
            return None;
        }
        let name = |v: &Value| match v {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        let m = self.map();
        ["author", "authors", "byline"].iter().find_map(|k| {
            let names: Vec<String> = match m.get(*k)? {
                Value::Array(a) => a.iter().filter_map(name).collect(),
                v => name(v).into_iter().collect(),
            };
            (!names.is_empty()).then(|| names.join(", "))
        })
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.map().contains_key(key)
    }

    /// Sets `key` (replacing an earlier value in its place).
    pub fn insert(&mut self, key: String, value: Value) {
        self.extend([(key, value)]);
    }

    /// Sets each field, keeping the first value of a key already present when `keep_first`.
    fn set_all(&mut self, fields: impl IntoIterator<Item = (String, Value)>, keep_first: bool) {
        let mut m = self.map();
        for (k, v) in fields {
            if keep_first {
                m.entry(k).or_insert(v);
            } else {
                m.insert(k, v);
            }
        }
        *self = Extra::from(m);
    }

    /// Sets every field of `fields`, parsing and writing the object once.
    pub fn extend(&mut self, fields: impl IntoIterator<Item = (String, Value)>) {
        self.set_all(fields, false);
    }

    /// Sets the fields of `fields` not already present.
    pub fn extend_missing(&mut self, fields: impl IntoIterator<Item = (String, Value)>) {
        self.set_all(fields, true);
    }
}

impl From<Map<String, Value>> for Extra {
    fn from(m: Map<String, Value>) -> Extra {
        if m.is_empty() {
            return Extra(None);
        }
        // A map of JSON values always serialises.
        Extra(serde_json::to_string(&m).ok().map(String::into_boxed_str))
    }
}

/// When an article appeared, as far as its input says: its `published` field, or else the date
/// its URL carries (see [`crate::ingest::date::dated`]). Output keeps `published` as read; the
/// URL's date only orders articles, and links it decides say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dated {
    pub at: Published,
    pub from_url: bool,
}

/// A publication time with its precision: day-level dates cannot order two articles of the same
/// day, so the precision travels with the instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// Seconds since the Unix epoch, UTC (midnight for a date without time).
    pub ts: i64,
    pub date_only: bool,
}

impl Published {
    /// ISO-8601: `2023-11-09` for a date, `2023-11-09T14:03:00Z` for an instant.
    pub fn iso(&self) -> String {
        let dt = chrono::DateTime::from_timestamp(self.ts, 0).unwrap_or_default();
        if self.date_only {
            dt.format("%Y-%m-%d").to_string()
        } else {
            dt.format("%Y-%m-%dT%H:%M:%SZ").to_string()
        }
    }

    /// Hours from `self` to `later` (negative when `later` is earlier); use
    /// [`Published::order`] to tell which came first.
    pub fn hours_until(&self, later: &Published) -> f64 {
        (later.ts - self.ts) as f64 / 3600.0
    }

    /// Which of the two came first, at the coarser precision of the two: a date without a time
    /// orders only against other days (11:00 on the 16th is neither before nor after "the 16th",
    /// but before "the 17th", although less than 24 hours separate them); two instants order by
    /// the second. `Equal` means the dates cannot tell.
    pub fn order(&self, other: &Published) -> std::cmp::Ordering {
        const DAY: i64 = 86_400;
        if self.date_only || other.date_only {
            self.ts.div_euclid(DAY).cmp(&other.ts.div_euclid(DAY))
        } else {
            self.ts.cmp(&other.ts)
        }
    }
}

/// How an article relates to its parent (SPEC: `relation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Original,
    ExactDuplicate,
    NearDuplicate,
    Derivative,
    Unrelated,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Original => "original",
            Relation::ExactDuplicate => "exact_duplicate",
            Relation::NearDuplicate => "near_duplicate",
            Relation::Derivative => "derivative",
            Relation::Unrelated => "unrelated",
        }
    }

    pub fn parse(s: &str) -> Option<Relation> {
        Some(match s {
            "original" => Relation::Original,
            "exact_duplicate" => Relation::ExactDuplicate,
            "near_duplicate" => Relation::NearDuplicate,
            "derivative" => Relation::Derivative,
            "unrelated" => Relation::Unrelated,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering::*;

    #[test]
    fn order_at_the_coarser_precision() {
        let day = |d: i64| Published {
            ts: d * 86_400,
            date_only: true,
        };
        let at = |d: i64, h: i64| Published {
            ts: d * 86_400 + h * 3600,
            date_only: false,
        };
        // 01:00 on day 1 is before day 2, though 23 hours apart, and tied with day 1.
        assert_eq!(at(1, 1).order(&day(2)), Less);
        assert_eq!(day(2).order(&at(1, 1)), Greater);
        assert_eq!(at(1, 23).order(&day(1)), Equal);
        assert_eq!(at(1, 1).order(&at(1, 2)), Less);
        assert_eq!(at(1, 1).order(&at(1, 1)), Equal);
        assert_eq!(day(-1).order(&at(-1, 5)), Equal);
    }

    #[test]
    fn extra_fields_keep_their_order_values_and_first_wins() {
        let m: Map<String, Value> =
            serde_json::from_str(r#"{"b": 1.50, "a": [1, {"k": "v"}]}"#).expect("a JSON object");
        let mut e = Extra::from(m.clone());
        assert_eq!(e.map(), m);
        // Numbers keep their text (arbitrary precision).
        assert_eq!(e.get("b").unwrap().to_string(), "1.50");
        e.insert("b".into(), serde_json::json!(2));
        e.extend_missing([
            ("a".to_string(), serde_json::json!(0)),
            ("c".to_string(), serde_json::json!("new")),
        ]);
        let keys: Vec<String> = e.map().keys().cloned().collect();
        assert_eq!(keys, ["b", "a", "c"]);
        assert_eq!(e.get("b"), Some(serde_json::json!(2)));
        assert_eq!(e.get("a"), Some(serde_json::json!([1, {"k": "v"}])));
        assert!(e.contains_key("c") && !e.contains_key("d"));
        assert!(Extra::from(Map::new()).is_empty() && Extra::default().map().is_empty());
    }
}
