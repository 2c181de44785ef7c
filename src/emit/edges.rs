//! `edges.csv`: one row per parent link, in child input order.

use super::round4;
use crate::pipeline::{node_id, RunResult};
use crate::tree::Node;
use anyhow::Result;
use std::io::Write;

pub const HEADER: [&str; 10] = [
    "parent",
    "child",
    "relation",
    "similarity",
    "containment_child_in_parent",
    "containment_parent_in_child",
    "shared_chars",
    "time_delta_hours",
    "attribution",
    "confidence",
];

/// One row of edges.csv, shared with edges.parquet; numbers rounded as written, None where the
/// CSV has an empty cell.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeRow {
    pub parent: String,
    pub child: String,
    pub relation: &'static str,
    pub similarity: Option<f64>,
    pub containment_child_in_parent: Option<f64>,
    pub containment_parent_in_child: Option<f64>,
    pub shared_chars: Option<u64>,
    pub time_delta_hours: Option<f64>,
    pub attribution: Option<String>,
    pub confidence: Option<f64>,
}

/// One row per linked article, in child input order.
pub fn rows(res: &RunResult) -> Vec<EdgeRow> {
    let f = &res.forest;
    let mut out = Vec::new();
    for (i, parent) in f.parent.iter().enumerate() {
        let Some(parent) = parent else { continue };
        let parent_id = node_id(res, *parent).to_string();
        let child = res.articles[i].id.clone();
        let relation = f.relation[i].as_str();
        let row = match (parent, f.evidence[i]) {
            (Node::Article(_), Some(k)) => {
                let l = &res.links[k];
                EdgeRow {
                    parent: parent_id,
                    child,
                    relation,
                    similarity: Some(round4(l.similarity)),
                    containment_child_in_parent: Some(round4(l.containment_child_in_parent)),
                    containment_parent_in_child: Some(round4(l.containment_parent_in_child)),
                    shared_chars: Some(l.shared_chars),
                    time_delta_hours: l.time_delta_hours.map(round4),
                    attribution: l.attribution.as_ref().map(|c| c.evidence.clone()),
                    confidence: Some(round4(l.confidence)),
                }
            }
            _ => {
                let credit = f.evidence[i].and_then(|k| res.sketches[i].credits.get(k));
                // A copy that credits nothing: the credit of the copy it repeats, named.
                let attribution = match super::via_copy(res, i) {
                    Some((via, _, c)) => {
                        let via_id = &res.articles[via].id;
                        let how = match f.relation[i] {
                            crate::model::Relation::Derivative => "rewrite of the story of",
                            _ => "copy of",
                        };
                        Some(match c {
                            Some(c) => format!("{how} {via_id}: {}", c.evidence),
                            None => format!("{how} {via_id}"),
                        })
                    }
                    None => credit.map(|c| c.evidence.clone()),
                };
                EdgeRow {
                    parent: parent_id,
                    child,
                    relation,
                    similarity: None,
                    containment_child_in_parent: None,
                    containment_parent_in_child: None,
                    shared_chars: None,
                    time_delta_hours: None,
                    attribution,
                    confidence: f.confidence[i].map(round4),
                }
            }
        };
        out.push(row);
    }
    out
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(HEADER)?;
    for r in rows(res) {
        csv.write_record([
            r.parent,
            r.child,
            r.relation.to_string(),
            num(r.similarity),
            num(r.containment_child_in_parent),
            num(r.containment_parent_in_child),
            r.shared_chars.map(|n| n.to_string()).unwrap_or_default(),
            num(r.time_delta_hours),
            r.attribution.unwrap_or_default(),
            num(r.confidence),
        ])?;
    }
    csv.flush()?;
    Ok(())
}
