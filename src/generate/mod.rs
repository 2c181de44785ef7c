//! Synthetic news corpus with ground truth, for measuring the detector at any scale.
//!
//! Hand-labelled corpora are small; this makes millions of articles whose provenance is
//! known exactly. Each "event" yields an original plus exact copies, near copies,
//! aggregator rewrites, blogs built on those rewrites, independent reports of the same
//! facts and unrelated filler (see `event.rs`), so every relation the detector must tell
//! apart is present, including the hard negatives.
//!
//! Events are planned first (cheap) so that every article's id is fixed before any text
//! exists; texts are then rendered in parallel in chunks and scattered into position
//! buckets, which lets the output be one global shuffle without holding the corpus in
//! memory. Everything derives from the seed alone: thread count and chunking do not
//! change a byte.

mod event;
// Word tables read better packed than one word per line.
#[rustfmt::skip]
mod lexicon;
mod prose;
mod rng;

use std::fs::File;
use std::io::{BufWriter, Read, Seek, Write};

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::Serialize;

use event::{Kind, Parent};

pub struct GenerateOptions {
    pub originals: usize,
    pub seed: u64,
}

pub struct GenerateStats {
    pub articles: usize,
    pub bytes: u64,
}

/// Version of what `generate` writes for a given seed and size. The benchmark scripts name
/// their cached corpora after it (`benches/e2e.sh`, `benches/peers/run.sh`), so a change that
/// alters the corpora must raise it, or the benches keep measuring the old ones.
/// 2: near copies no longer edit the dateline.
pub const CORPUS_VERSION: u32 = 2;

const STREAM_SHUFFLE: u64 = 3;
/// Events rendered per parallel batch: large enough to keep both cores busy, small
/// enough that a batch's text stays a few tens of megabytes.
const CHUNK_EVENTS: usize = 2048;
/// Articles per position bucket; a bucket is the unit held in memory while writing.
const BUCKET_ARTICLES: usize = 50_000;
/// Caps open spill files; buckets grow instead for absurdly large corpora.
const MAX_BUCKETS: usize = 256;

#[derive(Serialize)]
struct CorpusLine<'a> {
    id: &'a str,
    source: &'a str,
    published: &'a str,
    title: &'a str,
    url: &'a str,
    text: &'a str,
}

#[derive(Serialize)]
struct TruthLine<'a> {
    id: &'a str,
    cluster: &'a str,
    parent: Option<&'a str>,
    relation: &'a str,
    label: &'a str,
}

/// One rendered article: its output position and both JSON lines.
struct Record {
    pos: usize,
    corpus: Vec<u8>,
    truth: Vec<u8>,
}

/// Writes one JSON object per line to `corpus` and one per line to `truth`.
pub fn generate(
    opts: &GenerateOptions,
    corpus: &mut dyn Write,
    truth: &mut dyn Write,
) -> Result<GenerateStats> {
    let seed = opts.seed;
    let counts: Vec<usize> = (0..opts.originals)
        .into_par_iter()
        .map(|e| event::plan(seed, e as u64).slots.len())
        .collect();
    let mut offsets = Vec::with_capacity(counts.len());
    let mut total = 0usize;
    for c in &counts {
        offsets.push(total);
        total += c;
    }

    // Output position of every article (indexed by event offset + slot); ids follow
    // position, so neither order nor ids reveal which articles belong together.
    let mut order: Vec<usize> = (0..total).collect();
    let mut r = rng::Rng::new(seed, STREAM_SHUFFLE, 0);
    for i in (1..total).rev() {
        order.swap(i, r.below(i + 1));
    }
    let width = total.saturating_sub(1).to_string().len().max(6);
    let ids = Ids {
        order: &order,
        width,
    };

    let bucket_len = total.div_ceil(MAX_BUCKETS).max(BUCKET_ARTICLES);
    let mut buckets = (0..total.div_ceil(bucket_len))
        .map(|_| Spill::new(total > bucket_len))
        .collect::<Result<Vec<_>>>()?;
    for start in (0..opts.originals).step_by(CHUNK_EVENTS) {
        let end = (start + CHUNK_EVENTS).min(opts.originals);
        let batch = (start..end)
            .into_par_iter()
            .map(|e| event_records(seed, e, offsets[e], &ids))
            .collect::<Result<Vec<_>>>()?;
        for rec in batch.into_iter().flatten() {
            buckets[rec.pos / bucket_len].push(&rec)?;
        }
    }

    let mut bytes = 0u64;
    for (b, bucket) in buckets.into_iter().enumerate() {
        let first = b * bucket_len;
        let len = bucket_len.min(total - first);
        bytes += bucket.drain(first, len, corpus, truth)?;
    }
    corpus.flush()?;
    truth.flush()?;
    Ok(GenerateStats {
        articles: total,
        bytes,
    })
}

struct Ids<'a> {
    order: &'a [usize],
    width: usize,
}

impl Ids<'_> {
    fn pos(&self, global: usize) -> usize {
        self.order[global]
    }

    fn id(&self, global: usize) -> String {
        format!("g{:0w$}", self.order[global], w = self.width)
    }
}

fn event_records(seed: u64, e: usize, offset: usize, ids: &Ids) -> Result<Vec<Record>> {
    let plan = event::plan(seed, e as u64);
    let articles = event::render(seed, e as u64, &plan);
    let root = match (plan.absent, plan.agency) {
        (true, Some(a)) => format!("external:{}/{e}", a.slug),
        _ => ids.id(offset),
    };
    let mut out = Vec::with_capacity(articles.len());
    let has_derived = plan
        .slots
        .iter()
        .any(|k| matches!(k.parent(), Parent::Root));
    for (slot, (kind, a)) in plan.slots.iter().zip(&articles).enumerate() {
        let id = ids.id(offset + slot);
        let (parent, cluster) = match kind.parent() {
            Parent::None => (None, id.clone()),
            Parent::Root => (Some(root.clone()), root.clone()),
            Parent::Slot(p) => (Some(ids.id(offset + p)), root.clone()),
        };
        let published = chrono::DateTime::from_timestamp(a.published, 0)
            .context("timestamp out of range")?
            .format("%Y-%m-%dT%H:%M:%SZ")
            .to_string();
        let mut corpus = Vec::with_capacity(a.text.len() + 256);
        serde_json::to_writer(
            &mut corpus,
            &CorpusLine {
                id: &id,
                source: &a.source,
                published: &published,
                title: &a.title,
                url: &a.url,
                text: &a.text,
            },
        )?;
        corpus.push(b'\n');
        let mut truth = Vec::with_capacity(128);
        let wire_absent = plan.absent && matches!(kind.parent(), Parent::Root);
        serde_json::to_writer(
            &mut truth,
            &TruthLine {
                id: &id,
                cluster: &cluster,
                parent: parent.as_deref(),
                relation: if *kind == Kind::Original && !has_derived {
                    // As `run` says of a root with nothing below it (SPEC: `parent` is null for
                    // a root or an unrelated article); the label still says what it was made as.
                    "unrelated"
                } else {
                    kind.relation()
                },
                label: kind.label(wire_absent),
            },
        )?;
        truth.push(b'\n');
        debug_assert!(*kind != Kind::Original || slot == 0);
        out.push(Record {
            pos: ids.pos(offset + slot),
            corpus,
            truth,
        });
    }
    Ok(out)
}

/// Records for one range of output positions, kept in memory for small corpora and
/// spilled to an anonymous temporary file otherwise.
enum Spill {
    Mem(Vec<u8>),
    Disk(BufWriter<File>),
}

impl Spill {
    fn new(disk: bool) -> Result<Spill> {
        Ok(if disk {
            let f = tempfile::tempfile().context("creating spill file for generate")?;
            Spill::Disk(BufWriter::with_capacity(1 << 16, f))
        } else {
            Spill::Mem(Vec::new())
        })
    }

    fn push(&mut self, rec: &Record) -> Result<()> {
        let w: &mut dyn Write = match self {
            Spill::Mem(v) => v,
            Spill::Disk(f) => f,
        };
        for n in [rec.pos, rec.corpus.len(), rec.truth.len()] {
            w.write_all(&(n as u64).to_le_bytes())?;
        }
        w.write_all(&rec.corpus)?;
        w.write_all(&rec.truth)?;
        Ok(())
    }

    /// Writes the bucket's records in position order; returns corpus bytes written.
    fn drain(
        self,
        first: usize,
        len: usize,
        corpus: &mut dyn Write,
        truth: &mut dyn Write,
    ) -> Result<u64> {
        let data = match self {
            Spill::Mem(v) => v,
            Spill::Disk(f) => {
                let mut f = f.into_inner().map_err(|e| e.into_error())?;
                f.rewind()?;
                let mut v = Vec::new();
                f.read_to_end(&mut v)?;
                v
            }
        };
        let mut slots: Vec<Option<(usize, usize, usize)>> = vec![None; len];
        let mut at = 0;
        let word = |at: usize| -> Result<usize> {
            let b = data.get(at..at + 8).context("truncated spill record")?;
            Ok(u64::from_le_bytes(b.try_into()?) as usize)
        };
        while at < data.len() {
            let (pos, c, t) = (word(at)?, word(at + 8)?, word(at + 16)?);
            at += 24;
            match slots.get_mut(pos.wrapping_sub(first)) {
                Some(slot) if at + c + t <= data.len() => *slot = Some((at, c, t)),
                _ => bail!("corrupt spill record for position {pos}"),
            }
            at += c + t;
        }
        let mut bytes = 0u64;
        for (i, slot) in slots.into_iter().enumerate() {
            let Some((at, c, t)) = slot else {
                bail!("no article generated for position {}", first + i);
            };
            corpus.write_all(&data[at..at + c])?;
            truth.write_all(&data[at + c..at + c + t])?;
            bytes += c as u64;
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;
    use std::collections::{HashMap, HashSet};

    fn run(originals: usize, seed: u64) -> (Vec<u8>, Vec<u8>, GenerateStats) {
        let (mut c, mut t) = (Vec::new(), Vec::new());
        let stats = generate(&GenerateOptions { originals, seed }, &mut c, &mut t).unwrap();
        (c, t, stats)
    }

    fn lines(b: &[u8]) -> Vec<Value> {
        std::str::from_utf8(b)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn words(a: &Value) -> usize {
        a["text"].as_str().unwrap().split_whitespace().count()
    }

    #[test]
    fn deterministic_by_seed() {
        let a = run(30, 7);
        let b = run(30, 7);
        assert_eq!(a.0, b.0);
        assert_eq!(a.1, b.1);
        assert_ne!(a.0, run(30, 8).0);
    }

    #[test]
    fn empty_and_tiny() {
        for n in [0, 1, 2] {
            let (c, t, s) = run(n, 1);
            assert_eq!(lines(&c).len(), s.articles);
            assert_eq!(lines(&t).len(), s.articles);
            assert_eq!(s.bytes, c.len() as u64);
        }
        assert_eq!(run(0, 1).2.articles, 0);
    }

    #[test]
    fn spill_buckets_round_trip() {
        // Exercise the on-disk path directly with positions out of order.
        let mut s = Spill::new(true).unwrap();
        for pos in [12usize, 10, 11] {
            let rec = Record {
                pos,
                corpus: format!("c{pos}\n").into_bytes(),
                truth: format!("t{pos}\n").into_bytes(),
            };
            s.push(&rec).unwrap();
        }
        let (mut c, mut t) = (Vec::new(), Vec::new());
        assert_eq!(s.drain(10, 3, &mut c, &mut t).unwrap(), 12);
        assert_eq!(c, b"c10\nc11\nc12\n");
        assert_eq!(t, b"t10\nt11\nt12\n");
        let s = Spill::new(false).unwrap();
        assert!(s.drain(0, 1, &mut c, &mut t).is_err());
    }

    #[test]
    fn corpus_is_consistent_with_truth() {
        let (c, t, stats) = run(200, 42);
        let corpus = lines(&c);
        let truth = lines(&t);
        assert_eq!(corpus.len(), truth.len());
        assert!(stats.articles > 3 * 200, "only {} articles", stats.articles);

        let mut by_id: HashMap<&str, &Value> = HashMap::new();
        for (a, g) in corpus.iter().zip(&truth) {
            let id = a["id"].as_str().unwrap();
            assert_eq!(g["id"].as_str().unwrap(), id);
            assert!(by_id.insert(id, a).is_none(), "duplicate id {id}");
            assert!(a["url"].as_str().unwrap().starts_with("https://"));
            assert!(!a["source"].as_str().unwrap().is_empty());
            assert!(!a["title"].as_str().unwrap().is_empty());
        }

        let mut relations = HashSet::new();
        let mut labels = HashSet::new();
        for (a, g) in corpus.iter().zip(&truth) {
            let id = a["id"].as_str().unwrap();
            let relation = g["relation"].as_str().unwrap();
            relations.insert(relation.to_string());
            labels.insert(g["label"].as_str().unwrap().to_string());
            let cluster = g["cluster"].as_str().unwrap();
            let n = words(a);
            match &g["parent"] {
                Value::Null => {
                    assert_eq!(cluster, id);
                    assert!(matches!(relation, "original" | "unrelated"));
                }
                Value::String(p) if p.starts_with("external:") => {
                    assert_eq!(p, cluster);
                    assert!(["reuters", "ap", "afp"]
                        .iter()
                        .any(|s| p.starts_with(&format!("external:{s}/"))));
                }
                Value::String(p) => {
                    let parent = by_id.get(p.as_str()).expect("parent in corpus");
                    assert!(
                        parent["published"].as_str() < a["published"].as_str(),
                        "{id} not later than {p}"
                    );
                    if relation == "exact_duplicate" {
                        assert_eq!(parent["text"], a["text"]);
                        assert_ne!(parent["url"], a["url"]);
                        assert_ne!(parent["source"], a["source"]);
                    }
                    if relation == "near_duplicate" {
                        assert_ne!(parent["text"], a["text"]);
                    }
                }
                other => panic!("bad parent {other}"),
            }
            let label = g["label"].as_str().unwrap();
            // An original is "original" exactly when something derives from it.
            if label == "original" {
                let derived = truth.iter().any(|t| t["parent"] == id);
                assert_eq!(relation == "original", derived, "{id}");
            }
            if label == "original" {
                assert!((300..=1200).contains(&n), "original with {n} words");
            } else {
                assert!((60..=1500).contains(&n), "{relation} with {n} words");
            }
        }
        for r in [
            "original",
            "exact_duplicate",
            "near_duplicate",
            "derivative",
            "unrelated",
        ] {
            assert!(relations.contains(r), "missing relation {r}");
        }
        for l in [
            "original",
            "exact_copy",
            "near_copy",
            "partial_derivative",
            "second_generation",
            "wire_absent_derivative",
            "independent",
            "unrelated",
        ] {
            assert!(labels.contains(l), "missing label {l}");
        }
    }

    #[test]
    fn output_is_not_grouped_by_event() {
        let (_, t, _) = run(100, 3);
        let truth = lines(&t);
        let same_cluster_neighbours = truth
            .windows(2)
            .filter(|w| w[0]["cluster"] == w[1]["cluster"])
            .count();
        assert!(same_cluster_neighbours < truth.len() / 10);
    }
}
