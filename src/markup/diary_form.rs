//! The diary entry form as a document tree, and reading it back from the form's values.
//!
//! The form is drawn by the same renderer as the read-only views and read with the browser's
//! FormData on every change, so what the user typed is the single source of truth.

use super::doc::{action_button, el, DocAction, Node};
use crate::domain::diary::{Channel, IncidentFields, Reach, Report, ReportedTo, Status, Witness};

/// A problem to show beside a field.
pub type Problems<'a> = &'a [(&'static str, String)];

fn described(node: Node, id: &str, hint: bool, problem: bool) -> Node {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if problem {
        ids.push(format!("{id}-error"));
    }
    let node = if ids.is_empty() {
        node
    } else {
        node.attr("aria-describedby", ids.join(" "))
    };
    if problem {
        node.attr("aria-invalid", "true")
    } else {
        node
    }
}

/// A labelled input or textarea with its hint and any problem.
fn field(
    id: &'static str,
    label: &str,
    hint: &str,
    kind: &str,
    value: &str,
    problems: Problems,
) -> Node {
    let problem = problems
        .iter()
        .find(|(f, _)| *f == id)
        .map(|(_, m)| m.clone());
    let control = if kind == "textarea" {
        el("textarea").attr("rows", "4").text(value)
    } else {
        el("input").attr("type", kind).attr("value", value)
    };
    let control = described(
        control
            .attr("id", id)
            .attr("name", id)
            .attr("data-testid", id),
        id,
        !hint.is_empty(),
        problem.is_some(),
    );
    let mut div = el("div")
        .attr("class", "field")
        .child(el("label").attr("for", id).text(label));
    if !hint.is_empty() {
        div = div.child(
            el("p")
                .attr("class", "hint")
                .attr("id", format!("{id}-hint"))
                .text(hint),
        );
    }
    div = div.child(control);
    if let Some(p) = problem {
        div = div.child(
            el("p")
                .attr("class", "error-text")
                .attr("id", format!("{id}-error"))
                .text(p),
        );
    }
    div
}

/// Mark a field as fitting only incidents that reached the user this way (`Reach::key`): the
/// style sheet hides it for the other kind. A hidden field keeps its value, in the form data
/// and in the draft, so nothing typed is lost when the channel is changed back. A field with a
/// problem to show is never hidden.
fn only(node: Node, reach: Reach, id: &str, problems: Problems) -> Node {
    if problems.iter().any(|(f, _)| *f == id) {
        node
    } else {
        node.attr("data-only", reach.key())
    }
}

fn select(
    id: &str,
    label: &str,
    options: impl Iterator<Item = (&'static str, &'static str, bool)>,
) -> Node {
    let opts = options.map(|(key, text, selected)| {
        let o = el("option").attr("value", key).text(text);
        if selected {
            o.attr("selected", "")
        } else {
            o
        }
    });
    el("div")
        .attr("class", "field")
        .child(el("label").attr("for", id).text(label))
        .child(
            el("select")
                .attr("id", id)
                .attr("name", id)
                .attr("data-testid", id)
                .children(opts),
        )
}

fn checkbox(id: &str, name: &str, value: &str, label: &str, checked: bool) -> Node {
    let input = el("input")
        .attr("type", "checkbox")
        .attr("id", id)
        .attr("name", name)
        .attr("value", value)
        .attr("data-testid", id);
    let input = if checked {
        input.attr("checked", "")
    } else {
        input
    };
    el("label")
        .attr("class", "tick")
        .attr("for", id)
        .child(input)
        .text(format!(" {label}"))
}

fn fieldset(legend: &str, children: Vec<Node>) -> Node {
    el("fieldset")
        .child(el("legend").text(legend))
        .children(children)
}

fn report_fields(i: usize, r: &Report) -> Node {
    let id = |n: &str| format!("report-{i}-{n}");
    let input = |n: &str, label: &str, kind: &str, value: &str| {
        el("div")
            .attr("class", "field")
            .child(el("label").attr("for", id(n)).text(label))
            .child(
                el("input")
                    .attr("type", kind)
                    .attr("id", id(n))
                    .attr("name", id(n))
                    .attr("data-testid", id(n))
                    .attr("value", value),
            )
    };
    el("div")
        .attr("class", "report card")
        .child(select(
            &id("to"),
            "Reported to",
            ReportedTo::ALL
                .iter()
                .map(|t| (t.key(), t.label(), *t == r.to)),
        ))
        .child(input("date", "Date reported", "date", &r.date))
        .child(input(
            "officer",
            "Officer name or reference",
            "text",
            &r.officer_or_ref,
        ))
        .child(input(
            "crime",
            "Crime reference number",
            "text",
            &r.crime_ref,
        ))
        .child(input("outcome", "Outcome", "text", &r.outcome))
}

fn witness_lines(f: &IncidentFields) -> String {
    f.witnesses
        .iter()
        .map(|w| {
            if w.contact.is_empty() {
                w.name.clone()
            } else {
                format!("{}, {}", w.name, w.contact)
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The whole form. `people` are (id, name) of everyone already in the diary.
pub fn form(
    heading: &str,
    f: &IncidentFields,
    new_people: &str,
    people: &[(String, String)],
    problems: Problems,
) -> Node {
    let when = fieldset(
        "When",
        vec![
            field(
                "happened_date",
                "Date it happened",
                "",
                "date",
                &f.happened_date,
                problems,
            ),
            field(
                "happened_time",
                "Time (if known)",
                "",
                "time",
                &f.happened_time,
                problems,
            ),
            checkbox(
                "time_approx",
                "time_approx",
                "yes",
                "The time is approximate",
                f.time_approx,
            ),
            only(
                field(
                    "found_date",
                    "For something online: date you found it",
                    "",
                    "date",
                    &f.found_date,
                    problems,
                ),
                Reach::Online,
                "found_date",
                problems,
            ),
            only(
                field(
                    "found_time",
                    "Time you found it",
                    "",
                    "time",
                    &f.found_time,
                    problems,
                ),
                Reach::Online,
                "found_time",
                problems,
            ),
        ],
    );
    // Asked first: it decides which of the questions below fit.
    let channel = select(
        "channel",
        "How it reached you",
        Channel::ALL
            .iter()
            .map(|c| (c.key(), c.label(), *c == f.channel)),
    );
    let where_ = fieldset(
        "Where",
        vec![
            only(
                field(
                    "place",
                    "Where it happened",
                    "A street, building or town.",
                    "text",
                    &f.place,
                    problems,
                ),
                Reach::Offline,
                "place",
                problems,
            ),
            only(
                field(
                    "platform",
                    "Platform (for online abuse)",
                    "For example a social media site or messaging app.",
                    "text",
                    &f.platform,
                    problems,
                ),
                Reach::Online,
                "platform",
                problems,
            ),
            only(
                field(
                    "link",
                    "Link to the post or message",
                    "Copy it from the address bar or the share button.",
                    "text",
                    &f.link,
                    problems,
                ),
                Reach::Online,
                "link",
                problems,
            ),
        ],
    );
    let what = fieldset(
        "What happened",
        vec![
            field(
                "what_happened",
                "What happened",
                "Plainly, in order.",
                "textarea",
                &f.what_happened,
                problems,
            ),
            field(
                "exact_words",
                "The exact words used",
                "Word for word, if you can, with spelling and emojis as they were.",
                "textarea",
                &f.exact_words,
                problems,
            ),
        ],
    );
    let mut who = Vec::new();
    if !people.is_empty() {
        who.push(el("p").attr("class", "hint").text(
            "Pick anyone already in your diary, so incidents by the same person are linked.",
        ));
        who.push(
            el("ul")
                .attr("class", "plain-list")
                .children(people.iter().map(|(id, name)| {
                    el("li").child(checkbox(
                        &format!("person-{id}"),
                        "person",
                        id,
                        name,
                        f.people.contains(id),
                    ))
                })),
        );
    }
    who.push(field("new_people", "New people (one per line)", "Name or online handle if known, then a comma and a description, for example: \"Unknown man, grey hoodie, white van\".", "textarea", new_people, problems));
    who.push(field(
        "witnesses",
        "Witnesses (one per line: name, then how to contact them)",
        "",
        "textarea",
        &witness_lines(f),
        problems,
    ));
    let evidence = fieldset("Evidence and effect", vec![
        field("evidence", "Evidence you have kept (one item per line)", "For example: screenshot of the post and of the profile, saved 14:05; original letter kept; asked the shop to keep CCTV.", "textarea", &f.evidence.join("\n"), problems),
        field("effect", "The effect on you", "How it made you feel and anything you changed because of it.", "textarea", &f.effect, problems),
        field("injury_damage_loss", "Any injury, damage or loss", "", "textarea", &f.injury_damage_loss, problems),
    ]);
    let mut reporting: Vec<Node> = f
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| report_fields(i, r))
        .collect();
    reporting.push(el("p").child(action_button(
        "Add who you reported it to",
        DocAction::AddReport,
        "",
        true,
    )));
    reporting.push(select(
        "status",
        "Status",
        Status::ALL
            .iter()
            .map(|s| (s.key(), s.label(), *s == f.status)),
    ));
    reporting.push(field(
        "action_needed",
        "Anything still to do",
        "",
        "textarea",
        &f.action_needed,
        problems,
    ));
    el("div")
        .child(super::diary_views::view_heading(heading))
        .child(el("p").attr("class", "callout").text("Write the facts as you remember them, in your own words. This record may be shown in court, so say what you saw and heard rather than what you think it means. You do not need a record before you report to the police."))
        .child(channel)
        .child(when)
        .child(where_)
        .child(what)
        .child(fieldset("Who was involved", who))
        .child(evidence)
        .child(fieldset("Reporting", reporting))
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Read the form back: `get(name)` gives a field's value, `get_all(name)` every value of a name.
/// Returns the fields and the new people typed (one per line).
pub fn read(
    get: impl Fn(&str) -> Option<String>,
    get_all: impl Fn(&str) -> Vec<String>,
    report_count: usize,
) -> (IncidentFields, String) {
    let s = |name: &str| get(name).unwrap_or_default();
    let reports = (0..report_count)
        .map(|i| {
            let r = |n: &str| s(&format!("report-{i}-{n}"));
            Report {
                to: ReportedTo::from_key(&r("to")).unwrap_or_default(),
                date: r("date"),
                officer_or_ref: r("officer"),
                crime_ref: r("crime"),
                outcome: r("outcome"),
            }
        })
        .collect();
    let fields = IncidentFields {
        happened_date: s("happened_date"),
        happened_time: s("happened_time"),
        time_approx: get("time_approx").is_some(),
        found_date: s("found_date"),
        found_time: s("found_time"),
        place: s("place"),
        platform: s("platform"),
        link: s("link"),
        channel: Channel::from_key(&s("channel")).unwrap_or_default(),
        what_happened: s("what_happened"),
        exact_words: s("exact_words"),
        people: get_all("person"),
        witnesses: lines(&s("witnesses"))
            .into_iter()
            .map(|l| match l.split_once(',') {
                Some((n, c)) => Witness {
                    name: n.trim().into(),
                    contact: c.trim().into(),
                },
                None => Witness {
                    name: l,
                    contact: String::new(),
                },
            })
            .collect(),
        evidence: lines(&s("evidence")),
        effect: s("effect"),
        injury_damage_loss: s("injury_damage_loss"),
        reports,
        status: Status::from_key(&s("status")).unwrap_or_default(),
        action_needed: s("action_needed"),
    };
    (fields, s("new_people"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::doc::Node;
    use std::collections::HashMap;

    /// Collect every named control's value from a form tree, as the browser's FormData would.
    fn form_data(node: &Node, out: &mut Vec<(String, String)>) {
        if let Node::El {
            tag,
            attrs,
            children,
        } = node
        {
            let a = |k: &str| attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone());
            match (*tag, a("name")) {
                ("input", Some(name)) if a("type").as_deref() == Some("checkbox") => {
                    if a("checked").is_some() {
                        out.push((name, a("value").unwrap_or_default()));
                    }
                }
                ("input", Some(name)) => out.push((name, a("value").unwrap_or_default())),
                ("textarea", Some(name)) => out.push((name, node.all_text())),
                ("select", Some(name)) => {
                    let selected = children.iter().find_map(|c| match c {
                        Node::El { attrs, .. } if attrs.iter().any(|(n, _)| *n == "selected") => {
                            attrs
                                .iter()
                                .find(|(n, _)| *n == "value")
                                .map(|(_, v)| v.clone())
                        }
                        _ => None,
                    });
                    out.push((name, selected.unwrap_or_default()));
                }
                _ => children.iter().for_each(|c| form_data(c, out)),
            }
        }
    }

    #[test]
    fn a_drawn_form_reads_back_as_the_same_entry() {
        let f = IncidentFields {
            happened_date: "2026-11-20".into(),
            happened_time: "19:40".into(),
            time_approx: true,
            place: "Market St".into(),
            channel: Channel::Email,
            what_happened: "Line one\nline two <b>".into(),
            exact_words: "\"quoted\"".into(),
            people: vec!["p1".into()],
            witnesses: vec![Witness {
                name: "Sam".into(),
                contact: "07700 900000".into(),
            }],
            evidence: vec!["Screenshot".into(), "Letter".into()],
            reports: vec![Report {
                to: ReportedTo::Police101,
                crime_ref: "CR1".into(),
                ..Report::default()
            }],
            status: Status::Reported,
            ..IncidentFields::default()
        };
        let tree = form(
            "New entry",
            &f,
            "Someone, tall",
            &[("p1".into(), "Anon".into()), ("p2".into(), "Other".into())],
            &[],
        );
        let mut data = Vec::new();
        form_data(&tree, &mut data);
        let map: HashMap<String, String> = data.iter().cloned().collect();
        let all = |n: &str| {
            data.iter()
                .filter(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
                .collect()
        };
        let (back, new_people) = read(|n| map.get(n).cloned(), all, 1);
        assert_eq!(back, f);
        assert_eq!(new_people, "Someone, tall");
    }

    /// The `data-only` mark on the field holding control `id`, if any.
    fn only_mark(node: &Node, id: &str) -> Option<Option<String>> {
        let Node::El {
            attrs, children, ..
        } = node
        else {
            return None;
        };
        let holds = children.iter().any(|c| match c {
            Node::El { attrs, .. } => attrs.iter().any(|(k, v)| *k == "id" && v == id),
            _ => false,
        });
        if holds {
            return Some(
                attrs
                    .iter()
                    .find(|(k, _)| *k == "data-only")
                    .map(|(_, v)| v.clone()),
            );
        }
        children.iter().find_map(|c| only_mark(c, id))
    }

    #[test]
    fn online_questions_and_in_person_ones_are_marked_for_their_kind() {
        let tree = form("New entry", &IncidentFields::default(), "", &[], &[]);
        for id in ["platform", "link", "found_date", "found_time"] {
            assert_eq!(only_mark(&tree, id), Some(Some("online".into())), "{id}");
        }
        assert_eq!(only_mark(&tree, "place"), Some(Some("offline".into())));
        for id in ["happened_date", "what_happened", "new_people", "evidence"] {
            assert_eq!(
                only_mark(&tree, id),
                Some(None),
                "{id} is asked for every entry"
            );
        }
        // The channel is asked before anything it decides.
        let text = tree.all_text();
        assert!(text.find("How it reached you") < text.find("Date it happened"));
    }

    #[test]
    fn problems_are_shown_and_linked_to_their_field() {
        let tree = form(
            "New entry",
            &IncidentFields::default(),
            "",
            &[],
            &[("what_happened", "Say what happened.".into())],
        );
        let text = tree.all_text();
        assert!(text.contains("Say what happened."));
        fn find<'a>(n: &'a Node, id: &str) -> Option<&'a Node> {
            match n {
                Node::El {
                    attrs, children, ..
                } => {
                    if attrs.iter().any(|(k, v)| *k == "id" && v == id) {
                        Some(n)
                    } else {
                        children.iter().find_map(|c| find(c, id))
                    }
                }
                _ => None,
            }
        }
        let Some(Node::El { attrs, .. }) = find(&tree, "what_happened") else {
            panic!()
        };
        assert!(attrs.contains(&("aria-invalid", "true".into())));
        assert!(attrs
            .iter()
            .any(|(k, v)| *k == "aria-describedby" && v.contains("what_happened-error")));
    }
}
