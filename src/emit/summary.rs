//! `summary.json`: what was read, what was skipped and why, what was found, the parameters, and
//! the wall time of each stage. The only output that varies between identical runs (times and the
//! thread count), so it is kept apart from the data files.

use super::provenance::tree_roots;
use crate::ingest::Diagnostics;
use crate::model::Relation;
use crate::pipeline::{node_id, Params, RunResult};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

pub struct RunInfo<'a> {
    pub diag: &'a Diagnostics,
    pub files: u64,
    pub params: &'a Params,
    /// The options that shape the output files rather than the links, recorded with the
    /// detection parameters so that a summary says how every file beside it was made.
    pub report_articles: usize,
    pub parquet: bool,
    pub threads: usize,
    pub stage_seconds: Vec<(&'static str, f64)>,
}

pub fn build(res: &RunResult, info: &RunInfo) -> Value {
    let f = &res.forest;
    let mut relations: Map<String, Value> = Map::new();
    for r in [
        Relation::Original,
        Relation::ExactDuplicate,
        Relation::NearDuplicate,
        Relation::Derivative,
        Relation::Unrelated,
    ] {
        relations.insert(
            r.as_str().into(),
            f.relation.iter().filter(|x| **x == r).count().into(),
        );
    }
    let mut sizes: HashMap<_, usize> = HashMap::new();
    for r in &f.root {
        *sizes.entry(*r).or_default() += 1;
    }
    let roots = tree_roots(res);

    // Among trees (a lone article is none), the first of the largest; null when there is none.
    let in_tree =
        |r: &&crate::tree::Node| sizes[r] > 1 || matches!(r, crate::tree::Node::Virtual(_));
    let largest = roots
        .iter()
        .filter(in_tree)
        .enumerate()
        .max_by_key(|(k, r)| (sizes[r], std::cmp::Reverse(*k)))
        .map(|(_, r)| json!({"root": node_id(res, *r), "articles": sizes[r]}));
    let multi = roots.iter().filter(in_tree).count();
    let seconds: Map<String, Value> = info
        .stage_seconds
        .iter()
        .map(|(k, v)| (k.to_string(), json!(super::round4(*v))))
        .collect();
    let mut parameters = serde_json::to_value(info.params).unwrap_or_else(|_| json!({}));
    if let Some(o) = parameters.as_object_mut() {
        o.insert("report_articles".into(), info.report_articles.into());
        o.insert("parquet".into(), info.parquet.into());
    }
    json!({
        "version": env!("CARGO_PKG_VERSION"),
        "input_files": info.files,
        "articles_read": res.articles.len(),
        "skipped_total": info.diag.skipped_total(),
        "skipped": info.diag.skipped,
        "repaired": info.diag.repaired,
        "renamed_ids": info.diag.renamed,
        "ignored_files": info.diag.ignored_files,
        "relations": relations,
        "trees": multi,
        "singletons": roots.len() - multi,
        "largest_tree": largest,
        "virtual_nodes": f.virtuals.len(),
        "candidate_pairs": res.candidate_pairs,
        "verified_links": res.verified_links,
        "parameters": parameters,
        "threads": info.threads,
        "seconds": seconds,
    })
}
