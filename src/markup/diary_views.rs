//! The diary's read-only views built as document trees: an entry, its history, the list, the
//! people view, recently deleted and the case file for police.

use super::attachment_views::{self, Thumbs};
use super::doc::{action_button, el, text, DocAction, Node};
use super::inline::user_words;
use crate::domain::diary::{ChangeKind, Diary, Filter, Incident, IncidentFields, Person, Witness};
use crate::domain::time::{format_local, long_date_year};

fn row(dl: Node, label: &str, value: String) -> Node {
    if value.trim().is_empty() {
        dl
    } else {
        dl.child(el("dt").text(label))
            .child(el("dd").attr("class", "keep-lines").text(value))
    }
}

/// A witness as "Sam (07700 900123)", the numbers and emails in their contact links.
fn witness(w: &Witness) -> Vec<Node> {
    let mut out = vec![text(w.name.clone())];
    if !w.contact.is_empty() {
        out.push(text(" ("));
        out.extend(user_words(&w.contact));
        out.push(text(")"));
    }
    out
}

/// The heading of one of the diary's views: focused when the view opens
/// (`state::route::focus_main_heading`).
pub fn view_heading(text: impl Into<String>) -> Node {
    el("h2")
        .attr("tabindex", "-1")
        .attr("data-view-heading", "")
        .text(text)
}

fn when(f: &IncidentFields) -> String {
    let date = long_date_year(&f.happened_date).unwrap_or_else(|| f.happened_date.clone());
    format!(
        "{} {}{}",
        date,
        f.happened_time,
        if f.time_approx {
            " (approximately)"
        } else {
            ""
        }
    )
    .trim()
    .to_string()
}

/// The first line of a text, shortened for lists.
pub fn summary(text: &str) -> String {
    let first = text.lines().next().unwrap_or("");
    if first.chars().count() > 140 {
        format!("{}…", first.chars().take(140).collect::<String>())
    } else {
        first.to_string()
    }
}

fn person_line(diary: &Diary, id: &str) -> Option<String> {
    diary.person(id).map(|p| {
        let mut extra: Vec<String> = [p.description.as_str(), p.vehicle.as_str()]
            .into_iter()
            .chain(p.also_described.iter().map(String::as_str))
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        if let Some(first) = p.first_name_recorded() {
            extra.push(format!("first recorded as {first}"));
        }
        let now = diary.resolve(id);
        if now != id {
            if let Some(q) = diary.person(now) {
                extra.push(format!("same person as {}", q.name_or_handle));
            }
        }
        if extra.is_empty() {
            p.name_or_handle.clone()
        } else {
            format!("{} ({})", p.name_or_handle, extra.join("; "))
        }
    })
}

/// Every field of an entry as a definition list.
pub fn fields(f: &IncidentFields, diary: &Diary) -> Node {
    let people = f
        .people
        .iter()
        .filter_map(|id| person_line(diary, id))
        .collect::<Vec<_>>()
        .join("; ");
    let reports = f
        .reports
        .iter()
        .map(|r| {
            let crime = if r.crime_ref.is_empty() {
                String::new()
            } else {
                format!("crime ref {}", r.crime_ref)
            };
            [
                r.to.label().to_string(),
                r.date.clone(),
                r.officer_or_ref.clone(),
                crime,
                r.outcome.clone(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let found = format!("{} {}", f.found_date, f.found_time);
    let mut dl = el("dl").attr("class", "entry-fields");
    for (label, value) in [
        ("When it happened", when(f)),
        ("When found (online)", found),
        ("How it reached you", f.channel.label().to_string()),
        ("Where", f.place.clone()),
        ("Platform", f.platform.clone()),
        ("Link", f.link.clone()),
        ("What happened", f.what_happened.clone()),
        ("Exact words", f.exact_words.clone()),
        ("People involved", people),
    ] {
        dl = row(dl, label, value);
    }
    if !f.witnesses.is_empty() {
        let mut dd = el("dd").attr("class", "keep-lines");
        for (n, w) in f.witnesses.iter().enumerate() {
            if n > 0 {
                dd = dd.text("; ");
            }
            dd = dd.children(witness(w));
        }
        dl = dl.child(el("dt").text("Witnesses")).child(dd);
    }
    for (label, value) in [
        ("Evidence kept", f.evidence.join("\n")),
        ("Effect on you", f.effect.clone()),
        ("Injury, damage or loss", f.injury_damage_loss.clone()),
        ("Reported to", reports),
        ("Status", f.status.label().to_string()),
        ("Still to do", f.action_needed.clone()),
    ] {
        dl = row(dl, label, value);
    }
    dl
}

/// One entry in full, with its actions, and its earlier versions when asked for.
/// Times are shown in local time: `offset_at(ms)` is the browser's `Date.getTimezoneOffset()` at
/// that instant, so each time shows with its own offset (summer or winter). Attached files
/// (`thumbs`: the image thumbnails ready to show) come before the buttons.
pub fn detail(
    inc: &Incident,
    diary: &Diary,
    show_history: bool,
    offset_at: &dyn Fn(i64) -> i64,
    thumbs: &Thumbs,
) -> Node {
    let local = |ms: i64| format_local(ms, offset_at(ms));
    let count = inc.history.len();
    let mut written = format!("Written {}", local(inc.created_ms));
    if count > 0 {
        written.push_str(&format!(
            " · last edited {} · {}",
            local(inc.edited_ms),
            count_of(count, "earlier version", "earlier versions")
        ));
    }
    let mut article = el("article")
        .attr("class", "entry")
        .attr("data-testid", "entry-detail")
        .child(view_heading(when(&inc.current)))
        .child(el("p").attr("class", "hint").text(written))
        .child(fields(&inc.current, diary))
        .child(attachment_views::entry_files(
            inc,
            thumbs,
            offset_at(inc.created_ms),
        ));
    if count > 0 {
        let label = if show_history {
            "Hide earlier versions"
        } else {
            "Show earlier versions"
        };
        article = article.child(el("p").child(action_button(
            label,
            DocAction::ShowHistory,
            &inc.id,
            true,
        )));
    }
    if show_history && count > 0 {
        let versions = inc.history.iter().rev().map(|rev| {
            el("div")
                .attr("class", "card")
                .child(el("h4").text(format!("Saved {}", local(rev.saved_ms))))
                .child(fields(&rev.fields, diary))
        });
        article = article.child(
            el("section")
                .attr("class", "history")
                .attr("data-testid", "history")
                .child(el("h3").text("Earlier versions"))
                .children(versions),
        );
    }
    let buttons = el("p")
        .attr("class", "button-row no-print")
        .child(action_button("Edit", DocAction::EditEntry, &inc.id, false))
        .child(action_button(
            "Delete",
            DocAction::DeleteEntry,
            &inc.id,
            true,
        ))
        .child(action_button(
            "Back to all entries",
            DocAction::BackToList,
            "",
            true,
        ));
    article.child(buttons)
}

/// How many entries the list draws at first; more on request. Drawing 5,000 at once made each
/// search keystroke slow on a phone.
pub const LIST_PAGE: usize = 100;

/// The list of entries (already filtered and sorted), drawing the first `limit`.
pub fn list(entries: &[&Incident], limit: usize) -> Node {
    let items = entries.iter().take(limit).map(|i| {
        let c = &i.current;
        el("li")
            .attr("class", "card entry-row")
            .child(
                el("h3").child(
                    action_button(when(c), DocAction::OpenEntry, &i.id, false)
                        .attr("class", "link-button"),
                ),
            )
            .child(el("p").attr("class", "hint").text(format!(
                "{} · {}",
                c.channel.label(),
                c.status.label()
            )))
            .child(el("p").text(summary(&c.what_happened)))
    });
    let list = el("ol")
        .attr("class", "entry-list")
        .attr("data-testid", "entry-list")
        .children(items);
    if entries.len() > limit {
        let more = (entries.len() - limit).min(LIST_PAGE);
        el("div").child(list).child(action_button(
            format!("Show {more} more"),
            DocAction::ShowMore,
            "",
            true,
        ))
    } else {
        list
    }
}

/// A person's history in words: renames and merges, each with its time.
fn person_history(p: &Person, offset_at: &dyn Fn(i64) -> i64) -> Vec<String> {
    p.changes
        .iter()
        .map(|c| {
            let at = format_local(c.at_ms, offset_at(c.at_ms));
            match c.kind {
                ChangeKind::Renamed => format!("Renamed from \u{201c}{}\u{201d} to \u{201c}{}\u{201d} on {at}.", c.from, c.to),
                ChangeKind::Merged if p.merged_into.as_deref() == Some(c.other_id.as_str()) => {
                    format!("On {at} you said this is the same person as \u{201c}{}\u{201d}.", c.from)
                }
                ChangeKind::Merged => format!(
                    "On {at} you said \u{201c}{}\u{201d} is the same person, and their entries were put together here.",
                    c.from
                ),
            }
        })
        .collect()
}

/// Entries grouped by person, with the note on harassment, each person's history, and what
/// can be done with them (rename, merge, their own case file).
pub fn people(diary: &Diary, offset_at: &dyn Fn(i64) -> i64) -> Node {
    let groups = diary.by_person().into_iter().map(|(p, incidents)| {
        let mut count = count_of(incidents.len(), "incident", "incidents");
        if incidents.len() >= 2 {
            count.push_str(" · may be harassment: report them together");
        }
        let links = incidents.iter().map(|i| {
            el("li").child(
                action_button(
                    format!(
                        "{}: {}",
                        long_date_year(&i.current.happened_date)
                            .unwrap_or_else(|| i.current.happened_date.clone()),
                        summary(&i.current.what_happened)
                    ),
                    DocAction::OpenEntry,
                    &i.id,
                    false,
                )
                .attr("class", "link-button"),
            )
        });
        let mut card = el("div")
            .attr("class", "card person")
            .attr("data-testid", "person-group")
            .child(el("h3").text(p.name_or_handle.clone()));
        if !p.description.is_empty() {
            card = card.child(el("p").attr("class", "hint").text(p.description.clone()));
        }
        for later in &p.also_described {
            card = card.child(
                el("p")
                    .attr("class", "hint")
                    .text(format!("Also described as: {later}")),
            );
        }
        for other in diary.merged_in(&p.id) {
            card = card.child(
                el("p")
                    .attr("class", "hint")
                    .text(format!("Also recorded as: {}", other.label())),
            );
        }
        let history = person_history(p, offset_at);
        if !history.is_empty() {
            card = card.child(
                el("details")
                    .attr("data-testid", "person-history")
                    .child(el("summary").text("History of this person"))
                    .child(el("ul").children(history.into_iter().map(|h| el("li").text(h)))),
            );
        }
        card.child(el("p").text(count))
            .child(el("ul").children(links))
            .child(
                el("p")
                    .attr("class", "button-row no-print")
                    .child(action_button(
                        "Case file for this person",
                        DocAction::PersonCaseFile,
                        &p.id,
                        true,
                    ))
                    .child(action_button(
                        "Rename or merge…",
                        DocAction::EditPerson,
                        &p.id,
                        true,
                    )),
            )
    });
    el("section")
        .child(view_heading("People"))
        .child(el("p").attr("class", "callout").text("Two or more incidents by the same person may amount to harassment, which is a crime. They are worth reporting together: give the police every entry for that person."))
        .children(groups)
}

/// Deleted entries and removed files, each restorable, and the button to empty the list.
pub fn deleted(diary: &Diary, tz: i64) -> Node {
    let list = diary.deleted();
    let items = list.iter().map(|i| {
        el("li")
            .attr("class", "card")
            .text(format!(
                "{}: {} ",
                long_date_year(&i.current.happened_date)
                    .unwrap_or_else(|| i.current.happened_date.clone()),
                summary(&i.current.what_happened)
            ))
            .child(action_button(
                "Restore",
                DocAction::RestoreEntry,
                &i.id,
                true,
            ))
    });
    let mut section = el("section")
        .child(view_heading("Recently deleted"))
        .child(el("p").text("Deleted entries stay here until you empty this list."))
        .child(
            el("ul")
                .attr("class", "entry-list")
                .attr("data-testid", "deleted-list")
                .children(items),
        )
        .child(attachment_views::removed_files(diary, tz));
    let files = diary.removed_files().len();
    if !list.is_empty() || files > 0 {
        let mut what = Vec::new();
        if !list.is_empty() {
            what.push(count_of(list.len(), "entry", "entries"));
        }
        if files > 0 {
            what.push(count_of(files, "file", "files"));
        }
        section = section.child(action_button(
            format!("Empty recently deleted ({})…", what.join(", ")),
            DocAction::EmptyDeleted,
            "",
            true,
        ));
    }
    section
}

/// "1 entry", "2 entries": a count with the right word.
pub fn count_of(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Which entries a case file covers: everything, one person's entries, or what the list's
/// search and filters show. `label` says so on the cover, in words.
pub struct CaseScope<'a> {
    pub entries: Vec<&'a Incident>,
    pub label: Option<String>,
}

impl<'a> CaseScope<'a> {
    /// Every entry in the diary.
    pub fn all(diary: &'a Diary) -> CaseScope<'a> {
        CaseScope {
            entries: diary.list(),
            label: None,
        }
    }

    /// The entries that name one person (as the People view groups them).
    pub fn person(diary: &'a Diary, id: &str) -> CaseScope<'a> {
        CaseScope {
            entries: diary.entries_naming(id),
            label: Some(format!(
                "Only the entries about {}.",
                person_line(diary, id).unwrap_or_else(|| "one person".into())
            )),
        }
    }

    /// The entries the list shows with this search and these filters.
    pub fn filtered(diary: &'a Diary, filter: &Filter) -> CaseScope<'a> {
        CaseScope {
            entries: diary.filter(filter),
            label: Some(format!(
                "Only the entries that match the list's search and filters: {}.",
                filter.describe(diary)
            )),
        }
    }
}

/// The case file for police: who recorded it, the timeline, crime references, people,
/// witnesses, evidence index, then every incident in full with its earlier versions. Oldest
/// first: police read a course of conduct in order.
///
/// `recorded_by` is the user as the profile gives them ("Jo (Election agent), phone …"), empty
/// when not given; `report` is how to report a crime (`profile::report_line`). The app cannot
/// vouch for times: the cover says they come from this device's clock. `offset_at(ms)` is the
/// time-zone offset at each instant, so a summer entry shows its summer time in winter.
///
/// Attached files are listed in the evidence index with their SHA-256 fingerprints, and image
/// thumbnails (those in `thumbs`) are printed beside their incident.
pub fn case_file(
    diary: &Diary,
    scope: CaseScope,
    recorded_by: &str,
    report: &str,
    printed: &str,
    offset_at: &dyn Fn(i64) -> i64,
    thumbs: &Thumbs,
) -> Node {
    let local = |ms: i64| format_local(ms, offset_at(ms));
    let mut entries = scope.entries;
    entries.reverse();
    let timeline = el("ol")
        .attr("class", "timeline")
        .attr("data-testid", "case-timeline")
        .children(entries.iter().map(|i| {
            el("li")
                .child(
                    el("p")
                        .child(el("strong").text(when(&i.current)))
                        .text(format!(" · {}", i.current.channel.label())),
                )
                .child(
                    el("p")
                        .attr("class", "keep-lines")
                        .text(summary(&i.current.what_happened)),
                )
        }));
    let bullet_list = |items: Vec<Vec<Node>>| {
        if items.is_empty() {
            el("p").text("None recorded.")
        } else {
            el("ul").children(items.into_iter().map(|s| el("li").children(s)))
        }
    };
    let bullets =
        |items: Vec<String>| bullet_list(items.into_iter().map(|s| vec![text(s)]).collect());
    let crime_refs = entries
        .iter()
        .enumerate()
        .flat_map(|(n, i)| {
            i.current
                .reports
                .iter()
                .filter(|r| !r.crime_ref.is_empty())
                .map(move |r| format!("{} — incident {} ({})", r.crime_ref, n + 1, r.to.label()))
        })
        .collect();
    let people = diary
        .by_person()
        .into_iter()
        .filter_map(|(p, list)| {
            let n = list
                .iter()
                .filter(|i| entries.iter().any(|e| e.id == i.id))
                .count();
            (n > 0).then(|| {
                format!(
                    "{} — {}",
                    person_line(diary, &p.id).unwrap_or_default(),
                    count_of(n, "incident", "incidents")
                )
            })
        })
        .collect();
    let witnesses = entries
        .iter()
        .enumerate()
        .flat_map(|(n, i)| {
            i.current.witnesses.iter().map(move |w| {
                let mut line = witness(w);
                line.push(text(format!(" — incident {}", n + 1)));
                line
            })
        })
        .collect();
    let evidence = entries
        .iter()
        .enumerate()
        .flat_map(|(n, i)| {
            i.current
                .evidence
                .iter()
                .map(move |e| format!("Incident {}: {e}", n + 1))
                .chain(i.files().map(move |a| {
                    format!(
                        "Incident {}: attached file {}, added {}, SHA-256 {}",
                        n + 1,
                        a.summary(),
                        local(a.added_ms),
                        a.sha256
                    )
                }))
        })
        .collect();
    let full = entries.iter().enumerate().map(|(n, i)| {
        let kept = i.history.len();
        let note = format!(
            "Entry written {}; last edited {}; {}",
            local(i.created_ms),
            local(i.edited_ms),
            match kept {
                0 => "no earlier versions.".to_string(),
                n => format!(
                    "{} kept, shown below.",
                    count_of(n, "earlier version", "earlier versions")
                ),
            }
        );
        let mut section = el("section")
            .attr("class", "case-incident")
            .attr("data-testid", "case-incident")
            .child(el("h3").text(format!("Incident {}: {}", n + 1, when(&i.current))))
            .child(el("p").attr("class", "hint").text(note))
            .child(fields(&i.current, diary))
            .children(i.files().filter_map(|a| {
                attachment_views::thumb(a, thumbs).map(|img| {
                    el("figure")
                        .attr("class", "case-thumb")
                        .child(img)
                        .child(el("figcaption").text(a.name.clone()))
                })
            }));
        if kept > 0 {
            // Oldest first, each exactly as it was saved, with its own saved time.
            let versions = i.history.iter().enumerate().map(|(v, rev)| {
                el("div")
                    .attr("class", "case-version")
                    .attr("data-testid", "case-version")
                    .child(el("h5").text(format!(
                        "Version {} of {}, saved {}",
                        v + 1,
                        kept + 1,
                        local(rev.saved_ms)
                    )))
                    .child(fields(&rev.fields, diary))
            });
            section = section.child(
                el("div")
                    .attr("class", "case-history")
                    .child(el("h4").text(format!("Earlier versions of incident {}", n + 1)))
                    .children(versions),
            );
        }
        section
    });
    let mut cover = el("section")
        .attr("class", "case-file")
        .attr("data-testid", "case-file")
        .child(view_heading("Case file for police"))
        .child(el("p").text(format!(
            "Incident record. {}. Printed {printed}.",
            count_of(entries.len(), "entry", "entries")
        )));
    if let Some(label) = scope.label {
        cover = cover.child(el("p").attr("data-testid", "case-file-scope").text(label));
    }
    if !recorded_by.trim().is_empty() {
        cover = cover.child(
            el("p")
                .attr("data-testid", "case-file-author")
                .text(format!("Recorded by: {}.", recorded_by.trim())),
        );
    }
    cover
        .child(el("p").attr("data-testid", "case-file-clock").text(
            "All times come from this device's clock, which Stand Safe cannot check. \
             Each entry shows when it was written, and every later edit is kept.",
        ))
        .child(
            el("p")
                .attr("data-testid", "case-file-report-line")
                .text("To report a crime: ")
                .children(super::inline::nodes(report)),
        )
        .child(el("h3").text("Timeline"))
        .child(timeline)
        .child(el("h3").text("Crime reference numbers"))
        .child(bullets(crime_refs))
        .child(el("h3").text("People involved"))
        .child(bullets(people))
        .child(el("h3").text("Witnesses"))
        .child(bullet_list(witnesses))
        .child(el("h3").text("Evidence index"))
        .child(bullets(evidence))
        .child(el("h3").text("Incidents in full"))
        .children(full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{Report, Witness};

    /// The case file's words for a scope, with no one named, no offset and no thumbnails.
    fn case_text(d: &Diary, scope: CaseScope) -> String {
        case_file(d, scope, "", "x", "today", &|_| 0, &Thumbs::new()).all_text()
    }

    fn diary() -> Diary {
        let mut d = Diary::default();
        d.add_person("p".into(), "Red van man".into(), "tall".into());
        for (id, date, what) in [
            ("a", "2026-11-01", "Followed to car"),
            ("b", "2026-11-03", "Shouted outside office"),
        ] {
            let mut f = IncidentFields {
                happened_date: date.into(),
                what_happened: what.into(),
                ..IncidentFields::default()
            };
            f.people.push("p".into());
            f.evidence.push(format!("photo for {id}"));
            f.witnesses.push(Witness {
                name: "Sam".into(),
                contact: "07700 900000".into(),
            });
            f.reports.push(Report {
                crime_ref: format!("CR-{id}"),
                ..Report::default()
            });
            d.add(f, id.into(), 0);
        }
        d
    }

    #[test]
    fn case_file_has_every_part_in_order() {
        let d = diary();
        let t = case_file(
            &d,
            CaseScope::all(&d),
            "Jo Candidate (Election agent), phone 07700 900123",
            "Call [999](tel:999) if you are in danger.",
            "23 November 2026",
            &|_| 0,
            &Thumbs::new(),
        )
        .all_text();
        let pos = |s: &str| t.find(s).unwrap_or_else(|| panic!("missing {s}"));
        assert!(pos("Timeline") < pos("Crime reference numbers"));
        assert!(pos("Evidence index") < pos("Incidents in full"));
        assert!(
            pos("Followed to car") < pos("Shouted outside office"),
            "oldest first"
        );
        for s in [
            "Recorded by: Jo Candidate (Election agent), phone 07700 900123.",
            "CR-a",
            "CR-b",
            "photo for a",
            "Red van man (tall) — 2 incidents",
            "2 entries",
            "All times come from this device's clock",
            "To report a crime:  Call  999",
        ] {
            pos(s);
        }
    }

    #[test]
    fn witness_numbers_and_emails_are_links_in_the_entry_and_the_case_file_and_read_as_typed() {
        let mut d = diary();
        let typed = "07700 900000 or sam@example.org (evenings) [x](tel:1)";
        for id in ["a", "b"] {
            let mut f = d.get(id).unwrap().current.clone();
            f.witnesses[0].contact = typed.into();
            f.witnesses.push(Witness {
                name: "Jo".into(),
                contact: String::new(),
            });
            assert!(d.edit(id, f, 1));
        }
        let want = [
            ("07700 900000".to_string(), "tel:07700900000".to_string()),
            (
                "sam@example.org".to_string(),
                "mailto:sam@example.org".to_string(),
            ),
        ];
        let entry = fields(&d.get("a").unwrap().current, &d);
        assert_eq!(entry.links(), want);
        assert!(entry
            .text_content()
            .contains(&format!("WitnessesSam ({typed}); Jo")));
        let case = case_file(
            &d,
            CaseScope::all(&d),
            "",
            "x",
            "today",
            &|_| 0,
            &Thumbs::new(),
        );
        let text = case.text_content();
        assert!(
            text.contains(&format!("Sam ({typed}) — incident 1")),
            "{text}"
        );
        assert!(text.contains("Jo — incident 2"));
        // Each incident in full, and the witness index, link the same two; earlier versions too.
        assert!(case.links().iter().filter(|l| **l == want[1]).count() >= 3);
        assert!(!case.links().iter().any(|(_, href)| href == "tel:1"));
    }

    #[test]
    fn counts_use_the_right_word() {
        assert_eq!(count_of(1, "entry", "entries"), "1 entry");
        assert_eq!(count_of(0, "entry", "entries"), "0 entries");
        assert_eq!(count_of(2, "incident", "incidents"), "2 incidents");
        let d = diary();
        let t = case_text(&d, CaseScope::all(&d));
        assert!(
            !t.contains("Recorded by"),
            "nothing said when the profile gives no one"
        );
        assert!(!t.contains("(s)"), "{t}");
        // Dates for people to read, never ISO.
        assert!(
            !t.contains("2026-11-01") && t.contains("Sunday 1 November 2026"),
            "{t}"
        );
    }

    #[test]
    fn people_view_flags_repeat_incidents() {
        assert!(people(&diary(), &|_| 0)
            .all_text()
            .contains("may be harassment"));
    }

    #[test]
    fn detail_shows_history_only_when_asked() {
        let mut d = diary();
        d.edit(
            "a",
            IncidentFields {
                happened_date: "2026-11-01".into(),
                what_happened: "Edited".into(),
                ..IncidentFields::default()
            },
            5,
        );
        let inc = d.get("a").unwrap();
        assert!(!detail(inc, &d, false, &|_| 0, &Thumbs::new())
            .all_text()
            .contains("Followed to car"));
        assert!(detail(inc, &d, true, &|_| 0, &Thumbs::new())
            .all_text()
            .contains("Followed to car"));
    }

    #[test]
    fn long_lists_draw_a_page_at_a_time() {
        let d = diary();
        let all = d.list();
        assert!(list(&all, 1).all_text().contains("Show 1 more"));
        assert!(!list(&all, 2).all_text().contains("more"));
    }

    #[test]
    fn deleted_view_offers_restore() {
        let mut d = diary();
        d.delete("a", 1);
        let t = deleted(&d, 0).all_text();
        assert!(
            t.contains("Followed to car")
                && t.contains("Restore")
                && t.contains("Empty recently deleted (1 entry)")
        );
    }

    #[test]
    fn case_file_for_one_person_or_a_filter_covers_only_those_entries() {
        let mut d = diary();
        d.add_person("q".into(), "Woman in blue".into(), String::new());
        let mut f = IncidentFields {
            happened_date: "2026-11-05".into(),
            what_happened: "Blue coat at the count".into(),
            ..IncidentFields::default()
        };
        f.people.push("q".into());
        d.add(f, "c".into(), 0);
        let t = case_text(&d, CaseScope::person(&d, "q"));
        assert!(
            t.contains("1 entry.") && t.contains("Blue coat at the count"),
            "{t}"
        );
        assert!(
            !t.contains("Followed to car") && !t.contains("Red van man"),
            "{t}"
        );
        assert!(t.contains("Only the entries about Woman in blue."), "{t}");
        let filter = Filter {
            text: "shouted".into(),
            ..Filter::default()
        };
        let t = case_text(&d, CaseScope::filtered(&d, &filter));
        assert!(
            t.contains("1 entry.") && t.contains("Shouted outside office"),
            "{t}"
        );
        assert!(
            !t.contains("Blue coat") && t.contains("search \"shouted\""),
            "{t}"
        );
        assert!(
            t.contains("Red van man (tall) — 1 incident"),
            "counted within the file: {t}"
        );
    }

    #[test]
    fn case_file_includes_every_earlier_version_as_saved_with_its_own_time() {
        let mut d = diary();
        let edited = |what: &str| IncidentFields {
            happened_date: "2026-11-01".into(),
            what_happened: what.into(),
            ..IncidentFields::default()
        };
        // Saved in summer (offset -60) and edited in winter (offset 0).
        d.edit("a", edited("Followed to the car park"), 1_780_000_000_000);
        d.edit(
            "a",
            edited("Followed to the car park, then home"),
            1_795_000_000_000,
        );
        let offset = |ms: i64| if ms < 1_790_000_000_000 { -60 } else { 0 };
        let t = case_file(
            &d,
            CaseScope::all(&d),
            "",
            "x",
            "today",
            &offset,
            &Thumbs::new(),
        )
        .all_text();
        assert!(t.contains("2 earlier versions kept, shown below."), "{t}");
        let v1 = t.find("Version 1 of 3, saved").expect("first version");
        let v2 = t.find("Version 2 of 3, saved").expect("second version");
        assert!(v1 < v2);
        // Word for word, as each was saved.
        assert!(t[v1..v2].contains("Followed to car"), "{t}");
        assert!(t[v2..].contains("Followed to the car park"), "{t}");
        // The summer save shows its summer hour: 1_780_000_000_000 is 20:26 UTC, 21:26 BST.
        assert!(
            t.contains("Version 2 of 3, saved Thursday 28 May 2026, 21:26"),
            "{t}"
        );
    }

    #[test]
    fn the_case_file_lists_attached_files_with_fingerprints_and_prints_thumbnails() {
        use crate::domain::attachment::tests::sample;
        let mut d = diary();
        d.attach("a", vec![sample("f1", 5)]);
        d.attach("b", vec![sample("f2", 6)]);
        d.set_file_removed("b", "f2", true, 7);
        let mut thumbs = Thumbs::new();
        thumbs.insert("f1.thumb".into(), "data:image/jpeg;base64,AAAA".into());
        let tree = case_file(&d, CaseScope::all(&d), "", "x", "today", &|_| 0, &thumbs);
        let t = tree.all_text();
        let f1 = d.get("a").unwrap().attachments[0].sha256.clone();
        let f2 = d.get("b").unwrap().attachments[0].sha256.clone();
        let index = t.find("Evidence index").unwrap();
        let listed = t.find(&f1).expect("fingerprint in the index");
        assert!(index < listed && listed < t.find("Incidents in full").unwrap());
        assert!(
            t.contains("Incident 1: attached file photo of the gate.jpg"),
            "{t}"
        );
        assert!(
            !t.contains(&f2),
            "a removed file is not evidence in the case file"
        );
        assert!(format!("{tree:?}").contains("data:image/jpeg;base64,AAAA"));
    }
}
