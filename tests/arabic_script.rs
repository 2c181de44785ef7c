//! Arabic, Persian and Urdu (benches/arabic-script, invented stories with ground truth):
//! credits in each language's press, with the agencies' names in their letters, small words
//! fused to a name ("لرويترز"), Persian "به گزارش" and Urdu postpositions ("رائٹرز کے مطابق"),
//! and words that look like outlets' names and are not credits ("اطلاعات کے مطابق", "according
//! to reports", is no credit to the Persian paper Ettela'at).

mod common;

/// A blog that repeats a rewrite's lead, with the rewrite's credit to the original's outlet,
/// hangs under the rewrite: once that credit was read, ur-05-deriv2 went under the original,
/// its credit ranking the original first, until a credit taken with another text ranked no
/// other parent higher. Papers running an absent agency story under its dateline ("القاهرة
/// (رويترز) -", "به گزارش ایرنا،", "اسلام آباد ۔ 12 مئی (اے پی پی)") and rewrites crediting it in
/// their own words hang under the agency's node: before these credits were read, the papers had
/// no parent and the rewrites hung under them. No article hangs under the node of an outlet the
/// truth does not credit: the ordinary words that name outlets here ("اطلاعات", information;
/// "جنگ", war; "شرق", east) credit nothing (before one-word names in these scripts took a verb
/// after them only after what kind of outlet they are, ur-07 hung under "external:اطلاعات").
/// Link F1 0.713 before these credits were read; 0.953 with them.
#[test]
fn credits_in_arabic_persian_and_urdu_place_copies_and_rewrites() {
    common::assert_language_bench(
        "arabic-script",
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
        &["reuters", "afp", "irna", "app"],
        0.94,
    );
}
