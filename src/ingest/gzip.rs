//! Gzip input (`.jsonl.gz`, `.json.gz`): decompression with a ceiling on what one file may
//! expand to, and errors that say whether the file was truncated, corrupt, or too large.
//!
//! A gzip bomb (a kilobyte that inflates to gigabytes) must not stall or starve a run, and a dump
//! cut off by an interrupted download must still give the articles before the cut. The decoder
//! therefore stops at the ceiling, and every error it returns carries a [`GzProblem`] so the
//! reader can count it under its own reason and keep what it read before.

use flate2::bufread::GzDecoder;
use std::fmt;
use std::io::{self, BufRead, Read};

/// Real news dumps compress 3 to 10 times; a hundredfold is generous for any text and far below
/// what a bomb reaches (deflate goes to about 1000:1).
pub const MAX_RATIO: u64 = 100;

/// Every file may expand to at least this much whatever its compressed size, so small but very
/// repetitive files are not mistaken for bombs.
pub const MIN_ALLOWANCE: u64 = 64 << 20;

/// The most a file of `compressed` bytes may decompress to.
pub fn allowance(compressed: u64) -> u64 {
    compressed.saturating_mul(MAX_RATIO).max(MIN_ALLOWANCE)
}

/// Why a gzip stream could not be read to its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GzProblem {
    /// The stream ends before its last member is complete (an interrupted download or copy).
    Truncated(String),
    /// Not gzip, or damaged: bad header, bad deflate data or checksum mismatch.
    Corrupt(String),
    /// Decompressed output passed [`allowance`] of the compressed size.
    TooLarge { limit: u64 },
}

impl GzProblem {
    /// The reason under which the problem is counted in `summary.json`.
    pub fn reason(&self) -> &'static str {
        match self {
            GzProblem::Truncated(_) => "truncated_gzip",
            GzProblem::Corrupt(_) => "corrupt_gzip",
            GzProblem::TooLarge { .. } => "decompression_limit",
        }
    }
}

impl fmt::Display for GzProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GzProblem::Truncated(m) => write!(f, "gzip data ends early ({m})"),
            GzProblem::Corrupt(m) => write!(f, "gzip data is damaged ({m})"),
            GzProblem::TooLarge { limit } => write!(
                f,
                "decompressed size passed {limit} bytes ({MAX_RATIO} times the compressed size, \
                 at least {MIN_ALLOWANCE}); the rest of the file is ignored"
            ),
        }
    }
}

impl std::error::Error for GzProblem {}

/// The gzip problem behind an I/O error from [`GzReader`], if it is one.
pub fn problem(e: &io::Error) -> Option<&GzProblem> {
    e.get_ref()?.downcast_ref::<GzProblem>()
}

/// A gzip decoder (concatenated members allowed, as `gzip` and `cat a.gz b.gz` produce) that
/// refuses to produce more than `limit` bytes.
pub struct GzReader<R: BufRead> {
    inner: Members<R>,
    limit: u64,
    produced: u64,
    failed: bool,
    /// The input does not start with the gzip signature. Checked before the decoder sees it,
    /// because the decoder would call a short non-gzip file truncated rather than wrong.
    not_gzip: bool,
}

impl<R: BufRead> GzReader<R> {
    /// `compressed` is the size of the compressed input, which sets the ceiling.
    pub fn new(mut reader: R, compressed: u64) -> Self {
        // A failing read here is met again, and reported, by the decoder.
        let not_gzip = reader.fill_buf().is_ok_and(|head| {
            let n = head.len().min(2);
            n > 0 && head[..n] != [0x1f, 0x8b][..n]
        });
        GzReader {
            inner: Members {
                decoder: Some(GzDecoder::new(reader)),
            },
            limit: allowance(compressed),
            produced: 0,
            failed: false,
            not_gzip,
        }
    }
}

/// Concatenated gzip members, read as `flate2`'s `MultiGzDecoder` reads them, except that zero
/// bytes after a member end the stream: tools that write in fixed-size blocks pad the last one
/// with zeros, and nothing of the data is missing.
struct Members<R: BufRead> {
    decoder: Option<GzDecoder<R>>,
}

impl<R: BufRead> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let Some(d) = self.decoder.as_mut() else {
                return Ok(0);
            };
            let n = d.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            // The member is whole: another follows, or the end, after any zero padding.
            let Some(d) = self.decoder.take() else {
                return Ok(0);
            };
            let mut r = d.into_inner();
            loop {
                let head = r.fill_buf()?;
                if head.is_empty() {
                    return Ok(0);
                }
                let zeros = head.iter().take_while(|&&b| b == 0).count();
                if zeros == 0 {
                    // Checked here: the decoder would call a few stray bytes a cut-off member.
                    if head[0] != 0x1f || head.get(1).is_some_and(|&b| b != 0x8b) {
                        return Err(io::Error::new(
                            io::ErrorKind::InvalidData,
                            "data after a gzip member is not gzip",
                        ));
                    }
                    break;
                }
                r.consume(zeros);
            }
            self.decoder = Some(GzDecoder::new(r));
        }
    }
}

impl<R: BufRead> Read for GzReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.failed || buf.is_empty() {
            return Ok(0);
        }
        if self.not_gzip {
            self.failed = true;
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                GzProblem::Corrupt("no gzip signature at the start".into()),
            ));
        }
        let room = self.limit - self.produced;
        let result = if room == 0 {
            // At the ceiling: the file is over the limit only if more output follows.
            let mut probe = [0u8; 1];
            match self.inner.read(&mut probe) {
                Ok(0) => return Ok(0),
                Ok(_) => Err(io::Error::other(GzProblem::TooLarge { limit: self.limit })),
                Err(e) => Err(e),
            }
        } else {
            let n = buf.len().min(room.min(usize::MAX as u64) as usize);
            self.inner.read(&mut buf[..n])
        };
        match result {
            Ok(n) => {
                self.produced += n as u64;
                Ok(n)
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
            Err(e) => {
                // A decoder that failed once has lost its place; later reads would only invent
                // new errors about the same damage.
                self.failed = true;
                Err(classify(e))
            }
        }
    }
}

/// Tags a decoder error with what it means for the file.
fn classify(e: io::Error) -> io::Error {
    if problem(&e).is_some() {
        return e;
    }
    let kind = e.kind();
    let problem = match kind {
        io::ErrorKind::UnexpectedEof => GzProblem::Truncated(e.to_string()),
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => {
            GzProblem::Corrupt(e.to_string())
        }
        // Failures of the file underneath (EIO, ...) are not the gzip data's fault.
        _ => return e,
    };
    io::Error::new(kind, problem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    fn gz(data: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), Compression::fast());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    fn read_all(bytes: &[u8]) -> (Vec<u8>, Option<GzProblem>) {
        let mut r = GzReader::new(bytes, bytes.len() as u64);
        let mut out = Vec::new();
        let err = r.read_to_end(&mut out).err();
        (out, err.map(|e| problem(&e).cloned().expect("tagged")))
    }

    #[test]
    fn whole_and_concatenated_members() {
        let mut two = gz(b"one\n");
        two.extend(gz(b"two\n"));
        assert_eq!(read_all(&two), (b"one\ntwo\n".to_vec(), None));
        // Zero padding after a member ends the stream; anything else after it is damage.
        let mut padded = two.clone();
        padded.extend([0u8; 512]);
        assert_eq!(read_all(&padded), (b"one\ntwo\n".to_vec(), None));
        let mut between = gz(b"one\n");
        between.extend([0u8; 3]);
        between.extend(gz(b"two\n"));
        assert_eq!(read_all(&between), (b"one\ntwo\n".to_vec(), None));
        let mut junk = padded;
        junk.extend(b"junk");
        let (out, err) = read_all(&junk);
        assert_eq!(out, b"one\ntwo\n");
        assert!(matches!(err, Some(GzProblem::Corrupt(_))), "{err:?}");
        assert_eq!(read_all(&gz(b"")), (Vec::new(), None));
    }

    #[test]
    fn truncated_keeps_what_came_before() {
        let data: Vec<u8> = (0..20_000u32)
            .flat_map(|i| format!("line {i}\n").into_bytes())
            .collect();
        let z = gz(&data);
        let (out, err) = read_all(&z[..z.len() / 2]);
        assert!(matches!(err, Some(GzProblem::Truncated(_))), "{err:?}");
        assert!(!out.is_empty() && data.starts_with(&out));
    }

    #[test]
    fn corrupt_header_body_and_trailer() {
        let (_, err) = read_all(b"this is not gzip at all");
        assert!(matches!(err, Some(GzProblem::Corrupt(_))), "{err:?}");
        let (_, err) = read_all(b"short");
        assert!(matches!(err, Some(GzProblem::Corrupt(_))), "{err:?}");
        let (_, err) = read_all(b"\x1f\x8b\x08");
        assert!(matches!(err, Some(GzProblem::Truncated(_))), "{err:?}");
        let mut z = gz(b"some text that is long enough to have a body");
        let n = z.len();
        z[n - 6] ^= 0xff; // CRC
        let (_, err) = read_all(&z);
        assert!(matches!(err, Some(GzProblem::Corrupt(_))), "{err:?}");
        let mut z = gz(&[b'x'; 5000]);
        z[12] ^= 0xff;
        z[13] ^= 0xff;
        let (_, err) = read_all(&z);
        assert!(err.is_some(), "damaged deflate data is reported");
    }

    #[test]
    fn bomb_is_capped_at_the_allowance() {
        // 1 MiB of zeros compresses to about a kilobyte; 100 members expand to 100 MiB, more
        // than the 64 MiB floor of a file this small.
        let mut e = GzEncoder::new(Vec::new(), Compression::best());
        e.write_all(&vec![0u8; 1 << 20]).unwrap();
        let member = e.finish().unwrap();
        let bomb: Vec<u8> = member.repeat(100);
        assert!(bomb.len() as u64 * 500 < 100 << 20, "{} bytes", bomb.len());
        let mut r = GzReader::new(&bomb[..], bomb.len() as u64);
        let mut sink = io::sink();
        let err = io::copy(&mut r, &mut sink).unwrap_err();
        assert_eq!(
            problem(&err),
            Some(&GzProblem::TooLarge {
                limit: MIN_ALLOWANCE
            })
        );
        assert_eq!(r.produced, MIN_ALLOWANCE);
    }

    #[test]
    fn exactly_at_the_allowance_is_fine() {
        let data = vec![b'a'; 1000];
        let z = gz(&data);
        let mut r = GzReader::new(&z[..], 0);
        r.limit = 1000;
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        assert_eq!(out.len(), 1000);
        r = GzReader::new(&z[..], 0);
        r.limit = 999;
        assert!(r.read_to_end(&mut Vec::new()).is_err());
    }
}
