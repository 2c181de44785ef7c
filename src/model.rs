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
    pub extra: Map<String, Value>,
    /// Where the article came from, for messages: `file` or `file:line`.
    pub origin: String,
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

    /// Hours from `self` to `later` (negative when `later` is earlier); compare with
    /// [`Published::resolution_hours`] before reading it as an order.
    pub fn hours_until(&self, later: &Published) -> f64 {
        (later.ts - self.ts) as f64 / 3600.0
    }

    /// The smallest gap that means "published earlier" at the coarser of the two precisions.
    pub fn resolution_hours(&self, other: &Published) -> f64 {
        if self.date_only || other.date_only {
            24.0
        } else {
            1.0
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
