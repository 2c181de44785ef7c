//! `articles.jsonl`: one line per article read, in input order, with its place in the forest.

use super::round4;
use crate::pipeline::{node_id, RunResult};
use crate::sketch::exact::hex;
use crate::tree::Node;
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// One line of articles.jsonl, shared with articles.parquet so both carry the same values.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow<'a> {
    pub id: &'a str,
    pub source: Option<&'a str>,
    pub published: Option<String>,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub sha256: String,
    pub cluster: &'a str,
    pub parent: Option<&'a str>,
    pub relation: &'static str,
    pub similarity: Option<f64>,
    pub containment: Option<f64>,
    pub confidence: Option<f64>,
}

/// The columns, in output order.
pub const COLUMNS: [&str; 12] = [
    "id",
    "source",
    "published",
    "title",
    "url",
    "sha256",
    "cluster",
    "parent",
    "relation",
    "similarity",
    "containment",
    "confidence",
];

/// The row of article `i`.
pub fn row(res: &RunResult, i: usize) -> ArticleRow<'_> {
    let a = &res.articles[i];
    let f = &res.forest;
    let link = f.evidence[i].and_then(|k| match f.parent[i] {
        Some(Node::Article(_)) => res.links.get(k),
        _ => None,
    });
    ArticleRow {
        id: &a.id,
        source: a.source.as_deref(),
        published: a.published.map(|p| p.iso()),
        title: a.title.as_deref(),
        url: a.url.as_deref(),
        sha256: hex(&res.sketches[i].sha256),
        cluster: node_id(res, f.root[i]),
        parent: f.parent[i].map(|p| node_id(res, p)),
        relation: f.relation[i].as_str(),
        similarity: link.map(|l| round4(l.similarity)),
        containment: link.map(|l| round4(l.containment_child_in_parent)),
        confidence: f.confidence[i].map(round4),
    }
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    super::write_in_order(
        w,
        res.articles.len(),
        |_| 512,
        |i, w| {
            serde_json::to_writer(&mut *w, &row(res, i))?;
            w.push(b'\n');
            Ok(())
        },
    )
}
