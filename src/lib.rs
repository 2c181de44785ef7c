//! wiretrace: finds exact copies, near-duplicates and derivative reporting in a dump of news
//! articles and arranges them into a provenance forest.
//!
//! The pipeline is a chain of plain functions over slices, so that each stage could run on one
//! shard of a corpus: [`ingest`] → [`text`] → [`sketch`] → [`link`] → [`tree`] → [`emit`].
//! [`pipeline`] strings them together for one machine.

pub mod cmd;
pub mod emit;
pub mod eval;
pub mod generate;
pub mod ingest;
pub mod link;
pub mod model;
pub mod pipeline;
pub mod progress;
pub mod sketch;
pub mod store;
pub mod text;
pub mod tree;
