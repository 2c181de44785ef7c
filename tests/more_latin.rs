//! Dutch, Polish, Turkish and Indonesian (benches/more-latin, invented stories with ground
//! truth): credits in each language's press, with Polish declension ("według Reutersa"),
//! Turkish case endings after an apostrophe ("AA'nın haberine göre", "Reuters'a konuşan") and
//! the agencies' datelines ("Warszawa (PAP) -", "ANKARA (AA) -", "Jakarta (ANTARA) -").

mod common;

/// Papers running an absent agency story under its dateline and rewrites crediting it in their
/// own words hang under the agency's node: before these credits were read, the ANP, PAP, AA and
/// ANTARA papers had no parent and all 12 rewrites hung under the paper running their story.
/// No article hangs under the node of an outlet the truth does not credit, but DHA's: "DHA
/// muhabirine konuşan" (speaking to a DHA reporter) is read as a credit, as "told Reuters" is,
/// though the truth calls it a trap. Link F1 0.754 before these credits were read; 0.951 with
/// them.
#[test]
fn credits_in_dutch_polish_turkish_and_indonesian_place_copies_and_rewrites() {
    common::assert_language_bench(
        "more-latin",
        &[
            ("nl-w1-rw1", "meldt persbureau ANP"),
            ("pl-w1-rw1", "podała PAP"),
            ("pl-w2-rw1", "według Reutersa"),
            ("tr-w1-rw1", "Anadolu Ajansı'nın haberine göre"),
            ("id-w1-rw1", "dikutip dari Antara"),
        ],
        &["reuters", "anp", "pap", "anadolu", "antara", "dha"],
        0.94,
    );
}
