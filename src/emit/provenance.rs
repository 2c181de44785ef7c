//! `provenance.json`: the forest as a list of trees, one tree per line. Trees are written with an
//! explicit stack, not recursion, so a chain of ten thousand copies cannot overflow the stack.

use super::articles::evidence_json;
use crate::pipeline::RunResult;
use crate::tree::Node;
use anyhow::Result;
use serde_json::{json, Value};
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

fn node_head(res: &RunResult, node: Node) -> Value {
    match node {
        Node::Article(i) => {
            let i = i as usize;
            let a = &res.articles[i];
            json!({
                "id": a.id,
                "source": a.source,
                "published": a.published.map(|p| p.iso()),
                "title": a.title,
                "relation": res.forest.relation[i].as_str(),
                "virtual": false,
                "evidence": evidence_json(res, i),
            })
        }
        Node::Virtual(v) => {
            let vn = &res.forest.virtuals[v as usize];
            json!({
                "id": vn.id,
                "source": vn.outlet,
                "published": null,
                "title": null,
                "relation": "original",
                "virtual": true,
                "evidence": null,
            })
        }
    }
}

pub fn write(res: &RunResult, w: &mut dyn Write) -> Result<()> {
    let (kids_a, kids_v) = res.forest.children();
    let kids = |n: Node| -> &[u32] {
        match n {
            Node::Article(i) => &kids_a[i as usize],
            Node::Virtual(v) => &kids_v[v as usize],
        }
    };
    w.write_all(b"[\n")?;
    for (t, root) in tree_roots(res).into_iter().enumerate() {
        if t > 0 {
            w.write_all(b",\n")?;
        }
        // Stack of (node, next child position).
        let mut stack: Vec<(Node, usize)> = vec![(root, 0)];
        open(res, root, w)?;
        while let Some((node, pos)) = stack.last_mut() {
            let children = kids(*node);
            if *pos < children.len() {
                if *pos > 0 {
                    w.write_all(b",")?;
                }
                let c = Node::Article(children[*pos]);
                *pos += 1;
                open(res, c, w)?;
                stack.push((c, 0));
            } else {
                w.write_all(b"]}")?;
                stack.pop();
            }
        }
    }
    w.write_all(b"\n]\n")?;
    Ok(())
}

/// Writes a node's fields and opens its `children` array.
fn open(res: &RunResult, node: Node, w: &mut dyn Write) -> Result<()> {
    let head = serde_json::to_string(&node_head(res, node))?;
    w.write_all(&head.as_bytes()[..head.len() - 1])?;
    w.write_all(b",\"children\":[")?;
    Ok(())
}
