//! Outlet slugs: the lower-case ids of `external:<slug>` and of an article's own outlet, from a
//! name, a `source` or a URL's host, so that one outlet has one id however it is written.

use super::*;
pub(crate) fn url_pattern() -> &'static Regex {
    static P: OnceLock<Regex> = OnceLock::new();
    P.get_or_init(|| Regex::new(r#"(?i:https?)://[^\s<>"'\)\]]+"#).unwrap())
}

/// Slug of an outlet named in copy ("Associated Press" → "ap").
pub fn slug_for_name(name: &str) -> Option<&'static str> {
    OUTLETS
        .iter()
        .chain(SPACELESS_OUTLETS)
        .chain(CYRILLIC_OUTLETS)
        .find(|(_, names)| names.contains(&name))
        .map(|(s, _)| *s)
        .or_else(|| {
            let known = arabic_known();
            known
                .binary_search_by(|(n, _)| n.as_str().cmp(name))
                .ok()
                .map(|k| known[k].1)
        })
}

/// Slug of an outlet by a free-form source name or host, for matching an article's own `source`
/// against credits ("Reuters", "reuters.com", "www.apnews.com" all resolve).
pub fn slug_for_source(source: &str) -> String {
    let s = source.trim();
    if let Some(slug) = slug_for_name(s) {
        return slug.to_string();
    }
    // "Emirates News Agency (WAM)", "وكالة أنباء الإمارات (وام)": an agency's site names it
    // with its short name in brackets. The short name alone names the outlet only after an
    // agency's name: "Yahoo News (AP)" is a portal's copy of AP's story.
    if let Some((name, rest)) = s.split_once(['(', '（']) {
        let short = rest.trim_end().trim_end_matches([')', '）']).trim();
        let name = name.trim();
        let agency = || {
            let lower = name.to_lowercase();
            [
                "agency",
                "agence",
                "agencia",
                "agência",
                "agenzia",
                "agentur",
                "presse",
                "وكالة",
            ]
            .iter()
            .any(|w| lower.contains(w))
        };
        if let Some(slug) =
            slug_for_name(name).or_else(|| slug_for_name(short).filter(|_| agency()))
        {
            return slug.to_string();
        }
    }
    if let Some(slug) = OUTLETS
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(s)))
        .map(|(s, _)| *s)
    {
        return slug.to_string();
    }
    if s.contains('.') && !s.contains(' ') {
        if let Some(slug) = slug_for_url(s) {
            return slug;
        }
    }
    // A name with no letter or digit in it names no outlet: no slug, as for no name at all, so
    // that two such articles are not taken for one outlet's.
    slug_words(s)
}

/// Slug of an article's own outlet: its `source`'s, unless that names no wire agency and the
/// article's address is an agency's site (a dump's `source` may be a site's display name the
/// tool does not know, "Agência Brasil - EBC", while the host says whose page it is): an
/// agency's own page must not be taken for a copy crediting the agency.
pub fn slug_of_article(source: Option<&str>, url: Option<&str>) -> String {
    let by_source = source.map(slug_for_source).unwrap_or_default();
    if is_wire(&by_source) {
        return by_source;
    }
    match url.and_then(slug_for_url) {
        Some(by_host) if is_wire(&by_host) => by_host,
        _ => by_source,
    }
}

/// Slug of a URL's outlet: known domains, AP copy syndicated on ABC News (`/wireStory/`), else
/// the domain's second-level label.
pub fn slug_for_url(url: &str) -> Option<String> {
    let host = crate::ingest::fields::unicode_host(host_of(url)?).to_lowercase();
    if host.ends_with("abcnews.go.com") && url.contains("/wireStory/") {
        return Some("ap".into());
    }
    for (domain, slug) in DOMAINS {
        if host == *domain || host.ends_with(&format!(".{domain}")) {
            return Some((*slug).to_string());
        }
    }
    Some(slugify(outlet_label(&host)))
}

/// The label of a host that names its outlet: the one before the public suffix ("spiegel" of
/// spiegel.de, "bbc" of www.bbc.co.uk, "orf" of wien.orf.at, for two-part suffixes such as
/// co.uk and com.au).
pub(super) fn outlet_label(host: &str) -> &str {
    if let Some(site) = hosting_platform(host) {
        return site;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) {
        labels[n - 3]
    } else {
        labels[n.saturating_sub(2)]
    }
}

/// The site's label of a host on a hosting platform ("marginnotes" of
/// marginnotes.substack.com, "example" of example.blogspot.co.uk), as the public suffix list's
/// private part has these suffixes: such a site is its own outlet. Every Substack newsletter
/// had the slug "substack", was one outlet with all the others, and so was never linked to
/// one of them. None for the platform's own hosts (www.substack.com, m.tumblr.com) and for
/// hosts off these suffixes (docs.github.com, make.wordpress.org).
pub(super) fn hosting_platform(host: &str) -> Option<&str> {
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let on = HOSTING_PLATFORMS.iter().find_map(|suffix| {
        let k = suffix.split('.').count();
        (n > k && host.ends_with(suffix) && host[..host.len() - suffix.len()].ends_with('.'))
            .then(|| n - k)
    });
    // Blogspot under country domains too: blogspot.de, blogspot.co.uk, blogspot.com.br.
    let on = on.or_else(|| {
        let p = labels.iter().rposition(|l| *l == "blogspot")?;
        let tail = &labels[p + 1..];
        (p >= 1 && (1..=2).contains(&tail.len()) && tail.iter().all(|l| l.len() <= 3)).then_some(p)
    })?;
    let site = labels[on - 1];
    (!site.is_empty() && !matches!(site, "www" | "m" | "mobile" | "amp")).then_some(site)
}

/// Hosting platforms' suffixes whose subdomains are sites of their own (see
/// [`hosting_platform`]).
const HOSTING_PLATFORMS: &[&str] = &[
    "substack.com",
    "wordpress.com",
    "blogspot.com",
    "medium.com",
    "tumblr.com",
    "github.io",
    "gitlab.io",
    "wixsite.com",
    "weebly.com",
    "livejournal.com",
    "typepad.com",
    "ghost.io",
    "beehiiv.com",
    "over-blog.com",
    "hashnode.dev",
    "squarespace.com",
    "netlify.app",
    "vercel.app",
];

/// Second-level labels of two-part public suffixes under a country's domain (co.uk, com.au,
/// ne.jp, gob.mx): the outlet's label comes before them. Any short label was taken for one
/// before, which made "wien" the outlet of wien.orf.at and "sport" that of sport.orf.at.
const SECOND_LEVEL: &[&str] = &[
    "co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "gouv", "nic", "ltd",
    "plc", "mil", "nom", "sch", "info", "biz", "gv",
];

/// Lower-case letters and digits joined by single dashes, "unknown" when there are none.
pub fn slugify(s: &str) -> String {
    let out = slug_words(s);
    if out.is_empty() {
        "unknown".into()
    } else {
        out
    }
}

/// Lower-case letters and digits, of any script, joined by single dashes. Letters of every
/// script count: when only ASCII ones did, every outlet named in Chinese, Japanese, Thai or Urdu
/// got the one slug "unknown", was the same outlet as all the others, and so could not be
/// linked to any of them (an outlet does not copy itself).
fn slug_words(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Full- and half-width forms first: "ＮＨＫ" and half-width katakana are the names they
    // stand for, and a name written decomposed is the same name. Not all of NFKC, which would
    // take Thai SARA AM apart.
    let mut wide = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\u{FF00}'..='\u{FFEF}') {
            wide.extend(std::iter::once(c).nfkc());
        } else {
            wide.push(c);
        }
    }
    let mut out = String::new();
    for c in wide.nfc().flat_map(char::to_lowercase) {
        // Marks belong to their letter: Thai tone marks and Indic vowel signs are no spaces.
        if c.is_alphanumeric()
            || (!out.is_empty() && unicode_normalization::char::is_combining_mark(c))
        {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.nfc().collect()
}

pub fn is_wire(slug: &str) -> bool {
    WIRES.contains(&slug)
}
