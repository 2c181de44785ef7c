//! Reading articles from files, directories and stdin, one file per input format.
//!
//! Ingest never stops on bad input: every problem becomes a counted, located message in
//! [`Diagnostics`], and every readable article is kept.

pub mod date;
pub mod entities;
pub mod fields;
mod front;
pub mod gzip;
pub mod html;
pub mod json;
pub mod jsonl;
pub mod plaintext;
pub mod utf16;
pub mod warc;

use crate::model::Article;
use crate::store::TextSpill;
use anyhow::{bail, Result};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The largest single record (a JSONL line, a whole `.json` or text file) read into memory.
/// Larger ones are skipped and reported rather than allowed to exhaust memory.
pub const MAX_RECORD_BYTES: u64 = 256 << 20;

/// Messages kept per reason; beyond that only the count grows, so a dump with millions of bad
/// lines does not flood stderr or memory.
const MESSAGES_PER_REASON: u64 = 20;

/// Articles whose text or title had HTML character references decoded (see [`entities`]).
pub const HTML_ENTITIES: &str = "html_entities";

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

    /// An article whose text, title or source had HTML character references decoded (the JSON
    /// and plain-text readers both report it so).
    pub fn decoded_references(&mut self, origin: String) {
        self.repair(HTML_ENTITIES, origin, entities::DECODED.into());
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
    /// Where texts go as articles are read, so a big file's texts are never all in memory.
    pub spill: Option<Arc<TextSpill>>,
}

impl FileArticles {
    pub fn push(&mut self, mut a: Article) {
        if let Some(s) = &self.spill {
            s.spill(&mut a);
        }
        self.articles.push(a);
    }
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
    JsonGz,
    Text,
    Html,
    /// `.warc` or `.warc.gz` (compression is told by the content).
    Warc,
    /// Told by the content (see `sniff`): a file named on the command line without a known
    /// extension, such as a pipe (`<(zcat dump.jsonl.gz)`).
    Sniffed,
}

pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let fmt = if name.ends_with(".jsonl.gz") || name.ends_with(".ndjson.gz") {
        Format::JsonlGz
    } else if name.ends_with(".json.gz") {
        Format::JsonGz
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
    /// Named on the command line: one that cannot be opened fails the run (exit 1), as SPEC
    /// says of an unreadable input path, where a file met in a directory is skipped.
    named: bool,
}

/// Reads every INPUT (`-` is JSONL on stdin). A missing or unreadable INPUT is an error (the user
/// named it); problems below it are diagnostics. With `spill`, texts are moved there as they are
/// read. A directory walk does not read back the files of a finished run (see `Walk::dir`),
/// and a file that the run would replace in `output` (its DIR) fails the run before anything is
/// read: `run articles.jsonl --out .` would otherwise overwrite the user's input with its own
/// `articles.jsonl`.
pub fn read_inputs(
    inputs: &[PathBuf],
    spill: Option<&Arc<TextSpill>>,
    output: Option<&Path>,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Ingested> {
    let mut out = Ingested::default();
    let output = output.and_then(|o| dir_id(o).ok());
    let mut sources = Vec::new();
    // How many sources each INPUT contributed, to put stdin back in its place among them.
    let mut per_input = Vec::with_capacity(inputs.len());
    for input in inputs {
        if input.as_os_str() == "-" {
            per_input.push(0);
            continue;
        }
        let before = sources.len();
        let meta = std::fs::metadata(input)
            .map_err(|e| anyhow::anyhow!("cannot read input {}: {e}", input.display()))?;
        if meta.is_dir() {
            let mut seen = HashSet::new();
            let mut walk = Walk {
                root: input,
                out: &mut sources,
                seen: &mut seen,
                diag: &mut out.diag,
            };
            walk.dir(input)
                .map_err(|e| anyhow::anyhow!("cannot read directory {}: {e}", input.display()))?;
        } else {
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            // A file the user names explicitly is read even with an unknown extension.
            let format = format_of(input).unwrap_or(Format::Sniffed);
            sources.push(Source {
                path: input.clone(),
                name,
                format,
                named: true,
            });
        }
        per_input.push(sources.len() - before);
    }
    if let Some(dir) = &output {
        if let Some(src) = sources.iter().find(|s| is_output_file(&s.path, dir)) {
            bail!(
                "{} is an input of this run, which would replace it with its own output of that name: choose another --out{}",
                src.path.display(),
                if src.named { "" } else { " (or delete the file, if it is left over from a run that did not finish)" }
            );
        }
    }
    out.files = sources.len() as u64;
    // Files are read in parallel but kept in sorted input order, so ids and output are stable.
    let per_file: Vec<Result<FileArticles>> = sources
        .par_iter()
        .map(|s| {
            let r = read_file(s, spill.cloned());
            progress(1);
            r
        })
        .collect();
    let mut stdin_done = false;
    let mut per_file = per_file.into_iter().zip(&sources);
    for (input, &n) in inputs.iter().zip(&per_input) {
        if input.as_os_str() == "-" {
            if stdin_done {
                continue;
            }
            stdin_done = true;
            let mut fa = FileArticles {
                spill: spill.cloned(),
                ..Default::default()
            };
            // `gzip -c dump.jsonl | wiretrace run -`: decompressed to its end, as a piped file
            // is (see `read_sniffed`), its size being unknown.
            // A JSON array piped in (`jq -s . | wiretrace run -`) is read as a `.json` file's,
            // element by element; anything else as JSON Lines.
            let head = Head::read(std::io::stdin().lock(), 4096);
            if head.bytes.starts_with(&[0x1f, 0x8b]) {
                read_from(Format::JsonlGz, "stdin", head, u64::MAX, &mut fa);
            } else if json::first_byte(&head.bytes) == Some(b'[') {
                read_from(Format::Json, "stdin", head, 0, &mut fa);
            } else {
                read_from(Format::Jsonl, "stdin", head, 0, &mut fa);
            }
            out.files += 1;
            out.articles.extend(fa.articles);
            out.diag.merge(fa.diag);
            continue;
        }
        for (fa, src) in per_file.by_ref().take(n) {
            let mut fa = fa?;
            located(&mut fa, src);
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

/// Messages name a file by its path as the user can find it (`sub1/same.jsonl`), where ids
/// name it relative to its INPUT (`same.jsonl`, the SPEC's default id): two INPUTs holding files
/// of one name would otherwise give messages that cannot be told apart.
/// Articles' origins too: a duplicate id, found once all files are read, is reported at its
/// article's origin.
fn located(fa: &mut FileArticles, src: &Source) {
    let path = src.path.to_string_lossy();
    if path == src.name {
        return;
    }
    let origins = fa.articles.iter_mut().map(|a| &mut a.origin);
    for m in fa.diag.messages.iter_mut().chain(origins) {
        if let Some(rest) = m.strip_prefix(src.name.as_str()) {
            if rest.is_empty() || rest.starts_with(':') {
                *m = format!("{path}{rest}");
            }
        }
    }
}

/// Which directory a path reaches, whatever the path: its device and inode where the system has
/// them, else its canonical path. Canonical paths cost a lookup of every component for each of
/// a path's components, asked once per directory of a walk: a chain of 1,000 nested
/// directories took 9.5 s to list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum DirId {
    #[cfg_attr(not(unix), allow(dead_code))]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn dir_id(dir: &Path) -> std::io::Result<DirId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(dir)?;
        Ok(DirId::Inode(m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        Ok(DirId::Path(std::fs::canonicalize(dir)?))
    }
}

/// Whether `path` is a file of the name of a run's output (see [`crate::emit::OUTPUT_FILES`]) in
/// the directory `dir`.
fn is_output_file(path: &Path, dir: &DirId) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    if !crate::emit::OUTPUT_FILES.contains(&name) {
        return false;
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    dir_id(parent).is_ok_and(|id| id == *dir)
}

/// The state of one INPUT directory's walk (see [`Walk::dir`]).
struct Walk<'a> {
    root: &'a Path,
    out: &'a mut Vec<Source>,
    seen: &'a mut HashSet<DirId>,
    diag: &'a mut Diagnostics,
}

impl Walk<'_> {
    /// Collects the readable files below `dir` in sorted order (so ids and output do not depend
    /// on the file system's listing order). Links are followed; a broken link is reported, and a
    /// directory reached a second time (a link loop, or two links to one directory) is read
    /// once, so a loop cannot make the walk endless and no file is read twice through it. Only
    /// regular files are read: opening a FIFO found in a dump would block the run forever.
    ///
    /// In the DIR of a finished run (this run's DIR from an earlier run, `run . --out .` the
    /// second time, or another's: `run . --out o1`, then `run . --out o2`), the run's own files
    /// are not read: its cleaned.jsonl read back would make every article its own copy, its
    /// report.html an article. Other files there are read as anywhere else.
    fn dir(&mut self, dir: &Path) -> std::io::Result<()> {
        let id = dir_id(dir)?;
        if !self.seen.insert(id) {
            self.diag.skip(
                "repeated_directory",
                dir.to_string_lossy().into_owned(),
                "a link to a directory already read (a loop or a second link); read once".into(),
            );
            return Ok(());
        }
        let finished_run = is_run_output(dir);
        if finished_run {
            self.diag.messages.push(format!(
                "{}: the files of an earlier wiretrace run there (articles.jsonl, cleaned.jsonl, provenance.json, report.html, summary.json) are not read; name one as an INPUT to read it",
                dir.display(),
            ));
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for path in entries {
            // Messages give the path as the user can find it; ids, relative to the INPUT.
            let shown = path.to_string_lossy().into_owned();
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => {
                    let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink());
                    let reason = if is_link {
                        "broken_symlink"
                    } else {
                        "unreadable_file"
                    };
                    self.diag.skip(reason, shown, e.to_string());
                    continue;
                }
            };
            let is_output_name = || {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| crate::emit::OUTPUT_FILES.contains(&n))
            };
            let working = || {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(crate::emit::is_working_file)
            };
            if meta.is_file() && working() {
                continue;
            }
            if finished_run && meta.is_file() && is_output_name() {
                self.diag.ignored_files += 1;
            } else if meta.is_dir() {
                if let Err(e) = self.dir(&path) {
                    self.diag.skip("unreadable_file", shown, e.to_string());
                }
            } else if let Some(format) = format_of(&path) {
                if meta.is_file() {
                    let name = rel_name(self.root, &path);
                    self.out.push(Source {
                        path,
                        name,
                        format,
                        named: false,
                    });
                } else {
                    self.diag.skip(
                        "not_a_regular_file",
                        shown,
                        "a FIFO, socket or device, not a file; not read".into(),
                    );
                }
            } else {
                self.diag.ignored_files += 1;
            }
        }
        Ok(())
    }
}

/// A path as named in ids and messages: relative to its INPUT, with `/` separators.
fn rel_name(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

fn read_file(src: &Source, spill: Option<Arc<TextSpill>>) -> Result<FileArticles> {
    let mut out = FileArticles {
        spill,
        ..Default::default()
    };
    let file = match File::open(&src.path) {
        Ok(f) => f,
        Err(e) if src.named => bail!("cannot read input {}: {e}", src.path.display()),
        Err(e) => {
            out.diag
                .skip("unreadable_file", src.name.clone(), e.to_string());
            return Ok(out);
        }
    };
    // Only the gzip ceiling needs the size; a FIFO named on the command line reports 0.
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    read_from(src.format, &src.name, file, size, &mut out);
    Ok(out)
}

/// Whether `dir` holds the output of a wiretrace run: its `summary.json` (which names
/// `articles_read` in its first lines), `articles.jsonl` and `provenance.json`.
fn is_run_output(dir: &Path) -> bool {
    use std::io::Read;
    let is_file = |name: &str| dir.join(name).is_file();
    if !(is_file("articles.jsonl") && is_file("provenance.json")) {
        return false;
    }
    let mut head = Vec::new();
    std::fs::File::open(dir.join("summary.json"))
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .is_ok_and(|_| {
            head.windows(b"\"articles_read\"".len())
                .any(|w| w == b"\"articles_read\"")
        })
}

/// Parses the bytes of one file as `format`, exactly as a file of that name on disk would be
/// read, without touching the file system. `name` is used in ids and messages. This is the
/// entry point of the fuzz targets, so they exercise the code that real input takes.
pub fn parse_bytes(name: &str, format: Format, bytes: &[u8]) -> FileArticles {
    let mut out = FileArticles::default();
    read_from(format, name, bytes, bytes.len() as u64, &mut out);
    out
}

/// Reads one file's articles from `reader`; `size` is its length on disk (it sets the gzip
/// decompression ceiling). Text formats in UTF-16 with a byte-order mark are read as UTF-8.
fn read_from(format: Format, name: &str, reader: impl Read, size: u64, out: &mut FileArticles) {
    use Format::*;
    match format {
        Warc => read_utf8(format, name, reader, size, out),
        JsonlGz | JsonGz => {
            // What the decompressed text is in, told by its own first bytes.
            let gz = gzip::GzReader::new(BufReader::new(reader), size);
            let plain = if format == JsonlGz { Jsonl } else { Json };
            let inflated = size.saturating_mul(8);
            read_text_in(plain, name, Head::read(gz, 2), inflated, out)
        }
        // Enough for `sniff` to tell the format, and a pipe may hand out fewer at first.
        Jsonl | Json | Text | Html | Sniffed => {
            read_text_in(format, name, Head::read(reader, 8 << 10), size, out)
        }
    }
}

/// Reads text whose first bytes `head` holds, in UTF-16 if they are its byte-order mark.
fn read_text_in<R: Read>(
    format: Format,
    name: &str,
    head: Head<R>,
    size: u64,
    out: &mut FileArticles,
) {
    match utf16::byte_order(&head.bytes) {
        Some(be) => {
            let text = utf16::Utf16Reader::new(BufReader::new(head), be);
            read_utf8(format, name, text, size, out)
        }
        None => read_utf8(format, name, head, size, out),
    }
}

/// A reader's first bytes, read ahead to tell its format or encoding, and then the reader with
/// them put back. Reads until it has them all, as a pipe may hand out a byte at a time. An error
/// met while reading them is put back too, after them, so the reader chosen reports it where
/// it happened.
pub(crate) struct Head<R> {
    pub bytes: Vec<u8>,
    pos: usize,
    error: Option<std::io::Error>,
    rest: R,
}

impl<R: Read> Head<R> {
    pub fn read(mut rest: R, n: usize) -> Head<R> {
        let mut bytes = vec![0u8; n];
        let (mut got, mut error) = (0, None);
        while got < n {
            match rest.read(&mut bytes[got..]) {
                Ok(0) => break,
                Ok(k) => got += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        bytes.truncate(got);
        Head::with(bytes, error, rest)
    }

    /// `bytes` already read from `rest`, and the error that stopped the reading, if any.
    pub fn with(bytes: Vec<u8>, error: Option<std::io::Error>, rest: R) -> Head<R> {
        Head {
            bytes,
            pos: 0,
            error,
            rest,
        }
    }
}

impl<R: Read> Read for Head<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos < self.bytes.len() {
            let n = buf.len().min(self.bytes.len() - self.pos);
            buf[..n].copy_from_slice(&self.bytes[self.pos..self.pos + n]);
            self.pos += n;
            return Ok(n);
        }
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.rest.read(buf)
    }
}

/// Reads `reader` as `format`, its text (if it is text) already UTF-8.
fn read_utf8(format: Format, name: &str, reader: impl Read, size: u64, out: &mut FileArticles) {
    match format {
        Format::Jsonl => {
            let cap = buffer_for(size);
            jsonl::read_jsonl(&mut BufReader::with_capacity(cap, reader), name, out)
        }
        Format::Json => json::read_json(&mut BufReader::new(reader), name, out),
        // `read_from` decompresses these before they come here; boxed, so that the two do not
        // call each other with ever longer reader types.
        Format::JsonlGz | Format::JsonGz => {
            let boxed: Box<dyn Read + '_> = Box::new(reader);
            read_from(format, name, boxed, size, out)
        }
        Format::Text => read_text(reader, name, out),
        Format::Html => html::read_html_file(reader, name, out),
        Format::Warc => warc::read_warc_file(reader, name, size, out),
        Format::Sniffed => {
            let mut r = BufReader::with_capacity(buffer_for(size), reader);
            read_sniffed(&mut r, name, size, true, out)
        }
    }
}

/// Reads a file whose format its first bytes tell (see `sniff`); gzip is opened once.
fn read_sniffed(
    r: &mut dyn BufRead,
    name: &str,
    size: u64,
    gzip_allowed: bool,
    out: &mut FileArticles,
) {
    // A read error here is met again, and reported, by the reader chosen.
    let (gzip, gzip_warc, format) = match r.fill_buf() {
        Ok(head) => (
            head.starts_with(&[0x1f, 0x8b]),
            gzip_allowed && warc::is_gzipped_warc(head),
            sniff(head),
        ),
        Err(_) => (false, false, Format::Text),
    };
    // A pipe has no size to set the decompression ceiling by; what the user pipes in is
    // read to its end (it streams, so only time is at stake).
    let known = if size == 0 { u64::MAX } else { size };
    if gzip_warc {
        // Given to the WARC reader still compressed, as a `.warc.gz` file is, so that a
        // damaged member (its signature too) costs only its record.
        return warc::read_warc_file(r, name, known, out);
    }
    if gzip_allowed && gzip {
        let gz = gzip::GzReader::new(r, known);
        let cap = buffer_for(size.saturating_mul(8));
        return read_sniffed(
            &mut BufReader::with_capacity(cap, gz),
            name,
            size,
            false,
            out,
        );
    }
    match format {
        Format::Jsonl => jsonl::read_jsonl(r, name, out),
        Format::Json => json::read_json(r, name, out),
        Format::Warc => warc::read_warc_file(r, name, size, out),
        Format::Html => html::read_html_file(r, name, out),
        _ => read_text(r, name, out),
    }
}

/// The format of a file from its first bytes: WARC by its version line, JSON Lines by an object
/// on the first line, a JSON document by an array or an object spread over lines, HTML by a
/// tag; anything else is text. An object must open with a key (or be empty), so a text that
/// starts with a brace is still read as text.
fn sniff(head: &[u8]) -> Format {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let t = &head[start..];
    let after_open = || t[1..].iter().find(|b| !b.is_ascii_whitespace()).copied();
    match t.first() {
        _ if t.starts_with(b"WARC/") => Format::Warc,
        Some(b'{') if matches!(after_open(), Some(b'"' | b'}') | None) => {
            // An object that closes on its first line, or whose first line is longer than the
            // head, is a JSON Lines record; one that goes on over lines is a JSON document.
            match t.iter().position(|&b| b == b'\n') {
                Some(n) if !t[..n].trim_ascii_end().ends_with(b"}") => Format::Json,
                _ => Format::Jsonl,
            }
        }
        Some(b'[') if matches!(after_open(), Some(b'{' | b']') | None) => Format::Json,
        Some(b'<') => Format::Html,
        _ => Format::Text,
    }
}

/// Read buffer for `size` bytes of input: 1 MiB for big files, but not much more than a small
/// file needs; directories of many small files (and the fuzz targets) would otherwise allocate
/// and zero a megabyte for a few hundred bytes each time.
fn buffer_for(size: u64) -> usize {
    size.saturating_add(1).clamp(8 << 10, 1 << 20) as usize
}

/// The reason under which an I/O error met while reading a file is counted.
pub(crate) fn read_error_reason(e: &std::io::Error) -> &'static str {
    gzip::problem(e).map_or("read_error", gzip::GzProblem::reason)
}

/// Binary data, by the test git and grep use: a NUL byte in the first 8 KiB. Text formats
/// (and JSON, which escapes control characters) never contain one.
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    head.iter().take(8192).any(|&b| b == 0)
}

/// Reads a whole one-article file (text, HTML), or reports why it is skipped: unreadable,
/// over the record limit, or binary (`kind` names what it should have been).
pub(crate) fn read_one_record(
    reader: impl Read,
    name: &str,
    kind: &str,
    diag: &mut Diagnostics,
) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    if let Err(e) = reader.take(MAX_RECORD_BYTES + 1).read_to_end(&mut bytes) {
        // Opened but not read to the end: an I/O error, or a damaged gzip stream, named as for
        // any other file; the one record it held is skipped whole, not cut.
        diag.skip(read_error_reason(&e), name.to_string(), e.to_string());
        return None;
    }
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        diag.skip(
            "record_too_large",
            name.to_string(),
            format!("exceeds the {MAX_RECORD_BYTES}-byte limit"),
        );
        return None;
    }
    if looks_binary(&bytes) {
        diag.skip(
            "binary_file",
            name.to_string(),
            format!("contains NUL bytes; not {kind}"),
        );
        return None;
    }
    Some(bytes)
}

fn read_text(reader: impl Read, name: &str, out: &mut FileArticles) {
    let Some(bytes) = read_one_record(reader, name, "text", &mut out.diag) else {
        return;
    };
    let text = repair_utf8(bytes, name, &mut out.diag);
    let art =
        plaintext::article_from_text(&text, name.to_string(), name.to_string(), &mut out.diag);
    if art.text.trim().is_empty() {
        out.diag
            .skip("empty_text", name.to_string(), "no article text".into());
        return;
    }
    out.push(art);
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

    fn gz(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn jsonl_lines(n: usize) -> Vec<u8> {
        (1..=n)
            .flat_map(|i| {
                format!("{{\"id\":\"a{i}\",\"text\":\"article number {i}\"}}\n").into_bytes()
            })
            .collect()
    }

    /// Fails with an I/O error after `ok` bytes, as a disk or network file system can.
    pub(super) struct FailAfter<'a> {
        pub(super) data: &'a [u8],
        pub(super) ok: usize,
    }

    impl Read for FailAfter<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.ok == 0 {
                return Err(std::io::Error::other("Input/output error (injected)"));
            }
            let n = buf.len().min(self.ok).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            self.ok -= n;
            Ok(n)
        }
    }

    #[test]
    fn every_format_parses_from_bytes() {
        let lines = jsonl_lines(3);
        assert_eq!(
            parse_bytes("a.jsonl", Format::Jsonl, &lines).articles.len(),
            3
        );
        assert_eq!(
            parse_bytes("a.jsonl.gz", Format::JsonlGz, &gz(&lines))
                .articles
                .len(),
            3
        );
        let arr = br#"[{"text":"one"},{"text":"two"}]"#;
        assert_eq!(parse_bytes("a.json", Format::Json, arr).articles.len(), 2);
        assert_eq!(
            parse_bytes("a.json.gz", Format::JsonGz, &gz(arr))
                .articles
                .len(),
            2
        );
        let t = parse_bytes("a.txt", Format::Text, b"date 2023-01-02 Body text.");
        assert_eq!(t.articles[0].text, "Body text.");
    }

    #[test]
    fn a_file_without_a_known_extension_is_read_by_its_content() {
        // What `run <(zcat dump.jsonl.gz)` gives: a pipe named /dev/fd/63.
        let lines = jsonl_lines(3);
        let texts = |data: &[u8]| -> Vec<String> {
            let out = parse_bytes("63", Format::Sniffed, data);
            assert!(out.diag.skipped.is_empty(), "{:?}", out.diag.messages);
            out.articles.into_iter().map(|a| a.text).collect()
        };
        assert_eq!(texts(&lines).len(), 3);
        assert_eq!(texts(&gz(&lines)).len(), 3);
        assert_eq!(
            texts(b"\xef\xbb\xbf\n  [{\"text\":\"one\"},{\"text\":\"two\"}]").len(),
            2
        );
        assert_eq!(texts(b"{\n  \"text\": \"pretty\"\n}\n"), ["pretty"]);
        assert_eq!(
            texts(b"<html><body><p>A page with enough words in its one paragraph to count as the main text of it.</p></body></html>").len(),
            1
        );
        // Text that starts with a brace or a bracket is still text.
        assert_eq!(
            texts(b"{Breaking} The court said."),
            ["{Breaking} The court said."]
        );
        assert_eq!(
            texts(b"[Update] The court said."),
            ["[Update] The court said."]
        );
        assert_eq!(sniff(b"WARC/1.0\r\nWARC-Type: warcinfo"), Format::Warc);
        assert_eq!(sniff(b"{\"text\": \"a very long first line"), Format::Jsonl);
    }

    #[test]
    fn read_error_mid_file_keeps_earlier_lines() {
        let data = jsonl_lines(10);
        let cut = data.iter().position(|&b| b == b'\n').unwrap() * 4 + 10;
        let mut out = FileArticles::default();
        let mut r = BufReader::with_capacity(
            16,
            FailAfter {
                data: &data,
                ok: cut,
            },
        );
        jsonl::read_jsonl(&mut r, "d.jsonl", &mut out);
        assert_eq!(out.articles.len(), 4);
        assert_eq!(out.diag.skipped["read_error"], 1);
        assert!(
            out.diag.messages[0].starts_with("d.jsonl:5: skipped (read_error)"),
            "{:?}",
            out.diag.messages
        );

        let mut out = FileArticles::default();
        read_text(
            FailAfter {
                data: b"some text",
                ok: 4,
            },
            "t.txt",
            &mut out,
        );
        assert!(out.articles.is_empty());
        assert_eq!(out.diag.skipped["read_error"], 1);
    }

    #[test]
    fn a_head_read_a_byte_at_a_time_is_put_back() {
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(self.0.len()).min(1);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut head = Head::read(Trickle(b"\x1f\x8b and the rest"), 4);
        assert_eq!(head.bytes, b"\x1f\x8b a");
        let mut all = Vec::new();
        head.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"\x1f\x8b and the rest");
        // Gzipped UTF-16 is told by its decompressed first bytes.
        let text = "{\"text\": \"Пожар в порту\"}\n{\"text\": \"a fire\"}\n";
        let utf16: Vec<u8> = std::iter::once(0xFEFFu16)
            .chain(text.encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect();
        let out = parse_bytes("u.jsonl.gz", Format::JsonlGz, &gz(&utf16));
        assert_eq!(out.articles.len(), 2, "{:?}", out.diag.messages);
        let out = parse_bytes("u.json.gz", Format::JsonGz, &gz(&utf16));
        assert_eq!(out.articles.len(), 2, "{:?}", out.diag.messages);
    }

    #[test]
    fn truncated_and_corrupt_gzip_keep_what_came_before() {
        let data = jsonl_lines(20_000);
        let z = gz(&data);
        let out = parse_bytes("t.jsonl.gz", Format::JsonlGz, &z[..z.len() / 2]);
        assert_eq!(out.diag.skipped["truncated_gzip"], 1);
        let n = out.articles.len();
        assert!(n > 1000 && n < 20_000, "{n}");
        assert!(out
            .articles
            .iter()
            .enumerate()
            .all(|(i, a)| a.id == format!("a{}", i + 1)));
        // Reported at the line where the data ends: just after the last complete article.
        let msg = &out.diag.messages[0];
        let line: usize = msg
            .strip_prefix("t.jsonl.gz:")
            .and_then(|m| m.split_once(": skipped (truncated_gzip): stopped reading"))
            .and_then(|(l, _)| l.parse().ok())
            .unwrap_or_else(|| panic!("{msg}"));
        assert_eq!(line, n + 1, "{msg}");

        let out = parse_bytes("c.jsonl.gz", Format::JsonlGz, b"plain text, not gzip\n");
        assert_eq!(out.diag.skipped["corrupt_gzip"], 1);
        assert!(out.articles.is_empty());

        // JSON Lines named .json.gz are read as such: the lines before the cut are kept.
        let out = parse_bytes("c.json.gz", Format::JsonGz, &z[..z.len() / 2]);
        assert_eq!(out.diag.skipped["truncated_gzip"], 1);
        assert_eq!(out.articles.len(), n);
        // So are the whole elements of an array cut short.
        let array = format!(
            "[{}]",
            String::from_utf8(data)
                .unwrap()
                .trim_end()
                .replace('\n', ",\n")
        );
        let za = gz(array.as_bytes());
        let out = parse_bytes("c.json.gz", Format::JsonGz, &za[..za.len() / 2]);
        assert_eq!(out.diag.skipped["truncated_gzip"], 1);
        let kept = out.articles.len();
        assert!(kept > 0 && kept < n, "{kept} of {n}");
        // One element per line, the first on the array's line.
        let cut = format!(
            "c.json.gz:{} (element {}): skipped (truncated_gzip)",
            kept + 1,
            kept + 1
        );
        assert!(
            out.diag.messages[0].starts_with(&cut),
            "{:?}",
            out.diag.messages
        );
    }

    #[test]
    fn gzip_bomb_is_capped_and_reported() {
        let mut data = jsonl_lines(2);
        data.extend(std::iter::repeat_n(b' ', 1 << 20));
        let mut bomb = gz(&data);
        let filler = gz(&vec![b' '; 1 << 20]);
        for _ in 0..100 {
            bomb.extend_from_slice(&filler);
        }
        let out = parse_bytes("b.jsonl.gz", Format::JsonlGz, &bomb);
        assert_eq!(
            out.articles.len(),
            2,
            "articles before the ceiling are kept"
        );
        assert_eq!(out.diag.skipped["decompression_limit"], 1);
        assert!(
            out.diag
                .messages
                .iter()
                .any(|m| m.starts_with("b.jsonl.gz:3: skipped (decompression_limit)")),
            "{:?}",
            out.diag.messages
        );
    }

    #[test]
    fn hostile_json() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let line = format!("{{\"text\":\"ok\"}}\n{deep}\n{{\"text\":{deep}}}\n");
        let out = parse_bytes("n.jsonl", Format::Jsonl, line.as_bytes());
        assert_eq!(out.articles.len(), 1);
        assert_eq!(out.diag.skipped["nested_too_deep"], 2);
        let out = parse_bytes("n.json", Format::Json, deep.as_bytes());
        assert_eq!(out.diag.skipped["nested_too_deep"], 1);

        let out = parse_bytes(
            "b.jsonl",
            Format::Jsonl,
            b"\x7fELF\x02\x01\x01\x00\x00{\"text\":\"x\"}\n",
        );
        assert_eq!(out.diag.skipped["binary_file"], 1);
        assert!(out.articles.is_empty());
        let out = parse_bytes("b.json", Format::Json, b"{\"text\":\"x\"}\x00");
        assert_eq!(out.diag.skipped["binary_file"], 1);
    }
}
