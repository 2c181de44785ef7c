//! German, French, Spanish, Italian, Portuguese and Russian (benches/multilingual, invented
//! stories with ground truth): credits in each language's press, with articles, fused
//! prepositions, quotation marks and case endings, and rewrites of rewrites.

mod common;
use common::*;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/multilingual")
}

#[test]
fn credits_in_six_languages_place_copies_and_rewrites() {
    let out = tempfile::tempdir().unwrap();
    let o = run_quiet(&corpus().join("corpus.jsonl"), out.path(), &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let arts = by_id(&read_jsonl(&out.path().join("articles.jsonl")));
    let truth = read_jsonl(&corpus().join("truth.jsonl"));
    assert_eq!(arts.len(), truth.len());
    let mut second_generation = (0, 0);
    for t in &truth {
        let id = t["id"].as_str().unwrap();
        let got = &arts[id]["parent"];
        let agency = || t["parent"].as_str().unwrap().split('/').next().unwrap();
        let under_agency = || {
            let given = got.as_str().unwrap_or("");
            given == agency() || given.starts_with(&format!("{}/", agency()))
        };
        match t["label"].as_str().unwrap() {
            "exact_copy" | "near_copy" | "partial_derivative" => {
                assert_eq!(got, &t["parent"], "{id}");
            }
            // A paper running an agency's story under its dateline ("Berlin (dpa/lby) -",
            // "MADRID, 12 may (EFE).-", "МОСКВА, 12 мая. /ТАСС/.", "INTERFAX.RU -") hangs under
            // the agency's node: before these were read, 7 of the 12 had no parent.
            "absent_wire_copy" => assert!(under_agency(), "{id} given {got}"),
            // A rewrite crediting the agency in its own words ("…, a rapporté l'Agence
            // France-Presse.") stands beside the paper running the story, even where that
            // sentence falls inside a passage they share merged across a gap: 3 of 18 hung
            // under the paper while a credit inside a merged passage counted as copied.
            "absent_wire_rewrite" => assert!(under_agency(), "{id} given {got}"),
            // A blog that copies a rewrite's lead, with the credit the rewrite added, hangs
            // under the rewrite: 9 of 18 went under the original or the credited outlet's node
            // before a vocabulary link to a rewrite could hold on the text only the rewrite
            // has, and 2 (es-03, pt-05) until one could hold on the rewrite's verbatim text
            // holding all the blog shares verbatim with the original.
            "second_generation" => {
                second_generation.1 += 1;
                if got == &t["parent"] {
                    second_generation.0 += 1;
                }
            }
            _ => {}
        }
    }
    assert_eq!(second_generation, (18, 18));
    // Rewrites of absent agency stories credit the agency in their own words, and the credit
    // reaches the edge.
    assert_edge_credits(
        out.path(),
        &[
            ("de-w1-rw2", "Laut dpa"),
            ("fr-w1-rw2", "Selon l'AFP"),
            ("es-w1-rw2", "informa la Agencia EFE"),
            ("it-w1-rw2", "come riferisce l'agenzia Ansa"),
            ("pt-w1-rw1", "segundo a Lusa"),
            ("ru-w2-rw1", "по данным «Интерфакса»"),
            ("de-05-deriv", "dem „Spiegel“ zufolge"),
            ("ru-03-deriv", "сообщила газета «Коммерсантъ»"),
        ],
    );
    let m = eval_scores(
        &corpus().join("truth.jsonl"),
        &out.path().join("articles.jsonl"),
    );
    // 0.683 with English credits only; 0.849 with credits in these languages; 0.915 once a
    // vocabulary link to a rewrite held on text only the rewrite has; 0.943 once a credit
    // counted as copied only if the other text writes it too; 0.962 once a blog's verbatim
    // text with the original inside its text with the rewrite held its link to the rewrite.
    assert!(m["link_f1"].as_f64().unwrap() >= 0.95, "{m}");
}

/// The same corpus with `source` as web hosts (`source_domain`): the links hold, and a paper
/// named by its host in the text ("meldet n-tv.de") is read as the credit it is, as is a label
/// written in capitals or capitalised ("laut Spiegel" for www.spiegel.de) or split after its
/// article ("selon Le Monde" for www.lemonde.fr).
#[test]
fn outlets_named_by_their_hosts_keep_links_and_credits() {
    let out = tempfile::tempdir().unwrap();
    let corpus_file = corpus().join("corpus-host-sources.jsonl");
    let o = run_quiet(&corpus_file, out.path(), &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_edge_credits(
        out.path(),
        &[
            ("de-03-deriv2", "meldet n-tv.de"),
            ("fr-05-deriv", "selon Le Monde"),
            // Brands their hosts spell without capitals, accents, spaces or article.
            ("de-01-deriv", "wie die Süddeutsche Zeitung berichtet"),
            (
                "de-03-deriv",
                "berichtet die „Frankfurter Allgemeine Zeitung“",
            ),
            ("fr-01-deriv", "selon L'Équipe"),
            ("es-03-deriv", "informa El País"),
            ("it-03-deriv", "si legge sul Sole 24 Ore"),
            ("pt-01-deriv", "de acordo com o jornal O Globo"),
        ],
    );
    let m = eval_scores(
        &corpus().join("truth.jsonl"),
        &out.path().join("articles.jsonl"),
    );
    assert!(m["link_f1"].as_f64().unwrap() >= 0.93, "{m}");
}
