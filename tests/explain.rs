//! `wiretrace explain A B` on the sample corpus and on an HTML page: it runs, names both
//! articles and prints the decision.

mod common;
use common::*;

#[test]
fn explain_two_articles() {
    let out = explain(
        "003_e5bf3133bbcd0f08.txt",
        "000_d98f1c2f7c5f998d.txt",
        &sample_dir(),
    );
    assert!(out.contains("003_e5bf3133bbcd0f08.txt"), "{out}");
    assert!(out.contains("000_d98f1c2f7c5f998d.txt"), "{out}");

    // Articles from HTML are explained like any other.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(sample_dir().join("003_e5bf3133bbcd0f08.txt")).unwrap();
    let paras: String = text
        .split("\n\n")
        .skip(1)
        .map(|p| format!("<p>{p}</p>"))
        .collect();
    std::fs::write(
        dir.path().join("copy.html"),
        format!("<html><body><nav>Home</nav><article>{paras}</article></body></html>"),
    )
    .unwrap();
    std::fs::copy(
        sample_dir().join("003_e5bf3133bbcd0f08.txt"),
        dir.path().join("003.txt"),
    )
    .unwrap();
    let out = explain("copy.html", "003.txt", dir.path());
    assert!(out.to_lowercase().contains("duplicate"), "{out}");

    let missing = run(&[
        "explain",
        "nope",
        "003.txt",
        "--input",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(missing.status.code(), Some(1));
}

/// Inputs are given as to `run`: positional paths, also several; `--input` still works and adds
/// to them. The help lists only what `explain` uses.
#[test]
fn explain_reads_positional_inputs_and_offers_only_its_own_options() {
    let dir = tempfile::tempdir().unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for (d, name) in [(&one, "003.txt"), (&two, "000.txt")] {
        std::fs::create_dir(d).unwrap();
        let from = if name == "003.txt" {
            "003_e5bf3133bbcd0f08.txt"
        } else {
            "000_d98f1c2f7c5f998d.txt"
        };
        std::fs::copy(sample_dir().join(from), d.join(name)).unwrap();
    }
    let (one_s, two_s) = (one.to_str().unwrap(), two.to_str().unwrap());
    // Run from an empty directory, so that a fallback to `input/` would find nothing.
    let positional = common::bin()
        .current_dir(dir.path())
        .args(["explain", "003.txt", "000.txt", one_s, two_s])
        .output()
        .unwrap();
    assert!(
        positional.status.success(),
        "{}",
        String::from_utf8_lossy(&positional.stderr)
    );
    let text = String::from_utf8_lossy(&positional.stdout);
    assert!(
        text.contains("A = 003.txt") && text.contains("B = 000.txt"),
        "{text}"
    );
    let mixed = common::bin()
        .current_dir(dir.path())
        .args(["explain", "003.txt", "000.txt", one_s, "--input", two_s])
        .output()
        .unwrap();
    assert!(
        mixed.status.success(),
        "{}",
        String::from_utf8_lossy(&mixed.stderr)
    );
    assert_eq!(mixed.stdout, positional.stdout);

    let help = String::from_utf8_lossy(&run(&["explain", "--help"]).stdout).into_owned();
    assert!(
        help.contains("--derive-threshold") && help.contains("[INPUTS]"),
        "{help}"
    );
    for unused in [
        "--out",
        "--parquet",
        "--threads",
        "--report-articles",
        "--quiet",
    ] {
        assert!(
            !help.contains(unused),
            "explain does not use {unused}: {help}"
        );
    }
}

/// A missing id is named, alone when the other is found, with ids that contain it as a hint.
/// A pair the confidence bar alone keeps apart: `explain` says so, with the confidence the
/// link would have had.
#[test]
fn explain_says_when_only_the_confidence_bar_stops_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(sample_dir().join("003_e5bf3133bbcd0f08.txt")).unwrap();
    std::fs::write(dir.path().join("a.txt"), &text).unwrap();
    // The same story with its last sentence left out: a near copy, not an exact one.
    let cut = text.trim_end().rfind(". ").expect("sentences");
    std::fs::write(dir.path().join("b.txt"), &text[..cut + 1]).unwrap();
    let linked = explain("a.txt", "b.txt", dir.path());
    assert!(!linked.contains("not linked"), "{linked}");
    let out = run(&[
        "explain",
        "--min-confidence",
        "1",
        "a.txt",
        "b.txt",
        dir.path().to_str().unwrap(),
    ]);
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("not linked"), "{out}");
    assert!(out.contains("under --min-confidence 1"), "{out}");
}

#[test]
fn explain_names_the_missing_article() {
    let sample = sample_dir();
    let sample = sample.to_str().unwrap();
    let o = run(&["explain", "003_e5bf3133bbcd0f08.txt", "000", sample]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(r#"no article with id "000" in"#), "{err}");
    assert!(!err.contains(r#""003_e5bf3133bbcd0f08.txt" or"#), "{err}");
    assert!(
        err.contains(r#"did you mean "000_d98f1c2f7c5f998d.txt"?"#),
        "{err}"
    );
}

/// A reader that stops early (`explain ... | head`, here a pipe closed before anything is
/// written) ends the command quietly with success, not with a panic.
#[test]
fn explain_and_eval_end_quietly_when_stdout_is_closed() {
    use std::process::Stdio;
    let sample = sample_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    assert!(run_quiet(&sample, &out, &[]).status.success());
    let truth = dir.path().join("truth.jsonl");
    std::fs::write(
        &truth,
        "{\"id\":\"000_d98f1c2f7c5f998d.txt\",\"cluster\":\"c\",\"parent\":null,\"relation\":\"original\"}\n",
    )
    .unwrap();
    let pred = out.join("articles.jsonl");
    let commands: [Vec<&str>; 2] = [
        vec![
            "explain",
            "003_e5bf3133bbcd0f08.txt",
            "000_d98f1c2f7c5f998d.txt",
            sample.to_str().unwrap(),
        ],
        vec![
            "eval",
            "--truth",
            truth.to_str().unwrap(),
            "--pred",
            pred.to_str().unwrap(),
        ],
    ];
    for args in commands {
        let mut child = common::bin()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{args:?}: {:?} {err}", o.status);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// An agency story dated after a paper's that shares half of it: `explain` says why the pair is
/// not linked rather than a bare "not linked".
#[test]
fn explain_says_why_a_later_agency_story_is_not_linked() {
    let dir = tempfile::tempdir().unwrap();
    let shared = FIRE;
    let paper = format!("{shared} Freight markets reacted quickly to the news from the Netherlands, brokers in Hamburg and Antwerp said, as forwarders scrambled to book space on rival services. Insurers are likely to scrutinise the stowage of the battery shipments, an underwriter at a London marine syndicate said.");
    let agency = format!("{shared} The terminal operator expects to reopen the first berth by Thursday, while inspectors from the Dutch Safety Board will decide when the second can resume work after examining the damaged cranes. Shipping analysts warned that the closure could ripple through European supply chains already strained by low water on the Rhine.");
    let rows = [
        serde_json::json!({"id": "paper", "source": "daily.example", "published": "2024-03-05", "text": paper}),
        serde_json::json!({"id": "agency", "source": "Reuters", "published": "2024-03-09", "text": agency}),
    ];
    let out = explain_rows(dir.path(), &rows, "paper", "agency");
    assert!(
        out.contains("not linked: the wire agency's story is dated after"),
        "{out}"
    );
}

/// One outlet's story and its next day's, keeping most of it: `explain` says that an outlet's
/// two stories link only as copies or as an update hours apart; hours apart, they link.
#[test]
fn explain_says_why_an_outlets_two_stories_are_not_linked() {
    let dir = tempfile::tempdir().unwrap();
    let first = FIRE;
    let later = format!("Prosecutors in Rotterdam opened an investigation on Tuesday into the fire, after the port authority said the blaze had started in a container of lithium batteries declared as spare parts. A spokesman for the public prosecutor said investigators would question the shipper and the freight forwarder, and that the container had been sealed for examination by forensic specialists from the national police. {FIRE} Shipping analysts warned that the closure could ripple through European supply chains already strained by low water on the Rhine.");
    let rows = |at: &str| {
        [
            serde_json::json!({"id": "first", "source": "Reuters", "published": "2024-03-05T09:00:00Z", "text": first}),
            serde_json::json!({"id": "later", "source": "Reuters", "published": at, "text": later}),
        ]
    };
    let out = explain_rows(dir.path(), &rows("2024-03-06T15:00:00Z"), "first", "later");
    assert!(
        out.contains("not linked: two stories of one outlet (reuters) are linked only as near copies, or as an update"),
        "{out}"
    );
    let out = explain_rows(dir.path(), &rows("2024-03-05T15:00:00Z"), "first", "later");
    assert!(out.contains("later is a derivative of first"), "{out}");
}

/// Articles without a published date but with a dated URL: `explain` shows the URL's date as
/// such, and that it decided the direction.
#[test]
fn explain_shows_a_date_read_from_the_url() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(sample_dir().join("003_e5bf3133bbcd0f08.txt")).unwrap();
    let body: String = text.split("\n\n").skip(1).collect::<Vec<_>>().join("\n\n");
    let rows = [
        serde_json::json!({"id": "later", "url": "https://a.example/2023/09/21/icc", "text": body}),
        serde_json::json!({"id": "earlier", "url": "https://b.example/news/icc-hack-2023-09-20", "text": body}),
    ];
    let out = explain_rows(dir.path(), &rows, "later", "earlier");
    assert!(out.contains("2023-09-21 from its URL"), "{out}");
    assert!(out.contains("2023-09-20 from its URL"), "{out}");
    assert!(
        out.contains("later is an exact_duplicate of earlier (direction by UrlDate)"),
        "{out}"
    );
}

/// Two rewrites that each credit Reuters: `explain` says where the forest puts the later one,
/// beside the other under `external:reuters` when it wrote its credit itself, under it when it
/// took the credit along with the text.
#[test]
fn explain_says_when_two_rewrites_crediting_one_outlet_are_siblings() {
    let dir = tempfile::tempdir().unwrap();
    let story = format!("{FIRE} Nobody was injured, but two crew members were treated for smoke inhalation at a hospital in Spijkenisse and released in the afternoon, the spokeswoman said.");
    let lead = "Reuters reported on Tuesday that a fire on a container ship had closed two berths at the Maasvlakte terminal in Rotterdam.";
    let first = format!("Freight markets reacted quickly to the news from the Netherlands. According to Reuters, {story} Insurers are likely to scrutinise the stowage of the battery shipments, an underwriter at a London marine syndicate said, noting a string of fires on car carriers over the past two years. Several carriers told customers to expect delays of up to a week for cargo bound for Germany and Switzerland.");
    let second = format!("{lead} {story} Spot rates for containers leaving northern Europe rose by almost four percent within hours. Brokers in Hamburg and Antwerp said forwarders scrambled to book space on rival services calling at Bremerhaven, and some began rerouting feeder vessels to smaller ports along the Belgian coast.");
    let blog = format!("Another week, another supply chain scare. {lead} Spot rates for containers leaving northern Europe rose by almost four percent within hours. We will keep you posted here.");
    let rows = [
        serde_json::json!({"id": "first", "source": "freightwatch", "published": "2024-03-05T12:00:00Z", "text": first}),
        serde_json::json!({"id": "second", "source": "portnews", "published": "2024-03-05T15:00:00Z", "text": second}),
        serde_json::json!({"id": "blog", "source": "blogspot", "published": "2024-03-06T08:00:00Z", "text": blog}),
    ];
    let input = dir.path().join("corpus.jsonl");
    write_jsonl(&input, &rows);
    let out = explain("first", "second", &input);
    assert!(
        out.contains("both credit reuters: it credits it in its own words")
            && out.contains("second stands beside first under external:reuters"),
        "{out}"
    );
    let out = explain("second", "blog", &input);
    assert!(
        out.contains("its credit is in the text it shares with the other")
            && out.contains("blog stays under second"),
        "{out}"
    );
}

/// Two papers running one AP story, the earlier cut to its first paragraphs: `explain` says the
/// cut is the copy, whatever the dates, and that AP's byline both print is no credit one took
/// from the other, so a run puts them side by side under AP's node.
#[test]
fn explain_says_a_cut_of_an_agency_story_stands_beside_the_whole() {
    let dir = tempfile::tempdir().unwrap();
    let byline = "By JANE DOE Associated Press";
    let more = "Shipping analysts warned that the closure could ripple through European supply chains already strained by low water on the Rhine, which has forced barges to sail with half loads since August. The terminal operator expects to reopen the first berth by Thursday, while inspectors from the Dutch Safety Board will decide when the second can resume work after examining the damaged cranes. Nobody was injured, but two crew members were treated for smoke inhalation at a hospital in Spijkenisse and released in the afternoon, the spokeswoman said. Spot rates for containers leaving northern Europe rose by almost four percent within hours, brokers in Hamburg and Antwerp said.";
    let rows = [
        serde_json::json!({"id": "cut", "source": "harbour post", "published": "2024-03-05T10:00:00Z", "text": format!("{byline}\n\n{FIRE}")}),
        serde_json::json!({"id": "whole", "source": "portnews", "published": "2024-03-05T11:00:00Z", "text": format!("{byline}\n\n{FIRE} {more}")}),
    ];
    let out = explain_rows(dir.path(), &rows, "cut", "whole");
    assert!(
        out.contains("cut is a near_duplicate of whole (direction by Asymmetry)"),
        "{out}"
    );
    assert!(
        out.contains("both credit ap: its credit is the agency's own line")
            && out.contains("cut stands beside whole under external:ap"),
        "{out}"
    );
}

/// Two sentences of a harbour-fire story that the tests' articles share.
const FIRE: &str = "Firefighters from three municipalities fought the blaze for more than nine hours before bringing it under control early on Tuesday morning, a spokeswoman for the regional safety board told reporters at the quay. The ship, the Liberian-flagged Nordic Harmony, was carrying lithium batteries, frozen fish and textile machinery from Singapore, according to cargo manifests seen by the harbour master.";

/// Writes `rows` as a corpus in `dir` and explains the pair `a`, `b` in it.
fn explain_rows(dir: &std::path::Path, rows: &[serde_json::Value], a: &str, b: &str) -> String {
    let input = dir.join("corpus.jsonl");
    write_jsonl(&input, rows);
    explain(a, b, &input)
}

/// Byte-identical texts are exact copies for `explain` as for `run`; passage offsets are
/// characters, as in provenance.json.
#[test]
fn explain_calls_identical_texts_exact_copies_and_counts_characters() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("“Ünïcode” first. {FIRE}");
    let rows = [
        serde_json::json!({"id": "first", "source": "a.example", "published": "2024-03-05", "text": text}),
        serde_json::json!({"id": "copy", "source": "b.example", "published": "2024-03-06", "text": text}),
    ];
    let out = explain_rows(dir.path(), &rows, "copy", "first");
    assert!(
        out.contains("decision: copy is an exact_duplicate of first"),
        "{out}"
    );
    let run_out = dir.path().join("out");
    assert!(run_quiet(&dir.path().join("corpus.jsonl"), &run_out, &[])
        .status
        .success());
    let arts = read_jsonl(&run_out.join("articles.jsonl"));
    assert_eq!(arts[1]["relation"], "exact_duplicate");
    // The whole text is the passage, quotes and full stop included, in characters (the opening
    // quote is one character but three bytes), as provenance.json has it.
    let chars = text.chars().count();
    let expected = format!("[Verbatim 1.00] A 0..{chars} | B 0..{chars}\n");
    assert!(out.contains(&expected), "{expected}: {out}");
    assert_eq!(
        out.matches("[Verbatim").count() + out.matches("[Reworded").count(),
        1,
        "{out}"
    );
    let prov = std::fs::read_to_string(run_out.join("provenance.json")).unwrap();
    let spans = format!("\"child_span\":[0,{chars}],\"parent_span\":[0,{chars}]");
    assert!(prov.contains(&spans), "{spans}: {prov}");
}

/// Texts without a single word give the measures nothing, but `run` links two with the same
/// characters as exact copies; `explain` says the same, in the same direction, and prints no
/// negative zero among its shares.
#[test]
fn explain_calls_identical_wordless_texts_exact_copies() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        serde_json::json!({"id": "later", "published": "2024-03-06", "text": "!!! ??? ..."}),
        serde_json::json!({"id": "earlier", "published": "2024-03-05", "text": "!!! ??? ..."}),
        serde_json::json!({"id": "other", "published": "2024-03-05", "text": "??? !!!"}),
    ];
    let out = explain_rows(dir.path(), &rows, "earlier", "later");
    let same = run(&[
        "explain",
        "later",
        "later",
        dir.path().join("corpus.jsonl").to_str().unwrap(),
    ]);
    assert_eq!(same.status.code(), Some(2));
    assert!(
        out.contains("decision: later is an exact_duplicate of earlier (direction by Date)"),
        "{out}"
    );
    assert!(!out.contains("-0.0"), "{out}");
    // Undated, ties go to input order, as in `run`, whichever id is named first.
    let undated = dir.path().join("undated");
    std::fs::create_dir(&undated).unwrap();
    let rows = [
        serde_json::json!({"id": "one", "text": format!("Words this time. {FIRE}")}),
        serde_json::json!({"id": "two", "text": format!("Words this time. {FIRE}")}),
        serde_json::json!({"id": "three", "text": "!!! ???"}),
        serde_json::json!({"id": "four", "text": "!!! ???"}),
    ];
    for (x, y, says) in [
        (
            "two",
            "one",
            "decision: two is an exact_duplicate of one (direction by InputOrder)",
        ),
        (
            "one",
            "two",
            "decision: two is an exact_duplicate of one (direction by InputOrder)",
        ),
        (
            "four",
            "three",
            "decision: four is an exact_duplicate of three (direction by InputOrder)",
        ),
    ] {
        let out = explain_rows(&undated, &rows, x, y);
        assert!(out.contains(says), "{out}");
    }
    let other = explain("later", "other", &dir.path().join("corpus.jsonl"));
    assert!(other.contains("decision: not linked"), "{other}");
    let run_out = dir.path().join("out");
    assert!(run_quiet(&dir.path().join("corpus.jsonl"), &run_out, &[])
        .status
        .success());
    let arts = read_jsonl(&run_out.join("articles.jsonl"));
    assert_eq!(arts[0]["parent"], "earlier");
    assert_eq!(arts[0]["relation"], "exact_duplicate");
    assert_eq!(arts[2]["parent"], serde_json::Value::Null);
    // An id with an escape sequence is shown escaped, not sent to the terminal.
    let rows = [
        serde_json::json!({"id": "x\u{1b}[2J", "published": "2024-03-05", "text": "!!! ??? ..."}),
        serde_json::json!({"id": "y", "published": "2024-03-06", "text": "!!! ??? ..."}),
    ];
    let esc_dir = dir.path().join("escapes");
    std::fs::create_dir(&esc_dir).unwrap();
    let esc = explain_rows(&esc_dir, &rows, "x\u{1b}[2J", "y");
    assert!(
        !esc.contains('\u{1b}') && esc.contains("x\\u{1b}[2J"),
        "{esc}"
    );
}

/// An id with a line break in it stays on its line, escaped, wherever it is shown.
#[test]
fn explain_keeps_an_id_with_a_line_break_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        serde_json::json!({"id": "first\nline", "published": "2024-03-05", "text": FIRE}),
        serde_json::json!({"id": "copy", "published": "2024-03-06", "text": FIRE}),
    ];
    let out = explain_rows(dir.path(), &rows, "first\nline", "copy");
    assert!(
        out.lines().any(|l| l.starts_with("A = first\\u{a}line (")),
        "{out}"
    );
    assert!(
        out.contains("decision: copy is an exact_duplicate of first\\u{a}line"),
        "{out}"
    );
    assert!(!out.lines().any(|l| l.starts_with("line")), "{out}");
}
