#!/usr/bin/env python3
"""Scraped-pages review corpus for wiretrace: whole HTML pages from 8 invented sites, as a
crawler saves them, plus the same pages in WARC files.

Writes (next to this file):
  pages/<host>/<path>.html     one file per article (ids: path relative to pages/)
  truth.jsonl                  truth for the pages/ run
  crawl.warc.gz, crawl.warc    the same pages as response records (with request records,
                               a warcinfo, a redirect and a robots.txt/image the reader must skip)
  truth-warc.jsonl             truth for the WARC runs (ids crawl.warc.gz:N)
  keys.json                    key -> page id, url
Texts are in texts.py; all invented.
"""
import gzip, html, io, json, os, shutil, uuid, hashlib
from datetime import datetime, timezone

from texts import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape
# Variant switches (see VARIANTS at the end); the base corpus has all off.
OPTS = {}

SITES = {
    "hh": dict(host="www.harbourherald.co.uk", name="Harbour Herald"),
    "dl": dict(host="www.dailyledger.co.uk", name="The Daily Ledger"),
    "mw": dict(host="metrowiretoday.com", name="Metro Wire Today"),
    "vt": dict(host="www.valleytimes.com", name="Valley Times"),
    "pc": dict(host="www.pacificcourier.com", name="Pacific Courier"),
    "tp": dict(host="techpulse.io", name="TechPulse"),
    "qr": dict(host="www.lequotidiendurhone.fr", name="Le Quotidien du Rhône"),
    "aa": dict(host="www.actualpes.fr", name="Actu Alpes"),
}
BY_KEY = {a["key"]: a for a in ARTICLES}


def url(a):
    s = SITES[a["site"]]
    ext = ".html" if a["site"] in ("aa", "qr", "hh") else ""
    return "https://%s/%s%s" % (s["host"], a["slug"], ext)


def site_articles(site):
    return [a for a in ARTICLES if a["site"] == site]


def body_paras(a):
    """The article's body as the site prints it: dateline on the first paragraph,
    tagline/sign-off after."""
    ps = list(a["paras"] or [])
    if a.get("dateline"):
        ps[0] = a["dateline"] + ps[0]
    if a.get("tagline"):
        ps.append(a["tagline"])
    for x in a.get("extra_end", []):
        ps.append(x)
    return ps


def p_html(ps, also=None, after=None, inject=None):
    out = []
    for i, p in enumerate(ps):
        out.append("<p>%s</p>" % E(p, quote=False))
        if inject and i + 1 in inject:
            out.append(inject[i + 1])
    return "\n".join(out)


def tweet_html(t):
    text, who, when = t
    return ('<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">%s</p>'
            '&mdash; %s <a href="https://twitter.com/x/status/17999%s">%s</a></blockquote>\n'
            '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
            % (E(text), E(who), hashlib.md5(text.encode()).hexdigest()[:10], E(when)))


def others(a, n, own_only=True):
    """Other articles of the same site, rotating, for most-read / related lists."""
    xs = [b for b in site_articles(a["site"]) if b["key"] != a["key"]]
    if own_only:
        xs = [b for b in xs if b["relation"] in ("unrelated", "original")] or xs
    k = sum(map(ord, a["key"])) % len(xs)
    xs = xs[k:] + xs[:k]
    return xs[:n]


def dt(a):
    return datetime.fromisoformat(a["published"]) if a.get("published") else None


def first_sentence(p):
    i = p.find(". ")
    return p[: i + 1] if i > 0 else p


# ---------------------------------------------------------------------------
# Templates

def t_hh(a):
    d = dt(a)
    author = a.get("author")
    byline = ('By <a href="/authors/%s" rel="author">%s</a>' % (author.lower().replace(" ", "-"), E(author))) if author else "By %s" % E(a["byline"])
    bios = {
        "Tom Reddick": "Tom Reddick is the Herald's investigations reporter. He previously reported for Reuters and the Yorkshire Post. Contact him at tom.reddick@harbourherald.co.uk or on 01632 960 412.",
        "Sophie Carr": "Sophie Carr covers education and politics for the Herald. She joined from the Press Association in 2019.",
        "Gary Tinsley": "Gary Tinsley has covered sport in Port Alder for 20 years.",
    }
    newsletter = ('<div class="newsletter-inline"><h4>Get the Morning Tide</h4><p>Sign up for our free morning newsletter '
                  'with the day\'s top stories from Port Alder and the coast, in your inbox by 7am.</p><form action="/newsletter" method="post">'
                  '<input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>'
                  '<p class="small">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>')
    fig = ('<figure class="lead-image"><img src="https://www.harbourherald.co.uk/img/%s.jpg" alt="%s" width="1200" height="675">'
           '<figcaption>%s</figcaption></figure>' % (a["key"], E(a["title"]), E(a["caption"]))) if a.get("caption") else ""
    comments = ""
    if a.get("comments"):
        cs = "\n".join('<div class="comment"><span class="comment-author">%s</span> <span class="comment-time">%d hours ago</span><p>%s</p><a href="#">Reply</a> <a href="#">Report</a> <span class="likes">%d likes</span></div>'
                       % (E(u), 2 + i, E(t), 3 * i + 1) for i, (u, t) in enumerate(a["comments"]))
        comments = ('<section id="comments" class="comments"><h3>Comments (%d)</h3>%s<p class="comment-rules">Comments are subject to our '
                    '<a href="/community">community guidelines</a>. Please be respectful.</p></section>' % (len(a["comments"]), cs))
    mr = "".join('<li><a href="%s">%s</a></li>' % (url(b), E(b["title"])) for b in others(a, 5))
    bio = ('<div class="author-bio"><img src="/img/authors/%s.jpg" alt=""><p>%s</p></div>' % (author.lower().replace(" ", "-"), E(bios[author]))) if author in bios else ""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(a['title'])} | Harbour Herald</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Harbour Herald">
<meta property="og:type" content="article">
<meta property="og:url" content="{url(a)}">
<meta property="article:published_time" content="{a['published']}">
<link rel="canonical" href="{url(a)}">
<link rel="stylesheet" href="/static/css/main.3f9a.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"news","pageType":"article"}});</script>
</head>
<body class="article-page">
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners. <a href="/privacy">Privacy policy</a></p><button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">Harbour Herald</a>
<nav class="primary-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li><li><a href="/whats-on">What's On</a></li><li><a href="/property">Property</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/announcements">Announcements</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
<div class="weather">Port Alder 14°C, light rain</div></header>
<main id="main">
<article class="article">
<div class="breadcrumb"><a href="/news">News</a> › <a href="/news/port-alder">Port Alder</a></div>
<h1 class="headline">{E(a['title'])}</h1>
<div class="byline">{byline} <time datetime="{a['published']}">{d.strftime('%A %d %B %Y, %H:%M')}</time></div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on WhatsApp</a> <a href="#">Email</a></div>
{fig}
<div class="article-body">
{p_html(body_paras(a), inject={3: newsletter})}
</div>
{bio}
<div class="tags">Tags: <a href="/tag/port-alder">Port Alder</a> <a href="/tag/local-news">Local news</a></div>
</article>
{comments}
<aside class="most-read"><h3>Most Read</h3><ol>{mr}</ol></aside>
</main>
<footer class="site-footer"><ul><li><a href="/contact">Contact us</a></li><li><a href="/advertise">Advertise</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul>
<p>Harbour Herald, 14 Quay Street, Port Alder PA1 2QS. Registered in England No. 01234567.</p>
<p>© 2024 Harbour Herald Media Ltd. All rights reserved. Some content supplied by Reuters.</p></footer>
</body>
</html>
"""


def t_dl(a):
    d = dt(a)
    own = [b for b in site_articles("dl") if b["relation"] == "unrelated" and b["key"] != a["key"]]
    k = sum(map(ord, a["key"])) % len(own)
    rel = (own[k:] + own[:k])[:OPTS.get('related', 2)]
    related = "\n".join('<div class="related-item"><a class="rel-title" href="%s">%s</a><p class="rel-summary">%s</p></div>'
                        % (url(b), E(b["title"]), E(b["paras"][0])) for b in rel)
    inject = {}
    if a.get("also_read"):
        b = BY_KEY[a["also_read"]]
        inject[a["also_read_after"]] = '<p class="also-read"><b>Also read:</b> <a href="%s">%s</a></p>' % (url(b), E(b["title"]))
    inject.setdefault(4, '<div class="inline-ad">Advertisement</div>')
    if OPTS.get('related_inline'):
        # the related box sits inside the story text, after the second paragraph
        inject[2] = '<div class="related-stories"><h3>Related stories</h3>\n%s\n</div>' % related
        related = ""
    author = a.get("author") or a.get("byline")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["published"],
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": "The Daily Ledger", "logo": {"@type": "ImageObject", "url": "https://www.dailyledger.co.uk/logo.png"}},
          "mainEntityOfPage": url(a)}
    stand = '<p class="standfirst">%s</p>' % E(a["standfirst"]) if a.get("standfirst") else ""
    trending = "".join("<li><a href='%s'>%s</a></li>" % (url(b), E(b["title"])) for b in others(a, 4, own_only=False))
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{E(a['title'])} | The Daily Ledger</title>
<meta name="description" content="{E(a.get('standfirst') or a['paras'][0])}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script src="https://cdn.dailyledger.co.uk/js/app.min.js"></script>
</head>
<body>
<div class="page">
<div class="top-strip">{d.strftime('%A, %d %B %Y')} | <a href="/login">Sign in</a> | <a href="/subscribe">Subscribe from £1</a></div>
<div class="masthead"><a href="/"><img src="/logo.png" alt="The Daily Ledger"></a></div>
<div class="menu"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/money">Money</a> <a href="/sport">Sport</a> <a href="/travel">Travel</a> <a href="/puzzles">Puzzles</a> <a href="/opinion">Opinion</a></div>
<div class="content">
<div class="col-main">
<div class="story">
<h1 class="story-headline">{E(a['title'])}</h1>
{stand}
<div class="story-meta"><span class="author">By {E(author)}</span> <span class="date">Published {d.strftime('%d %B %Y, %H:%M')}</span></div>
<div class="social"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Copy link</a></div>
<div class="story-text">
{p_html(body_paras(a), inject=inject)}
</div>
</div>
<div class="related-stories"><h3>Related stories</h3>
{related}
</div>
<div class="comments-cta"><a href="#comments">Join the conversation: {17 + len(a['key'])} comments</a></div>
</div>
<div class="col-side"><div class="mpu">Advertisement</div><div class="trending"><h4>Trending</h4><ul>{trending}</ul></div></div>
</div>
<div class="footer"><p>© The Daily Ledger Ltd 2024. Registered in England and Wales No. 998877. <a href="/terms">Terms &amp; conditions</a> | <a href="/privacy">Privacy notice</a> | <a href="/cookies">Cookie settings</a></p></div>
</div>
</body>
</html>
"""


def t_mw(a):
    d = dt(a)
    if OPTS.get('captions') and a["key"] in CAPTIONS:
        a = dict(a, caption=CAPTIONS[a["key"]])
    fig = ('<figure class="wp-block-image size-large"><img src="https://metrowiretoday.com/wp-content/uploads/2024/06/%s.jpg" alt="">'
           '<figcaption class="wp-element-caption">%s</figcaption></figure>' % (a["key"], E(a["caption"]))) if a.get("caption") else ""
    teasers = "\n".join('<li class="teaser"><a href="%s">%s</a><p>%s</p></li>' % (url(b), E(b["title"]), E(first_sentence(b["paras"][0])))
                        for b in others(a, 3, own_only=False))
    og = a["title"] + " - Metro Wire Today"
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(og)}</title>
<meta property="og:title" content="{E(og)}">
<meta property="og:site_name" content="Metro Wire Today">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{a['published']}">
<meta property="article:section" content="News">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","name":{json.dumps(og)},"url":"{url(a)}"}},{{"@type":"Organization","name":"Metro Wire Today"}}]}}</script>
<link rel='stylesheet' id='theme-css' href='https://metrowiretoday.com/wp-content/themes/mwt/style.css?ver=6.5' media='all'>
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">Metro Wire Today</a></div>
<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/us">U.S.</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/sports">Sports</a></li><li><a href="/entertainment">Entertainment</a></li></ul></nav></header>
<div class="breaking-ticker"><strong>BREAKING:</strong> <a href="/live">Follow our live coverage</a></div>
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail">
<header class="entry-header"><span class="cat-links"><a href="/world">World</a></span>
<h1 class="entry-title">{E(a['title'])}</h1>
<div class="entry-meta">By {E(a['byline'])} | <time class="entry-date published" datetime="{a['published']}">{d.strftime('%B %d, %Y %I:%M %p')}</time></div></header>
{fig}
<div class="entry-content">
{p_html(body_paras(a), inject={2: '<div class="ad-slot"><span>Advertisement</span></div>'})}
</div>
<footer class="entry-footer"><div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">Email</a></div></footer>
</article>
{'' if OPTS.get('noteasers') else '<section class="read-more"><h2>Read more</h2><ul>' + teasers + '</ul></section>'}
</main>
<footer id="colophon" class="site-footer"><p>© 2024 Metro Wire Today. Metro Wire Today carries content from Reuters, The Associated Press and AFP. All rights reserved.</p><p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a></p></footer>
</div>
</body>
</html>
"""


def t_vt(a):
    fig = ('<div class="photo"><img src="/photos/%s.jpg"><div class="cutline">%s</div></div>' % (a["key"], E(a["caption"]))) if a.get("caption") else ""
    popular = "".join('<li><a href="%s">%s</a></li>' % (url(b), E(b["title"])) for b in others(a, 5, own_only=False))
    # the date is only in the URL (and in a human-readable line)
    y, m, dd = a["slug"].split("/")[1:4]
    human = datetime(int(y), int(m), int(dd)).strftime("%B %d, %Y").replace(" 0", " ")
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{E(a['title'])} — Valley Times</title>
<link href="/css/vt.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="wrapper">
<div id="header"><a href="/"><img src="/images/vt-logo.gif" alt="Valley Times"></a>
<div id="topnav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sports">Sports</a> | <a href="/obituaries">Obituaries</a> | <a href="/classifieds">Classifieds</a> | <a href="/e-edition">e-Edition</a> | <a href="/subscribe">Subscribe</a></div>
<div id="weather">Cedar Falls: 72°F Partly cloudy</div></div>
<div id="content">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td valign="top" id="maincol">
<h2 class="storyheadline">{E(a['title'])}</h2>
<div class="byline">{E(a['byline'])}</div>
<div class="dateline">{human}</div>
{fig}
<div id="storytext">
{p_html(body_paras(a))}
</div>
<div class="storytools"><a href="#">Print</a> | <a href="#">Email</a> | <a href="#">Share</a></div>
<div class="fb-comments" data-href="{url(a)}"><p>Comments are provided by Facebook. Please keep it civil.</p></div>
</td><td valign="top" id="rightcol" width="300">
<div class="box"><h3>Most Popular</h3><ol>{popular}</ol></div>
<div class="box ad"><p>Advertisement</p></div>
</td></tr></table>
</div>
<div id="footer"><p>Valley Times, 501 Commercial St., Cedar Falls, IA 50613 | (319) 555-0142</p><p>Copyright © 2024 Valley Times Publishing Co. All rights reserved. Some stories provided by The Associated Press.</p></div>
</div>
</body>
</html>
"""


def t_pc(a):
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting" if a.get("entries") else "NewsArticle",
          "headline": a["title"], "datePublished": a["published"], "author": [{"@type": "Person", "name": a["byline"].replace("By ", "").split(",")[0]}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Pacific Courier"}, "url": url(a)}
    fig = ('<figure class="lead-art"><picture><img src="https://static.pacificcourier.com/img/%s.jpg" alt=""></picture><figcaption><span class="caption">%s</span></figcaption></figure>'
           % (a["key"], E(a["caption"]))) if a.get("caption") else ""
    if a.get("entries"):
        parts = []
        for i, (t, txt) in enumerate(a["entries"]):
            parts.append('<div class="live-entry" id="entry-%d"><time class="entry-time">%s</time><div class="entry-body"><p>%s</p></div><div class="entry-share"><a href="#entry-%d">Link</a> <a href="#">Share</a></div></div>' % (i, t, E(txt), i))
            if a.get("tweets") and i + 1 == a.get("tweet_after"):
                parts.append(tweet_html(a["tweets"][0]))
        body = '<div class="live-feed">\n%s\n</div>' % "\n".join(parts)
    else:
        body = '<div class="article-body">\n%s\n</div>' % p_html(body_paras(a), inject={3: '<div class="paywall-meter">You have 3 free articles left this month. <a href="/subscribe">Subscribe for $1 a week</a>.</div>'})
    trending = "".join('<li><a href="%s">%s</a></li>' % (url(b), E(b["title"])) for b in others(a, 4, own_only=False))
    d = dt(a)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} | Pacific Courier</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Pacific Courier">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body>
<a class="skip-link" href="#content">Skip to content</a>
<header><div class="brand"><a href="/">Pacific Courier</a></div><nav aria-label="Sections"><a href="/news/local">Local</a> <a href="/news/california">California</a> <a href="/news/nation">Nation</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/obituaries">Obituaries</a></nav><a class="subscribe-btn" href="/subscribe">Subscribe</a></header>
<div class="consent-banner" id="onetrust-banner-sdk"><p>By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts.</p><button>Accept All Cookies</button> <button>Cookie Settings</button></div>
<main id="content">
<article>
<h1>{E(a['title'])}</h1>
<div class="meta"><span class="byline">{E(a['byline'])}</span> <span class="pubdate">{d.strftime('%B %d, %Y %I:%M %p')} PT</span></div>
{fig}
{body}
</article>
<aside class="trending"><h2>Trending</h2><ol>{trending}</ol></aside>
<div class="newsletter"><h3>The Morning Courier</h3><p>Start your day with the stories Central Coast readers are talking about. Delivered weekdays at 6 a.m.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
</main>
<footer><p>© 2024 Pacific Courier Media Group. All rights reserved. <a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Service</a> <a href="/do-not-sell">Do Not Sell or Share My Personal Information</a></p></footer>
</body>
</html>
"""


def t_tp(a):
    inject = {}
    if a.get("tweets"):
        inject[a["tweet_after"]] = "\n".join(tweet_html(t) for t in a["tweets"])
    inject.setdefault(3, '<div class="newsletter-box"><h4>Get TechPulse Daily</h4><p>The day\'s most important tech news, explained. Free, every weekday morning.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></div>')
    author = a.get("author") or a.get("byline")
    bios = {"Dana Okoro": "Dana Okoro is a senior reporter at TechPulse covering hardware, mobility and consumer safety. Send tips securely on Signal at +1 512 555 0199.",
            "Priyanka Rao": "Priyanka Rao covers semiconductors and venture capital for TechPulse. She was previously a reporter at Bloomberg.",
            "Marcus Webb": "Marcus Webb is TechPulse's reviews editor. He has tested more than 300 phones."}
    if OPTS.get('bio'):
        bios["Dana Okoro"] = "Dana Okoro is a senior reporter at TechPulse covering hardware and consumer safety. She previously reported for Reuters in Singapore and London."
    bio = ('<div class="author-box"><p>%s</p></div>' % E(bios[author])) if author in bios else ""
    dek = '<p class="dek">%s</p>' % E(a["dek"]) if a.get("dek") else ""
    readmore = "\n".join('<div class="card"><a href="%s"><h3>%s</h3></a><p>%s</p></div>' % (url(b), E(b["title"]), E(b.get("dek") or first_sentence(b["paras"][0])))
                         for b in others(a, 3))
    comments = ""
    if a.get("comments"):
        comments = '<section class="comments"><h2>%d Comments</h2>%s</section>' % (len(a["comments"]), "".join(
            '<div class="comment"><b>%s</b><p>%s</p></div>' % (E(u), E(t)) for u, t in a["comments"]))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - TechPulse</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="TechPulse">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div class="topbar"><a href="/" class="logo">TechPulse</a><nav><a href="/news">News</a> <a href="/reviews">Reviews</a> <a href="/ai">AI</a> <a href="/science">Science</a> <a href="/deals">Deals</a> <a href="/podcast">Podcast</a></nav><button class="search">Search</button></div>
<main>
<article class="post">
<h1 class="post-title">{E(a['title'])}</h1>
{dek}
<div class="post-meta">By <span class="author">{E(author)}</span> · <time datetime="{a['published']}">{dt(a).strftime('%b %d, %Y, %I:%M %p')}</time> · 4 min read</div>
<div class="share-buttons"><button>Share</button> <button>Copy link</button> <button>Save</button></div>
<div class="post-content">
{p_html(body_paras(a), inject=inject)}
</div>
{bio}
</article>
<section class="read-more"><h2>Read more</h2>
{readmore}
</section>
{comments}
</main>
<footer class="footer"><p>TechPulse is an independent publication. © 2024 TechPulse Media Inc.</p><p><a href="/about">About</a> <a href="/ethics">Ethics policy</a> <a href="/careers">Careers</a></p></footer>
</body>
</html>
"""


def t_qr(a):
    inject = {}
    if a.get("also_read"):
        b = BY_KEY[a["also_read"]]
        inject[a["also_read_after"]] = '<p class="lire-aussi"><strong>À lire aussi :</strong> <a href="%s">%s</a></p>' % (url(b), E(b["title"]))
    fig = ('<figure><img src="/medias/%s.jpg" alt=""><figcaption>%s</figcaption></figure>' % (a["key"], E(a["caption"]))) if a.get("caption") else ""
    lus = "".join('<li><a href="%s">%s</a></li>' % (url(b), E(b["title"])) for b in others(a, 4, own_only=False))
    author = a.get("author") or a.get("byline")
    d = dt(a)
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{E(a['title'])} - Le Quotidien du Rhône</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Le Quotidien du Rhône">
<meta property="article:published_time" content="{a['published']}">
</head>
<body>
<div class="bandeau-cookies" id="didomi-host"><p>Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement à tout moment.</p><button>Accepter &amp; Fermer</button> <button>Paramétrer</button></div>
<header><a href="/" class="logo">Le Quotidien du Rhône</a><nav><a href="/lyon">Lyon</a> <a href="/villeurbanne">Villeurbanne</a> <a href="/ain">Ain</a> <a href="/economie">Économie</a> <a href="/sports">Sports</a> <a href="/sortir">Sortir</a> <a href="/abonnement">S'abonner</a></nav></header>
<main>
<article>
<h1>{E(a['title'])}</h1>
<p class="auteur">Par {E(author)} - {d.day} {mois[d.month-1]} {d.year} à {d.strftime('%Hh%M')}</p>
<div class="partage"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copier le lien</a></div>
{fig}
<div class="corps-article">
{p_html(body_paras(a), inject=inject)}
</div>
</article>
<aside class="les-plus-lus"><h2>Les plus lus</h2><ol>{lus}</ol></aside>
</main>
<footer><p>© Le Quotidien du Rhône 2024 - Reproduction interdite sauf autorisation. Certaines dépêches sont fournies par l'AFP.</p><p><a href="/mentions-legales">Mentions légales</a> · <a href="/cgu">CGU</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def t_aa(a):
    same = "".join('<li><a href="%s">%s</a></li>' % (url(b), E(b["title"])) for b in others(a, 3, own_only=False))
    fig = ('<div class="visuel"><img src="/img/%s.jpg"><p class="legende">%s</p></div>' % (a["key"], E(a["caption"]))) if a.get("caption") else ""
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>{E(a['title'])} - Actu Alpes</title>
<meta name="description" content="{E(a['paras'][0][:150])}">
</head>
<body>
<div id="header"><div class="logo"><a href="/">Actu Alpes</a></div><ul class="menu"><li><a href="/actualite/isere">Isère</a></li><li><a href="/actualite/savoie">Savoie</a></li><li><a href="/actualite/ain">Ain</a></li><li><a href="/meteo">Météo</a></li><li><a href="/montagne">Montagne</a></li></ul></div>
<div id="page">
<div class="article">
<h1 class="titre">{E(a['title'])}</h1>
<div class="infos">{E(a['byline'])} | Publié le <time datetime="{a['published']}">{dt(a).strftime('%d/%m/%Y à %H:%M')}</time></div>
{fig}
<div class="texte">
{p_html(body_paras(a))}
</div>
<div class="partager">Partager : <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">E-mail</a></div>
</div>
<div class="meme-sujet"><h3>Sur le même sujet</h3><ul>{same}</ul></div>
</div>
<div id="footer">Actu Alpes © 2024 - Tous droits réservés - <a href="/contact">Contact</a></div>
</body>
</html>
"""


# Agency photo credits as agencies write them, for the 'captions' variant (own stories only).
CAPTIONS = {
    "mw-own-drone-show": "Drones form the city skyline over the Kessel River in Riverton, June 10, 2024. REUTERS/Alan Fenwick",
    "mw-own-stadium": "Protesters rally outside City Hall before the vote in Riverton, June 12, 2024. AFP PHOTO / Jim Kessler",
    "mw-ebike-rewrite": "A Vantor Cargo e-bike at a trade show in Amsterdam. Photo: Reuters",
}

TEMPLATES = dict(hh=t_hh, dl=t_dl, mw=t_mw, vt=t_vt, pc=t_pc, tp=t_tp, qr=t_qr, aa=t_aa)
ENC = dict(aa="cp1252")


def page_id(a):
    s = SITES[a["site"]]
    slug = a["slug"].replace("/", "_")
    return "%s/%s.html" % (s["host"], slug)


# ---------------------------------------------------------------------------
# WARC

def warc_record(rtype, uri, date, payload, extra=()):
    rid = "<urn:uuid:%s>" % uuid.UUID(hashlib.md5((rtype + (uri or "") + date).encode()).hexdigest())
    hdr = ["WARC/1.0", "WARC-Type: " + rtype, "WARC-Record-ID: " + rid, "WARC-Date: " + date]
    if uri:
        hdr.append("WARC-Target-URI: " + uri)
    hdr += list(extra)
    hdr.append("Content-Length: %d" % len(payload))
    return ("\r\n".join(hdr) + "\r\n\r\n").encode() + payload + b"\r\n\r\n"


def chunked(b, n=700):
    out = b""
    for i in range(0, len(b), n):
        c = b[i:i + n]
        out += b"%x\r\n" % len(c) + c + b"\r\n"
    return out + b"0\r\n\r\n"


def http_response(a, body, i):
    ctype = "text/html; charset=windows-1252" if a["site"] == "aa" else "text/html; charset=utf-8"
    if a["site"] == "vt":
        ctype = "text/html"  # old server: no charset in the header, the meta says UTF-8
    headers = ["HTTP/1.1 200 OK", "Date: Sat, 15 Jun 2024 03:%02d:11 GMT" % (i % 60), "Server: nginx", "Content-Type: " + ctype,
               "Cache-Control: max-age=300", "Vary: Accept-Encoding"]
    if i % 3 == 1:
        body = gzip.compress(body, mtime=0)
        headers.append("Content-Encoding: gzip")
    if i % 4 == 2:
        headers.append("Transfer-Encoding: chunked")
        body = chunked(body)
    else:
        headers.append("Content-Length: %d" % len(body))
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body


def main(pages_name="pages", warc=True):
    pages = os.path.join(HERE, pages_name)
    shutil.rmtree(pages, ignore_errors=True)
    keys = {}
    rendered = []
    for a in ARTICLES:
        pid = page_id(a)
        doc = TEMPLATES[a["site"]](a)
        b = doc.encode(ENC.get(a["site"], "utf-8"))
        path = os.path.join(pages, pid)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b)
        keys[a["key"]] = dict(id=pid, url=url(a))
        rendered.append((pid, a, b))
    ids = {a["key"]: keys[a["key"]]["id"] for a in ARTICLES}
    if not warc:
        return

    def truth_line(a, idmap):
        p = a["parent"]
        c = a["cluster"]
        return dict(id=idmap[a["key"]], cluster=idmap.get(c, c), parent=idmap.get(p, p) if p else None, relation=a["relation"])

    with open(os.path.join(HERE, "truth.jsonl"), "w") as f:
        for a in ARTICLES:
            f.write(json.dumps(truth_line(a, ids), ensure_ascii=False) + "\n")

    # WARC, in the order the directory run reads the pages (sorted paths)
    rendered.sort(key=lambda r: r[0])
    recs = []
    recs.append(("warcinfo", None, b"software: review-build/1.0\r\nformat: WARC File Format 1.0\r\n", ["Content-Type: application/warc-fields"]))
    # a robots.txt and a redirect the reader must pass over
    recs.append(("response", "https://www.harbourherald.co.uk/robots.txt",
                 b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 26\r\n\r\nUser-agent: *\nDisallow: /a", ["Content-Type: application/http; msgtype=response"]))
    warc_ids = {}
    n = len(recs)
    for i, (pid, a, b) in enumerate(rendered):
        u = url(a)
        if i == 5:
            red = ("HTTP/1.1 301 Moved Permanently\r\nLocation: %s\r\nContent-Type: text/html\r\nContent-Length: 0\r\n\r\n" % u).encode()
            recs.append(("response", u.replace("https://", "http://"), red, ["Content-Type: application/http; msgtype=response"]))
        recs.append(("request", u, ("GET /%s HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0 (compatible; review-bot/1.0)\r\n\r\n" % (u.split("/", 3)[3], u.split("/")[2])).encode(),
                     ["Content-Type: application/http; msgtype=request"]))
        recs.append(("response", u, http_response(a, b, i), ["Content-Type: application/http; msgtype=response"]))
        warc_ids[a["key"]] = len(recs)  # 1-based record number
        if i == 9:
            img = b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Length: 4\r\n\r\n\xff\xd8\xff\xe0"
            recs.append(("response", "https://techpulse.io/img/logo.jpg", img, ["Content-Type: application/http; msgtype=response"]))
    with open(os.path.join(HERE, "crawl.warc"), "wb") as plain, open(os.path.join(HERE, "crawl.warc.gz"), "wb") as gz:
        for k, (t, u, payload, extra) in enumerate(recs):
            r = warc_record(t, u, "2024-06-15T03:%02d:%02dZ" % (k // 60 % 60, k % 60), payload, extra)
            plain.write(r)
            gz.write(gzip.compress(r, mtime=0))
    for name in ("crawl.warc.gz", "crawl.warc"):
        idm = {k: "%s:%d" % (name, v) for k, v in warc_ids.items()}
        with open(os.path.join(HERE, "truth-" + name.replace(".", "-") + ".jsonl"), "w") as f:
            for a in ARTICLES:
                f.write(json.dumps(truth_line(a, idm), ensure_ascii=False) + "\n")
    for k in keys:
        keys[k]["warc"] = warc_ids[k]
    with open(os.path.join(HERE, "keys.json"), "w") as f:
        json.dump(keys, f, indent=1, ensure_ascii=False)
    print("%d pages, %d WARC records" % (len(rendered), len(recs)))


# Variants: the same corpus with one template detail changed, written to pages-<name>/ (same
# ids, so truth.jsonl scores them).
VARIANTS = {
    "noteasers": dict(noteasers=True),      # Metro Wire without its "Read more" teaser list
    "captions": dict(noteasers=True, captions=True),  # ... and agency-style photo credits on own stories
    "related3": dict(related=3),            # Daily Ledger "Related stories" box with 3 leads (> 600 chars)
    "bio": dict(bio=True),
    "related3inline": dict(related=3, related_inline=True),  # that box inside the story text                  # TechPulse author box naming Reuters as a former employer
}

if __name__ == "__main__":
    main()
    for name, o in VARIANTS.items():
        OPTS.clear(); OPTS.update(o)
        main("pages-" + name, warc=False)
    OPTS.clear()
