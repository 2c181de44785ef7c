//! Bad input never stops a run or loses other articles; failures and usage errors have the
//! SPEC's exit codes and a located message.

mod common;
use common::*;

#[test]
fn bad_records_are_counted_and_located() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    let mut jsonl = Vec::new();
    jsonl.extend_from_slice(
        b"{\"id\": \"a\", \"text\": \"A first article about the harbour fire in Rotterdam.\"}\n",
    );
    jsonl.extend_from_slice(b"{\"id\": \"b\", \"text\": \"broken json\"\n");
    jsonl.extend_from_slice(b"[1, 2, 3]\n");
    jsonl.extend_from_slice(b"{\"id\": \"c\", \"title\": \"no text here\"}\n");
    jsonl.extend_from_slice(b"{\"id\": \"d\", \"text\": \"   \"}\n");
    jsonl.extend_from_slice(
        b"{\"id\": \"a\", \"text\": \"Same id, other text: \xff\xfe a note on invalid bytes.\"}\n",
    );
    std::fs::write(input.join("dump.jsonl"), jsonl).unwrap();
    std::fs::write(
        input.join("sub/story.txt"),
        "date 2023-09-19 A plain text story about a court.",
    )
    .unwrap();
    std::fs::write(input.join("sub/binary.txt"), b"\x00\x01\x02ELF\x00").unwrap();
    std::fs::write(input.join("sub/empty.md"), "").unwrap();
    std::fs::write(input.join("sub/notes.pdf"), "ignored").unwrap();
    let out = dir.path().join("out");
    let o = run(&[
        "run",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert!(o.status.success(), "skipped records are not a failure");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("dump.jsonl:2: skipped (malformed_json)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("dump.jsonl:3: skipped (not_an_object)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("dump.jsonl:4: skipped (no_text)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("sub/binary.txt: skipped (binary_file)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("dump.jsonl:6: repaired (invalid_utf8)"),
        "{stderr}"
    );

    let arts = read_jsonl(&out.join("articles.jsonl"));
    let ids: Vec<_> = arts.iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "a#2", "sub/story.txt"]);
    assert_eq!(arts[2]["published"], "2023-09-19");

    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["articles_read"], 3);
    assert_eq!(s["skipped"]["malformed_json"], 1);
    assert_eq!(s["skipped"]["not_an_object"], 1);
    assert_eq!(s["skipped"]["no_text"], 1);
    assert_eq!(s["skipped"]["empty_text"], 2);
    assert_eq!(s["skipped"]["binary_file"], 1);
    assert_eq!(s["repaired"]["invalid_utf8"], 1);
    assert_eq!(s["renamed_ids"]["duplicate_id"], 1);
    assert_eq!(s["ignored_files"], 1);
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let missing = run(&[
        "run",
        dir.path().join("nope").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(missing.status.code(), Some(1));
    let msg = String::from_utf8_lossy(&missing.stderr);
    assert!(msg.contains("nope") && msg.lines().count() == 1, "{msg}");

    std::fs::write(dir.path().join("bad.jsonl"), "not json\n").unwrap();
    let none = run(&[
        "run",
        dir.path().join("bad.jsonl").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        none.status.code(),
        Some(1),
        "zero usable articles is a failure"
    );

    assert_eq!(run(&["run", "--no-such-flag"]).status.code(), Some(2));
    assert_eq!(
        run(&["run", "--near-threshold", "abc"]).status.code(),
        Some(2)
    );
}
