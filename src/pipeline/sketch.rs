//! The sketch and exact stages: per article, the hash of its normalised text, the outlets it
//! credits and its MinHash signature; then the groups of exact copies, each standing behind its
//! earliest member.

use super::{Params, Sketch};
use crate::link::attribution::{byline_credit, find_credits, is_wire, CorpusOutlets, Credit};
use crate::model::{Article, Dated};
use crate::progress::Progress;
use crate::sketch::exact::{copy_key, tokenize_and_sha256};
use crate::sketch::{MinHasher, Signature};
use crate::store::TextStore;
use rayon::prelude::*;
use std::collections::HashMap;

/// Sketches every article. The signatures come apart from the sketches: they are dropped once
/// candidate pairs are found, the sketches kept to the end.
pub(super) fn sketch_all(
    articles: &[Article],
    texts: &TextStore,
    p: &Params,
    progress: &Progress,
) -> (Vec<Sketch>, Vec<Signature>) {
    let bar = progress.bar("sketch", articles.len() as u64);
    let hasher = MinHasher::new(p.seed);
    let outlets = CorpusOutlets::from_sources(articles.iter().filter_map(|a| a.source.as_deref()));
    let out = articles
        .par_iter()
        .map(|a| {
            let mut s = sketch_article(&texts.text(a), &a.references, &outlets, &hasher, p);
            add_byline(&mut s.0.credits, a.extra.byline().as_deref());
            bar.inc(1);
            s
        })
        .unzip();
    progress.finish(&bar);
    out
}

/// Sketches one article: normalised-text hash, credits (naming a known outlet or one of
/// `outlets`), and its MinHash signature.
pub fn sketch_article(
    text: &str,
    references: &[String],
    outlets: &CorpusOutlets,
    hasher: &MinHasher,
    p: &Params,
) -> (Sketch, Signature) {
    let mut tokens = Vec::new();
    let sha256 = tokenize_and_sha256(text, &mut tokens);
    let sketch = Sketch {
        sha256,
        tokens: tokens.len() as u32,
        credits: find_credits(text, references, outlets),
    };
    (sketch, hasher.sign_tokens(&tokens, p.shingle_size))
}

/// The wire agency an article's author field names (see [`byline_credit`]), first among its
/// credits unless its text credits that agency already: the agency's copy stands under its node
/// though the paper dropped its dateline.
pub fn add_byline(credits: &mut Vec<Credit>, byline: Option<&str>) {
    if let Some(c) = byline.and_then(byline_credit) {
        if !credits.iter().any(|x| x.outlet == c.outlet) {
            credits.insert(0, c);
        }
    }
}

/// Groups exact copies (equal [`copy_key`]s): per article, the index of the copy that stands for
/// its group, the first in `order`; and the articles that stand for themselves, sorted.
///
/// One exception to the order: an undated story of a wire agency that its text credits (its
/// byline, its dateline) stands for its dated copies at other outlets. Undated articles come
/// last in `order`, yet an agency's own page often carries no date where the papers running
/// its copy do (apnews.com's addresses have none, a paper's often do), and the agency's copy is
/// the source of what others run: a review's AP story, its `published` fields removed, became
/// the copy of a paper dated by its address, and the other papers' copies went under the
/// agency's virtual node beside it.
pub(super) fn exact_copies(
    articles: &[Article],
    texts: &TextStore,
    sketches: &[Sketch],
    order: &[u32],
    dates: &[Option<Dated>],
    slugs: &[String],
) -> (Vec<u32>, Vec<u32>) {
    let n = sketches.len();
    let mut by_key: HashMap<[u8; 32], u32> = HashMap::with_capacity(n);
    let mut rep = vec![0u32; n];
    // Groups whose first member gives way to such a story: (first, the story).
    let mut promoted: HashMap<u32, u32> = HashMap::new();
    for &i in order {
        let s = &sketches[i as usize];
        // Only a text without words is read again (see `copy_key`); they are few.
        let key = if s.tokens > 0 {
            s.sha256
        } else {
            copy_key(&texts.text(&articles[i as usize]), s.sha256, 0)
        };
        let first = *by_key.entry(key).or_insert(i);
        rep[i as usize] = first;
        let (f, c) = (first as usize, i as usize);
        if first != i
            && wire_story_stands_for(
                (dates[c].is_some(), &slugs[c], &sketches[c].credits),
                (dates[f].is_some(), &slugs[f]),
            )
        {
            promoted.entry(first).or_insert(i);
        }
    }
    if !promoted.is_empty() {
        for r in rep.iter_mut() {
            if let Some(&story) = promoted.get(r) {
                *r = story;
            }
        }
    }
    let members: Vec<u32> = (0..n as u32).filter(|&i| rep[i as usize] == i).collect();
    (rep, members)
}

/// Article indices from first to last by date (see [`crate::ingest::date::dated`]; undated last); at the same time a
/// wire agency's article first, then input order. `slugs[i]`: the outlet slug of article i's
/// source (empty without one).
///
/// Dates compare at the coarser precision, as `decide` compares them: a date without a time
/// (every date read from a URL) ties with every time of its day. Within a day, then: agency
/// stories dated by the day alone, then articles with a time, by time (an agency's first at the
/// same time), then other articles dated by the day alone. Each tie goes to the agency, and two
/// times keep their order.
pub fn precedence(dates: &[Option<Dated>], slugs: &[String]) -> Vec<u32> {
    const DAY: i64 = 86_400;
    let mut order: Vec<u32> = (0..dates.len() as u32).collect();
    // At the same time (or undated), a wire agency's copy before another outlet's: the agency's
    // is the source of what others run (see `decide::orient`).
    order.sort_by_key(|&i| {
        let wire = is_wire(&slugs[i as usize]);
        match dates[i as usize] {
            None => (i64::MAX, 0, 0, !wire, i),
            Some(d) => {
                let group = match (d.at.date_only, wire) {
                    (true, true) => 0,
                    (false, _) => 1,
                    (true, false) => 2,
                };
                (d.at.ts.div_euclid(DAY), group, d.at.ts, !wire, i)
            }
        }
    });
    order
}

/// Whether an exact copy (dated or not, its outlet's slug, its credits) stands for its group
/// before the group's first member in [`precedence`] (dated or not, its outlet's slug): an
/// undated wire agency's story its text credits, before another outlet's dated copy (see
/// [`exact_copies`]).
pub fn wire_story_stands_for(
    copy: (bool, &str, &[crate::link::attribution::Credit]),
    first: (bool, &str),
) -> bool {
    let (dated, slug, credits) = copy;
    !dated
        && first.0
        && is_wire(slug)
        && !is_wire(first.1)
        && credits.iter().any(|c| c.outlet == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An undated agency story its text credits stands for a paper's dated copy; dated, an
    /// uncredited one, or a paper's undated copy does not.
    #[test]
    fn an_undated_wire_story_stands_for_a_papers_dated_copy() {
        use crate::link::attribution::{Credit, CreditKind};
        let credit = |outlet: &str| Credit {
            outlet: outlet.to_string(),
            kind: CreditKind::Phrase,
            evidence: String::new(),
            span: None,
            phrase: None,
            name: None,
        };
        let (ap, reuters) = ([credit("ap")], [credit("reuters")]);
        for (copy, first, stands) in [
            ((false, "ap", &ap[..]), (true, "portnews"), true),
            // Dated, uncredited, before an undated copy, before an agency's, a paper's, or
            // crediting another agency.
            ((true, "ap", &ap[..]), (true, "portnews"), false),
            ((false, "ap", &[][..]), (true, "portnews"), false),
            ((false, "ap", &ap[..]), (false, "portnews"), false),
            ((false, "ap", &ap[..]), (true, "reuters"), false),
            ((false, "portnews", &ap[..]), (true, "harbour-post"), false),
            ((false, "ap", &reuters[..]), (true, "portnews"), false),
        ] {
            assert_eq!(
                wire_story_stands_for(copy, first),
                stands,
                "{copy:?} {first:?}"
            );
        }
    }

    #[test]
    fn precedence_ties_a_day_with_its_times_and_gives_ties_to_the_agency() {
        use crate::model::Published;
        let day = |d: i64, from_url: bool| {
            Some(Dated {
                at: Published {
                    ts: d * 86_400,
                    date_only: true,
                },
                from_url,
            })
        };
        let at = |d: i64, h: i64| {
            Some(Dated {
                at: Published {
                    ts: d * 86_400 + h * 3600,
                    date_only: false,
                },
                from_url: false,
            })
        };
        let rows = [
            (day(5, true), "paper"),  // 0: the 5th, from its URL
            (at(5, 9), "reuters"),    // 1: 09:00 on the 5th
            (at(5, 8), "paper"),      // 2: 08:00 on the 5th
            (day(4, false), "paper"), // 3: the 4th
            (None, "paper"),          // 4: undated
            (None, "reuters"),        // 5: undated agency
            (day(5, false), "ap"),    // 6: the 5th, an agency
            (at(5, 9), "paper"),      // 7: 09:00 on the 5th
        ];
        let dates: Vec<Option<Dated>> = rows.iter().map(|r| r.0).collect();
        let slugs: Vec<String> = rows.iter().map(|r| r.1.to_string()).collect();
        // The 4th; then on the 5th the day-only agency story, the times in order (the agency
        // first at 09:00), the day-only paper; then the undated, agency first.
        assert_eq!(precedence(&dates, &slugs), vec![3, 6, 2, 1, 7, 0, 5, 4]);
    }
}
