//! Publication dates arrive in every form scrapers produce; all are reduced to one UTC instant
//! plus its precision so that articles can be ordered.

use crate::model::{Article, Dated, Published};
use chrono::{DateTime, NaiveDate, NaiveDateTime};

const DATETIME_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%Y%m%dT%H%M%S",
    "%Y%m%dT%H%M",
];

/// `s` with the decimal comma of its seconds (ISO 8601 allows `14:05:00,5`) made a point, when
/// it has one; chrono reads only the point.
fn decimal_point(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let k = s.find(',')?;
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    // `HH:MM:SS,f`: two digits after a colon before it, a digit after it.
    let seconds = k >= 3 && b[k - 3] == b':' && digit(k - 1) && digit(k - 2) && digit(k + 1);
    seconds.then(|| format!("{}.{}", &s[..k], &s[k + 1..]))
}

const DATE_FORMATS: &[&str] = &[
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y%m%d",
    "%d.%m.%Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%b. %d, %Y",
    "%A, %B %d, %Y",
    "%A, %d %B %Y",
    "%a, %d %b %Y",
    "%A %d %B %Y",
    "%a %d %b %Y",
    "%a, %b %d, %Y",
];

/// Parses a date or date-time string; None when no known form matches.
pub fn parse_date(s: &str) -> Option<Published> {
    // Years 0 and 1 are no one's publication date but placeholders ("0000-01-01", .NET's
    // "0001-01-01T00:00:00"); nothing in a news dump predates the year 1000.
    // The Unix epoch itself is what a date of 0 prints as. A year past 9999 is no date either,
    // and ISO 8601 would print it with a sign ("+10000-01-01"), which readers of
    // `published` do not expect.
    parse_any_date(s).filter(|p| (YEAR_1000..YEAR_10000).contains(&p.ts) && p.ts != 0)
}

/// 10000-01-01T00:00:00Z in Unix seconds.
const YEAR_10000: i64 = 253_402_300_800;

/// 2100-01-01T00:00:00Z in Unix seconds.
const YEAR_2100: i64 = 4_102_444_800;

/// 1000-01-01T00:00:00Z in Unix seconds.
const YEAR_1000: i64 = -30_610_224_000;

fn parse_any_date(s: &str) -> Option<Published> {
    let s = s.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(instant(dt.timestamp()));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(instant(dt.timestamp()));
    }
    // ISO 8601 beyond RFC 3339's profile, as pages and feeds write it: a space for the `T`,
    // no seconds (HTML's `<time datetime>` allows that), an offset of hours only (`+02`) or
    // without its colon (`+0200`), a decimal comma, the basic format (`20230919T140500Z`).
    let iso = decimal_point(s);
    let s = iso.as_deref().unwrap_or(s);
    for fmt in [
        "%Y-%m-%d %H:%M:%S%#z",
        "%Y-%m-%dT%H:%M:%S%#z",
        "%Y-%m-%dT%H:%M:%S%.f%#z",
        "%Y-%m-%d %H:%M:%S%.f%#z",
        "%Y-%m-%dT%H:%M%#z",
        "%Y-%m-%d %H:%M%#z",
        "%Y-%m-%d %H:%M:%S %#z",
        "%Y-%m-%d %H:%M %#z",
        "%Y%m%dT%H%M%S%#z",
        "%Y%m%dT%H%M%#z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(instant(dt.timestamp()));
        }
    }
    let naive = s.trim_end_matches('Z').trim_end_matches(" UTC");
    for fmt in DATETIME_FORMATS {
        if let Ok(dt) = NaiveDateTime::parse_from_str(naive, fmt) {
            return Some(instant(dt.and_utc().timestamp()));
        }
    }
    if let Some(d) = written_date(s) {
        return Some(day(d));
    }
    if let Some(p) = date_then_time(s) {
        return Some(p);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && s.len() >= 9 {
        // Wayback and CDX timestamps (`20240701100000`), with or without seconds: as epoch
        // seconds or milliseconds these digits would be centuries ahead. Only these lengths,
        // so that chrono's lenient widths never read epoch milliseconds as a date.
        let compact = match s.len() {
            14 => Some("%Y%m%d%H%M%S"),
            12 => Some("%Y%m%d%H%M"),
            _ => None,
        };
        if let Some(dt) = compact.and_then(|f| NaiveDateTime::parse_from_str(s, f).ok()) {
            return Some(instant(dt.and_utc().timestamp()));
        }
        return s.parse::<i64>().ok().and_then(parse_timestamp);
    }
    None
}

/// A date of [`DATE_FORMATS`].
fn written_date(s: &str) -> Option<NaiveDate> {
    // "Sept." is common in news copy but not a chrono month abbreviation.
    let fixed = s.replace("Sept.", "Sep.").replace("Sept ", "Sep ");
    DATE_FORMATS
        .iter()
        .find_map(|fmt| NaiveDate::parse_from_str(&fixed, fmt).ok())
}

/// A written date followed by a time of day, as pages print them: "Nov 9, 2023, 10:30 AM",
/// "9 November 2023 10:30 GMT", "November 9, 2023 at 10:30", "Sept. 19, 2023 3:05 p.m. EDT",
/// "19 Sep 2023 - 14:05". Without a zone the time is UTC, as ISO times without an offset are
/// read; with a zone it does not know (ET, IST: which offset depends on the season or the
/// country) only the day is kept, since a time hours off would misorder the day's copies.
fn date_then_time(s: &str) -> Option<Published> {
    static FORM: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let form = FORM.get_or_init(|| {
        regex::Regex::new(
            r"(?x)^(?P<date>.*?\d{4})\s*(?:,|\bat\b|[-–|·])?\s*
            (?P<h>\d{1,2})[:.](?P<m>\d{2})(?::(?P<s>\d{2}))?
            \s*(?P<ampm>(?i:[ap]\.?\s?m\.?))?
            \s*(?P<zone>[A-Za-z]{1,5}(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})?$",
        )
        .expect("date-time form")
    });
    let c = form.captures(s.trim())?;
    let date = written_date(c["date"].trim_end_matches([',', ' ']))?;
    let num = |k: &str| {
        c.name(k)
            .map_or(Some(0), |m| m.as_str().parse::<u32>().ok())
    };
    let (mut h, m, sec) = (num("h")?, num("m")?, num("s")?);
    if let Some(ampm) = c.name("ampm") {
        if !(1..=12).contains(&h) {
            return None;
        }
        let pm = ampm.as_str().starts_with(['p', 'P']);
        h = h % 12 + if pm { 12 } else { 0 };
    }
    let time = chrono::NaiveTime::from_hms_opt(h, m, sec)?;
    let offset = match c.name("zone") {
        None => Some(0),
        Some(z) => zone_offset(z.as_str()),
    };
    Some(match offset {
        Some(o) => instant(date.and_time(time).and_utc().timestamp() - o),
        None => day(date),
    })
}

/// Seconds east of UTC of a zone as pages print it after a time: `GMT`, `UTC+2`, `+05:30`, and
/// the abbreviations of one fixed offset; None for one it does not know or that names several
/// (`CST` is Chicago's and Beijing's, `AST` the Atlantic's and Arabia's, `IST` India's,
/// Ireland's and Israel's).
fn zone_offset(z: &str) -> Option<i64> {
    let (name, rest) = z
        .find(['+', '-'])
        .map_or((z, ""), |k| (z[..k].trim_end(), &z[k..]));
    let name = name.to_ascii_uppercase();
    // Only a universal time takes hours after it (`GMT+2`); `EST+1` is no zone.
    if !rest.is_empty() && !matches!(name.as_str(), "" | "GMT" | "UTC") {
        return None;
    }
    let hours: i64 = match name.as_str() {
        "" | "Z" | "GMT" | "UTC" | "UT" => 0,
        "EST" => -5,
        "EDT" => -4,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        "BST" | "CET" | "WAT" => 1,
        "CEST" | "EET" | "CAT" | "SAST" => 2,
        "EEST" | "MSK" | "EAT" => 3,
        "PKT" => 5,
        "WIB" | "ICT" => 7,
        "HKT" | "SGT" | "PHT" | "AWST" => 8,
        "JST" | "KST" => 9,
        "AEST" => 10,
        "AEDT" => 11,
        _ => return None,
    };
    let extra = if rest.is_empty() {
        0
    } else {
        let sign = if rest.starts_with('-') { -1 } else { 1 };
        let digits: String = rest[1..].chars().filter(char::is_ascii_digit).collect();
        let (hh, mm) = match digits.len() {
            1 | 2 => (digits.parse::<i64>().ok()?, 0),
            3 | 4 => {
                let k = digits.len() - 2;
                (
                    digits[..k].parse::<i64>().ok()?,
                    digits[k..].parse::<i64>().ok()?,
                )
            }
            _ => return None,
        };
        if hh > 14 || mm > 59 {
            return None;
        }
        sign * (hh * 3600 + mm * 60)
    };
    Some(hours * 3600 + extra)
}

/// An article's date for ordering: `published`, or else the date in its URL.
pub fn dated(a: &Article) -> Option<Dated> {
    match a.published {
        Some(at) => Some(Dated {
            at,
            from_url: false,
        }),
        None => a
            .url
            .as_deref()
            .and_then(date_from_url)
            .map(|at| Dated { at, from_url: true }),
    }
}

/// The publication date a news URL carries in its path, as most outlets put it there
/// (`/2023/09/19/`, `/2023/sep/19/`, `-2023-09-19/`, `/20230919/`); None when it has none.
/// Scraped dumps often lack a `published` field while the URL still says the day, and without
/// any date only the texts can orient two copies (an exact copy, none at all). The first date
/// in the path wins; query and fragment are not read (they hold tracking and search dates).
pub fn date_from_url(url: &str) -> Option<Published> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.find('/').map_or("", |k| &rest[k..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    (0..segs.len()).find_map(|i| {
        segs.get(i..i + 3)
            .and_then(date_in_segments)
            .or_else(|| date_in_segment(segs[i]))
    })
}

/// `YYYY/MM/DD` or `YYYY/mon/DD` as three path segments.
fn date_in_segments(ymd_segs: &[&str]) -> Option<Published> {
    let [y, m, d] = ymd_segs else {
        return None;
    };
    let y = whole_number(y, 4, 4)?;
    let m = whole_number(m, 1, 2).or_else(|| month_named(m))?;
    ymd(y, m, whole_number(d, 1, 2)?)
}

/// The segment as a number when it is only `min..=max` ASCII digits.
fn whole_number(s: &str, min: usize, max: usize) -> Option<u32> {
    let digits = (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| s.parse().ok()).flatten()
}

fn month_named(s: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let s = s.to_ascii_lowercase();
    let s = if s == "sept" { "sep" } else { s.as_str() };
    // A three-letter abbreviation, or the full name.
    MONTHS
        .iter()
        .position(|m| s == *m || (s.len() > 3 && s.starts_with(m) && FULL_MONTHS.contains(&s)))
        .map(|k| k as u32 + 1)
}

const FULL_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `YYYY-MM-DD` or `YYYY_MM_DD` (one separator kind), or `YYYYMMDD`, anywhere in one path
/// segment, as a run of digits of its own: an article number that happens to contain eight
/// plausible digits inside a longer run is not a date.
fn date_in_segment(seg: &str) -> Option<Published> {
    let b = seg.as_bytes();
    let digits_at =
        |k: usize, n: usize| b.len() >= k + n && b[k..k + n].iter().all(u8::is_ascii_digit);
    let num = |k: usize, n: usize| seg[k..k + n].parse::<u32>().ok();
    let mut k = 0;
    while k < b.len() {
        if !b[k].is_ascii_digit() || (k > 0 && b[k - 1].is_ascii_digit()) {
            k += 1;
            continue;
        }
        let run = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 8 {
            if let Some(d) = ymd(num(k, 4)?, num(k + 4, 2)?, num(k + 6, 2)?) {
                return Some(d);
            }
        } else if run == 4
            && b.len() >= k + 10
            && matches!(b[k + 4], b'-' | b'_')
            && b[k + 7] == b[k + 4]
            && digits_at(k + 5, 2)
            && digits_at(k + 8, 2)
            && !digits_at(k + 10, 1)
        {
            if let Some(d) = ymd(num(k, 4)?, num(k + 5, 2)?, num(k + 8, 2)?) {
                return Some(d);
            }
        }
        k += run;
    }
    None
}

/// A calendar day of the web's years; None for anything else (`/1234/56/78/`).
fn ymd(y: u32, m: u32, d: u32) -> Option<Published> {
    if !(1990..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).map(day)
}

/// Unix timestamps in seconds or milliseconds (told apart by magnitude).
pub fn parse_timestamp(n: i64) -> Option<Published> {
    // 0 and -1 are what exporters write for "no date"; no news dump dates articles before 1970
    // in epoch seconds.
    if n <= 0 {
        return None;
    }
    let secs = if n.abs() > 100_000_000_000 {
        n / 1000
    } else {
        n
    };
    // Digits that read as a time after 2100 are not epoch time but something else (an id, a
    // date in another layout): no date rather than a wrong one.
    if secs >= YEAR_2100 {
        return None;
    }
    DateTime::from_timestamp(secs, 0).map(|dt| instant(dt.timestamp()))
}

fn instant(ts: i64) -> Published {
    Published {
        ts,
        date_only: false,
    }
}

fn day(d: NaiveDate) -> Published {
    Published {
        ts: d
            .and_hms_opt(0, 0, 0)
            .map(|x| x.and_utc().timestamp())
            .unwrap_or(0),
        date_only: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(parse_date("2023-11-09").unwrap().iso(), "2023-11-09");
        assert_eq!(
            parse_date("2023-09-19T10:00:00+02:00").unwrap().iso(),
            "2023-09-19T08:00:00Z"
        );
        assert_eq!(
            parse_date("2017-02-17 20:26:23").unwrap().iso(),
            "2017-02-17T20:26:23Z"
        );
        assert_eq!(
            parse_date("Tue, 19 Sep 2023 12:00:00 GMT").unwrap().iso(),
            "2023-09-19T12:00:00Z"
        );
        assert_eq!(
            parse_date("September 19, 2023").unwrap().iso(),
            "2023-09-19"
        );
        assert_eq!(parse_date("Sept. 19, 2023").unwrap().iso(), "2023-09-19");
        assert_eq!(
            parse_date("1695117600").unwrap().iso(),
            "2023-09-19T10:00:00Z"
        );
        assert_eq!(
            parse_date("1695117600000").unwrap().iso(),
            "2023-09-19T10:00:00Z"
        );
        assert_eq!(
            parse_date("2023-09-19T14:32:00.000+0200").unwrap().iso(),
            "2023-09-19T12:32:00Z"
        );
        // ISO 8601 as pages write it beyond RFC 3339.
        for (s, want) in [
            ("2023-09-19T14:05+02:00", "2023-09-19T12:05:00Z"),
            ("2023-09-19 14:05+02:00", "2023-09-19T12:05:00Z"),
            ("2023-09-19T14:05:00+02", "2023-09-19T12:05:00Z"),
            ("2023-09-19T14:05Z", "2023-09-19T14:05:00Z"),
            ("2023-09-19 14:05 +0200", "2023-09-19T12:05:00Z"),
            ("20230919T140500Z", "2023-09-19T14:05:00Z"),
            ("20230919T140500+0200", "2023-09-19T12:05:00Z"),
            ("2023-09-19T14:05:00,5Z", "2023-09-19T14:05:00Z"),
            ("2023-09-19T14:05:00.250-04:00", "2023-09-19T18:05:00Z"),
            // Wayback/CDX timestamps, not epoch milliseconds of the year 2611.
            ("20240701100000", "2024-07-01T10:00:00Z"),
            ("202407011000", "2024-07-01T10:00:00Z"),
            ("20240701", "2024-07-01"),
        ] {
            assert_eq!(
                parse_date(s).map(|p| p.iso()),
                Some(want.to_string()),
                "{s}"
            );
        }
        assert!(parse_date("yesterday").is_none());
        // A written date with the time of day, as pages print them.
        for (s, want) in [
            ("Nov 9, 2023, 10:30 AM", Some("2023-11-09T10:30:00Z")),
            ("Nov 9, 2023, 12:05 AM", Some("2023-11-09T00:05:00Z")),
            ("9 November 2023 10:30 GMT", Some("2023-11-09T10:30:00Z")),
            ("November 9, 2023 at 10:30", Some("2023-11-09T10:30:00Z")),
            ("Sept. 19, 2023 3:05 p.m. EDT", Some("2023-09-19T19:05:00Z")),
            (
                "Tuesday, 19 September 2023 14:05 CEST",
                Some("2023-09-19T12:05:00Z"),
            ),
            (
                "19 Sep 2023 - 14:05:30 UTC+05:30",
                Some("2023-09-19T08:35:30Z"),
            ),
            ("19.09.2023 14:05 +0200", Some("2023-09-19T12:05:00Z")),
            ("19 Sep 2023 10.30 GMT-3", Some("2023-09-19T13:30:00Z")),
            // A zone of several offsets keeps the day alone.
            ("Nov 9, 2023, 10:30 AM ET", Some("2023-11-09")),
            ("Nov 9, 2023 10:30 IST", Some("2023-11-09")),
            ("Nov 9, 2023 10:30 CST", Some("2023-11-09")),
            ("Nov 9, 2023 10:30 GMT+15", Some("2023-11-09")),
            // Not a time of day, or not a date.
            ("Nov 9, 2023, 13:30 PM", None),
            ("Nov 9, 2023 25:10", None),
            ("Nov 9, 2023 10:61", None),
            ("Nov 31, 2023 10:30", None),
            ("10:30 AM", None),
        ] {
            assert_eq!(parse_date(s).map(|p| p.iso()).as_deref(), want, "{s}");
        }
        assert!(parse_date("").is_none());
        // Placeholders for "no date" are none.
        for s in [
            "0",
            "-1",
            "0000-01-01",
            "0000-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
        ] {
            assert!(parse_date(s).is_none(), "{s}");
        }
        assert!(parse_timestamp(0).is_none() && parse_timestamp(-1).is_none());
        // Digits that would be a time after 2100 are no epoch time.
        assert!(parse_date("99999999999999").is_none());
        assert!(parse_timestamp(4_102_444_800).is_none());
        assert!(parse_timestamp(4_102_444_799).is_some());
        assert!(parse_date("0001-01-01T00:00:00").is_none());
        assert_eq!(parse_date("1000-01-01").unwrap().iso(), "1000-01-01");
        assert!(parse_date("0999-12-31").is_none());
        // Every date read prints as ISO 8601 of four-digit years, as `published` promises.
        assert_eq!(parse_date("9999-12-31").unwrap().iso(), "9999-12-31");
        for s in ["+10000-01-01", "10000-01-01", "+10000-01-01T00:00:00Z"] {
            assert!(parse_date(s).is_none(), "{s}");
        }
    }

    #[test]
    fn dates_in_news_urls() {
        let d = |u: &str| date_from_url(u).map(|p| p.iso());
        let day = |s: &str| Some(s.to_string());
        // Path segments, numeric and with the month named (The Guardian's form).
        assert_eq!(
            d("https://edition.cnn.com/2023/09/19/europe/icc-hack/index.html"),
            day("2023-09-19")
        );
        assert_eq!(
            d("https://www.theguardian.com/law/2023/sep/19/icc-cyber-attack"),
            day("2023-09-19")
        );
        assert_eq!(
            d("https://example.com/news/2024/March/5/story"),
            day("2024-03-05")
        );
        assert_eq!(d("https://example.com/2024/1/5/story"), day("2024-01-05"));
        // Within a segment (Reuters' slugs), and compact.
        assert_eq!(
            d("https://www.reuters.com/world/icc-says-it-was-hacked-2023-09-19/"),
            day("2023-09-19")
        );
        assert_eq!(
            d("https://example.com/archive/20230919/story.html"),
            day("2023-09-19")
        );
        assert_eq!(
            d("https://example.com/a/story_2023_09_19.html"),
            day("2023-09-19")
        );
        // A date inside a segment followed by more segments.
        assert_eq!(
            d("https://example.com/news/story-2023-09-19/amp/index.html"),
            day("2023-09-19")
        );
        // The first date of the path wins.
        assert_eq!(
            d("https://example.com/2023/09/19/follow-up-to-2023-08-01"),
            day("2023-09-19")
        );
        // Dates are date-only: they cannot order two articles of one day.
        assert!(
            date_from_url("https://example.com/2023/09/19/x")
                .unwrap()
                .date_only
        );
        // Not dates: no path, a month only, impossible days, article numbers, queries, the host.
        for u in [
            "https://example.com",
            "https://example.com/",
            "https://example.com/2023/09/story",
            "https://example.com/2023/13/40/story",
            "https://example.com/1234/56/78/story",
            "https://example.com/story-1202309191",
            "https://example.com/story-120230919",
            "https://example.com/2023-09-1x/story",
            "https://example.com/2023-09_19/story",
            "https://example.com/search?from=2023-09-19",
            "https://example.com/page#2023-09-19",
            "https://2023-09-19.example.com/story",
            "https://example.com/2023/sept./19/story",
            "not a url",
            "",
        ] {
            assert_eq!(d(u), None, "{u}");
        }
        assert_eq!(d("example.com/2023/09/19/x"), day("2023-09-19"));
        assert_eq!(d("https://example.com/2023/Sept/19/x"), day("2023-09-19"));
    }

    #[test]
    fn published_wins_over_the_url() {
        let mut a = crate::model::Article {
            id: "a".into(),
            source: None,
            published: parse_date("2024-03-09"),
            title: None,
            url: Some("https://example.com/2024/03/05/story".into()),
            text: "x".into(),
            references: Vec::new(),
            extra: Default::default(),
            origin: "test".into(),
            stored: None,
        };
        let d = dated(&a).unwrap();
        assert_eq!((d.at.iso().as_str(), d.from_url), ("2024-03-09", false));
        a.published = None;
        let d = dated(&a).unwrap();
        assert_eq!((d.at.iso().as_str(), d.from_url), ("2024-03-05", true));
        a.url = None;
        assert_eq!(dated(&a), None);
    }

    proptest::proptest! {
        #[test]
        fn url_dates_never_panic_and_stay_in_range(u in "(https?://)?[a-zé.]{0,6}(/[0-9a-zA-Z_.é٢-]{0,12}){0,6}([?#][0-9/-]{0,10})?") {
            if let Some(p) = date_from_url(&u) {
                proptest::prop_assert!(p.date_only);
                let y: i32 = p.iso()[..4].parse().unwrap();
                proptest::prop_assert!((1990..=2100).contains(&y), "{u}");
            }
        }

        #[test]
        fn every_url_form_reads_back_its_day(y in 1990u32..=2100, m in 1u32..=12, d in 1u32..=28, form in 0usize..4) {
            const MON: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
            let u = match form {
                0 => format!("https://x.example/news/{y}/{m:02}/{d:02}/story"),
                1 => format!("https://x.example/{y}/{}/{d}/story", MON[m as usize - 1]),
                2 => format!("https://x.example/story-slug-{y}-{m:02}-{d:02}/"),
                _ => format!("https://x.example/a/{y}{m:02}{d:02}/story"),
            };
            let want = format!("{y:04}-{m:02}-{d:02}");
            proptest::prop_assert_eq!(date_from_url(&u).map(|p| p.iso()), Some(want));
        }
    }
}
