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
        out.contains("later is a near_duplicate of earlier (direction by UrlDate)"),
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

/// Two sentences of a harbour-fire story that the tests' articles share.
const FIRE: &str = "Firefighters from three municipalities fought the blaze for more than nine hours before bringing it under control early on Tuesday morning, a spokeswoman for the regional safety board told reporters at the quay. The ship, the Liberian-flagged Nordic Harmony, was carrying lithium batteries, frozen fish and textile machinery from Singapore, according to cargo manifests seen by the harbour master.";

/// Writes `rows` as a corpus in `dir` and explains the pair `a`, `b` in it.
fn explain_rows(dir: &std::path::Path, rows: &[serde_json::Value], a: &str, b: &str) -> String {
    let input = dir.join("corpus.jsonl");
    write_jsonl(&input, rows);
    explain(a, b, &input)
}
