//! Bad input never stops a run or loses other articles; failures and usage errors have the
//! SPEC's exit codes and a located message.

mod common;
use common::*;
use serde_json::json;
use std::path::Path;

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
    jsonl.extend_from_slice(b"{\"id\": \"e\", \"text\": 12345}\n");
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
    let o = run_quiet(&input, &out, &[]);
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
        stderr.contains("dump.jsonl:4: skipped (no_text): no text (none of the fields text, body"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "dump.jsonl:7: skipped (no_text): no text: field \"text\" is a number, not a string"
        ),
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
    assert_eq!(s["skipped"]["no_text"], 2);
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

/// A `.json` array is read element by element: a broken element costs only itself, in a file
/// too large to read whole as one document it would have cost them all.
#[test]
fn a_broken_element_of_a_json_array_costs_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let body = concat!(
        "[\n",
        "  {\"id\": \"a\", \"text\": \"The harbour fire in Rotterdam burned for six hours.\"},\n",
        "  {\"id\": \"b\", \"text\": \"A story with a broken field\", \"score\": NaN},\n",
        "  {\"id\": \"c\", \"text\": \"Brackets ] and commas, in [ a text } stay in it.\"}\n",
        "]\n",
        "[{\"id\": \"d\", \"text\": \"A second array, appended to the first by cat.\"}]\n",
    );
    std::fs::write(input.join("dump.json"), body).unwrap();
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("dump.json:3 (element 2): skipped (malformed_json)"),
        "{stderr}"
    );
    assert_eq!(ids(&out), ["a", "c", "d"]);
    let arts = read_jsonl(&out.join("cleaned.jsonl"));
    assert_eq!(
        arts[1]["text"],
        "Brackets ] and commas, in [ a text } stay in it."
    );
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["skipped"]["malformed_json"], 1);
    assert_eq!(s["articles_read"], 3);
}

/// A date the reader cannot read is null in `published`, but the analyst still gets the value
/// as it was written: under its own key, or as `published_raw` when that key was `published`.
#[test]
fn an_unreadable_date_reaches_the_cleaned_set_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let lines = [
        json!({"id": "a", "text": "The harbour fire in Rotterdam burned for six hours.",
               "published": "the Tuesday after the storm"}),
        json!({"id": "b", "text": "Ferry services to the islands resumed on Monday.",
               "date": "Montag früh"}),
        json!({"id": "c", "text": "The council approved the budget for the new bridge.",
               "published": "around noon", "date_publish": "2023-09-19T10:00:00Z"}),
        // A page's date with its time is read, not repaired.
        json!({"id": "d", "text": "The museum reopened its east wing to visitors.",
               "published": "Sept. 19, 2023, 3:05 p.m. EDT"}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&input, body).unwrap();
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("in.jsonl:1: repaired (bad_field)"),
        "{stderr}"
    );
    let cleaned = read_jsonl(&out.join("cleaned.jsonl"));
    assert_eq!(cleaned.len(), 4);
    assert_eq!(cleaned[0]["published"], serde_json::Value::Null);
    assert_eq!(cleaned[0]["published_raw"], "the Tuesday after the storm");
    assert_eq!(cleaned[1]["published"], serde_json::Value::Null);
    assert_eq!(cleaned[1]["date"], "Montag früh");
    assert_eq!(cleaned[2]["published"], "2023-09-19T10:00:00Z");
    assert_eq!(cleaned[2]["published_raw"], "around noon");
    assert_eq!(cleaned[3]["published"], "2023-09-19T19:05:00Z");
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["repaired"]["bad_field"], 2);
}

/// Input fields named as the cleaned set's own (`parent`, `relation`, `duplicates`: a CMS's or
/// an earlier tool's) are the user's data too: they pass through as `input_parent` and so on,
/// beside the tool's findings, unless the input already has that name.
#[test]
fn input_fields_named_as_the_tools_own_pass_through_renamed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let lines = [
        json!({"id": "a", "text": "The harbour fire in Rotterdam burned for six hours.",
               "parent": "crm-4711", "relation": "syndicated", "duplicates": ["legacy-1"]}),
        json!({"id": "b", "text": "Ferry services to the islands resumed on Monday.",
               "parent": "x", "input_parent": "kept as it is"}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&input, body).unwrap();
    let out = dir.path().join("out");
    assert!(run_quiet(&input, &out, &[]).status.success());
    let cleaned = read_jsonl(&out.join("cleaned.jsonl"));
    assert_eq!(cleaned[0]["parent"], serde_json::Value::Null);
    assert_eq!(cleaned[0]["relation"], "unrelated");
    assert_eq!(cleaned[0]["duplicates"], json!([]));
    assert_eq!(cleaned[0]["input_parent"], "crm-4711");
    assert_eq!(cleaned[0]["input_relation"], "syndicated");
    assert_eq!(cleaned[0]["input_duplicates"], json!(["legacy-1"]));
    assert_eq!(cleaned[1]["input_parent"], "kept as it is");
}

/// A second run over a directory that holds the first run's DIR does not read that output
/// back (its articles.jsonl and cleaned.jsonl would make every article its own copy), even
/// when that directory is named as the INPUT; a file of it named as an INPUT is read.
#[test]
fn an_earlier_runs_output_inside_the_input_is_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(
        data.join("dump.jsonl"),
        "{\"id\":\"a\",\"text\":\"The harbour authority closed the northern quay on Monday after a crane collapsed onto two cargo containers.\"}\n\
         {\"id\":\"b\",\"text\":\"A council vote on the new tram line was postponed until the spring because the budget figures were incomplete.\"}\n",
    )
    .unwrap();
    assert!(run_quiet(&data, &data.join("o1"), &[]).status.success());
    let second = run_quiet(&data, &data.join("o2"), &[]);
    assert!(second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(
        stderr.contains("o1: the files of an earlier wiretrace run there"),
        "{stderr}"
    );
    let s = read_json(&data.join("o2").join("summary.json"));
    assert_eq!(s["articles_read"], 2);
    // The six files of o1.
    assert_eq!(s["ignored_files"], 6);
    assert_eq!(s["skipped_total"], 0);
    // Named, the directory holds nothing to read; its cleaned.jsonl named is read.
    let named = run_quiet(&data.join("o1"), &dir.path().join("o3"), &[]);
    assert_eq!(named.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&named.stderr);
    assert!(stderr.contains("no usable articles"), "{stderr}");
    let cleaned = data.join("o1").join("cleaned.jsonl");
    let named = run_quiet(&cleaned, &dir.path().join("o3"), &[]);
    assert!(named.status.success());
    assert_eq!(ids(&dir.path().join("o3")), ["a", "b"]);
}

/// `run articles.jsonl --out .` would replace the user's input with the run's own
/// articles.jsonl: it fails before anything is read or written, and the input is intact.
#[test]
fn an_input_the_run_would_overwrite_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    let body = articles_jsonl("a", 3);
    std::fs::write(&input, &body).unwrap();
    let o = bin()
        .current_dir(dir.path())
        .args(["run", "articles.jsonl", "--out", ".", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("articles.jsonl is an input of this run, which would replace it"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(std::fs::read_to_string(&input).unwrap(), body);
    assert!(!dir.path().join("summary.json").exists());
    // Met in a directory walk too, where no finished run vouches for it.
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::write(data.join("cleaned.jsonl"), &body).unwrap();
    let o = run_quiet(&data, &data, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(data.join("cleaned.jsonl")).unwrap(),
        body
    );
}

/// Files in DIR that are not a run's own are inputs like any other: `run d --out d/sub` reads
/// d/sub/b.jsonl, every time.
#[test]
fn other_files_in_the_output_directory_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("a.jsonl"), articles_jsonl("a", 2)).unwrap();
    std::fs::write(d.join("sub/b.jsonl"), articles_jsonl("b", 2)).unwrap();
    for round in 0..2 {
        let o = run_quiet(&d, &d.join("sub"), &[]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(
            ids(&d.join("sub")),
            ["a1", "a2", "b1", "b2"],
            "round {round}"
        );
    }
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
    assert!(
        !out.exists(),
        "a failed run leaves no output directory it made"
    );

    // DIR is a file: said so, and the file is left alone.
    let file = dir.path().join("afile");
    std::fs::write(&file, "keep").unwrap();
    std::fs::write(dir.path().join("one.jsonl"), "{\"text\":\"a b c\"}\n").unwrap();
    let onto_file = run_quiet(&dir.path().join("one.jsonl"), &file, &[]);
    assert_eq!(onto_file.status.code(), Some(1));
    let msg = String::from_utf8_lossy(&onto_file.stderr);
    assert!(
        msg.contains("afile: it is a file, not a directory"),
        "{msg}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");

    std::fs::write(dir.path().join("bad.jsonl"), "not json\n").unwrap();
    let none = run_quiet(&dir.path().join("bad.jsonl"), &out, &[]);
    assert_eq!(
        none.status.code(),
        Some(1),
        "zero usable articles is a failure"
    );

    // A usage error is one line, as every failure is, naming the help to read.
    for args in [
        &["run", "--no-such-flag"][..],
        &["eval"],
        &["generate", "--originals", "0"],
        &["frobnicate"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let msg = String::from_utf8_lossy(&o.stderr);
        assert_eq!(msg.lines().count(), 1, "{msg}");
        assert!(
            msg.starts_with("wiretrace: error: ") && msg.contains("--help"),
            "{msg}"
        );
    }
    assert!(String::from_utf8_lossy(&run(&["eval"]).stderr).contains("--truth"));
    // An argument that is not Unicode, where a subcommand is expected.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let o = bin()
            .arg(std::ffi::OsStr::from_bytes(b"\xff"))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2));
        assert_eq!(String::from_utf8_lossy(&o.stderr).lines().count(), 1);
    }
    let help = run(&["run", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--threads"));
    // Tens of thousands of threads made the thread library abort; the bar is a usage error.
    let many = run(&["run", "--threads", "20000", "--out", out.to_str().unwrap()]);
    assert_eq!(many.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&many.stderr).contains("--threads"));
    std::fs::write(dir.path().join("one.jsonl"), "{\"text\": \"one story\"}\n").unwrap();
    let auto = run_quiet(&dir.path().join("one.jsonl"), &out, &["--threads", "0"]);
    assert_eq!(auto.status.code(), Some(0), "--threads 0 is all cores");
    assert_eq!(
        run(&["run", "--near-threshold", "abc"]).status.code(),
        Some(2)
    );
    let conf = run(&["run", "--min-confidence", "1.5"]);
    assert_eq!(conf.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&conf.stderr).contains("--min-confidence"));
    // A negative value is a value out of range, not an unknown flag ("-0").
    for (flag, value) in [
        ("--near-threshold", "-0.1"),
        ("--report-articles", "-5"),
        ("--shingle-size", "-3"),
    ] {
        let o = run(&["run", flag, value]);
        assert_eq!(o.status.code(), Some(2));
        let msg = String::from_utf8_lossy(&o.stderr);
        assert!(msg.contains(flag) && msg.contains(value), "{msg}");
    }
    // summary.json could not record it (JSON has no infinity).
    let inf = run(&["run", "--vocab-window-days", "inf"]);
    assert_eq!(inf.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&inf.stderr).contains("--vocab-window-days"));
}

fn gz(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn articles_jsonl(prefix: &str, n: usize) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "{{\"id\": \"{prefix}{i}\", \"text\": \"Story {i} from {prefix}: the river rose by {i} centimetres overnight.\"}}\n"
            )
        })
        .collect()
}

fn ids(out: &Path) -> Vec<String> {
    read_jsonl(&out.join("articles.jsonl"))
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

/// Truncated, corrupt and bomb gzip files: each counted under its reason with file and line, the
/// articles before the damage kept, and every other file untouched.
#[test]
fn damaged_gzip_files() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let body = articles_jsonl("t", 5000);
    let z = gz(body.as_bytes());
    std::fs::write(input.join("a_truncated.jsonl.gz"), &z[..z.len() * 2 / 3]).unwrap();
    let mut corrupt = gz(articles_jsonl("c", 3).as_bytes());
    let n = corrupt.len();
    corrupt[n - 8] ^= 0xff; // CRC of the only member
    std::fs::write(input.join("b_corrupt.jsonl.gz"), corrupt).unwrap();
    std::fs::write(input.join("c_not_gzip.jsonl.gz"), "{\"text\": \"plain\"}\n").unwrap();
    // A thousandfold bomb: 4 MiB of blanks compresses to about 4 KB; 50 members of it follow
    // two real articles.
    let mut bomb = gz(articles_jsonl("b", 2).as_bytes());
    let filler = {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(&vec![b' '; 4 << 20]).unwrap();
        e.finish().unwrap()
    };
    for _ in 0..50 {
        bomb.extend_from_slice(&filler);
    }
    assert!(
        bomb.len() * 1000 < 200 << 20,
        "{} bytes expand a thousandfold",
        bomb.len()
    );
    std::fs::write(input.join("d_bomb.jsonl.gz"), bomb).unwrap();
    std::fs::write(input.join("e_good.jsonl"), articles_jsonl("g", 3)).unwrap();

    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    let line_of = |file: &str, reason: &str| -> u64 {
        let pat = format!("{file}:");
        let l = stderr
            .lines()
            .find(|l| l.contains(&pat) && l.contains(&format!("skipped ({reason})")))
            .unwrap_or_else(|| panic!("no {reason} line for {file}: {stderr}"));
        l.split(&pat)
            .nth(1)
            .unwrap()
            .split(':')
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    let got = ids(&out);
    let truncated_kept = got.iter().filter(|i| i.starts_with('t')).count() as u64;
    assert!(
        truncated_kept > 1000 && truncated_kept < 5000,
        "{truncated_kept}"
    );
    assert_eq!(
        line_of("a_truncated.jsonl.gz", "truncated_gzip"),
        truncated_kept + 1
    );
    // A checksum is only checked at the end of the member, after its lines were read.
    assert_eq!(line_of("b_corrupt.jsonl.gz", "corrupt_gzip"), 4);
    assert_eq!(line_of("c_not_gzip.jsonl.gz", "corrupt_gzip"), 1);
    assert_eq!(line_of("d_bomb.jsonl.gz", "decompression_limit"), 3);
    for kept in ["b1", "b2", "g1", "g2", "g3", "t1"] {
        assert!(got.iter().any(|i| i == kept), "{kept} missing");
    }
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["skipped"]["truncated_gzip"], 1);
    assert_eq!(s["skipped"]["corrupt_gzip"], 2);
    assert_eq!(s["skipped"]["decompression_limit"], 1);
    assert_eq!(s["articles_read"], got.len());
}

/// Files that cannot be read: a broken symlink, a link loop, a socket and a FIFO (opening a FIFO
/// would block forever), and a file without read permission. None stops the run.
#[cfg(unix)]
#[test]
fn unreadable_files_and_links() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    std::fs::write(input.join("a.jsonl"), articles_jsonl("a", 2)).unwrap();
    std::fs::write(input.join("sub/story.txt"), "A story about the harbour.").unwrap();
    symlink(input.join("missing.txt"), input.join("broken.txt")).unwrap();
    symlink("self.txt", input.join("self.txt")).unwrap();
    symlink("..", input.join("sub/loop")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(input.join("socket.jsonl")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(input.join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    let locked = input.join("locked.txt");
    std::fs::write(&locked, "A locked story.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Permission bits do not stop a privileged user (root in a container); then the file is
    // simply read, and only that assertion is skipped.
    let privileged = std::fs::read(&locked).is_ok();

    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    for line in [
        "broken.txt: skipped (broken_symlink)",
        "self.txt: skipped (broken_symlink)",
        "sub/loop: skipped (repeated_directory)",
        "socket.jsonl: skipped (not_a_regular_file)",
    ] {
        assert!(stderr.contains(line), "{line}: {stderr}");
    }
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["skipped"]["broken_symlink"], 2);
    assert_eq!(s["skipped"]["repeated_directory"], 1);
    assert_eq!(s["skipped"]["not_a_regular_file"], 1 + fifo as u64);
    if fifo {
        assert!(
            stderr.contains("pipe.txt: skipped (not_a_regular_file)"),
            "{stderr}"
        );
    }
    let got = ids(&out);
    // Read once, though the loop makes sub/ reachable again below itself.
    assert_eq!(got.iter().filter(|i| *i == "sub/story.txt").count(), 1);
    assert!(got.iter().any(|i| i == "a1") && got.iter().any(|i| i == "a2"));
    if privileged {
        eprintln!("running with privileges: chmod 000 does not stop reads; locked.txt was read");
        assert!(got.iter().any(|i| i == "locked.txt"));
    } else {
        assert!(
            stderr.contains("locked.txt: skipped (unreadable_file)"),
            "{stderr}"
        );
        assert_eq!(s["skipped"]["unreadable_file"], 1);
        assert!(!got.iter().any(|i| i == "locked.txt"));
    }
}

/// Nesting far past serde_json's recursion limit (128) is a counted bad record, not a stack
/// overflow; a binary file with a JSON extension is skipped whole.
#[test]
fn deep_nesting_and_binary_json() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let deep = format!("{}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
    let obj_deep = format!("{}{}", "{\"a\":".repeat(200_000), "}".repeat(200_000));
    std::fs::write(
        input.join("deep.jsonl"),
        format!(
            "{deep}\n{{\"text\": \"fine\", \"x\": {obj_deep}}}\n{}",
            articles_jsonl("d", 1)
        ),
    )
    .unwrap();
    std::fs::write(input.join("deep.json"), &deep).unwrap();
    std::fs::write(
        input.join("blob.jsonl"),
        b"\x00\x01\x02\x03{\"text\": \"x\"}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("deep.jsonl:1: skipped (nested_too_deep)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("deep.jsonl:2: skipped (nested_too_deep)"),
        "{stderr}"
    );
    assert!(
        // A `.json` array is read element by element.
        stderr.contains("deep.json:1 (element 1): skipped (nested_too_deep)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("blob.jsonl: skipped (binary_file)"),
        "{stderr}"
    );
    assert_eq!(ids(&out), ["d1"]);
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["skipped"]["nested_too_deep"], 3);
    assert_eq!(s["skipped"]["binary_file"], 1);
}

#[test]
fn an_output_directory_inside_the_input_is_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.jsonl"), articles_jsonl("a", 3)).unwrap();
    let out = dir.path().join("out");
    for round in 0..2 {
        let r = run_quiet(dir.path(), &out, &[]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        assert_eq!(
            ids(&out).len(),
            3,
            "round {round}: its own cleaned.jsonl read as articles"
        );
    }
    // An INPUT that is DIR itself: the same articles every time.
    let same = dir.path().join("same");
    std::fs::create_dir(&same).unwrap();
    std::fs::write(same.join("a.jsonl"), articles_jsonl("a", 3)).unwrap();
    for round in 0..3 {
        let r = run_quiet(&same, &same, &[]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        assert_eq!(ids(&same), ["a1", "a2", "a3"], "round {round}");
        let s = read_json(&same.join("summary.json"));
        assert_eq!(s["skipped_total"], 0, "round {round}");
    }
}

#[test]
fn messages_tell_files_of_one_name_apart() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["sub1", "sub2"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(
            dir.path().join(sub).join("same.jsonl"),
            "{\"id\": \"k\", \"text\": \"a story\"}\nnot json\n",
        )
        .unwrap();
    }
    let out = dir.path().join("out");
    let p = |s: &str| dir.path().join(s).to_str().unwrap().to_string();
    for inputs in [
        [p("sub1"), p("sub2")],
        [p("sub1/same.jsonl"), p("sub2/same.jsonl")],
    ] {
        let r = run(&[
            "run",
            &inputs[0],
            &inputs[1],
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(r.status.success());
        let err = String::from_utf8_lossy(&r.stderr);
        for sub in ["sub1", "sub2"] {
            assert!(
                err.contains(&format!("{sub}/same.jsonl:2: skipped")),
                "{err}"
            );
        }
        assert_eq!(ids(&out).len(), 2, "both stories kept");
        // The id repeated across files is reported where the second copy is.
        assert!(
            err.contains("sub2/same.jsonl:1: kept under a new id (duplicate_id)"),
            "{err}"
        );
    }
}

/// An INPUT named on the command line that cannot be opened is an error (exit 1), as SPEC
/// says of an unreadable input path; in a directory, the same file is skipped and counted.
#[test]
fn a_named_input_that_cannot_be_opened_fails_the_run() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jsonl");
    std::fs::write(&good, articles_jsonl("g", 2)).unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "A locked story.").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Permission bits do not stop a privileged user; a write-only kernel file does.
    let unreadable = if std::fs::read(&locked).is_err() {
        locked
    } else if std::fs::File::open("/proc/sys/vm/compact_memory").is_err()
        && std::path::Path::new("/proc/sys/vm/compact_memory").exists()
    {
        std::path::PathBuf::from("/proc/sys/vm/compact_memory")
    } else {
        eprintln!("no file this user cannot open; nothing to check");
        return;
    };
    let out = dir.path().join("out");
    let r = run(&[
        "run",
        good.to_str().unwrap(),
        unreadable.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]);
    assert_eq!(r.status.code(), Some(1));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains(&format!("cannot read input {}", unreadable.display())),
        "{err}"
    );
    assert!(!out.join("summary.json").exists());
}

#[test]
fn texts_without_words_are_not_copies_of_each_other() {
    // Every one normalises to no words (a legacy encoding decoded to replacement characters
    // looks like the last two); only the repeated row of emoji is a copy.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let texts = [
        "🔥🔥🔥",
        "...",
        "—",
        "!!!",
        "\u{fffd}\u{fffd} \u{fffd}",
        "\u{fffd}\u{fffd}\u{fffd} \u{fffd}",
        " 🔥🔥🔥\n",
    ];
    let rows: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("e{i}"), "text": t}))
        .collect();
    write_jsonl(&input, &rows);
    let out = dir.path().join("out");
    assert!(run_quiet(&input, &out, &[]).status.success());
    let arts = by_id(&read_jsonl(&out.join("articles.jsonl")));
    assert_eq!(arts.len(), texts.len());
    assert_eq!(arts["e6"]["relation"], "exact_duplicate");
    assert_eq!(arts["e6"]["parent"], "e0");
    for i in 0..6 {
        assert!(
            arts[&format!("e{i}")]["parent"].is_null(),
            "e{i}: {}",
            arts[&format!("e{i}")]
        );
    }
    let cleaned = read_jsonl(&out.join("cleaned.jsonl"));
    assert_eq!(cleaned.len(), 6, "all but the copy are kept");
    let summary = read_json(&out.join("summary.json"));
    assert_eq!(summary["trees"], 1);
    assert_eq!(summary["largest_tree"]["root"], "e0");

    // Without any tree there is no largest one.
    let out = dir.path().join("out-lone");
    write_jsonl(&input, &rows[..3]);
    assert!(run_quiet(&input, &out, &[]).status.success());
    let summary = read_json(&out.join("summary.json"));
    assert_eq!(summary["trees"], 0);
    assert!(summary["largest_tree"].is_null(), "{summary}");
}

#[test]
fn utf16_files_with_a_byte_order_mark_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let utf16 = |text: &str, big_endian: bool| -> Vec<u8> {
        std::iter::once(0xFEFF)
            .chain(text.encode_utf16())
            .flat_map(|u| {
                if big_endian {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    let jsonl = "{\"id\": \"a\", \"text\": \"The harbour fire destroyed three warehouses.\"}\r\n\
                 {\"id\": \"b\", \"text\": \"Пожар в порту\"}\r\n";
    std::fs::write(input.join("export.jsonl"), utf16(jsonl, false)).unwrap();
    std::fs::write(
        input.join("story.txt"),
        utf16("Title: Fire\nA story on the harbour fire.", true),
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let arts = by_id(&read_jsonl(&out.join("articles.jsonl")));
    assert_eq!(arts.len(), 3, "{arts:?}");
    assert_eq!(arts["story.txt"]["title"], "Fire");
    let summary = read_json(&out.join("summary.json"));
    assert_eq!(summary["skipped_total"], 0);
    let cleaned = read_jsonl(&out.join("cleaned.jsonl"));
    assert!(cleaned.iter().any(|a| a["text"] == "Пожар в порту"));
}

/// Two runs into one output directory: the second stops at once, exit 1, saying why, and touches
/// nothing of the first's; the lock goes with the run that held it.
#[test]
fn a_second_run_into_a_busy_output_directory_stops_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("one.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"a\", \"text\": \"one story about harbours\"}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // This test holds the lock a running wiretrace would hold.
    let held = std::fs::File::create(out.join(".wiretrace.lock")).unwrap();
    held.try_lock().unwrap();
    let o = run_quiet(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    let msg = String::from_utf8_lossy(&o.stderr);
    assert!(msg.contains("another wiretrace run is writing to"), "{msg}");
    assert!(!out.join("articles.jsonl").exists());
    drop(held);
    let o = run_quiet(&input, &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.join("summary.json").exists());
    assert!(!out.join(".wiretrace.lock").exists());
    // Reading a directory that holds the run's own --out: its lock is no input file ignored,
    // only the earlier run's six files are.
    let o = run_quiet(dir.path(), &out, &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let s = read_json(&out.join("summary.json"));
    assert_eq!(s["articles_read"], 1);
    assert_eq!(s["ignored_files"], 6);
}

/// `eval` refuses what would score as a meaningless figure: predictions holding none of the
/// truth's articles (an empty file, another corpus's run) and a directory given as a file; a
/// corpus given as the truth is pointed out.
#[test]
fn eval_refuses_predictions_that_hold_none_of_the_truth() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    std::fs::write(
        p("truth.jsonl"),
        "{\"id\":\"a\",\"cluster\":\"a\",\"parent\":null}\n{\"id\":\"b\",\"cluster\":\"a\",\"parent\":\"a\"}\n",
    )
    .unwrap();
    std::fs::write(p("empty.jsonl"), "").unwrap();
    std::fs::write(
        p("other.jsonl"),
        "{\"id\":\"x\",\"cluster\":\"x\",\"parent\":null}\n",
    )
    .unwrap();
    std::fs::create_dir(p("dir")).unwrap();
    for pred in ["empty.jsonl", "other.jsonl"] {
        let o = run(&["eval", "--truth", &p("truth.jsonl"), "--pred", &p(pred)]);
        assert_eq!(o.status.code(), Some(1), "{pred}");
        assert!(o.stdout.is_empty());
        let msg = String::from_utf8_lossy(&o.stderr);
        assert_eq!(msg.lines().count(), 1, "{msg}");
        assert!(
            msg.contains(pred) && msg.contains("none of the 2 articles of"),
            "{msg}"
        );
    }
    let o = run(&["eval", "--truth", &p("dir"), "--pred", &p("truth.jsonl")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a directory"));
    // A corpus as the truth scores, with a warning.
    std::fs::write(p("corpus.jsonl"), "{\"id\":\"a\",\"text\":\"x\"}\n").unwrap();
    let o = run(&[
        "eval",
        "--truth",
        &p("corpus.jsonl"),
        "--pred",
        &p("truth.jsonl"),
    ]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("is --truth a truth file?"));
}
