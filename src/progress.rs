//! Progress bars per stage, shown only to a person watching: off with `--quiet` and whenever
//! stderr is not a terminal (batch jobs, CI, pipes), so logs stay clean.

use indicatif::{HumanCount, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
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

    /// A bar for one stage, of `len` steps (0: not known in advance, as the files to read;
    /// then a count without a bar). A hidden one costs an atomic increment per tick.
    pub fn bar(&self, stage: &str, len: u64) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let (len, template) = if len == 0 {
            (None, "{prefix:>10} {spinner} {human_pos} files {rate}")
        } else {
            (
                Some(len),
                "{prefix:>10} [{bar:30}] {human_pos}/{human_len} {rate} {eta}",
            )
        };
        let bar = ProgressBar::with_draw_target(len, ProgressDrawTarget::stderr_with_hz(8));
        bar.set_style(
            ProgressStyle::with_template(template)
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                // indicatif's own `per_sec` shows four decimals (`8,874.0002/s`).
                .with_key("rate", |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{}/s", HumanCount(s.per_sec().round() as u64));
                })
                .progress_chars("=> "),
        );
        bar.set_prefix(stage.to_string());
        bar
    }

    /// Leaves a finished stage's bar on its own line: indicatif leaves the cursor after it, and
    /// the next bar or message would be drawn on the same line.
    pub fn finish(&self, bar: &ProgressBar) {
        if !bar.is_hidden() {
            bar.finish();
            eprintln!();
        }
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
