//! `cleaned.jsonl`: the deduplicated set for analysts. Exact and near duplicates are dropped; each
//! kept article lists the copies it stands for and, if derivative, its parent (the nearest kept
//! ancestor, since a dropped copy cannot be a parent in this file). Input fields pass through.

use crate::model::Relation;
use crate::pipeline::{node_id, RunResult};
use crate::tree::Node;
use anyhow::Result;
use serde_json::{Map, Value};
use std::io::Write;

fn is_copy(r: Relation) -> bool {
    matches!(r, Relation::ExactDuplicate | Relation::NearDuplicate)
}

/// Per virtual node, the article that stands for its copies: copies of an absent wire story hang
/// under it side by side, and the cleaned set keeps the first of them.
fn representatives(res: &RunResult) -> Vec<Option<usize>> {
    let f = &res.forest;
    let mut rep: Vec<Option<usize>> = vec![None; f.virtuals.len()];
    for (i, p) in f.parent.iter().enumerate() {
        if let Some(Node::Virtual(v)) = p {
            if is_copy(f.relation[i]) {
                rep[*v as usize].get_or_insert(i);
            }
        }
    }
    rep
}

/// The article that stands for article `i` in the cleaned set.
fn kept(res: &RunResult, reps: &[Option<usize>], mut i: usize) -> usize {
    let f = &res.forest;
    for _ in 0..=f.parent.len() {
        if !is_copy(f.relation[i]) {
            return i;
        }
        match f.parent[i] {
            Some(Node::Article(p)) => i = p as usize,
            Some(Node::Virtual(v)) => return reps[v as usize].unwrap_or(i),
            None => break,
        }
    }
    i
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    let f = &res.forest;
    let n = res.articles.len();
    let reps = representatives(res);
    let mut dups: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut keep = vec![true; n];
    for (i, keep_i) in keep.iter_mut().enumerate() {
        if is_copy(f.relation[i]) {
            let k = kept(res, &reps, i);
            if k != i {
                dups[k].push(i);
                *keep_i = false;
            }
        }
    }
    for (i, a) in res.articles.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let mut obj = Map::new();
        obj.insert("id".into(), a.id.clone().into());
        obj.insert("source".into(), a.source.clone().into());
        obj.insert("published".into(), a.published.map(|p| p.iso()).into());
        obj.insert("title".into(), a.title.clone().into());
        obj.insert("url".into(), a.url.clone().into());
        obj.insert("text".into(), res.texts.text(a).into_owned().into());
        obj.insert("relation".into(), f.relation[i].as_str().into());
        let parent = match f.parent[i] {
            Some(Node::Article(p)) => {
                Some(node_id(res, Node::Article(kept(res, &reps, p as usize) as u32)).to_string())
            }
            Some(v) => Some(node_id(res, v).to_string()),
            None => None,
        };
        obj.insert("parent".into(), parent.into());
        obj.insert(
            "duplicates".into(),
            Value::Array(
                dups[i]
                    .iter()
                    .map(|&d| Value::String(res.articles[d].id.clone()))
                    .collect(),
            ),
        );
        if !a.references.is_empty() {
            obj.insert("references".into(), a.references.clone().into());
        }
        for (k, v) in &a.extra {
            obj.entry(k.clone()).or_insert_with(|| v.clone());
        }
        serde_json::to_writer(&mut *w, &Value::Object(obj))?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
