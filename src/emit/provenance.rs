//! `provenance.json`: the forest as a list of trees, one tree per line. Trees are written with an
//! explicit stack, not recursion, so a chain of ten thousand copies cannot overflow the stack.

use super::round4;
use crate::link::align::PassageKind;
use crate::link::attribution::{Credit, CreditKind};
use crate::link::decide::DecidedBy;
use crate::model::Relation;
use crate::pipeline::{RunResult, SharedPassage};
use crate::store::TextStore;
use crate::tree::Node;
use anyhow::Result;
use serde::Serialize;
use std::io::Write;

/// Roots in the order of their earliest member in the input.
pub fn tree_roots(res: &RunResult) -> Vec<Node> {
    let mut seen = std::collections::HashSet::new();
    res.forest
        .root
        .iter()
        .filter(|r| seen.insert(**r))
        .copied()
        .collect()
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    let (kids_a, kids_v) = res.forest.children();
    let kids = |n: Node| -> &[u32] {
        match n {
            Node::Article(i) => &kids_a[i as usize],
            Node::Virtual(v) => &kids_v[v as usize],
        }
    };
    let roots = tree_roots(res);
    // A tree's size, estimated from its members' texts (its passages quote them).
    let mut tree_bytes: std::collections::HashMap<Node, usize> = std::collections::HashMap::new();
    for (i, r) in res.forest.root.iter().enumerate() {
        *tree_bytes.entry(*r).or_default() += 512 + TextStore::len_of(&res.articles[i]);
    }
    let size = |t: usize| tree_bytes.get(&roots[t]).copied().unwrap_or(512);
    w.write_all(b"[\n")?;
    super::write_in_order(w, roots.len(), size, |t, w| {
        if t > 0 {
            w.extend_from_slice(b",\n");
        }
        // Stack of (node, next child position).
        let mut stack: Vec<(Node, usize)> = vec![(roots[t], 0)];
        open(res, roots[t], w)?;
        while let Some((node, pos)) = stack.last_mut() {
            let children = kids(*node);
            if *pos < children.len() {
                if *pos > 0 {
                    w.push(b',');
                }
                let c = Node::Article(children[*pos]);
                *pos += 1;
                open(res, c, w)?;
                stack.push((c, 0));
            } else {
                w.extend_from_slice(b"]}");
                stack.pop();
            }
        }
        Ok(())
    })?;
    w.write_all(b"\n]\n")?;
    Ok(())
}

/// Writes a node's fields and opens its `children` array.
fn open(res: &RunResult, node: Node, w: &mut Vec<u8>) -> Result<()> {
    match node {
        Node::Article(i) => {
            let i = i as usize;
            let a = &res.articles[i];
            let f = &res.forest;
            // Passages of exact copies are the whole text: not repeated, and the text not read.
            let needs_text = match (f.parent[i], f.evidence[i], f.via[i]) {
                (Some(Node::Article(_)), Some(k), _) | (Some(Node::Virtual(_)), None, Some(k)) => {
                    res.links[k].relation != Relation::ExactDuplicate
                }
                _ => false,
            };
            let text = needs_text.then(|| res.texts.text(a));
            let head = Head {
                id: &a.id,
                source: a.source.as_deref(),
                published: a.published.map(|p| p.iso()),
                title: a.title.as_deref(),
                relation: f.relation[i].as_str(),
                is_virtual: false,
                evidence: evidence(res, i, text.as_deref()),
            };
            serde_json::to_writer(&mut *w, &head)?;
        }
        Node::Virtual(v) => {
            let vn = &res.forest.virtuals[v as usize];
            let head = Head {
                id: &vn.id,
                source: Some(&vn.outlet),
                published: None,
                title: None,
                relation: "original",
                is_virtual: true,
                evidence: None,
            };
            serde_json::to_writer(&mut *w, &head)?;
        }
    }
    // The head object without its closing brace, so `children` joins it.
    w.pop();
    w.extend_from_slice(b",\"children\":[");
    Ok(())
}

/// A node as written, borrowed from the run. Serialised directly, not through a
/// `serde_json::Value`: building a map per node and per passage made this the slowest output,
/// nearly all of it allocation.
#[derive(Serialize)]
struct Head<'a> {
    id: &'a str,
    source: Option<&'a str>,
    published: Option<String>,
    title: Option<&'a str>,
    relation: &'static str,
    #[serde(rename = "virtual")]
    is_virtual: bool,
    evidence: Option<Evidence<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Evidence<'a> {
    Link(Box<LinkEvidence<'a>>),
    Credit {
        decided_by: &'static str,
        attribution: CreditOut<'a>,
        confidence: Option<f64>,
    },
    /// A copy that credits nothing, under the node of the story it copies from a text that
    /// credits it (`via`): `copy` is its link to that text, spans of `via`'s text as the
    /// parent's.
    Via {
        decided_by: &'static str,
        via: &'a str,
        via_attribution: Option<CreditOut<'a>>,
        copy: Box<LinkEvidence<'a>>,
        confidence: Option<f64>,
    },
}

/// A [`Credit`] as written: its span in characters.
#[derive(Serialize)]
struct CreditOut<'a> {
    outlet: &'a str,
    kind: &'a CreditKind,
    evidence: &'a str,
    span: Option<[u32; 2]>,
}

#[derive(Serialize)]
struct LinkEvidence<'a> {
    decided_by: DecidedBy,
    similarity: f64,
    minhash_similarity: f64,
    containment_child_in_parent: f64,
    containment_parent_in_child: f64,
    coverage_child: f64,
    coverage_parent: f64,
    quoted_share: f64,
    shared_chars: u64,
    shared_passages: Vec<PassageOut<'a>>,
    time_delta_hours: Option<f64>,
    attribution: Option<CreditOut<'a>>,
    confidence: f64,
}

#[derive(Serialize)]
struct PassageOut<'a> {
    kind: PassageKind,
    child_span: [u32; 2],
    parent_span: [u32; 2],
    text: Option<&'a str>,
    score: f64,
}

/// The evidence of the edge above `child`, whose text is `text` when its passages are quoted.
/// Spans are turned from the pipeline's bytes into characters (see
/// [`crate::text::to_char_offsets`]).
fn evidence<'a>(res: &'a RunResult, child: usize, text: Option<&'a str>) -> Option<Evidence<'a>> {
    let f = &res.forest;
    match (f.parent[child], f.evidence[child]) {
        (Some(Node::Article(_)), Some(k)) => {
            Some(Evidence::Link(link_evidence(res, child, k, text)))
        }
        (Some(Node::Virtual(_)), Some(k)) => {
            let mut attribution = credit_out(&res.sketches[child].credits[k]);
            let mut spans: Vec<&mut u32> = attribution.span.iter_mut().flatten().collect();
            char_spans(res, child, text, &mut spans);
            Some(Evidence::Credit {
                decided_by: "attribution",
                attribution,
                confidence: f.confidence[child].map(round4),
            })
        }
        (Some(Node::Virtual(_)), None) => {
            let (via, k, credit) = super::via_copy(res, child)?;
            // The credit that put the copy it repeats under the node, in that copy's text.
            let mut via_attribution = credit.map(credit_out);
            let mut spans: Vec<&mut u32> = via_attribution
                .iter_mut()
                .flat_map(|c| c.span.iter_mut().flatten())
                .collect();
            char_spans(res, via, None, &mut spans);
            Some(Evidence::Via {
                decided_by: super::via_decided_by(f.relation[child]),
                via: &res.articles[via].id,
                via_attribution,
                copy: link_evidence(res, child, k, text),
                confidence: f.confidence[child].map(round4),
            })
        }
        _ => None,
    }
}

/// The evidence of link `k` (of `child` to its parent, an article), as [`evidence`] writes it.
fn link_evidence<'a>(
    res: &'a RunResult,
    child: usize,
    k: usize,
    text: Option<&'a str>,
) -> Box<LinkEvidence<'a>> {
    let l = &res.links[k];
    let par = l.parent;
    let passage_text = |p: &SharedPassage| {
        text.and_then(|t| t.get(p.child_span.0 as usize..p.child_span.1 as usize))
            .filter(|t| !t.is_empty())
    };
    let mut passages: Vec<PassageOut> = l
        .passages
        .iter()
        .map(|p| PassageOut {
            kind: p.kind,
            child_span: [p.child_span.0, p.child_span.1],
            parent_span: [p.parent_span.0, p.parent_span.1],
            text: passage_text(p),
            score: round4(p.score as f64),
        })
        .collect();
    let mut attribution = l.attribution.as_ref().map(credit_out);
    let mut spans: Vec<&mut u32> = passages
        .iter_mut()
        .flat_map(|p| p.child_span.iter_mut())
        .chain(
            attribution
                .iter_mut()
                .flat_map(|c| c.span.iter_mut().flatten()),
        )
        .collect();
    char_spans(res, child, text, &mut spans);
    let mut spans: Vec<&mut u32> = passages
        .iter_mut()
        .flat_map(|p| p.parent_span.iter_mut())
        .collect();
    char_spans(res, par as usize, None, &mut spans);
    Box::new(LinkEvidence {
        decided_by: l.decided_by,
        similarity: round4(l.similarity),
        minhash_similarity: round4(l.minhash_similarity),
        containment_child_in_parent: round4(l.containment_child_in_parent),
        containment_parent_in_child: round4(l.containment_parent_in_child),
        coverage_child: round4(l.coverage_child),
        coverage_parent: round4(l.coverage_parent),
        quoted_share: round4(l.quoted_share),
        shared_chars: l.shared_chars,
        shared_passages: passages,
        time_delta_hours: l.time_delta_hours.map(round4),
        attribution,
        confidence: round4(l.confidence),
    })
}

fn credit_out(c: &Credit) -> CreditOut<'_> {
    CreditOut {
        outlet: &c.outlet,
        kind: &c.kind,
        evidence: &c.evidence,
        span: c.span.map(|(s, e)| [s as u32, e as u32]),
    }
}

/// Turns byte offsets into article `i`'s text into character offsets. Its text (`text`, or read
/// from the store) is needed only when it is not ASCII and an offset is inside it: the spans of
/// exact copies are the whole text, whose length in characters is known without reading.
fn char_spans(res: &RunResult, i: usize, text: Option<&str>, offsets: &mut [&mut u32]) {
    let a = &res.articles[i];
    let (bytes, chars) = (TextStore::len_of(a), TextStore::chars_of(a));
    if bytes == chars || offsets.is_empty() {
        return;
    }
    if offsets.iter().all(|o| **o == 0 || **o as usize == bytes) {
        for o in offsets.iter_mut() {
            **o = if **o == 0 { 0 } else { chars as u32 };
        }
        return;
    }
    match text {
        Some(t) => crate::text::to_char_offsets(t, offsets),
        // Only as far as the last offset: a parent's text is read once per child, and a
        // long one (all its children's passages lie in its compared prefix) made writing
        // cost children times its length.
        None => {
            let upto = offsets.iter().map(|o| **o as usize).max().unwrap_or(0);
            crate::text::to_char_offsets_in(&res.texts.prefix(a, upto), offsets)
        }
    }
}
