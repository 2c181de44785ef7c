//! Reading articles from files, directories and stdin, one file per input format.
//!
//! Ingest never stops on bad input: every problem becomes a counted, located message in
//! [`Diagnostics`], and every readable article is kept.

pub mod date;
pub mod fields;
pub mod html;
pub mod jsonl;
pub mod plaintext;
pub mod warc;

use crate::model::Article;
use anyhow::{bail, Result};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// The largest single record (a JSONL line, a whole `.json` or text file) read into memory.
/// Larger ones are skipped and reported rather than allowed to exhaust memory.
pub const MAX_RECORD_BYTES: u64 = 256 << 20;

/// Messages kept per reason; beyond that only the count grows, so a dump with millions of bad
/// lines does not flood stderr or memory.
const MESSAGES_PER_REASON: u64 = 20;

/// Counted problems with the input, by reason, plus the first few messages for each.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    pub skipped: BTreeMap<String, u64>,
    pub repaired: BTreeMap<String, u64>,
    pub renamed: BTreeMap<String, u64>,
    pub ignored_files: u64,
    pub messages: Vec<String>,
}

impl Diagnostics {
    pub fn skip(&mut self, reason: &str, origin: String, detail: String) {
        let n = bump(&mut self.skipped, reason);
        self.note(n, format!("{origin}: skipped ({reason}): {detail}"));
    }

    pub fn repair(&mut self, reason: &str, origin: String, detail: String) {
        let n = bump(&mut self.repaired, reason);
        self.note(n, format!("{origin}: repaired ({reason}): {detail}"));
    }

    pub fn rename(&mut self, reason: &str, origin: String, detail: String) {
        let n = bump(&mut self.renamed, reason);
        self.note(
            n,
            format!("{origin}: kept under a new id ({reason}): {detail}"),
        );
    }

    fn note(&mut self, n: u64, msg: String) {
        if n <= MESSAGES_PER_REASON {
            self.messages.push(msg);
        }
    }

    /// Adds `other`'s counts; messages stay capped per reason across the merge.
    pub fn merge(&mut self, other: Diagnostics) {
        let before: BTreeMap<String, u64> = self
            .skipped
            .iter()
            .chain(&self.repaired)
            .chain(&self.renamed)
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        for (k, v) in other.skipped {
            *self.skipped.entry(k).or_default() += v;
        }
        for (k, v) in other.repaired {
            *self.repaired.entry(k).or_default() += v;
        }
        for (k, v) in other.renamed {
            *self.renamed.entry(k).or_default() += v;
        }
        self.ignored_files += other.ignored_files;
        let mut shown: HashMap<String, u64> = HashMap::new();
        for m in other.messages {
            let reason = m
                .split_once(" (")
                .and_then(|(_, r)| r.split_once(')'))
                .map(|(r, _)| r.to_string());
            let reason = reason.unwrap_or_default();
            let n = shown
                .entry(reason.clone())
                .or_insert_with(|| before.get(&reason).copied().unwrap_or(0));
            *n += 1;
            if *n <= MESSAGES_PER_REASON {
                self.messages.push(m);
            }
        }
    }

    /// Lines for stderr: the kept messages, then how many of each reason were not shown.
    pub fn report_lines(&self) -> Vec<String> {
        let mut lines = self.messages.clone();
        for (kind, map) in [
            ("skipped", &self.skipped),
            ("repaired", &self.repaired),
            ("renamed", &self.renamed),
        ] {
            for (reason, n) in map {
                if *n > MESSAGES_PER_REASON {
                    lines.push(format!(
                        "... {} more {kind} ({reason}) not shown",
                        n - MESSAGES_PER_REASON
                    ));
                }
            }
        }
        lines
    }

    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }
}

fn bump(map: &mut BTreeMap<String, u64>, reason: &str) -> u64 {
    let n = map.entry(reason.to_string()).or_default();
    *n += 1;
    *n
}

/// The articles of one file with the problems met while reading it.
#[derive(Debug, Default)]
pub struct FileArticles {
    pub articles: Vec<Article>,
    pub diag: Diagnostics,
}

/// Everything read from the inputs, in input order.
#[derive(Debug, Default)]
pub struct Ingested {
    pub articles: Vec<Article>,
    pub diag: Diagnostics,
    pub files: u64,
}

/// How a file is read, decided by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    JsonlGz,
    Json,
    Text,
    Html,
    /// `.warc` or `.warc.gz` (compression is told by the content).
    Warc,
}

pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let fmt = if name.ends_with(".jsonl.gz")
        || name.ends_with(".ndjson.gz")
        || name.ends_with(".json.gz")
    {
        Format::JsonlGz
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Format::Jsonl
    } else if name.ends_with(".json") {
        Format::Json
    } else if name.ends_with(".txt") || name.ends_with(".md") {
        Format::Text
    } else if name.ends_with(".html") || name.ends_with(".htm") {
        Format::Html
    } else if name.ends_with(".warc") || name.ends_with(".warc.gz") {
        Format::Warc
    } else {
        return None;
    };
    Some(fmt)
}

/// One file to read, with the name it is known by in ids and messages (relative to its INPUT).
#[derive(Debug, Clone)]
struct Source {
    path: PathBuf,
    name: String,
    format: Format,
}

/// Reads every INPUT (`-` is JSONL on stdin). A missing or unreadable INPUT is an error (the user
/// named it); problems below it are diagnostics.
pub fn read_inputs(inputs: &[PathBuf], progress: &(dyn Fn(u64) + Sync)) -> Result<Ingested> {
    let mut out = Ingested::default();
    let mut sources = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        let meta = std::fs::metadata(input)
            .map_err(|e| anyhow::anyhow!("cannot read input {}: {e}", input.display()))?;
        if meta.is_dir() {
            walk(input, input, &mut sources, &mut out.diag)
                .map_err(|e| anyhow::anyhow!("cannot read directory {}: {e}", input.display()))?;
        } else {
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // A file the user names explicitly is read even with an unknown extension.
            let format = format_of(input).unwrap_or(Format::Text);
            sources.push(Source {
                path: input.clone(),
                name,
                format,
            });
        }
    }
    out.files = sources.len() as u64;
    // Files are read in parallel but kept in sorted input order, so ids and output are stable.
    let per_file: Vec<FileArticles> = sources
        .par_iter()
        .map(|s| {
            let r = read_file(s);
            progress(1);
            r
        })
        .collect();
    let mut stdin_done = false;
    let mut per_file = per_file.into_iter();
    for input in inputs {
        if input.as_os_str() == "-" {
            if stdin_done {
                continue;
            }
            stdin_done = true;
            let mut fa = FileArticles::default();
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            jsonl::read_jsonl(&mut lock, "stdin", &mut fa);
            out.files += 1;
            out.articles.extend(fa.articles);
            out.diag.merge(fa.diag);
            continue;
        }
        let meta_is_dir = input.is_dir();
        let n = if meta_is_dir {
            sources.iter().filter(|s| s.path.starts_with(input)).count()
        } else {
            1
        };
        for fa in per_file.by_ref().take(n) {
            out.articles.extend(fa.articles);
            out.diag.merge(fa.diag);
        }
    }
    dedupe_ids(&mut out.articles, &mut out.diag);
    if out.articles.is_empty() && inputs.is_empty() {
        bail!("no input given");
    }
    Ok(out)
}

/// Collects the readable files below `dir` in sorted order (so ids and output do not depend on
/// the file system's listing order). Links to files are followed; broken ones are reported.
fn walk(
    root: &Path,
    dir: &Path,
    out: &mut Vec<Source>,
    diag: &mut Diagnostics,
) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                diag.skip("unreadable_file", name, e.to_string());
                continue;
            }
        };
        if meta.is_dir() {
            if let Err(e) = walk(root, &path, out, diag) {
                diag.skip("unreadable_file", name, e.to_string());
            }
        } else if let Some(format) = format_of(&path) {
            out.push(Source { path, name, format });
        } else {
            diag.ignored_files += 1;
        }
    }
    Ok(())
}

fn read_file(src: &Source) -> FileArticles {
    let mut out = FileArticles::default();
    let file = match File::open(&src.path) {
        Ok(f) => f,
        Err(e) => {
            out.diag
                .skip("unreadable_file", src.name.clone(), e.to_string());
            return out;
        }
    };
    match src.format {
        Format::Jsonl => jsonl::read_jsonl(
            &mut BufReader::with_capacity(1 << 20, file),
            &src.name,
            &mut out,
        ),
        Format::JsonlGz => {
            let gz = flate2::read::MultiGzDecoder::new(BufReader::new(file));
            let mut reader = BufReader::with_capacity(1 << 20, gz);
            jsonl::read_jsonl(&mut reader, &src.name, &mut out);
        }
        Format::Json => jsonl::read_json(&mut BufReader::new(file), &src.name, &mut out),
        Format::Text => read_text(file, src, &mut out),
        Format::Html => html::read_html_file(file, &src.name, &mut out),
        Format::Warc => warc::read_warc_file(file, &src.name, &mut out),
    }
    out
}

fn read_text(file: File, src: &Source, out: &mut FileArticles) {
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_RECORD_BYTES + 1).read_to_end(&mut bytes) {
        out.diag
            .skip("unreadable_file", src.name.clone(), e.to_string());
        return;
    }
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        out.diag.skip(
            "record_too_large",
            src.name.clone(),
            format!("exceeds the {MAX_RECORD_BYTES}-byte limit"),
        );
        return;
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        out.diag.skip(
            "binary_file",
            src.name.clone(),
            "contains NUL bytes; not text".into(),
        );
        return;
    }
    let text = repair_utf8(bytes, &src.name, &mut out.diag);
    let art = plaintext::article_from_text(&text, src.name.clone(), src.name.clone());
    if art.text.trim().is_empty() {
        out.diag
            .skip("empty_text", src.name.clone(), "no article text".into());
        return;
    }
    out.articles.push(art);
}

/// Decodes UTF-8, replacing invalid sequences (and reporting that it did) rather than dropping
/// the record: one bad byte in a scraped page should not lose the article.
pub fn repair_utf8(bytes: Vec<u8>, origin: &str, diag: &mut Diagnostics) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
            diag.repair(
                "invalid_utf8",
                origin.to_string(),
                format!("invalid UTF-8 at byte {valid_up_to} replaced"),
            );
            s
        }
    }
}

/// Gives a later article with an already-seen id the id `<id>#2`, `#3`, ... (never colliding with
/// a real id), so both are kept and every output line has a unique key.
pub fn dedupe_ids(articles: &mut [Article], diag: &mut Diagnostics) {
    let mut seen: HashMap<String, u32> = HashMap::with_capacity(articles.len());
    let all: std::collections::HashSet<String> = articles.iter().map(|a| a.id.clone()).collect();
    for a in articles.iter_mut() {
        let count = seen.entry(a.id.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            continue;
        }
        let mut k = *count;
        let mut new_id = format!("{}#{k}", a.id);
        while all.contains(&new_id) || seen.contains_key(&new_id) {
            k += 1;
            new_id = format!("{}#{k}", a.id);
        }
        *seen.get_mut(&a.id).unwrap() = k;
        diag.rename(
            "duplicate_id",
            a.origin.clone(),
            format!("id {:?} seen before; now {:?}", a.id, new_id),
        );
        seen.insert(new_id.clone(), 1);
        a.id = new_id;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_ids_are_renamed() {
        let mut arts: Vec<Article> = ["a", "b", "a", "a#2", "a"]
            .iter()
            .map(|id| Article {
                id: id.to_string(),
                text: "x".into(),
                ..Default::default()
            })
            .collect();
        let mut d = Diagnostics::default();
        dedupe_ids(&mut arts, &mut d);
        let ids: Vec<_> = arts.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "a#3", "a#2", "a#4"]);
        assert_eq!(d.renamed["duplicate_id"], 2);
    }

    #[test]
    fn message_cap_survives_merge() {
        let mut total = Diagnostics::default();
        for _ in 0..3 {
            let mut d = Diagnostics::default();
            for i in 0..15 {
                d.skip("malformed_json", format!("f:{i}"), "bad".into());
            }
            total.merge(d);
        }
        assert_eq!(total.skipped["malformed_json"], 45);
        assert_eq!(total.messages.len() as u64, MESSAGES_PER_REASON);
        assert!(total.report_lines().last().unwrap().contains("25 more"));
    }
}
