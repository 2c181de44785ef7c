//! One file per subcommand, each opening with what it does.

pub mod eval;
pub mod explain;
pub mod generate;
pub mod run;

/// A bad command line found after parsing (values clap cannot check alone); `main` exits with
/// status 2 for it, as for any usage error.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}
