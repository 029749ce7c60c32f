//! The diary's read-only views built as document trees: an entry, its history, the list, the
//! people view, recently deleted and the case file for police.

use super::attachment_views::{self, Thumbs};
use super::doc::{action_button, el, DocAction, Node};
use crate::domain::diary::{Diary, Incident, IncidentFields};
use crate::domain::time::{format_local, long_date_year};

fn row(dl: Node, label: &str, value: String) -> Node {
    if value.trim().is_empty() {
        dl
    } else {
        dl.child(el("dt").text(label))
            .child(el("dd").attr("class", "keep-lines").text(value))
    }
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
        let extra: Vec<&str> = [p.description.as_str(), p.vehicle.as_str()]
            .into_iter()
            .chain(p.also_described.iter().map(String::as_str))
            .filter(|s| !s.is_empty())
            .collect();
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
    let witnesses = f.witness_list();
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
        ("Witnesses", witnesses),
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
/// Times are shown in local time: `tz` is the browser's `Date.getTimezoneOffset()`.
/// Attached files (`thumbs`: the image thumbnails ready to show) come before the buttons.
pub fn detail(inc: &Incident, diary: &Diary, show_history: bool, tz: i64, thumbs: &Thumbs) -> Node {
    let count = inc.history.len();
    let mut written = format!("Written {}", format_local(inc.created_ms, tz));
    if count > 0 {
        written.push_str(&format!(
            " · last edited {} · {}",
            format_local(inc.edited_ms, tz),
            count_of(count, "earlier version", "earlier versions")
        ));
    }
    let mut article = el("article")
        .attr("class", "entry")
        .attr("data-testid", "entry-detail")
        .child(el("h2").attr("tabindex", "-1").text(when(&inc.current)))
        .child(el("p").attr("class", "hint").text(written))
        .child(fields(&inc.current, diary))
        .child(attachment_views::entry_files(inc, thumbs, tz));
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
                .child(el("h4").text(format!("Saved {}", format_local(rev.saved_ms, tz))))
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

/// Entries grouped by person, with the note on harassment.
pub fn people(diary: &Diary) -> Node {
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
        card.child(el("p").text(count))
            .child(el("ul").children(links))
    });
    el("section")
        .child(el("h2").text("People"))
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
        .child(el("h2").text("Recently deleted"))
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

/// The case file for police: timeline, crime references, people, witnesses, evidence index,
/// then every incident in full. Oldest first: police read a course of conduct in order.
///
/// `report` is how to report a crime (`profile::report_line`), shown on the cover. The app
/// cannot vouch for times: the cover says they come from this device's clock.
///
/// Attached files are listed in the evidence index with their SHA-256 fingerprints, and image
/// thumbnails (those in `thumbs`) are printed beside their incident.
pub fn case_file(
    diary: &Diary,
    kept_by: &str,
    report: &str,
    printed: &str,
    tz: i64,
    thumbs: &Thumbs,
) -> Node {
    let mut entries = diary.list();
    entries.reverse();
    let intro = if kept_by.trim().is_empty() {
        "Incident record".to_string()
    } else {
        format!("Incident record kept by {}", kept_by.trim())
    };
    let th = |s: &str| el("th").attr("scope", "col").text(s);
    let timeline = el("table")
        .attr("class", "timeline")
        .child(
            el("thead").child(
                el("tr")
                    .child(th("No."))
                    .child(th("When"))
                    .child(th("How"))
                    .child(th("What happened")),
            ),
        )
        .child(
            el("tbody").children(entries.iter().enumerate().map(|(n, i)| {
                el("tr")
                    .child(el("td").text((n + 1).to_string()))
                    .child(el("td").text(when(&i.current)))
                    .child(el("td").text(i.current.channel.label()))
                    .child(el("td").text(summary(&i.current.what_happened)))
            })),
        );
    let bullets = |items: Vec<String>| {
        if items.is_empty() {
            el("p").text("None recorded.")
        } else {
            el("ul").children(items.into_iter().map(|s| el("li").text(s)))
        }
    };
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
        .map(|(p, list)| {
            format!(
                "{} — {}",
                person_line(diary, &p.id).unwrap_or_default(),
                count_of(list.len(), "incident", "incidents")
            )
        })
        .collect();
    let witnesses = entries
        .iter()
        .enumerate()
        .flat_map(|(n, i)| {
            i.current
                .witnesses
                .iter()
                .map(move |w| format!("{} — incident {}", w.label(), n + 1))
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
                        format_local(a.added_ms, tz),
                        a.sha256
                    )
                }))
        })
        .collect();
    let full = entries.iter().enumerate().map(|(n, i)| {
        el("section")
            .attr("class", "case-incident")
            .child(el("h3").text(format!("Incident {}: {}", n + 1, when(&i.current))))
            .child(el("p").attr("class", "hint").text(format!(
                "Entry written {}; last edited {}; {} kept.",
                format_local(i.created_ms, tz),
                format_local(i.edited_ms, tz),
                count_of(i.history.len(), "earlier version", "earlier versions")
            )))
            .child(fields(&i.current, diary))
            .children(i.files().filter_map(|a| {
                attachment_views::thumb(a, thumbs).map(|img| {
                    el("figure")
                        .attr("class", "case-thumb")
                        .child(img)
                        .child(el("figcaption").text(a.name.clone()))
                })
            }))
    });
    el("section")
        .attr("class", "case-file")
        .attr("data-testid", "case-file")
        .child(el("h2").attr("tabindex", "-1").text("Case file for police"))
        .child(el("p").text(format!(
            "{intro}. {}. Printed {printed}.",
            count_of(entries.len(), "entry", "entries")
        )))
        .child(el("p").attr("data-testid", "case-file-clock").text(
            "All times come from this device's clock, which Stand Safe cannot check. \
             Each entry shows when it was written, and every later edit is kept.",
        ))
        .child(
            el("p")
                .attr("data-testid", "case-file-report-line")
                .text(format!("To report a crime: {report}")),
        )
        .child(el("h3").text("Timeline"))
        .child(timeline)
        .child(el("h3").text("Crime reference numbers"))
        .child(bullets(crime_refs))
        .child(el("h3").text("People involved"))
        .child(bullets(people))
        .child(el("h3").text("Witnesses"))
        .child(bullets(witnesses))
        .child(el("h3").text("Evidence index"))
        .child(bullets(evidence))
        .child(el("h3").text("Incidents in full"))
        .children(full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{Report, Witness};

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
        let t = case_file(
            &diary(),
            "Jo Candidate",
            "Call 999 if you are in danger.",
            "23 November 2026",
            0,
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
            "Jo Candidate",
            "CR-a",
            "CR-b",
            "photo for a",
            "Red van man (tall) — 2 incidents",
            "2 entries",
            "All times come from this device's clock",
            "To report a crime: Call 999",
            "Sam (07700 900000)",
        ] {
            pos(s);
        }
    }

    #[test]
    fn counts_use_the_right_word() {
        assert_eq!(count_of(1, "entry", "entries"), "1 entry");
        assert_eq!(count_of(0, "entry", "entries"), "0 entries");
        assert_eq!(count_of(2, "incident", "incidents"), "2 incidents");
        let t = case_file(&diary(), "", "x", "today", 0, &Thumbs::new()).all_text();
        assert!(!t.contains("(s)"), "{t}");
        // Dates for people to read, never ISO.
        assert!(
            !t.contains("2026-11-01") && t.contains("Sunday 1 November 2026"),
            "{t}"
        );
    }

    #[test]
    fn people_view_flags_repeat_incidents() {
        assert!(people(&diary()).all_text().contains("may be harassment"));
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
        assert!(!detail(inc, &d, false, 0, &Thumbs::new())
            .all_text()
            .contains("Followed to car"));
        assert!(detail(inc, &d, true, 0, &Thumbs::new())
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
    fn the_case_file_lists_attached_files_with_fingerprints_and_prints_thumbnails() {
        use crate::domain::attachment::tests::sample;
        let mut d = diary();
        d.attach("a", vec![sample("f1", 5)]);
        d.attach("b", vec![sample("f2", 6)]);
        d.set_file_removed("b", "f2", true, 7);
        let mut thumbs = Thumbs::new();
        thumbs.insert("f1.thumb".into(), "data:image/jpeg;base64,AAAA".into());
        let tree = case_file(&d, "", "x", "today", 0, &thumbs);
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
