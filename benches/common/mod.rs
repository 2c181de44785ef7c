//! Shared fixtures for the criterion benches: a deterministic generated corpus (through
//! `wiretrace::generate`, the same generator as `wiretrace generate`) and deterministic
//! non-ASCII texts. Each bench uses only part of this module.
#![allow(dead_code)]

use serde_json::Value;
use std::collections::HashMap;
use wiretrace::generate::{generate, GenerateOptions};
use wiretrace::text::shingle::for_each_shingle;
use wiretrace::text::{tokenize, Token};

/// One generated article with its ground truth.
pub struct GenArticle {
    pub id: String,
    pub text: String,
    /// The outlet's name (`source`), when the generator gave one.
    pub source: Option<String>,
    /// Its URL, when the generator gave one.
    pub url: Option<String>,
    pub parent: Option<String>,
    /// Generator label: `original`, `exact_copy`, `near_copy`, `partial_derivative`, ...
    pub label: String,
}

/// The articles of `wiretrace generate --originals N --seed S` (about 5.2 articles per
/// original, ~4.4 KB of text each), in file order.
pub fn corpus(originals: usize, seed: u64) -> Vec<GenArticle> {
    let (mut c, mut t) = (Vec::new(), Vec::new());
    generate(&GenerateOptions { originals, seed }, &mut c, &mut t).expect("generate");
    let parse = |b: &[u8]| -> Vec<Value> {
        std::str::from_utf8(b)
            .expect("utf-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("json line"))
            .collect()
    };
    let s = |v: &Value, k: &str| v[k].as_str().map(str::to_string);
    parse(&c)
        .iter()
        .zip(parse(&t))
        .map(|(a, g)| GenArticle {
            id: s(a, "id").unwrap(),
            text: s(a, "text").unwrap(),
            source: s(a, "source"),
            url: s(a, "url"),
            parent: s(&g, "parent"),
            label: s(&g, "label").unwrap(),
        })
        .collect()
}

/// Index of each article id.
pub fn by_id(arts: &[GenArticle]) -> HashMap<&str, usize> {
    arts.iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect()
}

/// First (child, parent) pair, both in the corpus, whose child carries generator label `label`.
pub fn pair_with_label(arts: &[GenArticle], label: &str) -> Option<(usize, usize)> {
    let ids = by_id(arts);
    arts.iter().enumerate().find_map(|(i, a)| {
        let p = a.parent.as_deref()?;
        (a.label == label).then_some(())?;
        ids.get(p).map(|&j| (i, j))
    })
}

/// Candidate features as the pipeline's sketch stage lists them: every word hash and every
/// word-trigram hash, sorted and distinct.
pub fn features(text: &str) -> Vec<u64> {
    let mut tokens: Vec<Token> = Vec::new();
    tokenize(text, &mut tokens);
    let mut f: Vec<u64> = tokens.iter().map(|t| t.hash).collect();
    for_each_shingle(&tokens, 3, |_, h| f.push(h));
    f.sort_unstable();
    f.dedup();
    f
}

/// Small linear congruential generator: deterministic across runs and machines.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Urdu (Arabic script) vocabulary, with the Urdu full stop "۔" as sentence end.
/// Chinese words of news copy; texts of them are written without spaces, as Chinese is.
pub const CHINESE: &[&str] = &[
    "中国",
    "人民",
    "银行",
    "发布",
    "数据",
    "显示",
    "今年",
    "前两个月",
    "贷款",
    "增加",
    "万亿元",
    "同比",
    "增长",
    "比赛",
    "球队",
    "主教练",
    "表示",
    "下半场",
    "进球",
    "领先",
    "记者",
    "报道",
    "政府",
    "会议",
    "经济",
    "市场",
    "企业",
    "投资",
    "消费",
    "价格",
    "城市",
    "交通",
    "地铁",
    "线路",
    "开通",
    "乘客",
    "天气",
    "气象台",
    "预计",
    "地区",
    "降雨",
    "法院",
    "判决",
    "被告",
    "案件",
    "审理",
    "火灾",
    "消防",
    "救援",
    "现场",
    "居民",
    "疏散",
    "医院",
    "患者",
    "专家",
    "研究",
    "技术",
    "人工智能",
    "发展",
    "国际",
    "合作",
    "旅游",
    "节日",
    "活动",
    "文化",
];

/// Thai words of news copy, written without spaces between them.
pub const THAI: &[&str] = &[
    "รัฐบาล",
    "ประเทศไทย",
    "กรุงเทพ",
    "นายกรัฐมนตรี",
    "เศรษฐกิจ",
    "การประชุม",
    "ประชาชน",
    "ฟุตบอล",
    "ทีมชาติ",
    "ผู้ฝึกสอน",
    "ชนะ",
    "ประตู",
    "ฝนตก",
    "อุตุนิยมวิทยา",
    "พายุ",
    "เตือน",
    "ศาล",
    "คำพิพากษา",
    "จำเลย",
    "ไฟไหม้",
    "ดับเพลิง",
    "โรงพยาบาล",
    "ผู้ป่วย",
    "เทคโนโลยี",
    "ปัญญาประดิษฐ์",
    "รถไฟ",
    "สถานี",
    "ผู้โดยสาร",
    "เทศกาล",
    "การท่องเที่ยว",
    "ราคา",
    "น้ำมัน",
    "ตลาด",
    "หุ้น",
    "ธนาคาร",
    "ดอกเบี้ย",
    "นักท่องเที่ยว",
    "จังหวัด",
];

pub const URDU: &[&str] = &[
    "پاکستان",
    "حکومت",
    "وزیراعظم",
    "اسلام",
    "آباد",
    "کراچی",
    "لاہور",
    "عدالت",
    "فیصلہ",
    "اجلاس",
    "رپورٹ",
    "خبر",
    "ایجنسی",
    "کے",
    "کی",
    "میں",
    "نے",
    "سے",
    "کو",
    "اور",
    "پر",
    "ہے",
    "تھا",
    "کہا",
    "گیا",
    "بتایا",
    "مطابق",
    "صدر",
    "وزیر",
    "خارجہ",
    "پولیس",
    "شہر",
    "صوبہ",
    "پنجاب",
    "سندھ",
    "بلوچستان",
    "انتخابات",
    "پارلیمنٹ",
    "معیشت",
    "بجٹ",
    "قیمت",
    "پٹرول",
    "بجلی",
    "پانی",
    "سیلاب",
    "بارش",
    "زلزلہ",
    "ہسپتال",
    "تعلیم",
    "طلبہ",
    "یونیورسٹی",
    "کرکٹ",
    "ٹیم",
    "میچ",
];

/// Accented Latin vocabulary (French, Vietnamese, Polish, Turkish words; precomposed and some
/// decomposed forms, so NFKC has work to do).
pub const ACCENTED: &[&str] = &[
    "élection",
    "gouvernement",
    "ministère",
    "déclaré",
    "député",
    "réforme",
    "économie",
    "société",
    "été",
    "où",
    "déjà",
    "très",
    "à",
    "le",
    "la",
    "les",
    "de",
    "du",
    "et",
    "qui",
    "a",
    "été",
    "Việt",
    "Nam",
    "chính",
    "phủ",
    "thủ",
    "tướng",
    "Hà",
    "Nội",
    "bão",
    "lũ",
    "Łódź",
    "Kraków",
    "rząd",
    "wybory",
    "sąd",
    "İstanbul",
    "Türkiye",
    "hükümet",
    "açıkladı",
    "seçim",
    "ekonomi",
    "cafe\u{301}",
    "nai\u{308}ve",
    "Zu\u{308}rich",
    "Ångström",
    "Øresund",
    "ﬁnancial",
    "ＡＦＰ",
];

/// A deterministic text of `words` words from `vocab`, sentences of 8 to 24 words ended by
/// `stop`.
pub fn text_from(vocab: &[&str], words: usize, stop: &str, seed: u64) -> String {
    let mut r = Lcg(seed);
    let mut s = String::with_capacity(words * 10);
    let mut left = 0;
    for i in 0..words {
        if left == 0 {
            left = 8 + r.below(17);
        } else {
            s.push(' ');
        }
        s.push_str(vocab[r.below(vocab.len())]);
        left -= 1;
        if left == 0 || i + 1 == words {
            s.push_str(stop);
        }
    }
    s
}
