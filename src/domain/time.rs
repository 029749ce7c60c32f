//! Dates and times without a date library: timestamps are i64 milliseconds since the Unix
//! epoch (UTC); dates typed by the user are "YYYY-MM-DD" and times "HH:MM".

use crate::content::MONTHS;

const MS_PER_DAY: i64 = 86_400_000;

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A civil date to days since 1970-01-01.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// "2026-11-23T14:05:00Z"
pub fn format_iso(ms: i64) -> String {
    let days = ms.div_euclid(MS_PER_DAY);
    let secs = ms.rem_euclid(MS_PER_DAY) / 1000;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

/// "2026-07-01T10:05:00+01:00": ISO 8601 in local time with its offset, given the offset at that
/// instant (`Date.getTimezoneOffset()` for that date: minutes to add to local time to get UTC).
pub fn format_iso_local(ms: i64, offset_min: i64) -> String {
    let local = format_iso(ms - offset_min * 60_000);
    let ahead = -offset_min;
    let sign = if ahead < 0 { '-' } else { '+' };
    format!(
        "{}{sign}{:02}:{:02}",
        &local[..local.len() - 1],
        ahead.abs() / 60,
        ahead.abs() % 60
    )
}

/// "Monday 23 November 2026, 14:05" in the user's local time, given the browser's offset
/// (`Date.getTimezoneOffset()`: minutes to add to local time to get UTC). For people to read;
/// exports keep ISO times.
pub fn format_local(ms: i64, offset_min: i64) -> String {
    let local = ms - offset_min * 60_000;
    let iso = format_iso(local);
    format!(
        "{}, {}",
        long_date_year(&iso[..10]).unwrap_or_default(),
        &iso[11..16]
    )
}

/// "2026-11-24" as "Tuesday 24 November 2026". None if not a real date.
pub fn long_date_year(date: &str) -> Option<String> {
    Some(format!("{} {}", long_date(date)?, &date[..4]))
}

/// "2026-11-23"
pub fn format_date(ms: i64) -> String {
    let (y, m, d) = civil_from_days(ms.div_euclid(MS_PER_DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

/// Midnight UTC of a "YYYY-MM-DD" date, if it is a real date.
pub fn parse_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|p| p.bytes().all(|c| c.is_ascii_digit()))?
            .parse::<u32>()
            .ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let y = i64::from(y);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d) * MS_PER_DAY)
}

/// "2026-11-24" as "Tuesday 24 November", for messages people read. None if not a real date.
pub fn long_date(date: &str) -> Option<String> {
    const DAYS: [&str; 7] = [
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
    ];
    let days = parse_date(date)? / MS_PER_DAY;
    let (_, m, d) = civil_from_days(days);
    // 1 January 1970 was a Thursday.
    let weekday = DAYS[days.rem_euclid(7) as usize];
    Some(format!("{weekday} {d} {}", MONTHS[m as usize - 1]))
}

/// "2026-12-02" as "2 Dec", for short labels. None if not a real date.
pub fn day_month(date: &str) -> Option<String> {
    let long = long_date(date)?;
    let mut words = long.split(' ').skip(1);
    let day = words.next()?;
    let month: String = words.next()?.chars().take(3).collect();
    Some(format!("{day} {month}"))
}

/// Minutes after midnight of an "HH:MM" time.
pub fn parse_time(s: &str) -> Option<u32> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_iso_times_carry_their_offset() {
        // 2026-07-01T09:15Z in London (BST, offset -60) and 2026-12-02T14:20Z (GMT, offset 0).
        assert_eq!(
            format_iso_local(1_782_897_300_000, -60),
            "2026-07-01T10:15:00+01:00"
        );
        assert_eq!(
            format_iso_local(1_796_221_200_000, 0),
            "2026-12-02T14:20:00+00:00"
        );
        // West of UTC, and half-hour zones; the local date can differ from the UTC date.
        assert_eq!(
            format_iso_local(1_796_221_200_000, 300),
            "2026-12-02T09:20:00-05:00"
        );
        assert_eq!(
            format_iso_local(1_796_221_200_000, -570),
            "2026-12-02T23:50:00+09:30"
        );
        assert_eq!(
            format_iso_local(1_796_253_600_000, -60),
            "2026-12-03T00:20:00+01:00"
        );
    }

    #[test]
    fn short_day_and_month() {
        assert_eq!(day_month("2026-12-02").as_deref(), Some("2 Dec"));
        assert_eq!(day_month("2026-07-31").as_deref(), Some("31 Jul"));
        assert_eq!(day_month("2026-02-30"), None);
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_iso(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_iso(1_795_443_900_000), "2026-11-23T14:25:00Z");
        assert_eq!(format_date(951_782_400_000), "2000-02-29");
        assert_eq!(format_iso(-1000), "1969-12-31T23:59:59Z");
    }

    #[test]
    fn local_time_applies_the_offset() {
        // 14:25 UTC is 15:25 in British Summer Time (offset -60) and 09:25 in New York (300).
        assert_eq!(
            format_local(1_795_443_900_000, 0),
            "Monday 23 November 2026, 14:25"
        );
        assert_eq!(
            format_local(1_795_443_900_000, -60),
            "Monday 23 November 2026, 15:25"
        );
        assert_eq!(
            format_local(1_795_443_900_000, 300),
            "Monday 23 November 2026, 09:25"
        );
    }

    #[test]
    fn dates_round_trip_and_reject_nonsense() {
        for d in [
            "2026-11-23",
            "2024-02-29",
            "2000-02-29",
            "1999-12-31",
            "2030-01-01",
        ] {
            assert_eq!(format_date(parse_date(d).unwrap()), d);
        }
        for bad in [
            "2026-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "26-11-23",
            "2026/11/23",
            "",
            "2026-1-05",
            "２０２６-11-23",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn long_dates_name_the_day() {
        assert_eq!(
            long_date("2026-11-24").as_deref(),
            Some("Tuesday 24 November")
        );
        assert_eq!(
            long_date("2026-12-02").as_deref(),
            Some("Wednesday 2 December")
        );
        assert_eq!(
            long_date("2024-02-29").as_deref(),
            Some("Thursday 29 February")
        );
        assert_eq!(
            long_date("1970-01-01").as_deref(),
            Some("Thursday 1 January")
        );
        assert_eq!(long_date("2026-13-01"), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("00:00"), Some(0));
        assert_eq!(parse_time("19:40"), Some(19 * 60 + 40));
        for bad in ["24:00", "12:60", "7:30", "ab:cd", "", "12-30"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
