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
pub fn write(
    res: &RunResult,
    summary: &Value,
    max_articles: usize,
    w: &mut dyn Write,
) -> Result<()> {
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
    write_data(res, summary, (max_articles, REPORT_TEXT_BUDGET), &mut safe)?;
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

    /// Writes `bytes` escaped; an incomplete U+2028/2029 at the end waits in `carry`.
    fn escape(&mut self, bytes: &[u8]) -> std::io::Result<()> {
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
                    return Ok(());
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
        self.inner.write_all(&bytes[start..])
    }
}

impl Write for ScriptSafe<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // Only a write after a split character copies: serde_json writes in many small pieces,
        // and copying each one into a fresh buffer was most of the cost of this writer.
        if self.carry.is_empty() {
            self.escape(buf)?;
        } else {
            let mut bytes = std::mem::take(&mut self.carry);
            bytes.extend_from_slice(buf);
            self.escape(&bytes)?;
        }
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

/// Converts byte offsets into article `i`'s text to UTF-16 offsets: the UTF-16 units of the
/// characters that start before each (an offset past the end counts them all). The text is
/// read only as far as the last offset: a parent's is read once per child, and all its
/// children's passages lie in its compared prefix, however long the text.
fn utf16_offsets(res: &RunResult, i: usize, offsets: &[usize]) -> HashMap<usize, usize> {
    let upto = offsets.iter().copied().max().unwrap_or(0);
    utf16_offsets_in(&res.texts.prefix(&res.articles[i], upto), offsets)
}

/// As [`utf16_offsets`], over the UTF-8 bytes of a text or of a prefix of it (which may end
/// inside a character) that reaches the largest offset.
fn utf16_offsets_in(text: &[u8], offsets: &[usize]) -> HashMap<usize, usize> {
    if text.is_ascii() {
        return offsets.iter().map(|&o| (o, o.min(text.len()))).collect();
    }
    let mut sorted: Vec<usize> = offsets.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut out = HashMap::with_capacity(sorted.len());
    let (mut byte, mut units) = (0usize, 0usize);
    for o in sorted {
        while byte < o.min(text.len()) {
            let b = text[byte];
            // A character starts at every byte that is not a continuation byte; one of four
            // bytes (lead byte 0xF0 and up) is two UTF-16 units.
            units += (b & 0xC0 != 0x80) as usize + (b >= 0xF0) as usize;
            byte += 1;
        }
        out.insert(o, units);
    }
    out
}

/// Texts embedded in one page at most. A browser handles a page of a hundred megabytes; a
/// million-article run would embed gigabytes. Beyond the budget, later articles' texts are left
/// out (in input order, so the page is the same on every run) and the page says how many.
pub const REPORT_TEXT_BUDGET: u64 = 64 << 20;

/// Articles one page shows at most. Beyond it the page shows whole trees, largest first: a
/// million-article run made a 614 MB page that no browser opens, and its story is in the big
/// trees, not in the stand-alone articles.
pub const REPORT_MAX_ARTICLES: usize = 25_000;

/// Which articles the page shows (whole trees, largest first, up to `max` articles; all of them
/// when they fit), and the roots of the trees shown, in output order.
fn shown_articles(res: &RunResult, max: usize) -> (Vec<bool>, Vec<Node>) {
    let n = res.articles.len();
    let roots = super::provenance::tree_roots(res);
    if n <= max {
        return (vec![true; n], roots);
    }
    let key = |r: Node| match r {
        Node::Article(i) => i as usize,
        Node::Virtual(v) => n + v as usize,
    };
    let mut size = vec![0usize; n + res.forest.virtuals.len()];
    for r in &res.forest.root {
        size[key(*r)] += 1;
    }
    let mut by_size: Vec<(usize, Node)> = roots.iter().enumerate().map(|(k, &r)| (k, r)).collect();
    by_size.sort_by_key(|&(k, r)| (std::cmp::Reverse(size[key(r)]), k));
    let mut selected = vec![false; size.len()];
    let mut total = 0;
    for (_, r) in by_size {
        if total + size[key(r)] <= max {
            total += size[key(r)];
            selected[key(r)] = true;
        }
    }
    let shown = res.forest.root.iter().map(|r| selected[key(*r)]).collect();
    let roots = roots.into_iter().filter(|r| selected[key(*r)]).collect();
    (shown, roots)
}

/// Which articles' texts the page needs: those at either end of an edge.
fn needed_texts(res: &RunResult) -> Vec<bool> {
    let f = &res.forest;
    let mut needed = vec![false; res.articles.len()];
    for i in 0..needed.len() {
        match f.parent[i] {
            Some(Node::Article(p)) if f.evidence[i].is_some() => {
                needed[i] = true;
                needed[p as usize] = true;
            }
            Some(Node::Virtual(_)) if f.evidence[i].is_some() => needed[i] = true,
            Some(Node::Virtual(_)) => {
                if let Some((via, _, _)) = super::via_copy(res, i) {
                    needed[i] = true;
                    needed[via] = true;
                }
            }
            _ => {}
        }
    }
    needed
}

/// `v` with every integer beyond 2^53 as text: the page's script reads numbers as doubles, so
/// the run's seed (a u64) showed rounded, and copied from the page would not reproduce the run.
fn js_safe(v: &Value) -> Value {
    const EXACT: u64 = 1 << 53;
    match v {
        Value::Number(n)
            if n.as_u64().is_some_and(|x| x > EXACT)
                || n.as_i64().is_some_and(|x| x.unsigned_abs() > EXACT) =>
        {
            Value::String(n.to_string())
        }
        Value::Array(a) => Value::Array(a.iter().map(js_safe).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.clone(), js_safe(v))).collect()),
        _ => v.clone(),
    }
}

/// Writes the page's data object. Streamed piece by piece, never built whole: at a million
/// articles the object alone would be several times the size of the run's other state.
fn write_data(
    res: &RunResult,
    summary: &Value,
    (max_articles, text_budget): (usize, u64),
    w: &mut dyn Write,
) -> Result<()> {
    let f = &res.forest;
    let (shown, roots) = shown_articles(res, max_articles);
    // The page's article numbers: positions among the shown articles, in input order.
    let mut page_index: Vec<Option<u32>> = vec![None; res.articles.len()];
    let idx: Vec<usize> = (0..res.articles.len()).filter(|&i| shown[i]).collect();
    for (k, &i) in idx.iter().enumerate() {
        page_index[i] = Some(k as u32);
    }
    let node_ref = |n: Node| match n {
        Node::Article(i) => page_index[i as usize].map_or(-1, |k| k as i64),
        Node::Virtual(v) => -1 - v as i64,
    };
    let arts: Vec<&crate::model::Article> = idx.iter().map(|&i| &res.articles[i]).collect();
    let n = arts.len();

    // Exact copies carry the same text: each distinct text is stored once (by a 128-bit hash of
    // its bytes, so no text needs to stay in memory to be compared).
    let needed = needed_texts(res);
    let mut text_index: Vec<Option<u32>> = vec![None; n];
    let mut distinct: Vec<usize> = Vec::new();
    let mut seen: HashMap<u128, u32> = HashMap::new();
    let mut budget = text_budget;
    let mut omitted = 0u64;
    for k in (0..n).filter(|&k| needed[idx[k]]) {
        let t = res.texts.text(arts[k]);
        let h = xxhash_rust::xxh3::xxh3_128(t.as_bytes());
        if let Some(&j) = seen.get(&h) {
            text_index[k] = Some(j);
        } else if t.len() as u64 <= budget {
            budget -= t.len() as u64;
            seen.insert(h, distinct.len() as u32);
            text_index[k] = Some(distinct.len() as u32);
            distinct.push(k);
        } else {
            omitted += 1;
        }
    }
    drop(seen);

    let rel_code = |k: usize| {
        RELATIONS
            .iter()
            .position(|r| *r == f.relation[idx[k]].as_str())
            .unwrap_or(4)
    };
    w.write_all(b"{\"summary\":")?;
    serde_json::to_writer(&mut *w, &js_safe(summary))?;
    w.write_all(b",\"a\":{\"id\":")?;
    write_seq(w, arts.iter().map(|a| a.id.as_str()))?;
    w.write_all(b",\"src\":")?;
    write_seq(w, arts.iter().map(|a| a.source.as_deref()))?;
    w.write_all(b",\"pub\":")?;
    write_seq(w, arts.iter().map(|a| a.published.map(|p| p.iso())))?;
    w.write_all(b",\"title\":")?;
    write_seq(w, arts.iter().map(|a| a.title.as_deref()))?;
    w.write_all(b",\"url\":")?;
    write_seq(w, arts.iter().map(|a| a.url.as_deref()))?;
    w.write_all(b",\"rel\":")?;
    write_seq(w, (0..n).map(rel_code))?;
    w.write_all(b",\"par\":")?;
    write_seq(w, idx.iter().map(|&i| f.parent[i].map(node_ref)))?;
    w.write_all(b",\"conf\":")?;
    write_seq(w, idx.iter().map(|&i| f.confidence[i].map(round4)))?;
    w.write_all(b",\"text\":")?;
    write_seq(w, text_index.iter().copied())?;
    w.write_all(b"},\"texts\":")?;
    write_seq(w, distinct.iter().map(|&k| res.texts.text(arts[k])))?;
    w.write_all(b",\"omitted_texts\":")?;
    serde_json::to_writer(&mut *w, &omitted)?;
    w.write_all(b",\"text_budget\":")?;
    serde_json::to_writer(&mut *w, &text_budget)?;
    w.write_all(b",\"omitted_articles\":")?;
    serde_json::to_writer(&mut *w, &(res.articles.len() - n))?;
    w.write_all(b",\"edge\":")?;
    write_seq(w, idx.iter().map(|&i| edge_json(res, i, &page_index)))?;
    w.write_all(b",\"v\":")?;
    write_seq(
        w,
        f.virtuals
            .iter()
            .map(|v| json!({"id": v.id, "outlet": v.outlet})),
    )?;
    w.write_all(b",\"roots\":")?;
    write_seq(w, roots.into_iter().map(node_ref))?;
    w.write_all(b",\"relations\":")?;
    serde_json::to_writer(&mut *w, &RELATIONS)?;
    w.write_all(b"}")?;
    Ok(())
}

/// Writes a JSON array item by item.
fn write_seq<T: serde::Serialize>(w: &mut dyn Write, items: impl Iterator<Item = T>) -> Result<()> {
    w.write_all(b"[")?;
    for (k, item) in items.enumerate() {
        if k > 0 {
            w.write_all(b",")?;
        }
        serde_json::to_writer(&mut *w, &item)?;
    }
    w.write_all(b"]")?;
    Ok(())
}

/// The edge from article `i` to its parent, with spans in UTF-16 units of each text.
fn edge_json(res: &RunResult, i: usize, page_index: &[Option<u32>]) -> Value {
    let f = &res.forest;
    let credit_json = |c: &crate::link::attribution::Credit, at: &dyn Fn(usize) -> usize| {
        json!({
            "o": c.outlet,
            "e": c.evidence,
            "s": c.span.map(|(s, e)| [at(s), at(e)]),
        })
    };
    let via = super::via_copy(res, i);
    let link = match (f.parent[i], f.evidence[i]) {
        (Some(Node::Article(_)), Some(k)) => Some(k),
        _ => via.map(|(_, k, _)| k),
    };
    if let Some(k) = link {
        let l = &res.links[k];
        let p = l.parent as usize;
        let mut child_offsets = Vec::new();
        let mut parent_offsets = Vec::new();
        for ps in &l.passages {
            child_offsets.extend([ps.child_span.0 as usize, ps.child_span.1 as usize]);
            parent_offsets.extend([ps.parent_span.0 as usize, ps.parent_span.1 as usize]);
        }
        if let Some((s, e)) = l.attribution.as_ref().and_then(|c| c.span) {
            child_offsets.extend([s, e]);
        }
        // A copy under a node by the copy it repeats: that copy is shown in the node's place,
        // with its credit.
        let via_credit = via.and_then(|(_, _, c)| c);
        if let Some((s, e)) = via_credit.and_then(|c| c.span) {
            parent_offsets.extend([s, e]);
        }
        let cm = utf16_offsets(res, i, &child_offsets);
        let pm = utf16_offsets(res, p, &parent_offsets);
        let at_c = |b: usize| cm.get(&b).copied().unwrap_or(0);
        let at_p = |b: usize| pm.get(&b).copied().unwrap_or(0);
        let passages: Vec<Value> = l
            .passages
            .iter()
            .map(|ps| {
                json!([
                    at_c(ps.child_span.0 as usize),
                    at_c(ps.child_span.1 as usize),
                    at_p(ps.parent_span.0 as usize),
                    at_p(ps.parent_span.1 as usize),
                    matches!(ps.kind, PassageKind::Reworded) as u8,
                ])
            })
            .collect();
        let mut edge = json!({
            "by": l.decided_by,
            "sim": round4(l.similarity),
            "cc": round4(l.containment_child_in_parent),
            "cp": round4(l.containment_parent_in_child),
            "sc": l.shared_chars,
            "dt": l.time_delta_hours.map(round4),
            "conf": round4(l.confidence),
            "ps": passages,
            "att": l.attribution.as_ref().map(|c| credit_json(c, &at_c)),
        });
        if via.is_some() {
            edge["by"] = json!(super::via_decided_by(f.relation[i]));
            edge["via"] = json!(page_index[p]);
            edge["vatt"] = json!(via_credit.map(|c| credit_json(c, &at_p)));
        }
        return edge;
    }
    match (f.parent[i], f.evidence[i]) {
        (Some(Node::Virtual(_)), Some(k)) => {
            let credit = res.sketches[i].credits.get(k);
            let offsets: Vec<usize> = credit
                .and_then(|c| c.span)
                .map(|(s, e)| vec![s, e])
                .unwrap_or_default();
            let cm = utf16_offsets(res, i, &offsets);
            let at = |b: usize| cm.get(&b).copied().unwrap_or(0);
            json!({
                "by": "attribution",
                "conf": f.confidence[i].map(round4),
                "att": credit.map(|c| credit_json(c, &at)),
            })
        }
        _ => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_beyond_the_budget_are_left_out_and_counted() {
        use crate::model::Article;
        use crate::pipeline::{run, Params};
        let base = "The port authority said on Monday that the harbour would reopen after the \
                    storm. Officials inspected the cranes and the quay walls overnight. Ships \
                    waiting offshore were told to expect berths by Wednesday morning.";
        let texts = [
            "Unrelated: the choir sings at the town hall on Sunday evening.".to_string(),
            base.to_string(),
            format!("{base} A spokesman added that the ferry service resumes on Thursday."),
            format!("{base} Fishermen said the damage to the old pier was worse than feared."),
        ];
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: format!("a{i}"),
                text: t.clone(),
                ..Default::default()
            })
            .collect();
        let res = run(
            articles,
            &Params::default(),
            &crate::progress::Progress::hidden(),
        );
        assert!(res.forest.parent.iter().filter(|p| p.is_some()).count() >= 2);
        let data_with = |max: usize, budget: u64| -> Value {
            let mut out = Vec::new();
            write_data(&res, &json!({}), (max, budget), &mut out).unwrap();
            serde_json::from_slice(&out).unwrap()
        };
        // The run's seed, past 2^53, reaches the page's script as text, exact.
        let mut seeded = Vec::new();
        let summary = json!({"parameters": {"seed": 24519002643365889u64, "shingle_size": 5}});
        write_data(
            &res,
            &summary,
            (REPORT_MAX_ARTICLES, REPORT_TEXT_BUDGET),
            &mut seeded,
        )
        .unwrap();
        let seeded: Value = serde_json::from_slice(&seeded).unwrap();
        assert_eq!(seeded["summary"]["parameters"]["seed"], "24519002643365889");
        assert_eq!(seeded["summary"]["parameters"]["shingle_size"], 5);
        let data = |budget: u64| data_with(REPORT_MAX_ARTICLES, budget);
        let all = data(REPORT_TEXT_BUDGET);
        assert_eq!(all["texts"].as_array().unwrap().len(), 3);
        assert_eq!(all["omitted_texts"], 0);
        assert_eq!(all["omitted_articles"], 0);
        // Room for the first linked text only: the others are null and counted.
        let one = data(texts[1].len() as u64 + 10);
        assert_eq!(one["texts"].as_array().unwrap().len(), 1);
        assert_eq!(one["omitted_texts"], 2);
        let index = one["a"]["text"].as_array().unwrap();
        assert_eq!(index.iter().filter(|v| v.is_null()).count(), 3);

        // Room for three articles: the tree of three is shown, the stand-alone one is not, and
        // parents are numbered among the shown articles.
        let three = data_with(3, REPORT_TEXT_BUDGET);
        assert_eq!(three["omitted_articles"], 1);
        let ids: Vec<&str> = three["a"]["id"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(ids, ["a1", "a2", "a3"]);
        for p in three["a"]["par"].as_array().unwrap() {
            assert!(p.is_null() || (0..3).contains(&p.as_i64().unwrap()), "{p}");
        }
        assert_eq!(three["roots"].as_array().unwrap().len(), 1);
        assert_eq!(three["edge"].as_array().unwrap().len(), 3);
    }

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
        // One byte per write: every character split every way.
        let mut out = Vec::new();
        let mut w = ScriptSafe {
            inner: &mut out,
            carry: Vec::new(),
        };
        for b in bytes {
            w.write_all(std::slice::from_ref(b)).unwrap();
        }
        w.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), want);
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
        let m = utf16_offsets_in(t.as_bytes(), &[0, 1, 3, 7, 8, 99]);
        assert_eq!(
            [m[&0], m[&1], m[&3], m[&7], m[&8], m[&99]],
            [0, 1, 2, 4, 5, 5]
        );
        // Inside a character: the units of the characters that start before, as far as a
        // prefix cut there reaches as well.
        assert_eq!(utf16_offsets_in(t.as_bytes(), &[5])[&5], 4);
        assert_eq!(utf16_offsets_in(&t.as_bytes()[..5], &[5])[&5], 4);
    }

    #[test]
    fn utf16_offsets_of_ascii_are_byte_offsets() {
        let m = utf16_offsets_in(b"abc", &[0, 2, 3, 9]);
        assert_eq!([m[&0], m[&2], m[&3], m[&9]], [0, 2, 3, 3]);
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
