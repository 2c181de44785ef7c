//! `wiretrace explain A B`: aligns two articles of the input and prints, in the terminal, their
//! shared passages, the decision a run would take for the pair, and the evidence behind it.

use crate::ingest::date::dated;
use crate::ingest::read_inputs;
use crate::link::align::{Passage, PassageKind};
use crate::link::attribution::{
    agency_dateline, credit_taken, find_credits, phrase_in, primary_credit_besides,
    slug_of_article, wire_furniture, CorpusOutlets, Credit,
};
use crate::link::decide::{
    dated_against_wire, decide, effective_coverage, reports_its_own, small_corpus_params,
    DecidedBy, LinkParams, Meta,
};
use crate::link::{citation, measure, notice, Analysed, Idf};
use crate::model::{Dated, Relation};
use crate::pipeline::add_byline;
use crate::tree::mutual_copy;
use anyhow::{bail, Result};
use std::fmt::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Id of the first article.
    pub a: String,
    /// Id of the second article.
    pub b: String,
    /// Files or directories to read, as for `run` (default: `input`); word weights come from all
    /// of them.
    pub inputs: Vec<PathBuf>,
    /// The same, as an option (`--input A --input B`); adds to the paths given above.
    #[arg(long = "input", short, value_name = "INPUT")]
    pub input_options: Vec<PathBuf>,
    #[command(flatten)]
    pub detection: super::run::Detection,
}

impl Args {
    fn paths(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = self
            .inputs
            .iter()
            .chain(&self.input_options)
            .cloned()
            .collect();
        if paths.is_empty() {
            paths.push(PathBuf::from("input"));
        }
        paths
    }
}

pub fn run(args: Args) -> Result<()> {
    if args.a == args.b {
        return Err(super::UsageError(format!(
            "explain compares two articles; both ids are {:?}",
            args.a
        ))
        .into());
    }
    let p = args.detection.params()?;
    let paths = args.paths();
    let ingested = read_inputs(&paths, None, None, &|_| {})?;
    let arts = &ingested.articles;
    let find = |id: &str| arts.iter().position(|a| a.id == id);
    let (ia, ib) = (find(&args.a), find(&args.b));
    let (Some(ia), Some(ib)) = (ia, ib) else {
        let missing: Vec<&str> = [(ia, &args.a), (ib, &args.b)]
            .into_iter()
            .filter(|(i, _)| i.is_none())
            .map(|(_, id)| id.as_str())
            .collect();
        let shown = paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        bail!(
            "no article with id {} in {} ({} articles read){}",
            missing
                .iter()
                .map(|id| format!("{id:?}"))
                .collect::<Vec<_>>()
                .join(" or "),
            shown,
            arts.len(),
            near_ids(arts.iter().map(|a| a.id.as_str()), &missing)
        );
    };
    let idf = Idf::from_texts(arts.len(), |i| arts[i].text.as_str());
    let (a, b) = (&arts[ia], &arts[ib]);
    let xa = Analysed::new(&a.text, p.shingle_size);
    let xb = Analysed::new(&b.text, p.shingle_size);
    let mut ev = measure(&xa, &xb, &idf, &p.align);
    // Whether one cites the other's address, and cites no other input page, over the whole
    // input as `run` finds it.
    let cited: Vec<(u32, Vec<u64>)> = arts
        .iter()
        .enumerate()
        .map(|(i, a)| (i as u32, citation::cited_keys(&a.text, &a.references)))
        .filter(|(_, keys)| !keys.is_empty())
        .collect();
    let own: Vec<Option<u64>> = arts
        .iter()
        .map(|a| a.url.as_deref().and_then(citation::url_key))
        .collect();
    ev.cites = citation::of_pair(&citation::citations(&own, &cited), ia as u32, ib as u32);
    // The thresholds `run` decides with on a corpus of this size.
    let link = small_corpus_params(&p.link, idf.trust());
    let outlets = CorpusOutlets::from_sources(arts.iter().filter_map(|a| a.source.as_deref()));
    let mut ca = find_credits(&a.text, &a.references, &outlets);
    let mut cb = find_credits(&b.text, &b.references, &outlets);
    add_byline(&mut ca, a.extra.byline().as_deref());
    add_byline(&mut cb, b.extra.byline().as_deref());
    let (sa, sb) = (
        slug_of_article(a.source.as_deref(), a.url.as_deref()),
        slug_of_article(b.source.as_deref(), b.url.as_deref()),
    );
    let (da, db) = (dated(a), dated(b));
    let mut ma = Meta {
        published: da.map(|d| d.at),
        date_from_url: da.is_some_and(|d| d.from_url),
        source_slug: &sa,
        credits: &ca,
        source_score: 0.0,
        credited_around: 0,
        reports_own: reports_its_own(&ca, &sa, &a.text, a.extra.byline().as_deref()),
        notices: 0,
    };
    let mut mb = Meta {
        published: db.map(|d| d.at),
        date_from_url: db.is_some_and(|d| d.from_url),
        source_slug: &sb,
        credits: &cb,
        source_score: 0.0,
        credited_around: 0,
        reports_own: reports_its_own(&cb, &sb, &b.text, b.extra.byline().as_deref()),
        notices: 0,
    };
    // As `run` counts them, for two articles of one outlet.
    if !sa.is_empty() && sa == sb {
        (ma.notices, mb.notices) =
            notice::of_versions((&a.text, a.title.as_deref()), (&b.text, b.title.as_deref()));
    }
    // Printed at the end in one piece, so that a closed stdout (`| head`) ends it quietly.
    let mut o = String::new();
    // Ids as shown: a line break in an id would split the line it is on, and each part would
    // then pass the escaping below as a line of its own.
    let (id_a, id_b) = (
        super::one_safe_line(&a.id).into_owned(),
        super::one_safe_line(&b.id).into_owned(),
    );
    writeln!(o, "A = {} ({} words, {})", id_a, xa.tokens.len(), when(da))?;
    writeln!(o, "B = {} ({} words, {})", id_b, xb.tokens.len(), when(db))?;
    writeln!(
        o,
        "shingle Jaccard {:.3}; containment A in B {:.3}, B in A {:.3}",
        ev.jaccard, ev.cont_ab, ev.cont_ba
    )?;
    writeln!(
 o,
        "aligned: {:.1}% of A ({:.1}% verbatim, {:.1}% of that quoted), {:.1}% of B ({:.1}% verbatim, {:.1}% quoted)",
        pct(ev.cov_a),
        pct(ev.verbatim_a),
        pct(ev.quoted_a),
        pct(ev.cov_b),
        pct(ev.verbatim_b),
        pct(ev.quoted_b)
    )?;
    writeln!(
        o,
        "effective coverage (quotes discounted): A {:.3}, B {:.3}",
        effective_coverage(ev.cov_a, ev.quoted_a),
        effective_coverage(ev.cov_b, ev.quoted_b)
    )?;
    writeln!(
        o,
        "in one order in both texts: {:.1}% of the aligned text",
        100.0 * ev.order
    )?;
    writeln!(
        o,
        "words: cosine {:.3}; share of A's words in B {:.3}, of B's in A {:.3}; of the rarest \
         (names, terms) {:.3} and {:.3}",
        ev.cosine, ev.words_a, ev.words_b, ev.rare_a, ev.rare_b
    )?;
    for c in ca.iter() {
        writeln!(o, "A credits {} ({:?}): {}", c.outlet, c.kind, c.evidence)?;
    }
    for c in cb.iter() {
        writeln!(o, "B credits {} ({:?}): {}", c.outlet, c.kind, c.evidence)?;
    }
    if let Some(c) = ev.cites {
        let (citing, page) = if c.a_cites_b { ("A", &b) } else { ("B", &a) };
        writeln!(
            o,
            "{citing} cites the other's address{} ({})",
            if c.only {
                ", and no other input page"
            } else {
                ", among other input pages"
            },
            super::one_safe_line(page.url.as_deref().unwrap_or_default())
        )?;
    }
    writeln!(o)?;
    // The same normalised text is an exact copy, whatever the measures say (`run` finds these
    // by SHA-256 before any pair is measured).
    let exact = {
        use crate::sketch::exact::{copy_key, tokenize_and_sha256};
        let key = |t: &str| {
            let mut tokens = Vec::new();
            let sha = tokenize_and_sha256(t, &mut tokens);
            copy_key(t, sha, tokens.len())
        };
        key(&a.text) == key(&b.text)
    };
    // An exact copy's passage is the whole of both texts, as `run` records it
    // (`pipeline::links::exact_links`), whatever the alignment found inside them.
    if exact {
        writeln!(
            o,
            "[Verbatim 1.00] A 0..{} | B 0..{}\n  (the whole text: an exact copy)",
            a.text.chars().count(),
            b.text.chars().count()
        )?;
    }
    // Spans shown in characters, as provenance.json's are: all of a text's offsets turned in
    // one pass over it (one pass per passage cost passages times the text's length).
    let bytes = |x: &Analysed, side: fn(&Passage) -> (u32, u32)| -> Vec<u32> {
        let spans = ev
            .alignment
            .passages
            .iter()
            .map(|ps| x.passage_span(side(ps)));
        spans.flat_map(|(s, e)| [s as u32, e as u32]).collect()
    };
    let chars = |text: &str, mut offsets: Vec<u32>| {
        crate::text::to_char_offsets(text, &mut offsets.iter_mut().collect::<Vec<_>>());
        offsets
    };
    let chars_a = chars(&a.text, bytes(&xa, |ps| ps.a));
    let chars_b = chars(&b.text, bytes(&xb, |ps| ps.b));
    let shown = if exact {
        0
    } else {
        ev.alignment.passages.len()
    };
    for (k, ps) in ev.alignment.passages.iter().enumerate().take(shown) {
        let (sa, ea) = xa.passage_span(ps.a);
        let (sb, eb) = xb.passage_span(ps.b);
        let (ca, cea, cb, ceb) = (
            chars_a[2 * k],
            chars_a[2 * k + 1],
            chars_b[2 * k],
            chars_b[2 * k + 1],
        );
        writeln!(
            o,
            "[{:?} {:.2}] A {}..{} | B {}..{}",
            ps.kind, ps.score, ca, cea, cb, ceb
        )?;
        writeln!(o, "  A: {}", one_line(&a.text[sa..ea]))?;
        writeln!(o, "  B: {}", one_line(&b.text[sb..eb]))?;
    }
    writeln!(o)?;
    // Exact copies are linked as `run` links them (`pipeline::links::exact_links`): the first
    // in `precedence` (by date, then a wire agency's, then input order) is the parent, whatever
    // the measures say; texts without a word give `decide` nothing to measure at all.
    let decision = if exact {
        None
    } else {
        decide(&ev, &ma, &mb, &link)
    };
    // The link the pair would have without the confidence bar, to say so when only the bar
    // stops it.
    let unsure = if exact || decision.is_some() {
        None
    } else {
        let any = LinkParams {
            min_confidence: 0.0,
            ..link
        };
        decide(&ev, &ma, &mb, &any)
    };
    match decision {
        None if exact => {
            let wire = |slug: &str| crate::link::attribution::is_wire(slug);
            // In input order, as `run` breaks ties.
            let sides = [(&id_a, da, &sa, &ca), (&id_b, db, &sb, &cb)];
            let sides = if ia < ib { sides } else { [sides[1], sides[0]] };
            let order = crate::pipeline::precedence(
                &[sides[0].1, sides[1].1],
                &[sides[0].2.clone(), sides[1].2.clone()],
            );
            let (mut par, mut c) = (sides[order[0] as usize], sides[order[1] as usize]);
            if crate::pipeline::wire_story_stands_for(
                (c.1.is_some(), c.2, c.3),
                (par.1.is_some(), par.2),
            ) {
                (par, c) = (c, par);
            }
            let by = crate::pipeline::copy_decided_by(c.1, par.1, wire(c.2), wire(par.2));
            writeln!(
                o,
                "decision: {} is an exact_duplicate of {} (direction by {by:?}), confidence 1.00",
                c.0, par.0
            )?
        }
        Some(d) => {
            let (c, par) = if d.a_is_child {
                (&id_a, &id_b)
            } else {
                (&id_b, &id_a)
            };
            writeln!(
                o,
                "decision: {} is {} {} of {} (direction by {:?}), confidence {:.2}",
                c,
                if d.relation == Relation::ExactDuplicate {
                    "an"
                } else {
                    "a"
                },
                d.relation.as_str(),
                par,
                d.decided_by,
                d.confidence
            )?;
            if d.decided_by == DecidedBy::Correction {
                writeln!(
                    o,
                    "({c} carries more correction notices than {par}: the corrected re-issue \
                     of its story)"
                )?;
            }
            if d.by_credit && ev.cites.is_some_and(|x| x.a_cites_b == d.a_is_child) {
                writeln!(
                    o,
                    "(by its citing {par}'s address: the texts alone are under the bars; a link \
                     a run takes only if no other text shows the source better)"
                )?;
            } else if d.by_credit {
                writeln!(
                    o,
                    "(by its credit to {par}'s outlet: the texts alone are under the bars; a \
                     link a run takes only if no other text shows the source better, and drops \
                     if the credit was copied with another outlet's text)"
                )?;
            }
            if d.relation != Relation::ExactDuplicate {
                let side_a = Side {
                    id: &id_a,
                    text: &xa.text,
                    credits: &ca,
                    slug: &sa,
                    coverage: ev.cov_a,
                };
                let side_b = Side {
                    id: &id_b,
                    text: &xb.text,
                    credits: &cb,
                    slug: &sb,
                    coverage: ev.cov_b,
                };
                let verbatim = ev
                    .alignment
                    .passages
                    .iter()
                    .filter(|ps| ps.kind == PassageKind::Verbatim);
                let copy = d.relation == Relation::NearDuplicate;
                let note = if d.a_is_child {
                    sibling_note(&side_a, &side_b, copy, verbatim.map(|ps| xa.span(ps.a)))
                } else {
                    sibling_note(&side_b, &side_a, copy, verbatim.map(|ps| xb.span(ps.b)))
                };
                if let Some(note) = note {
                    writeln!(o, "{note}")?;
                }
            }
        }
        None if dated_against_wire(&ma, &mb) => writeln!(
            o,
            "decision: not linked: the wire agency's story is dated after the other outlet's, \
             which it does not credit (an update of what that outlet ran, or another story; \
             only near copies are linked then)"
        )?,
        None if unsure.is_some() => {
            let d = unsure.expect("checked by the guard");
            let why = if d.by_vocabulary {
                ": shared vocabulary with little to tell which text came first, as texts \
                 written apart on one subject have"
            } else {
                ""
            };
            writeln!(
                o,
                "decision: not linked: as a {} its confidence would be {:.2} (direction by {:?}), \
                 under --min-confidence {}{why}",
                d.relation.as_str(),
                d.confidence,
                d.decided_by,
                link.min_confidence
            )?
        }
        None if !sa.is_empty() && sa == sb && {
            let apart = Meta {
                source_slug: "",
                ..mb.clone()
            };
            decide(&ev, &ma, &apart, &link).is_some()
        } =>
        {
            writeln!(
                o,
                "decision: not linked: two stories of one outlet ({sa}) are linked only as near \
                 copies, or as an update: the later, within {} hours and both timed, keeping {:.0}% \
                 or more of the earlier (a follow-up or a template shares less, or a day later)",
                crate::link::decide::UPDATE_WINDOW_HOURS,
                100.0 * crate::link::decide::UPDATE_KEPT
            )?
        }
        None if {
            let mut in_order = ev.clone();
            in_order.order = 1.0;
            decide(&in_order, &ma, &mb, &link).is_some()
        } =>
        {
            // Over the bar, the order failed the stricter one of a retelling.
            let bar = if ev.order >= link.order_threshold {
                format!(
                    "{} reworded sentences with little verbatim, which need more in order",
                    ev.reworded
                )
            } else {
                format!("--order-threshold {}", link.order_threshold)
            };
            writeln!(
                o,
                "decision: not linked: only {:.0}% of the aligned text keeps one order in both \
                 texts ({bar}): the same facts told in another order, as independent reports of \
                 one event do",
                100.0 * ev.order,
            )?
        }
        None => {
            writeln!(o, "decision: not linked")?;
            for (id, m) in [(&id_a, &ma), (&id_b, &mb)] {
                if m.reports_own {
                    writeln!(
                        o,
                        "({id} tells of its own interviews and credits no other outlet: words \
                         it shares with another report of its event do not link it)"
                    )?;
                }
            }
        }
    }
    writeln!(
        o,
        "(on the pair alone: in a run, source scores, reused cores, shared readings and the rest \
         of the corpus can change the direction and the parent chosen)"
    )?;
    // Ids, credits and passages come from the input: a control character in them (an escape
    // sequence in an id) is shown escaped, not sent to the terminal.
    let safe: String = o
        .lines()
        .map(|l| format!("{}\n", super::one_safe_line(l)))
        .collect();
    super::print(&safe)
}

/// A share as a percentage; `+ 0.0` turns a negative zero (the sum of no shares) into "0.0".
fn pct(x: f64) -> f64 {
    100.0 * x + 0.0
}

/// One article of a linked pair, as [`sibling_note`] needs it.
struct Side<'a> {
    id: &'a str,
    text: &'a str,
    credits: &'a [Credit],
    slug: &'a str,
    /// Its aligned share.
    coverage: f64,
}

/// The forest's rule for two texts that credit one outlet (see `tree::build`): whether the
/// child wrote its credit itself or took it with the text it shares verbatim with the parent
/// (`verbatim`, byte spans of the child), and so where a run puts it. None unless both credit
/// the same outlet. A wire agency's byline or closing line is never taken, nor its dateline
/// by a near `copy` (see `pipeline::place`).
fn sibling_note(
    child: &Side,
    parent: &Side,
    copy: bool,
    verbatim: impl Iterator<Item = (usize, usize)>,
) -> Option<String> {
    fn own<'a>(s: &Side<'a>) -> Option<&'a Credit> {
        primary_credit_besides(s.credits, Some(s.slug))
    }
    let (cc, cp) = (own(child)?, own(parent)?);
    if cc.outlet != cp.outlet {
        return None;
    }
    let copies = mutual_copy(child.coverage, parent.coverage);
    let furniture = wire_furniture(cc, child.text) || (copy && agency_dateline(cc, child.text));
    let taken = credit_taken(cc, verbatim) && phrase_in(cc, child.text, parent.text);
    let how = if copies {
        "the two are copies of one text"
    } else if taken && furniture {
        "its credit is the agency's own line, which every copy of its story keeps"
    } else if taken {
        "its credit is in the text it shares with the other"
    } else {
        "it credits it in its own words"
    };
    let (c, par, outlet) = (child.id, parent.id, &cc.outlet);
    let taken = taken && !furniture;
    let then = if copies || !taken {
        format!("{c} stands beside {par} under external:{outlet}")
    } else {
        format!("{c} stays under {par}")
    };
    Some(format!(
        "both credit {outlet}: {how}; in a run where no article of {outlet} is in the input, {then}"
    ))
}

/// Ids of the corpus that contain a missing id or are contained in it, so that `003` finds
/// `003.txt` (file articles are named by their path): a hint after the error, at most three.
fn near_ids<'a>(ids: impl Iterator<Item = &'a str>, missing: &[&str]) -> String {
    let mut near: Vec<&str> = ids
        .filter(|id| {
            missing
                .iter()
                .any(|m| !m.is_empty() && (id.contains(m) || m.contains(id)))
        })
        .take(4)
        .collect();
    if near.is_empty() {
        return String::new();
    }
    let more = near.len() > 3;
    near.truncate(3);
    let list = near
        .iter()
        .map(|id| format!("{id:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!("; did you mean {list}{}?", if more { ", ..." } else { "" })
}

fn one_line(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 300 {
        format!("{}…", s.chars().take(300).collect::<String>())
    } else {
        s
    }
}

/// An article's date as `explain` shows it, saying when it was read from the URL.
fn when(d: Option<Dated>) -> String {
    match d {
        Some(d) if d.from_url => format!("{} from its URL", d.at.iso()),
        Some(d) => d.at.iso(),
        None => "undated".into(),
    }
}
