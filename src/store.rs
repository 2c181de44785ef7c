//! Article texts kept on disk instead of in memory during a run.
//!
//! Texts are most of a corpus's bytes, but after sketching only the pairs being aligned and the
//! emitters need them, a few at a time. Holding them all made a run's peak memory several times
//! the input's size; writing them to an unnamed temporary file as they are read, and reading
//! each back when needed (from the page cache, usually), keeps memory to the per-article
//! metadata and sketches. The file lives in the output directory (the user chose it, so it has
//! room) and is unlinked from the start, so even a killed run leaves nothing behind.
//!
//! An article that was never spilled keeps its text inline, so library callers and tests can
//! run the pipeline on plain [`Article`]s; [`TextStore::text`] serves both kinds.

use crate::model::Article;
use std::borrow::Cow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::{Mutex, OnceLock};

/// Where a spilled text is: byte offset and length in the store's file, and its length in
/// characters, which the output's character spans need and which says, without reading the
/// text, whether it is ASCII (bytes and characters then agree). It fits the struct's padding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stored {
    pub offset: u64,
    pub len: u32,
    pub chars: u32,
}

/// The writing side, shared by the readers of all input files while ingest runs.
pub struct TextSpill {
    inner: Mutex<SpillInner>,
}

impl std::fmt::Debug for TextSpill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TextSpill")
    }
}

struct SpillInner {
    out: BufWriter<File>,
    end: u64,
    error: Option<String>,
}

impl TextSpill {
    /// A spill file in `dir`.
    pub fn create_in(dir: &Path) -> std::io::Result<TextSpill> {
        let file = tempfile::tempfile_in(dir)?;
        Ok(TextSpill {
            inner: Mutex::new(SpillInner {
                out: BufWriter::with_capacity(1 << 20, file),
                end: 0,
                error: None,
            }),
        })
    }

    /// Moves `a`'s text to the file. Texts too long for the `u32` length (over 4 GiB, far over
    /// the ingest record limit) or met after a write error stay inline.
    pub fn spill(&self, a: &mut Article) {
        if a.stored.is_some() || a.text.is_empty() || a.text.len() > u32::MAX as usize {
            return;
        }
        let Ok(mut g) = self.inner.lock() else {
            return;
        };
        if g.error.is_some() {
            return;
        }
        match g.out.write_all(a.text.as_bytes()) {
            Ok(()) => {
                a.stored = Some(Stored {
                    offset: g.end,
                    len: a.text.len() as u32,
                    chars: a.text.chars().count() as u32,
                });
                g.end += a.text.len() as u64;
                a.text = String::new();
            }
            // The text stays inline and the run goes on: the store is an optimisation.
            Err(e) => g.error = Some(e.to_string()),
        }
    }

    /// Ends writing. Fails if the spilled texts cannot be made readable (they are then lost,
    /// so the run cannot go on).
    pub fn finish(self) -> std::io::Result<TextStore> {
        let inner = self
            .inner
            .into_inner()
            .map_err(|_| std::io::Error::other("text store writer panicked"))?;
        let file = inner.out.into_inner().map_err(|e| e.into_error())?;
        Ok(TextStore {
            file: Some(file),
            error: OnceLock::new(),
        })
    }
}

/// The reading side: serves every article's text, spilled or inline.
pub struct TextStore {
    file: Option<File>,
    /// The first read error. A failed read yields an empty text; callers check [`Self::error`]
    /// before trusting a run's output, so an I/O failure fails the run instead of panicking a
    /// worker thread or silently dropping text.
    error: OnceLock<String>,
}

impl TextStore {
    /// A store without a file: every text must be inline.
    pub fn inline() -> TextStore {
        TextStore {
            file: None,
            error: OnceLock::new(),
        }
    }

    /// Length in bytes of `a`'s text, without reading it.
    pub fn len_of(a: &Article) -> usize {
        a.stored.map_or(a.text.len(), |s| s.len as usize)
    }

    /// Length in characters of `a`'s text, without reading a spilled one.
    pub fn chars_of(a: &Article) -> usize {
        a.stored
            .map_or_else(|| a.text.chars().count(), |s| s.chars as usize)
    }

    /// The article's text.
    pub fn text<'a>(&self, a: &'a Article) -> Cow<'a, str> {
        let Some(s) = a.stored else {
            return Cow::Borrowed(&a.text);
        };
        match self.read(s) {
            Ok(t) => Cow::Owned(t),
            Err(e) => {
                let _ = self
                    .error
                    .set(format!("cannot read back article text: {e}"));
                Cow::Borrowed("")
            }
        }
    }

    /// The first `n` bytes of the article's text (all of it if shorter), which may end inside
    /// a character: what turning offsets below `n` into character counts needs, without
    /// reading a long text whole for each of its many children.
    pub fn prefix<'a>(&self, a: &'a Article, n: usize) -> Cow<'a, [u8]> {
        let Some(s) = a.stored else {
            return Cow::Borrowed(&a.text.as_bytes()[..n.min(a.text.len())]);
        };
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| std::io::Error::other("article text stored without a store file"));
        let mut buf = vec![0u8; n.min(s.len as usize)];
        match file.and_then(|f| read_exact_at(f, &mut buf, s.offset)) {
            Ok(()) => Cow::Owned(buf),
            Err(e) => {
                let _ = self
                    .error
                    .set(format!("cannot read back article text: {e}"));
                Cow::Borrowed(&[])
            }
        }
    }

    fn read(&self, s: Stored) -> std::io::Result<String> {
        let file = self
            .file
            .as_ref()
            .ok_or_else(|| std::io::Error::other("article text stored without a store file"))?;
        let mut buf = vec![0u8; s.len as usize];
        read_exact_at(file, &mut buf, s.offset)?;
        // The bytes were a `String` when written; only a damaged file fails this.
        String::from_utf8(buf).map_err(|e| std::io::Error::other(e.to_string()))
    }

    pub fn error(&self) -> Option<&str> {
        self.error.get().map(String::as_str)
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buf: &mut [u8], mut offset: u64) -> std::io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buf.is_empty() {
        match file.seek_read(buf, offset)? {
            0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
            n => {
                buf = &mut buf[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(not(any(unix, windows)))]
fn read_exact_at(_: &File, _: &mut [u8], _: u64) -> std::io::Result<()> {
    Err(std::io::Error::other(
        "no positioned reads on this platform",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(text: &str) -> Article {
        Article {
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn spilled_and_inline_texts_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let spill = TextSpill::create_in(dir.path()).unwrap();
        let mut a = [art("first text"), art(""), art("Zweite — ٹیکسٹ")];
        for x in &mut a {
            spill.spill(x);
        }
        assert!(a[0].text.is_empty() && a[0].stored.is_some());
        assert!(a[1].stored.is_none(), "empty texts need no room");
        let store = spill.finish().unwrap();
        let inline = art("kept inline");
        assert_eq!(store.text(&a[0]), "first text");
        assert_eq!(store.text(&a[1]), "");
        assert_eq!(store.text(&a[2]), "Zweite — ٹیکسٹ");
        assert_eq!(store.text(&inline), "kept inline");
        // Prefixes, spilled or inline, may end inside a character ("—" is 3 bytes from 7).
        assert_eq!(&*store.prefix(&a[0], 5), b"first");
        assert_eq!(&*store.prefix(&a[2], 8), &"Zweite —".as_bytes()[..8]);
        assert_eq!(&*store.prefix(&a[2], 999), "Zweite — ٹیکسٹ".as_bytes());
        assert_eq!(&*store.prefix(&inline, 4), b"kept");
        assert!(store.error().is_none());
        // The file is unnamed: nothing is left in the directory.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_read_failure_is_reported_not_panicked() {
        let mut a = art("x");
        a.stored = Some(Stored {
            offset: 5,
            len: 3,
            chars: 3,
        });
        let store = TextStore::inline();
        assert_eq!(store.text(&a), "");
        assert!(store.error().is_some());
        let store = TextStore::inline();
        assert!(store.prefix(&a, 2).is_empty());
        assert!(store.error().is_some());
    }
}
