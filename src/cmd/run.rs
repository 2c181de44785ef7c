//! `wiretrace run`: reads articles, finds copies and derivatives, and writes the provenance
//! forest and its companion files into the output directory.

use crate::emit::{self, summary::RunInfo, write_atomic};
use crate::ingest::read_inputs;
use crate::pipeline::{self, Params};
use crate::progress::{trace_memory, Progress};
use crate::sketch::lsh::Banding;
use crate::store::TextSpill;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Files or directories to read (directories recursively, in sorted order); `-` reads JSONL
    /// from stdin.
    #[arg(default_value = "input")]
    pub inputs: Vec<PathBuf>,
    /// Output directory (created if missing).
    #[arg(long, short, default_value = "output")]
    pub out: PathBuf,
    /// Worker threads, at most 1024; 0 or none: all cores.
    #[arg(long, value_parser = clap::value_parser!(u16).range(0..=MAX_THREADS))]
    pub threads: Option<u16>,
    /// No progress bars and no closing summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Also write articles.parquet and edges.parquet (same columns as articles.jsonl and
    /// edges.csv).
    #[arg(long)]
    pub parquet: bool,
    /// Most articles report.html shows (whole trees, largest first); the data files always hold
    /// every article. The page also embeds at most 64 MiB of article text.
    #[arg(long, allow_negative_numbers = true, default_value_t = emit::report::REPORT_MAX_ARTICLES)]
    pub report_articles: usize,
    /// Tuning aid: append every measured candidate pair's evidence to this JSONL file.
    #[arg(long, hide = true)]
    pub dump_pairs: Option<PathBuf>,
    #[command(flatten)]
    pub detection: Detection,
}

/// The settings that decide what is linked, apart from where the articles come from and where
/// the output goes: `explain` takes these too, so that it decides a pair as `run` would.
#[derive(clap::Args, Debug, Clone)]
pub struct Detection {
    /// Words per shingle for MinHash, Jaccard and containment.
    #[arg(long, allow_negative_numbers = true, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub shingle_size: u16,
    /// Jaccard similarity targeted by the LSH bands that propose near-duplicate candidates.
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.5)]
    pub lsh_threshold: f64,
    /// Exact shingle Jaccard at or above which two articles are near duplicates. A copy cut
    /// short (the other's opening, nine tenths of its shingles inside it) is one whatever its
    /// Jaccard.
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.5)]
    pub near_threshold: f64,
    /// Share of an article's words in passages aligned with an earlier article (quotes discounted)
    /// at or above which it is that article's derivative.
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.3)]
    pub derive_threshold: f64,
    /// Idf-weighted word-vector cosine at or above which an article is a derivative of an
    /// earlier one from another outlet, however little of it aligns (heavy rewrites).
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.3)]
    pub cosine_threshold: f64,
    /// Days apart beyond which shared vocabulary does not link two dated articles unless some
    /// text also aligns (aligned text links at any distance).
    #[arg(long, allow_negative_numbers = true, default_value_t = 3.0)]
    pub vocab_window_days: f64,
    /// Weighted share of an article's words found in the other below which shared vocabulary
    /// alone does not make it a derivative (independent reports share names, not wording).
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.19)]
    pub words_threshold: f64,
    /// Share of an article's rarest words (names, the story's own terms) found in the other from
    /// which shared vocabulary makes it a derivative when the cosine is under its bar: both
    /// dated within --vocab-window-days, --words-threshold met (raised on corpora under 200
    /// articles, off under 40).
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.2)]
    pub rare_words_threshold: f64,
    /// Share of the aligned text that must keep one order in both articles for a derivative
    /// link (independent reports state the same facts, each in its own order); 0.1 more for a
    /// retelling, four or more reworded sentences with next to nothing verbatim.
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.5)]
    pub order_threshold: f64,
    /// Confidence under which no link is written (raise it for fewer, surer links; only links
    /// by shared vocabulary whose direction the texts barely tell fall under 0.2; a link made
    /// by the child's credit to the parent's outlet alone is worth 0.22; an article's link to
    /// the absent outlet it credits is worth 0.6).
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.2)]
    pub min_confidence: f64,
    /// Lowest idf-weighted cosine for a reworded sentence to align with a sentence of the other text.
    #[arg(long, allow_negative_numbers = true, default_value_t = 0.54)]
    pub sentence_cosine: f32,
    /// Candidate features found in more articles than this are ignored (bounds the work per article).
    #[arg(long, allow_negative_numbers = true, default_value_t = 64)]
    pub df_cap: u32,
    /// Candidate partners kept per article from the rare-feature index.
    #[arg(long, allow_negative_numbers = true, default_value_t = 3)]
    pub top_k: usize,
    /// MinHash seed (fixed by default, so runs are reproducible).
    #[arg(long, allow_negative_numbers = true)]
    pub seed: Option<u64>,
}

impl Default for Args {
    fn default() -> Self {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Wrap {
            #[command(flatten)]
            args: Args,
        }
        Wrap::parse_from(["wiretrace"]).args
    }
}

impl Detection {
    pub fn params(&self) -> Result<Params> {
        for (name, v) in [
            ("--lsh-threshold", self.lsh_threshold),
            ("--near-threshold", self.near_threshold),
            ("--derive-threshold", self.derive_threshold),
            ("--cosine-threshold", self.cosine_threshold),
            ("--words-threshold", self.words_threshold),
            ("--rare-words-threshold", self.rare_words_threshold),
            ("--order-threshold", self.order_threshold),
            ("--min-confidence", self.min_confidence),
            ("--sentence-cosine", self.sentence_cosine as f64),
        ] {
            if !(0.0..=1.0).contains(&v) {
                return Err(
                    super::UsageError(format!("{name} must be between 0 and 1, got {v}")).into(),
                );
            }
        }
        let mut p = Params {
            shingle_size: self.shingle_size as usize,
            lsh_threshold: self.lsh_threshold,
            banding: Banding::for_threshold(self.lsh_threshold),
            ..Default::default()
        };
        p.link.near_threshold = self.near_threshold;
        p.link.derive_threshold = self.derive_threshold;
        p.link.cosine_threshold = self.cosine_threshold;
        // Infinity would work, but summary.json records the parameters and JSON has no
        // infinity: it would read back as null.
        if !self.vocab_window_days.is_finite() || self.vocab_window_days < 0.0 {
            return Err(super::UsageError(format!(
                "--vocab-window-days must be a number of days, 0 or more (36500 for no window), got {}",
                self.vocab_window_days
            ))
            .into());
        }
        p.link.vocab_window_days = self.vocab_window_days;
        p.link.words_threshold = self.words_threshold;
        p.link.rare_threshold = self.rare_words_threshold;
        p.link.order_threshold = self.order_threshold;
        p.link.min_confidence = self.min_confidence;
        p.align.sentence_cosine = self.sentence_cosine;
        p.candidates.df_cap = self.df_cap.max(2);
        p.candidates.top_k = self.top_k;
        if let Some(s) = self.seed {
            p.seed = s;
        }
        Ok(p)
    }
}

/// Most worker threads `--threads` accepts. Far more threads than cores only slows the run, and
/// tens of thousands exhaust what the system gives a process (20,000 made the thread library
/// abort while setting up their stacks).
const MAX_THREADS: i64 = 1024;

pub fn run(args: Args) -> Result<()> {
    if args.parquet && !cfg!(feature = "parquet") {
        return Err(super::UsageError(
            "--parquet: this wiretrace was built without Parquet support; rebuild with \
             `cargo build --release --features parquet`"
                .into(),
        )
        .into());
    }
    let mut params = args.detection.params()?;
    params.dump_pairs = args.dump_pairs.clone();
    let threads = args.threads.map_or(0, usize::from);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start worker threads")?;
    let threads = pool.current_num_threads();
    pool.install(|| run_in_pool(&args, &params, threads))
}

fn run_in_pool(args: &Args, params: &Params, threads: usize) -> Result<()> {
    let started = Instant::now();
    // Made before reading, so that an unwritable DIR fails at once rather than after the work;
    // a failed run removes it again if it made it and nothing is in it.
    let made = !args.out.exists();
    if args.out.exists() && !args.out.is_dir() {
        anyhow::bail!(
            "cannot write the output to {}: it is a file, not a directory",
            args.out.display()
        );
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output directory {}", args.out.display()))?;
    let lock = match emit::OutputLock::take(&args.out) {
        Ok(lock) => lock,
        Err(e) => {
            if made {
                std::fs::remove_dir(&args.out).ok();
            }
            return Err(e);
        }
    };
    let result = run_into(args, params, threads, started);
    drop(lock);
    if result.is_err() && made {
        std::fs::remove_dir(&args.out).ok();
    }
    result
}

fn run_into(args: &Args, params: &Params, threads: usize, started: Instant) -> Result<()> {
    let progress = Progress::new(args.quiet);

    let t = Instant::now();
    let bar = progress.bar("read", 0);
    // Texts go to a temporary file as they are read (see `store`): memory then holds only
    // metadata and sketches, whatever the corpus size.
    let spill =
        Arc::new(TextSpill::create_in(&args.out).with_context(|| {
            format!("cannot create a temporary file in {}", args.out.display())
        })?);
    let ingested = read_inputs(&args.inputs, Some(&spill), Some(&args.out), &|k| bar.inc(k))?;
    let texts = Arc::into_inner(spill)
        .context("text store still shared after reading")?
        .finish()
        .context("cannot write article texts to the temporary file")?;
    bar.finish_and_clear();
    for line in ingested.diag.report_lines() {
        eprintln!("wiretrace: {}", super::one_safe_line(&line));
    }
    if ingested.articles.is_empty() {
        let skipped = ingested.diag.skipped_total();
        bail!(
            "no usable articles in {} ({})",
            args.inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            if skipped == 0 {
                "no records found".to_string()
            } else {
                format!("{skipped} records skipped; see messages above")
            }
        );
    }
    let ingest_secs = t.elapsed().as_secs_f64();
    trace_memory("ingest");

    let res = pipeline::run_with_store(ingested.articles, texts, params, &progress);

    let t = Instant::now();
    let out = &args.out;
    let parquet_files: &[&str] = &["articles.parquet", "edges.parquet"];
    emit::begin_output(out, if args.parquet { &[] } else { parquet_files })?;
    write_atomic(out, "articles.jsonl", |w| emit::articles::write(&res, w))?;
    write_atomic(out, "provenance.json", |w| emit::provenance::write(&res, w))?;
    write_atomic(out, "edges.csv", |w| emit::edges::write(&res, w))?;
    write_atomic(out, "cleaned.jsonl", |w| emit::cleaned::write(&res, w))?;
    #[cfg(feature = "parquet")]
    if args.parquet {
        write_atomic(out, "articles.parquet", |w| {
            emit::parquet::write_articles(&res, w)
        })?;
        write_atomic(out, "edges.parquet", |w| {
            emit::parquet::write_edges(&res, w)
        })?;
    }
    let write_secs = t.elapsed().as_secs_f64();
    trace_memory("write");

    let mut stage_seconds = vec![("ingest", ingest_secs)];
    stage_seconds.extend(res.stage_seconds.iter().cloned());
    stage_seconds.push(("write", write_secs));
    stage_seconds.push(("total", started.elapsed().as_secs_f64()));
    let info = RunInfo {
        diag: &ingested.diag,
        files: ingested.files,
        params,
        report_articles: args.report_articles,
        parquet: args.parquet,
        threads,
        stage_seconds,
    };
    let mut summary = emit::summary::build(&res, &info);
    // The report shows the summary without timings and thread count, so that it, like the data
    // files, is identical for any --threads.
    let mut stable = summary.clone();
    if let Some(o) = stable.as_object_mut() {
        o.remove("seconds");
        o.remove("threads");
    }
    let t = Instant::now();
    write_atomic(out, "report.html", |w| {
        emit::report::write(&res, &stable, args.report_articles, w)
    })?;
    trace_memory("report");
    // The report's own time, after the summary it shows was built: counted now, and the total
    // taken again, so that the stages add up to the whole run.
    if let Some(secs) = summary.get_mut("seconds").and_then(|s| s.as_object_mut()) {
        secs.remove("total");
        secs.insert(
            "report".into(),
            emit::round4(t.elapsed().as_secs_f64()).into(),
        );
        secs.insert(
            "total".into(),
            emit::round4(started.elapsed().as_secs_f64()).into(),
        );
    }
    if let Some(e) = res.texts.error() {
        bail!("{e}; the output in {} is incomplete", out.display());
    }
    // Last: its presence tells readers the set is complete (see `emit::begin_output`).
    write_atomic(out, emit::SUMMARY, |w| {
        serde_json::to_writer_pretty(&mut *w, &summary)?;
        w.write_all(b"\n")?;
        Ok(())
    })?;

    if !args.quiet {
        let rel = &summary["relations"];
        eprintln!(
            "wiretrace: {} articles ({} skipped) -> {} trees: {} original, {} exact, {} near, {} derivative, {} unrelated; wrote {} in {:.2}s",
            res.articles.len(),
            ingested.diag.skipped_total(),
            summary["trees"],
            rel["original"],
            rel["exact_duplicate"],
            rel["near_duplicate"],
            rel["derivative"],
            rel["unrelated"],
            super::one_safe_line(&out.display().to_string()),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
