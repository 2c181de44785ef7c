//! Publication dates arrive in every form scrapers produce; all are reduced to one UTC instant
//! plus its precision so that articles can be ordered.

use crate::model::Published;
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
];

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
];

/// Parses a date or date-time string; None when no known form matches.
pub fn parse_date(s: &str) -> Option<Published> {
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
    // "2023-09-19 14:00:00+02:00" and "... +0200"
    for fmt in [
        "%Y-%m-%d %H:%M:%S%:z",
        "%Y-%m-%d %H:%M:%S%z",
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
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
    // "Sept." is common in news copy but not a chrono month abbreviation.
    let fixed = s.replace("Sept.", "Sep.").replace("Sept ", "Sep ");
    for fmt in DATE_FORMATS {
        if let Ok(d) = NaiveDate::parse_from_str(&fixed, fmt) {
            return Some(day(d));
        }
    }
    if s.bytes().all(|b| b.is_ascii_digit()) && s.len() >= 9 {
        return s.parse::<i64>().ok().and_then(parse_timestamp);
    }
    None
}

/// Unix timestamps in seconds or milliseconds (told apart by magnitude).
pub fn parse_timestamp(n: i64) -> Option<Published> {
    let secs = if n.abs() > 100_000_000_000 {
        n / 1000
    } else {
        n
    };
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
        assert!(parse_date("yesterday").is_none());
        assert!(parse_date("").is_none());
    }
}
