//! `wiretrace generate`: writes a synthetic news corpus and its ground truth, so the
//! detector can be scored and timed at any scale without hand-labelled data.
//!
//! Both files are written to temporary files beside their targets and renamed into place
//! only when complete, so an interrupted run never leaves a truncated corpus that a later
//! benchmark would silently accept.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use tempfile::NamedTempFile;

use crate::generate::{generate, GenerateOptions};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Number of original news events; the corpus has several times as many articles.
    #[arg(long)]
    pub originals: usize,
    /// Corpus output (JSON Lines).
    #[arg(long)]
    pub out: PathBuf,
    /// Ground-truth output (JSON Lines).
    #[arg(long)]
    pub truth: PathBuf,
    /// Same seed, byte-identical output.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn run(args: Args) -> Result<()> {
    if args.out == args.truth {
        bail!("--out and --truth must be different files");
    }
    let start = Instant::now();
    let mut corpus = BufWriter::with_capacity(1 << 20, temp_beside(&args.out)?);
    let mut truth = BufWriter::with_capacity(1 << 16, temp_beside(&args.truth)?);
    let opts = GenerateOptions {
        originals: args.originals,
        seed: args.seed,
    };
    let stats = generate(&opts, &mut corpus, &mut truth)?;
    persist(corpus, &args.out)?;
    persist(truth, &args.truth)?;
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

/// Same directory as the target so the final rename stays on one filesystem (atomic).
fn temp_beside(path: &Path) -> Result<NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".wiretrace-generate-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // An ordinary output file (0666 less the umask), not tempfile's private 0600.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder
        .tempfile_in(dir)
        .with_context(|| format!("creating temporary file in {}", dir.display()))
}

fn persist(mut w: BufWriter<NamedTempFile>, path: &Path) -> Result<()> {
    w.flush()?;
    let tmp = w.into_inner().map_err(|e| e.into_error())?;
    tmp.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}
