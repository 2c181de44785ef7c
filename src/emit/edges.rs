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

/// One row per linked article: (parent, child, relation, similarity, containments, shared chars,
/// time delta, attribution, confidence); numbers as text, empty when unknown.
pub fn rows(res: &RunResult) -> Vec<[String; 10]> {
    let f = &res.forest;
    let num = |x: Option<f64>| x.map(|v| round4(v).to_string()).unwrap_or_default();
    let mut out = Vec::new();
    for (i, parent) in f.parent.iter().enumerate() {
        let Some(parent) = parent else { continue };
        let pid = node_id(res, *parent).to_string();
        let cid = res.articles[i].id.clone();
        let rel = f.relation[i].as_str().to_string();
        let row = match (parent, f.evidence[i]) {
            (Node::Article(_), Some(k)) => {
                let l = &res.links[k];
                [
                    pid,
                    cid,
                    rel,
                    num(Some(l.similarity)),
                    num(Some(l.containment_child_in_parent)),
                    num(Some(l.containment_parent_in_child)),
                    l.shared_chars.to_string(),
                    num(l.time_delta_hours),
                    l.attribution
                        .as_ref()
                        .map(|c| c.evidence.clone())
                        .unwrap_or_default(),
                    num(Some(l.confidence)),
                ]
            }
            _ => {
                let credit = f.evidence[i].and_then(|k| res.sketches[i].credits.get(k));
                [
                    pid,
                    cid,
                    rel,
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    credit.map(|c| c.evidence.clone()).unwrap_or_default(),
                    num(f.confidence[i]),
                ]
            }
        };
        out.push(row);
    }
    out
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    let mut csv = csv::Writer::from_writer(w);
    csv.write_record(HEADER)?;
    for row in rows(res) {
        csv.write_record(&row)?;
    }
    csv.flush()?;
    Ok(())
}
