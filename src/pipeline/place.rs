//! The tree stage: the forest built from the decided links, each article under the parent that
//! explains it best, and built again once an article's family has been measured against it.

use super::align::{measure_pair, Recent, ANALYSED_BYTES};
use super::candidates::Candidate;
use super::links::{decide_pair, Around};
use super::{span32, LinkRecord, Params, Sketch};
use crate::link::align::PassageKind;
use crate::link::attribution::{
    agency_dateline, credit_taken, phrase_in, primary_credit_besides, wire_furniture, CreditKind,
};
use crate::link::decide::{effective_coverage, DecidedBy, LinkParams};
use crate::link::{Analysed, Idf};
use crate::model::{Article, Dated, Relation};
use crate::sketch::exact::tokenize_and_sha256;
use crate::sketch::{minhash, MinHasher};
use crate::store::TextStore;
use crate::tree::{self, Forest, Node, Proposal};
use rayon::prelude::*;

/// Per article, the outlet it credits first (see [`primary_credit`](crate::link::attribution::primary_credit)) unless that is its own, with
/// the credit's index among its credits.
pub(super) fn primary_credits(
    sketches: &[Sketch],
    slugs: &[String],
) -> Vec<Option<(String, usize)>> {
    sketches
        .iter()
        .enumerate()
        .map(|(i, s)| {
            primary_credit_besides(&s.credits, Some(&slugs[i])).map(|c| {
                (
                    c.outlet.clone(),
                    s.credits.iter().position(|x| x == c).unwrap_or(0),
                )
            })
        })
        .collect()
}

/// The forest of `links`: each article under its best-ranked parent (see [`parent_rank`]).
/// `scores`: each article's source score; `credit`: from [`primary_credits`]; the texts are read
/// for the links whose child may have copied its credit from the parent. Also returns the links
/// turned around (see [`marked_reversals`]), which the forest's evidence indices number after
/// `links`: the caller appends them.
#[allow(clippy::too_many_arguments)]
pub(super) fn place(
    links: &[LinkRecord],
    scores: &[f64],
    credit: &[Option<(String, usize)>],
    sketches: &[Sketch],
    slugs: &[String],
    articles: &[Article],
    texts: &TextStore,
    min_confidence: f64,
) -> (Forest, Vec<LinkRecord>) {
    let n = sketches.len();
    // Articles that extend a text several others also reproduce whole, where that decided
    // the direction (see `reused_cores`; dates come first).
    let mut extension = vec![false; n];
    for l in links {
        if l.decided_by == DecidedBy::ReusedCore {
            extension[l.child as usize] = true;
        }
    }
    // Per child, its two largest verbatim shares with a parent: a vocabulary link whose parent
    // holds clearly more of the child verbatim than any other does shows which text the child
    // took (see [`OWN_TEXT_MARGIN`]).
    // Links by a credit alone do not compete: their pairs are measured for the credit, and a
    // parent the child took text from must not lose to one it only names.
    let mut best_verbatim = vec![(0.0f64, 0.0f64); n];
    for l in links.iter().filter(|l| !l.by_credit) {
        let b = &mut best_verbatim[l.child as usize];
        let v = l.verbatim_child;
        if v > b.0 {
            *b = (v, b.0);
        } else if v > b.1 {
            b.1 = v;
        }
    }
    let own_text = |l: &LinkRecord| {
        let (first, second) = best_verbatim[l.child as usize];
        l.verbatim_child >= first.max(OWN_TEXT_MIN) && l.verbatim_child >= second + OWN_TEXT_MARGIN
    };
    let copied: Vec<bool> = links
        .par_iter()
        .map(|l| credit_copied(l, credit, sketches, articles, texts))
        .collect();
    let ParentsText { takes, outheld } =
        takes_the_parents_text(links, &own_text, &copied, credit, sketches, slugs);
    // A child that took its credit from one parent, with that parent's text, names no other
    // parent's outlet by it: the credit ranks the credited outlet's story higher only if that
    // story writes the phrase too, as an agency's dateline is (a blog repeating a rewrite's
    // lead with "according to the Daily Pakistan" took the rewrite, not the paper's story).
    let mut borrowed = vec![false; n];
    // The same, from a parent of another outlet than the one credited.
    let mut borrowed_elsewhere = vec![false; n];
    for (k, l) in links.iter().enumerate() {
        let c = l.child as usize;
        borrowed[c] |= copied[k];
        borrowed_elsewhere[c] |= copied[k]
            && credit[c]
                .as_ref()
                .is_some_and(|(outlet, _)| *outlet != slugs[l.parent as usize]);
    }
    let unnamed: Vec<bool> = links
        .par_iter()
        .map(|l| {
            let c = l.child as usize;
            borrowed[c]
                && credit[c].as_ref().is_some_and(|(outlet, k)| {
                    // The rank's credit is the one borrowed, not another the child writes.
                    l.attribution.as_ref().is_some_and(|a| a.outlet == *outlet)
                        && !phrase_in(
                            &sketches[c].credits[*k],
                            &texts.text(&articles[c]),
                            &texts.text(&articles[l.parent as usize]),
                        )
                })
        })
        .collect();
    // A link by a credit alone stands only for a credit the child wrote or took from the
    // credited outlet's own story: one taken with another outlet's text names that text's
    // source, not the child's (a blog repeating a rewrite's lead, credit and all, took the
    // rewrite). A rewrite that keeps the agency's dateline word for word keeps its link.
    // Copies of an agency's story keep its dateline as the agency's copy does: a dateline two
    // copies share says nothing of which was taken from which (a rewrite's dateline on its own
    // lead does, see `takes_the_parents_text`). Asked only of a copy whose credit is copied.
    let is_copy = |r: Relation| matches!(r, Relation::ExactDuplicate | Relation::NearDuplicate);
    let dateline_credit = |c: u32| {
        let c = c as usize;
        credit[c].as_ref().is_some_and(|(_, i)| {
            agency_dateline(&sketches[c].credits[*i], &texts.text(&articles[c]))
        })
    };
    let mut proposals: Vec<Proposal> = links
        .iter()
        .enumerate()
        .filter(|(k, l)| {
            let c = l.child as usize;
            let credited = |a: usize, o: &str| {
                slugs[a] == o || credit[a].as_ref().is_some_and(|(x, _)| x == o)
            };
            // A child marked as a wire agency's copy (its dateline, bracket, byline or closing
            // line), linked by shared words alone to a paper's text that neither is the agency's
            // nor credits it: the mark says where its story came from, the words only that both
            // tell it (a Japanese paper's Kyodo copy and NHK's own report of one earthquake, both
            // opening with the weather agency's words). A credit in running text is no such
            // mark, and another agency's story may be the source whatever the mark says:
            // COUNTER's Urdu papers put AFP's dateline on stories written from APP's.
            let wire = crate::link::attribution::is_wire;
            let credit_explains = l.by_vocabulary
                && !own_text(l)
                && !takes[*k]
                && !wire(&slugs[l.parent as usize])
                && credit[c].as_ref().is_some_and(|(o, i)| {
                    wire(o)
                        && !credited(l.parent as usize, o)
                        && copy_mark(&sketches[c].credits[*i], &texts.text(&articles[c]))
                });
            // A child marked as the agency's copy, linked to the agency's own story by the
            // credit alone, not one passage aligned with it, not even a reworded sentence: a
            // copy of that story would share its text, so it is the agency's copy of another
            // of its stories (an agency runs many a day). A credit in running text ("as PAP
            // reported") may head a rewrite that keeps none of the words; a mark may not.
            // COUNTER's Urdu papers put the agency's dateline on their own rewrites, which
            // share a reworded sentence or two.
            let other_story = l.by_credit
                && l.coverage_child == 0.0
                && credit[c].as_ref().is_some_and(|(o, i)| {
                    *o == slugs[l.parent as usize]
                        && copy_mark(&sketches[c].credits[*i], &texts.text(&articles[c]))
                });
            !(credit_explains
                || other_story
                || l.by_credit
                    && borrowed_elsewhere[c]
                    && credit[c]
                        .as_ref()
                        .is_some_and(|(outlet, _)| *outlet == slugs[l.parent as usize]))
        })
        .map(|(k, l)| {
            let mut rank = parent_rank(l, scores[l.parent as usize]);
            if unnamed[k] {
                rank -= ATTRIBUTION_RANK;
            }
            // An extension of a reused core steps aside for the core, as a copy does for its
            // original: what a third text shares with both is the core's.
            if extension[l.parent as usize] && l.relation == Relation::Derivative {
                rank -= EXTENSION_PARENT_PENALTY;
            }
            if outheld[k] {
                rank -= OUTHELD_RANK;
            }
            Proposal {
                child: l.child,
                parent: l.parent,
                relation: l.relation,
                confidence: l.confidence,
                rank,
                evidence: k,
                credit_copied: copied[k] && !(is_copy(l.relation) && dateline_credit(l.child)),
                mutual_copy: tree::mutual_copy(l.coverage_child, l.coverage_parent),
                vocabulary_only: l.by_vocabulary && !own_text(l) && !takes[k],
                containment: l.containment_child_in_parent,
                coverage: l.coverage_child,
                turned: false,
            }
        })
        .collect();
    let mut source_in_input = vec![false; n];
    for p in &proposals {
        if let Some((outlet, _)) = &credit[p.child as usize] {
            if *outlet == slugs[p.parent as usize] {
                source_in_input[p.child as usize] = true;
            }
        }
    }
    // Which articles' credits mark them as the agency's copy, asked only of the parents of
    // copies crediting nothing (see `tree::build`): the texts are read for those alone.
    let mut marked = vec![false; n];
    // And of the children of copies whose parent credits nothing (see [`marked_reversals`]).
    let mut asked: Vec<usize> = proposals
        .iter()
        .filter(|p| is_copy(p.relation))
        .flat_map(|p| {
            let (c, par) = (p.child as usize, p.parent as usize);
            match (&credit[c], &credit[par]) {
                (None, Some(_)) => Some(par),
                (Some(_), None) => Some(c),
                _ => None,
            }
        })
        .filter(|&a| !source_in_input[a])
        .collect();
    asked.sort_unstable();
    asked.dedup();
    let marks: Vec<bool> = asked
        .par_iter()
        .map(|&a| {
            credit[a].as_ref().is_some_and(|(_, i)| {
                copy_mark(&sketches[a].credits[*i], &texts.text(&articles[a]))
            })
        })
        .collect();
    for (&a, m) in asked.iter().zip(marks) {
        marked[a] = m;
    }
    let turned = marked_reversals(links, &proposals, credit, &source_in_input, &marked);
    for (j, (k, l)) in turned.iter().enumerate() {
        let forward = &proposals[*k];
        proposals.push(Proposal {
            child: l.child,
            parent: l.parent,
            evidence: links.len() + j,
            credit_copied: false,
            vocabulary_only: false,
            containment: l.containment_child_in_parent,
            coverage: l.coverage_child,
            turned: true,
            ..*forward
        });
    }
    let forest = tree::build(
        n,
        proposals,
        credit,
        &source_in_input,
        &marked,
        min_confidence,
    );
    (forest, turned.into_iter().map(|(_, l)| l).collect())
}

/// A copy link whose child is marked as an absent wire agency's copy (see [`copy_mark`]) and
/// whose parent, crediting nothing, ran first, turned around, with the index of its proposal:
/// the earlier copy ran the agency's story too, having dropped the credit (a Swedish paper's
/// copy of a TT story, posted before two papers ran it with TT's dateline, had stood as their
/// source). The forest uses it only to put the earlier copy beside the marked one under the
/// agency's node (see `tree::Join::Marked`).
fn marked_reversals(
    links: &[LinkRecord],
    proposals: &[Proposal],
    credit: &[Option<(String, usize)>],
    source_in_input: &[bool],
    marked: &[bool],
) -> Vec<(usize, LinkRecord)> {
    proposals
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            let (c, par) = (p.child as usize, p.parent as usize);
            matches!(
                p.relation,
                Relation::ExactDuplicate | Relation::NearDuplicate
            ) && marked[c]
                && !source_in_input[c]
                && credit[c].is_some()
                && credit[par].is_none()
        })
        .map(|(k, p)| (k, turned_around(&links[p.evidence])))
        .collect()
}

/// `l` with child and parent swapped.
fn turned_around(l: &LinkRecord) -> LinkRecord {
    LinkRecord {
        child: l.parent,
        parent: l.child,
        relation: l.relation,
        decided_by: DecidedBy::AgencyMark,
        similarity: l.similarity,
        minhash_similarity: l.minhash_similarity,
        containment_child_in_parent: l.containment_parent_in_child,
        containment_parent_in_child: l.containment_child_in_parent,
        coverage_child: l.coverage_parent,
        coverage_parent: l.coverage_child,
        // The parent's verbatim share was not measured. Nothing reads it: the turned link
        // joins groups in the forest and is written as evidence, never ranked.
        verbatim_child: 0.0,
        by_vocabulary: false,
        by_credit: false,
        quoted_share: l.quoted_share,
        shared_chars: l.shared_chars,
        passages: l
            .passages
            .iter()
            .map(|p| super::SharedPassage {
                child_span: p.parent_span,
                parent_span: p.child_span,
                ..*p
            })
            .collect(),
        time_delta_hours: l.time_delta_hours.map(|h| -h),
        attribution: None,
        confidence: l.confidence,
    }
}

/// Per link, whether the child's verbatim text with the parent shows it took that parent's
/// text, though it links by shared vocabulary and the parent's verbatim share is short of
/// [`OWN_TEXT_MARGIN`] over the others. A blog that repeats a rewrite's lead shares with the
/// story behind it only the sentences the rewrite kept, and with the rewrite those and the words
/// around them that the rewrite wrote (its reworded opening, its credit): too few for a link by
/// aligned text, and 2.5 to 9 points more verbatim with the rewrite than with the story
/// (benches/multilingual and benches/spaceless), which sent each such blog to the story.
/// Either of two shows it:
/// - the child's verbatim text with each other parent lies inside its text with this one (but
///   [`HOLDS_SLACK`] of it), this one holds [`HOLDS_MARGIN`] more of the child, and at least
///   [`HOLDS_MIN_EXTRA`] bytes of what only this one has lie in stretches that also hold the
///   others' text: the rewrite's words around the story's sentences, not a stock sentence both
///   rewrites added elsewhere ("did not immediately respond to a request for comment");
/// - the child's credit phrase lies in that text and the parent, of another outlet than the one
///   credited, writes it too: the credit is that parent's writing, not the credited story's (an
///   agency's dateline in its own story tells nothing), so the child took that parent's text,
///   if [`HOLDS_MIN_EXTRA`] bytes more of it are no other parent's too (two rewrites can each
///   add ", Xinhua reported." to the story's lead).
///
/// The credit phrase never counts in what only this parent has. Only links by vocabulary that
/// are not already the child's own text are looked at; a child with more than
/// [`HOLDS_MAX_LINKS`] links keeps the margin rule alone. Links by a credit alone are no rivals.
fn takes_the_parents_text(
    links: &[LinkRecord],
    own_text: &(impl Fn(&LinkRecord) -> bool + Sync),
    copied: &[bool],
    credit: &[Option<(String, usize)>],
    sketches: &[Sketch],
    slugs: &[String],
) -> ParentsText {
    let looked_at = |l: &LinkRecord| l.by_vocabulary && !own_text(l);
    let mut by_child: Vec<u32> = (0..links.len() as u32)
        .filter(|&k| !links[k as usize].by_credit)
        .collect();
    by_child.sort_unstable_by_key(|&k| (links[k as usize].child, k));
    let groups: Vec<&[u32]> = by_child
        .chunk_by(|&x, &y| links[x as usize].child == links[y as usize].child)
        .filter(|g| g.len() <= HOLDS_MAX_LINKS)
        .collect();
    let found: Vec<(u32, bool)> = groups
        .par_iter()
        .flat_map_iter(|g| {
            let child = links[g[0] as usize].child as usize;
            // The child's credit, if it is a phrase in its text.
            let phrase = credit[child].as_ref().and_then(|(outlet, i)| {
                let c = &sketches[child].credits[*i];
                (c.kind == CreditKind::Phrase)
                    .then_some(c.phrase)
                    .flatten()
                    .map(|span| (outlet, span32(span)))
            });
            let spans: Vec<Vec<(u32, u32)>> = g
                .iter()
                .map(|&k| verbatim_spans(&links[k as usize]))
                .collect();
            let not_phrase = |v: Vec<(u32, u32)>| match phrase {
                Some((_, p)) => minus(&v, &[p]),
                None => v,
            };
            // Whether parent `i`'s verbatim text with the child holds parent `j`'s (but
            // HOLDS_SLACK of it) and `margin` more of the child.
            let holds = |i: usize, j: usize, margin: f64| {
                let total = length(&spans[j]);
                let outside = total - length(&intersect(&spans[j], &spans[i]));
                outside as f64 <= HOLDS_SLACK * total as f64
                    && links[g[i] as usize].verbatim_child
                        >= links[g[j] as usize].verbatim_child + margin
            };
            // The bytes of the child, its credit phrase aside, in the stretches of parent `i`'s
            // verbatim text that hold some of `others`, outside `others`.
            let around = |i: usize, others: &[(u32, u32)]| {
                let wrapping: Vec<(u32, u32)> = spans[i]
                    .iter()
                    .copied()
                    .filter(|&s| !intersect(&[s], others).is_empty())
                    .collect();
                length(&not_phrase(minus(&wrapping, others)))
            };
            let mut out = Vec::new();
            for (i, &k) in g.iter().enumerate() {
                let l = &links[k as usize];
                if spans[i].is_empty() {
                    continue;
                }
                let outheld = l.relation == Relation::Derivative
                    && (0..g.len()).any(|j| {
                        j != i
                            && !spans[j].is_empty()
                            && holds(j, i, OWN_TEXT_MARGIN)
                            && around(j, &spans[i]) >= HOLDS_MIN_EXTRA
                    });
                if outheld {
                    out.push((k, false));
                }
                if !looked_at(l) {
                    continue;
                }
                let others: Vec<(u32, u32)> = merged(
                    spans
                        .iter()
                        .enumerate()
                        .filter(|&(j, _)| j != i)
                        .flat_map(|(_, v)| v.iter().copied())
                        .collect(),
                );
                let holds_all = (0..g.len()).all(|j| j == i || holds(i, j, HOLDS_MARGIN))
                    && spans
                        .iter()
                        .enumerate()
                        .any(|(j, v)| j != i && !v.is_empty())
                    && around(i, &others) >= HOLDS_MIN_EXTRA;
                let intermediary = phrase.is_some_and(|(outlet, _)| {
                    copied[k as usize]
                        && *outlet != slugs[l.parent as usize]
                        && length(&not_phrase(minus(&spans[i], &others))) >= HOLDS_MIN_EXTRA
                });
                if holds_all || intermediary {
                    out.push((k, true));
                }
            }
            out
        })
        .collect();
    let mut res = ParentsText {
        takes: vec![false; links.len()],
        outheld: vec![false; links.len()],
    };
    for (k, takes) in found {
        if takes {
            res.takes[k as usize] = true;
        } else {
            res.outheld[k as usize] = true;
        }
    }
    res
}

/// What [`takes_the_parents_text`] finds, per link.
struct ParentsText {
    /// The child took this parent's text (see [`takes_the_parents_text`]).
    takes: Vec<bool>,
    /// Another parent's verbatim text with the child holds this one's, clearly more of the child
    /// ([`OWN_TEXT_MARGIN`]), and [`HOLDS_MIN_EXTRA`] bytes more around it: the child has, word for word,
    /// the text this parent has of the other and more of the other besides, so it took the
    /// other's text, not this one's (a paper's rewrite that quotes the agency's story where a
    /// second rewrite, sharing more reworded sentences with it, paraphrased). It ranks lower
    /// (see [`OUTHELD_RANK`]).
    outheld: Vec<bool>,
}

/// The child's byte spans in verbatim passages with the parent, sorted and merged.
fn verbatim_spans(l: &LinkRecord) -> Vec<(u32, u32)> {
    merged(
        l.passages
            .iter()
            .filter(|p| p.kind == PassageKind::Verbatim && p.child_span.0 < p.child_span.1)
            .map(|p| p.child_span)
            .collect(),
    )
}

/// Spans sorted and merged where they touch or overlap.
fn merged(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    v.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Bytes in merged spans.
fn length(v: &[(u32, u32)]) -> u64 {
    v.iter().map(|&(s, e)| u64::from(e - s)).sum()
}

/// The parts of merged spans `a` inside merged spans `b`.
fn intersect(a: &[(u32, u32)], b: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        let (s, e) = (a[i].0.max(b[j].0), a[i].1.min(b[j].1));
        if s < e {
            out.push((s, e));
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

/// The parts of merged spans `a` outside merged spans `b`.
fn minus(a: &[(u32, u32)], b: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut j = 0;
    for &(s, e) in a {
        let mut at = s;
        while j < b.len() && b[j].1 <= at {
            j += 1;
        }
        let mut k = j;
        while k < b.len() && b[k].0 < e {
            if b[k].0 > at {
                out.push((at, b[k].0));
            }
            at = at.max(b[k].1);
            k += 1;
        }
        if at < e {
            out.push((at, e));
        }
    }
    out
}

/// See [`takes_the_parents_text`]: how much more of the child, as a share of its words, must be
/// verbatim with the parent than with any other.
const HOLDS_MARGIN: f64 = 0.02;

/// See [`takes_the_parents_text`]: the share of another parent's verbatim text with the child
/// that may lie outside this parent's (where two alignments end a few characters apart).
const HOLDS_SLACK: f64 = 0.1;

/// See [`takes_the_parents_text`]: the fewest bytes of the child, its credit phrase aside, that
/// only this parent has verbatim: about six English words, ten Chinese characters. 16 took a
/// small edit both rewrites made to the story's lead (" local time", ", state media said", ",
/// China's official … reported." around a credit phrase) for the rewrite's own words; the
/// benches' blogs that took a rewrite's lead have 40 bytes and more.
const HOLDS_MIN_EXTRA: u64 = 32;

/// See [`ParentsText::outheld`]: what a parent whose text the child has less of than another's
/// loses in rank; about what the other's 0.2 more of the child would win.
const OUTHELD_RANK: f64 = 0.2;

/// See [`takes_the_parents_text`]: the pairs of a child's links it compares grow as their
/// square; news stories have a few candidate parents, a hub of near copies hundreds.
const HOLDS_MAX_LINKS: usize = 32;

/// Measures and decides the pairs of [`family_pairs`]; the links found.
#[allow(clippy::too_many_arguments)]
pub(super) fn measure_family(
    family: &[(u32, u32)],
    articles: &[Article],
    texts: &TextStore,
    idf: &Idf,
    dates: &[Option<Dated>],
    sketches: &[Sketch],
    slugs: &[String],
    around: &Around,
    link_params: &LinkParams,
    p: &Params,
) -> Vec<LinkRecord> {
    let hasher = MinHasher::new(p.seed);
    // The signatures are gone: each article is signed again, as the sketch stage did, and
    // analysed, once per task: a grandparent is in the pairs of all its grandchildren, and
    // reading, signing and analysing it for each cost their number times its length (800
    // grandchildren of a 16 MB text: tree stage 18.9 s).
    let prepare = |i: u32| {
        let text = texts.text(&articles[i as usize]);
        let mut tokens = Vec::new();
        tokenize_and_sha256(&text, &mut tokens);
        let signature = hasher.sign_tokens(&tokens, p.shingle_size);
        (signature, Analysed::new(text, p.shingle_size))
    };
    family
        .par_chunks(FAMILY_TASK_PAIRS)
        .flat_map_iter(|task| {
            let mut cache = Recent::with_budget(FAMILY_CACHE, ANALYSED_BYTES);
            let out: Vec<LinkRecord> = task
                .iter()
                .filter_map(|&(a, b)| {
                    let size = |x: &(_, Analysed)| x.1.heap_bytes();
                    let xa = cache.get_sized(a, prepare, size);
                    let xb = cache.get_sized(b, prepare, size);
                    let c = Candidate {
                        a,
                        b,
                        agree: minhash::agreement(&xa.0, &xb.0),
                    };
                    let m = measure_pair(&xa.1, &xb.1, &c, articles, idf, p);
                    decide_pair(m, dates, sketches, slugs, around, link_params)
                })
                .collect();
            out
        })
        .collect()
}

/// Family pairs per task of [`measure_family`]: pairs come sorted, so a task meets an article's
/// pairs together.
const FAMILY_TASK_PAIRS: usize = 256;

/// Articles a task of [`measure_family`] keeps signed and analysed.
const FAMILY_CACHE: usize = 64;

/// Pairs `(a, b)`, `a < b`, sorted, of a derivative or a near copy and the source of its parent,
/// where the parent is a rewrite or a near copy of that source and `measured(a, b)` is false: the
/// pairs the forest says must be compared for the parent to be the right one (see
/// `run_with_store`). A paper's copy of a wire story cut short, under another paper's longer
/// copy because banding paired it with that copy and not with the story, is one.
pub(super) fn family_pairs(
    forest: &tree::Forest,
    measured: impl Fn(u32, u32) -> bool,
) -> Vec<(u32, u32)> {
    let rewrite = |r: Relation| matches!(r, Relation::Derivative | Relation::NearDuplicate);
    let mut out: Vec<(u32, u32)> = (0..forest.parent.len())
        .filter_map(|c| {
            let Some(Node::Article(p)) = forest.parent[c] else {
                return None;
            };
            let Some(Node::Article(g)) = forest.parent[p as usize] else {
                return None;
            };
            let c = c as u32;
            (rewrite(forest.relation[c as usize]) && rewrite(forest.relation[p as usize]) && g != c)
                .then_some((g.min(c), g.max(c)))
        })
        .filter(|&(a, b)| !measured(a, b))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The order in which the forest takes a link (highest first), from its confidence. Among
/// parents that explain a child about equally, two kinds of evidence pick the source over a
/// sibling:
/// - the parent's source score (how much of the articles around it it explains): the common
///   source explains more articles overall than a sibling rewrite;
/// - the share of the child in verbatim runs with the parent: two rewrites of one story align
///   with each other as reworded passages (each reworded the same sentences), and sometimes over
///   a few more words than the child's verbatim match with the source, whose exact wording only
///   the source shares. Measured with weights 0, 0.1, 0.2 and 0.3 (before the wire rule, and
///   without the quote discount): generated (2,000 originals) link F1 0.912, 0.922, 0.927,
///   0.929; COUNTER 0.707, 0.705, 0.709, 0.709; Clough-Stevenson 0.738, 0.754, 0.738, 0.738.
///   0.2 has most of the gain with the smaller weight;
/// - the child naming the parent's outlet ([`ATTRIBUTION_RANK`]).
fn parent_rank(l: &LinkRecord, source_score: f64) -> f64 {
    // Quoted text discounted as in the decision: independent reports repeat the same quote.
    let verbatim = effective_coverage(l.verbatim_child, l.quoted_share);
    let named = if l.attribution.is_some() {
        ATTRIBUTION_RANK
    } else {
        0.0
    };
    l.confidence + 0.1 * source_score / (1.0 + source_score) + VERBATIM_RANK * verbatim + named
}

/// See [`parent_rank`]: a child that names the parent's outlet ranks it a little higher. A
/// tie-breaker rather than a rule: a credit copied along with another text's passages (a blog
/// repeating an aggregator's "according to Reuters") names the wire story it did not use.
/// Right links with 0 / 0.05 / 0.1 / 0.2, once the family's source is measured against each
/// article (see `run_with_store`): generated 2,000 originals 7,005 / 7,010 / 7,008 / 6,999;
/// 25k undated 16,267 / 16,273 / 16,269 / 16,242; 25k 16,489 / 16,493 / 16,488 and undated
/// without URLs 15,621 / 15,628 / 15,622 (0.2 not measured on those two); COUNTER and
/// Clough-Stevenson the same at all four.
const ATTRIBUTION_RANK: f64 = 0.05;

/// See [`parent_rank`]: a child wholly in verbatim runs with a parent ranks it as about 0.28 more
/// of the child's coverage would.
const VERBATIM_RANK: f64 = 0.2;

/// How much more of a child must be verbatim in one parent than in any other for a link by
/// vocabulary to hold to a rewrite (see [`tree::build`]), and how much at least
/// ([`OWN_TEXT_MIN`]). A blog that copies an aggregator's lead, with the credit the aggregator
/// added, shares 22 to 37% of itself verbatim with the aggregator and 0 to 20% with the story
/// the aggregator rewrote (benches/multilingual). Link F1 (COUNTER, Clough-Stevenson,
/// multilingual, spaceless): without the rule 0.7708, 0.8475, 0.849, 0.824; margin 0.1 alone
/// 0.7691, 0.8475, 0.915, 0.901 (a COUNTER story 11% verbatim with another paper's story and 0%
/// with its agency story went under the paper's); margin 0.1 and at least 0.15 0.7713, 0.8475,
/// 0.915, 0.885; margin 0.05 and at least 0.2 0.7708, 0.8305, 0.934, 0.916. Generated 2,000
/// originals 0.9904 throughout.
const OWN_TEXT_MARGIN: f64 = 0.1;

/// See [`OWN_TEXT_MARGIN`].
const OWN_TEXT_MIN: f64 = 0.15;

/// How much less a text that extends a reused core is preferred as a parent than the core; about
/// the confidence that a few points of coverage more are worth.
const EXTENSION_PARENT_PENALTY: f64 = 0.2;

/// Whether a credit marks its text as the agency's copy: the agency's dateline or a bracket
/// ("（共同）", "(ANP)"), or its byline, closing line or copyright line (see [`wire_furniture`]).
fn copy_mark(credit: &crate::link::attribution::Credit, text: &str) -> bool {
    let bracket = credit
        .phrase
        .and_then(|(s, e)| text.get(s..e))
        .is_some_and(|p| p.trim_start().starts_with(['(', '（', '[', '【']));
    bracket || agency_dateline(credit, text) || wire_furniture(credit, text)
}

/// Whether the child took its primary credit from the parent: the phrase lies in the text they
/// share verbatim (see [`credit_taken`]) and the parent writes it too (see [`phrase_in`]). A wire
/// agency's byline or closing line is no such credit ([`wire_furniture`]): two papers running
/// one AP story both print AP's byline, and a review's second paper, reading it as taken from
/// the first, went under the first rather than under AP's story by input order.
fn credit_copied(
    l: &LinkRecord,
    credit: &[Option<(String, usize)>],
    sk: &[Sketch],
    articles: &[Article],
    texts: &TextStore,
) -> bool {
    let Some((_, k)) = &credit[l.child as usize] else {
        return false;
    };
    let c = &sk[l.child as usize].credits[*k];
    let verbatim = l
        .passages
        .iter()
        .filter(|p| p.kind == PassageKind::Verbatim)
        .map(|p| (p.child_span.0 as usize, p.child_span.1 as usize));
    // The texts are read only for a credit inside the shared text: most links have none.
    if !credit_taken(c, verbatim) {
        return false;
    }
    let child = texts.text(&articles[l.child as usize]);
    !wire_furniture(c, &child) && phrase_in(c, &child, &texts.text(&articles[l.parent as usize]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::attribution::Credit;
    use crate::pipeline::SharedPassage;

    #[test]
    fn naming_the_parents_outlet_ranks_it_higher() {
        let plain = link(0.6, 0.2);
        let mut named = link(0.6, 0.2);
        named.attribution = Some(Credit {
            outlet: "reuters".into(),
            kind: crate::link::attribution::CreditKind::Phrase,
            evidence: "Reuters reported.".into(),
            span: Some((0, 17)),
            phrase: Some((0, 16)),
            name: Some((0, 9)),
        });
        let gap = parent_rank(&named, 1.0) - parent_rank(&plain, 1.0);
        assert!((gap - ATTRIBUTION_RANK).abs() < 1e-12, "{gap}");
    }

    #[test]
    fn an_article_is_compared_with_the_source_of_its_parent() {
        let a = |i| Some(Node::Article(i));
        // 1 rewrites 0; 2 rewrites 1; 3 is a near copy of 0 and 4 rewrites it; 5 rewrites 2
        // (itself a rewrite of a rewrite); 6 copies 1 exactly, 7 rewrites 6; 8 rewrites 9, a
        // root; 10 is a near copy of 3 (a copy cut short under a longer copy).
        let forest = tree::Forest {
            parent: vec![
                None,
                a(0),
                a(1),
                a(0),
                a(3),
                a(2),
                a(1),
                a(6),
                a(9),
                None,
                a(3),
            ],
            relation: vec![
                Relation::Original,
                Relation::Derivative,
                Relation::Derivative,
                Relation::NearDuplicate,
                Relation::Derivative,
                Relation::Derivative,
                Relation::ExactDuplicate,
                Relation::Derivative,
                Relation::Derivative,
                Relation::Original,
                Relation::NearDuplicate,
            ],
            confidence: vec![None; 11],
            evidence: vec![None; 11],
            via: vec![None; 11],
            virtuals: Vec::new(),
            root: Vec::new(),
        };
        assert_eq!(
            family_pairs(&forest, |_, _| false),
            vec![(0, 2), (0, 4), (0, 10), (1, 5)]
        );
        // Pairs already measured are not measured again.
        assert_eq!(
            family_pairs(&forest, |a, b| (a, b) == (0, 4)),
            vec![(0, 2), (0, 10), (1, 5)]
        );
    }

    fn link(confidence: f64, verbatim_child: f64) -> LinkRecord {
        LinkRecord {
            child: 0,
            parent: 1,
            relation: Relation::Derivative,
            decided_by: DecidedBy::Date,
            similarity: 0.1,
            minhash_similarity: 0.1,
            containment_child_in_parent: 0.3,
            containment_parent_in_child: 0.2,
            coverage_child: 0.8,
            coverage_parent: 0.4,
            verbatim_child,
            by_vocabulary: false,
            by_credit: false,
            quoted_share: 0.0,
            shared_chars: 100,
            passages: Vec::new(),
            time_delta_hours: None,
            attribution: None,
            confidence,
        }
    }

    /// A vocabulary link of child 0 to `parent`, with verbatim passages at these child spans.
    fn vocab_link(parent: u32, verbatim_child: f64, spans: &[(u32, u32)]) -> LinkRecord {
        let mut l = link(0.3, verbatim_child);
        l.parent = parent;
        l.by_vocabulary = true;
        l.passages = spans
            .iter()
            .map(|&child_span| SharedPassage {
                kind: PassageKind::Verbatim,
                child_span,
                parent_span: child_span,
                score: 1.0,
            })
            .collect();
        l
    }

    /// Runs [`takes_the_parents_text`] on the links of child 0 (and others), with `credit` the
    /// child's credit phrase, if any, copied from every parent of outlet `"rewrite"`.
    fn takes(links: &[LinkRecord], credit: Option<(usize, usize)>) -> Vec<bool> {
        parents_text(links, credit).takes
    }

    /// [`ParentsText::outheld`] of the links, as [`takes`] runs them.
    fn outheld(links: &[LinkRecord]) -> Vec<bool> {
        parents_text(links, None).outheld
    }

    fn parents_text(links: &[LinkRecord], credit: Option<(usize, usize)>) -> ParentsText {
        let slugs: Vec<String> = ["blog", "story", "near", "rewrite", "story"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let credits: Vec<Option<(String, usize)>> = (0..5)
            .map(|c| (c == 0 && credit.is_some()).then(|| ("story".to_string(), 0)))
            .collect();
        let mut sketches: Vec<Sketch> = (0..5)
            .map(|_| Sketch {
                sha256: [0; 32],
                tokens: 100,
                credits: Vec::new(),
            })
            .collect();
        if let Some(phrase) = credit {
            sketches[0].credits.push(Credit {
                outlet: "story".into(),
                kind: CreditKind::Phrase,
                evidence: "Story reported".into(),
                span: Some(phrase),
                phrase: Some(phrase),
                name: Some((0, 0)),
            });
        }
        let copied: Vec<bool> = links
            .iter()
            .map(|l| credit.is_some() && slugs[l.parent as usize] == "rewrite")
            .collect();
        takes_the_parents_text(
            links,
            &|_: &LinkRecord| false,
            &copied,
            &credits,
            &sketches,
            &slugs,
        )
    }

    #[test]
    fn a_parent_whose_text_another_holds_word_for_word_with_more_ranks_lower() {
        // benches/syndication/latam: Quadratín rewrites EFE's earthquake story and quotes the
        // official word for word where Heraldo de Chiapas (1), a rewrite sharing more reworded
        // sentences with it, paraphrased him. What Quadratín has verbatim of Heraldo's lies in
        // its verbatim text with EFE's copies (2, 4), which holds the quote around it.
        let links = vec![
            vocab_link(1, 0.113, &[(140, 195), (476, 525)]),
            vocab_link(2, 0.233, &[(138, 195), (415, 575)]),
            vocab_link(4, 0.233, &[(138, 195), (415, 575)]),
        ];
        assert_eq!(outheld(&links), vec![true, false, false]);
        // Not clearly more of the child (two students' answers from one source text, each
        // with a few words of its own alike).
        let mut level = links.clone();
        level[0].verbatim_child = 0.15;
        assert_eq!(outheld(&level), vec![false; 3]);
        // The other's more is elsewhere, not around this one's text.
        let apart = vec![
            vocab_link(1, 0.113, &[(140, 195), (476, 525)]),
            vocab_link(2, 0.233, &[(140, 195), (476, 525), (800, 900)]),
        ];
        assert_eq!(outheld(&apart), vec![false, false]);
        // This one has text word for word that the other lacks.
        let own = vec![
            vocab_link(1, 0.113, &[(140, 195), (476, 525), (700, 760)]),
            links[1].clone(),
        ];
        assert_eq!(outheld(&own), vec![false, false]);
        // Copies are placed by what they hold of each text (`tree::build`), not by this.
        let mut copy = links.clone();
        copy[0].relation = Relation::NearDuplicate;
        assert_eq!(outheld(&copy), vec![false; 3]);
    }

    #[test]
    fn a_parent_whose_verbatim_text_holds_the_others_is_the_childs_own() {
        // benches/multilingual es-03-deriv2: its lead is es-03-deriv's (3), bytes 0..205 (25%
        // of it); es-03 (1) and its near copy (2) share two stretches of that lead (17%).
        let links = vec![
            vocab_link(1, 0.172, &[(13, 78), (134, 205)]),
            vocab_link(2, 0.172, &[(13, 78), (134, 200)]),
            vocab_link(3, 0.252, &[(0, 120), (110, 205)]),
        ];
        assert_eq!(takes(&links, None), vec![false, false, true]);
        // Text the other parent has word for word outside this one's: not through this one.
        let mut outside = links.clone();
        outside[0].passages[1].child_span = (134, 260);
        assert_eq!(takes(&outside, None), vec![false; 3]);
        // A few bytes where two alignments end apart are slack.
        let mut ends = links.clone();
        ends[0].passages[1].child_span = (134, 210);
        assert!(takes(&ends, None)[2]);
        // Not clearly more of the child.
        let mut level = links.clone();
        level[2].verbatim_child = 0.18;
        assert_eq!(takes(&level, None), vec![false; 3]);
        // What only the rewrite has is a stock sentence apart from the story's text (both
        // rewrites added "did not immediately respond to a request for comment"): no sign.
        let stock = vec![
            vocab_link(1, 0.131, &[(0, 118)]),
            vocab_link(3, 0.221, &[(0, 118), (838, 926)]),
        ];
        assert_eq!(takes(&stock, None), vec![false, false]);
        // Nor is the child's credit phrase, all that only the rewrite has around the story's
        // lead (two rewrites each added ", Story reported." to it).
        let tail = vec![
            vocab_link(1, 0.20, &[(0, 180)]),
            vocab_link(3, 0.23, &[(0, 220)]),
        ];
        assert_eq!(takes(&tail, None), vec![false, true]);
        assert_eq!(takes(&tail, Some((180, 220))), vec![false, false]);
        // Nor a small edit both made to the lead (" local time").
        let edit = vec![
            vocab_link(1, 0.20, &[(0, 180)]),
            vocab_link(3, 0.23, &[(0, 204)]),
        ];
        assert_eq!(takes(&edit, None), vec![false, false]);
        // Nothing verbatim with any other parent shows no chain.
        let alone = vec![vocab_link(1, 0.0, &[]), links[2].clone()];
        assert_eq!(takes(&alone, None), vec![false, false]);
        // Links by aligned text and other children's links are not looked at; a link by a
        // credit alone is no rival.
        let mut aligned = links.clone();
        aligned[2].by_vocabulary = false;
        assert_eq!(takes(&aligned, None), vec![false; 3]);
        let mut others = links.clone();
        others[0].child = 4;
        assert_eq!(takes(&others, None), vec![false, false, true]);
        others[1].by_credit = true;
        assert_eq!(
            takes(&others, None),
            vec![false, false, false],
            "a link by a credit alone is no rival: no chain shown"
        );
    }

    #[test]
    fn span_arithmetic() {
        let m = merged(vec![(10, 20), (15, 30), (40, 50), (5, 8), (30, 32)]);
        assert_eq!(m, vec![(5, 8), (10, 32), (40, 50)]);
        assert_eq!(
            intersect(&m, &[(0, 12), (25, 45)]),
            vec![(5, 8), (10, 12), (25, 32), (40, 45)]
        );
        assert_eq!(minus(&m, &[(0, 12), (25, 45)]), vec![(12, 25), (45, 50)]);
        assert_eq!(minus(&m, &[]), m);
        assert_eq!(minus(&m, &m), vec![]);
        assert_eq!(
            minus(&[(0, 100)], &[(10, 20), (30, 40)]),
            vec![(0, 10), (20, 30), (40, 100)]
        );
        assert_eq!(length(&m), 3 + 22 + 10);
        assert!(intersect(&m, &[]).is_empty());
    }

    #[test]
    fn a_credit_copied_from_a_rewrite_shows_the_rewrite_was_taken() {
        // benches/spaceless zh-03-deriv2: its only link is to the rewrite (3) whose lead, with
        // its "据新华社报道" credit, it copied; 14% of it, under every other bar.
        let only = vec![vocab_link(3, 0.14, &[(0, 219)])];
        assert_eq!(takes(&only, Some((0, 21))), vec![true]);
        // Not copied: the child wrote its credit, or credits nothing.
        assert_eq!(takes(&only, None), vec![false]);
        // From the credited outlet's own story (an agency's dateline): nothing shown.
        let from_story = vec![vocab_link(4, 0.14, &[(0, 219)])];
        assert_eq!(takes(&from_story, Some((0, 21))), vec![false]);
        // The credit, and what the story has too, is all the child shares with the rewrite.
        let little = vec![
            vocab_link(1, 0.10, &[(21, 219)]),
            vocab_link(3, 0.14, &[(0, 219)]),
        ];
        assert_eq!(takes(&little, Some((0, 21))), vec![false, false]);
    }

    #[test]
    fn verbatim_source_outranks_a_reworded_sibling_that_covers_a_little_more() {
        // Clough-Stevenson g0pD_taskb: 85% of it aligns with a sibling (27% verbatim), 79% with
        // the source (71% verbatim); confidences 0.89 and 0.85.
        let sibling = link(0.89, 0.27);
        let source = link(0.85, 0.71);
        assert!(parent_rank(&source, 2.0) > parent_rank(&sibling, 2.0));
        // Much more coverage still wins.
        assert!(parent_rank(&link(0.99, 0.27), 2.0) > parent_rank(&source, 2.0));
        // So does explaining more of the articles around.
        assert!(parent_rank(&link(0.8, 0.5), 9.0) > parent_rank(&link(0.8, 0.5), 1.0));
    }
}
