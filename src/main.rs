use clap::{Parser, Subcommand};
use std::process::ExitCode;
use wiretrace::cmd;

/// Find copies, near-duplicates and derivative reporting in news dumps; write a provenance forest.
#[derive(Parser)]
#[command(name = "wiretrace", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Commands>,
}

#[derive(Subcommand)]
enum Commands {
    /// Read articles, link copies and derivatives, write the provenance forest (the default).
    Run(cmd::run::Args),
    /// Score a run's articles.jsonl against a ground-truth file; prints one JSON object.
    Eval(cmd::eval::Args),
    /// Show the aligned passages of two articles, the decision and its evidence.
    Explain(cmd::explain::Args),
    /// Generate a synthetic corpus with ground truth.
    Generate(cmd::generate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Commands::Run(args)) => cmd::run::run(args),
        None => cmd::run::run(cmd::run::Args::default()),
        Some(Commands::Eval(args)) => cmd::eval::run(args),
        Some(Commands::Explain(args)) => cmd::explain::run(args),
        Some(Commands::Generate(args)) => cmd::generate::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "wiretrace: error: {}",
                cmd::one_safe_line(&format!("{e:#}"))
            );
            if e.downcast_ref::<cmd::UsageError>().is_some() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}
