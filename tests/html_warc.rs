//! HTML pages, WARC files and news-please JSON through the whole program: the articles they
//! yield, their metadata, and what becomes of bad records.

mod common;
use common::*;
use std::io::Write;

/// A news page around `paragraphs`, with the chrome real pages carry.
fn page(site: &str, url: &str, published: &str, title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="{url}">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Technology</a></nav>
<div class="cookie-consent">This site uses cookies. <button>Accept</button></div>
<main><article><h1>{title}</h1>
<ul class="social-share"><li>Share on Facebook</li><li>Share on X</li><li>Email</li></ul>
{body}</article></main>
<footer>Copyright 2023 {site}. Terms of use. Contact us.</footer>
</body></html>"#
    )
}

fn sample_paragraphs(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(sample_dir().join(file)).unwrap();
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| p.len() > 120)
        .map(str::to_string)
        .collect()
}

fn warc_record(kind: &str, uri: &str, date: &str, block: &[u8]) -> Vec<u8> {
    let ct = if kind == "response" {
        "Content-Type: application/http; msgtype=response\r\n"
    } else {
        ""
    };
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n{ct}Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http_ok(html: &str) -> Vec<u8> {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n{html}").into_bytes()
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn html_warc_and_news_please_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let ps = sample_paragraphs("001_0d373c2e210dd596.txt");
    let ps: Vec<&str> = ps.iter().map(String::as_str).collect();
    assert!(ps.len() >= 5);

    // A page republishing the sample's espionage story with its chrome around it.
    std::fs::write(
        input.join("mirror.html"),
        page(
            "Court Watch",
            "https://courtwatch.example/icc-espionage",
            "2023-10-27T09:30:00+02:00",
            "ICC calls cyberattack espionage",
            &ps,
        ),
    )
    .unwrap();

    // A WARC with two captures (one of them without a date in the page), a redirect, a
    // request record, an image, and a broken record between them; compressed per record.
    let undated = page(
        "Legal Daily",
        "https://legaldaily.example/a",
        "",
        "Court systems breached",
        &ps[..3],
    )
    .replace(r#"<meta property="article:published_time" content="">"#, "");
    let records = [
        warc_record("warcinfo", "", "2023-11-01T00:00:00Z", b"software: test\r\n"),
        warc_record("request", "https://legaldaily.example/a", "2023-11-01T10:00:00Z", b"GET /a HTTP/1.1\r\n\r\n"),
        warc_record("response", "https://legaldaily.example/a", "2023-11-01T10:00:00Z", &http_ok(&undated)),
        warc_record("response", "https://legaldaily.example/old", "2023-11-01T10:00:01Z", b"HTTP/1.1 301 Moved\r\nLocation: /a\r\n\r\n"),
        b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nlost\r\n\r\n".to_vec(),
        warc_record("response", "https://legaldaily.example/logo.png", "2023-11-01T10:00:02Z", b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"),
        warc_record("response", "https://other.example/b", "2023-11-02T10:00:00Z", &http_ok(&page("Other", "https://other.example/b", "2023-09-19", "Unrelated", &["The city council approved a plan on Monday to plant eleven thousand orange trees along its ring road, part of a programme to cool streets during summer heatwaves."]))),
    ];
    let warc: Vec<u8> = records.iter().flat_map(|r| gz(r)).collect();
    std::fs::write(input.join("crawl.warc.gz"), warc).unwrap();

    // news-please output: one JSON object per file.
    std::fs::write(
        input.join("np.json"),
        serde_json::json!({
            "authors": [], "date_download": "2023-11-05 08:00:00", "date_modify": null,
            "date_publish": "2023-11-04 12:00:00", "description": null, "filename": "np.json",
            "image_url": null, "language": "en", "localpath": null, "source_domain": "np.example",
            "maintext": ps[1..4].join("\n\n"), "title": "News-please copy", "title_page": null,
            "title_rss": null, "url": "https://np.example/story"
        })
        .to_string(),
    )
    .unwrap();

    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("crawl.warc.gz:5: skipped (malformed_warc_record)"),
        "{stderr}"
    );

    let arts = read_jsonl(&out.join("articles.jsonl"));
    let ids: Vec<&str> = arts.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "crawl.warc.gz:3",
            "crawl.warc.gz:7",
            "mirror.html",
            "np.json"
        ]
    );
    let a = by_id(&arts);
    let mirror = &a["mirror.html"];
    assert_eq!(mirror["source"], "Court Watch");
    assert_eq!(mirror["title"], "ICC calls cyberattack espionage");
    assert_eq!(mirror["published"], "2023-10-27T07:30:00Z");
    assert_eq!(mirror["url"], "https://courtwatch.example/icc-espionage");
    let capture = &a["crawl.warc.gz:3"];
    assert_eq!(capture["url"], "https://legaldaily.example/a");
    assert_eq!(
        capture["published"], "2023-11-01T10:00:00Z",
        "WARC-Date stands in"
    );
    assert_eq!(capture["source"], "Legal Daily");
    assert_eq!(a["crawl.warc.gz:7"]["published"], "2023-09-19");
    let np = &a["np.json"];
    assert_eq!(np["source"], "np.example");
    assert_eq!(np["published"], "2023-11-04T12:00:00Z");
    assert_eq!(np["url"], "https://np.example/story");

    // Boilerplate is gone, so the extracted texts are the story: the WARC capture (three of the
    // mirror's paragraphs, published later) and the news-please copy link to the mirror.
    assert_eq!(capture["cluster"], "mirror.html");
    assert_eq!(np["cluster"], "mirror.html");
    assert_eq!(a["crawl.warc.gz:7"]["relation"], "unrelated");
    let cleaned = read_jsonl(&out.join("cleaned.jsonl"));
    let c = cleaned.iter().find(|r| r["id"] == "mirror.html").unwrap();
    let text = c["text"].as_str().unwrap();
    assert!(text.starts_with(ps[0]), "{text}");
    for chrome in ["cookies", "Share on", "Copyright", "Technology", "Accept"] {
        assert!(!text.contains(chrome), "{chrome:?} left in the text");
    }

    let summary = read_json(&out.join("summary.json"));
    assert_eq!(summary["skipped"]["malformed_warc_record"], 1);
    assert_eq!(summary["articles_read"], 4);
}

#[test]
fn broken_html_and_warc_files_never_stop_a_run() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("good.txt"), "A plain story about the harbour.").unwrap();
    std::fs::write(input.join("empty.html"), "").unwrap();
    std::fs::write(input.join("nav-only.htm"), "<nav><a href=/>Home</a></nav>").unwrap();
    std::fs::write(input.join("binary.html"), [0u8, 159, 146, 150, 0xff, 0, 1]).unwrap();
    std::fs::write(input.join("junk.warc"), "this is not a WARC file\n\n\n").unwrap();
    std::fs::write(input.join("bad.warc.gz"), [0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]).unwrap();
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let arts = read_jsonl(&out.join("articles.jsonl"));
    assert_eq!(arts.len(), 1);
    let summary = read_json(&out.join("summary.json"));
    let skipped = &summary["skipped"];
    assert_eq!(skipped["empty_text"], 2, "{skipped}");
    assert_eq!(skipped["binary_file"], 1, "{skipped}");
    assert_eq!(skipped["malformed_warc_record"], 1, "{skipped}");
    assert_eq!(skipped["truncated_gzip"], 1, "{skipped}");
    assert_eq!(summary["input_files"], 6);
}

/// Damaged `.warc.gz` files as they come from interrupted downloads and bad disks: each message
/// names the file and the record the damage cost, or says the damage came after the last record
/// read whole, and no record is both kept and reported lost.
#[test]
fn damaged_warc_gz_files_name_the_record_they_cost() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let ps = sample_paragraphs("001_0d373c2e210dd596.txt");
    let members = |file: &str| -> Vec<Vec<u8>> {
        (1..=4)
            .map(|k| {
                let url = format!("https://{file}.example/{k}");
                let paragraphs = [format!("Capture {k} of {file}."), ps[k].clone()];
                let paragraphs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
                let html = page("Wire", &url, "2023-10-27T09:30:00Z", "Story", &paragraphs);
                gz(&warc_record(
                    "response",
                    &url,
                    "2023-11-01T10:00:00Z",
                    &http_ok(&html),
                ))
            })
            .collect()
    };
    // The first member's signature damaged: still gzip, its record recovered.
    let mut first = members("first").concat();
    first[0] = 0;
    std::fs::write(input.join("first.warc.gz"), first).unwrap();
    // Cut inside the last member's trailer: every record was read whole.
    let tail = members("tail").concat();
    std::fs::write(input.join("tail.warc.gz"), &tail[..tail.len() - 4]).unwrap();
    // Cut inside the third member's header: the third record is lost, not the second.
    let m = members("cut");
    let cut = [m[0].clone(), m[1].clone(), m[2][..6].to_vec()].concat();
    std::fs::write(input.join("cut.warc.gz"), cut).unwrap();

    // Damage over the second member's length field and the third's signature: the second
    // lost, the third recovered from its intact deflate data, the fourth keeps its number.
    let m = members("across");
    let mut across = m.concat();
    let end = m[0].len() + m[1].len();
    for b in &mut across[end - 2..end + 2] {
        *b ^= 0xa5;
    }
    std::fs::write(input.join("across.warc.gz"), across).unwrap();

    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let mut ids: Vec<String> = read_jsonl(&out.join("articles.jsonl"))
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    let want: Vec<String> = [
        "across.warc.gz:1",
        "across.warc.gz:3",
        "across.warc.gz:4",
        "cut.warc.gz:1",
        "cut.warc.gz:2",
        "first.warc.gz:1",
        "first.warc.gz:2",
        "first.warc.gz:3",
        "first.warc.gz:4",
        "tail.warc.gz:1",
        "tail.warc.gz:2",
        "tail.warc.gz:3",
        "tail.warc.gz:4",
    ]
    .map(String::from)
    .to_vec();
    assert_eq!(ids, want, "{stderr}");
    for line in [
        "first.warc.gz:1: repaired (gzip_header): record recovered: its gzip member's header was \
         damaged (no gzip signature; 10 header bytes passed over); the member's deflate data were \
         found intact, their checksum and length matching, and recovered",
        "tail.warc.gz: skipped (truncated_gzip): file cut off after record 4: gzip data ends early",
        "cut.warc.gz:3: skipped (truncated_gzip): record lost where the file ends: gzip data ends \
         early",
        "across.warc.gz:2: skipped (corrupt_gzip): record from damaged gzip data",
        "across.warc.gz:3: repaired (gzip_header): record recovered",
    ] {
        assert!(stderr.contains(line), "{line}\n{stderr}");
    }
    let summary = read_json(&out.join("summary.json"));
    let skipped = &summary["skipped"];
    assert_eq!(skipped["corrupt_gzip"], 1, "{skipped}");
    assert_eq!(
        summary["repaired"]["gzip_header"], 2,
        "{}",
        summary["repaired"]
    );
    assert_eq!(skipped["truncated_gzip"], 2, "{skipped}");

    // The first file piped in and read as `/dev/stdin`, with no name to say it is gzip: read
    // as the file was.
    let mut first = members("first").concat();
    first[0] = 0;
    let out = dir.path().join("out-stdin");
    let mut child = bin()
        .args([
            "run",
            "/dev/stdin",
            "--out",
            out.to_str().unwrap(),
            "--quiet",
        ])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&first).unwrap();
    let o = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let ids: Vec<String> = read_jsonl(&out.join("articles.jsonl"))
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        ["stdin:1", "stdin:2", "stdin:3", "stdin:4"],
        "{stderr}"
    );
    assert!(
        stderr.contains("stdin:1: repaired (gzip_header): record recovered"),
        "{stderr}"
    );
}

/// Short stories under readers' comment threads, as WordPress, Disqus and Facebook embed them,
/// beside an opinion column whose class only contains the letters: each page's text is its
/// story. A one-paragraph story's text used to be its reader's comment, so two unrelated
/// stories under the same comment were exact copies of each other.
#[test]
fn reader_comment_threads_are_not_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let said = "I visited the museum years ago and think that the renovation was a waste of public money, they should have spent it on schools instead.";
    let disqus = format!(
        r#"<div id="disqus_thread"><ol><li class="comment"><div class="comment-author">reader</div><div class="comment-content"><p>{said}</p></div></li></ol></div>"#
    );
    let wordpress: String = (0..10)
        .map(|k| {
            format!(
                r#"<li id="comment-{k}" class="comment"><article class="comment-body"><b>user{k}</b><div class="comment-content"><p>{said} Number {k}.</p></div></article></li>"#
            )
        })
        .collect();
    let wordpress = format!(
        r#"<div id="comments" class="comments-area"><h2>10 thoughts</h2><ol class="comment-list">{wordpress}</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>"#
    );
    let facebook =
        format!(r#"<div class="fb-comments" data-href="https://x.example/a"><p>{said}</p></div>"#);
    let responses =
        format!(r#"<div id="responses"><div class="response"><p>{said}</p></div></div>"#);
    let pages: [(&str, &[&str], &str); 6] = [
        ("museum", &["The national museum will reopen on Saturday after a two-year renovation that cost forty million euros, its director said on Tuesday."], &disqus),
        ("bridge", &["The old rail bridge over the river will close for repairs from March until the end of the summer, the regional transport authority said."], &disqus),
        ("harbour", &[
            "The harbour authority approved plans on Monday for a second container terminal on the northern shore, to be built over the next six years.",
            "Fishermen's unions said the works would close two of the harbour's busiest fishing grounds and promised to challenge the plans in court.",
        ], &wordpress),
        ("tram", &[
            "The city's first tram line in sixty years opened on Sunday, carrying more than eight thousand passengers on its first day of service.",
            "The line runs eleven kilometres from the central station to the university hospital and stops at nineteen stations along the way.",
            "A second line, to the airport, is due to open in three years if the national government confirms its share of the funding.",
        ], &disqus),
        ("library", &["The central library will stay open until midnight during the exam season, the university said, after a petition signed by four thousand students."], &facebook),
        ("school", &["A primary school in the west of the city was evacuated on Wednesday morning after a gas leak in its kitchen, the fire service said."], &responses),
    ];
    for (k, (name, ps, thread)) in pages.iter().enumerate() {
        let html = page(
            &format!("Site {name}"),
            &format!("https://{name}.example/story"),
            &format!("2023-10-{:02}T09:00:00Z", k + 1),
            &format!("Story of the {name}"),
            ps,
        )
        .replace("</article></main>", &format!("</article>{thread}</main>"));
        std::fs::write(input.join(format!("{name}.html")), html).unwrap();
    }
    let column = [
        "Cities that build trams before they build car parks shape how a generation moves, and ours is finally making that choice, late but not too late.",
        "The critics who call the new line a luxury forget that the buses it replaces were full by seven every morning and empty of anyone with a choice.",
    ];
    let commentary = page(
        "Site opinion",
        "https://opinion.example/column",
        "2023-10-09T09:00:00Z",
        "Why the tram matters",
        &column,
    )
    .replace(
        "<main><article>",
        r#"<main><article class="commentary-body">"#,
    );
    std::fs::write(input.join("opinion.html"), commentary).unwrap();

    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let cleaned = by_id(&read_jsonl(&out.join("cleaned.jsonl")));
    for (name, ps, _) in pages.iter().chain([("opinion", &column[..], "")].iter()) {
        let c = &cleaned[&format!("{name}.html")];
        assert_eq!(c["text"], ps.join("\n\n"), "{name}");
    }
    for a in read_jsonl(&out.join("articles.jsonl")) {
        assert_eq!(a["relation"], "unrelated", "{a}");
    }
}
