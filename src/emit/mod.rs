//! Output files, one module per format. Every file is written to a temporary name in the output
//! directory and renamed into place, so a crash never leaves a half-written file under a final
//! name and readers see either the old file or the new one.

pub mod articles;
pub mod cleaned;
pub mod edges;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod provenance;
pub mod report;
pub mod summary;

use anyhow::{Context, Result};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Ends the names of temporary files, so that [`begin_output`] can recognise and remove those a
/// killed run left behind without touching anything else in the directory.
const TEMP_SUFFIX: &str = ".wiretrace.tmp";

/// The file written last; its presence says the other files are from the same, finished run.
pub const SUMMARY: &str = "summary.json";

/// Every file a run may write in DIR: a run never reads one back from a finished run's DIR,
/// and refuses to replace one that is among its inputs.
pub const OUTPUT_FILES: [&str; 8] = [
    "articles.jsonl",
    "provenance.json",
    "edges.csv",
    "cleaned.jsonl",
    "articles.parquet",
    "edges.parquet",
    "report.html",
    SUMMARY,
];

/// Names the lock a run holds on its output directory (see [`OutputLock`]).
const LOCK_FILE: &str = ".wiretrace.lock";

/// Whether `name` is a file a run keeps in its output directory while it works (its lock, its
/// temporary files): a run reading a directory that holds its own `--out` does not count them as
/// input files it ignored.
pub fn is_working_file(name: &str) -> bool {
    name == LOCK_FILE || is_temp_file(name)
}

/// Whether `name` is one of [`write_atomic`]'s temporary files.
fn is_temp_file(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(TEMP_SUFFIX)
}

/// A run's hold on its output directory, from before it reads to after it writes. Two runs into
/// one DIR each removed the other's temporary files as a killed run's leftovers and renamed their
/// files over each other's: the second now stops at once with a clear message. The lock file is
/// removed when the hold ends; one a killed run left is taken over, as the system released its
/// lock with the process.
pub struct OutputLock {
    path: PathBuf,
    _file: std::fs::File,
}

impl OutputLock {
    pub fn take(dir: &Path) -> Result<OutputLock> {
        let path = dir.join(LOCK_FILE);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => anyhow::bail!(
                "another wiretrace run is writing to {}; wait for it to end or choose another --out",
                dir.display()
            ),
            // A file system without locks (some network mounts) runs as before.
            Err(std::fs::TryLockError::Error(e))
                if e.kind() == std::io::ErrorKind::Unsupported => {}
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(e).with_context(|| format!("cannot lock {}", path.display()))
            }
        }
        Ok(OutputLock { path, _file: file })
    }
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Prepares `dir` for a new set of outputs: removes temporary files of an earlier killed run and
/// the old `summary.json`. Each output file is replaced atomically but the set cannot be, so a
/// run killed half-way would otherwise leave new files beside an old summary describing others;
/// with `summary.json` written last and removed first, its presence means a complete set.
///
/// `not_written` names the optional files this run does not write (Parquet without
/// `--parquet`): an earlier run's would sit beside this run's summary.json, so they go too.
pub fn begin_output(dir: &Path, not_written: &[&str]) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if is_temp_file(&name) {
            // Best effort: a leftover that cannot be removed harms nothing.
            let _ = std::fs::remove_file(entry.path());
        }
    }
    for name in std::iter::once(SUMMARY).chain(not_written.iter().copied()) {
        match std::fs::remove_file(dir.join(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(e)
                    .with_context(|| format!("cannot replace {}", dir.join(name).display()));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Writes `dir/name` atomically through a buffered writer: to a hidden temporary file in `dir`,
/// flushed and synced, then renamed over `name`, so `name` is always either absent, the old file,
/// or the complete new one. The writer is `Send` because the Parquet writer requires it of its
/// sink.
pub fn write_atomic(
    dir: &Path,
    name: &str,
    body: impl FnOnce(&mut (dyn Write + Send)) -> Result<()>,
) -> Result<()> {
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    // tempfile creates owner-only files; outputs are ordinary files, readable as the umask allows.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    {
        let mut w = BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        body(&mut w).with_context(|| format!("writing {name}"))?;
        w.flush().with_context(|| format!("writing {name}"))?;
    }
    tmp.as_file().sync_all().ok();
    // The persist error's own message repeats its cause: the cause alone.
    tmp.persist(dir.join(name))
        .map_err(|e| e.error)
        .with_context(|| format!("cannot write {}", dir.join(name).display()))?;
    Ok(())
}

/// Records rendered per parallel job by [`write_in_order`], and the most records and estimated
/// bytes per batch: a batch is in memory at once. 16k-record batches raised the peak memory of a
/// 100k-article run by a third, and a count alone let a few huge texts fill a batch.
const RENDER_CHUNK: usize = 256;
const RENDER_BATCH_RECORDS: usize = 2048;
const RENDER_BATCH_BYTES: usize = 16 << 20;

/// Writes records `0..n` in order, each rendered by `render(i, buf)`; `size(i)` estimates the
/// bytes record `i` renders to. Records are rendered in parallel a batch at a time and written
/// in order: the bytes are those of a serial loop whatever the thread count, and memory holds
/// one batch (or one record, if a single record is larger than a batch).
pub fn write_in_order(
    w: &mut dyn Write,
    n: usize,
    size: impl Fn(usize) -> usize,
    render: impl Fn(usize, &mut Vec<u8>) -> Result<()> + Sync,
) -> Result<()> {
    use rayon::prelude::*;
    let mut start = 0;
    while start < n {
        let mut end = start;
        let mut bytes = 0;
        while end < n && end - start < RENDER_BATCH_RECORDS && bytes < RENDER_BATCH_BYTES {
            bytes += size(end);
            end += 1;
        }
        // At least eight jobs per batch, so that a batch of a few big texts still spreads over
        // the threads.
        let per_job = (end - start).div_ceil(8).clamp(1, RENDER_CHUNK);
        let chunks: Vec<Result<Vec<u8>>> = (start..end)
            .into_par_iter()
            .step_by(per_job)
            .map(|c| {
                let mut buf = Vec::new();
                for i in c..(c + per_job).min(end) {
                    render(i, &mut buf)?;
                }
                Ok(buf)
            })
            .collect();
        for chunk in chunks {
            w.write_all(&chunk?)?;
        }
        start = end;
    }
    Ok(())
}

/// For an article under a virtual node by the copy it repeats (`Forest::via`): that copy's index,
/// its link with the article, and the credit that put the copy under the node, if it has one.
pub fn via_copy(
    res: &crate::pipeline::RunResult,
    i: usize,
) -> Option<(usize, usize, Option<&crate::link::attribution::Credit>)> {
    use crate::tree::Node;
    let f = &res.forest;
    let k = match (f.parent[i], f.evidence[i]) {
        (Some(Node::Virtual(_)), None) => f.via[i]?,
        _ => return None,
    };
    let via = res.links[k].parent as usize;
    let credit = match (f.parent[via], f.evidence[via]) {
        (Some(Node::Virtual(_)), Some(c)) => res.sketches[via].credits.get(c),
        _ => None,
    };
    Some((via, k, credit))
}

/// The `decided_by` of an article under a virtual node by a copy of the story (see
/// [`via_copy`]): a copy repeats the story as the copy does, a rewrite rewrote it.
pub fn via_decided_by(relation: crate::model::Relation) -> &'static str {
    match relation {
        crate::model::Relation::Derivative => "rewrite_of_credited_copy",
        _ => "copy_of_credited_copy",
    }
}

/// Rounds a score for output: four decimals are plenty and keep files stable and readable.
pub fn round4(x: f64) -> f64 {
    // `+ 0.0` turns the -0.0 of a tiny negative into 0.0, which readers print as "0".
    (x * 10_000.0).round() / 10_000.0 + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Batches and jobs change nothing: the bytes are those of a serial loop, at every batch
    /// boundary, whether records are small (cut by count) or large (cut by bytes).
    #[test]
    fn write_in_order_matches_a_serial_loop() {
        let render = |i: usize, buf: &mut Vec<u8>| -> Result<()> {
            writeln!(buf, "record {i} {}", "x".repeat(i % 7))?;
            Ok(())
        };
        for n in [0, 1, 7, 255, 256, 257, 2047, 2048, 2049, 5000] {
            let mut serial = Vec::new();
            for i in 0..n {
                render(i, &mut serial).unwrap();
            }
            for size in [1, 3 << 20, 40 << 20] {
                let mut out = Vec::new();
                write_in_order(&mut out, n, |_| size, render).unwrap();
                assert_eq!(out, serial, "n {n}, size {size}");
            }
        }
    }

    #[test]
    fn write_in_order_stops_at_the_first_error() {
        let mut out = Vec::new();
        let r = write_in_order(
            &mut out,
            100,
            |_| 1,
            |i, buf| {
                anyhow::ensure!(i != 42, "record 42");
                buf.push(b'.');
                Ok(())
            },
        );
        assert!(r.is_err());
        assert!(out.len() < 42);
    }
}
