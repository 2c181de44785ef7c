//! English-like news prose for one story.
//!
//! A tiny phrase grammar over Zipf-ranked word lists gives text whose statistics resemble
//! news (common words everywhere, sentence lengths from a handful of words to forty or so),
//! while each story's `Cast` of invented names, numbers and topic words makes its shingles
//! unlike every other story's. Perfect grammar is not the goal; realistic overlap is.

use super::lexicon::*;
use super::rng::Rng;

/// A story's own entities: everything that makes two reports recognisably "about" it.
pub struct Cast {
    topic: &'static Topic,
    people: Vec<Person>,
    orgs: Vec<String>,
    pub places: Vec<String>,
    country: &'static str,
    terms: Vec<String>,
    numbers: Vec<String>,
    pub weekday: &'static str,
    /// Words of the official quote, shared verbatim by the original and independent reports.
    quote: String,
}

struct Person {
    first: &'static str,
    last: String,
    role: &'static str,
    org: usize,
}

/// Paragraphs of sentences; kept structured so derivatives can reuse whole sentences.
#[derive(Clone)]
pub struct Doc {
    pub paras: Vec<Vec<String>>,
}

impl Doc {
    pub fn text(&self) -> String {
        let paras: Vec<String> = self.paras.iter().map(|p| p.join(" ")).collect();
        paras.join("\n\n")
    }
}

pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Appends a word with a separating space.
fn put(o: &mut String, s: &str) {
    if !o.is_empty() {
        o.push(' ');
    }
    o.push_str(s);
}

/// Upper-cases the first letter, even behind an opening quote mark, but leaves a
/// sentence that starts with a number alone.
pub fn capitalize(s: &str) -> String {
    match s
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric() || *c == '$')
    {
        Some((i, c)) if c.is_lowercase() => {
            let mut out = String::with_capacity(s.len());
            out.push_str(&s[..i]);
            out.extend(c.to_uppercase());
            out.push_str(&s[i + c.len_utf8()..]);
            out
        }
        _ => s.to_string(),
    }
}

fn syllables(r: &mut Rng, n: usize) -> String {
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(r.pick(ONSETS));
        s.push_str(r.pick(VOWELS));
        s.push_str(r.pick(CODAS));
    }
    capitalize(&s)
}

/// An invented proper name; two or three syllables make collisions between stories rare.
fn name(r: &mut Rng, ends: &[&str]) -> String {
    let n = r.range(1, 2);
    let mut s = syllables(r, n);
    s.push_str(r.pick(ends));
    if s.len() < 4 {
        s.push_str(r.pick(VOWELS));
    }
    s
}

fn number(r: &mut Rng) -> String {
    match r.below(5) {
        0 => format!("${}.{} million", r.range(1, 950), r.below(10)),
        1 => format!("{}.{} billion euros", r.range(1, 90), r.below(10)),
        2 => format!("{} percent", r.range(2, 85)),
        3 => format!("{},{:03}", r.range(1, 98), r.below(1000)),
        _ => format!("{}", r.range(12, 960)),
    }
}

impl Cast {
    pub fn new(r: &mut Rng) -> Cast {
        let topic = r.choose(TOPICS);
        let places: Vec<String> = (0..r.range(2, 3)).map(|_| name(r, TOWN_ENDS)).collect();
        let orgs: Vec<String> = (0..r.range(2, 3))
            .map(|_| match r.below(4) {
                0 => format!(
                    "the {} {} {}",
                    places[0],
                    r.pick(topic.org_words),
                    r.pick(ORG_ENDS)
                ),
                1 => format!(
                    "{} {}",
                    name(r, &[""]),
                    r.pick(&["Group", "Holdings", "Partners"])
                ),
                2 => format!("the {} {}", r.pick(topic.org_words), r.pick(ORG_ENDS)),
                _ => format!("the {} {}", name(r, &[""]), r.pick(ORG_ENDS)),
            })
            .collect();
        let people = (0..r.range(3, 5))
            .map(|_| Person {
                first: r.pick(FIRST_NAMES),
                last: name(r, SURNAME_ENDS),
                role: r.zipf(ROLES),
                org: r.below(orgs.len()),
            })
            .collect();
        let terms = (0..r.range(1, 2))
            .map(|_| {
                if r.chance(0.5) {
                    format!("the {} {}", name(r, &[""]), r.pick(TERM_ENDS))
                } else {
                    format!(
                        "the {}-{} {}",
                        name(r, &[""]),
                        r.range(2, 99),
                        r.pick(TERM_ENDS)
                    )
                }
            })
            .collect();
        let numbers = (0..r.range(4, 6)).map(|_| number(r)).collect();
        let mut cast = Cast {
            topic,
            people,
            orgs,
            places,
            country: r.pick(COUNTRIES),
            terms,
            numbers,
            weekday: r.pick(WEEKDAYS),
            quote: String::new(),
        };
        let mut q = String::new();
        cast.clause(r, &mut q, 1);
        q.push(',');
        put(&mut q, r.pick(&["and", "but", "because", "so"]));
        cast.clause(r, &mut q, 1);
        cast.quote = capitalize(&q);
        cast
    }

    pub fn place(&self, r: &mut Rng) -> &str {
        r.choose_str(&self.places)
    }

    fn person_full(&self, r: &mut Rng) -> String {
        let p = r.choose(&self.people);
        format!("{} {}", p.first, p.last)
    }

    /// "Jane Doe, the mayor of the Kelbrook Council"
    fn person_with_role(&self, r: &mut Rng) -> String {
        let p = r.choose(&self.people);
        format!(
            "{} {}, the {} of {}",
            p.first, p.last, p.role, self.orgs[p.org]
        )
    }

    fn noun(&self, r: &mut Rng) -> &'static str {
        if r.chance(0.4) {
            r.zipf(self.topic.nouns)
        } else {
            r.zipf(NOUNS)
        }
    }

    fn adj(&self, r: &mut Rng) -> &'static str {
        if r.chance(0.2) {
            r.pick(self.topic.adjs)
        } else {
            r.zipf(ADJS)
        }
    }

    fn entity(&self, r: &mut Rng, o: &mut String) {
        match r.below(7) {
            0 | 1 => put(o, &r.choose(&self.people).last),
            2 => put(o, &self.person_full(r)),
            3 | 4 => put(o, r.choose_str(&self.orgs)),
            5 => put(o, r.choose_str(&self.terms)),
            _ => {
                put(o, "officials in");
                put(o, self.place(r));
            }
        }
    }

    fn np(&self, r: &mut Rng, o: &mut String) {
        match r.weighted(&[6.0, 1.2, 1.0, 1.0, 1.2, 0.6]) {
            0 => {
                put(o, if r.chance(0.45) { "the" } else { r.zipf(DETS) });
                if r.chance(0.4) {
                    put(o, self.adj(r));
                }
                put(o, self.noun(r));
                if r.chance(0.15) {
                    put(o, "of the");
                    put(o, self.noun(r));
                }
            }
            1 => self.entity(r, o),
            2 => {
                let n = r.choose_str(&self.numbers);
                if n.ends_with("percent") || n.contains("illion") {
                    put(o, n);
                    put(o, r.pick(&["of the", "in", "for the"]));
                    put(o, self.noun(r));
                } else {
                    put(o, n);
                    put(o, r.zipf(PLURALS));
                }
            }
            3 => {
                put(o, "the");
                put(o, r.pick(self.topic.adjs));
                put(o, r.zipf(self.topic.nouns));
            }
            4 => put(o, r.zipf(A_PHRASES)),
            _ => {
                self.entity(r, o);
                put(o, "and");
                put(o, r.zipf(DETS));
                put(o, self.noun(r));
            }
        }
    }

    fn pp(&self, r: &mut Rng, o: &mut String) {
        match r.weighted(&[5.0, 1.0, 1.0, 0.7, 0.5]) {
            0 => {
                put(o, r.zipf(PREPS));
                self.np(r, o);
            }
            1 => {
                put(o, "in");
                put(o, self.place(r));
            }
            2 => {
                put(o, "on");
                put(o, self.weekday);
            }
            3 => {
                put(o, "in");
                put(o, self.country);
            }
            _ => {
                put(o, "by");
                put(o, r.choose_str(&self.numbers));
            }
        }
    }

    /// A subject plus predicate; `depth` stops reported speech from nesting forever.
    fn clause(&self, r: &mut Rng, o: &mut String, depth: u32) {
        if r.chance(0.4) {
            self.entity(r, o);
        } else {
            self.np(r, o);
        }
        let say = if depth == 0 { 2.0 } else { 0.0 };
        match r.weighted(&[5.0, 2.0, say, 1.2, 1.5, 0.8]) {
            0 => {
                put(o, r.zipf(VERBS_PAST));
                self.np(r, o);
                if r.chance(0.5) {
                    self.pp(r, o);
                }
            }
            1 => {
                put(o, "will");
                put(o, r.zipf(VERBS_BASE));
                self.np(r, o);
                if r.chance(0.4) {
                    self.pp(r, o);
                }
            }
            2 => {
                put(o, r.zipf(SAY_VERBS));
                put(o, "that");
                self.clause(r, o, depth + 1);
            }
            3 => {
                let v = r.zipf(VERBS_PAST);
                put(o, "had been");
                put(
                    o,
                    if v.ends_with("ed") && v != "showed" {
                        v
                    } else {
                        "reviewed"
                    },
                );
                self.pp(r, o);
            }
            5 => {
                put(o, r.zipf(SAY_VERBS));
                put(o, "it was");
                put(o, r.zipf(IT_WAS));
                put(o, r.zipf(VERBS_BASE));
                self.np(r, o);
            }
            _ => {
                put(o, r.pick(TO_VERBS));
                put(o, r.zipf(VERBS_BASE));
                self.np(r, o);
                if r.chance(0.3) {
                    self.pp(r, o);
                }
            }
        }
    }

    pub fn clause_text(&self, r: &mut Rng) -> String {
        let mut o = String::new();
        self.clause(r, &mut o, 0);
        o
    }

    /// One sentence; over-long draws are retried so article lengths stay predictable.
    pub fn sentence(&self, r: &mut Rng) -> String {
        let mut s = self.sentence_once(r);
        for _ in 0..4 {
            if word_count(&s) <= 42 {
                break;
            }
            s = self.sentence_once(r);
        }
        s
    }

    fn sentence_once(&self, r: &mut Rng) -> String {
        let mut o = String::new();
        match r.weighted(&[4.0, 1.2, 1.2, 2.0, 1.5, 0.6, 1.0, 0.8, 0.12]) {
            0 => {
                self.clause(r, &mut o, 0);
                if r.chance(0.4) {
                    self.pp(r, &mut o);
                }
            }
            1 => {
                put(&mut o, r.zipf(ADVS));
                o.push(',');
                self.clause(r, &mut o, 0);
            }
            2 => {
                put(&mut o, "In");
                put(
                    &mut o,
                    if r.chance(0.7) {
                        self.place(r)
                    } else {
                        self.country
                    },
                );
                o.push(',');
                self.clause(r, &mut o, 0);
            }
            3 => {
                self.clause(r, &mut o, 1);
                o.push(',');
                put(&mut o, r.zipf(CONJS));
                self.clause(r, &mut o, 1);
            }
            4 => {
                let inner = capitalize(&self.clause_text(r));
                return match r.below(3) {
                    0 => format!("\"{inner},\" {} said.", self.person_full(r)),
                    1 => format!("\"{inner},\" said {}.", self.person_with_role(r)),
                    _ => format!("{} said: \"{inner}.\"", self.person_full(r)),
                };
            }
            5 => {
                put(&mut o, "According to");
                put(&mut o, r.choose_str(&self.orgs));
                o.push(',');
                self.clause(r, &mut o, 1);
            }
            6 => {
                self.clause(r, &mut o, 1);
                o.push(',');
                put(&mut o, &r.choose(&self.people).last);
                put(&mut o, r.zipf(SAY_VERBS));
            }
            7 => {
                let line = r.pick(STOCK);
                return line
                    .replace("{org}", &capitalize(r.choose_str(&self.orgs)))
                    .replace("{plural}", r.zipf(PLURALS));
            }
            _ => {
                put(&mut o, &self.person_with_role(r));
                o.push(',');
                put(&mut o, r.zipf(VERBS_PAST));
                self.np(r, &mut o);
                self.pp(r, &mut o);
            }
        }
        o.push('.');
        capitalize(&o)
    }

    /// The official quote with an attribution; `style` varies the wording around the
    /// identical quoted words.
    pub fn quote_sentence(&self, r: &mut Rng) -> String {
        let p = r.choose(&self.people);
        match r.below(3) {
            0 => format!(
                "\"{},\" said {} {}, the {} of {}.",
                self.quote, p.first, p.last, p.role, self.orgs[p.org]
            ),
            1 => format!(
                "\"{},\" {} {} said in a statement.",
                self.quote, p.first, p.last
            ),
            _ => format!("{} {} said: \"{}.\"", p.first, p.last, self.quote),
        }
    }

    pub fn title(&self, r: &mut Rng) -> String {
        let mut o = String::new();
        match r.below(4) {
            0 => put(&mut o, r.choose_str(&self.orgs).trim_start_matches("the ")),
            1 => put(&mut o, &r.choose(&self.people).last),
            2 => put(&mut o, self.place(r)),
            _ => put(&mut o, self.country),
        }
        put(&mut o, r.pick(VERBS_HEADLINE));
        if r.chance(0.5) {
            put(&mut o, self.adj(r));
        }
        put(&mut o, self.noun(r));
        match r.below(3) {
            0 => {
                put(&mut o, "in");
                put(&mut o, self.place(r));
            }
            1 => {
                put(&mut o, r.pick(&["after", "amid", "over"]));
                put(&mut o, r.zipf(self.topic.nouns));
            }
            _ => {}
        }
        capitalize(&o)
    }

    /// Fresh paragraphs totalling at least `target` words (a lead paragraph of one sentence,
    /// then one to four sentences per paragraph, as in wire copy).
    pub fn body(&self, r: &mut Rng, target: usize) -> Doc {
        let mut paras = Vec::new();
        let mut words = 0;
        while words < target {
            let n = if paras.is_empty() { 1 } else { r.range(1, 4) };
            let mut p = Vec::with_capacity(n);
            for _ in 0..n {
                let s = self.sentence(r);
                words += word_count(&s);
                p.push(s);
                if words >= target {
                    break;
                }
            }
            paras.push(p);
        }
        Doc { paras }
    }

    /// The quote goes into an early paragraph, where reporters usually put it.
    pub fn insert_quote(&self, r: &mut Rng, doc: &mut Doc) {
        let q = self.quote_sentence(r);
        let at = r.range(1, doc.paras.len().min(3));
        doc.paras.insert(at.min(doc.paras.len()), vec![q]);
    }

    pub fn reporter(&self, r: &mut Rng) -> String {
        format!("{} {}", r.pick(FIRST_NAMES), name(r, SURNAME_ENDS))
    }
}
