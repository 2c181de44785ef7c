//! Text analysis: normalisation, tokens with spans back into the original text, shingles and
//! sentences. Everything downstream sees only token hashes and spans, never rewritten text, so
//! evidence can always point at the characters a person would read.

pub mod normalize;
pub mod sentences;
pub mod shingle;

pub use normalize::{tokenize, Token};
