//! `wiretrace explain A B` on the sample corpus and on an HTML page: it runs, names both
//! articles and prints the decision.

mod common;
use common::*;

#[test]
fn explain_two_articles() {
    let o = run(&[
        "explain",
        "003_e5bf3133bbcd0f08.txt",
        "000_d98f1c2f7c5f998d.txt",
        "--input",
        sample_dir().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
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
    let o = run(&[
        "explain",
        "copy.html",
        "003.txt",
        "--input",
        dir.path().to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
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
