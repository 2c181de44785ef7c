//! Scoring predictions against ground truth: parent links (precision, recall, F1), same-cluster
//! pairs (precision, recall, F1, adjusted Rand index) and parent accuracy. Pair counts come from
//! the contingency table, so scoring a million articles is linear.

use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

/// The fields of an article that eval reads.
#[derive(Debug, Clone, Default)]
pub struct Label {
    pub cluster: Option<String>,
    pub parent: Option<String>,
    pub relation: Option<String>,
    /// The record has a `cluster` or a `parent` key (null or not): it says where the article
    /// goes. A corpus file passed as predictions by mistake has neither.
    pub placed: bool,
}

/// Reads `{"id", "cluster", "parent", "relation"}` lines (extra fields ignored). A file that
/// would score wrongly without a sign (an id twice, a parent that is a number or a list) is an
/// error naming the line, not a quietly different figure.
pub fn read_labels(path: &Path) -> Result<HashMap<String, Label>> {
    if path.is_dir() {
        anyhow::bail!("{}: is a directory, not a JSONL file", path.display());
    }
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = HashMap::new();
    let mut line_of: HashMap<String, usize> = HashMap::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let at = || format!("{}:{}", path.display(), n + 1);
        let line = line.with_context(|| format!("{}: cannot read", at()))?;
        let line = line.strip_prefix('\u{feff}').unwrap_or(&line);
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{}: malformed JSON (one object per line expected)", at()))?;
        if !v.is_object() {
            anyhow::bail!("{}: not a JSON object (one object per line expected)", at());
        }
        let id = match v.get("id") {
            Some(serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => anyhow::bail!("{}: record has no id", at()),
        };
        let field = |k: &str| -> Result<Option<String>> {
            match v.get(k) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
                Some(serde_json::Value::Number(n)) => Ok(Some(n.to_string())),
                Some(other) => {
                    anyhow::bail!(
                        "{}: {k:?} must be a string, a number or null, not {other}",
                        at()
                    )
                }
            }
        };
        let label = Label {
            cluster: field("cluster")?,
            parent: field("parent")?,
            relation: field("relation")?,
            placed: v.get("cluster").is_some() || v.get("parent").is_some(),
        };
        if let Some(first) = line_of.insert(id.clone(), n + 1) {
            anyhow::bail!("{}: id {id:?} again (first on line {first})", at());
        }
        out.insert(id, label);
    }
    Ok(out)
}

/// What in a truth file is legal but probably a mistake: parents that name no article of the
/// file and no virtual node, relations outside SPEC's five, and articles without a prediction.
/// One line each, with a count and the first case, for stderr.
pub fn doubts(truth: &HashMap<String, Label>, pred: &HashMap<String, Label>) -> Vec<String> {
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let mut out = Vec::new();
    let mut report = |what: &str, hits: Vec<String>| {
        if let Some(first) = hits.first() {
            out.push(format!("{} {what} (first: {first})", hits.len()));
        }
    };
    report(
        "truth articles have a parent that is no article of the truth file and no external: node",
        ids.iter()
            .filter_map(|id| {
                let p = truth[*id].parent.as_deref()?;
                (!p.starts_with("external:") && !truth.contains_key(p))
                    .then(|| format!("{id} -> {p}"))
            })
            .collect(),
    );
    report(
        "truth articles have a relation outside original, exact_duplicate, near_duplicate, derivative, unrelated",
        ids.iter()
            .filter_map(|id| {
                let r = truth[*id].relation.as_deref()?;
                crate::model::Relation::parse(r).is_none().then(|| format!("{id}: {r}"))
            })
            .collect(),
    );
    report(
        "truth articles have no prediction (scored as unlinked)",
        ids.iter()
            .filter(|id| !pred.contains_key(id.as_str()))
            .map(|id| id.to_string())
            .collect(),
    );
    // The same mistake the other way round: a corpus as the truth scores every prediction
    // against "no link anywhere".
    if !truth.values().any(|l| l.placed || l.relation.is_some()) {
        out.push(format!(
            "no truth article has a parent, cluster or relation field (first: {}): is --truth a truth file?",
            ids.first().map_or("", |k| k.as_str())
        ));
    }
    if !pred.is_empty() && !pred.values().any(|l| l.placed) {
        out.push(format!(
            "no prediction has a parent or a cluster field (first: {}): is --pred a run's articles.jsonl?",
            pred.keys().min().map_or("", |k| k.as_str())
        ));
    }
    out
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Metrics {
    pub articles: usize,
    pub missing_predictions: usize,
    pub true_links: usize,
    pub predicted_links: usize,
    pub correct_links: usize,
    pub link_precision: f64,
    pub link_recall: f64,
    pub link_f1: f64,
    pub pair_precision: f64,
    pub pair_recall: f64,
    pub pair_f1: f64,
    pub ari: f64,
    pub parent_accuracy: f64,
    pub relation_accuracy: f64,
}

/// Virtual parents match on the outlet: `external:reuters/3` counts as `external:reuters`.
fn norm_parent(p: &str) -> &str {
    if p.starts_with("external:") {
        p.split('/').next().unwrap_or(p)
    } else {
        p
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(num: f64, den: f64, empty: f64) -> f64 {
    if den == 0.0 {
        empty
    } else {
        num / den
    }
}

fn pairs(n: u64) -> f64 {
    (n * n.saturating_sub(1) / 2) as f64
}

/// The cluster of each article of `labels`: its `cluster` field, or else that of the nearest
/// ancestor (by `parent`) that has one, or else the root of its chain of parents (a parent not in
/// the file, such as a virtual node, is a root). SPEC makes `cluster` the root's id, so a file
/// that leaves it out is scored as if it were there.
fn clusters(labels: &HashMap<String, Label>) -> HashMap<&str, &str> {
    let mut out: HashMap<&str, &str> = HashMap::with_capacity(labels.len());
    let mut path: Vec<&str> = Vec::new();
    let mut on_path: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut ids: Vec<&String> = labels.keys().collect();
    ids.sort();
    for id in ids {
        let mut at: &str = id;
        // Emptied by the walk's own members: clearing the set costs its capacity, which one
        // long chain of parents leaves as large as the chain for every later walk.
        for x in path.drain(..) {
            on_path.remove(x);
        }
        // Linear: a walk stops at an article an earlier walk placed.
        let found = loop {
            if let Some(&c) = out.get(at) {
                break c;
            }
            let Some(l) = labels.get(at) else {
                break at; // a parent outside the file
            };
            if let Some(c) = l.cluster.as_deref() {
                break c;
            }
            path.push(at);
            on_path.insert(at);
            match l.parent.as_deref() {
                None => break at,
                // A cycle of parents (an article its own parent included): the article that
                // closes it stands for it.
                Some(p) if on_path.contains(p) => break p,
                Some(p) => at = p,
            }
        };
        for &x in &path {
            out.insert(x, found);
        }
        out.entry(id).or_insert(found);
    }
    out
}

/// Scores `pred` against `truth` over the articles of `truth`; an article missing from `pred`
/// counts as unlinked and alone in its cluster.
pub fn evaluate(truth: &HashMap<String, Label>, pred: &HashMap<String, Label>) -> Metrics {
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let (true_cluster, pred_cluster) = (clusters(truth), clusters(pred));
    let missing = Label::default();
    let (mut true_links, mut pred_links, mut correct, mut rel_ok, mut rel_known) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    // Predicted clusters are keyed `(true, id)` for an article without a prediction, so that
    // its cluster cannot be one a prediction names (often its own id, under which its
    // predicted children are).
    let mut contingency: HashMap<(&str, (bool, &str)), u64> = HashMap::new();
    let mut true_sizes: HashMap<&str, u64> = HashMap::new();
    let mut pred_sizes: HashMap<(bool, &str), u64> = HashMap::new();
    let mut missing_predictions = 0;
    for id in &ids {
        let t = &truth[*id];
        let p = pred.get(*id).unwrap_or_else(|| {
            missing_predictions += 1;
            &missing
        });
        let tp = t.parent.as_deref().map(norm_parent);
        let pp = p.parent.as_deref().map(norm_parent);
        true_links += tp.is_some() as usize;
        pred_links += pp.is_some() as usize;
        if tp.is_some() && tp == pp {
            correct += 1;
        }
        if t.relation.is_some() {
            rel_known += 1;
            rel_ok += (t.relation == p.relation) as usize;
        }
        let tc = true_cluster[id.as_str()];
        let pc = match pred_cluster.get(id.as_str()) {
            Some(&c) => (false, c),
            None => (true, id.as_str()),
        };
        *contingency.entry((tc, pc)).or_default() += 1;
        *true_sizes.entry(tc).or_default() += 1;
        *pred_sizes.entry(pc).or_default() += 1;
    }
    let link_precision = ratio(correct as f64, pred_links as f64, 1.0);
    let link_recall = ratio(correct as f64, true_links as f64, 1.0);
    let same_both: f64 = contingency.values().map(|&n| pairs(n)).sum();
    let same_true: f64 = true_sizes.values().map(|&n| pairs(n)).sum();
    let same_pred: f64 = pred_sizes.values().map(|&n| pairs(n)).sum();
    let pair_precision = ratio(same_both, same_pred, 1.0);
    let pair_recall = ratio(same_both, same_true, 1.0);
    let total = pairs(ids.len() as u64);
    let expected = if total > 0.0 {
        same_true * same_pred / total
    } else {
        0.0
    };
    let max_index = 0.5 * (same_true + same_pred);
    let ari = if (max_index - expected).abs() < 1e-12 {
        1.0
    } else {
        (same_both - expected) / (max_index - expected)
    };
    Metrics {
        articles: ids.len(),
        missing_predictions,
        true_links,
        predicted_links: pred_links,
        correct_links: correct,
        link_precision,
        link_recall,
        link_f1: f1(link_precision, link_recall),
        pair_precision,
        pair_recall,
        pair_f1: f1(pair_precision, pair_recall),
        ari,
        parent_accuracy: ratio(correct as f64, true_links as f64, 1.0),
        relation_accuracy: ratio(rel_ok as f64, rel_known as f64, 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(rows: &[(&str, &str, Option<&str>)]) -> HashMap<String, Label> {
        rows.iter()
            .map(|(id, c, p)| {
                (
                    id.to_string(),
                    Label {
                        cluster: Some(c.to_string()),
                        parent: p.map(str::to_string),
                        relation: None,
                        placed: true,
                    },
                )
            })
            .collect()
    }

    #[test]
    fn perfect_and_partial() {
        let truth = labels(&[
            ("a", "a", None),
            ("b", "a", Some("a")),
            ("c", "x", Some("external:reuters")),
            ("d", "d", None),
        ]);
        let m = evaluate(&truth, &truth);
        assert_eq!((m.link_f1, m.pair_f1, m.ari), (1.0, 1.0, 1.0));
        // virtual suffixes are ignored; one wrong link, one missing article.
        let pred = labels(&[
            ("a", "a", None),
            ("b", "d", Some("d")),
            ("c", "external:reuters/2", Some("external:reuters/2")),
        ]);
        let m = evaluate(&truth, &pred);
        assert_eq!(m.true_links, 2);
        assert_eq!(m.predicted_links, 2);
        assert_eq!(m.correct_links, 1);
        assert_eq!(m.link_precision, 0.5);
        assert_eq!(m.missing_predictions, 1);
        // No two articles are predicted together (d, without a prediction, is alone, not in
        // the cluster "d" that b names), and the true pair a, b is missed.
        assert_eq!((m.pair_precision, m.pair_recall), (1.0, 0.0));
        assert!(m.ari < 0.5);
    }

    fn read(text: &str) -> Result<HashMap<String, Label>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("truth.jsonl");
        std::fs::write(&path, text).unwrap();
        read_labels(&path)
    }

    #[test]
    fn truth_files_that_would_score_wrongly_are_refused() {
        let ok = read("\u{feff}{\"id\": \"a\", \"cluster\": \"a\", \"parent\": null}\n\n{\"id\": 7, \"parent\": \"a\"}\n")
            .unwrap();
        assert_eq!(ok.len(), 2);
        assert_eq!(ok["7"].parent.as_deref(), Some("a"));
        for (text, says) in [
            (
                "{\"id\": \"a\"}\n{\"id\": \"a\"}\n",
                ":2: id \"a\" again (first on line 1)",
            ),
            (
                "{\"id\": \"a\", \"parent\": [\"b\"]}\n",
                ":1: \"parent\" must be a string, a number or null",
            ),
            ("{\"parent\": \"b\"}\n", ":1: record has no id"),
            ("{\"id\": \"a\"\n", ":1: malformed JSON"),
            ("[{\"id\": \"a\"}]\n", ":1: not a JSON object"),
        ] {
            let e = format!("{:#}", read(text).unwrap_err());
            assert!(e.contains(says), "{e:?} lacks {says:?}");
        }
    }

    /// SPEC makes `cluster` the root's id; a file without it is scored from its parents, and
    /// an article missing from the predictions is alone, even when its predicted children carry
    /// its id as their cluster.
    #[test]
    fn clusters_come_from_parents_when_left_out_and_a_missing_article_is_alone() {
        let truth = read(
            "{\"id\":\"a\",\"parent\":null}\n{\"id\":\"b\",\"parent\":\"a\"}\n{\"id\":\"c\",\"parent\":\"b\"}\n\
             {\"id\":\"d\",\"parent\":\"external:ap/2\"}\n{\"id\":\"e\",\"parent\":\"external:ap/2\"}\n{\"id\":\"f\"}\n",
        )
        .unwrap();
        let full = labels(&[
            ("a", "a", None),
            ("b", "a", Some("a")),
            ("c", "a", Some("b")),
            ("d", "external:ap/2", Some("external:ap/2")),
            ("e", "external:ap/2", Some("external:ap/2")),
            ("f", "f", None),
        ]);
        let m = evaluate(&truth, &full);
        assert_eq!((m.pair_f1, m.ari, m.link_f1), (1.0, 1.0, 1.0), "{m:?}");
        assert_eq!(evaluate(&full, &truth), m);
        // A cycle of parents is one cluster, and scoring ends; an article that is its own
        // parent is a root, and its children are in its cluster.
        let cyc = read(
            "{\"id\":\"x\",\"parent\":\"y\"}\n{\"id\":\"y\",\"parent\":\"x\"}\n\
             {\"id\":\"z\",\"parent\":\"z\"}\n{\"id\":\"w\",\"parent\":\"z\"}\n",
        )
        .unwrap();
        let c = clusters(&cyc);
        assert_eq!(c["x"], c["y"]);
        assert_eq!((c["z"], c["w"]), ("z", "z"));
        // `a` has no prediction: its children's cluster "a" is not its own.
        let mut pred = full.clone();
        pred.remove("a");
        let m = evaluate(&full, &pred);
        assert_eq!(m.missing_predictions, 1);
        assert!(m.pair_recall < 1.0 && m.ari < 1.0, "{m:?}");
        assert_eq!(m.pair_precision, 1.0);
    }

    #[test]
    fn relation_accuracy_counts_the_articles_whose_relation_is_known() {
        let mut truth = labels(&[("a", "a", None), ("b", "a", Some("a"))]);
        truth.get_mut("b").unwrap().relation = Some("derivative".into());
        let mut pred = truth.clone();
        pred.get_mut("a").unwrap().relation = Some("original".into());
        assert_eq!(evaluate(&truth, &pred).relation_accuracy, 1.0);
    }

    #[test]
    fn a_corpus_given_as_predictions_is_pointed_out() {
        let truth = labels(&[("a", "a", None)]);
        let corpus = read("{\"id\":\"a\",\"text\":\"x\"}\n").unwrap();
        let d = doubts(&truth, &corpus);
        assert!(
            d.iter()
                .any(|l| l.contains("is --pred a run's articles.jsonl")),
            "{d:?}"
        );
        assert!(!doubts(&truth, &truth).iter().any(|l| l.contains("--pred")));
        // And a corpus given as the truth.
        let d = doubts(&corpus, &truth);
        assert!(
            d.iter().any(|l| l.contains("is --truth a truth file")),
            "{d:?}"
        );
        assert!(!doubts(&truth, &truth).iter().any(|l| l.contains("--truth")));
    }

    #[test]
    fn doubtful_truth_is_pointed_out() {
        let mut truth = labels(&[
            ("a", "a", None),
            ("b", "a", Some("zz")),
            ("c", "a", Some("external:ap")),
        ]);
        truth.get_mut("a").unwrap().relation = Some("copy".into());
        let pred = labels(&[("a", "a", None), ("b", "a", None)]);
        let d = doubts(&truth, &pred);
        assert_eq!(d.len(), 3, "{d:?}");
        assert!(
            d[0].starts_with("1 truth articles have a parent")
                && d[0].ends_with("(first: b -> zz)")
        );
        assert!(d[1].ends_with("(first: a: copy)"));
        assert!(d[2].ends_with("(first: c)"));
        assert!(doubts(&truth, &truth).len() == 2);
    }

    #[test]
    fn ari_of_known_partition() {
        // truth {a,b,c},{d,e}; pred {a,b},{c,d,e}: known ARI = 1/6
        let truth = labels(&[
            ("a", "1", None),
            ("b", "1", None),
            ("c", "1", None),
            ("d", "2", None),
            ("e", "2", None),
        ]);
        let pred = labels(&[
            ("a", "x", None),
            ("b", "x", None),
            ("c", "y", None),
            ("d", "y", None),
            ("e", "y", None),
        ]);
        let m = evaluate(&truth, &pred);
        assert!((m.ari - 1.0 / 6.0).abs() < 1e-9, "{}", m.ari);
    }
}
