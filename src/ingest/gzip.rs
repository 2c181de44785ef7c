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
    /// With [`GzReader::resuming`]: where damaged data was passed over, for the reader above.
    damage: Option<Damages>,
}

/// Damaged stretches a resuming [`GzReader`] passed over, in stream order, shared with the
/// reader of its output.
pub type Damages = std::rc::Rc<std::cell::RefCell<std::collections::VecDeque<Damage>>>;

/// One damaged stretch of a gzip stream, passed over to the next member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    /// Offset in the decompressed output where the damaged member's data began: what it gave
    /// from there on may be garbage, decoded from damaged data before the damage showed.
    pub from: u64,
    /// Offset in the decompressed output where the next member's data begins.
    pub at: u64,
    /// What the decoder found.
    pub problem: GzProblem,
    /// Compressed bytes passed over to reach the next member.
    pub skipped: u64,
    /// What failed was a member (a record may be lost with it), not bytes between members.
    pub member: bool,
    /// No member follows: the output ends here, and whatever the file held after the damage
    /// is lost.
    pub end: bool,
    /// Not a loss but a repair: a member whose header was damaged, its deflate data found
    /// intact (see [`intact_data`]) and inflated; its output begins at `at`, and `skipped` is
    /// the header passed over. Such an entry is no fence for the reader above.
    pub recovered: bool,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.recovered {
            return write!(
                f,
                "its gzip member's header was damaged ({}; {} header bytes passed over); the \
                 member's deflate data were found intact, their checksum and length matching, \
                 and recovered",
                match &self.problem {
                    GzProblem::Corrupt(m) | GzProblem::Truncated(m) => m.clone(),
                    p => p.to_string(),
                },
                self.skipped
            );
        }
        match (&self.problem, self.end) {
            // The bytes of a cut member say nothing more than that it was cut.
            (GzProblem::Truncated(_), true) => write!(f, "{}", self.problem),
            (_, true) => write!(
                f,
                "{}; no other gzip member starts in the {} compressed bytes from there to the \
                 end of the file",
                self.problem, self.skipped
            ),
            (_, false) => write!(
                f,
                "{}; {} compressed bytes passed over to the next gzip member",
                self.problem, self.skipped
            ),
        }
    }
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
                decoder: None,
                first: Some(Rewind::new(reader)),
                resuming: false,
                produced: 0,
                member_from: 0,
                junk: false,
                junk_next: false,
                crc: flate2::Crc::new(),
                recovered: None,
                replay: None,
            },
            limit: allowance(compressed),
            produced: 0,
            failed: false,
            not_gzip,
            damage: None,
        }
    }

    /// Makes a damaged member cost only itself: the reader looks for the next member's
    /// signature and goes on from there, recording each stretch passed over in the returned
    /// list. For formats whose records are gzipped one per member (WARC), where the reader
    /// above can tell which record the damage cut. A first member without the signature is
    /// such a member too, not a sign that the input is something else: the caller chose gzip.
    /// Damage with nothing after it to go on at (a stream cut short, or damaged to its end)
    /// ends the output, and is the last stretch recorded (see [`Damage::end`]) rather than an
    /// error: only the reader above can tell what it cost, as for damage further up.
    pub fn resuming(mut self) -> (Self, Damages) {
        let d = Damages::default();
        self.damage = Some(d.clone());
        self.inner.resuming = true;
        (self, d)
    }
}

/// A reader with bytes put back in front of it: the scan for the next member's signature
/// reads past a signature split between two buffers, and puts its first bytes back.
struct Rewind<R> {
    front: super::front::Front,
    inner: R,
    /// When resuming: the bytes consumed since the current member began, so that the scan for
    /// the next member starts right after this one's signature. A damaged deflate stream can
    /// decode on through the next member before it fails; scanning from where it stopped would
    /// lose that member too. None when not resuming, or once the member passed [`MAX_REWIND`].
    seen: Option<Vec<u8>>,
}

/// Compressed bytes of one member kept for a rewind: a WARC record's member is far smaller.
const MAX_REWIND: usize = 16 << 20;

impl<R: BufRead> Rewind<R> {
    fn new(inner: R) -> Self {
        Rewind {
            front: Default::default(),
            inner,
            seen: None,
        }
    }

    /// A member starts here: what it consumes is kept (when resuming) from now on.
    fn mark(&mut self, resuming: bool) {
        match &mut self.seen {
            Some(v) if resuming => v.clear(),
            _ => self.seen = resuming.then(Vec::new),
        }
    }

    /// Puts back what the current member consumed after its first byte; false when that was
    /// not kept (not resuming, or the member was too long).
    fn rewind(&mut self) -> bool {
        let Some(seen) = self.seen.take() else {
            return false;
        };
        if seen.is_empty() {
            return false;
        }
        self.front.put_back(&seen[1..]);
        true
    }
}

impl<R: BufRead> Read for Rewind<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        super::front::read_buffered(self, buf)
    }
}

impl<R: BufRead> BufRead for Rewind<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if !self.front.rest().is_empty() {
            return Ok(self.front.rest());
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        if let Some(seen) = &mut self.seen {
            if seen.len() + n > MAX_REWIND {
                self.seen = None;
            } else if !self.front.rest().is_empty() {
                let rest = self.front.rest();
                seen.extend_from_slice(&rest[..n.min(rest.len())]);
            } else if let Ok(buf) = self.inner.fill_buf() {
                // The buffer consumed from, handed out again without reading.
                seen.extend_from_slice(&buf[..n.min(buf.len())]);
            }
        }
        if !self.front.consume(n) {
            self.inner.consume(n);
        }
    }
}

/// The fewest bytes a gzip member takes: a 10-byte header, an empty deflate block, the 8-byte
/// trailer.
const MIN_MEMBER: u64 = 20;

/// The gzip signature with deflate, as every member starts.
const SIGNATURE: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Moves `r` to the next member signature after the one it failed in (at least one byte on, so
/// the same member is not tried again); returns the bytes passed over, and whether a member
/// was found (false: they ran to the end).
fn seek_member<R: BufRead>(r: &mut Rewind<R>) -> io::Result<(u64, bool)> {
    let mut skipped = 1u64;
    if !r.rewind() {
        if r.fill_buf()?.is_empty() {
            return Ok((0, false));
        }
        r.consume(1);
    }
    // Kept for [`intact_data`]: the next member's signature may have gone with the damage.
    r.seen = Some(Vec::new());
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok((skipped, false));
        }
        if let Some(i) = buf.windows(3).position(|w| w == SIGNATURE) {
            r.consume(i);
            return Ok((skipped + i as u64, true));
        }
        // A signature may start in the last two bytes and end in the next buffer.
        let keep = (1..=2.min(buf.len()))
            .rev()
            .find(|&k| buf[buf.len() - k..] == SIGNATURE[..k])
            .unwrap_or(0);
        let tail = buf[buf.len() - keep..].to_vec();
        let n = buf.len();
        r.consume(n);
        skipped += (n - keep) as u64;
        if keep > 0 {
            let next = r.fill_buf()?;
            if next.starts_with(&SIGNATURE[keep..]) {
                if let Some(seen) = &mut r.seen {
                    seen.truncate(seen.len().saturating_sub(keep));
                }
                r.front.put_back(&tail);
                return Ok((skipped, true));
            }
            skipped += keep as u64;
        }
    }
}

/// The length of a gzip header with no optional fields, as writers that store no file name
/// (WARC writers among them) write it.
const HEADER: usize = 10;

/// The length of the gzip header `h` was read from (a header CRC, which it does not show,
/// aside).
fn header_len(h: &flate2::GzHeader) -> usize {
    HEADER
        + h.extra().map_or(0, |x| 2 + x.len())
        + h.filename().map_or(0, |x| x.len() + 1)
        + h.comment().map_or(0, |x| x.len() + 1)
}

/// Whether `rest`, a gzip header without its first byte, is one of `len` bytes, by its flags and
/// optional fields (reserved flags set: no header).
fn header_ends_at(rest: &[u8], len: usize) -> bool {
    let Some(&flags) = rest.get(2) else {
        return false;
    };
    if flags & 0xe0 != 0 {
        return false;
    }
    let mut n = HEADER - 1;
    if flags & 0x04 != 0 {
        let Some(x) = rest.get(n..n + 2) else {
            return false;
        };
        n += 2 + usize::from(u16::from_le_bytes([x[0], x[1]]));
    }
    for bit in [0x08, 0x10] {
        if flags & bit != 0 {
            match rest.get(n..).and_then(|t| t.iter().position(|&b| b == 0)) {
                Some(i) => n += i + 1,
                None => return false,
            }
        }
    }
    if flags & 0x02 != 0 {
        n += 2;
    }
    n + 1 == len
}

/// Inflation work (bytes in and out) [`intact_data`] may spend per compressed byte searched,
/// at least and at most; and what starting the inflater again costs, in the same bytes.
const SEARCH_WORK: usize = 256;
const MIN_SEARCH_WORK: usize = 1 << 20;
const MAX_SEARCH_WORK: usize = 256 << 20;
const ATTEMPT_WORK: u64 = 256;

/// Where in `region`, compressed bytes passed over after damage up to the next member (or the
/// end), the deflate data of a member whose header went with the damage begin, from `from`
/// on: data that inflate from there to exactly the last eight bytes, and match them as the
/// member's checksum and length. The signature search passes over such a member with the
/// damaged one before it, or, its header alone damaged, on its own; found, it is recovered from
/// those data (see [`Members::resume`]) instead of lost. A chance match
/// needs both fields to agree. Most places fail within a few bytes (about 0.4 µs a byte
/// searched); the work is capped all the same, so that crafted data cannot make the search
/// quadratic, and a member further back than the cap reaches is not found.
fn intact_data(region: &[u8], from: usize) -> Option<usize> {
    let end = region.len().checked_sub(8)?;
    let t = &region[end..];
    let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
    let size = u64::from(u32::from_le_bytes([t[4], t[5], t[6], t[7]]));
    let mut work = region
        .len()
        .saturating_mul(SEARCH_WORK)
        .clamp(MIN_SEARCH_WORK, MAX_SEARCH_WORK) as u64;
    let mut inflate = flate2::Decompress::new(false);
    let mut out = [0u8; 4096];
    let mut sum = flate2::Crc::new();
    // From the end: the member sought ends there, so the places tried before it are only its
    // own length, and a capped search still finds members of any usual size.
    for p in (from..end).rev() {
        // Block type 3 is no deflate.
        if region[p] & 0b110 == 0b110 {
            continue;
        }
        inflate.reset(false);
        sum.reset();
        work = work.saturating_sub(ATTEMPT_WORK);
        loop {
            let (read, wrote) = (inflate.total_in(), inflate.total_out());
            let input = &region[p + read as usize..end];
            let status = inflate.decompress(input, &mut out, flate2::FlushDecompress::None);
            let n = (inflate.total_out() - wrote) as usize;
            sum.update(&out[..n]);
            let spent = inflate.total_in() - read + n as u64;
            work = work.saturating_sub(spent);
            match status {
                Ok(flate2::Status::StreamEnd) => {
                    let whole = p + inflate.total_in() as usize == end;
                    if whole && sum.sum() == crc && inflate.total_out() == size {
                        return Some(p);
                    }
                    break;
                }
                // Damaged, longer than the trailer says, or running into it.
                Err(_) => break,
                Ok(_) if inflate.total_out() > size || spent == 0 => break,
                Ok(_) => {}
            }
            if work == 0 {
                return None;
            }
        }
    }
    None
}

/// Concatenated gzip members, read as `flate2`'s `MultiGzDecoder` reads them, except that zero
/// bytes after a member end the stream: tools that write in fixed-size blocks pad the last one
/// with zeros, and nothing of the data is missing.
struct Members<R: BufRead> {
    decoder: Option<GzDecoder<Rewind<R>>>,
    /// The input before the first read: the first member's decoder is made then, once
    /// [`GzReader::resuming`] may have asked for its bytes to be kept (the decoder reads the
    /// member's header as it is made).
    first: Option<Rewind<R>>,
    /// Members' bytes are kept for [`Rewind::rewind`].
    resuming: bool,
    /// Output so far, and where the current member's output began.
    produced: u64,
    member_from: u64,
    /// The last error was bytes between members that are no member at all (a stray line
    /// break): no record was lost with them.
    junk: bool,
    /// Bytes that are no member follow a member passed over whole (see [`Members::resume`]):
    /// the next read reports them, as after a member read whole.
    junk_next: bool,
    /// When resuming: the checksum and length of the current member's output, to tell a member
    /// whose deflate data ran to their end (its trailer damaged) from one damaged inside them.
    crc: flate2::Crc,
    /// The stretch just passed over held a member whose header went with the damage, its
    /// deflate data intact (see [`intact_data`]): recovered, for the reader to record.
    recovered: Option<Recovered>,
    /// The output of a recovered member, read before the next member's.
    replay: Option<flate2::bufread::DeflateDecoder<io::Cursor<Vec<u8>>>>,
}

/// A member found by its intact deflate data after damage to its header.
struct Recovered {
    /// Its header bytes passed over.
    header: u64,
    /// The damage was this member's header alone: nothing else was passed over.
    alone: bool,
}

/// What follows a member that ended.
enum Follow {
    /// The end of the input, after any zero padding.
    End,
    /// Another member, started.
    Member,
    /// Bytes that are no member, started as one so that a resuming reader can look past them.
    Junk,
}

fn junk_error() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "data after a gzip member is not gzip",
    )
}

impl<R: BufRead> Members<R> {
    /// A decoder for the member `r` stands at.
    fn start(&mut self, mut r: Rewind<R>) {
        r.mark(self.resuming);
        self.member_from = self.produced;
        self.crc.reset();
        self.decoder = Some(GzDecoder::new(r));
    }

    /// After a member: skips zero padding, and starts what comes next.
    fn follow(&mut self, mut r: Rewind<R>) -> io::Result<Follow> {
        loop {
            let head = r.fill_buf()?;
            if head.is_empty() {
                return Ok(Follow::End);
            }
            let zeros = head.iter().take_while(|&&b| b == 0).count();
            if zeros == 0 {
                // Checked here: the decoder would call a few stray bytes a cut-off member.
                let member = head[0] == 0x1f && head.get(1).is_none_or(|&b| b == 0x8b);
                self.start(r);
                if member {
                    return Ok(Follow::Member);
                }
                self.junk = true;
                return Ok(Follow::Junk);
            }
            r.consume(zeros);
        }
    }

    /// Whether the member that just failed ran to the end of its deflate data and failed at
    /// its trailer, one of whose two fields still matches the output: its end is then known,
    /// and whatever follows it up to the next signature is more damage, not the rest of it.
    /// A damaged signature after it would otherwise be searched past, the member it began
    /// passed over with this one, uncounted. Damaged deflate data that happen to end early
    /// fail both fields, but for one chance in 2^31.
    fn failed_at_trailer(&self) -> bool {
        let Some(seen) = self
            .decoder
            .as_ref()
            .and_then(|d| d.get_ref().seen.as_ref())
        else {
            return false;
        };
        if (seen.len() as u64) < MIN_MEMBER {
            return false;
        }
        let t = &seen[seen.len() - 8..];
        let crc = u32::from_le_bytes([t[0], t[1], t[2], t[3]]);
        let size = u32::from_le_bytes([t[4], t[5], t[6], t[7]]);
        crc == self.crc.sum() || size == self.crc.amount()
    }

    /// After an error in a member (or a first member never started, its signature missing):
    /// the next member; the bytes passed over, and whether there was one.
    /// `at_trailer`: the member failed at its trailer (see [`Members::failed_at_trailer`]), so
    /// what follows is looked at as after a member read whole, not searched past.
    fn resume(&mut self, at_trailer: bool) -> io::Result<(u64, bool)> {
        let (mut r, header) = match (self.first.take(), self.decoder.take()) {
            (Some(r), _) => (r, None),
            (None, Some(d)) => {
                let header = d.header().map(header_len);
                (d.into_inner(), header)
            }
            (None, None) => return Ok((0, false)),
        };
        if at_trailer {
            let skipped = r.seen.as_ref().map_or(0, |s| s.len() as u64);
            return Ok(match self.follow(r)? {
                Follow::End => (skipped, false),
                Follow::Member => (skipped, true),
                Follow::Junk => {
                    self.junk = false;
                    self.junk_next = true;
                    (skipped, true)
                }
            });
        }
        let (mut skipped, found) = seek_member(&mut r)?;
        // The region starts after the damaged member's first byte. After a member whose header
        // was read, the data sought are another member's: before them, room for the damaged
        // member (its header, some deflate data, its trailer) and for the other one's header.
        // After a member whose header could not be read, they may be its own, behind at least
        // a header's length.
        if let Some(mut region) = r.seen.take() {
            let from = header.map_or(HEADER - 1, |h| h - 1 + 2 + 8 + HEADER);
            if let Some(data) = intact_data(&region, from) {
                // Only the header damaged when what comes before the data is one: ten bytes, or
                // a header with optional fields that ends exactly there. Otherwise the damage
                // took a member before this one, whose header is taken to be plain.
                let alone = header.is_none()
                    && (data + 1 == HEADER || header_ends_at(&region[..data], data + 1));
                let head = if alone { data + 1 } else { HEADER };
                let whole = (region.len() - data + head) as u64;
                skipped = skipped.saturating_sub(whole);
                region.truncate(region.len() - 8);
                region.drain(..data);
                self.replay = Some(flate2::bufread::DeflateDecoder::new(io::Cursor::new(
                    region,
                )));
                self.recovered = Some(Recovered {
                    header: head as u64,
                    alone,
                });
            }
        }
        if found {
            self.start(r);
        }
        Ok((skipped, found))
    }
}

impl<R: BufRead> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(r) = self.first.take() {
            self.start(r);
        }
        if std::mem::take(&mut self.junk_next) {
            self.junk = true;
            return Err(junk_error());
        }
        if let Some(z) = self.replay.as_mut() {
            match z.read(buf) {
                Ok(0) if !buf.is_empty() => {
                    // The next member's output begins here.
                    self.replay = None;
                    self.member_from = self.produced;
                }
                Ok(n) => {
                    self.produced += n as u64;
                    return Ok(n);
                }
                // Checked by its checksum before: cannot fail, but if it did, what it gave is
                // all there is of it.
                Err(_) => {
                    self.replay = None;
                    self.member_from = self.produced;
                }
            }
        }
        loop {
            let Some(d) = self.decoder.as_mut() else {
                return Ok(0);
            };
            let n = d.read(buf)?;
            if self.resuming {
                self.crc.update(&buf[..n]);
            }
            self.produced += n as u64;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            // The member is whole: another follows, or the end, after any zero padding.
            let Some(d) = self.decoder.take() else {
                return Ok(0);
            };
            match self.follow(d.into_inner())? {
                Follow::End => return Ok(0),
                Follow::Member => {}
                Follow::Junk => return Err(junk_error()),
            }
        }
    }
}

impl<R: BufRead> Read for GzReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.failed || buf.is_empty() {
            return Ok(0);
        }
        let no_signature = || {
            io::Error::new(
                io::ErrorKind::InvalidData,
                GzProblem::Corrupt("no gzip signature at the start".into()),
            )
        };
        if self.not_gzip && self.damage.is_none() {
            self.failed = true;
            return Err(no_signature());
        }
        // Each damaged member passed over goes round again, with the next member.
        loop {
            let room = self.limit - self.produced;
            let result = if std::mem::take(&mut self.not_gzip) {
                // Resuming: a first member whose header is damaged. Counted as bytes that are no
                // member unless they could have held one, as after a member: a stray byte before
                // the first member costs nothing.
                self.inner.junk = true;
                Err(no_signature())
            } else if room == 0 {
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
            return match result {
                Ok(n) => {
                    self.produced += n as u64;
                    Ok(n)
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => Err(e),
                // Damage: go on at the next member, if there is one; if none, the output ends
                // here, the damage its last stretch. A member that runs into the end of the input
                // may be damaged (a length that reads past the next members) rather than cut: if
                // a member follows, it was.
                Err(e)
                    if self.damage.is_some()
                        && matches!(
                            e.kind(),
                            io::ErrorKind::InvalidData
                                | io::ErrorKind::InvalidInput
                                | io::ErrorKind::UnexpectedEof
                        ) =>
                {
                    let from = self.inner.member_from;
                    let junk = std::mem::take(&mut self.inner.junk);
                    let at_trailer = !junk
                        && e.kind() != io::ErrorKind::UnexpectedEof
                        && self.inner.failed_at_trailer();
                    match self.inner.resume(at_trailer) {
                        Ok((skipped, found)) => {
                            let recovered = self.inner.recovered.take();
                            let problem = match problem(&e) {
                                Some(p) if e.kind() != io::ErrorKind::UnexpectedEof => p.clone(),
                                // Nothing follows: the input was cut inside the member.
                                _ if !found
                                    && recovered.is_none()
                                    && e.kind() == io::ErrorKind::UnexpectedEof =>
                                {
                                    GzProblem::Truncated(e.to_string())
                                }
                                _ => GzProblem::Corrupt(e.to_string()),
                            };
                            // Bytes that are no gzip signature are a member whose header was
                            // destroyed, unless too few to have held one (a stray line break).
                            let member = !junk || skipped >= MIN_MEMBER;
                            if let Some(d) = &self.damage {
                                let mut d = d.borrow_mut();
                                let alone = recovered.as_ref().is_some_and(|r| r.alone);
                                if !alone {
                                    d.push_back(Damage {
                                        from,
                                        at: self.produced,
                                        problem: problem.clone(),
                                        skipped,
                                        member,
                                        end: !found && recovered.is_none(),
                                        recovered: false,
                                    });
                                }
                                if let Some(r) = &recovered {
                                    let problem = if alone && junk {
                                        GzProblem::Corrupt("no gzip signature".into())
                                    } else if alone {
                                        problem
                                    } else {
                                        GzProblem::Corrupt(
                                            "destroyed with the end of the member before it".into(),
                                        )
                                    };
                                    d.push_back(Damage {
                                        from: self.produced,
                                        at: self.produced,
                                        problem,
                                        skipped: r.header,
                                        member: true,
                                        end: false,
                                        recovered: true,
                                    });
                                }
                            }
                            // A recovered member's output comes next, before any member after.
                            if found || recovered.is_some() {
                                continue;
                            }
                            self.failed = true;
                            Ok(0)
                        }
                        Err(_) => {
                            self.failed = true;
                            Err(classify(e))
                        }
                    }
                }
                Err(e) => {
                    // A decoder that failed once has lost its place; later reads would only invent
                    // new errors about the same damage.
                    self.failed = true;
                    Err(classify(e))
                }
            };
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

    /// A member of 3,000 lines with 4 bytes of its deflate data damaged halfway.
    fn damaged_in_the_middle() -> Vec<u8> {
        let data: Vec<u8> = (0..3000u32)
            .flat_map(|i| format!("line {i}\n").into_bytes())
            .collect();
        let mut bad = gz(&data);
        let mid = bad.len() / 2;
        for b in &mut bad[mid..mid + 4] {
            *b ^= 0xa5;
        }
        bad
    }

    /// A resuming reader passes over a damaged member to the next one and says where; a plain
    /// one stops there. The damaged member decodes on through its neighbour before the
    /// checksum fails, so the search starts again from just after its own signature.
    #[test]
    fn a_resuming_reader_goes_on_at_the_next_member() {
        let bad = damaged_in_the_middle();
        let bytes = [gz(b"first\n"), bad, gz(b"third\n"), gz(b"fourth\n")].concat();
        let (mut r, damage) = GzReader::new(&bytes[..], bytes.len() as u64).resuming();
        let mut out = Vec::new();
        r.read_to_end(&mut out).unwrap();
        assert!(out.starts_with(b"first\n") && out.ends_with(b"third\nfourth\n"));
        let d = damage.borrow();
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].from, 6);
        assert_eq!(d[0].at as usize, out.len() - b"third\nfourth\n".len());
        assert!(matches!(d[0].problem, GzProblem::Corrupt(_)));
        // Without resuming, the damage ends the stream.
        let (out, err) = read_all(&bytes);
        assert!(out.starts_with(b"first\n") && !out.ends_with(b"fourth\n"));
        assert!(matches!(err, Some(GzProblem::Corrupt(_))), "{err:?}");
    }

    /// A resuming reader treats a first member without the gzip signature as any member whose
    /// header alone is damaged: its deflate data, intact, are found and recovered. Damage with no member after it ends the output as
    /// the end of the input does, recorded as the last stretch, with nothing after it.
    #[test]
    fn a_resuming_reader_passes_over_a_damaged_first_member_and_records_the_end() {
        let resumed = |bytes: &[u8]| {
            let (mut r, damage) = GzReader::new(bytes, bytes.len() as u64).resuming();
            let mut out = Vec::new();
            r.read_to_end(&mut out)
                .expect("damage is recorded, not returned");
            let d = damage.borrow().iter().cloned().collect::<Vec<_>>();
            (out, d)
        };
        let first = gz(b"first\n");
        for (at, value) in [(0, 0u8), (1, 0), (0, b'W')] {
            let mut bytes = [first.clone(), gz(b"second\n"), gz(b"third\n")].concat();
            bytes[at] = value;
            let (out, d) = resumed(&bytes);
            assert_eq!(out, b"first\nsecond\nthird\n");
            assert_eq!(d.len(), 1, "{d:?}");
            assert_eq!((d[0].from, d[0].at), (0, 0));
            assert_eq!((d[0].skipped, d[0].member), (HEADER as u64, true));
            assert!(!d[0].end && d[0].recovered);
            assert_eq!(d[0].problem, GzProblem::Corrupt("no gzip signature".into()));
            // Its data damaged too: passed over to the next member, and lost.
            bytes[HEADER + 2] ^= 0xa5;
            let (out, d) = resumed(&bytes);
            assert_eq!(out, b"second\nthird\n");
            assert_eq!(d.len(), 1, "{d:?}");
            assert_eq!((d[0].skipped, d[0].member), (first.len() as u64, true));
            assert!(!d[0].end && !d[0].recovered);
            assert_eq!(
                d[0].problem,
                GzProblem::Corrupt("no gzip signature at the start".into())
            );
        }
        // Cut: what came before is given, and the cut is the last stretch.
        let two = [gz(b"one\n"), gz(b"two\n")].concat();
        let (out, d) = resumed(&two[..gz(b"one\n").len() + 5]);
        assert_eq!(out, b"one\n");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].end && matches!(d[0].problem, GzProblem::Truncated(_)));
        assert_eq!((d[0].from, d[0].at), (4, 4));
        // A checksum wrong in the last member: what it gave is marked, from where it began.
        let mut bad = two.clone();
        let n = bad.len();
        bad[n - 6] ^= 0xff;
        let (out, d) = resumed(&bad);
        assert_eq!(out, b"one\ntwo\n");
        assert!(d[0].end && matches!(d[0].problem, GzProblem::Corrupt(_)));
        assert_eq!((d[0].from, d[0].at), (4, 8));
        // Bytes after the last member that are no gzip: too few to have been a member.
        let (out, d) = resumed(&[two.clone(), b"\r\n".to_vec()].concat());
        assert_eq!(out, b"one\ntwo\n");
        assert!(d[0].end && !d[0].member && d[0].skipped == 2, "{d:?}");
        // Not gzip at all.
        let (out, d) = resumed(b"this is not gzip at all");
        assert!(out.is_empty());
        assert!(d[0].end && d[0].member && d[0].skipped == 23, "{d:?}");
    }

    /// Damage over a member's trailer and the next member's signature is two stretches: the
    /// member whose trailer failed, costing its output, and the one whose signature went,
    /// recovered from its intact deflate data. One search from the first member's start would
    /// pass over both as one.
    #[test]
    fn damage_over_a_trailer_and_the_next_signature_is_two_members() {
        let members = [
            gz(b"first\n"),
            gz(b"second\n"),
            gz(b"third\n"),
            gz(b"fourth\n"),
        ];
        let end = members[0].len() + members[1].len();
        // The second member's length field (its checksum intact) and the third's signature;
        // then its checksum too, and the length left.
        for at in [end - 2, end - 6] {
            let mut bytes = members.concat();
            let width = if at == end - 2 { 4 } else { 2 };
            for b in &mut bytes[at..at + width] {
                *b ^= 0xa5;
            }
            if at == end - 6 {
                bytes[end] ^= 0xa5;
            }
            let (mut r, damage) = GzReader::new(&bytes[..], bytes.len() as u64).resuming();
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            assert_eq!(out, b"first\nsecond\nthird\nfourth\n");
            let d = damage.borrow();
            assert_eq!(d.len(), 2, "{d:?}");
            assert_eq!((d[0].from, d[0].at, d[0].member), (6, 13, true));
            assert_eq!(d[0].skipped, members[1].len() as u64);
            assert_eq!((d[1].from, d[1].at, d[1].member), (13, 13, true));
            assert_eq!(d[1].skipped, HEADER as u64);
            assert!(!d[0].end && !d[1].end);
            assert!(!d[0].recovered && d[1].recovered);
        }
        // Damaged deflate data that fail their checksum are still searched past from the
        // member's start: what follows the point they stopped at is not another member.
        let bad = damaged_in_the_middle();
        let bytes = [gz(b"first\n"), bad, gz(b"third\n")].concat();
        let (mut r, damage) = GzReader::new(&bytes[..], bytes.len() as u64).resuming();
        r.read_to_end(&mut Vec::new()).unwrap();
        assert_eq!(damage.borrow().len(), 1, "{:?}", damage.borrow());
    }

    /// Damage from inside a member's deflate data over the next member's header is two
    /// stretches too: the next member's data, intact up to the checksum after them, tell where
    /// it began, though its signature went, and are recovered. With those data damaged as well
    /// nothing tells, and the stretch is one.
    #[test]
    fn damage_from_deflate_data_over_the_next_header_is_two_members() {
        let second = damaged_in_the_middle();
        let members = [gz(b"first\n"), second, gz(b"third\n"), gz(b"fourth\n")];
        let start = members[0].len() + members[1].len();
        let from = members[0].len() + members[1].len() / 2;
        for through in [3, 10, 20] {
            let mut bytes = members.concat();
            for b in &mut bytes[from..start + through] {
                *b ^= 0xa5;
            }
            let (mut r, damage) = GzReader::new(&bytes[..], bytes.len() as u64).resuming();
            let mut out = Vec::new();
            r.read_to_end(&mut out).unwrap();
            let tail: &[u8] = if through == 20 {
                b"fourth\n"
            } else {
                b"third\nfourth\n"
            };
            assert!(out.starts_with(b"first\n") && out.ends_with(tail));
            let at = (out.len() - tail.len()) as u64;
            let d = damage.borrow();
            assert_eq!(d[0].from, 6, "{d:?}");
            assert!(d.iter().all(|d| d.at == at && d.member && !d.end), "{d:?}");
            if through == 20 {
                assert_eq!(d.len(), 1, "{d:?}");
                assert_eq!(d[0].skipped as usize, members[1].len() + members[2].len());
                continue;
            }
            assert_eq!(d.len(), 2, "{d:?}");
            assert_eq!(d[0].skipped as usize, members[1].len());
            assert_eq!((d[1].from, d[1].skipped as usize), (at, HEADER));
            assert!(!d[0].recovered && d[1].recovered);
        }
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
