//! `wiretrace generate`: writes a synthetic news corpus and its ground truth, so the
//! detector can be scored and timed at any scale without hand-labelled data.
//!
//! Both files are written to temporary files beside their targets and renamed into place
//! only when complete, so an interrupted run never leaves a truncated corpus that a later
//! benchmark would silently accept.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use tempfile::NamedTempFile;

use crate::generate::{generate, GenerateOptions};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Number of original news events, at most 10,000,000; the corpus has about five times as
    /// many articles (4.4 KB each).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=MAX_ORIGINALS))]
    pub originals: u64,
    /// Corpus output (JSON Lines); `-` for standard output (`... --out - | wiretrace run -`).
    #[arg(long)]
    pub out: PathBuf,
    /// Ground-truth output (JSON Lines); `-` for standard output.
    #[arg(long)]
    pub truth: PathBuf,
    /// Same seed, byte-identical output.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Most originals `generate` makes: about 52 million articles and 230 GB of corpus. The
/// generator keeps a few words per original; far beyond this it would fail to allocate them
/// rather than fill the disk.
const MAX_ORIGINALS: u64 = 10_000_000;

pub fn run(args: Args) -> Result<()> {
    if same_file(&args.out, &args.truth) {
        return Err(super::UsageError("--out and --truth must be different files".into()).into());
    }
    let start = Instant::now();
    let mut corpus = BufWriter::with_capacity(1 << 20, Output::open(&args.out)?);
    let mut truth = BufWriter::with_capacity(1 << 16, Output::open(&args.truth)?);
    let opts = GenerateOptions {
        originals: args.originals as usize,
        seed: args.seed,
    };
    let stats = generate(&opts, &mut corpus, &mut truth)?;
    finish(corpus, &args.out)?;
    finish(truth, &args.truth)?;
    eprintln!(
        "generate: {} articles from {} originals (seed {}), {:.1} MB -> {}, truth -> {}, {:.1}s",
        stats.articles,
        args.originals,
        args.seed,
        stats.bytes as f64 / 1e6,
        args.out.display(),
        args.truth.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Whether two paths name one regular file, however spelled (`c.jsonl` and `./c.jsonl`, a link
/// to it, a path through `..`): the truth, written second, would replace the corpus. Special
/// files (`/dev/null` for both, when timing) are no conflict.
fn same_file(a: &Path, b: &Path) -> bool {
    let special = |p: &Path| std::fs::metadata(p).is_ok_and(|m| !m.is_file());
    if special(a) || special(b) {
        return false;
    }
    if a == b {
        return true;
    }
    // Where the file will be: its directory resolved (links and `..` included), then its name.
    let place = |p: &Path| -> Option<PathBuf> {
        if let Ok(c) = std::fs::canonicalize(p) {
            return Some(c);
        }
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(dir).ok()?.join(p.file_name()?))
    };
    matches!((place(a), place(b)), (Some(x), Some(y)) if x == y)
}

/// Regular files are replaced atomically; special files such as `/dev/null` (handy for
/// timing) cannot be renamed over, so they are written in place, as is standard output (`-`).
/// Write errors name the file meant (not the temporary one): the generator writes both at once.
struct Output {
    sink: Sink,
    path: PathBuf,
}

enum Sink {
    Atomic(NamedTempFile),
    Direct(File),
    Stdout(std::io::Stdout),
}

impl Output {
    fn open(path: &Path) -> Result<Output> {
        let sink = Output::sink(path)?;
        Ok(Output {
            sink,
            path: path.to_path_buf(),
        })
    }

    fn sink(path: &Path) -> Result<Sink> {
        if path.as_os_str() == "-" {
            return Ok(Sink::Stdout(std::io::stdout()));
        }
        // "corpus/" names a directory whatever exists: refused now, not after the whole corpus
        // is written to a temporary file that could then only be thrown away.
        if path
            .as_os_str()
            .to_string_lossy()
            .ends_with(std::path::is_separator)
        {
            anyhow::bail!(
                "cannot write {}: a directory's name, not a file's",
                path.display()
            );
        }
        let existing = path.metadata().ok();
        if existing.as_ref().is_some_and(|m| !m.is_file()) {
            let f = File::create(path).with_context(|| format!("opening {}", path.display()))?;
            return Ok(Sink::Direct(f));
        }
        // Same directory as the target so the final rename stays on one filesystem.
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        // Named after the target, so that running the command again (what a user does after
        // killing it) removes what the killed run left: a million-article corpus is 4 GB.
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.");
        remove_leftovers(dir, &prefix);
        let mut builder = tempfile::Builder::new();
        builder
            .prefix(&prefix)
            .rand_bytes(RANDOM_CHARS)
            .suffix(TEMP_SUFFIX);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // An ordinary output file (0666 less the umask), not tempfile's private 0600.
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let tmp = builder.tempfile_in(dir).with_context(|| {
            format!(
                "cannot write {}: creating a temporary file in {}",
                path.display(),
                dir.display()
            )
        })?;
        // A file written over keeps its mode: a private truth file stays private.
        if let Some(m) = existing {
            tmp.as_file()
                .set_permissions(m.permissions())
                .with_context(|| format!("cannot write {}: setting its mode", path.display()))?;
        }
        Ok(Sink::Atomic(tmp))
    }

    fn named(&self, e: std::io::Error) -> std::io::Error {
        std::io::Error::new(e.kind(), format!("writing {}: {e}", self.path.display()))
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.sink {
            Sink::Atomic(f) => f.write(buf),
            Sink::Direct(f) => f.write(buf),
            Sink::Stdout(f) => f.write(buf),
        }
        .map_err(|e| self.named(e))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Atomic(f) => f.flush(),
            Sink::Direct(f) => f.flush(),
            Sink::Stdout(f) => f.flush(),
        }
        .map_err(|e| self.named(e))
    }
}

/// Ends the temporary names of `generate`'s files (`.corpus.jsonl.XXXXXX.wiretrace-generate.tmp`).
const TEMP_SUFFIX: &str = ".wiretrace-generate.tmp";
const RANDOM_CHARS: usize = 6;

/// Removes the temporary files an earlier, killed `generate` left for the same target. Best
/// effort: a leftover that cannot be removed harms nothing but space.
fn remove_leftovers(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let n = entry.file_name();
        let n = n.to_string_lossy();
        // Exactly tempfile's six random characters between the two, so that the temporary file
        // of another target (`.c.jsonl.XXXXXX...` against `.c.`) is never taken for one.
        let random = n
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix(TEMP_SUFFIX));
        if random.is_some_and(|r| {
            r.len() == RANDOM_CHARS && r.bytes().all(|b| b.is_ascii_alphanumeric())
        }) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn finish(w: BufWriter<Output>, path: &Path) -> Result<()> {
    let out = w.into_inner().map_err(|e| e.into_error())?;
    if let Sink::Atomic(tmp) = out.sink {
        tmp.persist(path)
            .map_err(|e| e.error)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
