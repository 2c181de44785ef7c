//! Progress bars per stage, shown only to a person watching: off with `--quiet` and whenever
//! stderr is not a terminal (batch jobs, CI, pipes), so logs stay clean.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

#[derive(Debug, Clone, Copy)]
pub struct Progress {
    enabled: bool,
}

impl Progress {
    pub fn new(quiet: bool) -> Self {
        Progress {
            enabled: !quiet && std::io::stderr().is_terminal(),
        }
    }

    pub fn hidden() -> Self {
        Progress { enabled: false }
    }

    /// A bar for one stage; a hidden one costs an atomic increment per tick.
    pub fn bar(&self, stage: &str, len: u64) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr_with_hz(8));
        bar.set_style(
            ProgressStyle::with_template(
                "{prefix:>10} [{bar:30}] {human_pos}/{human_len} {per_sec} {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar.set_prefix(stage.to_string());
        bar
    }
}

/// With `WIRETRACE_TRACE_MEM` set, prints resident and peak memory after a stage to stderr: a
/// benchmark aid to see which stage holds what (Linux only; silent elsewhere).
pub fn trace_memory(stage: &str) {
    if std::env::var_os("WIRETRACE_TRACE_MEM").is_none() {
        return;
    }
    let Ok(status) = std::fs::read_to_string("/proc/self/status") else {
        return;
    };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    eprintln!(
        "wiretrace: memory after {stage}: rss {} (anonymous {}, file {}), peak {}",
        field("VmRSS:"),
        field("RssAnon:"),
        field("RssFile:"),
        field("VmHWM:")
    );
}
