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

/// `line` fit for a terminal: control characters (from file names, ids or record contents quoted
/// in a message) written as `\u{..}` escapes, so a message stays one line and cannot move the
/// cursor or recolour the terminal.
pub fn one_safe_line(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.chars().any(char::is_control) {
        return line.into();
    }
    line.chars()
        .map(|c| {
            if c.is_control() {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// Writes a command's report to stdout. A reader that closed the pipe early (`| head`) has all
/// it wanted: that ends the command quietly with success, where `println!` would panic.
pub fn print(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("cannot write to stdout"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(
            super::one_safe_line("in/a b.jsonl:3: ok"),
            "in/a b.jsonl:3: ok"
        );
        assert_eq!(
            super::one_safe_line("in/a\nb\x1b[31m.txt: skipped\u{85}"),
            "in/a\\u{a}b\\u{1b}[31m.txt: skipped\\u{85}"
        );
    }
}
