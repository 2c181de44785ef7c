//! Hostile sizes, each generated here in a temporary directory: a 100 MB article, a 50 MB JSONL
//! line and 100,000 tiny files. The run must finish, keep every article, and stay within a time
//! budget that only a return to per-pair re-analysis of huge texts (or other superlinear work)
//! would break. Limits are documented in the README ("Limits").

mod common;
use common::*;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// Deterministic word soup with a vocabulary large enough that its trigrams are rare.
struct Words(u64);

impl Words {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn word(&mut self, out: &mut String) {
        const SYL: [&str; 16] = [
            "ka", "lo", "mer", "tan", "vi", "dor", "su", "pel", "ra", "nik", "os", "bel", "tu",
            "gar", "en", "sho",
        ];
        let r = self.next();
        for k in 0..2 + (r % 3) as usize {
            out.push_str(SYL[((r >> (8 * k + 8)) & 15) as usize]);
        }
    }

    /// A paragraph of about `words` words in sentences, with a wire dateline in front.
    fn paragraph(&mut self, words: usize, out: &mut String) {
        out.push_str("LONDON (Reuters) - ");
        for i in 0..words {
            self.word(out);
            out.push(if i % 17 == 16 { '.' } else { ' ' });
            if i % 17 == 16 {
                out.push(' ');
            }
        }
        out.push_str("\n\n");
    }
}

/// A text of at least `bytes` bytes: paragraphs of word soup, with a non-ASCII quotation every
/// 64 KB (which once sent whole texts down the slow paths of the tokeniser and the regex engine).
fn big_text(bytes: usize, seed: u64) -> (String, Vec<String>) {
    let mut w = Words(seed);
    let mut text = String::with_capacity(bytes + 4096);
    let mut early_paragraphs = Vec::new();
    let mut next_quote = 0;
    while text.len() < bytes {
        let start = text.len();
        w.paragraph(120, &mut text);
        if start < 200 << 10 {
            early_paragraphs.push(text[start..].trim().to_string());
        }
        if text.len() >= next_quote {
            text.push_str("He said “ja” — and left.\n\n");
            next_quote += 64 << 10;
        }
    }
    (text, early_paragraphs)
}

fn json_line(id: &str, text: &str) -> String {
    let mut line = serde_json::json!({ "id": id, "text": text }).to_string();
    line.push('\n');
    line
}

/// A 100 MB plain-text article and a 50 MB JSONL line, among 40 small articles that each copy a
/// paragraph from the start of the big article (so the big one is a candidate partner of all of
/// them) and 20 unrelated ones.
#[test]
fn hundred_megabyte_article_and_fifty_megabyte_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let (big, early) = big_text(100 << 20, 1);
    std::fs::write(input.join("big.txt"), &big).unwrap();
    drop(big);
    let (line, _) = big_text(50 << 20, 2);
    let mut jsonl = json_line("huge-line", &line);
    drop(line);
    for (i, p) in early.iter().take(40).enumerate() {
        jsonl.push_str(&json_line(&format!("copy{i}"), p));
    }
    let mut w = Words(3);
    for i in 0..20 {
        let mut t = String::new();
        w.paragraph(80, &mut t);
        jsonl.push_str(&json_line(&format!("other{i}"), &t));
    }
    std::fs::write(input.join("dump.jsonl"), jsonl).unwrap();

    let out = dir.path().join("out");
    let t = Instant::now();
    let o = run_quiet(&input, &out, &[]);
    let took = t.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    eprintln!("100 MB article + 50 MB line: {took:?}");
    // Measured at about 40 s for this test binary's profile on 2 busy cores; comparing the whole
    // 100 MB text in each of its 40 pairs took over ten minutes.
    assert!(took < Duration::from_secs(240), "{took:?}");
    let arts = by_id(&read_jsonl(&out.join("articles.jsonl")));
    assert_eq!(arts.len(), 62);
    for id in ["big.txt", "huge-line", "copy0", "copy39", "other19"] {
        assert!(arts.contains_key(id), "{id}");
    }
    // The copies are still found inside the compared start of the big article: each is in its
    // tree. (Every paragraph opens "LONDON (Reuters) -", so the big article's opening copy makes
    // it a copy of an absent Reuters story, and the copies hang beside it under Reuters' node;
    // unfound, each would stand alone under a node of its own.)
    let with_big = (0..40)
        .filter(|i| arts[&format!("copy{i}")]["cluster"] == arts["big.txt"]["cluster"])
        .count();
    assert!(with_big >= 30, "{with_big} of 40 copies in big.txt's tree");
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["skipped_total"], 0);
}

/// 100,000 files of one sentence each, in 100 directories.
#[test]
fn hundred_thousand_tiny_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let mut w = Words(4);
    let t = Instant::now();
    for d in 0..100 {
        let sub = input.join(format!("d{d:03}"));
        std::fs::create_dir_all(&sub).unwrap();
        for f in 0..1000 {
            let mut text = String::new();
            for _ in 0..6 {
                w.word(&mut text);
                text.push(' ');
            }
            let _ = write!(text, "number {}.", d * 1000 + f);
            std::fs::write(sub.join(format!("{f:04}.txt")), text).unwrap();
        }
    }
    eprintln!("wrote 100,000 files in {:?}", t.elapsed());
    let out = dir.path().join("out");
    let t = Instant::now();
    let o = run_quiet(&input, &out, &[]);
    let took = t.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    eprintln!("100,000 tiny files: {took:?}");
    assert!(took < Duration::from_secs(240), "{took:?}");
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["articles_read"], 100_000);
    assert_eq!(s["input_files"], 100_000);
    assert_eq!(s["skipped_total"], 0);
    // Ids are the relative paths, in sorted order.
    let ids: Vec<String> = read_jsonl(&out.join("articles.jsonl"))
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.first().map(String::as_str), Some("d000/0000.txt"));
    assert_eq!(ids.last().map(String::as_str), Some("d099/0999.txt"));
    assert!(ids.windows(2).all(|p| p[0] < p[1]));
}

/// 3,000 near copies of one story (a wire text run by every outlet, each changing a few
/// words): banding alone makes about 17 pairs per copy; thinned, each keeps its closest
/// earlier partners and the earliest, and the copies still form one tree: under the absent
/// Reuters story their dateline credits.
#[test]
fn a_giant_group_of_near_copies_stays_one_tree_with_few_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = Words(7);
    let mut base = String::new();
    for _ in 0..3 {
        w.paragraph(100, &mut base);
    }
    let words: Vec<&str> = base.split(' ').collect();
    let n = 3_000;
    let mut corpus = String::new();
    for i in 0..n {
        let mut copy: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        for _ in 0..6 {
            let at = (w.next() % copy.len() as u64) as usize;
            let mut x = String::new();
            w.word(&mut x);
            copy[at] = x;
        }
        let mut line = serde_json::json!({
            "id": format!("c{i:04}"),
            "source": format!("Outlet {}", i % 97),
            "published": format!("2024-03-{:02}", 1 + i % 20),
            "text": copy.join(" "),
        })
        .to_string();
        line.push('\n');
        corpus.push_str(&line);
    }
    let input = dir.path().join("copies.jsonl");
    std::fs::write(&input, corpus).unwrap();
    let out = dir.path().join("out");
    assert!(run_quiet(&input, &out, &[]).status.success());
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["articles_read"], n);
    let pairs = s["candidate_pairs"].as_u64().unwrap();
    assert!(
        pairs <= 11 * n as u64,
        "{pairs} candidate pairs for {n} copies"
    );
    assert!(
        s["largest_tree"]["articles"].as_u64().unwrap() >= n as u64 * 99 / 100,
        "{s}"
    );
    assert_eq!(s["largest_tree"]["root"], "external:reuters", "{s}");
    assert_eq!(s["trees"], 1, "{s}");
    assert!(s["relations"]["near_duplicate"].as_u64().unwrap() >= n as u64 * 99 / 100);
}
