//! The decision for one measured pair: is it a near duplicate, a derivative, or neither, and
//! which of the two came first.

use super::attribution::Credit;
use super::PairEvidence;
use crate::model::{Published, Relation};
use serde::Serialize;

/// Thresholds of the decision; each is a `run` option.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct LinkParams {
    /// Exact shingle Jaccard at or above which two articles are near duplicates.
    pub near_threshold: f64,
    /// Share of the child's words inside passages aligned with the parent (quoted text discounted)
    /// at or above which the child is a derivative.
    pub derive_threshold: f64,
}

impl Default for LinkParams {
    fn default() -> Self {
        LinkParams {
            near_threshold: 0.6,
            derive_threshold: 0.3,
        }
    }
}

/// What an article brings to a decision besides its text.
pub struct Meta<'a> {
    pub published: Option<Published>,
    pub source_slug: &'a str,
    pub credits: &'a [Credit],
    /// How much of its linked neighbours this article explains (see [`source_scores`]).
    pub source_score: f64,
}

/// Which evidence settled the direction of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecidedBy {
    /// The parent was published earlier.
    Date,
    /// The child credits the parent's outlet.
    Attribution,
    /// The child is covered by the shared text more than the parent is: the parent has material
    /// the child lacks.
    Asymmetry,
    /// The parent explains more of the articles around both: a source covers each of its
    /// rewrites, a rewrite covers only what it took.
    SourceScore,
    /// Nothing told them apart; the one read first is taken as the parent.
    InputOrder,
}

#[derive(Debug, Clone, Copy)]
pub struct Decision {
    /// True when `a` is the child.
    pub a_is_child: bool,
    pub relation: Relation,
    pub confidence: f64,
    pub decided_by: DecidedBy,
}

/// Coverage of the child that counts as evidence of reuse: aligned text inside quotation marks is
/// discounted, because independent reports repeat the same official quote.
pub fn effective_coverage(cov: f64, quoted_share: f64) -> f64 {
    cov * (1.0 - 0.8 * quoted_share)
}

/// Decides relation and direction for a pair; None when they are not linked.
pub fn decide(ev: &PairEvidence, a: &Meta, b: &Meta, p: &LinkParams) -> Option<Decision> {
    let (a_is_child, decided_by, certainty) = orient(ev, a, b);
    let (cov_c, q_c) = if a_is_child {
        (ev.cov_a, ev.quoted_a)
    } else {
        (ev.cov_b, ev.quoted_b)
    };
    let eff = effective_coverage(cov_c, q_c);
    let near = ev.jaccard >= p.near_threshold;
    let (relation, strength) = if near {
        (
            Relation::NearDuplicate,
            0.6 + 0.4
                * ((ev.jaccard - p.near_threshold) / (1.0 - p.near_threshold).max(1e-9)).min(1.0),
        )
    } else if eff >= p.derive_threshold {
        // Linear in coverage, never saturating below full coverage: the forest takes the most
        // confident parent, and the source an article was written from covers it more than a
        // sibling written from the same source does.
        let span = (1.0 - p.derive_threshold).max(1e-9);
        (
            Relation::Derivative,
            0.5 + 0.5 * ((eff - p.derive_threshold) / span).min(1.0),
        )
    } else {
        return None;
    };
    Some(Decision {
        a_is_child,
        relation,
        confidence: (strength * certainty).clamp(0.0, 1.0),
        decided_by,
    })
}

/// Direction: date first (at the coarser precision of the two, so a parent is never later than
/// its child by their dates), then attribution, then which text carries material the other
/// lacks. Returns (a is child, how, certainty of the direction).
fn orient(ev: &PairEvidence, a: &Meta, b: &Meta) -> (bool, DecidedBy, f64) {
    if let (Some(pa), Some(pb)) = (a.published, b.published) {
        match pa.order(&pb) {
            std::cmp::Ordering::Less => return (false, DecidedBy::Date, 1.0),
            std::cmp::Ordering::Greater => return (true, DecidedBy::Date, 1.0),
            std::cmp::Ordering::Equal => {}
        }
    }
    let credits = |m: &Meta, other: &Meta| {
        !other.source_slug.is_empty() && m.credits.iter().any(|c| c.outlet == other.source_slug)
    };
    match (credits(a, b), credits(b, a)) {
        (true, false) => return (true, DecidedBy::Attribution, 1.0),
        (false, true) => return (false, DecidedBy::Attribution, 1.0),
        _ => {}
    }
    let diff = ev.cov_a - ev.cov_b;
    if diff.abs() >= 0.1 {
        return (
            diff > 0.0,
            DecidedBy::Asymmetry,
            0.7 + 0.3 * (diff.abs() / 0.3).min(1.0),
        );
    }
    let ds = a.source_score - b.source_score;
    if ds.abs() >= 0.05 {
        return (ds < 0.0, DecidedBy::SourceScore, 0.7);
    }
    if diff.abs() >= 0.02 {
        return (diff > 0.0, DecidedBy::Asymmetry, 0.7);
    }
    // A dated article is taken as earlier than an undated one only as a last resort.
    (false, DecidedBy::InputOrder, 0.6)
}

/// Per article, the summed effective coverage of its measured neighbours by it, counting only
/// pairs linked strongly enough to be derivatives. `pairs` holds (a, b, coverage of a, coverage
/// of b), coverages already quote-discounted.
pub fn source_scores(n: usize, pairs: &[(u32, u32, f64, f64)], p: &LinkParams) -> Vec<f64> {
    let mut score = vec![0.0; n];
    for &(a, b, cov_a, cov_b) in pairs {
        if cov_a.max(cov_b) < p.derive_threshold {
            continue;
        }
        // The share of b covered by the alignment is what a explains of b.
        score[a as usize] += cov_b;
        score[b as usize] += cov_a;
    }
    score
}
