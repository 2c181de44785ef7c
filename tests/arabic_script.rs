//! Arabic, Persian and Urdu (benches/arabic-script, invented stories with ground truth):
//! credits in each language's press, with the agencies' names in their letters, small words
//! fused to a name ("لرويترز"), Persian "به گزارش" and Urdu postpositions ("رائٹرز کے مطابق"),
//! and words that look like outlets' names and are not credits ("اطلاعات کے مطابق", "according
//! to reports", is no credit to the Persian paper Ettela'at).

mod common;
use common::*;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/arabic-script")
}

#[test]
fn credits_in_arabic_persian_and_urdu_place_copies_and_rewrites() {
    let out = tempfile::tempdir().unwrap();
    let o = run_quiet(&corpus().join("corpus.jsonl"), out.path(), &[]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let arts = by_id(&read_jsonl(&out.path().join("articles.jsonl")));
    let truth = read_jsonl(&corpus().join("truth.jsonl"));
    assert_eq!(arts.len(), truth.len());
    for t in &truth {
        let id = t["id"].as_str().unwrap();
        let got = &arts[id]["parent"];
        let agency = t["parent"]
            .as_str()
            .unwrap_or("")
            .split('/')
            .next()
            .unwrap();
        let under_agency = || {
            let given = got.as_str().unwrap_or("");
            given == agency || given.starts_with(&format!("{agency}/"))
        };
        match t["label"].as_str().unwrap() {
            // A blog that repeats a rewrite's lead, with the rewrite's credit to the original's
            // outlet, hangs under the rewrite: once that credit was read, ur-05-deriv2 went
            // under the original, its credit ranking the original first, until a credit taken
            // with another text ranked no other parent higher.
            "exact_copy" | "near_copy" | "partial_derivative" | "second_generation" => {
                assert_eq!(got, &t["parent"], "{id}");
            }
            // Papers running an absent agency story under its dateline ("القاهرة (رويترز) -",
            // "به گزارش ایرنا،", "اسلام آباد ۔ 12 مئی (اے پی پی)") and rewrites crediting it in
            // their own words hang under the agency's node: before these credits were read, the
            // papers had no parent and the rewrites hung under them.
            "absent_wire_copy" | "absent_wire_rewrite" => {
                assert!(under_agency(), "{id} given {got}")
            }
            _ => {}
        }
    }
    assert_edge_credits(
        out.path(),
        &[
            ("ar-w1-rw1", "ذكرت وكالة رويترز"),
            ("ar-w2-rw1", "وفقا لوكالة فرانس برس"),
            ("ar-05-deriv", "وفقاً للمصري اليوم"),
            ("ar-03-deriv", "ذكرت صحيفة «الشرق الأوسط»"),
            ("fa-w1-rw2", "به نقل از ایرنا"),
            ("fa-w2-rw1", "رویترز گزارش داد"),
            ("fa-03-deriv", "بر اساس گزارش روزنامه دنیای اقتصاد"),
            ("ur-w2-rw1", "برطانوی خبر رساں ادارے رائٹرز کے مطابق"),
            ("ur-01-deriv", "روزنامہ جنگ کی خبر کے مطابق"),
            ("ur-05-deriv", "روزنامہ پاکستان میں شائع خبر کے مطابق"),
        ],
    );
    // No article hangs under the node of an outlet the truth does not credit: the ordinary
    // words that name outlets here ("اطلاعات کے مطابق", "according to reports", for the Persian
    // paper Ettela'at; "جنگ", "war"; "شرق", "east") credit nothing. Before one-word names in
    // these scripts took a verb after them only after what kind of outlet they are, ur-07
    // hung under "external:اطلاعات".
    for a in arts.values() {
        if let Some(p) = a["parent"].as_str().filter(|p| p.starts_with("external:")) {
            let slug = p["external:".len()..].split('/').next().unwrap();
            assert!(
                ["reuters", "afp", "irna", "app"].contains(&slug),
                "{} under {p}",
                a["id"]
            );
        }
    }
    let m = eval_scores(
        &corpus().join("truth.jsonl"),
        &out.path().join("articles.jsonl"),
    );
    // 0.713 before credits in these languages were read; 0.953 with them.
    assert!(m["link_f1"].as_f64().unwrap() >= 0.94, "{m}");
}
