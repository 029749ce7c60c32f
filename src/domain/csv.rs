//! CSV export of the diary: RFC 4180 (CRLF line ends, quoted fields with doubled quotes), UTF-8
//! with a byte-order mark so Excel opens it correctly, one row per entry.
//!
//! Cells that begin with = + - @ (or a tab or carriage return) get a leading apostrophe, so a
//! spreadsheet never runs text an abuser wrote as a formula.

use super::diary::Diary;
use super::time::format_iso;

pub const HEADER: [&str; 20] = [
    "Date",
    "Time",
    "Approximate",
    "Found date",
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

/// The diary as CSV text (BOM first), oldest entry first.
pub fn to_csv(diary: &Diary) -> String {
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
            .map(|p| p.name_or_handle.clone())
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
            format_iso(i.created_ms),
            format_iso(i.edited_ms),
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
        let csv = to_csv(&diary_with("x", "y"));
        assert!(csv.starts_with('\u{feff}'));
        assert!(csv.ends_with("\r\n"));
        assert_eq!(csv.matches("\r\n").count(), 2);
    }

    #[test]
    fn quoting_round_trips_commas_quotes_newlines_and_unicode() {
        let what = "He said \"go home\", then left.\nSecond line\r\nThird — ünïcødé 🙂";
        let rows = parse_csv(&to_csv(&diary_with(what, "plain")));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0], HEADER.map(String::from));
        assert_eq!(rows[1][8], what);
        assert_eq!(rows[1][9], "plain");
    }

    #[test]
    fn formulas_are_defused() {
        for (input, expected) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+44 7700", "'+44 7700"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
        ] {
            let rows = parse_csv(&to_csv(&diary_with(input, "")));
            assert_eq!(rows[1][8], expected);
        }
    }

    #[test]
    fn deleted_entries_are_left_out() {
        let mut d = diary_with("x", "");
        d.delete("a", 1);
        assert_eq!(parse_csv(&to_csv(&d)).len(), 1);
    }
}
