//! `wiretrace eval`: scores a run's `articles.jsonl` against a ground-truth file and prints the
//! metrics as one JSON object on stdout.

use crate::eval::{evaluate, read_labels};
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Ground truth: JSONL with id, cluster, parent, relation.
    #[arg(long)]
    pub truth: PathBuf,
    /// Predictions: a run's articles.jsonl.
    #[arg(long, default_value = "output/articles.jsonl")]
    pub pred: PathBuf,
}

pub fn run(args: Args) -> Result<()> {
    let truth = read_labels(&args.truth)?;
    let pred = read_labels(&args.pred)?;
    let metrics = evaluate(&truth, &pred);
    println!("{}", serde_json::to_string(&metrics)?);
    Ok(())
}
