//! Compact per-article summaries: an exact hash of the normalised text, a MinHash signature of
//! its shingles, and LSH band keys for finding near-duplicate candidates without comparing all
//! pairs.

pub mod exact;
pub mod lsh;
pub mod minhash;

pub use minhash::{MinHasher, Signature, SIG_LEN};
