//! Bytes put back in front of a reader. Two readers need to look past where they stand and
//! then go back: the gzip decoder's search for the next member after damage (a signature split
//! between two buffers, or the damaged member read again from its start), and the WARC record
//! reader's check of what follows a record's body. `BufRead` offers no way back; this holds the
//! bytes that come before the reader's own.

/// The bytes before a reader's, from `at` on.
#[derive(Debug, Default)]
pub(crate) struct Front {
    bytes: Vec<u8>,
    at: usize,
}

impl Front {
    /// What is left of them; empty when the reader's own bytes come next.
    pub(crate) fn rest(&self) -> &[u8] {
        &self.bytes[self.at..]
    }

    /// Consumes `n` of them (at most what is left); false when there were none, so the
    /// caller consumes from the reader.
    pub(crate) fn consume(&mut self, n: usize) -> bool {
        if self.at >= self.bytes.len() {
            return false;
        }
        self.at = (self.at + n).min(self.bytes.len());
        if self.at == self.bytes.len() {
            self.bytes.clear();
            self.at = 0;
        }
        true
    }

    /// Puts `bytes` before what is left.
    pub(crate) fn put_back(&mut self, bytes: &[u8]) {
        let mut all = Vec::with_capacity(bytes.len() + self.rest().len());
        all.extend_from_slice(bytes);
        all.extend_from_slice(self.rest());
        self.bytes = all;
        self.at = 0;
    }

    /// Adds `bytes` after what is left: bytes taken from the reader to look ahead.
    pub(crate) fn push(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }
}

/// `Read::read` for a reader whose `BufRead` side does the work: the two readers above put
/// bytes back in front of theirs, so reading goes through `fill_buf` and `consume`.
pub(crate) fn read_buffered(
    r: &mut impl std::io::BufRead,
    buf: &mut [u8],
) -> std::io::Result<usize> {
    let avail = r.fill_buf()?;
    let n = avail.len().min(buf.len());
    buf[..n].copy_from_slice(&avail[..n]);
    r.consume(n);
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_come_back_in_order() {
        let mut f = Front::default();
        assert!(!f.consume(1));
        f.push(b"cd");
        f.put_back(b"ab");
        assert_eq!(f.rest(), b"abcd");
        assert!(f.consume(3));
        assert_eq!(f.rest(), b"d");
        f.put_back(b"c");
        assert!(f.consume(5));
        assert_eq!(f.rest(), b"");
        assert!(!f.consume(1));
    }
}
