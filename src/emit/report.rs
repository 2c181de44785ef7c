//! `report.html`: one self-contained page for people — the run's summary, the trees drawn as
//! trees, and for any edge the two texts side by side with the shared passages marked.
//!
//! The page embeds the run as JSON in a `<script type="application/json">` and draws only what
//! is looked at (one tree, one edge) in JavaScript, so a 10,000-article run opens as fast as a
//! small one: the browser parses one JSON string instead of laying out ten thousand texts.
//! Template, style and script live in `report/` and are compiled in with `include_str!`; the
//! page loads nothing from the network.
//!
//! Texts are embedded only for articles at either end of an edge (the only ones a side-by-side
//! view can show), and passage spans are converted from byte offsets to UTF-16 offsets, the
//! unit of JavaScript strings.

use super::round4;
use crate::link::align::PassageKind;
use crate::pipeline::RunResult;
use crate::tree::Node;
use anyhow::Result;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Write;

const TEMPLATE: &str = include_str!("report/report.html");
const STYLE: &str = include_str!("report/report.css");
const SCRIPT: &str = include_str!("report/report.js");

/// Relation codes used in the embedded data (index into this list).
const RELATIONS: [&str; 5] = [
    "original",
    "exact_duplicate",
    "near_duplicate",
    "derivative",
    "unrelated",
];

/// Writes the page. `summary` is summary.json without its timings (so the page is identical
/// for any thread count).
pub fn write(res: &RunResult, summary: &Value, w: &mut dyn Write) -> Result<()> {
    let page = TEMPLATE
        .replacen("/*STYLE*/", STYLE, 1)
        .replacen("/*SCRIPT*/", SCRIPT, 1);
    let (head, tail) = page.split_once("/*DATA*/").unwrap_or((&page, ""));
    w.write_all(head.as_bytes())?;
    // Streamed through the escaper: the embedded data is the size of every linked text, and
    // building it as one string (then escaping and splicing copies) tripled the run's peak memory.
    let mut safe = ScriptSafe {
        inner: w,
        carry: Vec::new(),
    };
    serde_json::to_writer(&mut safe, &data(res, summary))?;
    safe.finish()?;
    w.write_all(tail.as_bytes())?;
    Ok(())
}

/// A writer applying [`script_safe`] to JSON on its way through. U+2028/2029 are three bytes
/// (E2 80 A8/A9) that a write may split, so an incomplete prefix waits for the next write.
struct ScriptSafe<'a> {
    inner: &'a mut dyn Write,
    carry: Vec<u8>,
}

impl ScriptSafe<'_> {
    fn finish(&mut self) -> std::io::Result<()> {
        let rest = std::mem::take(&mut self.carry);
        self.inner.write_all(&rest)
    }
}

impl Write for ScriptSafe<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(buf);
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let esc: Option<(&[u8], usize)> = match bytes[i] {
                b'<' => Some((b"\\u003c", 1)),
                b'>' => Some((b"\\u003e", 1)),
                b'&' => Some((b"\\u0026", 1)),
                0xE2 if i + 2 >= bytes.len() && bytes[i + 1..].iter().all(|&b| b == 0x80) => {
                    // Possibly a split U+2028/2029: keep it for the next write.
                    self.inner.write_all(&bytes[start..i])?;
                    self.carry = bytes[i..].to_vec();
                    return Ok(buf.len());
                }
                0xE2 if i + 2 < bytes.len() && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA8 => {
                    Some((b"\\u2028", 3))
                }
                0xE2 if i + 2 < bytes.len() && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA9 => {
                    Some((b"\\u2029", 3))
                }
                _ => None,
            };
            if let Some((rep, len)) = esc {
                self.inner.write_all(&bytes[start..i])?;
                self.inner.write_all(rep)?;
                i += len;
                start = i;
            } else {
                i += 1;
            }
        }
        self.inner.write_all(&bytes[start..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Makes JSON safe inside a `<script>` element: `</script>` or `<!--` in an article must not end
/// or alter the element. Escaping `<`, `>` and `&` as JSON `\u` escapes keeps the JSON
/// identical in meaning; they only occur inside strings. U+2028/2029 are escaped for older
/// JavaScript parsers.
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

fn node_ref(n: Node) -> i64 {
    match n {
        Node::Article(i) => i as i64,
        Node::Virtual(v) => -1 - v as i64,
    }
}

/// Converts byte offsets of `text` to UTF-16 offsets (offsets inside a character or past the
/// end are clamped to the character start or the end).
fn utf16_offsets(text: &str, offsets: &[usize]) -> HashMap<usize, usize> {
    let mut sorted: Vec<usize> = offsets.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = HashMap::with_capacity(sorted.len());
    let mut it = sorted.into_iter().peekable();
    let mut u16_pos = 0usize;
    for (b, c) in text.char_indices() {
        while let Some(&o) = it.peek() {
            if o > b {
                break;
            }
            out.insert(o, u16_pos);
            it.next();
        }
        u16_pos += c.len_utf16();
    }
    for o in it {
        out.insert(o, u16_pos);
    }
    out
}

fn data(res: &RunResult, summary: &Value) -> Value {
    let n = res.articles.len();
    let f = &res.forest;
    // Which articles' texts the page needs, and which byte offsets in each.
    let mut offsets: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut needed = vec![false; n];
    for i in 0..n {
        match (f.parent[i], f.evidence[i]) {
            (Some(Node::Article(p)), Some(k)) => {
                let l = &res.links[k];
                needed[i] = true;
                needed[p as usize] = true;
                for ps in &l.passages {
                    offsets[i].extend([ps.child_span.0, ps.child_span.1]);
                    offsets[p as usize].extend([ps.parent_span.0, ps.parent_span.1]);
                }
                if let Some((s, e)) = l.attribution.as_ref().and_then(|c| c.span) {
                    offsets[i].extend([s, e]);
                }
            }
            (Some(Node::Virtual(_)), Some(k)) => {
                needed[i] = true;
                if let Some((s, e)) = res.sketches[i].credits.get(k).and_then(|c| c.span) {
                    offsets[i].extend([s, e]);
                }
            }
            _ => {}
        }
    }
    let maps: Vec<HashMap<usize, usize>> = (0..n)
        .map(|i| {
            if offsets[i].is_empty() {
                HashMap::new()
            } else {
                utf16_offsets(&res.articles[i].text, &offsets[i])
            }
        })
        .collect();
    let at = |i: usize, b: usize| maps[i].get(&b).copied().unwrap_or(0);

    let credit_json = |i: usize, c: &crate::link::attribution::Credit| {
        json!({
            "o": c.outlet,
            "e": c.evidence,
            "s": c.span.map(|(s, e)| [at(i, s), at(i, e)]),
        })
    };
    let edges: Vec<Value> = (0..n)
        .map(|i| match (f.parent[i], f.evidence[i]) {
            (Some(Node::Article(p)), Some(k)) => {
                let l = &res.links[k];
                let p = p as usize;
                let passages: Vec<Value> = l
                    .passages
                    .iter()
                    .map(|ps| {
                        json!([
                            at(i, ps.child_span.0),
                            at(i, ps.child_span.1),
                            at(p, ps.parent_span.0),
                            at(p, ps.parent_span.1),
                            matches!(ps.kind, PassageKind::Reworded) as u8,
                        ])
                    })
                    .collect();
                json!({
                    "by": l.decided_by,
                    "sim": round4(l.similarity),
                    "cc": round4(l.containment_child_in_parent),
                    "cp": round4(l.containment_parent_in_child),
                    "sc": l.shared_chars,
                    "dt": l.time_delta_hours.map(round4),
                    "conf": round4(l.confidence),
                    "ps": passages,
                    "att": l.attribution.as_ref().map(|c| credit_json(i, c)),
                })
            }
            (Some(Node::Virtual(_)), Some(k)) => json!({
                "by": "attribution",
                "conf": f.confidence[i].map(round4),
                "att": res.sketches[i].credits.get(k).map(|c| credit_json(i, c)),
            }),
            _ => Value::Null,
        })
        .collect();

    let arts = &res.articles;
    // Exact copies carry the same text: store each distinct text once.
    let mut texts: Vec<&str> = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let text_index: Vec<Option<usize>> = (0..n)
        .map(|i| {
            needed[i].then(|| {
                let t = arts[i].text.as_str();
                *seen.entry(t).or_insert_with(|| {
                    texts.push(t);
                    texts.len() - 1
                })
            })
        })
        .collect();
    let rel_code = |i: usize| {
        RELATIONS
            .iter()
            .position(|r| *r == f.relation[i].as_str())
            .unwrap_or(4)
    };
    json!({
        "summary": summary,
        "a": {
            "id": arts.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            "src": arts.iter().map(|a| a.source.as_deref()).collect::<Vec<_>>(),
            "pub": arts.iter().map(|a| a.published.map(|p| p.iso())).collect::<Vec<_>>(),
            "title": arts.iter().map(|a| a.title.as_deref()).collect::<Vec<_>>(),
            "url": arts.iter().map(|a| a.url.as_deref()).collect::<Vec<_>>(),
            "rel": (0..n).map(rel_code).collect::<Vec<_>>(),
            "par": f.parent.iter().map(|p| p.map(node_ref)).collect::<Vec<_>>(),
            "conf": f.confidence.iter().map(|c| c.map(round4)).collect::<Vec<_>>(),
            "text": text_index,
        },
        "texts": texts,
        "edge": edges,
        "v": f.virtuals.iter().map(|v| json!({"id": v.id, "outlet": v.outlet})).collect::<Vec<_>>(),
        "roots": super::provenance::tree_roots(res).into_iter().map(node_ref).collect::<Vec<_>>(),
        "relations": RELATIONS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_escaping_matches_script_safe_at_any_split() {
        let json = "{\"t\":\"a</script><!-- & \u{2028}x\u{2029}y \u{e2}\u{20ac}\"}";
        let want = script_safe(json);
        let bytes = json.as_bytes();
        for cut in 0..=bytes.len() {
            let mut out = Vec::new();
            let mut w = ScriptSafe {
                inner: &mut out,
                carry: Vec::new(),
            };
            w.write_all(&bytes[..cut]).unwrap();
            w.write_all(&bytes[cut..]).unwrap();
            w.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "cut at {cut}");
        }
    }

    #[test]
    fn script_safe_json_round_trips() {
        let v = json!({"t": "a </script><script>alert(1)</script> <!-- & \u{2028} é 𝄞"});
        let s = script_safe(&v.to_string());
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn utf16_offsets_count_code_units() {
        let t = "aé𝄞b";
        // bytes: a=0, é=1..3, 𝄞=3..7, b=7..8; UTF-16: a=0, é=1, 𝄞=2..4, b=4
        let m = utf16_offsets(t, &[0, 1, 3, 7, 8, 99]);
        assert_eq!(
            [m[&0], m[&1], m[&3], m[&7], m[&8], m[&99]],
            [0, 1, 2, 4, 5, 5]
        );
    }

    #[test]
    fn assets_cannot_end_their_elements() {
        assert!(!SCRIPT.to_ascii_lowercase().contains("</script"));
        assert!(!STYLE.to_ascii_lowercase().contains("</style"));
        for marker in ["/*STYLE*/", "/*SCRIPT*/", "/*DATA*/"] {
            assert_eq!(TEMPLATE.matches(marker).count(), 1, "{marker}");
        }
        // Nothing is fetched: no external scripts, styles, fonts or images.
        let all = format!("{TEMPLATE}{STYLE}{SCRIPT}");
        for needle in ["src=\"http", "href=\"http", "url(http", "@import", "fetch("] {
            assert!(!all.contains(needle), "{needle}");
        }
    }
}
