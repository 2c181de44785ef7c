//! `articles.jsonl`: one line per article read, in input order, with its place in the forest.

use super::round4;
use crate::pipeline::{node_id, RunResult};
use crate::sketch::exact::hex;
use crate::tree::Node;
use anyhow::Result;
use serde_json::{json, Value};
use std::io::Write;

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    for (i, a) in res.articles.iter().enumerate() {
        let f = &res.forest;
        let link = f.evidence[i].and_then(|k| match f.parent[i] {
            Some(Node::Article(_)) => res.links.get(k),
            _ => None,
        });
        let line = json!({
            "id": a.id,
            "source": a.source,
            "published": a.published.map(|p| p.iso()),
            "title": a.title,
            "url": a.url,
            "sha256": hex(&res.sketches[i].sha256),
            "cluster": node_id(res, f.root[i]),
            "parent": f.parent[i].map(|p| node_id(res, p)),
            "relation": f.relation[i].as_str(),
            "similarity": link.map(|l| round4(l.similarity)),
            "containment": link.map(|l| round4(l.containment_child_in_parent)),
            "confidence": f.confidence[i].map(round4),
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
                    "text": if p.text.is_empty() { Value::Null } else { Value::String(p.text.clone()) },
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
