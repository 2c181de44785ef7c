use super::*;

fn outlets(text: &str) -> Vec<(String, CreditKind)> {
    find_credits(text, &[], &CorpusOutlets::default())
        .into_iter()
        .map(|c| (c.outlet, c.kind))
        .collect()
}

/// A credit is taken from another text when the words around the outlet's name are shared
/// with it, not when only the name is: two texts naming the agency just before the same lead
/// share a verbatim run from the name on.
#[test]
fn a_credit_is_taken_with_its_words_not_its_name_alone() {
    let corpus = CorpusOutlets::default();
    let text = "According to Reuters, the volcano erupted on Thursday morning.";
    let c = &find_credits(text, &[], &corpus)[0];
    let from = |w: &str| text.find(w).unwrap();
    // A run from "Reuters" on (the source wrote "(Reuters) - The volcano erupted").
    assert!(!credit_taken(c, [(from("Reuters"), text.len())]));
    // A run over the whole phrase: the sentence was copied, credit and all.
    assert!(credit_taken(c, [(0, text.len())]));
    assert!(credit_taken(c, [(from("to Reuters"), text.len())]));
    // A dateline shared with the text after it is taken: two papers running one story.
    let text = "NAIROBI (AP) - Floods closed the road on Friday.";
    let c = &find_credits(text, &[], &corpus)[0];
    assert!(credit_taken(c, [(text.find("AP").unwrap(), text.len())]));
    assert!(!credit_taken(
        c,
        [(text.find("Floods").unwrap(), text.len())]
    ));
    // A reference-list URL cannot be placed: taken, so nothing rests on it.
    let url = Credit {
        outlet: "reuters".into(),
        kind: CreditKind::Url,
        evidence: "https://www.reuters.com/x".into(),
        span: None,
        phrase: None,
        name: None,
    };
    assert!(credit_taken(&url, []));
}

/// Chinese, Japanese and Thai credits: the agencies by their names in those scripts, the
/// reporting phrases around them with no spaces, datelines, and outlets of the corpus.
#[test]
fn credits_in_scripts_without_spaces() {
    let corpus = CorpusOutlets::from_sources(["搜狐体育", "สำนักข่าวไทย", "Daily Planet"]);
    let outlets = |t: &str| -> Vec<String> {
        find_credits(t, &[], &corpus)
            .into_iter()
            .map(|c| c.outlet)
            .collect()
    };
    assert_eq!(
        outlets("据新华社报道，央行14日发布的数据显示。"),
        ["xinhua"]
    );
    assert_eq!(
        outlets("新华社北京3月14日电（记者 孙悦）中国人民银行14日发布。"),
        ["xinhua"]
    );
    assert_eq!(outlets("路透社14日报道称，油价上涨。"), ["reuters"]);
    assert_eq!(
        outlets("ロイター通信は14日、株価が下がったと報じた。"),
        ["reuters"]
    );
    assert_eq!(outlets("共同通信によると、鹿島は14日に勝った。"), ["kyodo"]);
    assert_eq!(
        outlets("【ワシントン14日 ロイター】米国の株価は下がった。"),
        ["reuters"]
    );
    assert_eq!(outlets("ตามรายงานของรอยเตอร์ ราคาน้ำมันสูงขึ้น"), ["reuters"]);
    assert_eq!(outlets("สำนักข่าวไทยรายงานว่า บุรีรัมย์ชนะ"), ["สำนักข่าวไทย"]);
    assert_eq!(outlets("据搜狐体育消息，比赛延期。"), ["搜狐体育"]);
    // Full-width names, and Latin names in Chinese and Japanese phrases.
    assert_eq!(outlets("ＡＦＰ通信によると、株価は下がった。"), ["afp"]);
    assert_eq!(
        outlets("【ワシントン＝ＡＦＰ時事】大統領は述べた。"),
        ["afp"]
    );
    assert_eq!(
        outlets("ブルームバーグ通信によると、金利は上がった。"),
        ["bloomberg"]
    );
    assert_eq!(outlets("据CNN报道，油价上涨。"), ["cnn"]);
    assert_eq!(outlets("BBCによると、選挙は延期された。"), ["bbc"]);
    let nhk = CorpusOutlets::from_sources(["NHK"]);
    let c = find_credits("NHKによると、地震があった。", &[], &nhk);
    assert_eq!(
        c.iter().map(|c| c.outlet.as_str()).collect::<Vec<_>>(),
        ["nhk"]
    );
    // A name without a reporting phrase is no credit; nor is Xinhua's television.
    assert!(outlets("新华社的记者在现场。").is_empty());
    assert!(outlets("新华社电视台播出了节目。").is_empty());
    // The sentence carried as evidence ends at the ideographic full stop.
    let c = find_credits("前文。据新华社报道，油价上涨。后文很长。", &[], &corpus);
    assert_eq!(c[0].evidence, "据新华社报道，油价上涨。");
}

/// What `find_credits` gets wrong with `corpus`: a text of `credited` that does not credit
/// its outlet, a text of `uncredited` that credits any.
fn credit_mistakes(
    corpus: &CorpusOutlets,
    credited: &[(&str, &str)],
    uncredited: &[&str],
) -> Vec<String> {
    let outlets = |t: &str| -> Vec<String> {
        find_credits(t, &[], corpus)
            .into_iter()
            .map(|c| c.outlet)
            .collect()
    };
    let mut wrong = Vec::new();
    for &(text, outlet) in credited {
        let got = outlets(text);
        if !got.iter().any(|o| o == outlet) {
            wrong.push(format!("{text}: {got:?}, not {outlet}"));
        }
    }
    for &text in uncredited {
        let got = outlets(text);
        if !got.is_empty() {
            wrong.push(format!("{text}: {got:?}, not none"));
        }
    }
    wrong
}

/// The Arab world's and Iran's state agencies, in their datelines and by their full names;
/// their short Arabic names only in a dateline. Persian verbs after a language service or
/// after the day.
#[test]
fn credits_of_arab_and_iranian_agencies() {
    let wrong = credit_mistakes(
        &CorpusOutlets::default(),
        &[
            ("الرياض (واس) - أعلنت وزارة الصحة عن حالات جديدة.", "spa"),
            ("الكويت - 12 - 3 (كونا) -- أعلنت الحكومة خطة جديدة.", "kuna"),
            ("الدوحة - قنا: أعلنت وزارة الخارجية عن زيارة.", "qna"),
            ("أبوظبي في 5 يناير / وام / أعلنت الهيئة عن مبادرة.", "wam"),
            ("دمشق-سانا\nأكد وزير الخارجية أن الحوار مستمر.", "sana"),
            ("الرياض ـ واس\nأعلنت وزارة الصحة عن حالات جديدة.", "spa"),
            ("عمان (بترا) - قال وزير الصناعة إن الأسعار مستقرة.", "petra"),
            ("ذكرت وكالة الأنباء السعودية أن الاجتماع عقد أمس.", "spa"),
            ("وارتفعت الأسعار وفقا لوكالة أنباء الإمارات.", "wam"),
            (
                "DOHA (QNA) - Qatar's foreign minister met his counterpart.",
                "qna",
            ),
            (
                "KUWAIT, Jan 5 (KUNA) -- The cabinet approved the budget.",
                "kuna",
            ),
            ("Prices rose, according to the Saudi Press Agency.", "spa"),
            (
                "Tehran said so, the Islamic Republic News Agency reported.",
                "irna",
            ),
            (
                "Syria's state news agency SANA reported heavy shelling.",
                "sana",
            ),
            (
                "The semi-official Tasnim news agency reported the arrests.",
                "tasnim",
            ),
            ("The Fars news agency reported the arrests.", "fars"),
            ("بی‌بی‌سی فارسی گزارش داد که جلسه لغو شد.", "bbc"),
            ("رویترز در گزارشی نوشت که قیمت نفت افزایش یافت.", "reuters"),
            (
                "رویترز روز دوشنبه گزارش داد که مذاکرات ادامه دارد.",
                "reuters",
            ),
            ("به گزارش تسنیم، جلسه لغو شد.", "tasnim"),
        ],
        &[
            // "By the housing loan's report", "Qena (south of Egypt)", "reminded the
            // government", Petra and MENA in English (a name, a region), an Italian
            // company's suffix.
            "به گزارش وام مسکن، بازار راکد است.",
            "وزار الوزير محافظة قنا (جنوب مصر) أمس.",
            "وذكرت كونا الحكومة بالموعد.",
            "Hotels were full, according to Petra.",
            "Growth in North Africa slowed, according to MENA figures.",
            "The bonds of ENI SPA reported gains.",
            // A review's: roads, loans, football scores, a girl's name, a URL, "in reply to
            // CNN, [it] also announced", "the media also reported about Reuters".
            "مصرع 3 أشخاص على طريق سفاجا-قنا",
            "حادث مروع على طريق سفاجا - قنا الصحراوي",
            "طريق القاهرة/قنا/أسوان مغلق اليوم.",
            "شرایط دریافت وام ازدواج - وام مسکن",
            "بانک ملی - وام ۲۰۰ میلیونی برای خرید خودرو",
            "اعطای تسهیلات/وام/کمک بلاعوض به کشاورزان",
            "برچسب‌ها: tag/وام/12345",
            "الوحدة - الجزيرة 2-1",
            "مباراة العين - الجزيرة في دوري أدنوك للمحترفين",
            "مریم - سانا و علی به مدرسه رفتند.",
            "او به سانا گفت که فردا می‌آید.",
            "وزارت خارجه در پاسخ به سی‌ان‌ان نیز اعلام کرد که مذاکرات ادامه دارد.",
            "رسانه‌ها درباره رویترز نیز گزارش دادند.",
        ],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Arabic, Persian and Urdu copy credits its agencies and papers in its own words and
/// letters, with small words fused to the names; ordinary words that name outlets credit
/// nothing.
#[test]
fn credits_in_arabic_persian_and_urdu() {
    let corpus = CorpusOutlets::from_sources([
        "الأهرام",
        "همشهری",
        "روزنامہ جنگ",
        "جنگ",
        "اطلاعات",
        "اليوم",
        "الأيام",
        "الخليج",
        "الشرق الأوسط",
        "ایران",
        "کیهان",
        "فارس",
        "APP",
    ]);
    let wrong = credit_mistakes(
        &corpus,
        &[
            // Arabic: datelines, verb first, "to" fused to the name or to what it is.
            (
                "القاهرة (رويترز) - قالت الحكومة إن الأسعار ارتفعت.",
                "reuters",
            ),
            ("ذكرت وكالة رويترز أن الأسعار ارتفعت.", "reuters"),
            ("وقال مسؤول كبير لرويترز إن المحادثات توقفت.", "reuters"),
            (
                "وقال متحدث باسم الشرطة لـرويترز إن الحادث وقع ليلا.",
                "reuters",
            ),
            ("وارتفعت الأسعار وفقا لوكالة فرانس برس.", "afp"),
            ("باريس (أ ف ب) - أعلنت الحكومة الفرنسية.", "afp"),
            ("ونقلت وكالة أسوشيتد برس عن مسؤولين أن السفينة غرقت.", "ap"),
            ("ونقلت وكالة اسوشيتد برس عن مسؤولين أن السفينة غرقت.", "ap"),
            ("حسبما أفادت وكالة الأنباء الألمانية مساء الاثنين.", "dpa"),
            ("القاهرة (أ ش أ) - افتتح الوزير المعرض.", "mena"),
            (
                "وأوضح الوزير في تصريحات للجزيرة أن المفاوضات مستمرة.",
                "aljazeera",
            ),
            ("وارتفعت الأسعار بحسب CNN.", "cnn"),
            // An outlet of the corpus, named as written, and with "to" fused to it.
            ("بحسب صحيفة الأهرام، ارتفعت الأسعار.", "الأهرام"),
            ("وقال الوزير للأهرام إن الأسعار ستنخفض.", "الأهرام"),
            // Persian: "by the report of", verbs after the name, Persian letters.
            ("به گزارش خبرگزاری رویترز، قیمت نفت افزایش یافت.", "reuters"),
            ("به گزارش ایرنا، وزیر نفت امروز گفت.", "irna"),
            ("رویترز گزارش داد که قیمت نفت افزایش یافت.", "reuters"),
            (
                "یک مقام ارشد به رویترز گفت که مذاکرات ادامه دارد.",
                "reuters",
            ),
            ("به گزارش بی‌بی‌سی، این حادثه دیروز رخ داد.", "bbc"),
            ("به گزارش خبرگزاری فارس، جلسه لغو شد.", "fars"),
            (
                "به گزارش روزنامه همشهری، شهرداری طرح را تصویب کرد.",
                "همشهری",
            ),
            // Urdu: postpositions after the name, the agency's dateline.
            (
                "برطانوی خبر رساں ادارے رائٹرز کے مطابق قیمتیں بڑھ گئیں۔",
                "reuters",
            ),
            ("اسلام آباد ۔ 12 مئی (اے پی پی) وزیراعظم نے کہا۔", "app"),
            ("اے ایف پی کی رپورٹ کے مطابق دھماکہ صبح ہوا۔", "afp"),
            (
                "روزنامہ جنگ کی خبر کے مطابق اجلاس ملتوی ہو گیا۔",
                "روزنامہ-جنگ",
            ),
            ("بشکریہ: روزنامہ جنگ", "روزنامہ-جنگ"),
            ("وقال أحد المتعاملين لرويترز إن السعر ارتفع.", "reuters"),
            ("وأفادت وكالة الانباء الفرنسية بأن الشحنة ضبطت.", "afp"),
            ("وقال مصدر في الشرطة لفرانس برس إن الشحنة ضبطت.", "afp"),
            ("مسؤول لرويترز: المحادثات توقفت.", "reuters"),
            ("نقلاً عن بوابة الاهرام، ارتفعت الأسعار.", "الأهرام"),
            ("المصدر: صحيفة الأهرام", "الأهرام"),
            ("یک مقام محلی به ایرنا گفت که مدارس تعطیل است.", "irna"),
            (
                "ایک سینئر عہدیدار نے رائٹرز کو بتایا کہ مذاکرات جاری ہیں۔",
                "reuters",
            ),
            ("ایک افسر نے اے پی پی کو بتایا کہ اجلاس ہوگا۔", "app"),
            ("اے پی پی میں شائع خبر کے مطابق اجلاس ہوگا۔", "app"),
            ("وفقًا لرويترز، ارتفعت الأسعار.", "reuters"),
            ("بحسب ما نقلته رويترز عن مسؤولين، ارتفعت الأسعار.", "reuters"),
            ("وقال رئيس الوزراء لرويترز إن المحادثات مستمرة.", "reuters"),
            (
                "وقال المسؤول الذي طلب عدم نشر اسمه لرويترز إن المحادثات مستمرة.",
                "reuters",
            ),
            (
                "في مقابلة مع رويترز، قال الوزير إن الأسعار سترتفع.",
                "reuters",
            ),
            (
                "القاهرة - رويترز: قالت الحكومة إن الأسعار سترتفع.",
                "reuters",
            ),
            ("رویترز می‌نویسد که قیمت نفت افزایش یافت.", "reuters"),
            ("به گزارش فارس، جلسه لغو شد.", "فارس"),
            (
                "کولمبو(اے ایف پی/اسپورٹس ڈیسک)جنوبی افریقہ کیخلاف سیریز",
                "afp",
            ),
            ("دمبولا(اسپورٹس ڈیسک/اے ایف پی)بیٹنگ لائن ایک بار", "afp"),
            // Eight words between the verb and the name fused to "to" (a paper's own
            // interviews, "bakers in Cairo and Giza told al-Shorouk").
            (
                "قال عدد من أصحاب المخابز في القاهرة والجيزة لـ«الأهرام» إن الوزن صعب.",
                "الأهرام",
            ),
        ],
        &[
            // Not names: the Persian Gulf, Pakistan's PTI party, Mehr the month, a photo.
            "به گزارش منابع محلی، کشتی در خلیج فارس توقیف شد.",
            "پی ٹی آئی کے مطابق جلسہ کل ہوگا۔",
            "به گزارش مهر ماه گذشته، بارش کم بود.",
            // A one-word name that is also a word ("war", "information") takes a verb after
            // it only after what kind of outlet it is.
            "ابتدائی اطلاعات کے مطابق ٹریک ٹوٹا ہوا تھا۔",
            "جنگ کے مطابق سرحد پر فائرنگ ہوئی۔",
            "صورة: رويترز",
            // Working for an outlet is no credit.
            "وقال أحمد، الذي يعمل مراسلا لرويترز منذ عشرين عاما، إنه غادر.",
            // A name inside a longer word; "to an island", which is how "to Al Jazeera"
            // ends.
            "قال الوزير إن البرويترزية كلمة لا معنى لها.",
            "وقال إنه سافر لجزيرة قبرص الأسبوع الماضي.",
            // What was said, after "that", is no one told ("he said he travelled to the
            // island", "the government said it warned Reuters", "peace matters to the Middle
            // East").
            "وقال إنه سافر للجزيرة الأسبوع الماضي.",
            "وقالت الحكومة إنها وجهت إنذارا لرويترز.",
            "وقال الرئيس إن السلام مهم للشرق الأوسط.",
            // One-word names that are words ("today", "the days", "Iran") or open a longer
            // name ("Kayhan London"), a verb before them and no clause ending after.
            "وقالت اليوم الخميس وزارة الصحة إن الوضع مستقر.",
            "وقد كشفت الأيام الماضية حجم الكارثة.",
            "بر اساس گزارش ایران به آژانس، برنامه ادامه دارد.",
            "به گزارش کیهان لندن، جلسه لغو شد.",
            "وزیر خارجه عمان به ایران گفت که مذاکرات ادامه دارد.",
            // A photograph's credit, a team in brackets, a word in brackets.
            "تصوير: (رويترز/ محمد عبد الغني)",
            "وفاز العداء محمد (الخليج) بالميدالية الذهبية.",
            "دوسری عالمی (جنگ) کے بعد شہر دوبارہ بسایا گیا۔",
        ],
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The evidence is the sentence: Urdu's full stop, and Arabic's after a letter without
    // capitals, end one.
    for (text, sentence) in [
        (
            "پہلا جملہ۔ بی بی سی کے مطابق دوسرا جملہ۔ تیسرا جملہ۔",
            "بی بی سی کے مطابق دوسرا جملہ۔",
        ),
        (
            "الجملة الأولى. ذكرت رويترز أن الثانية طويلة؟ الثالثة.",
            "ذكرت رويترز أن الثانية طويلة؟",
        ),
        (
            "پہلا جملہ۔ اسلام آباد ۔ 12 مئی (اے پی پی) وزیراعظم نے کہا۔ آخری۔",
            "اسلام آباد ۔ 12 مئی (اے پی پی) وزیراعظم نے کہا۔",
        ),
    ] {
        let credits = find_credits(text, &[], &corpus);
        assert_eq!(credits.len(), 1, "{text}");
        assert_eq!(credits[0].evidence, sentence);
    }
}

/// A page's non-breaking spaces inside a name, or anywhere before it, change neither what
/// is credited nor where: spans and evidence are the text's as written.
#[test]
fn non_breaking_spaces_read_as_spaces() {
    let corpus = CorpusOutlets::default();
    for (text, outlet, name) in [
        (
            "The vote passed, according to the Associated\u{a0}Press, after a long debate.",
            "ap",
            "Associated\u{a0}Press",
        ),
        (
            "«\u{a0}Le vote\u{a0}»\u{a0}: le texte est passé, a rapporté l'Agence\u{a0}France-Presse.",
            "afp",
            "Agence\u{a0}France-Presse",
        ),
        (
            "Il\u{a0}a plu\u{a0}; selon l'AFP, la route est fermée.",
            "afp",
            "AFP",
        ),
        (
            "By\u{a0}JOSH\u{a0}BOAK,\u{a0}Associated\u{a0}Press\n\nThe vote passed.",
            "ap",
            "Associated\u{a0}Press",
        ),
    ] {
        let credits = find_credits(text, &[], &corpus);
        assert_eq!(credits.len(), 1, "{text:?}: {credits:?}");
        let c = &credits[0];
        assert_eq!(c.outlet, outlet, "{text:?}");
        let (s, e) = c.phrase.unwrap();
        let (before, after) = c.name.unwrap();
        assert_eq!(&text[s + before as usize..e - after as usize], name, "{text:?}");
        let (ss, se) = c.span.unwrap();
        assert_eq!(c.evidence, text[ss..se].trim(), "{text:?}");
        assert!(c.evidence.contains(name), "{text:?}");
    }
    // A corpus outlet whose `source` has one, in a text with a plain space or with one.
    let corpus = CorpusOutlets::from_sources(["Le\u{a0}Parisien", "Le Parisien"]);
    for text in [
        "La route est fermée, selon Le\u{a0}Parisien.",
        "La route est fermée, selon Le Parisien.",
    ] {
        let credits = find_credits(text, &[], &corpus);
        assert_eq!(credits.len(), 1, "{text:?}: {credits:?}");
        assert_eq!(credits[0].outlet, slug_for_source("Le\u{a0}Parisien"));
        assert_eq!(credits[0].outlet, slug_for_source("Le Parisien"));
    }
}

/// Reuters' tagline names no outlet, but it is Reuters' own: copy that closes with it is
/// Reuters' copy. Only where it closes the story, and only in its house form.
#[test]
fn reuters_tagline_credits_reuters() {
    let body = "The vote passed on Monday after a long debate.";
    for closing in [
        "\n\n(Reporting by Jane Doe in London; Editing by Mark Potter)",
        " (Reporting by Jane Doe; Additional reporting by John Roe in Paris; Editing by Mark Potter)",
        "\n\n(Reporting by Jane Doe; Writing by John Roe; Editing by Mark Potter and Alex Richardson)\n\nOur Standards: The Thomson Reuters Trust Principles.",
        "\r\n\r\n(Writing by John Roe, editing by Mark Potter)\r\n",
        "\n\nReporting by Jane Doe; Editing by Mark Potter",
        "\n\nReporting by Jane Doe; Editing by Mark Potter.\r\n",
        // The second review's: "By" capitalised, non-breaking spaces, after a bracket, and
        // reuters.com's footer and topics after it.
        "\n\n(Reporting By Jane Doe; Editing by Mark Potter)",
        "\n\n(Reporting\u{a0}by Jane Doe; Editing\u{a0}by Mark Potter)",
        " ($1 = 0.9208 euros) (Reporting by Jane Doe; Editing by Mark Potter)",
        "\n\n(Reporting by Jane Doe; Editing by Mark Potter)\n\nPhoto editing: John Roe",
        "\n\nReporting by Jane Doe; Editing by Mark Potter\n\nOur Standards: The Thomson Reuters Trust Principles., opens new tab\n\nSuggested Topics:\n\nWorld\n\nUnited Kingdom\n\nBusiness\n\nPurchase Licensing Rights, opens new tab",
        // Wrapped, and cut off.
        "\n\n(Reporting by Jane Doe in London;\nEditing by Mark Potter)",
        "\n\n(Reporting by Jane Doe in London and John\r\nRoe in Paris; Editing by Mark\r\nPotter)\r\n",
        "\n\n(Reporting by Jane Doe; Editing by Mark Potter",
        "\n\n(Reporting by Jane Doe; Editing by Mark Potter\n\nOur Standards: The Thomson Reuters Trust Principles.",
    ] {
        let text = format!("{body}{closing}");
        let credits = find_credits(&text, &[], &CorpusOutlets::default());
        assert_eq!(credits.len(), 1, "{text:?}: {credits:?}");
        let c = &credits[0];
        assert_eq!(c.outlet, "reuters", "{text:?}");
        let (s, e) = c.phrase.unwrap();
        assert!(text[s..e].contains("diting"), "{text:?}");
        assert!(c.name.is_none());
    }
    // Its French, Spanish and German bureaus' forms (a review's, and a Reuters Latam
    // sign-off as printed, its contact line after it).
    let body = "Le vote a eu lieu lundi après un long débat.";
    for closing in [
        "\n\n(Reportage Jean Dupont, édité par Marie Durand)",
        "\n\n(Rédigé par Paul Lefèvre; édité par Marie Durand)",
        "\n\n(Reportage Philip Carter et Julia Evans; version française Camille Roux, édité par Nicolas Bernard)",
        "\n\n(Información de Juan Pérez; editado por Tomás López)",
        "\n\n(Reportes de Ankika Biswas y Shreyashi Sanyal en Bengaluru; reporte adicional de Bansari Mayur Kamdar. Editado en español por Marion Giraldo)\n\n((Mesa de edición en español +562 24374447. Twitter: https://twitter.com/ReutersLatam; ))",
        "\n\n(Bericht von Hans Müller, redigiert von Petra Schmidt)",
        "\n\n(Bericht von Hans Müller, redigiert von Petra Schmidt. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter berlin.newsroom@thomsonreuters.com (für Politik und Konjunktur) oder frankfurt.newsroom@thomsonreuters.com (für Unternehmen und Märkte).)",
        "\n\n(Reporter: Hans Müller; Redigiert von: Petra Schmidt)",
    ] {
        let text = format!("{body}{closing}");
        let credits = find_credits(&text, &[], &CorpusOutlets::default());
        assert_eq!(
            credits.first().map(|c| c.outlet.as_str()),
            Some("reuters"),
            "{text:?}: {credits:?}"
        );
    }
    // Their words in a story, or a sign-off that names no editor, are none.
    for text in [
        "(Reportage Jean Dupont)",
        "Le rapport, rédigé par le ministère et édité par la Documentation française, paraît lundi.",
        "(Bericht von Hans Müller)",
    ] {
        let credits = find_credits(text, &[], &CorpusOutlets::default());
        assert!(credits.is_empty(), "{text:?}: {credits:?}");
    }
    // With its dateline too, the dateline is the credit.
    let text =
        format!("LONDON (Reuters) - {body}\n\n(Reporting by Jane Doe; Editing by Mark Potter)");
    let credits = find_credits(&text, &[], &CorpusOutlets::default());
    assert_eq!(credits.len(), 1);
    assert!(credits[0].evidence.starts_with("LONDON (Reuters)"));
    let more = format!("\n\n{body}").repeat(5);
    for text in [
        // Not closing the story.
        format!("{body}\n\n(Reporting by Jane Doe; Editing by Mark Potter){more}"),
        // Other words, other forms.
        format!("{body} Editing by committee slowed the report."),
        format!(
            "{body}\n\nThanks to our volunteers (writing by Jane Doe, editing by Mark Potter)"
        ),
        format!("{body}\n\nReporting by Jane Doe, Editing by Mark Potter"),
        format!("{body}\n\n(Reporting by Jane Doe)"),
        format!("{body} The film (Editing by Mark Potter) won."),
        format!("{body} The film was cut. (Editing by Mark Potter)"),
        format!("{body}\n\n(Reporting by Jane Doe;\n\nEditing by Mark Potter)"),
        format!("{body}\n\n(Reporting by Jane Doe\n\nin London; Editing by Mark Potter)"),
        format!("{body}\n\n(Editing by Mark Potter)\n\n{body}\n\n{body}"),
        // The second review's: a film's editor, a student paper's desk.
        format!("{body}\n\n(Editing by Tomas Hale)"),
        format!("{body}\n\n(Editing by the Opinion Desk)"),
        // The second review's: other credit lines, and a compilation of briefs.
        format!("{body}\n\nReporting by Jane Doe; editing by Mark Potter"),
        format!("{body}\n\n(Research by A. Smith and B. Jones; editing by C. Brown)"),
        format!(
            "{body} (Reporting by Jane Doe; Editing by Mark Potter)\n\nTrain strike ends. Unions \
             accepted the offer on Tuesday.\n\nMuseum reopens. The doors opened at nine to a queue.\n"
        ),
    ] {
        assert!(outlets(&text).is_empty(), "{text:?}");
    }
    // The tagline comes before what the copy reports others reported.
    let text = "Shares rose, the Wall Street Journal reported on Monday.\n\n(Reporting by Jane Doe; Editing by Mark Potter)";
    let credits = find_credits(text, &[], &CorpusOutlets::default());
    assert_eq!(credits.len(), 2, "{credits:?}");
    assert_eq!(primary_credit(&credits).unwrap().outlet, "reuters");
    // Bytes around the tail's cut are no char boundary problem.
    let text = format!(
        "{}{body}\n\n(Reporting by Jane Doe; Editing by Mark Potter)",
        "é".repeat(2000)
    );
    assert_eq!(
        outlets(&text),
        [("reuters".to_string(), CreditKind::Phrase)]
    );
}

/// An agency named in running text, then in the story's sign-off: the credit is the
/// sign-off, which a copy of the agency's text does not repeat from the running text (a
/// review's Kuwait Times, whose "— KUNA" was lost behind the agency's own "told KUNA"), in
/// the order of the first naming. A dateline first stays the credit.
#[test]
fn a_sign_off_is_the_credit_of_an_agency_named_before_it() {
    let none = CorpusOutlets::default();
    let text = "The ministry raised KD 750 million.\n\nThe proceeds would fund the budget, \
                an official told KUNA, according to Reuters.\n\nIt closed on Monday. — KUNA";
    let credits = find_credits(text, &[], &none);
    let outlets: Vec<&str> = credits.iter().map(|c| c.outlet.as_str()).collect();
    assert_eq!(outlets, ["kuna", "reuters"]);
    assert_eq!(credits[0].evidence, "— KUNA");
    let dated = "KUWAIT CITY, Nov 24 (KUNA) -- The ministry raised KD 750 million.\n\nIt \
                 closed on Monday. — KUNA";
    let credits = find_credits(dated, &[], &none);
    assert!(
        credits[0].evidence.starts_with("KUWAIT CITY"),
        "{credits:?}"
    );
}

/// Bylines, closing lines and copyright lines naming a wire agency are the copy's
/// furniture; its dateline and reporting phrases are not, nor a paper's own byline.
#[test]
fn wire_furniture_is_bylines_closing_and_copyright_lines() {
    let corpus = CorpusOutlets::from_sources(["The Northern Times"]);
    let furniture = |text: &str| {
        let credits = find_credits(text, &[], &corpus);
        let c = primary_credit(&credits).unwrap_or_else(|| panic!("{text:?}"));
        wire_furniture(c, text)
    };
    for text in [
        "By MARISSA KELLERMAN Associated Press\n\nThe vote passed.",
        "BY: JOSH BOAK, Associated Press\n\nThe vote passed.",
        "The vote passed.\n\n— AFP",
        "The vote passed.\n\nWith AFP",
        "The vote passed.\n\nCopyright 2024 The Associated Press. All rights reserved.",
        "The vote passed.\n\n© 2024 Reuters",
        // The agency's name alone closing the copy, after a hyphen or a slash.
        "Le barrage a été mis en eau.\n\nAPS",
        "Mangsa dipindahkan ke PPS.\n\n- Bernama",
        "The berth raised capacity.\n\n/IRNA",
    ] {
        assert!(furniture(text), "{text:?}");
    }
    for text in [
        "PITTSBURGH (AP) — The vote passed.",
        "The vote passed, Reuters reported.",
        "The vote passed.\n\n(Reporting by Jane Doe; Editing by Mark Potter)",
        "The vote passed.\n\n(c) 2024 The Northern Times. All rights reserved.",
    ] {
        assert!(!furniture(text), "{text:?}");
    }
}

/// A story written with an agency's copy signs off with it: "(avec AFP)" in French papers,
/// "(mit dpa)" or "Mit Material von dpa" in German ones, and so on. A bracket with another
/// word before the name, or the name in running text after "with", is no sign-off.
#[test]
fn a_sign_off_credits_each_agency_it_names_first_one_first() {
    let none = CorpusOutlets::default();
    for (text, want) in [
        (
            "The vote passed.\n\n— Reuters, AFP",
            &["reuters", "afp"][..],
        ),
        ("The vote passed.\n\n— AFP and Reuters", &["afp", "reuters"]),
        (
            "Le trafic a repris. (avec Reuters et AFP)",
            &["reuters", "afp"],
        ),
        (
            "O trânsito foi retomado. (com Lusa, EFE e AFP)",
            &["lusa", "efe", "afp"],
        ),
        ("Le trafic a repris. (avec AFP et l'AP)", &["afp", "ap"]),
        ("The vote passed.\n\n— Bloomberg, Reuters", &["reuters"]),
        // A person among them is no outlet.
        ("The vote passed.\n\nWith AFP and Jane Doe", &["afp"]),
    ] {
        let credits = find_credits(text, &[], &none);
        let got: Vec<&str> = credits.iter().map(|c| c.outlet.as_str()).collect();
        assert_eq!(got, want, "{text}");
        assert_eq!(primary_credit(&credits).unwrap().outlet, want[0], "{text}");
        // Each credit's name is the name as written, inside its phrase.
        for c in &credits {
            let (s, e) = c.phrase.unwrap();
            let (before, after) = c.name.unwrap();
            let name = &text[s + before as usize..e - after as usize];
            assert_eq!(
                slug_for_name(name),
                Some(c.outlet.as_str()),
                "{text}: {name}"
            );
        }
    }
}

/// An author field naming a wire agency credits it; one naming people or a paper does not.
#[test]
fn an_agency_as_author_is_a_credit() {
    for (byline, want) in [
        ("Reuters", Some("reuters")),
        ("By AFP", Some("afp")),
        ("Jane Doe, Reuters", Some("reuters")),
        ("Reuters Staff", Some("reuters")),
        ("The Associated Press", Some("ap")),
        ("PTI", Some("pti")),
        ("Jane Doe and John Roe", None),
        ("The Guardian", None),
        ("", None),
    ] {
        let got = byline_credit(byline);
        assert_eq!(got.as_ref().map(|c| c.outlet.as_str()), want, "{byline:?}");
        if let Some(c) = got {
            assert_eq!((&c.kind, c.span), (&CreditKind::Byline, None));
            assert_eq!(primary_credit(std::slice::from_ref(&c)), Some(&c));
        }
    }
}

/// A fourth review's wire copy in South and East Asia (benches/syndication/asia).
#[test]
fn asian_agencies_datelines_and_sign_offs_credit_them() {
    let wrong = credit_mistakes(
        &CorpusOutlets::default(),
        &[
            // PTI's and IANS's datelines put the month first and no dash after the bracket.
            (
                "New Delhi, Nov 24 (PTI) The Commission invoked Stage IV.",
                "pti",
            ),
            (
                "Sriharikota, Nov 24 (IANS) The Indian Space Research Organisation will launch.",
                "ians",
            ),
            ("The air stayed severe.\n\nWith inputs from PTI", "pti"),
            // Malaysian papers sign off Bernama's copy after a dash.
            ("Evacuations went on in Tumpat. - Bernama", "bernama"),
            ("Rain is expected until Wednesday. — Bernama", "bernama"),
            ("Mangsa dipindahkan ke PPS.\n\n-- BERNAMA", "bernama"),
            // Kyodo's bracket in Japanese copy, alone or with the place.
            (
                "今後1週間程度は注意してほしいと呼びかけた。（共同）",
                "kyodo",
            ),
            ("【ソウル共同】韓国政府は24日、発表した。", "kyodo"),
            // PTI's Hindi service: its dateline, and "according to PTI-Bhasha".
            ("जयपुर, 24 नवंबर (भाषा) राजस्थान के सीकर जिले में हादसा हुआ।", "pti"),
            (
                "समाचार एजेंसी पीटीआई-भाषा के अनुसार हादसे में नौ लोगों की मौत हुई।",
                "pti",
            ),
            // Yonhap in Korean: its dateline and "according to Yonhap".
            (
                "(서울=연합뉴스) 이지현 기자 = 24일 오전 서울에 첫눈이 내렸다.",
                "yonhap",
            ),
            (
                "연합뉴스에 따르면 관세청은 24일 수출액을 발표했다.",
                "yonhap",
            ),
            // VNA in Vietnamese: its dateline with the site's brand, "Theo TTXVN", its
            // closing line; Antara's "Sumber: Antara".
            (
                "Hà Nội (TTXVN/Vietnam+) - Theo Trung tâm Dự báo, bão số 15 mạnh lên.",
                "vna",
            ),
            (
                "Theo TTXVN, sáng 24/11, bão số 15 đang ở ngoài khơi.",
                "vna",
            ),
            ("Học sinh được nghỉ học.\n\nTTXVN", "vna"),
            ("Warga masih mengungsi.\n\nSumber : Antara", "antara"),
        ],
        &[
            // "共同" alone is a common word: a joint statement, joint development.
            "両国は共同声明を発表し、共同開発を進める。",
            "两国发表共同声明。",
            // "भाषा" is "language": only PTI's dateline bracket reads it as PTI.
            "हिंदी भाषा के अनुसार यह शब्द पुराना है।",
            // A dash line that closes nothing: a list of sources, a photograph's credit.
            "Sources:\n- Reuters\n- AP\n\nThe list goes on here",
            "The minister spoke\n\nPhoto - Reuters",
        ],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Two more reviews' wire copy, of the Middle East and Africa and of Latin America
/// (benches/syndication/mea, latam): agencies the tool did not know, datelines closed by a
/// full stop or with the name before a dash, the name alone closing the story, and the
/// Arabic forms of Saudi, Egyptian and Moroccan copy.
#[test]
fn african_arab_and_latin_american_agencies_credit_them() {
    let wrong = credit_mistakes(
        &CorpusOutlets::default(),
        &[
            ("Nador, 24 nov. 2026 (MAP) - Le port a accueilli son premier navire.", "map"),
            ("Le port a accueilli son premier navire.\n\nLe Matin avec MAP", "map"),
            ("Riyadh, November 24, 2026, SPA -- The unemployment rate fell.", "spa"),
            ("Tehran, IRNA - Container traffic at Chabahar rose.", "irna"),
            ("The new berth raised capacity by 40 percent.\n\n/IRNA", "irna"),
            ("APA-Dakar (Sénégal) - Le Sénégal a exporté 14 cargaisons.", "apa"),
            ("Le Sénégal a exporté 14 cargaisons.\n\nSource : APA", "apa"),
            ("Tunis, 24 nov (TAP) - Les exportations ont atteint 86.400 tonnes.", "tap"),
            ("Kano, Nov. 24, 2026 (NAN) The Federal Government says the line will open.", "nan"),
            ("The scheme was commissioned on Tuesday.\n\nKNA", "kna"),
            ("Produce comes from 2 700 local farmers. – SAnews.gov.za", "sanews"),
            ("DAILY SABAH WITH AA\n\nANKARA\n\nTürkiye's exports rose.", "anadolu"),
            ("Lima, nov. 24 (ANDINA). El Gobierno declaró la emergencia.", "andina"),
            ("BOGOTÁ (Colprensa). El Gobierno anunció un subsidio.", "colprensa"),
            ("SÃO PAULO, SP (FOLHAPRESS) - A prefeitura anunciou o plano.", "folhapress"),
            ("A prefeitura anunciou o plano.\n\nEstadão Conteúdo", "estadao"),
            ("La Habana, 24 nov (Prensa Latina) El Gobierno anunció el plan.", "prensa-latina"),
            ("La ruta permanecerá cortada.\n\nFuente: NA", "noticias-argentinas"),
            // Northern, Central and South-Eastern Europe's agencies.
            ("Ferja gikk på grunn tirsdag.\n\n(©NTB)", "ntb"),
            ("Ferja gikk på grunn tirsdag, melder NTB.", "ntb"),
            ("Kramfors (TT) Akutmottagningen stängs nattetid.", "tt"),
            ("Akutmottagningen stängs, uppger TT.", "tt"),
            ("Skibet blev udgravet i 1962.\n\n/ritzau/", "ritzau"),
            ("Kone suljetaan ensi vuonna.\n\n(STT)", "stt"),
            ("STT\n\nKone suljetaan ensi vuonna.", "stt"),
            ("STT:n mukaan yhtiö aloittaa muutosneuvottelut.", "stt"),
            ("Tilanne on vaikea, sanoo toimitusjohtaja Jari Koskela STT:lle.", "stt"),
            ("Reutersin mukaan yhtiö aloittaa muutosneuvottelut.", "reuters"),
            ("Yhtiö aloittaa neuvottelut, Bloombergin mukaan.", "bloomberg"),
            ("Tilanne on vaikea, sanoo toimitusjohtaja Reutersille.", "reuters"),
            ("AFP:n mukaan kaupunkiin iski ohjus.", "afp"),
            ("Xinhuan mukaan tulvat jatkuvat.", "xinhua"),
            ("QNA/Doha\n\nHamad Port handled 1.2 million containers.", "qna"),
            ("Hamad Port handled 1.2 million containers.\n\nThe Peninsula / QNA", "qna"),
            ("TT\n\nAkutmottagningen stängs nattetid.", "tt"),
            ("Ostrava 24. listopadu (ČTK) - Krajský soud dnes rozhodl.", "ctk"),
            ("Hruška rezignoval.\n\nZdroj: ČTK", "ctk"),
            ("Hruška rezignoval, uvedla podle ČTK policie.", "ctk"),
            ("A komp leáll, az MTI szerint.", "mti"),
            ("A komp november 30-án leáll.\n\nForrás: MTI", "mti"),
            ("Drumul a fost închis.\n\n(sursa: AGERPRES)", "agerpres"),
            ("Sibiu, 24 nov /AGERPRES/ - Drumul a fost închis.", "agerpres"),
            ("Σεισμός 5,1 Ρίχτερ στη Ζάκυνθο.\n\nΠηγή: ΑΠΕ-ΜΠΕ", "ana-mpa"),
            ("Kamen temeljac je položen.\n\nIzvor: Tanjug", "tanjug"),
            ("Камен темељац је положен.\n\nИзвор: Танјуг", "tanjug"),
            ("Gradnja mosta počela je danas, prenosi Tanjug.", "tanjug"),
            ("Szalai Bence kedden közölte az MTI-vel, hogy a tó szintje csökkent.", "mti"),
            ("Терминалът може да обработва 350 000 контейнера, съобщи БТА.", "bta"),
            ("Про це повідомляє кореспондент Укрінформу.", "ukrinform"),
            ("Ο σεισμός σημειώθηκε νοτιοδυτικά, σύμφωνα με το ΑΠΕ-ΜΠΕ.", "ana-mpa"),
            ("Ο σεισμολόγος δήλωσε στο ΑΠΕ-ΜΠΕ ότι το ρήγμα είναι γνωστό.", "ana-mpa"),
            ("Mangsa dipindahkan ke PPS.\n\n- Bernama", "bernama"),
            (
                "تبوك 14 جمادى الآخرة 1448 هـ الموافق 24 نوفمبر 2026 م واس\n\nأعلنت هيئة التراث اليوم عن اكتشاف موقع أثري.",
                "spa",
            ),
            ("واس (تبوك)\n\nأعلنت هيئة التراث اليوم عن اكتشاف موقع أثري.", "spa"),
            ("القاهرة في 24 نوفمبر /أ ش أ/ أكد وزير التموين أن الاحتياطي يكفي.", "mena"),
            ("استقبل ميناء الناظور أول سفينة حاويات.\n\n(و م ع)", "map"),
        ],
        &[
            // Short names that are other things outside an agency's forms: Portugal's
            // airline, the region.
            "Flights to Lisbon were cancelled, according to TAP.",
            "Growth slowed, according to MENA data.",
            "The figure for March is NA, according to NA tables.",
            "Flere gikk ombord, ifølge TT-kanalen.",
            "The BTA said the deal was off.",
            "La economía creció, según la Comunidad Andina.",
            // A short name after one hyphen opens a list's item as often; a photograph's
            // credit names its agency with another.
            "The talks ended.\n\n- AFP",
            "The minister spoke.\n\nAFP/Getty Images",
            // A photographer's or an archive's name with a picture agency's.
            "The minister spoke.\n\nJohn Doe/AFP",
            "AFP/File\n\nThe minister spoke.",
            "Reuters/Stringer\n\nThe minister spoke.",
            // A colon ends no Finnish name before other words.
            "Ohjelma: STT:n toimittajat ja muut vieraat.",
            "Reuters-Ipsos poll - most back the plan, the survey found.",
            "A Reuters-tally shows more, according to Reuters-Ipsos.",
        ],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn sign_offs_credit_the_agency() {
    let english = credit_mistakes(
        &CorpusOutlets::from_sources(["The Northern Times"]),
        &[
            (
                "The vote passed.\n\nThe Associated Press contributed to this report.",
                "ap",
            ),
            ("The vote passed.\n\nReuters contributed reporting.", "reuters"),
            (
                "The vote passed.\n\nCopyright 2024 The Associated Press. All rights reserved.",
                "ap",
            ),
            ("The vote passed.\n\n© 2024 Reuters", "reuters"),
            ("Smoke rose over the port, a Reuters witness said.", "reuters"),
            ("An AFP correspondent saw tanks in the square.", "afp"),
            ("A Reuters tally shows 40 deaths.", "reuters"),
            ("A Reuters reporter saw the convoy.", "reuters"),
            ("Reuters calculations show a rise.", "reuters"),
            ("Reuters contributed reporting from Kyiv.", "reuters"),
            (
                "The vote passed.\n\n(c) 2024 The Northern Times. This material may not be published.",
                "the-northern-times",
            ),
            // A press release as finance sites run it, under its distributor's dateline
            // or copyright line, and a Reuters copy's or dpa's copyright line.
            (
                "SAN DIEGO--(BUSINESS WIRE)--Tessaline Inc. today announced results.",
                "business-wire",
            ),
            (
                "BOSTON, March 5, 2024 (GLOBE NEWSWIRE) -- Northfield Corp. today announced a merger.",
                "globenewswire",
            ),
            (
                "NEW YORK, March 5, 2024 /PRNewswire/ -- Corvalis Therapeutics today announced trial data.",
                "pr-newswire",
            ),
            (
                "Tessaline Inc. today announced results.\n\nCopyright Business Wire 2024",
                "business-wire",
            ),
            (
                "The vote passed.\n\n(c) Copyright Thomson Reuters 2025.",
                "reuters",
            ),
            (
                "Die Abstimmung ist durch.\n\n© dpa-infocom, dpa:250306-930-395871/2",
                "dpa",
            ),
            ("Die Abstimmung ist durch.\n\n(dpa/lby)", "dpa"),
            ("Die Abstimmung ist durch.\n\ndpa/lby", "dpa"),
            ("Le vote a eu lieu.\n\nSource AFP", "afp"),
            // The agency's full name as the closing line, as Spanish papers print EFE's.
            ("La votación se celebró.\n\nAgencia EFE", "efe"),
        ],
        &[
            "AFP/Getty Images",
            "Copyright Reuters, all rights reserved, and the lawyers said so.",
            "The copyright lawyer Reuters hired said so.",
            "Copyright law changed in 2024 when Reuters sued.",
            "She contributed reporting skills to the team.",
            "The witness said Reuters had called her.",
            // A review's: photo credits, captions, a lawsuit, a line break between the
            // name and the next sentence, "the story's spread", a count.
            "Photo: © AFP",
            "Foto: © dpa",
            "The minister resigned (Photo © Reuters/John Smith) on Monday.",
            "Image copyright Reuters",
            "The suit over copyright The New York Times filed last year is pending.",
            "Photo: Reuters\nWitnesses said the crowd dispersed.",
            "The lawsuit claims the Associated Press contributed to the story's spread.",
            "Critics said the CNN count shows bias.",
            // The agency in brackets after a sentence closes a story, not a caption
            // before more of it.
            "Protesters gathered on Tuesday. (AFP)\n\nThe march went on.",
        ],
    );
    assert!(english.is_empty(), "{english:#?}");
    // Bylines and closing lines of wire copy as member papers and aggregators print it.
    let wire_copy = credit_mistakes(
        &CorpusOutlets::from_sources(["The Northern Times", "Reuters"]),
        &[
            ("By The Associated Press\n\nThe vote passed.", "ap"),
            ("BY JOSH BOAK, Associated Press\n\nThe vote passed.", "ap"),
            ("By Josh Boak | Associated Press\n\nThe vote passed.", "ap"),
            ("By Jane Doe and John Roe, Reuters\n\nThe vote passed.", "reuters"),
            ("By Jane O'Neil-Smith - AFP\nThe vote passed.", "afp"),
            ("The vote passed.\n\n— The Associated Press", "ap"),
            ("The vote passed.\n\n—AFP.", "afp"),
            ("“We will rebuild,” she said.\n– Reuters\n\n", "reuters"),
            ("The vote passed.\n\nWith AFP", "afp"),
            ("The vote passed.\n\nAdditional reporting by Reuters", "reuters"),
            (
                "The vote passed, with additional reporting by Reuters in Kyiv.",
                "reuters",
            ),
            (
                "The vote passed.\n\nAssociated Press writer Jane Doe in Chicago contributed to this report.",
                "ap",
            ),
            (
                "The vote passed.\n\nAssociated Press writers Jane Doe in Chicago and John Roe in Washington contributed.",
                "ap",
            ),
            ("The vote passed.\n\nReuters reporter Li Wei contributed.", "reuters"),
            // Lines ending in CRLF, as Windows tools write them.
            ("The vote passed.\r\n\r\n— AFP\r\n", "afp"),
            ("By The Associated Press\r\n\r\nThe vote passed.", "ap"),
            ("The vote passed.\r\n\r\nWith reporting by Reuters\r\n", "reuters"),
            // The writer's title after the agency, the agency on the line after the
            // writers', two hyphens for a dash, accented and Vietnamese writers' names.
            ("By JOSH BOAK, AP Economics Writer\n\nThe vote passed.", "ap"),
            ("By JOSH BOAK AP Economics Writer\n\nThe vote passed.", "ap"),
            (
                "By ZEKE MILLER and COLLEEN LONG, Associated Press White House Correspondents\nThe vote passed.",
                "ap",
            ),
            ("By Reuters Staff\n\nThe vote passed.", "reuters"),
            ("By JOSH BOAK\nAssociated Press\n\nThe vote passed.", "ap"),
            ("By Jane Doe\r\n\r\nReuters\r\n\r\nThe vote passed.", "reuters"),
            ("By José Martínez and Nguyễn Văn An, Reuters\n\nThe vote passed.", "reuters"),
            ("The vote passed.\n\n-- AFP", "afp"),
            ("The vote passed.\n\n— Reuters, AFP", "afp"),
            ("The vote passed.\n\n— Reuters and The Associated Press", "ap"),
            ("The vote passed.\n\nWith AFP and Reuters", "reuters"),
            // The review's: capitals before an agency's name that is not, a comma before
            // the line break, more titles, an agency after a paper, an article in a tail,
            // Greek and Cyrillic names, the ʻokina.
            (
                "By JOSH BOAK and FATIMA HUSSEIN Associated Press\nThe vote passed.",
                "ap",
            ),
            ("By JOSH BOAK,\nAssociated Press\n\nThe vote passed.", "ap"),
            ("By TIM DAHLBERG AP Sports Columnist\n\nThe vote passed.", "ap"),
            ("The vote passed.\n\n— Bloomberg, Reuters", "reuters"),
            ("The vote passed.\n\n— Reuters and the Associated Press", "ap"),
            ("By Мария Иванова, Reuters\n\nThe vote passed.", "reuters"),
            ("ΑΘΗΝΑ, 5 Μαρτίου (AFP) Η κυβέρνηση ανακοίνωσε", "afp"),
            ("The vote passed.\n\nReuters contributed reporting from Hawaiʻi.", "reuters"),
            // Non-breaking spaces, as `&nbsp;` in a page's byline and sign-off.
            ("By\u{a0}JOSH BOAK,\u{a0}AP Economics\u{a0}Writer\n\nThe vote passed.", "ap"),
            ("The vote passed.\n\n—\u{a0}Reuters,\u{a0}AFP", "afp"),
            ("The vote passed.\n\n— Reuters and the\u{a0}Associated Press", "ap"),
            // A dash after "By", a corps member's program, the day after the byline.
            ("By — Josh Boak, Associated Press\n\nThe vote passed.", "ap"),
            (
                "By JANE DOE Associated Press/Report for America\n\nThe vote passed.",
                "ap",
            ),
            (
                "By Jane Doe, Associated Press/Report for America\n\nThe vote passed.",
                "ap",
            ),
            (
                "By Josh Boak - Associated Press - Tuesday, March 5, 2024\n\nThe vote passed.",
                "ap",
            ),
            (
                "By JOSH BOAK, AP Economics Writer | Updated 5:20 p.m.\n\nThe vote passed.",
                "ap",
            ),
            (
                "By Jane Doe, Reuters — March 5, 2024\n\nThe vote passed.",
                "reuters",
            ),
            // The second review's: a byline per writer, days first, weekdays and numbers,
            // a comma before the day, the last update.
            (
                "By — Josh Boak, Associated Press\nBy — Zeke Miller, Associated Press\n\nThe vote passed.",
                "ap",
            ),
            ("By Reuters - 5 March 2024\n\nThe vote passed.", "reuters"),
            ("By AFP - Tue 5 Mar 2024, 5:20 PM\n\nThe vote passed.", "afp"),
            ("By Reuters - 03/05/2024\n\nThe vote passed.", "reuters"),
            ("By Jane Doe, Reuters, March 5, 2024\n\nThe vote passed.", "reuters"),
            (
                "By JOSH BOAK, Associated Press | Last Updated: March 5, 2024\n\nThe vote passed.",
                "ap",
            ),
            // A colon after "By", the Daily Mail's "Afp".
            (
                "By: Associated Press\nPosted at 4:12 PM, Mar 05, 2024\n\nThe vote passed.",
                "ap",
            ),
            ("BY: JOSH BOAK, Associated Press\n\nThe vote passed.", "ap"),
            (
                "By Afp\n\nPublished: 10:22 GMT, 5 March 2024\n\nThe vote passed.",
                "afp",
            ),
        ],
        &[
            // A paper's own staff byline, a byline running into its sentence, hard-wrapped
            // running text, a lone name (a photo credit as often as a sign-off).
            "By Jane Doe, The Northern Times\n\nThe vote passed.",
            "By the Associated Press's count, 40 people died.",
            "The statement was obtained\nby AFP.",
            "The vote passed.\n\nAgence France-Presse",
            "The vote passed.\n\nThe Associated Press",
            "- Reuters files, 2019 photo of the port",
            "The lawsuit names Associated Press writer Jane Doe as a witness.",
            "The vote passed, with Reuters cameras rolling.",
            // A review's: list items and labels, menus, words between a reporting verb and
            // the name, what staff gave, a sign-off before more of the story, CRLF lines.
            "Payment options:\n- UPI\n- Net banking",
            "The vote passed.\n\n- AFP",
            "Sources consulted\n— AFP\n— The Associated Press\n— Reuters",
            "The vote passed.\n\nPhoto credit\n— AFP",
            "The vote passed.\n\n— Reuters\n\nThe count resumes on Monday.",
            "Sort stories\nBy Reuters\nBy Date",
            "Subscribe\n\nWith CNN",
            "The deal was struck in a content partnership\nwith Reuters.",
            "He criticized reporting by Reuters and the Associated Press as biased.",
            "Reuters journalists Jane Doe and John Roe contributed $500 to the relief fund.",
            "AP reporter John Smith contributed to the charity last year.",
            // A second review's: initials signing a letter.
            "We will see you all at the meeting.\n— AP",
            // A writer and an agency with only a space between and no title after, a
            // title that is no writer's, a paper's own staff on the line after, one hyphen
            // or two in running text, a photo credit with a slash.
            "By Jane Doe Reuters\n\nThe vote passed.",
            "By Jane Doe, Reuters Economics\n\nThe vote passed.",
            "By Jane Doe\nThe Northern Times\n\nThe vote passed.",
            "The vote passed.\n\n- AFP",
            "The vote passed -- AFP said so -- on Monday.",
            "The vote passed.\n\n— AFP/Getty Images",
            // The review's: a photograph's credit after a paper's byline, a former
            // employer, another body with the agency's name, a sign-off running into a
            // footer.
            "By Jane Doe, Staff Writer\n\nAFP\n\nThe vote passed.",
            "By Jane Doe, The Daily Star\nAFP\nThe vote passed.",
            "By JANE DOE\nAP\nThe vote passed.",
            "By The Numbers\nReuters\nThe vote passed.",
            "By Kathleen Carroll, Former AP Executive Editor\n\nThe vote passed.",
            "By Jane Doe, Former Reuters Correspondent\n\nThe vote passed.",
            "By John Smith, Retired AP Reporter\n\nThe vote passed.",
            "By Jane Doe, Ex-Reuters Correspondent\n\nThe vote passed.",
            "The award is given according to the Associated Press Sports Editors, a group of editors.",
            "The vote passed, via AP Staff notes.",
            "The vote passed.\n\n— Reuters, AFP\nMost Read Stories",
            "By\u{a0}Jane Doe\u{a0}Reuters\n\nThe vote passed.",
            // A paper's own staff with the day, what follows the agency not a day, a
            // dash glued to the name.
            "By Jane Doe - The Northern Times - Tuesday, March 5, 2024\n\nThe vote passed.",
            "By Jane Doe, Reuters - the vote passed on Tuesday.",
            "By Jane Doe, Reuters/Ipsos poll\n\nThe vote passed.",
            "By —Jane Doe, Former AP Reporter\n\nThe vote passed.",
            "Sort stories\nBy Reuters\nBy AFP\nBy Date\n\nThe vote passed.",
            "Sort stories\nBy: Reuters\nBy: Date\n\nThe vote passed.",
            "By: Jane Doe, The Northern Times\n\nThe vote passed.",
            "By: Jane Doe, Former Reuters Correspondent\n\nThe vote passed.",
        ],
    );
    assert!(wire_copy.is_empty(), "{wire_copy:#?}");
    let wrong = credit_mistakes(
        &CorpusOutlets::from_sources(["Le Parisien"]),
        &[
            ("Le trafic a repris dans la soirée. (avec AFP)", "afp"),
            ("Le trafic a repris dans la soirée.\n\nAvec AFP", "afp"),
            (
                "Le trafic a repris dans la soirée.\n\nLe Monde avec AFP",
                "afp",
            ),
            // Each agency of several.
            ("Le trafic a repris. (avec AFP et Reuters)", "afp"),
            ("Le trafic a repris. (avec AFP et Reuters)", "reuters"),
            (
                "Der Verkehr rollt wieder.\n\nMit Material von dpa und AFP",
                "afp",
            ),
            (
                "Der Verkehr rollt wieder.\n\nMit Material von dpa und AFP",
                "dpa",
            ),
            (
                "Der Verkehr rollt wieder.\n\nMit Material von dpa/AFP",
                "dpa",
            ),
            ("The toll rose to 12. (With inputs from PTI)", "pti"),
            ("Der Verkehr rollt wieder. (mit dpa)", "dpa"),
            ("Der Verkehr rollt wieder.\n\nMit Material von dpa", "dpa"),
            ("El tráfico se reanudó. (con EFE)", "efe"),
            ("O trânsito foi retomado. (com Lusa e Reuters)", "lusa"),
            ("Het verkeer rijdt weer. (met ANP)", "anp"),
            (
                "Traffic resumed late on Monday.\n\nWith reporting by Reuters.",
                "reuters",
            ),
            ("Le trafic a repris. (avec Le Parisien)", "le-parisien"),
            // A dateline without a dash.
            (
                "ALGECIRAS (CÁDIZ), 12 (EUROPA PRESS)\n\nLa Guardia Civil",
                "europapress",
            ),
            (
                "MADRID, 12 (EUROPA PRESS)\n\nEl Gobierno aprobó",
                "europapress",
            ),
        ],
        &[
            "Le ministre a dîné avec AFP et Reuters présents.",
            "Il a signé un accord (avec l'appui de Reuters) hier.",
            "The deal was signed with AP photographers watching.",
            // A review's: photographs, an agency named before its initials.
            "The march went on (with AP and Reuters photos) all day.",
            "Journalists at Agence France-Presse (AFP) went on strike on Monday.",
            "The Associated Press (AP) is an American non-profit news agency.",
            "Iran's state news agency (IRNA) has been hacked, officials said.",
            "Die Deutsche Presse-Agentur (dpa) hat einen neuen Chef.",
        ],
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn credits_in_dutch_polish_turkish_and_indonesian() {
    let corpus = CorpusOutlets::from_sources([
        "de Volkskrant",
        "NOS",
        "Trouw",
        "Gazeta Wyborcza",
        "Onet",
        "Fakt",
        "Hürriyet",
        "Fanatik",
        "Sabah",
        "Kompas",
        "Tempo",
    ]);
    let wrong = credit_mistakes(
        &corpus,
        &[
            ("AMSTERDAM (ANP) - De prijzen stegen.", "anp"),
            ("De prijzen stegen, meldt persbureau ANP.", "anp"),
            ("Volgens Reuters stegen de prijzen.", "reuters"),
            ("De prijzen stegen, zei hij tegen de NOS.", "nos"),
            ("Dat schrijft de Volkskrant maandag.", "de-volkskrant"),
            ("Warszawa (PAP) - Ceny wzrosły.", "pap"),
            ("Ceny wzrosły, jak podała PAP.", "pap"),
            ("Według Reutersa ceny wzrosły.", "reuters"),
            (
                "Jak poinformowała Polska Agencja Prasowa, ceny wzrosły.",
                "pap",
            ),
            ("Ceny wzrosły (za PAP).", "pap"),
            (
                "Jak podaje Gazeta Wyborcza, ceny wzrosły.",
                "gazeta-wyborcza",
            ),
            ("ANKARA (AA) - Fiyatlar yükseldi.", "anadolu"),
            (
                "Anadolu Ajansı'nın haberine göre fiyatlar yükseldi.",
                "anadolu",
            ),
            (
                "Reuters'a konuşan bir yetkili fiyatların yükseldiğini söyledi.",
                "reuters",
            ),
            (
                "AA muhabirine açıklama yapan vali, yolun açıldığını söyledi.",
                "anadolu",
            ),
            (
                "Hürriyet gazetesinin haberine göre fiyatlar yükseldi.",
                "hürriyet",
            ),
            ("Jakarta (ANTARA) - Harga naik.", "antara"),
            ("Harga naik, seperti dilansir Reuters.", "reuters"),
            ("Menurut Antara, harga naik.", "antara"),
            ("Harga naik, kata dia kepada Antara.", "antara"),
            ("Seperti dikutip dari Kompas, harga naik.", "kompas"),
            ("Artikel ini telah tayang di Kompas.com.", "kompas"),
            ("Harga naik, mengatakan dia kepada Reuters.", "reuters"),
            ("Fanatik'in yazdığına göre transfer tamamlandı.", "fanatik"),
            (
                "Hürriyet'e yaptığı açıklamada vali yolun açıldığını söyledi.",
                "hürriyet",
            ),
            ("AA muhabirinin aldığı bilgiye göre yol açıldı.", "anadolu"),
            ("Źródło: Onet", "onet"),
            ("Ceny wzrosły, donosi Onet.", "onet"),
            ("Ceny wzrosły, za portalem Onet.", "onet"),
            ("Het artikel verscheen eerder in NOS.", "nos"),
            ("Dat zeiden twee ingewijden tegen Reuters.", "reuters"),
        ],
        &[
            // Ordinary words that name outlets here ("loyal", "fact", "morning", "tempo").
            "Hij bleef trouw aan de partij, meldt de gemeente.",
            "Fakt jest taki, że ceny wzrosły.",
            "Sabah saatlerinde yağmur başladı.",
            "Tempo pembangunan naik, menurut menteri.",
            // Working for an outlet; the ministry as the source.
            "Dziennikarz Onetu został zatrzymany.",
            "Menurut kementerian, harga naik.",
            "Za rok ceny wzrosną.",
        ],
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn latin_letters_continue_a_name() {
    let none = CorpusOutlets::default();
    let names = |t: &str| name_hits(t, &none).0;
    assert_eq!(names("éBloomberg"), vec![]);
    assert_eq!(names("Reutersé"), vec![]);
    assert_eq!(names("«Reuters»"), vec![(2, 9)]);
    assert_eq!(names("据Reuters报道"), vec![(3, 10)]);
    assert_eq!(names("Anadolu Ajansı'nın"), vec![(0, 15)]);
}

/// German, French, Spanish, Italian, Portuguese and Russian copy credits its agencies and
/// papers in its own words, with articles, fused prepositions and case endings.
#[test]
fn credits_in_european_languages() {
    let corpus = CorpusOutlets::from_sources([
        "Le Monde",
        "El País",
        "la Repubblica",
        "Folha de S.Paulo",
        "Коммерсантъ",
        "Ведомости",
        "РБК",
        "Süddeutsche Zeitung",
        "Münchner Merkur",
        "Der Spiegel",
        "Il Giorno",
        "Il Sole 24 Ore",
        "La Gazzetta dello Sport",
        "Levante-EMV",
    ]);
    let outlets = |t: &str| -> Vec<String> {
        find_credits(t, &[], &corpus)
            .into_iter()
            .map(|c| c.outlet)
            .collect()
    };
    let mut wrong = Vec::new();
    for (text, outlet) in [
        ("Die Preise stiegen laut dpa um drei Prozent.", "dpa"),
        (
            "Das berichtete die Nachrichtenagentur Reuters am Dienstag.",
            "reuters",
        ),
        (
            "Wie die Deutsche Presse-Agentur berichtete, stiegen die Preise.",
            "dpa",
        ),
        ("Berlin (dpa/lby) - Die Preise stiegen.", "dpa"),
        ("Das sagte er der Nachrichtenagentur dpa.", "dpa"),
        (
            "Das meldete die Süddeutsche Zeitung am Montag.",
            "süddeutsche-zeitung",
        ),
        ("Les prix ont augmenté, selon l'AFP.", "afp"),
        (
            "Les prix ont augmenté, a rapporté l\u{2019}Agence France-Presse.",
            "afp",
        ),
        ("Il l'a déclaré à l'AFP lundi.", "afp"),
        ("Selon Le Monde, le ministre a démissionné.", "le-monde"),
        ("Los precios subieron, según informó EFE.", "efe"),
        ("MADRID, 12 may (EFE).- Los precios subieron.", "efe"),
        (
            "Según la agencia Europa Press, los precios subieron.",
            "europapress",
        ),
        ("El ministro dimitió, informa El País.", "el-país"),
        (
            "I prezzi sono saliti, secondo quanto riferisce l'Ansa.",
            "ansa",
        ),
        ("Lo ha riferito l'Adnkronos in serata.", "adnkronos"),
        ("(ANSA) - ROMA, 12 MAG - I prezzi sono saliti.", "ansa"),
        (
            "Come riporta la Repubblica, il ministro si è dimesso.",
            "la-repubblica",
        ),
        ("Os preços subiram, segundo a Lusa.", "lusa"),
        ("Os preços subiram, de acordo com a agência Lusa.", "lusa"),
        ("O ministro disse à Lusa que os preços subiram.", "lusa"),
        ("Цены выросли, сообщает ТАСС.", "tass"),
        ("МОСКВА, 12 мая. /ТАСС/. Цены выросли.", "tass"),
        ("По данным «Интерфакса», цены выросли.", "interfax"),
        ("Цены выросли, как передает РИА Новости.", "ria"),
        ("МОСКВА, 12 мая — РИА Новости. Цены выросли.", "ria"),
        ("МОСКВА, 13 мар - РИА Новости. Цены выросли.", "ria"),
        // A review's: Portuguese and Brazilian bylines, a Dutch and a Polish close.
        ("Por Lusa\n\nOs preços subiram.", "lusa"),
        ("Os preços subiram.\n\nDN/Lusa", "lusa"),
        ("Os preços subiram.\n\nLusa/Fim", "lusa"),
        (
            "Mariana Tokarski - Repórter da Agência Brasil\n\nOs preços subiram.",
            "agenciabrasil",
        ),
        ("De prijzen stegen donderdag fors. (ANP)", "anp"),
        (
            "Ceny wzrosły.\n\nAutor: Katarzyna Wójcik (PAP)\n\nkwo/ mhr/",
            "pap",
        ),
        ("Цены выросли, сообщает агентство Reuters.", "reuters"),
        ("Об этом сообщила газета «Коммерсантъ».", "коммерсантъ"),
        (
            "По данным газеты «Коммерсантъ», министр ушел.",
            "коммерсантъ",
        ),
        ("Как пишет «Коммерсантъ», министр ушел.", "коммерсантъ"),
        ("По сведениям «Коммерсанта», министр ушел.", "коммерсантъ"),
        ("По данным «Ведомостей», министр ушел.", "ведомости"),
        ("По данным РБК, министр ушел.", "рбк"),
        // Names in quotation marks, declined, or after a fused article.
        (
            "Wie der „Münchner Merkur“ berichtet, gewann 1860.",
            "münchner-merkur",
        ),
        (
            "Der Text erschien zuerst in der Süddeutschen Zeitung.",
            "süddeutsche-zeitung",
        ),
        ("Das ist dem „Spiegel“ zufolge falsch.", "der-spiegel"),
        (
            "Les prix ont augmenté, écrivent nos confrères du Monde.",
            "le-monde",
        ),
        (
            "Il ministro si è dimesso, secondo quanto riferito dal Giorno.",
            "il-giorno",
        ),
        ("Lo si legge sul Sole 24 Ore di oggi.", "il-sole-24-ore"),
        (
            "Ha vinto, scrive la Gazzetta dello Sport.",
            "la-gazzetta-dello-sport",
        ),
        ("Source : Le Monde", "le-monde"),
        ("Fonte: Il Sole 24 Ore", "il-sole-24-ore"),
        ("Con información de El País.", "el-país"),
        (
            "El juez lo condenó, tal como ha publicado el diario Levante-EMV.",
            "levante-emv",
        ),
        ("Los precios subieron, informa la Agencia EFE.", "efe"),
        (
            "Цены выросли, говорится в материале «Коммерсанта».",
            "коммерсантъ",
        ),
        ("Москва. 12 мая. INTERFAX.RU - Цены выросли.", "interfax"),
        ("Он сообщил «Интерфаксу», что цены выросли.", "interfax"),
        ("Les prix ont augmenté. (avec AFP)", "afp"),
        ("Das erfuhr Reuters aus Unternehmenskreisen.", "reuters"),
    ] {
        if outlets(text) != [outlet] {
            wrong.push(format!("{text}: {:?}", outlets(text)));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Names with no reporting phrase, news about an outlet, and longer names are no
    // credits.
    for text in [
        "Die dpa hat einen neuen Chef.",
        "L'AFP emploie 2 400 personnes.",
        "Reuters annonce des suppressions de postes.",
        "ТАСС открыл новое бюро.",
        "Коммерсанты из Москвы приехали.",
        "According to Lusa Holdings, the plant closed.",
        // A Finnish case ending with no "mukaan", or none at all.
        "Reutersin toimittaja kuoli Ukrainassa.",
        "Reutersiin otettiin yhteyttä.",
    ] {
        assert!(outlets(text).is_empty(), "{text}: {:?}", outlets(text));
    }
    assert_eq!(slug_for_source("ТАСС"), "tass");
    assert_eq!(slug_for_source("Lusa"), "lusa");
}

/// A press review crediting thousands of outlets in one run-on line: each credit's
/// sentence is looked for near its phrase only, so the credits hold a bounded piece of the
/// text each, not all of it (8,000 such credits in 334 KB took 2.65 GB).
#[test]
fn credits_in_a_text_without_sentence_ends_hold_bounded_evidence() {
    let names: Vec<String> = (0..2_000).map(|i| format!("Kx{i:04}q Tribune")).collect();
    let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
    let text = names
        .iter()
        .map(|n| format!("according to {n} the index rose"))
        .collect::<Vec<_>>()
        .join(", ");
    let credits = find_credits(&text, &[], &corpus);
    assert!(credits.len() > 1_000, "{}", credits.len());
    for c in &credits {
        assert!(
            c.evidence.len() <= 2 * SENTENCE_REACH + 64,
            "{}",
            c.evidence.len()
        );
        assert!(text.contains(c.evidence.as_str()));
    }
}

/// Interviews given to the outlet, not sources named.
#[test]
fn interview_credits_are_told_to_the_outlet() {
    let corpus = CorpusOutlets::from_sources(["The National", "الشروق", "Press TV"]);
    let interview = |text: &str| {
        let credits = find_credits(text, &[], &corpus);
        assert!(!credits.is_empty(), "{text}");
        credits.iter().any(|c| interview_credit(c, text))
    };
    for text in [
        "Importers in Dubai told The National that shipments wait a week.",
        "Speaking to Press TV, the company's representative said calls had doubled.",
        "In an interview with Reuters, the minister said talks would resume.",
        "\"It is hard,\" he told the Associated Press.",
        "قال عدد من أصحاب المخابز في القاهرة والجيزة لـ«الشروق» إن الوزن صعب.",
        "وقال مسؤول كبير لرويترز إن المحادثات توقفت.",
    ] {
        assert!(interview(text), "{text}");
    }
    for text in [
        "THE HAGUE (Reuters) - The court said its systems were hacked.",
        "The court was hacked, according to The National.",
        "The court was hacked, Reuters reported on Tuesday.",
        "© 2023 The National",
        "وفقا لرويترز، ارتفعت الأسعار.",
        "بحسب ما نقلت الشروق عن مسؤولين، ارتفعت الأسعار.",
    ] {
        assert!(!interview(text), "{text}");
    }
}

#[test]
fn papers_names_in_capitals_are_credits() {
    let corpus = CorpusOutlets::from_sources(["The Punch", "Daily Post", "Público"]);
    for (text, source) in [
        (
            "\"It is a trade corridor,\" she told The PUNCH.",
            "The Punch",
        ),
        ("A dealer told THE PUNCH that prices doubled.", "The Punch"),
        (
            "Speaking to DAILY POST, the official said the road was shut.",
            "Daily Post",
        ),
        (
            "“Os preços estão a estabilizar”, afirmou ao PÚBLICO o economista.",
            "Público",
        ),
    ] {
        let credits = find_credits(text, &[], &corpus);
        assert!(
            credits.iter().any(|c| c.outlet == slug_for_source(source)),
            "{text}: {credits:?}"
        );
        assert!(
            source == "Público" || credits.iter().any(|c| interview_credit(c, text)),
            "{text}"
        );
    }
    // The name without its article stands alone only in its own case, and "a" is no
    // "the"; a one-word name in capitals is an acronym or a party's unless an article
    // stands before it.
    let corpus = CorpusOutlets::from_sources([
        "The Punch",
        "The Hindu",
        "Vox",
        "Metro",
        "Καθημερινή",
        "Yeni Şafak",
        "Коммерсантъ",
        "Hürriyet",
        "Sabah",
        "Sözcü",
    ]);
    for (text, source) in [
        ("He threw a PUNCH, the police said.", "The Punch"),
        ("A one-two punch of rate rises, the bank said.", "The Punch"),
        ("According to a Hindu priest, the rite is old.", "The Hindu"),
        ("According to a HINDU priest, the rite is old.", "The Hindu"),
        (
            "El portavoz Iván Espinosa de los Monteros (VOX): «No apoyaremos»",
            "Vox",
        ),
        ("Rocío Monasterio (VOX) - la portavoz dijo que no.", "Vox"),
        ("Santiago Abascal told VOX supporters on Sunday.", "Vox"),
        ("According to VOX's leader, the pact is dead.", "Vox"),
        ("Ankara'da METRO'nun yeni hattı açıldı, dedi.", "Metro"),
        (
            "Houston's transit agency (METRO) - riders face delays.",
            "Metro",
        ),
    ] {
        let credits = find_credits(text, &[], &corpus);
        assert!(
            credits.iter().all(|c| c.outlet != slug_for_source(source)),
            "{text}: {credits:?}"
        );
    }
    for (text, source) in [
        ("According to the Hindu, the rite is old.", "The Hindu"),
        ("По данным Коммерсанта, сделка закрыта.", "Коммерсантъ"),
        (
            "Yeni Şafak'ın haberine göre, anlaşma imzalandı.",
            "Yeni Şafak",
        ),
        ("По данным КОММЕРСАНТА, сделка закрыта.", "Коммерсантъ"),
        (
            "YENİ ŞAFAK'ın haberine göre, anlaşma imzalandı.",
            "Yeni Şafak",
        ),
        // A one-word name in capitals, its Turkish suffix standing for an article.
        ("HÜRRİYET'in haberine göre, anlaşma imzalandı.", "Hürriyet"),
        ("SABAH'a konuşan bakan, anlaşmayı doğruladı.", "Sabah"),
        (
            "SÖZCÜ'ye konuşan esnaf, fiyatların arttığını söyledi.",
            "Sözcü",
        ),
    ] {
        let credits = find_credits(text, &[], &corpus);
        assert!(
            credits.iter().any(|c| c.outlet == slug_for_source(source)),
            "{text}: {credits:?}"
        );
    }
    let forms = |n: &str| -> Vec<String> { name_forms(n).into_iter().map(|f| f.0).collect() };
    assert!(forms("Καθημερινή").contains(&"ΚΑΘΗΜΕΡΙΝΗ".to_string()));
    assert!(forms("Yeni Şafak").contains(&"YENİ ŞAFAK".to_string()));
}

#[test]
fn a_credits_span_is_its_evidence() {
    for sep in [". ", "! ", "? ", ".  ", ".\u{a0}", ".\n", ". \t"] {
        let text = format!(
            "Officials met on Monday{sep}Reuters reported that the council approved the budget. "
        );
        let c = find_credits(&text, &[], &CorpusOutlets::default());
        let (s, e) = c[0].span.unwrap();
        assert_eq!(&text[s..e], c[0].evidence, "{sep:?}");
    }
    for text in [
        "وصل الوفد؟ وقالت رويترز إن المحادثات انتهت. ",
        "وفد پہنچ گیا۔ رائٹرز کے مطابق مذاکرات ختم ہو گئے۔ ",
    ] {
        let c = find_credits(text, &[], &CorpusOutlets::default());
        let (s, e) = c[0].span.unwrap();
        assert_eq!(&text[s..e], c[0].evidence, "{text}");
    }
}

#[test]
fn reporting_phrases() {
    let t = "The computer system of the court was the victim of a cyberattack, Reuters reported on Sept. 19. Staff saw it.";
    let c = find_credits(t, &[], &CorpusOutlets::default());
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].outlet, "reuters");
    assert_eq!(c[0].evidence, "The computer system of the court was the victim of a cyberattack, Reuters reported on Sept. 19.");
    assert_eq!(
        outlets("It was hacked, according to the Associated Press.")[0].0,
        "ap"
    );
    assert_eq!(outlets("THE HAGUE (AP) — The court said")[0].0, "ap");
    assert_eq!(outlets("LONDON (Reuters) - Shares fell")[0].0, "reuters");
    assert_eq!(
        outlets("The story was first reported by Bloomberg News.")[0].0,
        "bloomberg"
    );
    assert_eq!(outlets("He told AFP on Monday.")[0].0, "afp");
    // The interview forms, as a paper writes of its own and a rewrite of an agency's.
    for t in [
        "Speaking to Reuters, the minister said talks would resume.",
        "Talking to Reuters on Monday, he said so.",
        "In an interview with Reuters, the minister said talks would resume.",
    ] {
        assert_eq!(
            outlets(t).first().map(|o| o.0.as_str()),
            Some("reuters"),
            "{t}"
        );
    }
    assert_eq!(
        outlets("It rose, according to the AFP News Agency.")[0].0,
        "afp"
    );
}

#[test]
fn beyond_the_cap_the_outlets_with_most_articles_are_kept() {
    let sources = [
        "Gamma Post",
        "Alpha Daily",
        "Beta News",
        "Beta News",
        "Gamma Post",
    ];
    let corpus = CorpusOutlets::at_most(2, sources);
    let kept: Vec<&str> = corpus.names.iter().map(|n| n.form.as_str()).collect();
    assert_eq!(kept, ["BETA NEWS", "Beta News", "GAMMA POST", "Gamma Post"]);
    let all = CorpusOutlets::at_most(3, sources);
    assert_eq!(all.names.len(), 6);
}

#[test]
fn credits_naming_an_outlet_of_the_corpus() {
    let corpus = CorpusOutlets::from_sources([
        "The Northern Times",
        "NewsPulse",
        "Briefly",
        "Reuters",
        "www.example.com",
        "the lower-case gazette",
        "NewsPulse",
    ]);
    let found = |t: &str| -> Vec<(String, String)> {
        find_credits(t, &[], &corpus)
            .into_iter()
            .map(|c| {
                (
                    c.outlet,
                    t[c.phrase.unwrap().0..c.phrase.unwrap().1].to_string(),
                )
            })
            .collect()
    };
    let t = "Fares rose, according to a report by The Northern Times. More later.";
    assert_eq!(
        found(t),
        [(
            "the-northern-times".to_string(),
            "report by The Northern Times".to_string()
        )]
    );
    assert_eq!(
        find_credits(t, &[], &corpus)[0].evidence,
        "Fares rose, according to a report by The Northern Times."
    );
    assert_eq!(
        found("The mayor resigned, NewsPulse reported.")[0].1,
        "NewsPulse reported"
    );
    assert_eq!(
        found("KELBROOK (NewsPulse) - The mayor resigned.")[0].1,
        "(NewsPulse) -"
    );
    // Known outlets keep their own slug and phrase, once.
    assert_eq!(
        found("It burned, Reuters reported."),
        [("reuters".into(), "Reuters reported".into())]
    );
    // A plain word is a name only where a phrase introduces it.
    assert!(found("Briefly reported cases rose.").is_empty());
    assert_eq!(
        found("The cases rose, according to Briefly.")[0].0,
        "briefly"
    );
    // Whole words only, case as written; hosts and lower-case names are no names.
    assert!(found("The NewsPulsers reported nothing. The northern times reported.").is_empty());
    assert!(found("according to www.example.com, it rose").is_empty());
    assert!(found("according to the lower-case gazette, it rose").is_empty());
    // Phrases start at a word: "exciting" is not "citing", "Olivia" not "via".
    let corpus2 =
        CorpusOutlets::from_sources(["Times", "Daily Star", "The Times", "Apple", "York Times"]);
    let found2 = |t: &str| -> Vec<String> {
        find_credits(t, &[], &corpus2)
            .into_iter()
            .map(|c| c.outlet)
            .collect()
    };
    assert!(found2("Exciting Times ahead for the school board.").is_empty());
    assert!(found2("Actress Olivia Daily Star of the show").is_empty());
    assert_eq!(found2("It rose, according to Daily Star."), ["daily-star"]);
    // A name that is the start or the end of a longer one is not that outlet.
    assert!(found2("It rose, according to The Times of India.").is_empty());
    assert!(found2("It rose, citing Apple Daily.").is_empty());
    assert!(found2("It rose, according to Apple-Daily.").is_empty());
    assert!(found2("The Sunday Times reported it.").is_empty());
    assert_eq!(found2("It rose, The Times reported."), ["the-times"]);
    assert_eq!(found2("It rose, according to The Times."), ["the-times"]);
    // A possessive is the outlet's, unless a name goes on after it (the curly apostrophe
    // is three bytes).
    assert_eq!(
        found2("It rose, according to The Times\u{2019}s report."),
        ["the-times"]
    );
    assert_eq!(
        found2("It rose, according to The Times's report."),
        ["the-times"]
    );
    assert!(found2("It rose, according to Apple\u{2019}s Daily.").is_empty());
    assert_eq!(
        found2("It rose, according to The Times\u{2019}"),
        ["the-times"]
    );
    // Text after the name keeps its place in the original text (the name and the
    // placeholder differ in length).
    let t = "Noise. \u{201c}Quoted\u{201d} NewsPulse reported \u{e9}t\u{e9}.";
    let c = find_credits(t, &[], &corpus);
    assert_eq!(
        &t[c[0].phrase.unwrap().0..c[0].phrase.unwrap().1],
        "NewsPulse reported"
    );
}

proptest::proptest! {
    /// Credits from any names and any text: no panic, and every phrase and sentence span
    /// lies in the text on character boundaries, its phrase naming the outlet it credits
    /// (texts built from names, phrase words, non-ASCII letters and punctuation).
    #[test]
    fn corpus_credits_never_panic_and_point_into_the_text(
        names in proptest::collection::vec("(The )?[A-Z\u{c9}][a-z\u{e9}]{0,6}( [A-Z][a-z]{0,5})?", 1..5),
        parts in proptest::collection::vec(0usize..12, 0..40),
    ) {
        let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
        let pieces = ["according to ", " reported", "(", ") - ", ". ", ", ", "\u{201c}", "\u{e9}t\u{e9} ", "\n", " of ", "-", "\u{2019}s "];
        let mut text = String::new();
        for (k, &p) in parts.iter().enumerate() {
            text.push_str(pieces[p]);
            if k % 3 == 0 {
                text.push_str(&names[k % names.len()]);
            }
        }
        for c in find_credits(&text, &[], &corpus) {
            let (s, e) = c.phrase.unwrap();
            proptest::prop_assert!(s < e && e <= text.len(), "{text:?}");
            proptest::prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            let (ss, se) = c.span.unwrap();
            proptest::prop_assert!(ss <= s && e <= se && se <= text.len(), "{text:?}");
            let named = names.iter().any(|n| {
                text[s..e].contains(n.as_str()) && slug_for_source(n) == c.outlet
            });
            proptest::prop_assert!(named, "{:?} credits {} in {text:?}", &text[s..e], c.outlet);
        }
    }
}

proptest::proptest! {
    /// The one scan finds what the two searches it replaced found: a regex alternation of
    /// the known names between ASCII word boundaries, and a leftmost-longest search for the
    /// corpus's forms (names that extend each other, share words with known names, sit
    /// inside longer words or after underscores and digits, beside multi-byte letters).
    #[test]
    fn one_scan_finds_the_names_two_searches_found(
        names in proptest::collection::vec("(The |Der )?(Reuters|AP|Bloomberg|[A-Z][a-z]{0,4})( News| [A-Z][a-z]{0,3})?", 0..5),
        parts in proptest::collection::vec(0usize..14, 0..40),
    ) {
        let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
        let pieces = ["Reuters", "Reuters Breakingviews", "AP", "APtly", "_AP", "Bloomberg", "Bloomberg News", " ", "x", "9", "\u{ab}", "The ", "News", ". "];
        let mut text = String::new();
        for (k, &p) in parts.iter().enumerate() {
            text.push_str(pieces[p]);
            if k % 4 == 1 && !names.is_empty() {
                text.push_str(&names[k % names.len()]);
            }
        }
        let alt = outlet_alternation();
        let known = Regex::new(&format!(r"(?-u:\b)(?:{alt})(?-u:\b)")).unwrap();
        let want: Vec<(usize, usize)> =
            known.find_iter(&text).map(|m| (m.start(), m.end())).collect();
        let want_forms: Vec<(usize, usize, usize)> = if corpus.names.is_empty() {
            Vec::new()
        } else {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(corpus.names.iter().map(|n| &n.form))
                .unwrap()
                .find_iter(&text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect()
        };
        let (got, got_forms) = name_hits(&text, &corpus);
        // A quotation mark, as any character no word goes on with, leaves a name whole; a
        // Latin letter beyond ASCII goes on with it (see `latin_letters_continue_a_name`).
        proptest::prop_assert_eq!(got, want, "{:?}", text);
        proptest::prop_assert_eq!(got_forms, want_forms, "{:?}", text);
    }
}

fn outlets_in(text: &str, corpus: &[&str]) -> Vec<String> {
    let corpus = CorpusOutlets::from_sources(corpus.iter().copied());
    find_credits(text, &[], &corpus)
        .into_iter()
        .map(|c| c.outlet)
        .collect()
}

/// A corpus whose `source` is a host (`source_domain`, or a URL's host): texts name the
/// outlet by its host or by its label, capitalised or in capitals, and the credit takes the
/// slug of the articles' own source, so it finds them.
#[test]
fn outlets_known_by_their_host_are_credited_by_host_and_label() {
    let corpus = [
        "n-tv.de",
        "https://www.spiegel.de/",
        "www.faz.net",
        "independent.co.uk",
        "Calciomercato.com",
        "Газета.Ru",
        "www.lemonde.fr",
        "https://www.theverge.com/tech",
        "detelegraaf.nl",
        "HTTPS://WWW.NDR.DE/",
        "wien.orf.at",
        "twitter.com",
        "L'Express",
        "www.express.co.uk",
    ];
    for (text, slug) in [
        (
            "Die Zinsen sinken weiter, meldet n-tv.de am Dienstag.",
            "n-tv",
        ),
        ("Laut Spiegel plant die Regierung neue Steuern.", "spiegel"),
        ("Laut SPIEGEL plant die Regierung neue Steuern.", "spiegel"),
        ("Die Erwartungen stiegen deutlich. Quelle: FAZ.NET", "faz"),
        (
            "Die FAZ berichtet, die Erwartungen stiegen deutlich.",
            "faz",
        ),
        (
            "According to the Independent, the talks failed.",
            "independent",
        ),
        (
            "Secondo Calciomercato.com il giocatore resta.",
            "calciomercato",
        ),
        ("Как сообщает Газета.Ru, цены выросли.", "газета"),
        ("Selon Le Monde, la réforme est retirée.", "lemonde"),
        ("La réforme est retirée, rapporte le Monde.", "lemonde"),
        ("The Verge reported that the phone was delayed.", "theverge"),
        (
            "The plan is off the table, according to De Telegraaf.",
            "detelegraaf",
        ),
        // A host followed by its reporting verb.
        ("n-tv.de meldet, die Zinsen sinken weiter.", "n-tv"),
        // A host in capitals, "WWW." included, has the slug of its own articles.
        ("Die Zinsen sinken weiter, meldet der NDR.", "ndr"),
        // A subdomain is no outlet's label: wien.orf.at is the ORF's.
        ("Die Zinsen sinken weiter, meldet der ORF.", "orf"),
        // An outlet's own name wins over a form guessed from another's host.
        ("Le plan est retiré, selon l'Express.", "l-express"),
        // After an article, a host's label takes the verbs after it.
        (
            "Dem Spiegel zufolge plant die Regierung neue Steuern.",
            "spiegel",
        ),
        (
            "The Independent reported that the talks failed.",
            "independent",
        ),
    ] {
        assert_eq!(outlets_in(text, &corpus), [slug], "{text}");
        let source = corpus.iter().find(|s| slug_for_source(s) == slug);
        assert!(source.is_some(), "{slug}: no source of the corpus has it");
    }
    for text in [
        "According to independent experts, the talks failed.",
        "Die Seite n-tv.de/politik war nicht erreichbar.",
        "Spiegel sagte nichts dazu.",
        "Im Spiegel sah er nur sich selbst, meldete er.",
        "Die Partei hat Vorbehalte gegenüber Wien.",
        "The minister announced it via Twitter on Monday.",
    ] {
        assert!(outlets_in(text, &corpus).is_empty(), "{text}");
    }
}

/// Brands that their hosts spell without capitals, accents, spaces or dashes, and the
/// names around them that are no such brand.
#[test]
fn outlets_known_by_their_host_are_credited_by_brand() {
    let corpus = [
        "www.sueddeutsche.de",
        "www.merkur.de",
        "www.faz.net",
        "www.spiegel.de",
        "www.welt.de",
        "www.bild.de",
        "elpais.com",
        "www.lequipe.fr",
        "www.farodevigo.es",
        "www.levante-emv.com",
        "www.ilsole24ore.com",
        "www.ecodibergamo.it",
        "oglobo.globo.com",
        "www.publico.pt",
        "www.bbc.co.uk",
        "time.com",
        "www.marginnotes.substack.com",
        "www.newspulse.io",
        "www.mirror.co.uk",
        "www.eldiario.es",
        "www.diariodesevilla.es",
        "www.stern.de",
        "paulkrugman.substack.com",
        "n-tv.de",
    ];
    for (text, slug) in [
        (
            "Der Text erschien zuerst in der Süddeutschen Zeitung.",
            "sueddeutsche",
        ),
        (
            "Der Plan ist gescheitert, wie die Süddeutsche Zeitung berichtet.",
            "sueddeutsche",
        ),
        (
            "Wie der „Münchner Merkur“ berichtet, fällt das Fest aus.",
            "merkur",
        ),
        (
            "Das Fest fällt aus, berichtet die „Frankfurter Allgemeine Zeitung“.",
            "faz",
        ),
        (
            "Laut Spiegel Online plant die Regierung neue Steuern.",
            "spiegel",
        ),
        ("El plan fracasó, según El País.", "elpais"),
        ("Le transfert est bouclé, selon L'Équipe.", "lequipe"),
        ("El puerto cierra, publica el Faro de Vigo.", "farodevigo"),
        (
            "El puerto cierra, tal como ha publicado el diario Levante-EMV.",
            "levante-emv",
        ),
        ("I tassi salgono, si legge sul Sole 24 Ore.", "ilsole24ore"),
        ("I tassi salgono. Fonte: Il Sole 24 Ore", "ilsole24ore"),
        (
            "Il sindaco si dimette, secondo quanto riporta L'Eco di Bergamo.",
            "ecodibergamo",
        ),
        ("O plano falhou, de acordo com o jornal O Globo.", "globo"),
        ("O plano falhou, avança o Público.", "publico"),
        // A brand with a capital inside it takes the verbs after it.
        ("The vote failed, NewsPulse reported.", "newspulse"),
        ("Le transfert est bouclé, selon l'Équipe.", "lequipe"),
        (
            "Das bestätigte ein Sprecher laut der Süddeutschen.",
            "sueddeutsche",
        ),
        (
            "Laut Süddeutscher Zeitung steigen die Preise.",
            "sueddeutsche",
        ),
        ("Die Preise steigen, berichtet SPIEGEL ONLINE.", "spiegel"),
        ("The row deepened, according to the Daily Mirror.", "mirror"),
        // The brand, not a shorter name inside it (eldiario.es).
        (
            "El puerto cierra, publica el Diario de Sevilla.",
            "diariodesevilla",
        ),
    ] {
        assert_eq!(outlets_in(text, &corpus), [slug], "{text}");
    }
    for text in [
        // A compound, a longer name, a word that starts with the label.
        "Laut Welt-Gesundheitsorganisation steigen die Fälle.",
        "The deal collapsed, according to Time Warner executives.",
        "Laut Bildungsministerin Schmidt steigen die Kosten.",
        // Initials other than a German paper's are shared by outlets of many countries.
        "The plan failed, according to Frank Anthony Zimmer.",
        "The talks failed, according to the Bangladesh Broadcasting Corporation.",
        // A first name or a title before a label: a person.
        "The vote failed, according to Peter Spiegel.",
        "Peter Spiegel wrote that the vote failed.",
        "Laut Trainer Stern fehlt der Mannschaft die Kraft.",
        // A site on a hosting platform is as often named after its writer, so none is read
        // by a brand (nor "according to Margin Notes" for marginnotes.substack.com).
        "The economy is slowing, according to Paul Krugman.",
        "The vote failed, according to Margin Notes.",
        // A key made by dropping dashes names no single word.
        "The plan failed, NTV reported.",
        // A label that opens with an article ("il") is read without it only after one.
        "Sole 24 Ore scrive che i tassi salgono.",
        // A brand of one word at a sentence's start is an ordinary word there.
        "Público informou que o plano falhou.",
    ] {
        assert!(outlets_in(text, &corpus).is_empty(), "{text}");
    }
}

/// Known names joined by hyphens: looking for "news agency" after each read the rest of the
/// run without spaces, quadratic (a 1.2 MB article took 183 s). Counted in steps, not
/// timed: the look after a name is bounded.
#[test]
fn a_name_repeated_without_spaces_is_read_once_each() {
    let text = "AP-".repeat(50_000);
    assert!(!news_agency_follows(&text, 2));
    assert!(news_agency_follows("Xinhua News  Agency, said", 6));
    assert!(news_agency_follows("Anadolu news agency.", 7));
    assert!(!news_agency_follows("Anadolu newsagency", 7));
    assert!(!news_agency_follows("Anadolu news agencyx", 7));
    assert!(!news_agency_follows("Anadolu news", 7));
    assert_eq!(outlets_in(&text, &[]), Vec::<String>::new());
}

/// A capitalised article opening the sentence before a corpus outlet's name is no part of
/// a longer name (found in review).
#[test]
fn an_article_opening_the_sentence_keeps_the_credit() {
    let corpus = [
        "Süddeutsche Zeitung",
        "Der Spiegel",
        "Corriere della Sera",
        "la Repubblica",
        "Folha de S.Paulo",
    ];
    for (text, slug) in [
        (
            "Die Süddeutsche Zeitung berichtet, die Regierung plane neue Steuern.",
            "süddeutsche-zeitung",
        ),
        (
            "Dem Spiegel zufolge plant die Regierung neue Steuern.",
            "der-spiegel",
        ),
        (
            "Il Corriere della Sera scrive che il ministro si dimetterà.",
            "corriere-della-sera",
        ),
        (
            "La Repubblica scrive che il ministro si dimetterà.",
            "la-repubblica",
        ),
        (
            "A Folha de S.Paulo noticiou que o ministro vai se demitir.",
            "folha-de-s-paulo",
        ),
    ] {
        assert_eq!(outlets_in(text, &corpus), [slug], "{text}");
    }
    // A paper named "Spiegel" beside "Der Spiegel": after an article, "Spiegel zufolge" is
    // a credit still.
    assert_eq!(
        outlets_in(
            "Dem Spiegel zufolge plant man.",
            &["Spiegel", "Der Spiegel"]
        )
        .len(),
        1
    );
    assert!(outlets_in("Spiegel zufolge plant man.", &["Spiegel"]).is_empty());
    // A capitalised word that is no article still starts a longer name.
    assert!(outlets_in("Nova Repubblica scrive che piove.", &corpus).is_empty());
}

/// Words that credit only sometimes: Italian "per" is "for", "segundo" after an article is
/// "second" (found in review).
#[test]
fn working_for_an_outlet_or_its_rank_is_no_credit() {
    let corpus = ["la Repubblica", "Corriere della Sera"];
    for text in [
        "Ha lavorato per la Repubblica per dieci anni.",
        "Un fotografo che lavora per l'Ansa è stato ferito.",
        "Scrive da anni per il Corriere della Sera.",
        "El segundo AP de la lista fue eliminado.",
        "Il fotografo, che lavora per Reuters da dieci anni, è stato ferito.",
        "La fotògrafa treballa per Reuters des de fa anys i és a Kíiv.",
    ] {
        assert!(outlets_in(text, &corpus).is_empty(), "{text}");
    }
    assert_eq!(outlets_in("The dam broke, per Reuters.", &[]), ["reuters"]);
    assert_eq!(outlets_in("Dam breaks per Reuters", &[]), ["reuters"]);
    assert_eq!(
        outlets_in(
            "The Italian photographer Mario Rossi, il fotografo della città, was hurt, per Reuters.",
            &[]
        ),
        ["reuters"]
    );
    assert_eq!(
        outlets_in("The dam broke, per the Associated Press.", &[]),
        ["ap"]
    );
    assert_eq!(
        outlets_in("A barragem rompeu, segundo a Lusa.", &[]),
        ["lusa"]
    );
}

/// Verbs opening with a letter outside ASCII ("l'écrit") and "publicada por" (found in
/// review).
#[test]
fn french_l_ecrit_and_spanish_publicada_por_credit() {
    assert_eq!(
        outlets_in("Comme l'écrit l'AFP, le bilan s'alourdit.", &[]),
        ["afp"]
    );
    assert_eq!(
        outlets_in(
            "Comme l'écrit Le Monde, le ministre partira.",
            &["Le Monde"]
        ),
        ["le-monde"]
    );
    assert_eq!(
        outlets_in(
            "La noticia fue publicada por El País el lunes.",
            &["El País"]
        ),
        ["el-país"]
    );
}

/// Names nested in each other, in a text repeating them: dozens of overlapping matches at
/// every position, of which the leftmost-longest ones are kept as a leftmost-longest search
/// finds them.
#[test]
fn nested_names_in_a_repeating_text() {
    let names: Vec<String> = (1..=20).map(|k| "Ab".repeat(k)).collect();
    let corpus = CorpusOutlets::from_sources(names.iter().map(String::as_str));
    let text = format!("{} reported.", "Ab".repeat(5_001));
    let want: Vec<(usize, usize, usize)> = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(corpus.names.iter().map(|n| &n.form))
        .unwrap()
        .find_iter(&text)
        .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
        .collect();
    let (_, got) = name_hits(&text, &corpus);
    assert_eq!(got.len(), 251);
    assert_eq!(got, want);
}

/// A credit inside a passage merged across a gap is not in the other text for that.
#[test]
fn a_credit_is_in_the_other_text_only_as_written() {
    let corpus = CorpusOutlets::default();
    let child = "Le trafic sera réduit jeudi, a rapporté l'Agence France-Presse. Orly fermera.";
    let c = &find_credits(child, &[], &corpus)[0];
    assert!(!phrase_in(
        c,
        child,
        "Le trafic sera réduit jeudi. Orly fermera."
    ));
    assert!(phrase_in(
        c,
        child,
        "Le trafic sera réduit jeudi, a  RAPPORTÉ\nl'Agence France-Presse. Orly fermera."
    ));
}

#[test]
fn no_false_credit() {
    assert!(outlets("The AP exam was hard. Reuters is a company.").is_empty());
    assert!(outlets("a map reported nothing").is_empty());
}

#[test]
fn a_domain_named_like_an_agency_is_not_the_agency() {
    assert_eq!(
        slug_for_url("https://www.app.com/story/1").as_deref(),
        Some("asburyparkpress")
    );
    assert_eq!(
        slug_for_url("https://www.app.com.pk/national/x").as_deref(),
        Some("app")
    );
    assert!(!is_wire(&slug_for_source("app.com")));
}

#[test]
fn urls() {
    let refs = vec![
        "https://apnews.com/article/x".to_string(),
        "https://abcnews.go.com/Technology/wireStory/y-1".to_string(),
        "https://techcrunch.com/2023/09/19/z/".to_string(),
        "https://www.bbc.co.uk/news/a".to_string(),
    ];
    let c = find_credits("", &refs, &CorpusOutlets::default());
    let slugs: Vec<_> = c.iter().map(|c| c.outlet.as_str()).collect();
    assert_eq!(slugs, ["ap", "techcrunch", "bbc"]);
    assert!(primary_credit(&c).is_none());
    let one = find_credits(
        "See https://www.reuters.com/world/x.",
        &[],
        &CorpusOutlets::default(),
    );
    assert_eq!(primary_credit(&one).unwrap().outlet, "reuters");
}

#[test]
fn source_slugs() {
    assert_eq!(slug_for_source("Reuters"), "reuters");
    assert_eq!(slug_for_source("associated press"), "ap");
    assert_eq!(slug_for_source("www.apnews.com"), "ap");
    assert_eq!(slug_for_source("Daily Jang"), "daily-jang");
    // An agency's site naming it with its short name in brackets; a portal's copy of an
    // agency's story so named is the portal's.
    assert_eq!(slug_for_source("Emirates News Agency (WAM)"), "wam");
    assert_eq!(slug_for_source("Kuwait News Agency (KUNA)"), "kuna");
    assert_eq!(slug_for_source("وكالة أنباء الإمارات (وام)"), "wam");
    assert_eq!(slug_for_source("Yahoo News (AP)"), "yahoo-news-ap");
    assert_eq!(slug_for_source("VietnamPlus"), "vna");
    // Agencies' sites under another name than theirs, and a site under a country's
    // two-part suffix with a label before it.
    assert_eq!(slug_for_source("english.kyodonews.net"), "kyodo");
    assert_eq!(slug_for_source("en.yna.co.kr"), "yonhap");
    assert_eq!(slug_for_source("english.news.cn"), "xinhua");
    assert_eq!(slug_for_source("agenciabrasil.ebc.com.br"), "agenciabrasil");
    assert_eq!(slug_for_source("www.aa.com.tr"), "anadolu");
    // A host in punycode is the host it spells.
    assert_eq!(
        slug_for_source("xn--d1abbgf6aiiy.xn--p1ai"),
        slug_for_source("президент.рф")
    );
    assert_eq!(slug_for_source("xn--d1abbgf6aiiy.xn--p1ai"), "президент");
    // An article's own outlet: by its host when its source names no agency.
    let own = |s: Option<&str>, u: Option<&str>| slug_of_article(s, u);
    assert_eq!(
        own(
            Some("Agência Brasil - EBC"),
            Some("https://agenciabrasil.ebc.com.br/x")
        ),
        "agenciabrasil"
    );
    assert_eq!(
        own(Some("Gulf Today"), Some("https://www.gulftoday.ae/x")),
        "gulf-today"
    );
    assert_eq!(
        own(Some("Reuters"), Some("https://www.yahoo.com/x")),
        "reuters"
    );
    assert_eq!(own(None, Some("https://wam.ae/en/article/x")), "wam");
    assert_eq!(own(None, None), "");
    // Outlets named in other scripts keep their names apart.
    assert_eq!(slug_for_source("人民日报"), "人民日报");
    assert_ne!(slug_for_source("人民日报"), slug_for_source("光明日报"));
    // Agencies known by name keep their one slug in every script.
    assert_eq!(slug_for_source("新华社"), "xinhua");
    assert_eq!(slug_for_source("共同通信"), "kyodo");
    assert_eq!(slug_for_source("روزنامہ جنگ"), "روزنامہ-جنگ");
    assert_eq!(slug_for_source("ΑΠΕ-ΜΠΕ"), "ana-mpa");
    assert_eq!(slug_for_source("Καθημερινή"), "καθημερινή");
    assert_eq!(slug_for_source("สำนักข่าวไทย"), "สำนักข่าวไทย");
    assert_eq!(slug_for_source("ＮＨＫ"), slug_for_source("NHK"));
    assert_eq!(slug_for_source("ＲＥＵＴＥＲＳ"), "reuters");
    assert_eq!(slug_for_source("ｶﾌﾞﾀﾝ"), slug_for_source("カブタン"));
    assert_eq!(
        slug_for_source("Su\u{308}ddeutsche"),
        slug_for_source("Süddeutsche")
    );
    assert_eq!(slug_for_source("—"), "");
    assert_eq!(slugify("—"), "unknown");
    // A site on a hosting platform is its own outlet; the platform's own site is the
    // platform.
    assert_eq!(
        slug_for_source("www.marginnotes.substack.com"),
        "marginnotes"
    );
    assert_eq!(slug_for_source("groundtruth.wordpress.com"), "groundtruth");
    assert_eq!(slug_for_source("example.blogspot.co.uk"), "example");
    assert_ne!(
        slug_for_source("groundtruth.wordpress.com"),
        slug_for_source("plainreading.wordpress.com")
    );
    assert_eq!(slug_for_source("wordpress.com"), "wordpress");
    assert_eq!(slug_for_source("www.substack.com"), "substack");
    assert_eq!(slug_for_source("example.blogspot.com.br"), "example");
    assert_eq!(slug_for_source("m.tumblr.com"), "tumblr");
    // Off the platforms' suffixes, hosts are read as any other.
    assert_eq!(slug_for_source("docs.github.com"), "github");
    assert_eq!(slug_for_source("make.wordpress.org"), "wordpress");
}
