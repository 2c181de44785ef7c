//! One news event: which articles it spawns (the plan) and their texts (the rendering).
//!
//! The plan comes from its own random stream so the driver can count every event's
//! articles cheaply, fix all ids up front, and only then render texts in parallel.

use super::lexicon::{synonym, Agency, ADJS, ADVS, AGENCIES, AGGREGATORS, BLOGS};
use super::lexicon::{BOTTOM_BOILERPLATE, CONJS, DETS, NOUNS};
use super::lexicon::{OUTLET_PREFIXES, OUTLET_SUFFIXES, TOP_BOILERPLATE};
use super::prose::{capitalize, word_count, Cast, Doc};
use super::rng::Rng;

const STREAM_PLAN: u64 = 1;
const STREAM_TEXT: u64 = 2;

/// 2024-01-01T00:00:00Z: events are spread over that year.
const EPOCH: i64 = 1_704_067_200;
const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Original,
    Exact,
    Near,
    Partial,
    /// A blog derived from the aggregator in the given slot.
    Second(usize),
    Independent,
    Unrelated,
}

pub enum Parent {
    None,
    /// The event's original, which may be a wire story absent from the corpus.
    Root,
    Slot(usize),
}

impl Kind {
    pub fn parent(self) -> Parent {
        match self {
            Kind::Exact | Kind::Near | Kind::Partial => Parent::Root,
            Kind::Second(p) => Parent::Slot(p),
            Kind::Original | Kind::Independent | Kind::Unrelated => Parent::None,
        }
    }

    pub fn relation(self) -> &'static str {
        match self {
            Kind::Original => "original",
            Kind::Exact => "exact_duplicate",
            Kind::Near => "near_duplicate",
            Kind::Partial | Kind::Second(_) => "derivative",
            Kind::Independent | Kind::Unrelated => "unrelated",
        }
    }

    pub fn label(self, wire_absent: bool) -> &'static str {
        match self {
            Kind::Exact | Kind::Near | Kind::Partial if wire_absent => "wire_absent_derivative",
            Kind::Original => "original",
            Kind::Exact => "exact_copy",
            Kind::Near => "near_copy",
            Kind::Partial => "partial_derivative",
            Kind::Second(_) => "second_generation",
            Kind::Independent => "independent",
            Kind::Unrelated => "unrelated",
        }
    }
}

pub struct Plan {
    pub agency: Option<&'static Agency>,
    /// The wire original is cited by its derivatives but not emitted.
    pub absent: bool,
    /// Emitted articles; when the original is present it is slot 0.
    pub slots: Vec<Kind>,
}

pub fn plan(seed: u64, event: u64) -> Plan {
    let mut r = Rng::new(seed, STREAM_PLAN, event);
    let agency = r.chance(0.5).then(|| r.choose(AGENCIES));
    let absent = agency.is_some() && r.chance(0.3);
    let mut slots = Vec::new();
    if !absent {
        slots.push(Kind::Original);
    }
    let exact = r.weighted(&[0.45, 0.35, 0.2]);
    let near = r.weighted(&[0.3, 0.35, 0.25, 0.1]);
    let mut partial = r.weighted(&[0.3, 0.35, 0.25, 0.1]);
    if absent && exact + near + partial == 0 {
        partial = 1; // an absent wire story only shows through what cites it
    }
    slots.extend(std::iter::repeat_n(Kind::Exact, exact));
    slots.extend(std::iter::repeat_n(Kind::Near, near));
    for _ in 0..partial {
        slots.push(Kind::Partial);
        if r.chance(0.4) {
            slots.push(Kind::Second(slots.len() - 1));
        }
    }
    if r.chance(0.3) {
        slots.push(Kind::Independent);
    }
    if r.chance(0.6) {
        slots.push(Kind::Unrelated);
    }
    Plan {
        agency,
        absent,
        slots,
    }
}

pub struct Article {
    pub source: String,
    pub published: i64,
    pub title: String,
    pub url: String,
    pub text: String,
}

/// What an aggregator wrote, remembering which sentences were its own so that a blog
/// citing it can be made to copy those rather than the original's.
struct Aggregate {
    source: String,
    sentences: Vec<(String, bool)>,
}

#[derive(Clone)]
struct Outlet {
    name: String,
    domain: String,
}

/// Renders every slot of `plan`, in slot order.
pub fn render(seed: u64, event: u64, plan: &Plan) -> Vec<Article> {
    let mut r = Rng::new(seed, STREAM_TEXT, event);
    let cast = Cast::new(&mut r);
    let base = EPOCH + r.below(365 * 24 * 60) as i64 * 60;
    let orig_outlet = match plan.agency {
        Some(a) => Outlet {
            name: a.name.to_string(),
            domain: a.domain.to_string(),
        },
        None => general_outlet(&mut r),
    };
    let original = original_doc(&cast, &mut r, plan.agency);
    let orig_title = cast.title(&mut r);
    let orig_text = original.text();

    let mut used = vec![orig_outlet.name.clone()];
    let mut times: Vec<i64> = Vec::with_capacity(plan.slots.len());
    let mut aggregates: Vec<Option<Aggregate>> = Vec::with_capacity(plan.slots.len());
    let mut out = Vec::with_capacity(plan.slots.len());
    for &kind in &plan.slots {
        let mut aggregate = None;
        let (outlet, published, title, text) = match kind {
            Kind::Original => (
                orig_outlet.clone(),
                base,
                orig_title.clone(),
                orig_text.clone(),
            ),
            Kind::Exact => {
                let o = distinct(&mut r, &mut used, general_outlet);
                let t = base + delay(&mut r, 10 * 60, 2 * DAY);
                (o, t, orig_title.clone(), orig_text.clone())
            }
            Kind::Near => {
                let o = distinct(&mut r, &mut used, general_outlet);
                let t = base + delay(&mut r, 30 * 60, 3 * DAY);
                let text = near_copy(&original, &mut r, &o.name, t).text();
                let title = if r.chance(0.3) {
                    cast.title(&mut r)
                } else {
                    orig_title.clone()
                };
                (o, t, title, text)
            }
            Kind::Partial => {
                let o = distinct(&mut r, &mut used, |r| listed(r, AGGREGATORS));
                let t = base + delay(&mut r, HOUR, 3 * DAY);
                let credit = match plan.agency {
                    Some(a) => Credit::Wire(a),
                    None => Credit::Outlet(&orig_outlet.name),
                };
                let sentences = aggregate_sentences(&cast, &mut r, &original, credit);
                let text = group(&mut r, sentences.iter().map(|(s, _)| s.clone())).text();
                aggregate = Some(Aggregate {
                    source: o.name.clone(),
                    sentences,
                });
                (o, t, cast.title(&mut r), text)
            }
            Kind::Second(p) => {
                let o = distinct(&mut r, &mut used, |r| listed(r, BLOGS));
                let t = times.get(p).copied().unwrap_or(base) + delay(&mut r, HOUR, 4 * DAY);
                let text = match aggregates.get(p).and_then(Option::as_ref) {
                    Some(agg) => blog(&cast, &mut r, agg).text(),
                    None => cast.body(&mut r, 200).text(),
                };
                (o, t, cast.title(&mut r), text)
            }
            Kind::Independent => {
                let o = distinct(&mut r, &mut used, general_outlet);
                // Independent reporting may even precede the wire story.
                let t = base - 6 * HOUR + delay(&mut r, 0, 2 * DAY);
                let target = r.range(250, 900);
                let mut doc = cast.body(&mut r, target);
                cast.insert_quote(&mut r, &mut doc);
                (o, t, cast.title(&mut r), doc.text())
            }
            Kind::Unrelated => {
                let other = Cast::new(&mut r);
                let o = general_outlet(&mut r);
                let t = EPOCH + r.below(365 * 24 * 60) as i64 * 60;
                let target = r.range(200, 1000);
                (o, t, other.title(&mut r), other.body(&mut r, target).text())
            }
        };
        let url = url(&mut r, &outlet.domain, published, &title);
        times.push(published);
        aggregates.push(aggregate);
        out.push(Article {
            source: outlet.name,
            published,
            title,
            url,
            text,
        });
    }
    out
}

/// Strictly positive: derivatives must always be later than what they copy.
fn delay(r: &mut Rng, min: i64, max: i64) -> i64 {
    min.max(1) + r.below((max - min).max(0) as usize) as i64
}

fn general_outlet(r: &mut Rng) -> Outlet {
    let p = r.pick(OUTLET_PREFIXES);
    let s = r.pick(OUTLET_SUFFIXES);
    Outlet {
        name: format!("The {p} {s}"),
        domain: format!("{}{}.com", p.to_lowercase(), s.to_lowercase()),
    }
}

fn listed(r: &mut Rng, list: &[(&str, &str)]) -> Outlet {
    let (name, domain) = r.pick(list);
    Outlet {
        name: name.to_string(),
        domain: domain.to_string(),
    }
}

/// Different articles of one event come from different outlets, as in real syndication.
fn distinct(r: &mut Rng, used: &mut Vec<String>, draw: impl Fn(&mut Rng) -> Outlet) -> Outlet {
    let mut o = draw(r);
    for _ in 0..8 {
        if !used.contains(&o.name) {
            break;
        }
        o = draw(r);
    }
    used.push(o.name.clone());
    o
}

fn url(r: &mut Rng, domain: &str, published: i64, title: &str) -> String {
    let date = chrono::DateTime::from_timestamp(published, 0)
        .map(|d| d.format("%Y/%m/%d").to_string())
        .unwrap_or_default();
    let slug: Vec<String> = title
        .split_whitespace()
        .take(8)
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    format!(
        "https://www.{domain}/{date}/{}-{:06x}",
        slug.join("-"),
        r.next_u64() >> 40
    )
}

fn year(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| d.format("%Y").to_string())
        .unwrap_or_default()
}

fn original_doc(cast: &Cast, r: &mut Rng, agency: Option<&Agency>) -> Doc {
    let target = r.range(300, 1050);
    let mut doc = cast.body(r, target);
    cast.insert_quote(r, &mut doc);
    if let Some(a) = agency {
        let dash = if a.slug == "ap" { "\u{2014}" } else { "-" };
        let town = cast.places[0].to_uppercase();
        if let Some(lead) = doc.paras.first_mut().and_then(|p| p.first_mut()) {
            *lead = format!("{town} ({}) {dash} {lead}", a.short);
        }
        if a.slug == "reuters" {
            let sign = format!(
                "(Reporting by {}; Editing by {})",
                cast.reporter(r),
                cast.reporter(r)
            );
            doc.paras.push(vec![sign]);
        }
    }
    doc
}

/// Splits a word into leading punctuation, the word, and trailing punctuation.
fn affixes(w: &str) -> (&str, &str, &str) {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    let start = w.find(core).unwrap_or(0);
    (&w[..start], core, &w[start + core.len()..])
}

/// A few percent of words substituted, deleted or joined by an insertion, plus outlet
/// boilerplate: what a re-publishing outlet's CMS and sub-editors typically do to wire copy.
/// The dateline ("KELBROOK (Reuters) - ") is left as it is: a paper running wire copy keeps
/// the agency's credit whole, and an edit inside it ("KELBROOK (year) - ") made copies that
/// no longer credit their agency, unlike real ones.
fn near_copy(original: &Doc, r: &mut Rng, outlet: &str, published: i64) -> Doc {
    let rate = 0.01 + 0.04 * r.f64();
    let mut paras: Vec<Vec<String>> = Vec::with_capacity(original.paras.len() + 2);
    if r.chance(0.6) {
        paras.push(vec![r.pick(TOP_BOILERPLATE).to_string()]);
    }
    for p in &original.paras {
        let mut np = Vec::with_capacity(p.len());
        for s in p {
            let mut out = String::with_capacity(s.len() + 16);
            let (dateline, s) = s.split_at(s.len() - strip_dateline(s).len());
            out.push_str(dateline);
            for (i, w) in s.split(' ').enumerate() {
                let mut keep = w.to_string();
                if r.chance(rate) {
                    let (pre, core, post) = affixes(w);
                    match r.below(3) {
                        0 if i > 0 && pre.is_empty() && post.is_empty() => continue,
                        1 => {
                            out.push_str(r.pick(&[
                                "also ",
                                "reportedly ",
                                "now ",
                                "still ",
                                "further ",
                            ]));
                        }
                        _ => {
                            let sub = synonym(core).unwrap_or_else(|| {
                                if r.chance(0.5) {
                                    r.zipf(ADJS)
                                } else {
                                    r.zipf(NOUNS)
                                }
                            });
                            keep = format!("{pre}{sub}{post}");
                        }
                    }
                }
                out.push_str(&keep);
                out.push(' ');
            }
            out.pop();
            np.push(out);
        }
        paras.push(np);
    }
    if r.chance(0.85) {
        let line = r.pick(BOTTOM_BOILERPLATE);
        paras.push(vec![line
            .replace("{outlet}", outlet)
            .replace("{year}", &year(published))]);
    }
    Doc { paras }
}

/// Synonym swaps and clause reordering: the light rewriting aggregators do.
/// Quoted words are left alone: even a rewrite does not misquote.
fn reword(s: &str, r: &mut Rng) -> String {
    let mut quoted = false;
    let words: Vec<String> = s
        .split(' ')
        .map(|w| {
            let (pre, core, post) = affixes(w);
            let was_quoted = quoted || pre.contains('"');
            quoted ^= w.matches('"').count() % 2 == 1;
            match synonym(core) {
                Some(syn) if !was_quoted && r.chance(0.6) => format!("{pre}{syn}{post}"),
                _ => w.to_string(),
            }
        })
        .collect();
    let text = words.join(" ");
    if text.contains('"') || !r.chance(0.5) {
        return text;
    }
    let Some((head, tail)) = text.split_once(", ") else {
        return text;
    };
    let tail = tail.trim_end_matches('.');
    let head = demote(head);
    if word_count(&head) <= 4 {
        // "In Kelbrook, the council met." -> "The council met in Kelbrook."
        return format!("{} {head}.", capitalize(tail));
    }
    // "A did X, but B did Y." -> "B did Y, but a did X."
    match CONJS.iter().find(|c| tail.starts_with(&format!("{c} "))) {
        Some(c) => format!("{}, {c} {head}.", capitalize(&tail[c.len() + 1..])),
        None => text,
    }
}

/// Lower-cases a sentence-initial word unless it is a proper noun, so the phrase can move
/// into the middle of a sentence.
fn demote(phrase: &str) -> String {
    let first = phrase.split(' ').next().unwrap_or("").to_lowercase();
    let common = ["in", "according", "officials"].contains(&first.as_str())
        || DETS.iter().chain(ADVS).any(|w| {
            w.split(' ')
                .next()
                .is_some_and(|x| x.eq_ignore_ascii_case(&first))
        });
    if !common {
        return phrase.to_string();
    }
    let mut c = phrase.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

enum Credit<'a> {
    Wire(&'a Agency),
    Outlet(&'a str),
}

/// The aggregator's sentences in order, flagged `true` where they are its own.
fn aggregate_sentences(
    cast: &Cast,
    r: &mut Rng,
    original: &Doc,
    credit: Credit,
) -> Vec<(String, bool)> {
    let source: Vec<&String> = original.paras.iter().flatten().collect();
    let n = source.len();
    let k = ((n as f64 * (0.3 + 0.4 * r.f64())).round() as usize).clamp(1.min(n), n);
    let mut out = Vec::with_capacity(k + 12);

    let clause = capitalize(&cast.clause_text(r));
    let lead = match &credit {
        Credit::Wire(a) => match r.below(3) {
            0 => format!("{clause}, {} reported on {}.", a.in_text, cast.weekday),
            1 => format!("{clause}, according to {}.", a.in_text),
            _ => format!(
                "{} ({}) - {clause}.",
                cast.places[0].to_uppercase(),
                a.short
            ),
        },
        Credit::Outlet(o) => match r.below(2) {
            0 => format!("{clause}, {o} reported on {}.", cast.weekday),
            _ => format!("{clause}, according to a report by {o}."),
        },
    };
    out.push((capitalize(&lead), true));
    if r.chance(0.5) {
        out.push((cast.sentence(r), true));
    }
    // Selection sampling keeps exactly k of the original's sentences, in order.
    let mut need = k;
    for (i, s) in source.iter().enumerate() {
        if need > 0 && r.below(n - i) < need {
            need -= 1;
            let s = strip_dateline(s);
            let s = if r.chance(0.35) {
                reword(s, r)
            } else {
                s.to_string()
            };
            out.push((s, false));
            if r.chance(0.15) {
                out.push((cast.sentence(r), true));
            }
        }
    }
    for _ in 0..r.range(2, 5) {
        out.push((cast.sentence(r), true));
    }
    out
}

/// "KELBROOK (Reuters) - The council ..." -> "The council ...": a rewrite carries at
/// most its own dateline, never one in the middle of the text.
fn strip_dateline(s: &str) -> &str {
    for dash in [") - ", ") \u{2014} "] {
        if let Some(i) = s.find(dash) {
            let town = s[..i].split_once(" (").map_or("", |(t, _)| t);
            if !town.is_empty() && !town.chars().any(char::is_lowercase) {
                return &s[i + dash.len()..];
            }
        }
    }
    s
}

/// A blog riffing on an aggregator: it copies the aggregator's own lead and additions
/// (so its parent is the aggregator, not the original) and adds commentary.
fn blog(cast: &Cast, r: &mut Rng, agg: &Aggregate) -> Doc {
    let mut sents = vec![capitalize(&format!(
        "{}, {} reported.",
        cast.clause_text(r),
        agg.source
    ))];
    for (i, (s, own)) in agg.sentences.iter().enumerate() {
        if (*own && (i == 0 || r.chance(0.85))) || (!*own && r.chance(0.1)) {
            sents.push(s.clone());
        }
    }
    for _ in 0..r.range(3, 7) {
        sents.push(cast.sentence(r));
    }
    group(r, sents.into_iter())
}

/// Packs sentences into paragraphs of one to three.
fn group(r: &mut Rng, sentences: impl Iterator<Item = String>) -> Doc {
    let mut paras: Vec<Vec<String>> = Vec::new();
    let mut room = 0;
    for s in sentences {
        if room == 0 {
            paras.push(Vec::new());
            room = if paras.len() == 1 { 1 } else { r.range(1, 3) };
        }
        if let Some(p) = paras.last_mut() {
            p.push(s);
        }
        room -= 1;
    }
    Doc { paras }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_stripped_only_at_the_start() {
        assert_eq!(
            strip_dateline("KELBROOK (Reuters) - The council met."),
            "The council met."
        );
        assert_eq!(
            strip_dateline("KELBROOK (AP) \u{2014} It rained."),
            "It rained."
        );
        assert_eq!(
            strip_dateline("The vote (held on Monday) - went ahead."),
            "The vote (held on Monday) - went ahead."
        );
    }

    #[test]
    fn near_copies_keep_the_dateline_whole() {
        let lead = "KELBROOK (Reuters) - The council met on Monday to vote on the new budget.";
        let doc = Doc {
            paras: vec![
                vec![lead.to_string()],
                vec!["It rained all day.".to_string()],
            ],
        };
        let mut edited = 0;
        for k in 0..300 {
            let mut r = Rng::new(7, 1, k);
            let copy = near_copy(&doc, &mut r, "The Daily", 0);
            let text = copy.text();
            assert!(text.contains("KELBROOK (Reuters) - "), "{text}");
            edited += usize::from(!text.contains(lead));
        }
        // The rest of the lead is still edited now and then.
        assert!(edited > 5, "{edited}");
    }

    #[test]
    fn reword_keeps_quotes_and_moves_intro_phrases() {
        let mut r = Rng::new(1, 9, 9);
        let q = "\"The new plan began,\" Kel said.";
        for _ in 0..20 {
            assert!(reword(q, &mut r).starts_with("\"The new plan began,\""));
        }
        let moved = (0..50)
            .map(|_| reword("In Kelbrook, the council met.", &mut r))
            .any(|s| s == "The council met in Kelbrook.");
        assert!(moved);
    }
}
