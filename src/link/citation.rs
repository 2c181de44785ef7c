//! Articles that cite another input article by its address. A credit names an outlet, and an
//! outlet has many stories; a URL in a text or its references names one page, so when that page
//! is in the input the citing article took from it, not from the outlet's virtual node, and the
//! dates and shared words that decide which of an outlet's stories a credit means do not apply.

use super::attribution::url_pattern;
use xxhash_rust::xxh3::xxh3_64;

/// The key two spellings of one address share: scheme, `www.`, the host's case, a port, a
/// fragment, trailing slashes and tracking parameters (`utm_*`, `fbclid`, ...) say nothing about
/// which page it is, and a scraper's `url` field and a writer's link differ in them. So do the
/// mobile and AMP editions of a news page (`m.`, `amp.`, `/amp`, `.amp`, `?amp=1`, and Google's
/// and ampproject's AMP caches wrapping the address) and percent-escapes (`%D8%A7` or the raw
/// letter, either case of hex digits): a writer links what the phone showed. None for what is
/// no web address.
pub fn url_key(url: &str) -> Option<u64> {
    url_key_text(url, 0).map(|key| xxh3_64(key.as_bytes()))
}

fn url_key_text(url: &str, depth: u8) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")) {
        return None;
    }
    let rest = rest.split('#').next().unwrap_or("");
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(k) => rest.split_at(k),
        None => (rest, ""),
    };
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = crate::ingest::fields::unicode_host(host.trim_end_matches('.')).to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let host = ["m.", "mobile.", "amp."]
        .iter()
        .find_map(|p| host.strip_prefix(p).filter(|h| h.contains('.')))
        .unwrap_or(host);
    if host.is_empty() || !host.contains('.') {
        return None;
    }
    let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
    // An AMP cache's address holds the page's own: google.com/amp/s/HOST/PATH,
    // HOST-WITH-DASHES.cdn.ampproject.org/c/s/HOST/PATH.
    if depth == 0 {
        let inner = match host {
            "google.com" => path.strip_prefix("/amp/s/").map(|p| (p, "https://")),
            h if h.ends_with(".cdn.ampproject.org") => ["/c/s/", "/v/s/", "/i/s/", "/c/", "/v/"]
                .iter()
                .find_map(|pre| {
                    path.strip_prefix(pre).map(|p| {
                        (
                            p,
                            if pre.contains("/s/") {
                                "https://"
                            } else {
                                "http://"
                            },
                        )
                    })
                }),
            _ => None,
        };
        if let Some((inner, scheme)) = inner.filter(|(p, _)| !p.is_empty()) {
            let query = if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            };
            return url_key_text(&format!("{scheme}{inner}{query}"), 1);
        }
    }
    let path = decoded(path);
    let mut path = path.trim_end_matches('/');
    // `/amp` only around what reads as a story's path: `/tag/amp` or a dictionary's
    // `/dictionary/amp` is a page of its own, and so is `/amp/<slug>` on a site with a section
    // for amplifiers.
    if let Some(p) = path.strip_prefix("/amp/").filter(|p| p.contains('/')) {
        path = &path[path.len() - p.len() - 1..];
    }
    if let Some(p) = path.strip_suffix("/amp").filter(|p| story_path(p)) {
        path = p;
    }
    path = path.strip_suffix(".amp").unwrap_or(path);
    let mut key = String::with_capacity(url.len());
    key.push_str(host);
    match path.strip_suffix(".amp.html") {
        Some(p) => {
            key.push_str(p);
            key.push_str(".html");
        }
        None => key.push_str(path.trim_end_matches('/')),
    }
    let mut first = true;
    for param in query.split('&').map(decoded) {
        if param.is_empty() || tracking(&param) || amp(&param) {
            continue;
        }
        key.push(if first { '?' } else { '&' });
        key.push_str(&param);
        first = false;
    }
    Some(key)
}

/// A path of two segments or more, or whose last segment has a dash or a digit: a story's.
fn story_path(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    path.trim_start_matches('/').contains('/')
        || last.contains('-')
        || last.contains(|c: char| c.is_ascii_digit())
}

/// `%XX` escapes of letters, digits, `-._~` and of non-ASCII bytes decoded, so the raw and
/// escaped spellings of a path meet; the escapes of `/ ? & = # % +` and the other reserved
/// characters stay, their hex digits in capitals, as they split an address into parts. An
/// escape that decodes to no UTF-8 stays as written.
fn decoded(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('%') {
        return s.into();
    }
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                let c = h << 4 | l;
                if c >= 0x80 || c.is_ascii_alphanumeric() || b"-._~".contains(&c) {
                    out.push(c);
                } else {
                    out.push(b'%');
                    out.extend_from_slice(format!("{c:02X}").as_bytes());
                }
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(d) => d.into(),
        Err(_) => s.into(),
    }
}

/// Query parameters that ask for a page's AMP edition (`amp`, `amp=1`, `outputType=amp`).
fn amp(param: &str) -> bool {
    let (name, value) = param.split_once('=').unwrap_or((param, ""));
    name.eq_ignore_ascii_case("amp")
        || name.eq_ignore_ascii_case("_amp")
        || (name.eq_ignore_ascii_case("outputtype") && value.eq_ignore_ascii_case("amp"))
}

/// Query parameters that count a click rather than name a page.
fn tracking(param: &str) -> bool {
    let name = param.split('=').next().unwrap_or(param);
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "mc_cid"
                | "mc_eid"
                | "ocid"
                | "cmpid"
                | "smid"
                | "smtyp"
                | "taid"
                | "at_medium"
                | "at_campaign"
                | "ito"
                | "s_cid"
        )
}

/// The keys of the addresses an article cites: in its references list, then in its text, the
/// first [`MAX_CITED`] of them.
pub fn cited_keys(text: &str, references: &[String]) -> Vec<u64> {
    let in_text = memchr::memmem::find(text.as_bytes(), b"://")
        .is_some()
        .then(|| url_pattern().find_iter(text))
        .into_iter()
        .flatten()
        .map(|m| {
            let url = m.as_str();
            // A quotation mark or a full stop of another script inside the match ends the
            // address: a real one has them percent-encoded ("…/story-1。次の文").
            let end = url.find(|c: char| !c.is_ascii() && TRAILING.contains(&c));
            url[..end.unwrap_or(url.len())].trim_end_matches(TRAILING)
        });
    let mut keys: Vec<u64> = references
        .iter()
        .map(String::as_str)
        .chain(in_text)
        .filter_map(url_key)
        .take(MAX_CITED)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// What ends a sentence or a quotation after an address in prose, in the scripts news is
/// written in, rather than the address itself.
const TRAILING: &[char] = &[
    '.', ',', ';', ':', '!', '?', '”', '’', '»', '›', '」', '』', '）', '。', '、', '，', '،', '؛',
    '…',
];

/// Most addresses read per article: a page of hundreds of links is a directory, and whom it
/// cites says nothing about one source (only a page citing a single input page links by its
/// citation alone). With [`MAX_PAGES_PER_KEY`] it bounds the pairs an article's citations
/// make. The HTML reader keeps 200 links of a page's story.
pub const MAX_CITED: usize = 256;

/// Who cites whom: `(citing, cited)` for every article whose `cited` keys include another
/// article's `own` key (its `url`), sorted; and per citing article whether all it cites is one
/// input page (see [`Cites::only`]). An address more than [`MAX_PAGES_PER_KEY`] articles give
/// as their own names no one page (a landing page or a live blog's address in every entry's
/// `url`) and is passed over, so the pairs are at most that many per address cited: linear.
pub fn citations(own: &[Option<u64>], cited: &[(u32, Vec<u64>)]) -> Vec<(u32, u32, bool)> {
    let mut index: Vec<(u64, u32)> = own
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.map(|k| (k, i as u32)))
        .collect();
    index.sort_unstable();
    let mut out = Vec::new();
    for (citing, keys) in cited {
        let start = out.len();
        for &k in keys {
            let from = index.partition_point(|&(x, _)| x < k);
            let owners = index.partition_point(|&(x, _)| x <= k) - from;
            if owners > MAX_PAGES_PER_KEY {
                continue;
            }
            for &(_, page) in &index[from..from + owners] {
                if page != *citing {
                    out.push((*citing, page, false));
                }
            }
        }
        // One page, not one address: two articles under one address (a page and its update)
        // leave the citation unable to say which was read.
        let mine = &mut out[start..];
        mine.sort_unstable();
        let pages = mine.windows(2).filter(|w| w[0].1 != w[1].1).count() + 1;
        if !mine.is_empty() && pages == 1 {
            for c in mine.iter_mut() {
                c.2 = true;
            }
        }
    }
    out.sort_unstable();
    out.dedup_by_key(|c| (c.0, c.1));
    out
}

/// Most articles one address may belong to for a citation of it to count (see [`citations`]).
pub const MAX_PAGES_PER_KEY: usize = 3;

/// Whether one of `a` and `b` cites the other (`citations` from [`citations`], sorted); None
/// when each cites the other, as two versions of a page linking each other may.
pub fn of_pair(citations: &[(u32, u32, bool)], a: u32, b: u32) -> Option<Cites> {
    let find = |x: u32, y: u32| {
        citations
            .binary_search_by_key(&(x, y), |c| (c.0, c.1))
            .ok()
            .map(|k| citations[k].2)
    };
    match (find(a, b), find(b, a)) {
        (Some(only), None) => Some(Cites {
            a_cites_b: true,
            only,
        }),
        (None, Some(only)) => Some(Cites {
            a_cites_b: false,
            only,
        }),
        _ => None,
    }
}

/// That one of a pair cites the other's address (see [`citations`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cites {
    /// The first of the pair is the citing one.
    pub a_cites_b: bool,
    /// The citing article cites no other input page: a compilation citing several cannot say
    /// by its links alone which it was written from.
    pub only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_address_share_a_key() {
        let k = url_key("https://www.reuters.com/world/icc-hacked-2023-09-19/").unwrap();
        for same in [
            "http://reuters.com/world/icc-hacked-2023-09-19",
            "https://WWW.Reuters.com:443/world/icc-hacked-2023-09-19/#comments",
            "https://www.reuters.com/world/icc-hacked-2023-09-19/?utm_source=twitter&utm_medium=social",
            "HTTPS://reuters.com/world/icc-hacked-2023-09-19//",
        ] {
            assert_eq!(url_key(same), Some(k), "{same}");
        }
        for other in [
            "https://www.reuters.com/world/icc-hacked-2023-09-20/",
            "https://www.reuters.com/WORLD/icc-hacked-2023-09-19/",
            "https://apnews.com/world/icc-hacked-2023-09-19/",
            "https://www.reuters.com/world/icc-hacked-2023-09-19/?id=2",
        ] {
            assert_ne!(url_key(other), Some(k), "{other}");
        }
        assert_eq!(
            url_key("https://x.com/a?id=1&utm_source=t"),
            url_key("https://x.com/a?id=1")
        );
        assert_eq!(url_key("reuters.com/world"), None);
        assert_eq!(url_key("ftp://reuters.com/world"), None);
        assert_eq!(url_key("https://localhost/a"), None);
        assert_eq!(url_key("https://"), None);
    }

    #[test]
    fn punycode_and_unicode_hosts_share_a_key() {
        assert_eq!(
            url_key("https://www.xn--d1abbgf6aiiy.xn--p1ai/news/1").unwrap(),
            url_key("https://президент.рф/news/1").unwrap()
        );
        assert_eq!(
            url_key("https://XN--MNCHEN-3YA.de/a").unwrap(),
            url_key("https://München.de/a").unwrap()
        );
    }

    #[test]
    fn mobile_amp_and_escaped_spellings_share_a_key() {
        let k = url_key("https://www.bbc.co.uk/news/world-67000000").unwrap();
        for same in [
            "https://m.bbc.co.uk/news/world-67000000",
            "https://www.bbc.co.uk/news/world-67000000.amp",
            "https://amp.bbc.co.uk/news/world-67000000/",
            "https://www.bbc.co.uk/news/world-67000000/amp",
            "https://www.bbc.co.uk/amp/news/world-67000000",
            "https://www.bbc.co.uk/news/world-67000000?amp=1",
            "https://www.bbc.co.uk/news/world-67000000?outputType=amp",
            "https://www.google.com/amp/s/www.bbc.co.uk/news/world-67000000.amp",
            "https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/world-67000000.amp",
        ] {
            assert_eq!(url_key(same), Some(k), "{same}");
        }
        assert_eq!(
            url_key("https://edition.cnn.com/2023/09/19/world/icc/index.amp.html"),
            url_key("https://edition.cnn.com/2023/09/19/world/icc/index.html")
        );
        let raw = url_key("https://aljazeera.net/news/الجنائية-الدولية").unwrap();
        for same in [
            "https://aljazeera.net/news/%D8%A7%D9%84%D8%AC%D9%86%D8%A7%D8%A6%D9%8A%D8%A9-%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9",
            "https://aljazeera.net/news/%d8%a7%d9%84%d8%ac%d9%86%d8%a7%d8%a6%d9%8a%d8%a9-%d8%a7%d9%84%d8%af%d9%88%d9%84%d9%8a%d8%a9",
        ] {
            assert_eq!(url_key(same), Some(raw), "{same}");
        }
        for other in [
            // Another page, another site: the prefixes come off only where a site is left.
            "https://www.bbc.co.uk/news/world-67000001.amp",
            "https://m.co/news/world-67000000",
            "https://www.google.com/amp/s/",
            "https://www.bbc.co.uk/news/world-67000000?amplitude=1",
        ] {
            assert_ne!(url_key(other), Some(k), "{other}");
        }
        assert!(url_key("https://m.co/a").is_some());
        // Broken escapes and escapes that are no UTF-8 key as written, without a panic.
        assert!(url_key("https://x.com/%").is_some());
        assert!(url_key("https://x.com/%FF%FE").is_some());
        assert_ne!(url_key("https://x.com/%FF"), url_key("https://x.com/%FE"));
        assert!(url_key("https://www.google.com/amp/s/www.google.com/amp/s/x.com/a").is_some());
        // Escapes of what splits an address stay escaped (either case of hex digit), and
        // parameters are read decoded.
        for (a, b) in [
            ("https://x.com/a%3Fb=1", "https://x.com/a?b=1"),
            (
                "https://x.com/s?q=Tom%26Jerry",
                "https://x.com/s?q=Tom&Jerry",
            ),
            ("https://x.com/a%2Fb", "https://x.com/a/b"),
        ] {
            assert_ne!(url_key(a), url_key(b), "{a}");
        }
        assert_eq!(
            url_key("https://x.com/a%2fb"),
            url_key("https://x.com/a%2Fb")
        );
        assert_eq!(url_key("https://x.com/%61b"), url_key("https://x.com/ab"));
        assert_eq!(
            url_key("https://x.com/a?id=5&utm%5Fsource=x"),
            url_key("https://x.com/a?id=5")
        );
        // `/amp` is dropped only around a story's path.
        for (page, other) in [
            ("https://site.com/tag", "https://site.com/tag/amp"),
            (
                "https://site.com/fender-deluxe",
                "https://site.com/amp/fender-deluxe",
            ),
        ] {
            assert_ne!(url_key(page), url_key(other), "{other}");
        }
        assert_eq!(
            url_key("https://site.com/2024/05/fire-at-port/amp"),
            url_key("https://site.com/2024/05/fire-at-port")
        );
    }

    #[test]
    fn keys_come_from_the_text_and_the_references() {
        let keys = cited_keys(
            "As first reported (https://example.com/story-1).\nSee https://example.com/story-2.",
            &["https://www.example.com/story-3/".to_string()],
        );
        let want = ["story-1", "story-2", "story-3"]
            .map(|s| url_key(&format!("https://example.com/{s}")).unwrap());
        assert_eq!(keys.len(), 3);
        assert!(want.iter().all(|k| keys.contains(k)));
        assert!(cited_keys("no address here", &[]).is_empty());
        // Closing quotes and the sentence's end in other scripts are not the address's.
        for prose in [
            "«https://example.com/story-1»",
            "“https://example.com/story-1”…",
            "見 https://example.com/story-1。",
            "見https://example.com/story-1。次の文です",
            "HTTPS://example.com/story-1، ثم",
        ] {
            assert_eq!(cited_keys(prose, &[]), [want[0]], "{prose}");
        }
        let many: String = (0..1000)
            .map(|k| format!("https://example.com/{k} "))
            .collect();
        assert_eq!(cited_keys(&many, &[]).len(), MAX_CITED);
    }

    #[test]
    fn who_cites_whom() {
        let k = |s: &str| url_key(&format!("https://example.com/{s}")).unwrap();
        // 0 and 1 are pages; 2 cites 0 alone; 3 cites both; 4 cites itself and an absent page;
        // 5 cites 0 twice over.
        let own = [Some(k("a")), Some(k("b")), None, None, Some(k("e")), None];
        let cited = [
            (2, vec![k("a")]),
            (3, vec![k("a"), k("b")]),
            (4, vec![k("e"), k("absent")]),
            (5, vec![k("a")]),
        ];
        assert_eq!(
            citations(&own, &cited),
            [(2, 0, true), (3, 0, false), (3, 1, false), (5, 0, true)]
        );
        // Two articles under one address: which was read is unknown. Four: no one page.
        let own = [
            Some(k("a")),
            Some(k("a")),
            None,
            Some(k("b")),
            Some(k("b")),
            Some(k("b")),
            Some(k("b")),
        ];
        let cited = [(2, vec![k("a")]), (3, vec![k("b")])];
        assert_eq!(citations(&own, &cited), [(2, 0, false), (2, 1, false)]);
    }
}
