//! `wiretrace eval`: scores a run's `articles.jsonl` against a ground-truth file and prints the
//! metrics as one JSON object on stdout.

use crate::eval::{doubts, evaluate, read_labels};
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Ground truth: JSONL with id, cluster, parent, relation.
    #[arg(long)]
    pub truth: PathBuf,
    /// Predictions: a run's articles.jsonl (or its output directory).
    #[arg(long, default_value = "output/articles.jsonl")]
    pub pred: PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let truth = read_labels(&args.truth)?;
    // Every metric of an empty truth would be a perfect 1.0 for any prediction at all.
    if truth.is_empty() {
        anyhow::bail!("{}: no records; nothing to score", args.truth.display());
    }
    // A run's output directory stands for its articles.jsonl.
    let pred = if args.pred.is_dir() {
        args.pred.join("articles.jsonl")
    } else {
        args.pred.clone()
    };
    let pred_path = pred;
    let pred = read_labels(&pred_path)?;
    // No article of the truth among the predictions (an empty file, another corpus's run): every
    // prediction would be missing, and precision a perfect 1.0 over nothing.
    if !truth.keys().any(|id| pred.contains_key(id)) {
        anyhow::bail!(
            "{}: none of the {} articles of {} is in it; nothing to score",
            pred_path.display(),
            truth.len(),
            args.truth.display()
        );
    }
    for line in doubts(&truth, &pred) {
        eprintln!("wiretrace eval: warning: {}", super::one_safe_line(&line));
    }
    let metrics = evaluate(&truth, &pred);
    super::print(&format!("{}\n", serde_json::to_string(&metrics)?))
}
