//! `cleaned.jsonl`: the deduplicated set for analysts. Exact and near duplicates are dropped; each
//! kept article lists the copies it stands for and, if derivative, its parent (the nearest kept
//! ancestor, since a dropped copy cannot be a parent in this file). An outlet's later near copy
//! of its own story (a corrected re-issue) stands in its first version's place. Input fields
//! pass through.

use crate::model::Relation;
use crate::pipeline::{node_id, RunResult};
use crate::store::TextStore;
use crate::tree::Node;
use anyhow::Result;
use serde::ser::{SerializeMap, Serializer};
use std::io::Write;

/// The fields every line has, in order; an input field of the same name passes through as
/// `input_NAME`.
const OWN_FIELDS: [&str; 9] = [
    "id",
    "source",
    "published",
    "title",
    "url",
    "text",
    "relation",
    "parent",
    "duplicates",
];

fn is_copy(r: Relation) -> bool {
    matches!(r, Relation::ExactDuplicate | Relation::NearDuplicate)
}

/// Per virtual node, the article that stands for its copies: copies of an absent wire story hang
/// under it side by side, and the cleaned set keeps the first of them with nearly as much text
/// as the longest (a tenth less at most). Copies cut short are among them: a review's paper
/// running four paragraphs of an AP story stood for another's whole story with two local
/// paragraphs added, which was lost.
fn representatives(res: &RunResult) -> Vec<Option<usize>> {
    let f = &res.forest;
    let len = |i: usize| {
        let a = &res.articles[i];
        a.stored.map_or(a.text.len(), |s| s.len as usize)
    };
    let copies = || {
        f.parent.iter().enumerate().filter_map(|(i, p)| match p {
            Some(Node::Virtual(v)) if is_copy(f.relation[i]) => Some((*v as usize, i)),
            _ => None,
        })
    };
    let mut longest = vec![0usize; f.virtuals.len()];
    for (v, i) in copies() {
        longest[v] = longest[v].max(len(i));
    }
    let mut rep: Vec<Option<usize>> = vec![None; f.virtuals.len()];
    for (v, i) in copies() {
        if rep[v].is_none() && len(i) * 10 >= longest[v] * 9 {
            rep[v] = Some(i);
        }
    }
    rep
}

/// Per article, the article that stands for it in the cleaned set: itself unless it is a copy,
/// else the first ancestor that is not (or the representative of a virtual node's copies).
/// Each chain is walked once and every article on it takes the answer, so a story republished
/// as a chain of 100,000 near copies costs 100,000 steps, not their square.
fn kept_all(res: &RunResult, reps: &[Option<usize>]) -> Vec<usize> {
    const UNKNOWN: usize = usize::MAX;
    let f = &res.forest;
    let n = f.parent.len();
    let mut kept = vec![UNKNOWN; n];
    let mut path: Vec<usize> = Vec::new();
    for start in 0..n {
        let mut i = start;
        path.clear();
        let answer = loop {
            if kept[i] != UNKNOWN {
                break kept[i];
            }
            if !is_copy(f.relation[i]) {
                break i;
            }
            path.push(i);
            // A cycle cannot occur in a forest; the bound keeps a broken one from spinning.
            if path.len() > n {
                break i;
            }
            match f.parent[i] {
                Some(Node::Article(p)) => i = p as usize,
                Some(Node::Virtual(v)) => break reps[v as usize].unwrap_or(i),
                None => break i,
            }
        };
        for &k in &path {
            kept[k] = answer;
        }
        if kept[start] == UNKNOWN {
            kept[start] = answer;
        }
    }
    kept
}

/// Per kept article, the version that stands for it: its latest near copy by the same outlet,
/// published later, or itself. An outlet that re-issues a story with a correction or a small
/// change (the same address, hours later) makes a near copy of its first version, which the
/// forest rightly puts under the first; an analyst reading the cleaned set wants the corrected
/// text (a review's two corrections kept the errors they corrected). Without both times, a
/// version carrying more correction notices is the later one (see [`crate::link::notice`]).
/// Other outlets' copies, and versions nothing orders, leave the first standing.
fn latest_versions(res: &RunResult, kept: &[usize]) -> Vec<usize> {
    let f = &res.forest;
    let mut stand: Vec<usize> = (0..kept.len()).collect();
    // The outlet as named, not by its slug: "cincodias.elpais.com" is another paper than
    // "elpais.com", its copy no version of El País's story.
    let outlet = |i: usize| {
        res.articles[i]
            .source
            .as_deref()
            .map(|s| s.trim().to_lowercase())
            .unwrap_or_default()
    };
    for (i, &r) in kept.iter().enumerate() {
        if r == i || f.relation[i] != Relation::NearDuplicate || is_copy(f.relation[r]) {
            continue;
        }
        let o = outlet(r);
        if o.is_empty() || o != outlet(i) {
            continue;
        }
        let later = match (res.articles[i].published, res.articles[stand[r]].published) {
            (Some(t), Some(now)) => t.order(&now) == std::cmp::Ordering::Greater,
            _ => {
                let (x, y) = (&res.articles[i], &res.articles[stand[r]]);
                let (s, now) = crate::link::notice::of_versions(
                    (&res.texts.text(x), x.title.as_deref()),
                    (&res.texts.text(y), y.title.as_deref()),
                );
                s > now
            }
        };
        if later {
            stand[r] = i;
        }
    }
    stand
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    let f = &res.forest;
    let n = res.articles.len();
    let reps = representatives(res);
    let kept = kept_all(res, &reps);
    let stand = latest_versions(res, &kept);
    // The article whose place in the forest each kept one takes (its first version, for a
    // later one standing for it).
    let mut place: Vec<usize> = (0..n).collect();
    for (r, &l) in stand.iter().enumerate() {
        if l != r {
            place[l] = r;
        }
    }
    let kept: Vec<usize> = kept.iter().map(|&k| stand[k]).collect();
    let mut dups: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut keep = vec![true; n];
    for (i, keep_i) in keep.iter_mut().enumerate() {
        let k = kept[i];
        if k != i {
            dups[k].push(i);
            *keep_i = false;
        }
    }
    // In input order, a later version at its first version's position.
    let kept_ids: Vec<usize> = (0..n)
        .filter_map(|p| Some(stand[p]).filter(|&i| keep[i] && place[i] == p))
        .collect();
    let size = |k: usize| 512 + TextStore::len_of(&res.articles[kept_ids[k]]);
    super::write_in_order(w, kept_ids.len(), size, |k, w| {
        let i = kept_ids[k];
        let a = &res.articles[i];
        let at = place[i];
        let parent = match f.parent[at] {
            Some(Node::Article(p)) => Some(node_id(res, Node::Article(kept[p as usize] as u32))),
            Some(v) => Some(node_id(res, v)),
            None => None,
        };
        let text = res.texts.text(a);
        let mut m = serde_json::Serializer::new(&mut *w);
        let mut obj = m.serialize_map(None)?;
        obj.serialize_entry("id", &a.id)?;
        obj.serialize_entry("source", &a.source)?;
        obj.serialize_entry("published", &a.published.map(|p| p.iso()))?;
        obj.serialize_entry("title", &a.title)?;
        obj.serialize_entry("url", &a.url)?;
        obj.serialize_entry("text", &*text)?;
        obj.serialize_entry("relation", f.relation[at].as_str())?;
        obj.serialize_entry("parent", &parent)?;
        let dup_ids: Vec<&str> = dups[i]
            .iter()
            .map(|&d| res.articles[d].id.as_str())
            .collect();
        obj.serialize_entry("duplicates", &dup_ids)?;
        let with_references = !a.references.is_empty();
        if with_references {
            obj.serialize_entry("references", &a.references)?;
        }
        // Input fields pass through unless they would repeat one of ours. A `published` the
        // reader could not read as a date is the user's data all the same: it comes out as
        // `published_raw`, beside the normalised field.
        let extra = a.extra.map();
        for (k, v) in &extra {
            if k == "published" {
                let blank = v.is_null() || v.as_str().is_some_and(|s| s.trim().is_empty());
                if !blank && !extra.contains_key("published_raw") {
                    obj.serialize_entry("published_raw", v)?;
                }
                continue;
            }
            let ours = OWN_FIELDS.contains(&k.as_str()) || (with_references && k == "references");
            if !ours {
                obj.serialize_entry(k, v)?;
            } else {
                // An input `parent`, `relation`, `duplicates` (a CMS's own, an earlier tool's)
                // or `references` is the user's data too, not the tool's finding: kept beside
                // ours as `input_parent` and so on. (The read fields, id to text, never get
                // here: the readers take them out.)
                let renamed = format!("input_{k}");
                if !extra.contains_key(&renamed) {
                    obj.serialize_entry(&renamed, v)?;
                }
            }
        }
        obj.end()?;
        w.push(b'\n');
        Ok(())
    })
}
