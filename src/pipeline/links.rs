//! Deciding the measured pairs: which become links, in which direction, as what relation;
//! and the links between exact copies, which need no measuring.

use super::align::Measured;
use super::{span32, LinkRecord, SharedPassage, Sketch};
use crate::link::align::PassageKind;
use crate::link::attribution::{is_wire, slug_for_url, Credit, CreditKind};
use crate::link::citation;
use crate::link::citation::url_key;
use crate::link::decide::{decide, DecidedBy, LinkParams, Meta};
use crate::link::notice;
use crate::model::{Article, Dated, Relation};
use crate::sketch::minhash;
use crate::store::TextStore;
use rayon::prelude::*;

/// Decides every pair that can become a link, in their order; the links kept.
pub(super) fn decide_all(
    kept: Vec<Option<Box<Measured>>>,
    dates: &[Option<Dated>],
    sketches: &[Sketch],
    slugs: &[String],
    around: &Around,
    link_params: &LinkParams,
) -> Vec<LinkRecord> {
    kept.into_par_iter()
        .flatten()
        .filter_map(|m| decide_pair(*m, dates, sketches, slugs, around, link_params))
        .collect()
}

/// What the articles around a pair say about its direction, measured over all pairs.
pub(super) struct Around<'a> {
    pub scores: &'a [f64],
    /// (core, extension) pairs from [`crate::link::decide::reused_cores`].
    pub cores: &'a [(u32, u32)],
    /// From [`super::align::shared_readings`].
    pub readings: &'a [(u32, u32, bool)],
    /// From [`super::candidates::credited_around`].
    pub credited: &'a [u32],
    /// From [`super::candidates::cited_pages`], between representatives.
    pub citations: &'a [(u32, u32, bool)],
    /// Their addresses, for the evidence of a link by citation.
    pub articles: &'a [Article],
    /// Per article, whether it reports its own (see [`crate::link::decide::reports_its_own`]).
    pub reports_own: &'a [bool],
    /// Read again for two articles of one outlet, for their correction notices (see
    /// [`crate::link::notice::of_versions`]).
    pub texts: &'a TextStore,
}

/// The credit by which an article cites `page`'s address: one of its URL credits if it names
/// that page (a text's first URL of each outlet is its credit), else the page's own `url`,
/// which the cited address equals up to [`url_key`]'s differences.
fn cited_page(credits: &[Credit], page: u32, slug: &str, articles: &[Article]) -> Option<Credit> {
    let url = articles[page as usize].url.as_deref()?;
    let key = url_key(url)?;
    credits
        .iter()
        .find(|c| c.kind == CreditKind::Url && url_key(&c.evidence) == Some(key))
        .cloned()
        .or_else(|| {
            Some(Credit {
                outlet: if slug.is_empty() {
                    slug_for_url(url).unwrap_or_default()
                } else {
                    slug.to_string()
                },
                kind: CreditKind::Url,
                evidence: url.to_string(),
                span: None,
                phrase: None,
                name: None,
            })
        })
}

pub(super) fn decide_pair(
    m: Measured,
    dates: &[Option<Dated>],
    sk: &[Sketch],
    slugs: &[String],
    around: &Around,
    link_params: &LinkParams,
) -> Option<LinkRecord> {
    let Around {
        scores,
        cores,
        readings,
        credited,
        citations,
        articles,
        reports_own,
        texts,
    } = around;
    let Measured {
        a,
        b,
        agree,
        ev,
        passages,
        chars,
    } = m;
    let mut ev = ev.evidence();
    if cores.binary_search(&(a, b)).is_ok() {
        ev.core = Some(true);
    } else if cores.binary_search(&(b, a)).is_ok() {
        ev.core = Some(false);
    }
    if let Ok(k) = readings.binary_search_by_key(&(a, b), |r| (r.0, r.1)) {
        ev.readings = Some(readings[k].2);
    }
    ev.cites = citation::of_pair(citations, a, b);
    let meta = |i: u32| Meta {
        published: dates[i as usize].map(|d| d.at),
        date_from_url: dates[i as usize].is_some_and(|d| d.from_url),
        source_slug: &slugs[i as usize],
        credits: &sk[i as usize].credits,
        source_score: scores[i as usize],
        credited_around: credited[i as usize],
        reports_own: reports_own[i as usize],
        notices: 0,
    };
    let (mut ma, mut mb) = (meta(a), meta(b));
    // Only two near copies of one outlet's story are ordered by their notices (see
    // `decide::orient`): only theirs are read. Every kept pair of a one-outlet dump read its
    // two texts again otherwise.
    if ev.jaccard >= link_params.near_threshold
        && !ma.source_slug.is_empty()
        && ma.source_slug == mb.source_slug
    {
        let (x, y) = (&articles[a as usize], &articles[b as usize]);
        (ma.notices, mb.notices) = notice::of_versions(
            (&texts.text(x), x.title.as_deref()),
            (&texts.text(y), y.title.as_deref()),
        );
    }
    let d = decide(&ev, &ma, &mb, link_params)?;
    let (c, par) = if d.a_is_child { (a, b) } else { (b, a) };
    let (cont_cp, cont_pc, cov_c, cov_p, q, verbatim_c) = if d.a_is_child {
        (
            ev.cont_ab,
            ev.cont_ba,
            ev.cov_a,
            ev.cov_b,
            ev.quoted_a,
            ev.verbatim_a,
        )
    } else {
        (
            ev.cont_ba,
            ev.cont_ab,
            ev.cov_b,
            ev.cov_a,
            ev.quoted_b,
            ev.verbatim_b,
        )
    };
    let passages: Vec<SharedPassage> = passages
        .iter()
        .map(|ps| {
            let (child_span, parent_span) = if d.a_is_child {
                (ps.a, ps.b)
            } else {
                (ps.b, ps.a)
            };
            SharedPassage {
                kind: ps.kind,
                child_span,
                parent_span,
                score: ps.score,
            }
        })
        .collect();
    let shared_chars = chars[if d.a_is_child { 0 } else { 1 }] as u64;
    let parent_slug = &slugs[par as usize];
    // The credit naming the parent's outlet; for a link that stands on the child citing the
    // parent's address, or whose child credits the outlet no other way, the address cited.
    let citing = ev.cites.is_some_and(|x| x.a_cites_b == d.a_is_child);
    let named = || {
        sk[c as usize]
            .credits
            .iter()
            .find(|cr| !parent_slug.is_empty() && cr.outlet == *parent_slug)
            .cloned()
    };
    let cited = || cited_page(&sk[c as usize].credits, par, parent_slug, articles);
    let attribution = if !citing {
        named()
    } else if d.by_credit {
        cited().or_else(named)
    } else {
        named().or_else(cited)
    };
    Some(LinkRecord {
        child: c,
        parent: par,
        relation: d.relation,
        decided_by: d.decided_by,
        similarity: ev.jaccard,
        minhash_similarity: minhash::agreement_share(agree),
        containment_child_in_parent: cont_cp,
        containment_parent_in_child: cont_pc,
        coverage_child: cov_c,
        coverage_parent: cov_p,
        verbatim_child: verbatim_c,
        by_vocabulary: d.by_vocabulary,
        by_credit: d.by_credit,
        quoted_share: q,
        shared_chars,
        passages,
        time_delta_hours: time_delta(dates[par as usize], dates[c as usize]),
        attribution,
        confidence: d.confidence,
    })
}

/// The link of every exact copy to the copy that stands for it. `credited_reps`: the
/// representatives the credits around them chose (see `candidates::credited_representatives`).
pub(super) fn exact_links(
    rep: &[u32],
    copy_agree: &[u8],
    credited_reps: &[u32],
    articles: &[Article],
    dates: &[Option<Dated>],
    slugs: &[String],
) -> Vec<LinkRecord> {
    let mut links = Vec::new();
    for i in 0..rep.len() as u32 {
        let r = rep[i as usize];
        if r != i {
            let mut l = exact_link(i, r, copy_agree[i as usize], articles, dates, slugs);
            if credited_reps.binary_search(&r).is_ok() && l.decided_by == DecidedBy::InputOrder {
                l.decided_by = DecidedBy::CreditedAround;
            }
            links.push(l);
        }
    }
    links
}

/// What put the `parent` of two exact copies first in [`super::precedence`]: dates apart at the
/// coarser precision (or only the parent dated), else a wire agency's copy (an undated one
/// stands for dated copies at other outlets: see [`super::sketch::exact_copies`]), else input
/// order.
pub fn copy_decided_by(
    child: Option<Dated>,
    parent: Option<Dated>,
    child_wire: bool,
    parent_wire: bool,
) -> DecidedBy {
    let apart = match (child, parent) {
        (Some(c), Some(p)) => c.at.order(&p.at) != std::cmp::Ordering::Equal,
        (None, None) | (Some(_), None) => false,
        (None, Some(_)) => true,
    };
    if apart {
        if child.is_some_and(|d| d.from_url) || parent.is_some_and(|d| d.from_url) {
            DecidedBy::UrlDate
        } else {
            DecidedBy::Date
        }
    } else if parent_wire && !child_wire {
        DecidedBy::Wire
    } else {
        DecidedBy::InputOrder
    }
}

fn exact_link(
    child: u32,
    parent: u32,
    agree: u8,
    arts: &[Article],
    dates: &[Option<Dated>],
    slugs: &[String],
) -> LinkRecord {
    // Exact copies have the same normalised text, not always the same bytes.
    let len = |a: &Article| a.stored.map_or(a.text.len(), |s| s.len as usize);
    let (clen, plen) = (len(&arts[child as usize]), len(&arts[parent as usize]));
    LinkRecord {
        child,
        parent,
        relation: Relation::ExactDuplicate,
        decided_by: copy_decided_by(
            dates[child as usize],
            dates[parent as usize],
            is_wire(&slugs[child as usize]),
            is_wire(&slugs[parent as usize]),
        ),
        similarity: 1.0,
        minhash_similarity: minhash::agreement_share(agree),
        containment_child_in_parent: 1.0,
        containment_parent_in_child: 1.0,
        coverage_child: 1.0,
        coverage_parent: 1.0,
        verbatim_child: 1.0,
        by_vocabulary: false,
        by_credit: false,
        quoted_share: 0.0,
        shared_chars: TextStore::chars_of(&arts[child as usize]) as u64,
        passages: vec![SharedPassage {
            kind: PassageKind::Verbatim,
            child_span: span32((0, clen)),
            parent_span: span32((0, plen)),
            score: 1.0,
        }],
        time_delta_hours: time_delta(dates[parent as usize], dates[child as usize]),
        attribution: None,
        confidence: 1.0,
    }
}

/// Hours from parent to child, by the dates that ordered them (a URL's date included).
fn time_delta(parent: Option<Dated>, child: Option<Dated>) -> Option<f64> {
    Some(parent?.at.hours_until(&child?.at))
}
