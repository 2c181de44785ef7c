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
use std::path::Path;

/// Writes `dir/name` atomically through a buffered writer. The writer is `Send` because the
/// Parquet writer requires it of its sink.
pub fn write_atomic(
    dir: &Path,
    name: &str,
    body: impl FnOnce(&mut (dyn Write + Send)) -> Result<()>,
) -> Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a file in {}", dir.display()))?;
    {
        let mut w = BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
        body(&mut w).with_context(|| format!("writing {name}"))?;
        w.flush().with_context(|| format!("writing {name}"))?;
    }
    tmp.as_file().sync_all().ok();
    tmp.persist(dir.join(name))
        .with_context(|| format!("cannot write {}", dir.join(name).display()))?;
    Ok(())
}

/// Rounds a score for output: four decimals are plenty and keep files stable and readable.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
