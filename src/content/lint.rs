//! Checks on the guidance text: only checked numbers, the reporting route, one rule on working
//! alone, plain English (reading grade and sentence length), roles, sources and dates.
//! Each rule here failed on the November 2026 text it was written against.

use std::collections::HashSet;

use super::guidance::{MODULES, REVIEWED};
use super::{checked_label, modules_for, Source, Step, NO_ALARM, WORKING_ALONE_RULE};
use super::{Nation, Role};
use crate::content::inline::{dial_digits, plain, segments, Segment};

/// The only numbers of three or more digits the content may contain, as written
/// (GUIDANCE-FACTS.md, "Numbers checked").
const ALLOWED_NUMBERS: &[&str] = &[
    "999",
    "112",
    "101",
    "7726",
    "0800 789 321",
    "0808 802 0300",
    "0800 555 111",
    "08 08 16 89 111",
    "0800 160 1985",
    "116 123",
    "0300 123 2040",
];
const ALLOWED_EMAIL: &str = "report@phishing.gov.uk";
const TOKEN: &str = "{police_contact}";
const EXPECTED_IDS: [&str; 9] = [
    "police-contact",
    "accounts",
    "canvassing",
    "meetings",
    "online-abuse",
    "post",
    "home",
    "after-incident",
    "team",
];

fn steps() -> impl Iterator<Item = &'static Step> {
    MODULES.iter().flat_map(|m| m.steps)
}

/// The text of one step as written in the data (links marked up), in reading order.
fn raw_step_texts(s: &'static Step) -> Vec<&'static str> {
    let mut out = vec![s.title, s.why];
    out.extend(s.actions.iter().copied());
    out.extend(s.platforms.iter().flat_map(|p| [p.platform, p.how]));
    out
}

/// The text a user reads in one step, in reading order: links shown as their words. (Leaked:
/// a test run reads a few kilobytes once.)
fn step_texts(s: &'static Step) -> Vec<&'static str> {
    raw_step_texts(s)
        .into_iter()
        .map(|t| &*Box::leak(plain(t).into_boxed_str()))
        .collect()
}

/// Where a checked number is part of a name or a description rather than a number to ring:
/// "999 BSL" is a video relay service, reached through its own app.
const NOT_TO_DIAL: &[&str] = &[
    "999 BSL",
    "call 999 through a video interpreter",
    "on a 999 call",
    "a silent 999 call",
];

/// Checked numbers and the phishing address written as plain words, not as links. Every number
/// on screen must be a link a phone can ring (issue 15, item 6).
pub(crate) fn unlinked_numbers(marked: &str) -> Vec<String> {
    let mut out = Vec::new();
    for seg in segments(marked) {
        if let Segment::Text(t) = seg {
            let mut t = t.to_string();
            for phrase in NOT_TO_DIAL {
                t = t.replace(phrase, "");
            }
            out.extend(
                long_numbers(&t)
                    .into_iter()
                    .filter(|n| ALLOWED_NUMBERS.iter().any(|a| a.replace(' ', "") == *n)),
            );
            if t.contains(ALLOWED_EMAIL) {
                out.push(ALLOWED_EMAIL.to_string());
            }
        }
    }
    out
}

/// Links whose address is not exactly what their words say: a `tel:` or `sms:` to other digits
/// than those shown or to an unchecked number, a `mailto:` to another address, or any other kind
/// of address than those and the app's own pages.
pub(crate) fn bad_links(marked: &str) -> Vec<String> {
    segments(marked)
        .into_iter()
        .filter_map(|seg| match seg {
            Segment::Link { text, href } => {
                let ok = if let Some(n) = href.strip_prefix("tel:").or(href.strip_prefix("sms:")) {
                    n == dial_digits(text)
                        && ALLOWED_NUMBERS.iter().any(|a| a.replace(' ', "") == n)
                } else if let Some(e) = href.strip_prefix("mailto:") {
                    e == text && e == ALLOWED_EMAIL
                } else {
                    href.starts_with('/')
                };
                (!ok).then(|| format!("[{text}]({href})"))
            }
            Segment::Text(_) => None,
        })
        .collect()
}

/// Every piece of text in the content, with where it comes from.
fn all_texts() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for m in MODULES {
        out.push((format!("{} id", m.id), m.id));
        out.push((format!("{} title", m.id), m.title));
        out.push((format!("{} covers", m.id), m.covers));
        for s in m.steps {
            out.push((format!("{} id", s.id), s.id));
            out.push((format!("{} source", s.id), s.source.name(None)));
            out.push((
                format!("{} source NI", s.id),
                s.source.name(Some(Nation::NorthernIreland)),
            ));
            for t in step_texts(s) {
                out.push((s.id.to_string(), t));
            }
        }
    }
    out
}

/// All the guide's prose in reading order, module titles and descriptions included.
fn reading_order() -> String {
    let mut out = String::new();
    for m in MODULES {
        out.push_str(m.title);
        out.push('\n');
        out.push_str(m.covers);
        out.push('\n');
        for s in m.steps {
            for t in step_texts(s) {
                out.push_str(t);
                out.push('\n');
            }
        }
    }
    out
}

/// Runs of digits, joining groups split by a single space, non-breaking space or hyphen
/// (so "0300 123 4567" is one number, "03001234567"). Only runs of three or more digits.
fn long_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut run = String::new();
        loop {
            while i < chars.len() && chars[i].is_ascii_digit() {
                run.push(chars[i]);
                i += 1;
            }
            let joins = i + 1 < chars.len()
                && matches!(chars[i], ' ' | '\u{a0}' | '-')
                && chars[i + 1].is_ascii_digit();
            if !joins {
                break;
            }
            i += 1;
        }
        if run.len() >= 3 {
            out.push(run);
        }
    }
    out
}

/// A number is allowed if it is one of the checked numbers or a plausible year.
fn number_allowed(digits: &str) -> bool {
    let allowed = ALLOWED_NUMBERS.iter().any(|n| n.replace(' ', "") == digits);
    let year = digits.len() == 4
        && digits
            .parse::<u32>()
            .is_ok_and(|y| (1990..=2030).contains(&y));
    allowed || year
}

fn bad_numbers(text: &str) -> Vec<String> {
    long_numbers(text)
        .into_iter()
        .filter(|n| !number_allowed(n))
        .collect()
}

/// Every email-like word other than the allowed address.
fn bad_emails(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "()<>,;:\"'".contains(c))
        .filter(|w| w.contains('@'))
        .map(|w| w.trim_end_matches(['.', '!', '?']).to_string())
        .filter(|w| w != ALLOWED_EMAIL)
        .collect()
}

/// Addresses of web sites: http, www., :// or a word shaped like a domain ("gov.uk").
/// "GOV.UK" in capitals is the name of the government's service, not an address.
fn web_addresses(text: &str) -> Vec<String> {
    let text = text
        .replace(ALLOWED_EMAIL, "")
        .replace("GOV.UK", "GOVUK")
        .to_lowercase();
    let mut out: Vec<String> = ["http", "www.", "://"]
        .iter()
        .filter(|bad| text.contains(*bad))
        .map(|bad| bad.to_string())
        .collect();
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        if let Some((before, after)) = word.rsplit_once('.') {
            let tld = after.split('/').next().unwrap_or("");
            if !before.is_empty() && tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()) {
                out.push(word.to_string());
            }
        }
    }
    out
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Sentences of a text: split after . ! ? followed by a space, and at the end.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let ends =
            matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Words: runs of letters and digits (with ' and - inside).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Syllables by vowel groups, less a silent final e; at least one. Numbers count one a group.
fn syllables(word: &str) -> usize {
    let w = word.to_lowercase();
    if w.chars().all(|c| c.is_ascii_digit()) {
        return 1;
    }
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count: usize = 0;
    let mut prev = false;
    for &c in &letters {
        let v = vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = letters.len();
    if n > 2
        && letters[n - 1] == 'e'
        && !vowel(letters[n - 2])
        && (letters[n - 2] != 'l' || vowel(letters[n - 3]))
    {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

/// Flesch-Kincaid grade level over texts, each text ending a sentence.
fn fk_grade(texts: &[&str]) -> f64 {
    let (mut s, mut w, mut y) = (0usize, 0usize, 0usize);
    for t in texts {
        for sentence in sentences(t) {
            let ws = words(&sentence);
            if ws.is_empty() {
                continue;
            }
            s += 1;
            w += ws.len();
            y += ws.iter().map(|x| syllables(x)).sum::<usize>();
        }
    }
    0.39 * (w as f64 / s as f64) + 11.8 * (y as f64 / w as f64) - 15.59
}

/// Wording that offers the police contact instead of 999 or 101.
pub(crate) fn offers_contact_instead(text: &str) -> bool {
    let t = text.to_lowercase();
    let mentions_report = t.contains("999") || t.contains("101") || t.contains("report");
    let alternative = [
        " or your police contact",
        " or to your police contact",
        " or the police contact",
        " or to the police contact",
        " or your contact",
        " or to your contact",
        " or {police_contact}",
        " or to {police_contact}",
        " or your feoa",
        " or to your feoa",
        "report it to your police contact",
        "report it to your contact",
        "report to your police contact",
    ];
    mentions_report && alternative.iter().any(|a| t.contains(a))
}

fn visible_ids(role: Option<Role>) -> HashSet<&'static str> {
    modules_for(role)
        .flat_map(|m| m.steps_for(role))
        .map(|s| s.id)
        .collect()
}

#[test]
fn the_nine_modules_in_order() {
    let ids: Vec<_> = MODULES.iter().map(|m| m.id).collect();
    assert_eq!(ids, EXPECTED_IDS);
    for id in EXPECTED_IDS {
        assert_eq!(crate::content::module(id).map(|m| m.id), Some(id));
    }
    assert!(crate::content::module("no-such-module").is_none());
}

#[test]
fn modules_are_complete_and_fit_the_printed_checklist() {
    for m in MODULES {
        assert!(
            !m.title.trim().is_empty() && !m.covers.trim().is_empty() && m.minutes > 0,
            "{}",
            m.id
        );
        assert!(
            (3..=7).contains(&m.steps.len()),
            "{} has {} steps",
            m.id,
            m.steps.len()
        );
        assert!(
            m.steps.iter().any(|s| s.tickable),
            "{} has nothing to tick",
            m.id
        );
    }
    for role in [
        None,
        Some(Role::Candidate),
        Some(Role::Agent),
        Some(Role::Staff),
        Some(Role::Volunteer),
    ] {
        let total = visible_ids(role).len();
        assert!(
            (25..=44).contains(&total),
            "{role:?} sees {total} steps: too many to print"
        );
    }
}

#[test]
fn ids_are_unique_and_kebab_case() {
    let mut seen = HashSet::new();
    for id in MODULES.iter().map(|m| m.id).chain(steps().map(|s| s.id)) {
        assert!(is_kebab(id), "{id} is not kebab-case");
        assert!(seen.insert(id), "{id} is used twice");
    }
}

#[test]
fn steps_are_complete() {
    for s in steps() {
        assert!(
            !s.title.trim().is_empty() && !s.why.trim().is_empty(),
            "{}",
            s.id
        );
        assert!((1..=5).contains(&s.actions.len()), "{}", s.id);
        assert!(s.actions.iter().all(|a| !a.trim().is_empty()), "{}", s.id);
        assert!(
            s.platforms
                .iter()
                .all(|p| !p.platform.trim().is_empty() && !p.how.trim().is_empty()),
            "{}",
            s.id
        );
    }
}

/// Issue 16, item 9: each step shows the month it was checked against the sheet.
#[test]
fn every_step_was_checked_in_december_2026() {
    assert_eq!(REVIEWED, "2026-12");
    for s in steps() {
        assert_eq!(s.reviewed, "2026-12", "{}", s.id);
        assert!(
            s.source
                .line(None, s.reviewed)
                .ends_with("Checked December 2026."),
            "{}",
            s.id
        );
    }
    assert_eq!(checked_label("2026-12"), "Checked December 2026");
    assert_eq!(checked_label("2026-1"), "Checked January 2026");
    assert_eq!(checked_label("2026-11-23"), "Checked");
}

/// Issue 16, item 9: tips with no source in the sheet are Stand Safe's own.
#[test]
fn tips_without_a_source_are_stand_safes_own() {
    for id in [
        "canvassing-posting",
        "canvassing-check-ins",
        "online-abuse-capture",
        "home-family",
        "meetings-venue",
        "meetings-arrive-leave",
    ] {
        let s = steps()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert_eq!(s.source, Source::StandSafe, "{id}");
        assert!(
            !s.source.line(None, s.reviewed).starts_with("Source:"),
            "{id}"
        );
    }
    assert!(Source::JointGuidance
        .name(Some(Nation::NorthernIreland))
        .starts_with("Joint guidance for candidates in Northern Ireland"));
    assert!(!Source::JointGuidance
        .name(Some(Nation::England))
        .contains("Northern Ireland"));
    assert!(super::ATTRIBUTION.starts_with("Advice from the police, the Local Government Association, the National Cyber Security Centre and the National Protective Security Authority"));
}

/// Issue 16, item 1: the police contact is never offered instead of 999 or 101.
#[test]
fn no_step_offers_the_contact_instead_of_999_or_101() {
    for (place, text) in all_texts() {
        assert!(!offers_contact_instead(text), "{place}: {text}");
    }
    // The check catches the November wording.
    assert!(offers_contact_instead(
        "Otherwise report it on 101 or to your police contact."
    ));
    assert!(!offers_contact_instead(
        "Call 101. Then tell your police contact too."
    ));
}

/// Issue 16, item 1: the reporting steps give the whole route.
#[test]
fn the_reporting_steps_give_the_whole_route() {
    for id in ["online-abuse-crime", "after-incident-call"] {
        let text = step_texts(steps().find(|s| s.id == id).unwrap()).join(" ");
        for part in [
            "999",
            "101",
            "online form",
            "\"Operation Ford\" incident",
            "Then tell your police contact",
        ] {
            assert!(text.contains(part), "{id} lacks {part}");
        }
    }
}

/// Issue 16, item 7: one rule on working alone, in the sheet's words.
#[test]
fn one_rule_on_working_alone() {
    let mut uses = 0;
    for s in steps() {
        for t in s.actions.iter().chain([&s.why]) {
            let lower = t.to_lowercase();
            if [
                "canvass alone",
                "canvasses alone",
                "campaign alone",
                "work alone",
                "working alone",
                "go alone",
                "anyone does end up alone",
            ]
            .iter()
            .any(|p| lower.contains(p))
            {
                panic!("{}: says its own thing about working alone: {t}", s.id);
            }
            if *t == WORKING_ALONE_RULE {
                uses += 1;
            }
        }
    }
    assert_eq!(uses, 2, "the rule is in the canvassing and team steps");
    assert!(WORKING_ALONE_RULE.starts_with("Canvass in pairs or groups."));
}

/// Issue 16, item 6: the guide says the app cannot raise the alarm.
#[test]
fn check_ins_need_a_person() {
    let s = steps().find(|s| s.id == "canvassing-check-ins").unwrap();
    assert!(s.actions.contains(&NO_ALARM));
    let text = plain(&s.actions.join(" "));
    assert!(text.contains("call you, then your agent or party contact, then 999"));
}

/// Issue 16, item 4: the steps follow the role.
#[test]
fn steps_follow_the_role() {
    let candidate_only = [
        "police-contact-find",
        "home-address",
        "accounts-ncsc",
        "police-contact-threats",
        "home-imprint",
    ];
    for role in [Role::Staff, Role::Volunteer] {
        let seen = visible_ids(Some(role));
        for id in candidate_only.iter().chain(&["home-agent-address"]) {
            assert!(!seen.contains(id), "{role:?} sees {id}");
        }
        assert!(seen.contains("police-contact-lead"), "{role:?}");
        let lead = steps()
            .find(|s| s.id == "police-contact-lead")
            .unwrap()
            .actions
            .join(" ");
        assert!(
            lead.contains("999")
                && lead.contains("101")
                && lead.contains("agent or party safety lead")
        );
    }
    let agent = visible_ids(Some(Role::Agent));
    assert!(
        agent.contains("home-agent-address")
            && !agent.contains("home-address")
            && !agent.contains("police-contact-lead")
    );
    let candidate = visible_ids(Some(Role::Candidate));
    assert!(
        candidate.contains("home-address")
            && !candidate.contains("home-agent-address")
            && !candidate.contains("police-contact-lead")
    );
    for id in candidate_only {
        assert!(candidate.contains(id), "candidate misses {id}");
    }
    let unanswered = visible_ids(None);
    assert!(unanswered.contains("home-address") && !unanswered.contains("police-contact-lead"));
}

/// Issue 16, item 5: the home address and the register, per the sheet.
#[test]
fn home_address_and_register_per_the_sheet() {
    let text = |id: &str| step_texts(steps().find(|s| s.id == id).unwrap()).join(" ");
    let address = text("home-address");
    for part in [
        "home address form",
        "not secret",
        "other candidates and agents",
        "your own agent",
        "another office address",
        "appoint nobody",
    ] {
        assert!(address.contains(part), "home-address lacks {part}");
    }
    assert!(!address.contains("since 2019"));
    assert!(text("home-agent-address").contains("not a PO box"));
    assert!(text("home-imprint").contains("PO box"));
    let register = text("home-register");
    for part in [
        "open register",
        "Anyone can look at it",
        "Anonymous registration",
        "edited register",
    ] {
        assert!(register.contains(part), "home-register lacks {part}");
    }
}

/// Issue 16, "Missing advice to add".
#[test]
fn the_missing_advice_is_there() {
    let all = reading_order();
    for part in [
        "Silent Solution",
        "press 55",
        "999 BSL",
        "True Vision",
        "third-party reporting centre",
        "false statement of fact",
        "barred from elected office for 5 years",
        "Victim Support 08 08 16 89 111",
        "Victim Support Scotland 0800 160 1985",
        "Samaritans 116 123",
        "Check its opening hours",
        "air conditioning",
        "Do not brush it off",
        "deepfake",
        "do-not-knock list",
        "regroup",
        "Report Fraud",
        "emergencySMS",
    ] {
        assert!(all.contains(part), "missing: {part}");
    }
    assert!(!all.contains("Action Fraud") && !all.contains("national fraud reporting service"));
}

/// Plain English: terms a newcomer would not know are explained where first used.
#[test]
fn terms_are_explained_at_first_use() {
    let all = reading_order().to_lowercase();
    for (term, explanation) in [
        ("returning officer", "the official who runs the election"),
        ("two-step verification", "two-step verification (2sv) means"),
        ("hustings", "hustings are public debates"),
        ("surgeries", "surgeries are drop-in sessions"),
        ("open register", "the open register is sold"),
        (
            "crime reference number",
            "this is the number for your report",
        ),
        ("deepfake", "a deepfake is"),
        ("imprint", "this is called the imprint"),
    ] {
        let first = all.find(term).unwrap_or_else(|| panic!("{term} not used"));
        let explained = all
            .find(explanation)
            .unwrap_or_else(|| panic!("{term} never explained"));
        assert!(
            explained <= first + 250,
            "{term} is used before it is explained"
        );
    }
}

/// Plain English: a Flesch-Kincaid grade of 8 or below over all step text.
#[test]
fn reading_grade_is_8_or_below() {
    let texts: Vec<&str> = steps().flat_map(step_texts).collect();
    let grade = fk_grade(&texts);
    println!("reading grade {grade:.2}");
    assert!(grade <= 8.0, "reading grade {grade:.1}");
}

#[test]
fn no_sentence_over_25_words() {
    for (place, text) in all_texts() {
        if place.ends_with(" source") || place.ends_with(" source NI") {
            continue;
        }
        for s in sentences(text) {
            let n = words(&s).len();
            assert!(n <= 25, "{place}: {n} words: {s}");
        }
    }
}

#[test]
fn reading_grade_measures() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("make"), 1);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("verification"), 5);
    assert_eq!(
        sentences("One. Two three! Four"),
        ["One.", "Two three!", "Four"]
    );
    assert!(fk_grade(&["The cat sat on the mat."]) < 2.0);
    assert!(fk_grade(&["Comprehensive institutional arrangements necessitate considerable organisational coordination."]) > 12.0);
}

#[test]
fn titles_fit_the_printed_checklist() {
    for s in steps() {
        assert!(!s.title.contains(TOKEN), "{}", s.id);
        assert!(
            plain(s.title).chars().count() <= 60,
            "{}: {}",
            s.id,
            s.title
        );
        // A tickable step's title is the tick box's label, where a link cannot go.
        assert!(
            !s.tickable || plain(s.title) == s.title,
            "{}: a link in a tick box label",
            s.id
        );
    }
}

/// Issue 15, item 6: every number and the phishing address in the guide is a link, and every
/// link goes exactly where its words say.
#[test]
fn every_number_in_the_guide_is_a_link_to_that_number() {
    for s in steps() {
        for t in raw_step_texts(s) {
            assert_eq!(unlinked_numbers(t), Vec::<String>::new(), "{}: {t}", s.id);
            assert_eq!(bad_links(t), Vec::<String>::new(), "{}: {t}", s.id);
        }
    }
    for (what, number) in super::NUMBERS {
        assert_eq!(
            unlinked_numbers(number),
            Vec::<String>::new(),
            "{what}: {number}"
        );
        assert_eq!(bad_links(number), Vec::<String>::new(), "{what}: {number}");
    }
    // The report line built from the user's answers is checked where it is made,
    // in domain::profile's tests.
}

#[test]
fn link_checks_catch_plain_and_wrong_numbers() {
    assert_eq!(unlinked_numbers("Call 999 now."), ["999"]);
    assert_eq!(unlinked_numbers("Samaritans 116 123."), ["116123"]);
    assert_eq!(
        unlinked_numbers("Email report@phishing.gov.uk"),
        ["report@phishing.gov.uk"]
    );
    assert!(unlinked_numbers("Call [999](tel:999) now, in 2024.").is_empty());
    assert!(
        unlinked_numbers("999 BSL lets people call 999 through a video interpreter").is_empty()
    );
    assert!(bad_links("[0800 555 111](tel:0800555111) [7726](sms:7726)").is_empty());
    assert_eq!(bad_links("[999](tel:998)"), ["[999](tel:998)"]);
    assert_eq!(bad_links("[0300 123 4567](tel:03001234567)").len(), 1);
    assert_eq!(
        bad_links("[a@b.uk](mailto:report@phishing.gov.uk)").len(),
        1
    );
    assert!(bad_links("[Your contacts](/profile)").is_empty());
}

#[test]
fn the_only_token_is_police_contact() {
    for (place, text) in all_texts() {
        let rest = text.replace(TOKEN, "");
        assert!(
            !rest.contains('{') && !rest.contains('}'),
            "{place}: {text}"
        );
    }
    assert!(all_texts().iter().any(|(_, t)| t.contains(TOKEN)));
}

#[test]
fn no_numbers_but_the_checked_ones() {
    for (place, text) in all_texts() {
        assert_eq!(bad_numbers(text), Vec::<String>::new(), "{place}: {text}");
    }
}

#[test]
fn no_email_but_the_phishing_address_and_no_web_addresses() {
    for (place, text) in all_texts() {
        assert_eq!(bad_emails(text), Vec::<String>::new(), "{place}: {text}");
        assert_eq!(web_addresses(text), Vec::<String>::new(), "{place}: {text}");
    }
}

#[test]
fn the_printed_numbers_are_checked_ones() {
    for (what, number) in super::NUMBERS {
        assert_eq!(bad_numbers(what), Vec::<String>::new(), "{what}");
        assert_eq!(bad_numbers(number), Vec::<String>::new(), "{number}");
        assert_eq!(bad_emails(&plain(number)), Vec::<String>::new(), "{number}");
    }
}

#[test]
fn the_checked_numbers_are_all_there() {
    let all = reading_order();
    for n in ALLOWED_NUMBERS {
        assert!(all.contains(n), "{n} is missing");
    }
    assert!(all.contains(ALLOWED_EMAIL));
}

#[test]
fn number_scanner_catches_phone_numbers() {
    assert_eq!(bad_numbers("Call 0300 123 4567 for help."), ["03001234567"]);
    assert_eq!(bad_numbers("Ring 03001234567"), ["03001234567"]);
    assert_eq!(bad_numbers("Ring 0300-123-4567"), ["03001234567"]);
    assert_eq!(bad_numbers("+44 20 7946 0000"), ["442079460000"]);
    assert_eq!(bad_numbers("(01632) 960 001"), ["01632", "960001"]);
    assert_eq!(
        bad_numbers("Call 999 and 0800 789 321 and 0300 123 4567"),
        ["03001234567"]
    );
    // A checked number with another group glued on is a different number.
    assert_eq!(bad_numbers("0800 789 321 1"), ["08007893211"]);
    assert_eq!(bad_numbers("open 24/7, call 100"), ["100"]);
}

#[test]
fn number_scanner_allows_the_checked_numbers_years_and_small_numbers() {
    for ok in [
        "Call 999 (or 112), or 101.",
        "Text 7726.",
        "Anti-Terrorist Hotline: 0800 789 321.",
        "Helpline 0808 802 0300; Crimestoppers 0800 555 111",
        "Since 2019, and under the 1997 Act.",
        "at least two occasions, 2-step verification, 12 people",
        "in 2019 and 2024",
    ] {
        assert_eq!(bad_numbers(ok), Vec::<String>::new(), "{ok}");
    }
    assert_eq!(bad_numbers("in 1989 and 2031"), ["1989", "2031"]);
}

#[test]
fn email_and_web_scanners_catch_addresses() {
    assert!(bad_emails("Forward it to report@phishing.gov.uk.").is_empty());
    assert_eq!(
        bad_emails("Write to help@example.org."),
        ["help@example.org"]
    );
    assert!(web_addresses("Forward it to report@phishing.gov.uk.").is_empty());
    assert!(web_addresses("Settings > Sign-In & Security, e.g. two-step").is_empty());
    assert!(!web_addresses("see https://example.org").is_empty());
    assert!(!web_addresses("see www.example.org").is_empty());
    assert_eq!(web_addresses("Visit ncsc.gov.uk today."), ["ncsc.gov.uk"]);
    assert!(web_addresses("GOV.UK guidance").is_empty());
    assert_eq!(web_addresses("Visit gov.uk/act"), ["gov.uk/act"]);
}

#[test]
fn kebab_check() {
    for ok in ["post", "after-incident", "accounts-email-2sv"] {
        assert!(is_kebab(ok), "{ok}");
    }
    for bad in [
        "",
        "Post",
        "after_incident",
        "-post",
        "post-",
        "a--b",
        "a b",
    ] {
        assert!(!is_kebab(bad), "{bad}");
    }
}
