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

/// An agency story dated after a paper's that shares half of it: `explain` says why the pair is
/// not linked rather than a bare "not linked".
#[test]
fn explain_says_why_a_later_agency_story_is_not_linked() {
    let dir = tempfile::tempdir().unwrap();
    let shared = "Firefighters from three municipalities fought the blaze for more than nine hours before bringing it under control early on Tuesday morning, a spokeswoman for the regional safety board told reporters at the quay. The ship, the Liberian-flagged Nordic Harmony, was carrying lithium batteries, frozen fish and textile machinery from Singapore, according to cargo manifests seen by the harbour master.";
    let paper = format!("{shared} Freight markets reacted quickly to the news from the Netherlands, brokers in Hamburg and Antwerp said, as forwarders scrambled to book space on rival services. Insurers are likely to scrutinise the stowage of the battery shipments, an underwriter at a London marine syndicate said.");
    let agency = format!("{shared} The terminal operator expects to reopen the first berth by Thursday, while inspectors from the Dutch Safety Board will decide when the second can resume work after examining the damaged cranes. Shipping analysts warned that the closure could ripple through European supply chains already strained by low water on the Rhine.");
    let rows = [
        serde_json::json!({"id": "paper", "source": "daily.example", "published": "2024-03-05", "text": paper}),
        serde_json::json!({"id": "agency", "source": "Reuters", "published": "2024-03-09", "text": agency}),
    ];
    let lines: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
    let input = dir.path().join("corpus.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();
    let out = explain("paper", "agency", &input);
    assert!(
        out.contains("not linked: the wire agency's story is dated after"),
        "{out}"
    );
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
    let lines: Vec<String> = rows.iter().map(|r| r.to_string()).collect();
    std::fs::write(dir.path().join("c.jsonl"), lines.join("\n") + "\n").unwrap();
    let out = explain("later", "earlier", &dir.path().join("c.jsonl"));
    assert!(out.contains("2023-09-21 from its URL"), "{out}");
    assert!(out.contains("2023-09-20 from its URL"), "{out}");
    assert!(
        out.contains("later is a near_duplicate of earlier (direction by UrlDate)"),
        "{out}"
    );
}
