//! `.html`/`.htm` pages (and the HTML payloads of WARC records): one article per page.
//!
//! A saved news page is mostly not the story: navigation, share bars, cookie notices, related
//! links, readers' comments and footers would otherwise be shingled and make every page of one
//! site look like a near-duplicate of every other. The main text is found with `dom_smoothie`
//! (a port of Mozilla's Readability, the extractor behind Firefox's reader view) after obvious
//! chrome is removed; the metadata comes from the tags publishers write for search engines and
//! social cards, read before extraction because Readability discards the page head.

use super::date::parse_date;
use super::fields::host_of;
use super::{Diagnostics, FileArticles};
use crate::model::{Article, Published};
use dom_query::{Document, NodeId, NodeRef, Selection};
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::io::Read;

/// What the container of a page knows about it (a WARC record's target URI and capture date).
/// The page's own tags win for the date, since a crawl can happen years after publication.
#[derive(Debug, Default, Clone)]
pub struct PageHints {
    pub url: Option<String>,
    pub date: Option<Published>,
    /// Charset named by the transport (HTTP `Content-Type`), used when the bytes are not UTF-8.
    pub charset: Option<String>,
}

/// Meta names and properties that carry the publication time, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "date.published",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
];

/// Elements that are page chrome wherever they appear; removed before extraction.
const ALWAYS_CHROME: &str = "script, style, noscript, template, iframe, svg, canvas, nav, \
    button, select, [role=navigation], [role=search], amp-ad, amp-embed, amp-sticky-ad, \
    amp-analytics";

/// Elements that are usually chrome (footers, asides, consent dialogs, share bars, newsletter
/// boxes). Removed only when they hold little text, so a site that wraps its whole page in a
/// `<form>` or names its article container `share-enabled` keeps its story.
const LIKELY_CHROME: &str = "footer, aside, form, dialog, [role=contentinfo], \
    [role=complementary], [role=dialog], [role=alertdialog], [aria-modal=true], \
    [id*=cookie i], [class*=cookie i], [id*=consent i], [class*=consent i], [class*=gdpr i], \
    [id*=share i], [class*=share i], [class*=sharing i], [class*=social i], \
    [class*=newsletter i], [id*=newsletter i], [class*=subscribe i], \
    [class*=breadcrumb i], [class*=byline-tools i], [class*=advert i], [id*=advert i], \
    [class*=paywall i], [id*=paywall i], [class*=regwall i], figcaption, [class*=caption i], \
    [class*=author-bio i], [class*=author-box i], [class*=about-author i]";

/// Text length under which a [`LIKELY_CHROME`] element is treated as chrome.
const CHROME_MAX_CHARS: usize = 600;

/// Boxes of other stories of the site ("Read more", "Related stories", "Trending"): each a
/// headline and often the story's first sentence, the same box on many pages of the site. Kept,
/// it joins the site's unrelated stories, and a teaser's "according to a report by TechPulse"
/// credited a review's drone-show story to TechPulse. Such a box can be longer than
/// [`CHROME_MAX_CHARS`] (three teasers: 873 characters), so it goes whatever its length, unless
/// it holds [`TEASER_MAX_SHARE`] of the page's text or more (then it may be the page).
const TEASERS: &str = "[class*=related i], [id*=related i], [class*=read-more i], \
    [class*=readmore i], [class*=more-stories i], [class*=morestories i], \
    [class*=recommended i], [class*=trending i], [class*=most-read i], [class*=mostread i], \
    [class*=most-popular i], [class*=also-read i], [class*=taboola i], [class*=outbrain i]";

/// Headings that open such a box whatever its class says.
const TEASER_HEADINGS: &[&str] = &[
    "read more",
    "more stories",
    "more from",
    "related",
    "related stories",
    "related articles",
    "related news",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "also read",
    "lire aussi",
    "à lire aussi",
    "sur le même sujet",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "leggi anche",
    "te puede interesar",
    "lees ook",
    "read also",
    "see also",
    "à lire également",
    "lire également",
    "voir aussi",
    "lesen sie auch",
    "auch interessant",
    "leggi pure",
    "lee también",
    "lea también",
    "leia também",
    "leia mais",
    "veja também",
    "lees meer",
    "czytaj też",
    "czytaj także",
    "czytaj również",
    "zobacz też",
    "zobacz także",
    "baca juga",
    "simak juga",
    "ayrıca okuyun",
    "читайте также",
    "смотрите также",
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "یہ بھی پڑھیں",
    "यह भी पढ़ें",
];

/// Most characters of a paragraph read as a link to another story ("Also read: <headline>",
/// "ALSO READ | <headline>", "Baca juga: <headline>"): one headline and its lead-in.
const INLINE_TEASER_MAX_CHARS: usize = 300;

/// What may end such a lead-in: a space, or the separator sites put before the headline.
const LEAD_IN_ENDS: [char; 9] = [' ', ':', '|', '-', '–', '—', '»', '›', '>'];

/// Share of the page's text at and over which a teaser box is left: it may be the page (a box of
/// three teasers was 0.35 of a short story's page, nav and footer included).
const TEASER_MAX_SHARE: f64 = 0.5;

/// Class names and ids of reader comment threads and their parts, as WordPress, Drupal, Disqus,
/// Facebook, Livefyre, Coral, Viafoura and OpenWeb write them. A thread goes whatever its length:
/// under a short story Readability, finding no block it is sure of, gives the longest it found,
/// and a reader's comment became the story's text (or, under a longer one, joined it), so two
/// stories under one comment read as copies. Matched as whole class names and ids, case aside:
/// `commentary-body` or `comments-open` is no thread.
const COMMENT_MARKS: &[&str] = &[
    "comment",
    "comments",
    "comment-list",
    "commentlist",
    "comments-list",
    "comment-section",
    "comments-section",
    "comment-area",
    "comments-area",
    "comment-container",
    "comments-container",
    "comment-wrapper",
    "comments-wrapper",
    "comment-thread",
    "comments-thread",
    "comment-respond",
    "respond",
    "responses",
    "article-comments",
    "post-comments",
    "reader-comments",
    "user-comments",
    "disqus_thread",
    "dsq-content",
    "fb-comments",
    "fb_comments",
    "livefyre",
    "livefyre-comment",
    "livefyre-comments",
    "coral_thread",
    "coral-thread",
    "coral-comments",
    "viafoura",
    "vf-comments",
    "spot-im-comments",
    "openweb-comments",
];

/// Elements of comment embeds named by their tag rather than a class (Viafoura's; OpenWeb's
/// thread is a `data-spotim-module="conversation"`).
const COMMENT_EMBEDS: &[&str] = &["vf-conversations", "vf-comments"];

/// Short standalone lines that are widgets, not prose, when they survive extraction.
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "skip to content",
    "skip to main content",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "share on linkedin",
    "share via email",
    "copy link",
    "link copied",
    "read more",
    "read more:",
    "related",
    "related articles",
    "related stories",
    "more on this story",
    "sign up for our newsletter",
    "subscribe",
    "subscribe now",
    "accept cookies",
    "accept all cookies",
    "we use cookies",
    "story continues below advertisement",
];

/// Metadata read from the page head and body before extraction.
#[derive(Debug, Default)]
struct PageMeta {
    title: Option<String>,
    published: Option<Published>,
    site_name: Option<String>,
    url: Option<String>,
    author: Option<String>,
    lang: Option<String>,
}

/// Reads one `.html`/`.htm` file into `out` (skipped with a reason when it has no text).
pub fn read_html_file(file: impl Read, name: &str, out: &mut FileArticles) {
    let Some(bytes) = super::read_one_record(file, name, "an HTML page", &mut out.diag) else {
        return;
    };
    let html = decode_html(bytes, None, name, &mut out.diag);
    match article_from_html(
        &html,
        name.to_string(),
        name.to_string(),
        &PageHints::default(),
    ) {
        Ok(a) => out.push(a),
        Err(e) => out.diag.skip(e.reason(), name.to_string(), e.detail()),
    }
}

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageError {
    /// Nothing readable was left after boilerplate removal.
    NoText,
    /// The extractor failed on this page (caught, so one odd page cannot stop a run).
    ExtractorFailed(String),
}

impl PageError {
    pub fn reason(&self) -> &'static str {
        match self {
            PageError::NoText => "empty_text",
            PageError::ExtractorFailed(_) => "html_extraction_failed",
        }
    }

    pub fn detail(&self) -> String {
        match self {
            PageError::NoText => "no article text found in the page".into(),
            PageError::ExtractorFailed(m) => m.clone(),
        }
    }
}

/// Turns page bytes into text. A page that is not UTF-8 is decoded by the encoding it (or the
/// HTTP header) declares, with the labels and tables browsers use (encoding_rs, the WHATWG
/// Encoding Standard): windows-1252 (which `iso-8859-1` means on the web), windows-1251, KOI8-R,
/// Shift_JIS, GBK, Big5 and the rest. A page with no usable declaration is repaired as UTF-8 and
/// reported, as are bytes the declared encoding cannot map.
pub fn decode_html(
    bytes: Vec<u8>,
    transport_charset: Option<&str>,
    origin: &str,
    diag: &mut Diagnostics,
) -> String {
    let bytes = match String::from_utf8(bytes) {
        Ok(s) => return s,
        Err(e) => e.into_bytes(),
    };
    // A label that names no legacy encoding (unknown, or UTF-8, or UTF-16: bytes that are not
    // UTF-8 and hold no NUL are not UTF-16 either; "replacement" would turn the whole page into
    // one U+FFFD) gives way to the next declaration, the HTTP header's to the page's.
    let legacy = |label: &str| {
        encoding_rs::Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes()).filter(
            |e| {
                *e != encoding_rs::UTF_8
                    && *e != encoding_rs::UTF_16LE
                    && *e != encoding_rs::UTF_16BE
                    && *e != encoding_rs::REPLACEMENT
            },
        )
    };
    let Some(encoding) = transport_charset
        .and_then(legacy)
        .or_else(|| sniff_meta_charset(&bytes).as_deref().and_then(legacy))
    else {
        return super::repair_utf8(bytes, origin, diag);
    };
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
    if had_errors {
        diag.repair(
            "invalid_utf8",
            origin.to_string(),
            format!("bytes that are not {} replaced", encoding.name()),
        );
    }
    text.into_owned()
}

/// The charset of the first `<meta charset>` or `<meta http-equiv content="...; charset=">`.
/// Only `<meta>` tags count (a `<script charset>` names the script's encoding, not the page's),
/// with spaces allowed around `=`, and in the first 64 KiB: the standard's prescan reads 1 KiB,
/// but browsers re-decode a page whose `<meta>` comes later, after a large inline `<style>`.
fn sniff_meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(64 << 10)];
    let head: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    let mut from = 0;
    while let Some(k) = head[from..].find("<meta") {
        let start = from + k + "<meta".len();
        let end = head[start..].find('>').map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        from = end;
        let Some(at) = tag.find("charset") else {
            continue;
        };
        let Some(value) = tag[at + "charset".len()..].trim_start().strip_prefix('=') else {
            continue;
        };
        let value: String = value
            .trim_start_matches(['"', '\'', ' '])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
            .collect();
        if !value.is_empty() {
            return Some(value);
        }
    }
    None
}

/// Extracts the article of one page. `id` is its default id; the page's own URL, date and
/// site name win over `hints`, except that a WARC record's URL names the capture.
pub fn article_from_html(
    html: &str,
    id: String,
    origin: String,
    hints: &PageHints,
) -> Result<Article, PageError> {
    // The extractor is third-party code walking arbitrary markup; a panic in it must cost one
    // page, not the run.
    let extracted = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(html, hints)))
        .map_err(|p| {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "extractor panicked".into());
            PageError::ExtractorFailed(msg)
        })?;
    let (text, meta, references) = extracted;
    if text.trim().is_empty() {
        return Err(PageError::NoText);
    }
    let url = hints.url.clone().or(meta.url.clone());
    let mut extra = serde_json::Map::new();
    if let (Some(h), Some(m)) = (&hints.url, &meta.url) {
        if h != m {
            extra.insert("canonical_url".into(), m.clone().into());
        }
    }
    if let Some(a) = meta.author {
        extra.insert("author".into(), a.into());
    }
    if let Some(l) = meta.lang {
        extra.insert("lang".into(), l.into());
    }
    let source = meta
        .site_name
        .or_else(|| url.as_deref().and_then(super::fields::source_of_url));
    Ok(Article {
        id,
        source,
        published: meta.published.or(hints.date),
        title: meta.title,
        url,
        text,
        references,
        extra: extra.into(),
        origin,
        stored: None,
    })
}

/// Nesting (estimated from the markup) beyond which the page is not given to the HTML parser:
/// its tree building costs time proportional to the depth for every tag, so a few hundred
/// kilobytes of nested `<div>`s would take minutes. No news page comes near it.
const MAX_MARKUP_DEPTH: usize = 1000;

/// Attributes on one tag beyond which the page is not given to the HTML parser either: it checks
/// each new attribute against the tag's earlier ones, so a tag of 100,000 attributes (0.9 MB)
/// took 5.6 s. Real tags have a handful.
const MAX_TAG_ATTRIBUTES: usize = 1000;

/// Element depth beyond which Readability is skipped: its scoring costs time quadratic in the
/// depth of nested blocks (1,000 nested `<div>`s take over a second). Real pages stay under
/// about 60.
const MAX_READABILITY_DEPTH: usize = 200;

/// Returns (main text, metadata, cited URLs).
fn extract(html: &str, hints: &PageHints) -> (String, PageMeta, Vec<String>) {
    let shape = markup_shape(html);
    if shape.depth > MAX_MARKUP_DEPTH || shape.attributes > MAX_TAG_ATTRIBUTES {
        return (
            clean_text(&strip_tags(html)),
            PageMeta::default(),
            Vec::new(),
        );
    }
    let doc = Document::from(html);
    let mut meta = read_meta(&doc);
    strip_chrome(&doc);
    let base = hints.url.as_deref().or(meta.url.as_deref());
    let cfg = Config {
        text_mode: TextMode::Formatted,
        // Bounds the work on pathological pages; real articles have a few thousand elements.
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    if dom_depth(&doc) > MAX_READABILITY_DEPTH {
        let text = doc.select("body").formatted_text().to_string();
        return (clean_text(&text), meta, Vec::new());
    }
    // The story's <article> alone, with the page's head (Readability drops the headline that
    // repeats the title it reads there), to read should Readability pick a block elsewhere.
    // Only the <article> around the page's headline: a page's only <article> may be a card of
    // another story.
    let titles = [
        meta.title.clone(),
        Some(clean_inline(&doc.select_single("head title").text())),
    ];
    let story = headline_article(&doc, &titles).map(|a| {
        let alone = format!(
            "<html>{}<body>{}</body></html>",
            doc.select_single("head").html(),
            a.html()
        );
        (clean_text(&a.formatted_text()), alone)
    });
    // No document URL: Readability would only use it to absolutise links, and rejects URLs
    // its own parser dislikes (which would lose the page); only absolute links are kept anyway.
    let Ok(mut reader) = Readability::with_document(doc, None, Some(cfg.clone())) else {
        return (String::new(), meta, Vec::new());
    };
    let (text, mut content_html) = match reader.parse() {
        Ok(a) => {
            if meta.title.is_none() && !a.title.trim().is_empty() {
                let title = clean_inline(&a.title);
                meta.title = Some(without_site_name(title, meta.site_name.as_deref()));
            }
            (a.text_content.to_string(), Some(a.content.to_string()))
        }
        // Readability gives up on pages without a scorable block (a bare list of paragraphs
        // under <body>); what is left after chrome removal is then the article.
        Err(_) => (reader.doc.select("body").formatted_text().to_string(), None),
    };
    let mut text = clean_text(&text);
    if let Some((story_text, alone)) = story {
        if content_html.is_some() && picked_elsewhere(&text, &story_text) {
            let read = Readability::with_document(Document::from(alone.as_str()), None, Some(cfg))
                .ok()
                .and_then(|mut r| r.parse().ok())
                .map(|a| (clean_text(&a.text_content), a.content.to_string()))
                .filter(|(t, _)| !t.is_empty());
            (text, content_html) = match read {
                Some((t, h)) => (t, Some(h)),
                None => (story_text, None),
            };
        }
    }
    if meta.title.is_none() {
        meta.title = text
            .lines()
            .next()
            .filter(|l| l.split_whitespace().count() <= 25)
            .map(str::to_string);
    }
    let references = content_html
        .map(|h| cited_urls(&h, base))
        .unwrap_or_default();
    (text, meta, references)
}

/// Whether Readability took its text mostly from outside the `<article>` that holds the page's
/// story, which has prose of its own (a paragraph, not only a headline and a byline). Finding
/// no block it is sure of, as under a story of a paragraph or two, Readability gives the longest
/// it found, which may be a thread of readers' comments that no class names as one.
fn picked_elsewhere(text: &str, story: &str) -> bool {
    let lines: HashSet<&str> = story.lines().collect();
    if !lines.iter().any(|l| l.chars().count() >= STORY_MIN_LINE) {
        return false;
    }
    let (mut inside, mut all) = (0, 0);
    for line in text.lines() {
        all += line.len();
        inside += if lines.contains(line) { line.len() } else { 0 };
    }
    inside * 2 < all
}

/// Characters of the shortest line that is a paragraph of a story rather than its headline or
/// byline.
const STORY_MIN_LINE: usize = 80;

/// The deepest element nesting of a parsed document (an explicit stack: the depth may be large).
fn dom_depth(doc: &Document) -> usize {
    let mut max = 0;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        max = max.max(depth);
        for child in node.children_it(false) {
            if child.is_element() {
                stack.push((child, depth + 1));
            }
        }
    }
    max
}

/// Elements that never nest (void) or whose end tag the parser supplies itself (so an unclosed
/// one does not deepen the tree): not counted by [`markup_shape`].
const NON_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb",
    "rt", "rp", "thead", "tbody", "tfoot", "colgroup", "caption", "html", "head", "body",
    "!doctype",
];

/// What decides whether the HTML parser can take a page in bounded time, estimated in one pass.
struct MarkupShape {
    /// How deep the markup nests, as the parser would build it: a start tag opens an element
    /// (`/>` closes only void and SVG or MathML elements, as in HTML), an end tag closes the
    /// open element of its name and those opened after it, and one with no such element open
    /// closes nothing; [`NON_NESTING`] elements and script and style contents aside. Counting
    /// `/>` as closed and every end tag as closing something let `<div/>` or `<span></b>`
    /// repeated a few thousand times pass as flat, and the parser then took seconds a page.
    /// Past [`MAX_MARKUP_DEPTH`] the estimate stops.
    depth: usize,
    /// The most attributes on one start tag (about: see [`attribute_count`]).
    attributes: usize,
}

fn markup_shape(html: &str) -> MarkupShape {
    let b = html.as_bytes();
    let (mut max, mut i) = (0usize, 0usize);
    let mut attributes = 0;
    // The elements open, and how many of each name, so an end tag finds its element at once.
    let mut open: Vec<String> = Vec::new();
    let mut open_named: HashMap<String, usize> = HashMap::new();
    // Open SVG and MathML elements: inside them `/>` closes the element.
    let mut foreign = 0usize;
    while let Some(off) = memchr_lt(&b[i..]) {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        if !b
            .get(start)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'!')
        {
            continue;
        }
        if b[start] == b'!' {
            // A comment (it may hold `>` and tags) or a declaration: neither opens an element,
            // and a page of a thousand comments is no deeper than one.
            i = if b[start..].starts_with(b"!--") {
                comment_end(b, start + 3)
            } else {
                b[start..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(b.len(), |p| start + p + 1)
            };
            continue;
        }
        let mut end = start + 1;
        while end < b.len() && b[end].is_ascii_alphanumeric() {
            end += 1;
        }
        let name = html[start..end].to_ascii_lowercase();
        let tag_end = b[end..].iter().position(|&c| c == b'>').map(|p| end + p);
        let is_foreign = name == "svg" || name == "math";
        if closing {
            if !NON_NESTING.contains(&name.as_str())
                && open_named.get(&name).is_some_and(|&k| k > 0)
            {
                while let Some(top) = open.pop() {
                    foreign -= (top == "svg" || top == "math") as usize;
                    if let Some(k) = open_named.get_mut(&top) {
                        *k -= 1;
                    }
                    if top == name {
                        break;
                    }
                }
            }
        } else if name == "script" || name == "style" {
            // Skip to the end tag: their contents are not markup.
            i = find_end_tag(&b[end..], &name).map_or(b.len(), |p| end + p);
            continue;
        } else {
            attributes = attributes.max(attribute_count(&b[end..tag_end.unwrap_or(b.len())]));
            let self_closing = tag_end.is_some_and(|t| t > 0 && b[t - 1] == b'/');
            let closes_itself = self_closing && (foreign > 0 || is_foreign);
            if !closes_itself && !NON_NESTING.contains(&name.as_str()) {
                foreign += is_foreign as usize;
                *open_named.entry(name.clone()).or_default() += 1;
                open.push(name);
                max = max.max(open.len());
                if max > MAX_MARKUP_DEPTH {
                    break;
                }
            }
        }
        i = tag_end.map(|t| t + 1).unwrap_or(b.len());
    }
    MarkupShape {
        depth: max,
        attributes,
    }
}

/// Attributes in the inside of a start tag after its name: words that are neither a value nor
/// `=`, quoted values skipped. An estimate (`a = b` counts once, as it should; `a=b c=d` twice).
fn attribute_count(inside: &[u8]) -> usize {
    let (mut count, mut quote, mut space, mut last) = (0, None, true, b' ');
    for &c in inside {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        if c.is_ascii_whitespace() || c == b'/' {
            space = true;
            continue;
        }
        if space && c != b'=' && last != b'=' {
            count += 1;
        }
        if c == b'"' || c == b'\'' {
            quote = Some(c);
        }
        space = false;
        last = c;
    }
    count
}

/// Just past the end of a comment whose `<!--` ends at `from`, where HTML parsers end it: `<!-->`
/// and `<!--->` are whole (empty) comments, others end at the first `-->` or `--!>`, and one never
/// closed runs to the end of the page. Ending one later than the parser does would hide the
/// markup after it from [`markup_shape`].
fn comment_end(b: &[u8], from: usize) -> usize {
    let rest = &b[from..];
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    let mut k = 0;
    while let Some(p) = find_bytes(&rest[k..], b"--") {
        let after = k + p + 2;
        if rest[after..].starts_with(b">") {
            return from + after + 1;
        }
        if rest[after..].starts_with(b"!>") {
            return from + after + 2;
        }
        k += p + 1;
    }
    b.len()
}

/// Offset of the first `needle` in `b`.
fn find_bytes(b: &[u8], needle: &[u8]) -> Option<usize> {
    b.windows(needle.len()).position(|w| w == needle)
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

/// Offset of the next `</name` (any case) in `b`. Scans once, without copying, so pages with
/// thousands of scripts stay linear.
fn find_end_tag(b: &[u8], name: &str) -> Option<usize> {
    let n = name.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        let at = i + off;
        let tail = &b[at + 1..];
        if tail.first() == Some(&b'/')
            && tail.len() > n.len()
            && tail[1..=n.len()].eq_ignore_ascii_case(n)
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Text of markup without a DOM, for pages too deeply nested to parse: tags dropped (block
/// tags become line breaks), script and style contents and comments skipped, common entities
/// decoded. Linear in the input.
fn strip_tags(html: &str) -> String {
    const BLOCK: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "blockquote",
        "ul",
        "ol",
        "table",
    ];
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_decoded(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with("<!--") {
            // `comment_end` stops only after ASCII bytes, so at a char boundary.
            rest = &rest[comment_end(rest.as_bytes(), 4)..];
            continue;
        }
        let end = rest.find('>').map(|p| p + 1).unwrap_or(rest.len());
        let closing = rest[1..end].starts_with('/');
        let tag = rest[1..end].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &rest[end..];
        if !closing && (name == "script" || name == "style") {
            rest = find_end_tag(rest.as_bytes(), &name).map_or("", |p| &rest[p..]);
            continue;
        }
        if BLOCK.contains(&name.as_str()) {
            out.push_str("\n\n");
        }
    }
    push_decoded(&mut out, rest);
    out
}

fn push_decoded(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // By bytes: 12 bytes in may fall inside a character.
        let semi = rest.as_bytes()[..rest.len().min(12)]
            .iter()
            .position(|&c| c == b';');
        let decoded = semi.and_then(|p| {
            let ent = &rest[1..p];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => ent
                    .strip_prefix("#x")
                    .or_else(|| ent.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, p + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Collapses whitespace of a one-line value (titles, names).
fn clean_inline(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Trims lines, drops standalone widget lines, keeps paragraphs apart by one blank line.
fn clean_text(text: &str) -> String {
    // Control characters (NUL, escape, ...) are not prose; scraped pages carry them by accident.
    let text: String = text
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        let lower = l.to_lowercase();
        if l.len() <= 60 && BOILERPLATE_LINES.contains(&lower.trim_end_matches(['.', '!'])) {
            continue;
        }
        if date_line(&lower) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(&clean_inline(l));
        blank = false;
    }
    out
}

/// A page's visible time stamp on a line of its own, "Published - November 24, 2025 06:10 pm
/// IST", "Updated: 12 March 2025, 14:02": the page's, not the story's, and it differs between
/// two sites running one story word for word, which it would make near copies.
fn date_line(lower: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "published",
        "updated",
        "last updated",
        "first published",
        "posted",
        "publié",
        "mis à jour",
        "veröffentlicht",
        "aktualisiert",
        "publicado",
        "actualizado",
        "pubblicato",
        "aggiornato",
    ];
    lower.len() <= 80
        && !lower.ends_with('.')
        && lower.bytes().any(|b| b.is_ascii_digit())
        && OPENINGS.iter().any(|o| {
            lower.strip_prefix(o).is_some_and(|rest| {
                rest.trim_start().starts_with([
                    ':', '-', '–', '—', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                ]) || ["on ", "at ", "le ", "am ", "el ", "il "]
                    .iter()
                    .any(|w| rest.trim_start().starts_with(w))
            })
        })
}

fn strip_chrome(doc: &Document) {
    doc.select(ALWAYS_CHROME).remove();
    strip_comment_threads(doc);
    let page_chars = doc.select("body").text().chars().count().max(1);
    let small = |node: &dom_query::NodeRef| {
        !node.is("html, body, main, article")
            && Selection::from(*node)
                .select("article, main, [itemprop=articleBody]")
                .is_empty()
            && (node.text().chars().count() as f64) < TEASER_MAX_SHARE * page_chars as f64
    };
    for node in doc.select(TEASERS).nodes() {
        if small(node) {
            node.remove_from_parent();
        }
    }
    for node in doc.select("section, aside, div, ul").nodes() {
        // The box's first element, or that element's first, if it is a heading: looked at
        // without searching the box, which on a deeply nested page would cost its depth times
        // its size.
        let mut first = node.first_element_child();
        if first.as_ref().is_some_and(|f| f.is("div, header")) {
            first = first.and_then(|f| f.first_element_child());
        }
        let opens = first.is_some_and(|h| {
            h.is("h2, h3, h4, h5, strong") && {
                let t = clean_inline(&h.text()).to_lowercase();
                TEASER_HEADINGS.contains(&t.trim_end_matches([':', '.', ' ']))
            }
        });
        if opens && small(node) {
            node.remove_from_parent();
        }
    }
    for node in doc.select("p").nodes() {
        if inline_teaser(node) {
            node.remove_from_parent();
        }
    }
    let likely = doc.select(LIKELY_CHROME);
    for node in likely.nodes() {
        // Never remove the page's root containers, whatever their class says.
        if node.is("html, body, main, article") {
            continue;
        }
        if node.text().chars().count() < CHROME_MAX_CHARS {
            node.remove_from_parent();
        }
    }
}

/// Whether an element is named as a comment thread or a part of one ([`COMMENT_MARKS`],
/// [`COMMENT_EMBEDS`]). Compared by hand: written as a selector of seventy attribute tests, it
/// made a run on whole pages some 15% slower.
fn comment_marked(node: &NodeRef) -> bool {
    let named = |v: &str| COMMENT_MARKS.iter().any(|m| v.eq_ignore_ascii_case(m));
    node.is_element()
        && (COMMENT_EMBEDS.iter().any(|t| node.has_name(t))
            || node
                .attr("data-spotim-module")
                .is_some_and(|m| m.eq_ignore_ascii_case("conversation"))
            || node.id_attr().is_some_and(|id| named(id.trim()))
            || node
                .class()
                .is_some_and(|c| c.split_ascii_whitespace().any(named)))
}

/// Removes reader comment threads (see [`COMMENT_MARKS`]) whatever their length, but never an
/// element that holds the story: a site may call its opinion column "Comment" and write that
/// into the class of the column's `<article>`, or wrap its whole page in a box of any name.
fn strip_comment_threads(doc: &Document) {
    let (mut threads, mut anchors) = (Vec::new(), Vec::new());
    for node in doc.root().descendants_it() {
        if comment_marked(&node) {
            threads.push(node);
        }
        if node.has_name("main")
            || node
                .attr("itemprop")
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "articleBody"))
        {
            anchors.push(node);
        }
    }
    if threads.is_empty() {
        return;
    }
    let mut story: HashSet<NodeId> = HashSet::new();
    for node in anchors.into_iter().chain(story_article(doc)) {
        story.insert(node.id);
        story.extend(node.ancestors_it(None).map(|n| n.id));
    }
    for node in threads {
        if !story.contains(&node.id) && !node.has_name("html") && !node.has_name("body") {
            node.remove_from_parent();
        }
    }
}

/// The `<article>` around the page's first `<h1>`, when that heading is the page's headline:
/// one of `titles` holds it.
fn headline_article<'a>(doc: &'a Document, titles: &[Option<String>]) -> Option<NodeRef<'a>> {
    let h1 = *doc.select_single("h1").nodes().first()?;
    let head = clean_inline(&h1.text()).to_lowercase();
    let titled = titles
        .iter()
        .flatten()
        .any(|t| t.to_lowercase().contains(&head));
    if head.is_empty() || !titled {
        return None;
    }
    let article = h1.ancestors_it(None).find(|n| n.has_name("article"));
    article
}

/// The `<article>` that holds the page's story: the one around the page's first `<h1>`, else
/// the page's only `<article>` unless a comment thread holds it (a thread's comments are often
/// `<article>`s, and a story may be written in `<div>`s).
fn story_article(doc: &Document) -> Option<NodeRef<'_>> {
    let around_h1 = doc
        .select_single("h1")
        .nodes()
        .first()
        .and_then(|h| h.ancestors_it(None).find(|n| n.has_name("article")));
    around_h1.or_else(|| {
        let articles = doc.select("article");
        let only = match articles.nodes() {
            [only] => *only,
            _ => return None,
        };
        let in_thread = only.ancestors_it(None).any(|n| comment_marked(&n));
        (!in_thread).then_some(only)
    })
}

/// Whether a paragraph is a link to another story of the site set inside the story: a lead-in
/// of [`TEASER_HEADINGS`] ("Also read:", "À lire aussi :", "Czytaj także") and, after it, mostly
/// the text of links. Sites put one or two between paragraphs, often with no class that says
/// so; kept, the other story's headline is read as part of this one.
fn inline_teaser(node: &dom_query::NodeRef) -> bool {
    let text = clean_inline(&node.text());
    let chars = text.chars().count();
    if chars > INLINE_TEASER_MAX_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    let Some(rest) = TEASER_HEADINGS.iter().find_map(|h| {
        let rest = lower.strip_prefix(h)?;
        // The lead-in ends at a separator or a space, not inside a word ("related" is no
        // lead-in of "relatedness").
        (rest.is_empty() || rest.starts_with(LEAD_IN_ENDS)).then_some(rest)
    }) else {
        return false;
    };
    let rest = rest.trim_start_matches(LEAD_IN_ENDS).chars().count();
    let linked: usize = Selection::from(*node)
        .select("a")
        .nodes()
        .iter()
        .map(|a| clean_inline(&a.text()).chars().count())
        .sum();
    rest > 0 && linked * 10 >= rest * 7
}

fn attr(sel: &Selection, name: &str) -> Option<String> {
    sel.attr(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

fn read_meta(doc: &Document) -> PageMeta {
    // name/property/itemprop (lower-cased) -> content, first occurrence wins.
    let mut tags: HashMap<String, String> = HashMap::new();
    for node in doc.select("meta[content]").nodes() {
        let Some(content) = node.attr("content").map(|c| c.trim().to_string()) else {
            continue;
        };
        if content.is_empty() {
            continue;
        }
        for key_attr in ["property", "name", "itemprop"] {
            if let Some(k) = node.attr(key_attr) {
                tags.entry(k.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    let ld = json_ld(doc);

    let published = DATE_KEYS
        .iter()
        .filter_map(|k| tags.get(*k))
        .chain(ld.date.iter())
        .find_map(|s| parse_date(s))
        .or_else(|| {
            let sel = doc.select("[itemprop=datePublished]");
            sel.nodes().iter().find_map(|n| {
                n.attr("datetime")
                    .or_else(|| n.attr("content"))
                    .map(|s| s.to_string())
                    .or_else(|| Some(n.text().to_string()))
                    .and_then(|s| parse_date(&s))
            })
        })
        .or_else(|| {
            // A <time pubdate>, else the first <time datetime> of the article, else of the page.
            [
                "time[pubdate][datetime]",
                "article time[datetime]",
                "time[datetime]",
            ]
            .iter()
            .find_map(|q| {
                doc.select(q)
                    .nodes()
                    .iter()
                    .find_map(|n| n.attr("datetime").and_then(|s| parse_date(&s)))
            })
        });

    let title = ["og:title", "twitter:title", "headline", "dc.title"]
        .iter()
        .filter_map(|k| tags.get(*k))
        .chain(ld.headline.iter())
        .map(|s| clean_inline(s))
        .find(|s| !s.is_empty());

    let site_name = ["og:site_name", "application-name", "publisher"]
        .iter()
        .filter_map(|k| tags.get(*k))
        .chain(ld.publisher.iter())
        .map(|s| clean_inline(s))
        .find(|s| !s.is_empty() && !s.starts_with("http"))
        .or_else(|| title_site_name(doc, title.as_deref()));
    let title = title.map(|t| without_site_name(t, site_name.as_deref()));

    let canonical = doc
        .select("link[rel~=canonical][href]")
        .nodes()
        .iter()
        .find_map(|n| n.attr("href").map(|s| s.trim().to_string()));
    // A protocol-relative link (`//site.example/a`) is the page's own scheme's, https today; a
    // path alone (`/news/a`) needs the page's address, which a saved file does not have.
    let url = canonical
        .into_iter()
        .chain(tags.get("og:url").cloned())
        .chain(ld.url)
        .map(|u| match u.strip_prefix("//") {
            Some(rest) if !rest.starts_with('/') => format!("https://{rest}"),
            _ => u,
        })
        .find(|u| u.starts_with("http://") || u.starts_with("https://"));

    let author = ["author", "article:author", "dc.creator", "parsely-author"]
        .iter()
        .filter_map(|k| tags.get(*k))
        .chain(ld.author.iter())
        .map(|s| clean_inline(s))
        .find(|s| !s.is_empty() && !s.starts_with("http"));
    PageMeta {
        title,
        published,
        site_name,
        url,
        author,
        lang: attr(&doc.select("html"), "lang"),
    }
}

/// What separates a page's headline from its site's name in `<title>` ("Fire closes berths |
/// Harbour Times").
const TITLE_SEPARATORS: &[&str] = &[" - ", " | ", " – ", " — ", " :: ", " · "];

/// "Headline - Metro Wire Today": the site's name after a separator is no part of the title (a
/// review's site wrote it into og:title on every page, and most sites into `<title>`).
fn without_site_name(title: String, site: Option<&str>) -> String {
    let head = site
        .and_then(|site| {
            TITLE_SEPARATORS
                .iter()
                .find_map(|sep| title.strip_suffix(site)?.strip_suffix(sep))
        })
        .filter(|h| !h.trim().is_empty())
        .map(|h| h.trim_end().to_string());
    head.unwrap_or(title)
}

/// The site's name a page's `<title>` carries beside its headline, for a page saved without
/// its address or an `og:site_name` (a file saved from the browser), which would otherwise
/// have no `source` at all. Read only when the rest of `<title>` is the page's headline (its
/// og:title or similar, else its first `<h1>`): "Fire in Rotterdam - live" names no site, and
/// nothing in that title alone says so.
fn title_site_name(doc: &Document, headline: Option<&str>) -> Option<String> {
    let whole = clean_inline(&doc.select("head title").nodes().first()?.text());
    let h1 = doc
        .select("h1")
        .nodes()
        .first()
        .map(|n| clean_inline(&n.text()));
    let heads: Vec<&str> = headline
        .into_iter()
        .chain(h1.as_deref())
        .filter(|h| !h.is_empty())
        .collect();
    let is_head = |part: &str| heads.iter().any(|h| h.eq_ignore_ascii_case(part.trim()));
    let site = TITLE_SEPARATORS.iter().find_map(|sep| {
        // "Headline | Site", else "Site | Headline".
        let (head, tail) = whole.rsplit_once(sep)?;
        if is_head(head) {
            return Some(tail);
        }
        let (first, rest) = whole.split_once(sep)?;
        is_head(rest).then_some(first)
    })?;
    let site = site.trim();
    // A site's name is a few words, capitalised or a host name; more is a second headline or
    // a slogan, and "live" or "updated" after a headline is no name.
    let named = site.chars().next().is_some_and(|c| !c.is_lowercase()) || site.contains('.');
    (named && site.split_whitespace().count() <= 6 && site.chars().count() <= 60)
        .then(|| site.to_string())
}

/// What the schema.org JSON-LD blocks of a page say about its article.
#[derive(Debug, Default)]
struct LdArticle {
    date: Option<String>,
    headline: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    author: Option<String>,
}

/// Reads JSON-LD blocks; an object typed as an article wins over other typed objects (a page's
/// `WebPage` or `Organization` nodes carry dates and names too, but of something else).
fn json_ld(doc: &Document) -> LdArticle {
    let mut best: Option<(u8, LdArticle)> = None;
    for node in doc.select(r#"script[type*="ld+json" i]"#).nodes() {
        let raw = node.text();
        let raw = raw
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim();
        // Many sites write line breaks raw inside JSON-LD strings, which JSON forbids and
        // browsers' consumers forgive; outside strings they are whitespace either way.
        let Ok(v) = serde_json::from_str::<Value>(raw)
            .or_else(|_| serde_json::from_str(&raw.replace(['\n', '\r', '\t'], " ")))
        else {
            continue;
        };
        let ids = ld_ids(&v);
        // A reference (`{"@id": "https://site/#org"}`, as Yoast writes `@graph`s) stands for
        // the node of that id.
        let named = |x: &Value| {
            ld_name(x).or_else(|| {
                let id = x.as_object()?.get("@id")?.as_str()?;
                ids.get(id)
                    .and_then(|node| node.get("name"))
                    .and_then(ld_text)
            })
        };
        let mut stack = vec![&v];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > 10_000 {
                break;
            }
            match v {
                Value::Array(a) => stack.extend(a.iter().rev()),
                Value::Object(o) => {
                    if let Some(g) = o.get("@graph") {
                        stack.push(g);
                    }
                    // A page's article: `{"@type": "WebPage", "mainEntity": {NewsArticle}}`.
                    if let Some(m) = o.get("mainEntity").filter(|m| !m.is_string()) {
                        stack.push(m);
                    }
                    let rank = ld_rank(o.get("@type"));
                    if rank == 0 {
                        continue;
                    }
                    // A node with a date or a headline wins over one with only a publisher or
                    // a URL, then the higher rank, then the first.
                    let full = |a: &LdArticle| a.date.is_some() || a.headline.is_some();
                    let key = |r: u8, a: &LdArticle| (full(a), r);
                    if best
                        .as_ref()
                        .is_some_and(|(r, b)| key(*r, b) >= (true, rank))
                    {
                        continue;
                    }
                    let s = |k: &str| o.get(k).and_then(ld_text);
                    let art = LdArticle {
                        date: s("datePublished").or_else(|| s("dateCreated")),
                        headline: s("headline").or_else(|| s("name")),
                        publisher: o.get("publisher").and_then(named),
                        url: s("url").or_else(|| o.get("mainEntityOfPage").and_then(ld_id)),
                        author: o.get("author").and_then(named),
                    };
                    // An article node counts with a publisher or a URL alone (a page may give
                    // its headline only in `<title>`); another typed node only with a date or a
                    // name of its own, or a site's `Organization` would pass for the article.
                    let useful =
                        full(&art) || (rank == 2 && (art.publisher.is_some() || art.url.is_some()));
                    if useful
                        && best
                            .as_ref()
                            .is_none_or(|(r, b)| key(*r, b) < key(rank, &art))
                    {
                        best = Some((rank, art));
                    }
                }
                _ => {}
            }
        }
    }
    best.map(|(_, a)| a).unwrap_or_default()
}

/// The objects of a JSON-LD block by their `@id` (the first of each), at most 10,000 looked at.
fn ld_ids(v: &Value) -> HashMap<&str, &serde_json::Map<String, Value>> {
    let mut ids = HashMap::new();
    let mut stack = vec![v];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a.iter()),
            Value::Object(o) => {
                if let Some(id) = o.get("@id").and_then(Value::as_str) {
                    ids.entry(id).or_insert(o);
                }
                stack.extend(o.values());
            }
            _ => {}
        }
    }
    ids
}

/// 2 for article types, 1 for other typed objects, 0 for untyped ones.
fn ld_rank(t: Option<&Value>) -> u8 {
    let is_article = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.contains("article") || s.contains("posting") || s.ends_with("report")
    };
    match t {
        Some(Value::String(s)) if is_article(s) => 2,
        Some(Value::Array(a)) if a.iter().filter_map(Value::as_str).any(is_article) => 2,
        Some(_) => 1,
        None => 0,
    }
}

fn ld_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Array(a) => a.iter().find_map(ld_text),
        _ => None,
    }
}

fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => ld_text(v),
        Value::Object(o) => o.get("name").and_then(ld_text),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(ld_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn ld_id(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => ld_text(v),
        Value::Object(o) => o.get("@id").or_else(|| o.get("url")).and_then(ld_text),
        _ => None,
    }
}

/// Absolute links in the extracted article to other hosts: a cited URL is attribution evidence
/// (a link to apnews.com credits AP), while links to the page's own site are navigation.
fn cited_urls(content_html: &str, base: Option<&str>) -> Vec<String> {
    let own = base.and_then(host_of);
    let frag = Document::fragment(content_html);
    let mut out: Vec<String> = Vec::new();
    for node in frag.select("a[href]").nodes() {
        let Some(href) = node.attr("href") else {
            continue;
        };
        let href = href.trim();
        if !(href.starts_with("http://") || href.starts_with("https://")) {
            continue;
        }
        let host = host_of(href);
        if host.is_none() || host == own {
            continue;
        }
        if !out.iter().any(|u| u == href) {
            out.push(href.to_string());
        }
        if out.len() >= 200 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Fire closes Rotterdam berths | Harbour Times</title>
<meta property="og:title" content="Fire closes two Rotterdam berths">
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-03-05T11:00:00+01:00">
<link rel="canonical" href="https://harbourtimes.example/2024/03/fire-rotterdam">
</head><body>
<header class="site-header"><a href="/">Harbour Times</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<main><article>
<h1>Fire closes two Rotterdam berths</h1>
<div class="share-bar"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/share">Share on Facebook</a></div>
<p>The port authority of Rotterdam said on Tuesday that a fire on a container ship had forced the closure of two berths at the Maasvlakte terminal, delaying the unloading of at least fourteen vessels.</p>
<p>Firefighters from three municipalities fought the blaze for more than nine hours before bringing it under control early on Tuesday morning, a spokeswoman for the regional safety board told reporters, <a href="https://www.reuters.com/world/europe/fire-rotterdam">Reuters reported</a>.</p>
<p>The ship, the Liberian-flagged Nordic Harmony, was carrying lithium batteries, frozen fish and textile machinery from Singapore, according to cargo manifests seen by the harbour master.</p>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Port strike ends</a></li><li><a href="/b">New cranes arrive</a></li></ul></aside>
<p>Nobody was injured, but two crew members were treated for smoke inhalation at a hospital in Spijkenisse and released in the afternoon, the spokeswoman said.</p>
</article></main>
<footer><p>© 2024 Harbour Times. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"#;

    fn page(html: &str) -> Article {
        article_from_html(
            html,
            "p.html".into(),
            "p.html".into(),
            &PageHints::default(),
        )
        .unwrap()
    }

    #[test]
    fn main_text_without_boilerplate() {
        let a = page(PAGE);
        assert!(
            a.text.starts_with("The port authority of Rotterdam"),
            "{}",
            a.text
        );
        assert!(a.text.contains("Nordic Harmony"));
        assert!(a.text.contains("released in the afternoon"));
        for chrome in [
            "cookies",
            "Share on",
            "Business",
            "Related stories",
            "Port strike",
            "All rights reserved",
            "Privacy",
        ] {
            assert!(!a.text.contains(chrome), "{chrome:?} left in: {}", a.text);
        }
        // Paragraphs stay apart, so sentences and passages keep their boundaries.
        assert_eq!(a.text.matches("\n\n").count(), 3, "{}", a.text);
        assert_eq!(a.title.as_deref(), Some("Fire closes two Rotterdam berths"));
        assert_eq!(a.source.as_deref(), Some("Harbour Times"));
        assert_eq!(a.published.unwrap().iso(), "2024-03-05T10:00:00Z");
        assert_eq!(
            a.url.as_deref(),
            Some("https://harbourtimes.example/2024/03/fire-rotterdam")
        );
        assert_eq!(
            a.references,
            vec!["https://www.reuters.com/world/europe/fire-rotterdam"]
        );
        assert_eq!(a.extra.get("lang"), Some(Value::from("en")));
    }

    /// A page saved from the browser keeps neither its address nor an og:site_name; its
    /// `<title>` still names the site beside the headline, before or after it. A title whose
    /// rest is not the headline names no site.
    #[test]
    fn a_saved_pages_title_names_its_site() {
        let body = "<p>The council approved the budget on Monday after a four-hour meeting, the mayor said, and work on the new bridge starts in May.</p>";
        let with = |head: &str, h1: &str| {
            page(&format!(
                "<html><head>{head}</head><body><article><h1>{h1}</h1>{body}</article></body></html>"
            ))
        };
        let a = with(
            "<title>Council passes budget | Riverton Ledger</title>",
            "Council passes budget",
        );
        assert_eq!(a.source.as_deref(), Some("Riverton Ledger"));
        let b = with(
            "<title>Riverton Ledger - Council passes budget</title><meta property=\"og:title\" content=\"Council passes budget\">",
            "Council passes the budget",
        );
        assert_eq!(b.source.as_deref(), Some("Riverton Ledger"));
        assert_eq!(b.title.as_deref(), Some("Council passes budget"));
        // The og:title carries the site too: it comes off the title.
        let c = with(
            "<title>Budget - what changes | Riverton Ledger</title><meta property=\"og:title\" content=\"Budget - what changes | Riverton Ledger\">",
            "Budget - what changes",
        );
        assert_eq!(c.source.as_deref(), Some("Riverton Ledger"));
        assert_eq!(c.title.as_deref(), Some("Budget - what changes"));
        for head in [
            "<title>Council budget - live</title>",
            "<title>Council passes budget</title>",
            "<title>Council budget | A very long second line that is a slogan and no name at all</title>",
        ] {
            assert_eq!(with(head, "Council budget").source, None, "{head}");
        }
    }

    /// A page with no og:title, twitter:title or JSON-LD headline takes its title from
    /// `<title>`, and the site's name after a separator comes off it as off the others: when
    /// og:site_name gives the name, and when `<title>` itself does beside the page's `<h1>`.
    #[test]
    fn the_site_name_comes_off_a_title_read_from_title() {
        let body = "<p>The regional hospital opened a new wing for children on Monday, adding sixty beds and two operating theatres, the health authority said.</p>";
        let with = |head: &str, h1: &str| {
            page(&format!(
                "<html><head>{head}</head><body><article><h1>{h1}</h1>{body}</article></body></html>"
            ))
        };
        let a = with(
            r#"<title>Hospital opens wing - Metro Wire Today</title><meta property="og:site_name" content="Metro Wire Today">"#,
            "Hospital opens wing",
        );
        assert_eq!(a.title.as_deref(), Some("Hospital opens wing"));
        assert_eq!(a.source.as_deref(), Some("Metro Wire Today"));
        let b = with(
            "<title>Hospital opens wing – Metro Wire Today</title>",
            "Hospital opens wing",
        );
        assert_eq!(b.source.as_deref(), Some("Metro Wire Today"));
        assert_eq!(b.title.as_deref(), Some("Hospital opens wing"));
        // A tail that is not the site's name stays.
        let c = with(
            r#"<title>Hospital opens wing - live</title><meta property="og:site_name" content="Metro Wire Today">"#,
            "Hospital opens wing",
        );
        assert_eq!(c.title.as_deref(), Some("Hospital opens wing - live"));
    }

    /// A helper's review of whole pages: a "Read more" box of three teasers (longer than the
    /// chrome bound), a box opening with "You may also like" under a class that says nothing,
    /// a photograph's caption, the page's visible time stamp, and the site's name after the
    /// og:title all leave the text or title; the author tag stays with the article.
    #[test]
    fn teaser_boxes_captions_time_stamps_and_the_sites_name_are_left_out() {
        let teaser = |k: usize| {
            format!(
                "<li class=\"card\"><a href=\"/s{k}\">Other story number {k} of the site</a><p>An \
                 other story's opening sentence, number {k}, long enough to read as prose on the \
                 page, according to a report by TechPulse, with a few more words to fill it.</p></li>"
            )
        };
        let teasers: String = (0..4).map(teaser).collect();
        assert!(teasers.len() > CHROME_MAX_CHARS);
        let html = format!(
            r#"<html><head><meta property="og:title" content="Drone show draws record crowd - Metro Wire Today">
<meta property="og:site_name" content="Metro Wire Today"><meta name="author" content="Reuters"></head><body>
<main><article><h1>Drone show draws record crowd</h1>
<p>Published - June 10, 2024 10:14 pm EDT</p>
<p>An estimated 60,000 people packed the waterfront in Riverton on Monday night for a drone light show marking the city's bicentennial, police said.</p>
<figure><img src="a.jpg"><figcaption>Drones over the river on Monday. Photo: Reuters</figcaption></figure>
<p>Traffic on the river bridges took almost two hours to clear after the event, and the city said it would hold the show again next year.</p>
</article>
<section class="read-more"><h2>Read more</h2><ul>{teasers}</ul></section>
<div class="box-7"><h3>You may also like</h3><ul>{teasers}</ul></div>
</main></body></html>"#
        );
        let a = page(&html);
        assert!(a.text.starts_with("An estimated 60,000"), "{}", a.text);
        for left in [
            "Other story",
            "TechPulse",
            "Photo:",
            "Published",
            "also like",
        ] {
            assert!(!a.text.contains(left), "{left:?} in {}", a.text);
        }
        assert!(a.text.contains("again next year"));
        assert_eq!(a.title.as_deref(), Some("Drone show draws record crowd"));
        assert_eq!(a.extra.byline().as_deref(), Some("Reuters"));
        // A page whose story sits inside a box named like one is kept whole.
        let html = r#"<html><body><div class="related-layout"><article><p>The council approved the budget on Monday after a four-hour meeting, the mayor said, and work on the new bridge starts in May.</p><p>Opponents said they would appeal the decision to the regional court before the summer.</p></article></div></body></html>"#;
        assert!(page(html).text.contains("approved the budget"));
        // A line that opens with "Published" and is prose stays.
        assert!(!date_line("published figures show a 3 percent rise."));
        assert!(date_line("updated: 12 march 2025, 14:02"));
    }

    /// Links to other stories set between a story's paragraphs, under no class that names
    /// them ("lire-aussi" is not "also-read"), leave the text; a paragraph that opens with such
    /// words but is prose, or links only a word of itself, stays.
    #[test]
    fn inline_links_to_other_stories_are_left_out() {
        let story = |inline: &str| {
            page(&format!(
                r#"<html><body><article><h1>Council passes budget</h1>
<p>The council approved the budget on Monday after a four-hour meeting, the mayor said.</p>
{inline}
<p>Work on the new bridge starts in May, and opponents said they would appeal.</p>
</article></body></html>"#
            ))
            .text
        };
        for (inline, left) in [
            (
                r#"<p class="lire-aussi"><strong>À lire aussi :</strong> <a href="/x">Le maire présente son plan vélo</a></p>"#,
                "plan vélo",
            ),
            (
                r#"<p><b>Also read:</b> <a href="/x">Rail fares to rise in January</a></p>"#,
                "Rail fares",
            ),
            (
                r#"<p>ALSO READ | <a href="/x">Rail fares to rise in January as operators cite costs</a></p>"#,
                "Rail fares",
            ),
            (
                r#"<p><strong>Baca juga:</strong> <a href="/x">Tarif kereta naik pada Januari</a></p>"#,
                "Tarif kereta",
            ),
            (
                r#"<p>Czytaj także: <a href="/x">Ceny biletów kolejowych wzrosną w styczniu</a></p>"#,
                "Ceny biletów",
            ),
            (
                r#"<p><a href="/x">Read more: Rail fares to rise in January</a></p>"#,
                "Rail fares",
            ),
        ] {
            let text = story(inline);
            assert!(text.contains("approved the budget"), "{text}");
            assert!(text.contains("bridge starts in May"), "{text}");
            assert!(!text.contains(left), "{inline} left in: {text}");
        }
        for (prose, kept) in [
            (
                r#"<p>Related talks between the unions and the city broke down last week, according to <a href="/u">the union</a>.</p>"#,
                "Related talks",
            ),
            (
                r#"<p>See also the mayor's statement, which said the plan would cost 40 million euros over five years.</p>"#,
                "See also the mayor",
            ),
            (
                r#"<p>Also read by the council was a <a href="/l">letter</a> from residents asking for a second crossing.</p>"#,
                "Also read by the council",
            ),
        ] {
            let text = story(prose);
            assert!(text.contains(kept), "{prose} lost: {text}");
        }
    }

    /// Reader comment threads as publishers' themes and embeds write them: a short story's
    /// text is its own paragraphs, neither a reader's comment (Readability, finding no block it
    /// is sure of, gives the longest it found) nor the story with the comments after it. A
    /// story whose class or column only contains the letters ("commentary") stays.
    #[test]
    fn reader_comments_are_left_out() {
        let p = [
            "The national museum will reopen on Saturday after a two-year renovation that cost forty million euros, its director said on Tuesday.",
            "The east wing, closed since a roof collapse in 2021, will show the museum's collection of Flemish tapestries for the first time in a decade.",
            "Entry will be free for the first weekend, and the museum expects more than twenty thousand visitors, the director told a news conference.",
        ];
        let said = "I visited the museum years ago and think that the renovation was a waste of public money, they should have spent it on schools instead.";
        let wordpress = |n: usize| {
            let items: String = (0..n)
                .map(|k| {
                    format!(
                        r#"<li id="comment-{k}" class="comment even thread-even depth-1"><article id="div-comment-{k}" class="comment-body"><footer class="comment-meta"><b class="fn">user{k}</b></footer><div class="comment-content"><p>{said} Comment number {k}.</p></div></article></li>"#
                    )
                })
                .collect();
            format!(
                r#"<div id="comments" class="comments-area"><h2 class="comments-title">{n} thoughts on "Museum reopens"</h2><ol class="comment-list">{items}</ol><div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>"#
            )
        };
        let disqus = format!(
            r#"<div id="disqus_thread"><ol><li class="comment"><div class="comment-author">user0</div><div class="comment-content"><p>{said}</p></div></li></ol></div>"#
        );
        let story = |n: usize, inside: &str, after: &str| {
            let ps: String = p[..n].iter().map(|s| format!("<p>{s}</p>")).collect();
            let html = format!(
                "<html><head><title>Museum reopens</title></head><body><article><h1>Museum reopens</h1>{ps}{inside}</article>{after}</body></html>"
            );
            (page(&html).text, p[..n].join("\n\n"))
        };
        let mut cases = vec![
            story(1, "", &disqus),
            story(2, "", &disqus),
            story(3, "", &disqus),
            story(1, "", &wordpress(1)),
            story(2, "", &wordpress(10)),
            story(3, "", &wordpress(10)),
            story(
                2,
                &wordpress(3).replace(
                    "div id=\"comments\" class=\"comments-area\"",
                    "section class=\"comments\"",
                ),
                "",
            ),
        ];
        for (n, thread) in [
            r#"<div class="fb-comments" data-href="https://x.example/a"><p>{said}</p></div>"#,
            r#"<div id="responses"><div class="response"><p>{said}</p></div></div>"#,
            r#"<div id="coral_thread"><div><p>{said}</p></div></div>"#,
            r#"<div class="viafoura"><vf-conversations><p>{said}</p></vf-conversations></div>"#,
            r#"<div id="livefyre-comment"><div><p>{said}</p></div></div>"#,
            r#"<section class="Comments"><div class="c-item"><p>{said}</p></div><div class="c-item"><p>{said} And again.</p></div></section>"#,
        ]
        .into_iter()
        .enumerate()
        {
            cases.push(story(1 + n % 3, "", &thread.replace("{said}", said)));
        }
        for (k, (text, want)) in cases.iter().enumerate() {
            assert_eq!(text, want, "case {k}");
        }
        // A block the page does not name as comments, longer than the story, outside the
        // page's <article>: the article holds the story.
        let (text, want) = story(
            1,
            "",
            &format!(r#"<div class="c-thread"><div class="c-item"><p>{said}</p></div></div>"#),
        );
        assert_eq!(text, want);
        // Not when the <article> is a card of another story: the page's only one, or one whose
        // heading is not the page's title.
        let card = "Other story of the site: the city council will vote on the new parking rules for the old town next week.";
        for html in [
            format!(
                r#"<html><head><title>Museum reopens</title></head><body><h1>Museum reopens</h1><div class="story"><p>{}</p><p>{}</p></div><article class="card"><h2>Parking</h2><p>{card}</p></article></body></html>"#,
                p[0], p[1]
            ),
            format!(
                r#"<html><head><title>Museum reopens</title></head><body><article class="card"><h1>Parking rules</h1><p>{card}</p></article><div class="story"><h1>Museum reopens</h1><p>{}</p><p>{}</p></div></body></html>"#,
                p[0], p[1]
            ),
        ] {
            let text = page(&html).text;
            assert!(
                text.contains(p[0]) && !text.contains(card),
                "{html}: {text}"
            );
        }
        // Class tokens and ids, not letters: commentary and an opinion column are stories.
        for html in [
            format!(
                r#"<html><body><h1>Museum reopens</h1><div class="commentary-body"><p>{}</p><p>{}</p></div></body></html>"#,
                p[0], p[1]
            ),
            format!(
                r#"<html><body><div id="commentary"><h2>Commentary</h2><p>{}</p><p>{}</p></div></body></html>"#,
                p[0], p[1]
            ),
            format!(
                r#"<html><body><article class="story comment"><h1>Museum reopens</h1><p>{}</p><p>{}</p></article></body></html>"#,
                p[0], p[1]
            ),
            format!(
                r#"<html><body><h1>Museum reopens</h1><article class="comment opinion"><p>{}</p><p>{}</p></article></body></html>"#,
                p[0], p[1]
            ),
        ] {
            let text = page(&html).text;
            assert!(text.contains(p[0]) && text.contains(p[1]), "{html}: {text}");
        }
    }

    #[test]
    fn dates_from_each_usual_place() {
        let body = "<p>Some text of the article that is long enough to be read as such.</p>";
        let cases = [
            (
                r#"<meta property="og:published_time" content="2023-09-19">"#,
                "2023-09-19",
            ),
            (
                r#"<meta itemprop="datePublished" content="2023-09-19T08:00:00Z">"#,
                "2023-09-19T08:00:00Z",
            ),
            (
                r#"<meta name="pubdate" content="2023-09-19 10:00:00">"#,
                "2023-09-19T10:00:00Z",
            ),
            (
                r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"H","datePublished":"2023-09-19T12:30:00+02:00","publisher":{"@type":"Organization","name":"The Courier"}}]}</script>"#,
                "2023-09-19T10:30:00Z",
            ),
            (
                r#"</head><body><article><time datetime="2023-09-18T07:00:00Z">Monday</time>"#,
                "2023-09-18T07:00:00Z",
            ),
            (
                r#"</head><body><span itemprop="datePublished">Sept. 19, 2023</span>"#,
                "2023-09-19",
            ),
        ];
        for (tag, want) in cases {
            let html = format!("<html><head>{tag}</head><body>{body}</body></html>");
            let a = page(&html);
            assert_eq!(a.published.map(|p| p.iso()).as_deref(), Some(want), "{tag}");
        }
        let ld = page(&format!(
            "<html><head>{}</head><body>{body}</body></html>",
            cases[3].0
        ));
        assert_eq!(ld.source.as_deref(), Some("The Courier"));
        assert_eq!(ld.title.as_deref(), Some("H"));
        // An article node without headline or date still names the outlet and the URL.
        let bare = page(&format!(
            "<html><head>{}</head><body>{body}</body></html>",
            r#"<script type="application/ld+json">{"@type":"NewsArticle","url":"https://courier.example/a/1","publisher":{"@type":"Organization","name":"The Courier"}}</script>"#
        ));
        assert_eq!(bare.source.as_deref(), Some("The Courier"));
        assert_eq!(bare.url.as_deref(), Some("https://courier.example/a/1"));
        // Such a node does not hide a fuller one of the same rank after it.
        let two = page(&format!(
            "<html><head>{}</head><body>{body}</body></html>",
            r#"<script type="application/ld+json">[{"@type":"NewsArticle","url":"https://courier.example/a/1"},{"@type":"NewsArticle","headline":"H2","datePublished":"2023-09-19","publisher":{"@type":"Organization","name":"The Courier"}}]</script>"#
        ));
        assert_eq!(two.title.as_deref(), Some("H2"));
        // Nor a page node's date after it.
        let page_date = page(&format!(
            "<html><head>{}</head><body>{body}</body></html>",
            r#"<script type="application/ld+json">[{"@type":"NewsArticle","url":"https://courier.example/a/1"},{"@type":"WebPage","datePublished":"2023-09-18"}]</script>"#
        ));
        assert_eq!(
            page_date.published.map(|p| p.iso()).as_deref(),
            Some("2023-09-18")
        );
        assert_eq!(
            two.published.map(|p| p.iso()).as_deref(),
            Some("2023-09-19")
        );
    }

    #[test]
    fn metadata_and_chrome_as_news_sites_write_them() {
        let body = "<article><p>The harbour fire in Rotterdam burned for six hours on Tuesday and closed four berths, the port authority said late in the evening.</p></article>";
        let page = |head: &str| {
            article_from_html(
                &format!("<html><head>{head}</head><body>{body}</body></html>"),
                "x".into(),
                "x".into(),
                &PageHints::default(),
            )
            .unwrap()
        };
        // Yoast: the publisher given by reference to a node elsewhere in the graph.
        let yoast = page(
            r##"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2023-09-19","publisher":{"@id":"https://ex.example/#org"}},{"@type":"Organization","@id":"https://ex.example/#org","name":"The Courier"}]}</script>"##,
        );
        assert_eq!(yoast.source.as_deref(), Some("The Courier"));
        assert_eq!(yoast.title.as_deref(), Some("H"));
        // The article as a page's main entity.
        let nested = page(
            r#"<script type="application/ld+json">{"@type":"WebPage","name":"Home | The Courier","mainEntity":{"@type":"NewsArticle","headline":"Harbour fire","datePublished":"2023-09-19"}}</script>"#,
        );
        assert_eq!(nested.title.as_deref(), Some("Harbour fire"));
        assert_eq!(
            nested.published.map(|p| p.iso()).as_deref(),
            Some("2023-09-19")
        );
        // A paywall box and an AMP ad's fallback text are no part of the story.
        let walled = page(
            r#"<link rel="canonical" href="https://c.example/a"></head><body><div class="paywall"><p>Subscribe to continue reading our journalism.</p></div><amp-ad width="300" height="250" type="x"><div fallback>Ad space available to advertisers.</div></amp-ad><head>"#,
        );
        assert!(!walled.text.contains("Subscribe"), "{}", walled.text);
        assert!(!walled.text.contains("Ad space"), "{}", walled.text);
        assert!(walled.text.contains("harbour fire"));
        // A protocol-relative canonical link.
        let rel = page(r#"<link rel="canonical" href="//courier.example/2023/09/19/fire">"#);
        assert_eq!(
            rel.url.as_deref(),
            Some("https://courier.example/2023/09/19/fire")
        );
        // A line break written raw inside a string.
        let raw = page(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour\nfire\",\"datePublished\":\"2023-09-19\"}</script>",
        );
        assert_eq!(
            raw.published.map(|p| p.iso()).as_deref(),
            Some("2023-09-19")
        );
    }

    #[test]
    fn page_date_wins_over_capture_date_but_capture_url_names_the_record() {
        let hints = PageHints {
            url: Some("https://mirror.example/copy".into()),
            date: parse_date("2025-01-01T00:00:00Z"),
            charset: None,
        };
        let a = article_from_html(PAGE, "w:1".into(), "w:1".into(), &hints).unwrap();
        assert_eq!(a.published.unwrap().iso(), "2024-03-05T10:00:00Z");
        assert_eq!(a.url.as_deref(), Some("https://mirror.example/copy"));
        assert_eq!(
            a.extra.get("canonical_url"),
            Some(Value::from(
                "https://harbourtimes.example/2024/03/fire-rotterdam"
            ))
        );
        let bare =
            article_from_html("<p>Text only.</p>", "w:2".into(), "w:2".into(), &hints).unwrap();
        assert_eq!(bare.published.unwrap().iso(), "2025-01-01T00:00:00Z");
        assert_eq!(bare.source.as_deref(), Some("mirror.example"));
        assert_eq!(bare.text, "Text only.");
    }

    #[test]
    fn empty_and_hostile_pages() {
        for html in [
            "",
            "<html></html>",
            "<html><body><nav><a href=/>Home</a></nav></body></html>",
            "<script>var x = '<p>not text</p>';</script>",
            "\u{0}\u{1}\u{2}\u{7f}",
        ] {
            let r = article_from_html(html, "x".into(), "x".into(), &PageHints::default());
            assert!(matches!(r, Err(PageError::NoText)), "{html:?}: {r:?}");
        }
        // Stray markup characters are text; control characters are not.
        assert_eq!(page("\u{0}\u{1}<<<>>>&amp;&&;;\u{1b}").text, "<<<>>>&&&;;");
        // Unclosed tags, stray end tags, deep nesting: no panic, text kept, and time stays
        // linear (the parser and Readability are quadratic in the depth of nested blocks).
        for (open, n) in [
            ("<div>", 150),
            ("<div>", 400),
            ("<div>", 50_000),
            ("<table><tr><td>", 3000),
        ] {
            let deep = format!("<p>Top &amp; text.</p>{}<p>Deep text.</p>", open.repeat(n));
            let t = std::time::Instant::now();
            let a = page(&deep);
            assert!(a.text.contains("Deep text."), "{}", a.text);
            assert!(a.text.contains("Top & text."), "{}", a.text);
            assert!(
                t.elapsed().as_secs_f64() < 5.0,
                "{open} x {n}: {:?}",
                t.elapsed()
            );
        }
        let broken = "<p>One<p>Two</div></span><b><i>Three</b></i><table><td>Four";
        let t = page(broken).text;
        for w in ["One", "Two", "Three", "Four"] {
            assert!(t.contains(w), "{t}");
        }
        // Broken JSON-LD and odd meta values are ignored.
        let odd = r#"<html><head><script type="application/ld+json">{"datePublished": </script><meta property="article:published_time" content="not a date"></head><body><p>Body.</p></body></html>"#;
        let a = page(odd);
        assert!(a.published.is_none());
        assert_eq!(a.text, "Body.");
    }

    #[test]
    fn depth_estimate_and_fallback_text() {
        assert_eq!(markup_shape("<div><p>a<p>b<br><img src=x/></div>").depth, 1);
        assert_eq!(
            markup_shape("<div><span><b>x</b></span></div><div></div>").depth,
            3
        );
        assert_eq!(
            markup_shape("<script>if (a<b) { '<div><div><div>' }</script><i>x</i>").depth,
            1
        );
        assert_eq!(markup_shape("</div></div><div>").depth, 1);
        // As the parser nests: `/>` on a div opens it, an end tag with nothing of its name
        // open closes nothing, one with closes what was opened after it too; in SVG `/>`
        // closes.
        assert_eq!(markup_shape(&"<div/>".repeat(5)).depth, 5);
        assert_eq!(markup_shape(&"<span>w </b>".repeat(5)).depth, 5);
        assert_eq!(markup_shape("<div><b><i></div><div></div>").depth, 3);
        assert_eq!(
            markup_shape(&format!("<svg>{}</svg><i></i>", "<path d=x/>".repeat(50))).depth,
            1
        );
        assert_eq!(markup_shape("<svg/><b><i></i></b>").depth, 2);
        let deep = "<div/>".repeat(5000);
        assert_eq!(markup_shape(&deep).depth, MAX_MARKUP_DEPTH + 1);
        assert_eq!(markup_shape("a < b and <3").depth, 0);
        // Comments and declarations open nothing, whatever they hold.
        let comments = format!(
            "<!DOCTYPE html><div>{}</div>",
            "<!-- <div> -->".repeat(2000)
        );
        assert_eq!(markup_shape(&comments).depth, 1);
        assert_eq!(markup_shape("<!-- unclosed <div><div>").depth, 0);
        assert_eq!(markup_shape("<![CDATA[x]]><b>y</b>").depth, 1);
        // Comments end where the parser ends them, so no markup hides behind a short one.
        for c in ["<!-->", "<!--->", "<!-- a --!>", "<!-- a - -- b -->"] {
            assert_eq!(
                markup_shape(&format!("{c}<div><div></div></div>")).depth,
                2,
                "{c}"
            );
        }
        assert_eq!(attribute_count(b""), 0);
        assert_eq!(attribute_count(b" a=1 b = '2 c=3' c d=\"x>y\" /"), 4);
        let many = format!("<p {}>Text</p>", "a=1 ".repeat(5000));
        assert_eq!(markup_shape(&many).attributes, 5000);
        let t = strip_tags(
            "<style>p{}</style><p>One &amp; &#233;&#x20AC; &bogus; &</p><!-- c --><div>Two</div><script>x<y</script>",
        );
        assert_eq!(clean_text(&t), "One & é€ &bogus; &\n\nTwo");
        assert_eq!(clean_text(&strip_tags("<p>a<!-->b<!-- x --!>c</p>")), "abc");
        // An entity's end is looked for in the next bytes, which may end inside a character.
        let t = strip_tags("<p>A &amp;Пожар в порту &Пожар; &#x41;</p>");
        assert_eq!(clean_text(&t), "A &Пожар в порту &Пожар; A");
    }

    #[test]
    fn the_charset_is_the_first_meta_tags() {
        let d = &mut Diagnostics::default();
        let body = b"<p>\x93Caf\xe9\x94 ok</p>";
        for head in [
            &b"<script src=\"/j.js\" charset=\"utf-8\"></script><meta charset=\"windows-1252\">"[..],
            b"<meta charset = \"iso-8859-1\">",
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
        ] {
            let s = decode_html([head, &body[..]].concat(), None, "x", d);
            assert!(s.contains("\u{201c}Caf\u{e9}\u{201d} ok"), "{s}");
        }
        // After 5 KiB of inline style.
        let mut page = format!("<style>{}</style>", "p{}".repeat(2000)).into_bytes();
        page.extend_from_slice(b"<meta charset=\"windows-1252\">");
        page.extend_from_slice(body);
        assert!(decode_html(page, None, "x", d).contains("Caf\u{e9}"));
        assert!(d.repaired.is_empty(), "{:?}", d.messages);
    }

    #[test]
    fn legacy_encodings() {
        let mut d = Diagnostics::default();
        let bytes = b"<meta charset=\"windows-1252\"><p>\x93Caf\xe9\x94 \x96 ok</p>".to_vec();
        let s = decode_html(bytes, None, "x", &mut d);
        assert!(s.contains("\u{201c}Café\u{201d} – ok"), "{s}");
        assert!(d.repaired.is_empty());
        let s = decode_html(b"<p>caf\xe9</p>".to_vec(), Some("ISO-8859-1"), "x", &mut d);
        assert!(s.contains("café"));
        let s = decode_html(b"<p>caf\xe9</p>".to_vec(), None, "x", &mut d);
        assert!(s.contains("caf\u{fffd}"));
        assert_eq!(d.repaired["invalid_utf8"], 1);
        // Other legacy encodings, declared in the page or by the HTTP header.
        let page = |charset: &str, body: &[u8]| {
            let mut b = format!("<meta charset='{charset}'><p>").into_bytes();
            b.extend_from_slice(body);
            b
        };
        let cases: [(&str, &[u8], &str); 4] = [
            ("windows-1251", b"\xcf\xee\xe6\xe0\xf0", "Пожар"),
            ("koi8-r", b"\xf0\xcf\xd6\xc1\xd2", "Пожар"),
            ("shift_jis", b"\x89\xce\x8e\x96", "火事"),
            ("gbk", b"\xbb\xf0\xd4\xd6", "火灾"),
        ];
        for (charset, body, text) in cases {
            let s = decode_html(page(charset, body), None, "x", &mut d);
            assert!(s.contains(text), "{charset}: {s}");
            let s = decode_html(body.to_vec(), Some(charset), "x", &mut d);
            assert_eq!(s, text, "{charset}");
        }
        assert_eq!(d.repaired["invalid_utf8"], 1);
        // A label the HTTP header gets wrong gives way to the page's own.
        let s = decode_html(
            page("windows-1251", b"\xcf\xee\xe6\xe0\xf0"),
            Some("x-bogus"),
            "x",
            &mut d,
        );
        assert!(s.contains("Пожар"), "{s}");
        // UTF-16 declared in a page that is bytes is read as UTF-8.
        let s = decode_html(page("utf-16", b"caf\xe9"), None, "x", &mut d);
        assert!(s.contains("caf\u{fffd}"));
    }
}
