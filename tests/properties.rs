//! Properties of the whole pipeline on small random corpora: articles built from a shared pool of
//! sentences (so exact copies, near copies, partial reuse and unrelated texts all occur), with
//! random dates at both precisions, sources and credits. Whatever the corpus, the forest holds
//! every article exactly once, has no cycle, never puts a dated parent after its dated child, and
//! the written articles.jsonl agrees with it.

use proptest::prelude::*;
use std::collections::HashMap;
use wiretrace::link::attribution::{is_wire, slug_of_article};
use wiretrace::model::{Article, Published, Relation};
use wiretrace::pipeline::{self, Params};
use wiretrace::progress::Progress;
use wiretrace::tree::Node;

const POOL: [&str; 12] = [
    "The port authority of Rotterdam closed two berths after a fire on the container ship Nordic Harmony.",
    "Firefighters from three municipalities fought the blaze for nine hours before it was under control.",
    "Two crew members were treated for smoke inhalation at a hospital in Spijkenisse and released.",
    "Shipping analysts warned that the closure could ripple through European supply chains this autumn.",
    "The International Criminal Court said its computer systems had been breached by unknown hackers.",
    "Court officials adopted immediate measures to respond to the incident and mitigate its impact.",
    "The city council of Valencia approved a plan to plant eleven thousand orange trees along the ring road.",
    "Gardeners will begin in November, when the soil is still warm and rain is more frequent.",
    "Spot rates for containers leaving northern Europe rose by almost four percent within hours.",
    "Insurers are likely to scrutinise the stowage of battery shipments on car carriers.",
    "The tribunal's registry warned staff not to open attachments from unfamiliar senders.",
    "Residents asked for benches and drinking fountains to be added along the shaded paths.",
];

const SOURCES: [Option<&str>; 5] = [
    None,
    Some("Reuters"),
    Some("AP"),
    Some("harbour-news.example"),
    Some("daily.example"),
];

const CREDITS: [&str; 3] = [
    "Reuters reported on Tuesday.",
    "according to the Associated Press.",
    "",
];

#[derive(Debug, Clone)]
enum Text {
    /// Sentences of the pool, in this order.
    Fresh(Vec<usize>),
    /// The text of an earlier article, with one word changed if `edit`.
    CopyOf { earlier: usize, edit: bool },
}

#[derive(Debug, Clone)]
struct Spec {
    text: Text,
    source: usize,
    credit: usize,
    /// None, a date, or a date and time (hours from the start of the window).
    published: Option<(bool, i64)>,
    /// The article whose address this one's references cite (modulo the corpus's size).
    cites: Option<usize>,
}

fn spec() -> impl Strategy<Value = Spec> {
    let text = prop_oneof![
        3 => proptest::collection::vec(0..POOL.len(), 1..6).prop_map(Text::Fresh),
        1 => (0usize..12, any::<bool>()).prop_map(|(earlier, edit)| Text::CopyOf { earlier, edit }),
    ];
    let published = proptest::option::weighted(0.7, (any::<bool>(), 0i64..96));
    let cites = proptest::option::weighted(0.2, 0usize..12);
    (text, 0..SOURCES.len(), 0..CREDITS.len(), published, cites).prop_map(
        |(text, source, credit, published, cites)| Spec {
            text,
            source,
            credit,
            published,
            cites,
        },
    )
}

fn address(i: usize) -> String {
    format!("https://example.com/story/{i}")
}

fn build(specs: &[Spec]) -> Vec<Article> {
    let mut texts: Vec<String> = Vec::new();
    for s in specs {
        let body = match &s.text {
            Text::Fresh(idx) => idx.iter().map(|&i| POOL[i]).collect::<Vec<_>>().join(" "),
            Text::CopyOf { earlier, edit } if !texts.is_empty() => {
                let t = &texts[earlier % texts.len()];
                if *edit {
                    t.replacen("the", "a", 1)
                } else {
                    t.clone()
                }
            }
            Text::CopyOf { .. } => POOL[0].to_string(),
        };
        let text = match CREDITS[s.credit] {
            "" => body,
            c => format!("{body} {c}"),
        };
        texts.push(text);
    }
    const START: i64 = 1_700_000_000 - 1_700_000_000 % 86_400;
    specs
        .iter()
        .zip(texts)
        .enumerate()
        .map(|(i, (s, text))| Article {
            id: format!("a{i}"),
            source: SOURCES[s.source].map(str::to_string),
            published: s.published.map(|(date_only, h)| {
                let ts = START + h * 3600;
                Published {
                    ts: if date_only {
                        ts - ts.rem_euclid(86_400)
                    } else {
                        ts
                    },
                    date_only,
                }
            }),
            text,
            url: Some(address(i)),
            references: s
                .cites
                .map(|k| vec![address(k % specs.len())])
                .unwrap_or_default(),
            origin: format!("prop:{i}"),
            ..Default::default()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    #[test]
    fn forest_invariants_on_random_corpora(specs in proptest::collection::vec(spec(), 1..12)) {
        let articles = build(&specs);
        let n = articles.len();
        let res = pipeline::run(articles, &Params::default(), &Progress::hidden());
        let f = &res.forest;
        prop_assert_eq!(f.parent.len(), n);

        // Each article exactly once: a root, or the child of exactly one node.
        let (kids_a, kids_v) = f.children();
        let mut seen = vec![0u32; n];
        for c in kids_a.iter().chain(&kids_v).flatten() {
            seen[*c as usize] += 1;
        }
        for (a, &k) in seen.iter().enumerate() {
            prop_assert_eq!(k, f.parent[a].is_some() as u32, "article {}", a);
        }

        for a in 0..n {
            // No cycle: walking up ends within n steps.
            let mut x = a;
            let mut steps = 0;
            while let Some(Node::Article(p)) = f.parent[x] {
                x = p as usize;
                steps += 1;
                prop_assert!(steps <= n, "cycle through {}", a);
            }
            // A dated parent is never later than its dated child, at the coarser precision of
            // the two: an article of 01:00 on a day is not later than one dated only by that day.
            // But for a wire agency's own page and a near copy of it crediting the agency: the
            // agency's site posts after its feed has gone to the papers.
            if let Some(Node::Article(p)) = f.parent[a] {
                let (pa, ch) = (&res.articles[p as usize], &res.articles[a]);
                let agency = slug_of_article(pa.source.as_deref(), pa.url.as_deref());
                let agencys_copy = is_wire(&agency)
                    && matches!(f.relation[a], Relation::ExactDuplicate | Relation::NearDuplicate)
                    && res.sketches[a].credits.iter().any(|c| c.outlet == agency);
                if let (Some(tp), Some(tc), false) = (pa.published, ch.published, agencys_copy) {
                    let day = |ts: i64| ts.div_euclid(86_400);
                    let later = if tp.date_only || tc.date_only {
                        day(tp.ts) > day(tc.ts)
                    } else {
                        tp.ts > tc.ts
                    };
                    prop_assert!(
                        !later,
                        "{} ({}) is the parent of the earlier {} ({})",
                        pa.id, tp.iso(), ch.id, tc.iso()
                    );
                }
            }
        }

        // articles.jsonl: one line per article, in input order, agreeing with the forest.
        let mut buf = Vec::new();
        wiretrace::emit::articles::write(&res, &mut buf).unwrap();
        let rows: Vec<serde_json::Value> = String::from_utf8(buf)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        prop_assert_eq!(rows.len(), n);
        let index: HashMap<&str, usize> = res
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i))
            .collect();
        for (i, row) in rows.iter().enumerate() {
            prop_assert_eq!(row["id"].as_str(), Some(res.articles[i].id.as_str()));
            let want = match f.parent[i] {
                Some(node) => serde_json::json!(pipeline::node_id(&res, node)),
                None => serde_json::Value::Null,
            };
            prop_assert_eq!(&row["parent"], &want);
            prop_assert_eq!(row["cluster"].as_str(), Some(pipeline::node_id(&res, f.root[i])));
            prop_assert_eq!(row["relation"].as_str(), Some(f.relation[i].as_str()));
            if let Some(p) = row["parent"].as_str() {
                if let Some(&pi) = index.get(p) {
                    prop_assert_ne!(pi, i);
                }
            }
        }
    }
}
