//! `articles.jsonl`: one line per article read, in input order, with its place in the forest.

use super::round4;
use crate::model::Relation;
use crate::pipeline::{node_id, RunResult};
use crate::sketch::exact::hex;
use crate::tree::Node;
use anyhow::Result;
use serde_json::{json, Value};
use std::io::Write;

/// One line of articles.jsonl, shared with articles.parquet so both carry the same values.
#[derive(Debug, Clone, PartialEq)]
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
    for i in 0..res.articles.len() {
        let r = row(res, i);
        let line = json!({
            "id": r.id,
            "source": r.source,
            "published": r.published,
            "title": r.title,
            "url": r.url,
            "sha256": r.sha256,
            "cluster": r.cluster,
            "parent": r.parent,
            "relation": r.relation,
            "similarity": r.similarity,
            "containment": r.containment,
            "confidence": r.confidence,
        });
        serde_json::to_writer(&mut *w, &line)?;
        w.write_all(b"\n")?;
    }
    Ok(())
}

/// The evidence object of a link, shared by provenance.json and the report.
pub fn evidence_json(res: &RunResult, child: usize) -> Value {
    let f = &res.forest;
    match (f.parent[child], f.evidence[child]) {
        (Some(Node::Article(_)), Some(k)) => {
            let l = &res.links[k];
            // Passages of exact copies are the whole text: not repeated.
            let text = (l.relation != Relation::ExactDuplicate)
                .then(|| res.texts.text(&res.articles[child]));
            let passage_text = |p: &crate::pipeline::SharedPassage| {
                text.as_deref()
                    .and_then(|t| t.get(p.child_span.0 as usize..p.child_span.1 as usize))
                    .filter(|t| !t.is_empty())
                    .map_or(Value::Null, |t| Value::String(t.to_string()))
            };
            json!({
                "decided_by": l.decided_by,
                "similarity": round4(l.similarity),
                "minhash_similarity": round4(l.minhash_similarity),
                "containment_child_in_parent": round4(l.containment_child_in_parent),
                "containment_parent_in_child": round4(l.containment_parent_in_child),
                "coverage_child": round4(l.coverage_child),
                "coverage_parent": round4(l.coverage_parent),
                "quoted_share": round4(l.quoted_share),
                "shared_chars": l.shared_chars,
                "shared_passages": l.passages.iter().map(|p| json!({
                    "kind": p.kind,
                    "child_span": [p.child_span.0, p.child_span.1],
                    "parent_span": [p.parent_span.0, p.parent_span.1],
                    "text": passage_text(p),
                    "score": round4(p.score as f64),
                })).collect::<Vec<_>>(),
                "time_delta_hours": l.time_delta_hours.map(round4),
                "attribution": l.attribution,
                "confidence": round4(l.confidence),
            })
        }
        (Some(Node::Virtual(_)), Some(k)) => {
            let credit = &res.sketches[child].credits[k];
            json!({
                "decided_by": "attribution",
                "attribution": credit,
                "confidence": f.confidence[child].map(round4),
            })
        }
        _ => Value::Null,
    }
}
