//! Campaign-day plans: where and when the user will be, with whom, and the message that tells
//! their police contact and buddy. Nothing is sent by the app: the phone's own tools send it.

use super::diary::{IncidentFields, Witness};
use super::envelope::Versioned;
pub use super::field_problem::FieldProblem;
use super::profile::Profile;
use super::time::{long_date, parse_date, parse_time};

crate::choice_enum!(
    /// What kind of session it is.
    SessionKind {
        DoorKnocking = "door_knocking": "Door knocking",
        StreetStall = "street_stall": "Street stall",
        Hustings = "hustings": "Hustings or public meeting",
        Surgery = "surgery": "Surgery",
        Leafleting = "leafleting": "Leafleting",
        Other = "other": "Other",
    }
);

impl SessionKind {
    /// What the user will be doing, to follow "I will be": "running a street stall".
    pub fn doing(self) -> &'static str {
        match self {
            SessionKind::DoorKnocking => "door knocking",
            SessionKind::StreetStall => "running a street stall",
            SessionKind::Hustings => "at a hustings or public meeting",
            SessionKind::Surgery => "holding a surgery",
            SessionKind::Leafleting => "leafleting",
            SessionKind::Other => "out campaigning",
        }
    }
}

/// One planned session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub id: String,
    pub created_ms: i64,
    /// Local date and times as typed: "YYYY-MM-DD", "HH:MM".
    pub date: String,
    pub start: String,
    pub finish: String,
    pub area: String,
    pub meeting_point: String,
    /// Who is going with the user (names, free text). Empty means alone.
    pub with_whom: String,
    pub kind: SessionKind,
    pub notes: String,
    /// When the user said "I'm done, safe" (ms since the epoch).
    pub safe_ms: Option<i64>,
}

impl Versioned for Plan {
    const VERSION: u32 = 1;
}

/// Where a plan stands at a given local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanState {
    Upcoming,
    /// Started and not yet at its finish time.
    Running,
    /// Past its finish time with no check-in, within the following 12 hours.
    Overdue,
    /// Checked in safe.
    Done,
    /// Long past, with no check-in recorded.
    Past,
}

/// Minutes since 1970-01-01 for a local date and time, compared only with each other.
fn local_minutes(date: &str, time: &str) -> Option<i64> {
    Some(parse_date(date)? / 60_000 + i64::from(parse_time(time)?))
}

impl Plan {
    pub fn is_alone(&self) -> bool {
        self.with_whom.trim().is_empty()
    }

    /// Whether the safety contact's name is also in "who is with you": then nobody away from
    /// the session knows where the user is. Names are compared without case or extra spaces;
    /// a single name ("Maya") matches the first name of a full one ("Maya Shah").
    pub fn safety_contact_is_with_you(&self, contact_name: &str) -> bool {
        let key = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let contact = key(contact_name);
        if contact.is_empty() {
            return false;
        }
        let first = |s: &str| s.split(' ').next().unwrap_or("").to_string();
        let with = self.with_whom.replace(" and ", ",").replace(" & ", ",");
        with.split([',', ';', '/', '\n', '+'])
            .map(key)
            .filter(|p| !p.is_empty())
            .any(|p| {
                p == contact
                    || (!p.contains(' ') && p == first(&contact))
                    || (!contact.contains(' ') && contact == first(&p))
            })
    }

    /// What must be fixed before saving.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if parse_date(&self.date).is_none() {
            out.push(FieldProblem {
                field: "plan-date",
                message: "Add the date of the session.",
            });
        }
        if parse_time(&self.start).is_none() {
            out.push(FieldProblem {
                field: "plan-start",
                message: "Add the start time, for example 10:00.",
            });
        }
        match (
            local_minutes(&self.date, &self.start),
            local_minutes(&self.date, &self.finish),
        ) {
            (_, None) => out.push(FieldProblem {
                field: "plan-finish",
                message: "Add when you expect to finish, for example 12:30.",
            }),
            (Some(s), Some(f)) if f <= s => out.push(FieldProblem {
                field: "plan-finish",
                message: "The finish time should be after the start time.",
            }),
            _ => {}
        }
        if self.area.trim().is_empty() {
            out.push(FieldProblem {
                field: "plan-area",
                message: "Say where you will be: an area, streets or a venue.",
            });
        }
        out
    }

    /// Where the plan stands at local date `today` ("YYYY-MM-DD") and time `now` ("HH:MM").
    pub fn state(&self, today: &str, now: &str) -> PlanState {
        if self.safe_ms.is_some() {
            return PlanState::Done;
        }
        let (Some(now), Some(start), Some(finish)) = (
            local_minutes(today, now),
            local_minutes(&self.date, &self.start),
            local_minutes(&self.date, &self.finish),
        ) else {
            return PlanState::Upcoming;
        };
        if now < start {
            PlanState::Upcoming
        } else if now <= finish {
            PlanState::Running
        } else if now <= finish + 12 * 60 {
            PlanState::Overdue
        } else {
            PlanState::Past
        }
    }

    /// The plan's date for people to read: "Tuesday 24 November" (as typed if not a date).
    pub fn day(&self) -> String {
        long_date(&self.date).unwrap_or_else(|| self.date.clone())
    }

    /// The facts of the plan, in the first person, each sentence ending in a full stop.
    fn facts(&self, profile: &Profile) -> Vec<String> {
        let mut parts = Vec::new();
        let intro = intro(profile);
        if !intro.is_empty() {
            parts.push(intro.trim_end().to_string());
        }
        parts.push(format!(
            "I will be {} on {}, from {} until {}.",
            self.kind.doing(),
            self.day(),
            self.start,
            self.finish
        ));
        parts.push(format!("Where: {}", end_sentence(self.area.trim())));
        if !self.meeting_point.trim().is_empty() {
            parts.push(format!(
                "Meeting at: {}",
                end_sentence(self.meeting_point.trim())
            ));
        }
        parts.push(if self.is_alone() {
            "I will be on my own.".to_string()
        } else {
            format!("With: {}", end_sentence(self.with_whom.trim()))
        });
        if !profile.own_phone.trim().is_empty() {
            parts.push(format!("My phone: {}.", profile.own_phone.trim()));
        }
        if !self.notes.trim().is_empty() {
            parts.push(format!("Notes: {}", end_sentence(self.notes.trim())));
        }
        parts
    }

    /// The message for the police contact: where and when. It promises no check-in, because
    /// nobody at the police is watching for one.
    pub fn police_message(&self, profile: &Profile) -> String {
        let mut parts = vec!["Campaign plan.".to_string()];
        parts.extend(self.facts(profile));
        parts.join(" ")
    }

    /// The message for the person who checks on the user: when they expect to finish and what
    /// to do if they have not heard.
    pub fn buddy_message(&self, profile: &Profile) -> String {
        let mut parts = self.facts(profile);
        parts.push(format!(
            "I expect to finish by {} and will message you when I am done.",
            self.finish
        ));
        parts.push(format!(
            "If you have not heard from me by then, call me. If I do not answer, call {}. If you fear for me, call 999.",
            agent_or_party(profile)
        ));
        parts.join(" ")
    }

    /// The message that tells the buddy the user has finished safely, at local time `at`.
    pub fn finished_message(&self, profile: &Profile, at: &str) -> String {
        let done = match self.kind {
            SessionKind::DoorKnocking => "door knocking",
            SessionKind::StreetStall => "the street stall",
            SessionKind::Hustings => "the hustings or public meeting",
            SessionKind::Surgery => "the surgery",
            SessionKind::Leafleting => "leafleting",
            SessionKind::Other => "campaigning",
        };
        format!(
            "{}I have finished {done} at {} and I am safe, as of {at}. No need to check on me.",
            intro(profile),
            end_sentence(self.area.trim()).trim_end_matches('.'),
        )
    }

    /// The message asking the buddy to check on the user when the check-in is overdue, sent
    /// from the user's own phone: first person, with or without a name.
    pub fn overdue_message(&self, profile: &Profile) -> String {
        format!(
            "{}I planned to finish {} at {} by {} on {}, and I have not checked in. Please call me now. If I do not answer, call {}. If you fear for me, call 999.",
            intro(profile),
            self.kind.doing(),
            end_sentence(self.area.trim()).trim_end_matches('.'),
            self.finish,
            self.day(),
            agent_or_party(profile)
        )
    }
}

/// "This is Jo. " when the user gave a name, else nothing.
fn intro(profile: &Profile) -> String {
    let name = profile.name.trim();
    if name.is_empty() {
        String::new()
    } else {
        format!("This is {name}. ")
    }
}

/// The agent or party contact, named if the user saved one.
fn agent_or_party(profile: &Profile) -> String {
    let c = &profile.party_safety;
    match (c.name.trim(), c.phone.trim()) {
        ("", "") => "my agent or party contact".to_string(),
        (name, "") => format!("my agent or party contact, {name}"),
        ("", phone) => format!("my agent or party contact on {phone}"),
        (name, phone) => format!("my agent or party contact, {name}, on {phone}"),
    }
}

/// Text as a sentence: a full stop added unless it already ends with one.
fn end_sentence(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// Percent-encode text for a URL query value (RFC 3986: only unreserved characters stay).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A link that opens the phone's messages app with the text filled in.
pub fn sms_link(number: &str, body: &str) -> String {
    let number: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("sms:{number}?body={}", encode_component(body))
}

/// A link that opens the email app with the text filled in.
pub fn mailto_link(email: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode_component(email.trim()).replace("%40", "@"),
        encode_component(subject),
        encode_component(body)
    )
}

impl Plan {
    /// A diary entry started from this plan: its date, start time and area, and the people who
    /// went as witnesses. The user writes what happened.
    pub fn diary_draft(&self) -> IncidentFields {
        IncidentFields {
            happened_date: self.date.clone(),
            happened_time: self.start.clone(),
            place: self.area.clone(),
            witnesses: self
                .with_whom
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| Witness {
                    name: n.into(),
                    contact: String::new(),
                })
                .collect(),
            what_happened: format!(
                "During {} at {}: ",
                self.kind.label().to_ascii_lowercase(),
                self.area
            ),
            ..IncidentFields::default()
        }
    }
}

#[cfg(test)]
mod tests {
    /// Issue 15, item 9: the safety contact should not be one of the people going.
    #[test]
    fn a_safety_contact_who_is_going_too_is_noticed() {
        let plan = |with: &str| Plan {
            with_whom: with.into(),
            ..Plan::default()
        };
        assert!(plan("Maya Shah").safety_contact_is_with_you("Maya Shah"));
        assert!(plan("Sam, maya  shah").safety_contact_is_with_you(" Maya Shah "));
        assert!(plan("Sam and Maya").safety_contact_is_with_you("Maya Shah"));
        assert!(plan("Maya Shah & Sam").safety_contact_is_with_you("Maya"));
        assert!(!plan("Mayan Shah").safety_contact_is_with_you("Maya Shah"));
        assert!(!plan("Sam Jones").safety_contact_is_with_you("Maya Shah"));
        assert!(!plan("").safety_contact_is_with_you("Maya Shah"));
        assert!(!plan("Maya").safety_contact_is_with_you(""));
    }

    use super::*;

    fn plan() -> Plan {
        Plan {
            id: "p".into(),
            date: "2026-11-24".into(),
            start: "10:00".into(),
            finish: "12:30".into(),
            area: "Elm Road & Oak Street".into(),
            meeting_point: "Corner shop".into(),
            with_whom: "Sam, Priya".into(),
            kind: SessionKind::DoorKnocking,
            notes: "Bring leaflets".into(),
            ..Plan::default()
        }
    }

    #[test]
    fn a_diary_entry_started_from_a_plan_carries_its_date_place_and_people() {
        let f = plan().diary_draft();
        assert_eq!(f.happened_date, "2026-11-24");
        assert_eq!(f.happened_time, "10:00");
        assert_eq!(f.place, "Elm Road & Oak Street");
        let names: Vec<_> = f.witnesses.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, ["Sam", "Priya"]);
        assert!(f.what_happened.starts_with("During "));
        assert!(
            f.people.is_empty(),
            "nobody is linked that the user did not link"
        );
    }

    fn me() -> Profile {
        Profile {
            name: "Jo Candidate".into(),
            own_phone: "07700 900123".into(),
            ..Profile::default()
        }
    }

    #[test]
    fn messages_say_who_where_when_with_whom_and_phone() {
        for m in [plan().police_message(&me()), plan().buddy_message(&me())] {
            for part in [
                "This is Jo Candidate.",
                "I will be door knocking on Tuesday 24 November, from 10:00 until 12:30.",
                "Where: Elm Road & Oak Street.",
                "Meeting at: Corner shop.",
                "With: Sam, Priya.",
                "My phone: 07700 900123.",
                "Notes: Bring leaflets.",
            ] {
                assert!(m.contains(part), "missing {part} in {m}");
            }
            // Issue 16: never an ISO date in a message.
            assert!(!m.contains("2026-11-24"), "{m}");
        }
    }

    /// Issue 16, item 6: the police do not watch for check-ins, so none is promised.
    #[test]
    fn the_police_message_promises_no_check_in() {
        let m = plan().police_message(&me()).to_lowercase();
        assert!(
            !m.contains("check in") && !m.contains("check-in") && !m.contains("message you"),
            "{m}"
        );
    }

    /// Issue 16, item 6: the buddy knows the finish time and what to do.
    #[test]
    fn the_buddy_message_says_what_to_do() {
        let m = plan().buddy_message(&me());
        assert!(m.contains("I expect to finish by 12:30"), "{m}");
        assert!(m.contains("If you have not heard from me by then, call me. If I do not answer, call my agent or party contact. If you fear for me, call 999."), "{m}");
        let mut with_party = me();
        with_party.party_safety.name = "Sam Agent".into();
        with_party.party_safety.phone = "07700 900456".into();
        assert!(plan()
            .buddy_message(&with_party)
            .contains("call my agent or party contact, Sam Agent, on 07700 900456."));
    }

    /// Issue 16, item 6 and the walkthrough: every kind of session reads as a sentence.
    #[test]
    fn every_kind_of_session_reads_as_a_sentence() {
        for kind in SessionKind::ALL {
            let m = Plan {
                kind: *kind,
                ..plan()
            }
            .police_message(&Profile::default());
            assert!(
                !m.contains("will be street stall")
                    && !m.contains("will be surgery")
                    && !m.contains("will be other")
                    && !m.contains("will be hustings"),
                "{m}"
            );
            assert!(m.contains(&format!("I will be {} on", kind.doing())), "{m}");
        }
    }

    #[test]
    fn notes_end_with_a_full_stop() {
        let p = Plan {
            notes: "Priya on the odd numbers".into(),
            ..plan()
        };
        let m = p.buddy_message(&me());
        assert!(
            m.contains("Notes: Priya on the odd numbers. I expect"),
            "{m}"
        );
    }

    /// Issue 16, item 6: the overdue message is grammatical with and without a name.
    #[test]
    fn overdue_message_with_and_without_a_name() {
        let named = plan().overdue_message(&me());
        assert_eq!(named, "This is Jo Candidate. I planned to finish door knocking at Elm Road & Oak Street by 12:30 on Tuesday 24 November, and I have not checked in. Please call me now. If I do not answer, call my agent or party contact. If you fear for me, call 999.");
        let anon = plan().overdue_message(&Profile::default());
        assert!(
            anon.starts_with("I planned to finish door knocking"),
            "{anon}"
        );
        assert!(
            !anon.contains("has not") && !anon.contains("I has"),
            "{anon}"
        );
    }

    #[test]
    fn finished_message_says_safe() {
        let m = plan().finished_message(&me(), "12:20");
        assert_eq!(m, "This is Jo Candidate. I have finished door knocking at Elm Road & Oak Street and I am safe, as of 12:20. No need to check on me.");
        let m = Plan {
            kind: SessionKind::Surgery,
            ..plan()
        }
        .finished_message(&Profile::default(), "12:20");
        assert!(m.starts_with("I have finished the surgery at"), "{m}");
    }

    #[test]
    fn message_without_optional_fields_stays_plain() {
        let p = Plan {
            meeting_point: String::new(),
            notes: String::new(),
            with_whom: String::new(),
            ..plan()
        };
        let m = p.police_message(&Profile::default());
        assert!(
            m.starts_with("Campaign plan. I will be door knocking"),
            "{m}"
        );
        assert!(m.contains("I will be on my own."));
        assert!(!m.contains("Meeting at") && !m.contains("Notes") && !m.contains("My phone"));
    }

    #[test]
    fn links_are_encoded() {
        let body = "Odd: & ? = # % \"quotes\" ü 🙂\nnew line";
        let sms = sms_link("+44 7700 900-123", body);
        assert!(sms.starts_with("sms:+447700900123?body=Odd%3A%20%26%20%3F%20%3D%20%23%20%25%20%22quotes%22%20%C3%BC%20%F0%9F%99%82%0Anew%20line"), "{sms}");
        let mail = mailto_link("pc.example@police.example.uk", "Campaign plan", body);
        assert!(
            mail.starts_with(
                "mailto:pc.example@police.example.uk?subject=Campaign%20plan&body=Odd%3A%20%26"
            ),
            "{mail}"
        );
        assert!(!mail.contains(' ') && !mail.contains('\n'));
    }

    #[test]
    fn state_follows_the_clock() {
        let p = plan();
        assert_eq!(p.state("2026-11-24", "09:59"), PlanState::Upcoming);
        assert_eq!(p.state("2026-11-24", "10:00"), PlanState::Running);
        assert_eq!(p.state("2026-11-24", "12:30"), PlanState::Running);
        assert_eq!(p.state("2026-11-24", "12:31"), PlanState::Overdue);
        assert_eq!(p.state("2026-11-25", "00:30"), PlanState::Overdue);
        assert_eq!(p.state("2026-11-25", "12:31"), PlanState::Past);
        assert_eq!(
            Plan {
                safe_ms: Some(1),
                ..p
            }
            .state("2026-11-24", "12:31"),
            PlanState::Done
        );
    }

    #[test]
    fn problems_and_the_alone_warning() {
        assert!(plan().problems().is_empty());
        let bad = Plan {
            finish: "09:00".into(),
            area: " ".into(),
            ..plan()
        };
        let fields: Vec<_> = bad.problems().iter().map(|p| p.field).collect();
        assert_eq!(fields, ["plan-finish", "plan-area"]);
        assert!(Plan {
            with_whom: " ".into(),
            ..plan()
        }
        .is_alone());
    }
}
