//! CSV export of the diary: RFC 4180 (CRLF line ends, quoted fields with doubled quotes), UTF-8
//! with a byte-order mark so Excel opens it correctly, one row per entry.
//!
//! Cells that begin with = + - @ (or a tab or carriage return) get a leading apostrophe, so a
//! spreadsheet never runs text an abuser wrote as a formula.

use super::diary::Diary;
use super::time::format_iso_local;

pub const HEADER: [&str; 21] = [
    "Date",
    "Time",
    "Approximate",
    "Found date",
    "Found time",
    "How it reached you",
    "Place",
    "Platform",
    "Link",
    "What happened",
    "Exact words",
    "People",
    "Witnesses",
    "Evidence",
    "Effect",
    "Injury damage or loss",
    "Reported to",
    "Crime reference numbers",
    "Status",
    "Written",
    "Last edited",
];

/// One cell, made safe for spreadsheets and quoted when needed.
fn cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The diary as CSV text (BOM first), oldest entry first. "Written" and "Last edited" are local
/// times with their offset (ISO 8601); `offset_at(ms)` gives the time-zone offset at that instant
/// as `Date.getTimezoneOffset()` does, so summer and winter entries each carry their own.
pub fn to_csv(diary: &Diary, offset_at: impl Fn(i64) -> i64) -> String {
    let local = |ms: i64| format_iso_local(ms, offset_at(ms));
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&HEADER.map(String::from)));
    let mut list = diary.list();
    list.reverse();
    for i in list {
        let f = &i.current;
        let people = f
            .people
            .iter()
            .filter_map(|id| diary.person(id))
            .map(|p| {
                let said: Vec<&str> = [p.description.as_str(), p.vehicle.as_str()]
                    .into_iter()
                    .chain(p.also_described.iter().map(String::as_str))
                    .filter(|t| !t.is_empty())
                    .collect();
                if said.is_empty() {
                    p.name_or_handle.clone()
                } else {
                    format!("{} ({})", p.name_or_handle, said.join("; "))
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let witnesses = f.witness_list();
        let reported = f
            .reports
            .iter()
            .map(|r| {
                format!("{} {} {}", r.to.label(), r.date, r.officer_or_ref)
                    .trim()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("; ");
        let crime_refs = f
            .reports
            .iter()
            .filter(|r| !r.crime_ref.is_empty())
            .map(|r| r.crime_ref.clone())
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&row(&[
            f.happened_date.clone(),
            f.happened_time.clone(),
            if f.time_approx { "yes" } else { "no" }.into(),
            f.found_date.clone(),
            f.found_time.clone(),
            f.channel.label().into(),
            f.place.clone(),
            f.platform.clone(),
            f.link.clone(),
            f.what_happened.clone(),
            f.exact_words.clone(),
            people,
            witnesses,
            f.evidence.join("; "),
            f.effect.clone(),
            f.injury_damage_loss.clone(),
            reported,
            crime_refs,
            f.status.label().into(),
            local(i.created_ms),
            local(i.edited_ms),
        ]));
    }
    out
}

/// Parse RFC 4180 text back into rows (a leading BOM is skipped). Used by tests to prove the
/// export reads back exactly.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::IncidentFields;

    fn to_csv_utc(d: &Diary) -> String {
        to_csv(d, |_| 0)
    }

    #[test]
    fn times_are_local_with_the_offset_of_each_instant_and_found_time_and_people_are_kept() {
        const SUMMER: i64 = 1_782_897_300_000; // 2026-07-01T09:15Z
        const WINTER: i64 = 1_796_221_200_000; // 2026-12-02T14:20Z
        let mut d = Diary::default();
        let pid = d.add_person(
            "p".into(),
            "Unknown man".into(),
            "about 50, red jacket".into(),
        );
        let f = IncidentFields {
            happened_date: "2026-07-01".into(),
            happened_time: "10:05".into(),
            found_date: "2026-07-01".into(),
            found_time: "10:10".into(),
            what_happened: "x".into(),
            people: vec![pid],
            ..IncidentFields::default()
        };
        d.add(f.clone(), "a".into(), SUMMER);
        d.edit(
            "a",
            IncidentFields {
                what_happened: "y".into(),
                ..f
            },
            WINTER,
        );
        // London: -60 minutes in summer, 0 in winter.
        let london = |ms: i64| if ms < 1_792_371_600_000 { -60 } else { 0 };
        let rows = parse_csv(&to_csv(&d, london));
        let col = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
        assert_eq!(rows[1][col("Written")], "2026-07-01T10:15:00+01:00");
        assert_eq!(rows[1][col("Last edited")], "2026-12-02T14:20:00+00:00");
        assert_eq!(rows[1][col("Found date")], "2026-07-01");
        assert_eq!(rows[1][col("Found time")], "10:10");
        assert_eq!(rows[1][col("Time")], "10:05");
        assert_eq!(rows[1][col("People")], "Unknown man (about 50, red jacket)");
    }

    fn diary_with(what: &str, words: &str) -> Diary {
        let mut d = Diary::default();
        let f = IncidentFields {
            happened_date: "2026-11-20".into(),
            what_happened: what.into(),
            exact_words: words.into(),
            ..IncidentFields::default()
        };
        d.add(f, "a".into(), 0);
        d
    }

    #[test]
    fn starts_with_bom_and_uses_crlf() {
        let csv = to_csv_utc(&diary_with("x", "y"));
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.ends_with("\r\n"));
        assert_eq!(csv.matches("\r\n").count(), 2);
    }

    #[test]
    fn quoting_round_trips_commas_quotes_newlines_and_unicode() {
        let what = "He said \"go home\", then left.\nSecond line\r\nThird — ünïcødé 🙂";
        let rows = parse_csv(&to_csv_utc(&diary_with(what, "plain")));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], HEADER.map(String::from));
        assert_eq!(rows[1][9], what);
        assert_eq!(rows[1][10], "plain");
    }

    #[test]
    fn formulas_are_defused() {
        for (input, expected) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+44 7700", "'+44 7700"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
        ] {
            let rows = parse_csv(&to_csv_utc(&diary_with(input, "")));
            assert_eq!(rows[1][9], expected);
        }
    }

    #[test]
    fn deleted_entries_are_left_out() {
        let mut d = diary_with("x", "");
        d.delete("a", 1);
        assert_eq!(parse_csv(&to_csv_utc(&d)).len(), 1);
    }
}
