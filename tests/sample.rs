//! The sample corpus shipped in input/: what its texts themselves say must hold in the output.

mod common;
use common::*;

#[test]
fn sample_corpus_tree() {
    let out = tempfile::tempdir().unwrap();
    let o = run_quiet(&sample_dir(), out.path(), &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let arts = read_jsonl(&out.path().join("articles.jsonl"));
    assert_eq!(arts.len(), 5, "every input article is listed");
    let a = by_id(&arts);
    // "… Reuters reported on Sept. 19." — the Reuters story is not in the corpus.
    let credited = &a["003_e5bf3133bbcd0f08.txt"];
    assert_eq!(credited["parent"], "external:reuters");
    assert_eq!(credited["relation"], "derivative");
    assert_eq!(credited["published"], "2023-09-20");
    // The November article repeats the Reuters story's spokesperson and "immediate measures"
    // statements in other words: it belongs to the same tree, below the article it shares them
    // with (issue 3).
    let rewrite = &a["000_d98f1c2f7c5f998d.txt"];
    assert_eq!(rewrite["cluster"], "external:reuters");
    assert_eq!(rewrite["parent"], "003_e5bf3133bbcd0f08.txt");
    assert_eq!(rewrite["relation"], "derivative");
    // Independent reports of the same incident share its vocabulary but not its writing.
    for id in ["001_0d373c2e210dd596.txt", "002_f48c54b45e7cceee.txt"] {
        assert_ne!(a[id]["cluster"], "external:reuters", "{id}");
    }
    // The 2024 article about a new incident is not in that tree.
    assert_ne!(a["004_1343713c7a1d265c.txt"]["cluster"], "external:reuters");
    for r in &arts {
        assert_eq!(r["sha256"].as_str().unwrap().len(), 64);
    }

    // The forest names the virtual node and carries the attribution sentence as evidence.
    let forest = read_json(&out.path().join("provenance.json"));
    let trees = forest.as_array().unwrap();
    let reuters = trees
        .iter()
        .find(|t| t["id"] == "external:reuters")
        .expect("a Reuters tree");
    assert_eq!(reuters["virtual"], true);
    let child = reuters["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "003_e5bf3133bbcd0f08.txt")
        .unwrap();
    let evidence = child["evidence"]["attribution"]["evidence"]
        .as_str()
        .unwrap();
    assert!(
        evidence.contains("Reuters reported on Sept. 19"),
        "{evidence}"
    );
    // Every article appears exactly once in the forest.
    let mut ids = Vec::new();
    let mut stack: Vec<&serde_json::Value> = trees.iter().collect();
    while let Some(n) = stack.pop() {
        if n["virtual"] == false {
            ids.push(n["id"].as_str().unwrap().to_string());
        }
        stack.extend(n["children"].as_array().unwrap());
    }
    ids.sort();
    assert_eq!(ids.len(), 5);
    ids.dedup();
    assert_eq!(ids.len(), 5);

    let edges = std::fs::read_to_string(out.path().join("edges.csv")).unwrap();
    assert!(edges.starts_with("parent,child,relation,similarity,containment_child_in_parent,containment_parent_in_child,shared_chars,time_delta_hours,attribution,confidence\n"));
    assert!(edges.contains("external:reuters,003_e5bf3133bbcd0f08.txt,derivative"));

    let summary = read_json(&out.path().join("summary.json"));
    assert_eq!(summary["articles_read"], 5);
    assert_eq!(summary["skipped_total"], 0);
    assert!(summary["seconds"]["total"].as_f64().is_some());
    // The output options are among the parameters, beside the detection settings.
    assert_eq!(summary["parameters"]["shingle_size"], 5);
    assert_eq!(summary["parameters"]["report_articles"], 25_000);
    assert_eq!(summary["parameters"]["parquet"], false);
    // Every stage is timed, the report included, and the total comes last.
    let stages: Vec<&str> = summary["seconds"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        stages,
        [
            "ingest",
            "sketch",
            "exact",
            "candidates",
            "align",
            "tree",
            "write",
            "report",
            "total"
        ]
    );
    assert_eq!(read_jsonl(&out.path().join("cleaned.jsonl")).len(), 5);

    // Spans count characters, as SPEC says: the sample's curly quotes and Cyrillic letters
    // would shift byte offsets. Each passage's child span slices its quoted text out of the
    // article, and each attribution span its evidence sentence.
    let texts: std::collections::HashMap<String, Vec<char>> =
        read_jsonl(&out.path().join("cleaned.jsonl"))
            .iter()
            .map(|r| {
                let id = r["id"].as_str().unwrap().to_string();
                (id, r["text"].as_str().unwrap().chars().collect())
            })
            .collect();
    let slice = |id: &str, span: &serde_json::Value| -> String {
        let (s, e) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
        texts[id][s as usize..e as usize].iter().collect()
    };
    let mut stack: Vec<&serde_json::Value> = trees.iter().collect();
    let (mut passages, mut credits) = (0, 0);
    while let Some(n) = stack.pop() {
        let id = n["id"].as_str().unwrap();
        let ev = &n["evidence"];
        if let Some(c) = ev["attribution"].as_object() {
            assert_eq!(slice(id, &c["span"]), c["evidence"].as_str().unwrap());
            credits += 1;
        }
        for p in ev["shared_passages"].as_array().into_iter().flatten() {
            assert_eq!(slice(id, &p["child_span"]), p["text"].as_str().unwrap());
            passages += 1;
        }
        stack.extend(n["children"].as_array().unwrap());
    }
    assert!(
        passages >= 2 && credits >= 1,
        "{passages} passages, {credits} credits"
    );

    // The README shows this tree; its spans must be the ones a run writes.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let pair = |v: &serde_json::Value| format!("[{}, {}]", v[0], v[1]);
    let credit = &child["evidence"]["attribution"]["span"];
    assert!(
        readme.contains(&format!("\"span\": {}", pair(credit))),
        "README: span {credit}"
    );
    let rewrite_node = &child["children"][0];
    assert_eq!(rewrite_node["id"], "000_d98f1c2f7c5f998d.txt");
    let first = &rewrite_node["evidence"]["shared_passages"][0]["child_span"];
    assert!(
        readme.contains(&format!("\"child_span\": {}", pair(first))),
        "README: child_span {first}"
    );
}

#[test]
fn default_run_reads_input_and_writes_output() {
    // `wiretrace` with no arguments is `wiretrace run input --out output`, relative to the
    // working directory.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("input");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(sample_dir()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    let o = bin().current_dir(dir.path()).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        read_jsonl(&dir.path().join("output/articles.jsonl")).len(),
        5
    );
}

/// An input article whose id is `external:reuters` keeps it; the virtual node for the absent
/// Reuters story takes another suffix, so that no parent or cluster id names two nodes.
#[test]
fn a_virtual_node_never_takes_an_article_id() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for e in std::fs::read_dir(sample_dir()).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), input.join(e.file_name())).unwrap();
    }
    let row = serde_json::json!({"id": "external:reuters", "source": "Gardening Weekly",
        "text": "Tomatoes need a sheltered, sunny spot and regular watering through the summer."});
    write_jsonl(&input.join("z.jsonl"), &[row]);
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let a = by_id(&read_jsonl(&out.join("articles.jsonl")));
    assert_eq!(a["external:reuters"]["parent"], serde_json::Value::Null);
    let virtual_id = a["003_e5bf3133bbcd0f08.txt"]["parent"].as_str().unwrap();
    assert!(virtual_id.starts_with("external:reuters/"), "{virtual_id}");
    let forest = read_json(&out.join("provenance.json"));
    let roots: Vec<&str> = forest
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    let distinct: std::collections::HashSet<&&str> = roots.iter().collect();
    assert_eq!(distinct.len(), roots.len(), "{roots:?}");
    assert!(roots.contains(&virtual_id) && roots.contains(&"external:reuters"));
}
