//! One file per subcommand, each opening with what it does.

pub mod eval;
pub mod explain;
pub mod generate;
pub mod run;
