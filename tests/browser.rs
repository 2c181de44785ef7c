//! report.html in a real browser: headless Chromium (Debian's `chromium` package, installed by
//! `.ci/run`) loads the report of the sample corpus, and the DOM it builds is checked — the tree
//! is drawn, and an edge opens as two texts side by side with the shared passages marked and
//! the attribution shown. A screenshot is saved for the README.
//!
//! Chromium is driven from the command line (`--dump-dom` after the page's script has run,
//! `--screenshot`), so the test needs no WebDriver and no extra crates. Without Chromium the
//! test fails with instructions; `WIRETRACE_SKIP_BROWSER=1` skips it on a developer machine
//! (CI never sets it).

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("WIRETRACE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Runs Chromium headless on `url` with `extra` arguments; returns stdout. Network access is
/// mapped to nowhere, so a page that tried to load anything would show it by failing.
fn browse(chrome: &Path, profile: &Path, url: &str, extra: &[&str]) -> String {
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", chrome.display()));
    let started = Instant::now();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).ok();
        s
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = reader.join().unwrap();
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                std::io::Read::read_to_string(&mut e, &mut err).ok();
            }
            assert!(status.success(), "chromium failed ({status}): {err}");
            return out;
        }
        if started.elapsed() > Duration::from_secs(180) {
            child.kill().ok();
            panic!("chromium did not finish within 180 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn file_url(path: &Path, fragment: &str) -> String {
    format!("file://{}#{fragment}", path.display())
}

fn run_report(input: &Path, out: &Path, extra: &[&str]) {
    let o = run_quiet(input, out, extra);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.join("report.html").is_file());
}

/// The text between `start` and the next `end` after it.
fn between<'a>(s: &'a str, start: &str, end: &str) -> &'a str {
    let i = s
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not in the page"));
    let rest = &s[i + start.len()..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// A page that republishes part of the sample's September story (the one crediting Reuters)
/// under its own intro: an article-to-article edge with shared passages to mark. Its last
/// paragraph carries markup-like text that must show as text, not run.
fn derived_page() -> String {
    let src = std::fs::read_to_string(sample_dir().join("003_e5bf3133bbcd0f08.txt")).unwrap();
    let paras: Vec<&str> = src
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.len() > 100 && !p.contains("Reuters"))
        .take(5)
        .collect();
    assert_eq!(paras.len(), 5);
    let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Hague court still repairing hacked systems | The Hague Wire</title>
<meta property="og:site_name" content="The Hague Wire">
<meta property="og:title" content="Hague court still repairing hacked systems">
<meta property="article:published_time" content="2023-09-22T08:15:00Z">
<link rel="canonical" href="https://haguewire.example/2023/09/icc-systems">
</head><body>
<nav><a href="/">Home</a> <a href="/courts">Courts</a></nav>
<div id="cookie-notice">We use cookies. <button>OK</button></div>
<article><h1>Hague court still repairing hacked systems</h1>
<p>Three days after the intrusion was made public, staff at the court in The Hague were still working through the damage, according to people familiar with the matter who spoke on condition of anonymity.</p>
{body}<p>Readers asked what the attackers left behind; one posted the string &lt;/script&gt;&lt;img src=x onerror="document.body.dataset.pwned=1"&gt; in the comments, which shows here as plain text.</p>
</article>
<footer>The Hague Wire. All rights reserved.</footer>
</body></html>"#
    )
}

#[test]
fn report_in_headless_chromium() {
    let Some(chrome) = chromium() else {
        if std::env::var("WIRETRACE_SKIP_BROWSER").as_deref() == Ok("1") {
            eprintln!("skipped: no Chromium found and WIRETRACE_SKIP_BROWSER=1");
            return;
        }
        panic!(
            "headless Chromium not found (looked for chromium, chromium-browser, google-chrome \
             on PATH, or WIRETRACE_CHROMIUM): install Debian's `chromium` package (`.ci/run` \
             does), or set WIRETRACE_SKIP_BROWSER=1 to skip this test locally"
        );
    };
    let dir = tempfile::tempdir().unwrap();
    let profile = dir.path().join("profile");

    // 1. The sample corpus as shipped: the Reuters tree is drawn, and its edge shows the
    //    attribution sentence marked in the child's text.
    let out = dir.path().join("sample");
    run_report(&sample_dir(), &out, &[]);
    let report = out.join("report.html");
    let dom = browse(
        &chrome,
        &profile,
        &file_url(&report, "edge=003_e5bf3133bbcd0f08.txt"),
        &["--dump-dom"],
    );
    assert!(dom.contains("data-ready=\"1\""), "the script ran: {dom}");
    let tree = between(&dom, "id=\"tree-panel\"", "id=\"edge-panel\"");
    assert!(tree.contains("data-id=\"external:reuters\""), "{tree}");
    assert!(
        tree.contains("data-id=\"003_e5bf3133bbcd0f08.txt\""),
        "{tree}"
    );
    assert!(tree.contains("<path"), "edges drawn between nodes");
    assert!(tree.contains("virtual source"));
    let edge = between(&dom, "id=\"edge-panel\"", "<script");
    assert!(edge.contains("reuters \u{2192} "), "{edge}");
    let attr = between(edge, "class=\"attr-span\" title=\"attribution\"", "</span>");
    assert!(attr.contains("Reuters reported on Sept. 19"), "{attr}");
    assert!(edge.contains("is not in the input"), "{edge}");
    let summary = between(&dom, "id=\"summary\"", "</section>");
    assert!(summary.contains("articles read"), "{summary}");

    // Search (here from the URL, as a link to a search would) lists matches by id or outlet.
    let dom = browse(
        &chrome,
        &profile,
        &file_url(&report, "q=reuters"),
        &["--dump-dom"],
    );
    let list = between(&dom, "id=\"list\"", "</ol>");
    assert!(dom.contains("1 match"), "{list}");
    assert!(list.contains("external:reuters"), "{list}");
    // The first tree is drawn beside the matches.
    let tree = between(&dom, "id=\"tree-panel\"", "id=\"edge-panel\"");
    assert!(tree.contains("data-id="), "{tree}");
    let dom = browse(
        &chrome,
        &profile,
        &file_url(&report, "q=004_"),
        &["--dump-dom"],
    );
    let list = between(&dom, "id=\"list\"", "</ol>");
    assert!(list.contains("004_1343713c7a1d265c.txt"), "{list}");
    assert!(!list.contains("003_e5bf3133bbcd0f08.txt"), "{list}");
    // A broken escape in the fragment names nothing; the page still draws its first tree.
    let dom = browse(
        &chrome,
        &profile,
        &file_url(&report, "edge=%E0%A4%A"),
        &["--dump-dom"],
    );
    assert!(dom.contains("data-ready=\"1\""), "the script ran: {dom}");
    let tree = between(&dom, "id=\"tree-panel\"", "id=\"edge-panel\"");
    assert!(tree.contains("data-id=\"external:reuters\""), "{tree}");

    // 2. The sample plus a page that republishes part of one of its stories: the edge opens
    //    as two texts side by side with the shared passages marked in both.
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for e in std::fs::read_dir(sample_dir()).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::write(input.join("haguewire.html"), derived_page()).unwrap();
    let out = dir.path().join("derived");
    run_report(&input, &out, &[]);
    let arts = by_id(&read_jsonl(&out.join("articles.jsonl")));
    assert_eq!(
        arts["haguewire.html"]["parent"], "003_e5bf3133bbcd0f08.txt",
        "the page hangs under the story it copies"
    );
    let report = out.join("report.html");
    let url = file_url(&report, "edge=haguewire.html");
    let dom = browse(&chrome, &profile, &url, &["--dump-dom"]);
    let edge = between(&dom, "id=\"edge-panel\"", "<script");
    assert_eq!(
        edge.matches("class=\"doc\"").count(),
        2,
        "two texts side by side"
    );
    let (parent_doc, child_doc) = edge.split_at(edge.rfind("class=\"doc\"").unwrap());
    for (side, doc) in [("parent", parent_doc), ("child", child_doc)] {
        let marks = doc.matches("<mark data-k=").count()
            + doc.matches("<mark class=\"rw\" data-k=").count();
        assert!(marks >= 1, "{side} text has marked passages: {doc}");
    }
    let marked = between(child_doc, "<mark", "</mark>");
    assert!(
        marked.contains("ICC staff detected unusual activity")
            || marked.contains("Immediate measures")
            || marked.contains("Dutch"),
        "a shared passage is marked: {marked}"
    );
    assert!(child_doc.contains("The Hague Wire"));
    assert!(
        !dom.contains("data-pwned"),
        "article text is never run as markup"
    );
    assert!(
        child_doc.contains("&lt;/script&gt;&lt;img src=x"),
        "{child_doc}"
    );

    // 3. A page capped below the run's size (`--report-articles 3`): it shows the largest tree
    //    (the Reuters story, its rewrite and the page), says how many articles it left out,
    //    and the tree still draws and opens: article numbers are renumbered consistently.
    let capped = dir.path().join("capped");
    run_report(&input, &capped, &["--report-articles", "3"]);
    let all = read_jsonl(&capped.join("articles.jsonl"));
    assert_eq!(all.len(), 6, "the data files keep every article");
    let dom = browse(
        &chrome,
        &profile,
        &file_url(&capped.join("report.html"), "edge=haguewire.html"),
        &["--dump-dom"],
    );
    assert!(dom.contains("data-ready=\"1\""), "the script ran: {dom}");
    let summary = between(&dom, "id=\"summary\"", "</section>");
    assert!(summary.contains("articles not shown"), "{summary}");
    let tree = between(&dom, "id=\"tree-panel\"", "id=\"edge-panel\"");
    assert!(tree.contains("data-id=\"haguewire.html\""), "{tree}");
    assert!(
        tree.contains("data-id=\"003_e5bf3133bbcd0f08.txt\""),
        "{tree}"
    );
    let edge = between(&dom, "id=\"edge-panel\"", "<script");
    assert_eq!(edge.matches("class=\"doc\"").count(), 2, "{edge}");

    // 4. A page with no article (`--report-articles 0`) says the run's trees are left out, not
    //    that there are none; and its parameters show the run's seed exactly (a u64 past what
    //    the script's numbers hold).
    let empty = dir.path().join("empty");
    run_report(&input, &empty, &["--report-articles", "0"]);
    let dom = browse(
        &chrome,
        &profile,
        &file_url(&empty.join("report.html"), ""),
        &["--dump-dom"],
    );
    assert!(dom.contains("data-ready=\"1\""), "the script ran: {dom}");
    let list = between(&dom, "id=\"list\"", "</ol>");
    assert!(list.contains("this page shows none of them"), "{list}");
    let run_summary: serde_json::Value =
        serde_json::from_slice(&std::fs::read(empty.join("summary.json")).unwrap()).unwrap();
    let seed = run_summary["parameters"]["seed"].as_u64().unwrap();
    assert!(seed > 1 << 53);
    assert!(
        dom.contains(&format!("\"seed\":\"{seed}\"")),
        "{}",
        between(&dom, "class=\"params\"", "</details>")
    );

    // The screenshot of that view, for the README (docs/report.png is a copy of it).
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report.png");
    let _ = std::fs::remove_file(&shot);
    browse(
        &chrome,
        &profile,
        &url,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1440,1500",
        ],
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 20_000);
    if let Some(dest) = std::env::var_os("WIRETRACE_SCREENSHOT") {
        std::fs::copy(&shot, dest).unwrap();
    }
    eprintln!("screenshot: {}", shot.display());
}
