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
    /// Read articles, link copies and derivatives, write the provenance forest (`wiretrace` alone
    /// runs it on input/ into output/).
    Run(cmd::run::Args),
    /// Score a run's articles.jsonl against a ground-truth file; prints one JSON object.
    Eval(cmd::eval::Args),
    /// Show the aligned passages of two articles, the decision and its evidence.
    Explain(cmd::explain::Args),
    /// Generate a synthetic corpus with ground truth.
    Generate(cmd::generate::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
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

/// Help and version go to stdout as clap writes them. A usage error is one line on stderr, as
/// SPEC asks of every failure (clap's own spans several, with a usage block), and exit code 2.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        e.exit();
    }
    // What clap says before its first blank line: the error, and for a missing argument the
    // indented lines naming it.
    let text = e.render().to_string();
    let head = text.split("\n\n").next().unwrap_or_default();
    let said = head.split_whitespace().collect::<Vec<_>>().join(" ");
    let said = said.strip_prefix("error: ").unwrap_or(&said);
    // `args_os`: `args` panics on an argument that is not Unicode, a path among them.
    let command = std::env::args_os()
        .nth(1)
        .and_then(|a| a.into_string().ok())
        .filter(|a| ["run", "eval", "explain", "generate"].contains(&a.as_str()));
    eprintln!(
        "wiretrace: error: {}; see wiretrace {}--help",
        cmd::one_safe_line(said),
        command.map(|c| c + " ").unwrap_or_default()
    );
    ExitCode::from(2)
}
