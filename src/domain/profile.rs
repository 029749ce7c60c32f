//! Who the user is (role, election, nation) and the contacts they keep on the device.

use super::envelope::{DecodeError, Versioned};
pub use super::field_problem::FieldProblem;
use super::json::Value;
use crate::content::inline::Piece;

pub use crate::content::audience::{Nation, Role};

crate::choice_enum!(
    /// Which election the campaign is for.
    Election {
        UkParliament = "uk_parliament": "UK Parliament",
        LocalCouncil = "local_council": "Local council",
        MayorOrPcc = "mayor_or_pcc": "Mayor or police and crime commissioner",
        Senedd = "senedd": "Senedd",
        ScottishParliament = "scottish_parliament": "Scottish Parliament",
        NiAssembly = "ni_assembly": "Northern Ireland Assembly",
        ParishTownCouncil = "parish_town_council": "Parish or town council",
        CommunityCouncil = "community_council": "Community council",
    }
);

impl Election {
    /// Whether this kind of election is held in the nation.
    pub fn held_in(self, nation: Nation) -> bool {
        use Election::*;
        use Nation::*;
        match self {
            UkParliament | LocalCouncil => true,
            MayorOrPcc => matches!(nation, England | Wales),
            ParishTownCouncil => nation == England,
            CommunityCouncil => matches!(nation, Scotland | Wales),
            Senedd => nation == Wales,
            ScottishParliament => nation == Scotland,
            NiAssembly => nation == NorthernIreland,
        }
    }
}

/// One person the user may need to reach.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub email: String,
    /// Free text: their organisation, force, or how they relate to the user.
    pub note: String,
}

/// The named police contact, with the reference police gave.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PoliceContact {
    pub name: String,
    pub force: String,
    pub phone: String,
    pub email: String,
    pub reference: String,
}

/// Everything the user tells the app about themselves. Kept only on the device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// False until the user answers (or skips) the short start.
    pub answered: bool,
    /// The three answers. None until the user picks one: the advice never assumes.
    /// The user's own phone number, for the messages that tell people where they will be.
    pub own_phone: String,
    pub role: Option<Role>,
    pub election: Option<Election>,
    pub nation: Option<Nation>,
    pub name: String,
    pub police: PoliceContact,
    pub party_safety: Contact,
    pub buddy: Contact,
    pub others: Vec<Contact>,
}

impl Versioned for Profile {
    /// Version 2: role, election and nation may be unanswered.
    const VERSION: u32 = 2;

    /// Version 1 stored every answer, and skipping saved the defaults (candidate, UK
    /// Parliament, England). Those defaults are indistinguishable from a skip, so they are
    /// dropped: neutral advice is safe, a wrong scheme is not.
    fn migrate(version: u32, mut data: Value) -> Result<Value, DecodeError> {
        if version != 1 {
            return Err(DecodeError::Malformed(format!(
                "unknown format version {version}"
            )));
        }
        let answered = data.get("answered") == Some(&Value::Bool(true));
        let is =
            |key: &str, default: &str| data.get(key).is_none_or(|v| v.as_str() == Some(default));
        let all_defaults =
            is("role", "candidate") && is("election", "uk_parliament") && is("nation", "england");
        if let (Value::Object(members), false) = (&mut data, answered && !all_defaults) {
            members.retain(|(key, _)| !matches!(key.as_str(), "role" | "election" | "nation"));
        }
        Ok(data)
    }
}

/// Only the user's name from the stored profile, for the diary's case file: far less code to
/// decode than the whole profile, which matters for the diary bundle's size.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileName {
    pub name: String,
    /// The user's own phone, for "Recorded by" on the case file.
    pub own_phone: String,
    /// The answers, for the reporting line on the case file's cover.
    pub role: Option<Role>,
    pub election: Option<Election>,
    pub nation: Option<Nation>,
}

impl ProfileName {
    /// Who kept the record, from what the profile gives: "Jo (Election agent), phone 07700
    /// 900123". Empty when no name is given (a role or phone alone says nothing useful).
    pub fn recorded_by(&self) -> String {
        let name = self.name.trim();
        if name.is_empty() {
            return String::new();
        }
        let mut out = name.to_string();
        if let Some(role) = self.role {
            out.push_str(&format!(" ({})", role.label()));
        }
        if !self.own_phone.trim().is_empty() {
            out.push_str(&format!(", phone {}", self.own_phone.trim()));
        }
        out
    }

    /// How to report a crime, for this user.
    pub fn report_line(&self) -> String {
        report_line_for(self.role, self.election, self.nation)
    }
}

impl Versioned for ProfileName {
    const VERSION: u32 = Profile::VERSION;

    /// Read older profiles the way the full profile does.
    fn migrate(version: u32, data: Value) -> Result<Value, DecodeError> {
        Profile::migrate(version, data)
    }
}

/// What a typed phone number looks like: enough to check it gently and to know whether a text
/// message can reach it. Nothing typed is ever changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneKind {
    Empty,
    /// 07… or +44 7…, 11 digits in all: can take a text.
    UkMobile,
    /// Any other UK number of the right length: a call, not a text.
    UkLandline,
    /// A short service number such as 101, 999 or 116 123.
    Service,
    /// A number with another country's code (+ or 00, not 44).
    International,
    TooShort,
    TooLong,
    /// Digits with no 0 or +44 in front, too long for a service number.
    NoPrefix,
    /// Letters or other signs than spaces, hyphens, brackets, dots and a leading +.
    NotANumber,
}

impl PhoneKind {
    /// Whether a text message can be offered to this number (never to a landline).
    pub fn can_text(self) -> bool {
        matches!(self, PhoneKind::UkMobile | PhoneKind::International)
    }
}

/// Classify a phone number as typed. UK numbers: 11 digits starting with 0 (0800 freephone
/// numbers may have 10), or +44 (or 0044) then 10 digits, "+44 (0)…" allowed; spaces, hyphens,
/// brackets and dots are ignored.
pub fn classify_phone(phone: &str) -> PhoneKind {
    let trimmed = phone.trim();
    if trimmed.is_empty() {
        return PhoneKind::Empty;
    }
    let allowed = trimmed.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '.') || (c == '+' && i == 0)
    });
    if !allowed || !trimmed.chars().any(|c| c.is_ascii_digit()) {
        return PhoneKind::NotANumber;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let by_length = |n: usize, want: usize, mobile: bool| match n.cmp(&want) {
        std::cmp::Ordering::Less => PhoneKind::TooShort,
        std::cmp::Ordering::Greater => PhoneKind::TooLong,
        std::cmp::Ordering::Equal if mobile => PhoneKind::UkMobile,
        std::cmp::Ordering::Equal => PhoneKind::UkLandline,
    };
    let international = trimmed.starts_with('+') || digits.starts_with("00");
    if international {
        let country = digits.trim_start_matches("00");
        return match country.strip_prefix("44") {
            Some(national) => {
                // "+44 (0)7700 900123": the bracketed 0 is not dialled from abroad.
                let national = if trimmed.contains("(0)") {
                    national.strip_prefix('0').unwrap_or(national)
                } else {
                    national
                };
                by_length(national.len(), 10, national.starts_with('7'))
            }
            None if country.len() < 7 => PhoneKind::TooShort,
            None if country.len() > 15 => PhoneKind::TooLong,
            None => PhoneKind::International,
        };
    }
    if digits.starts_with('0') {
        if digits.starts_with("0800") && digits.len() == 10 {
            return PhoneKind::UkLandline;
        }
        return by_length(digits.len(), 11, digits.starts_with("07"));
    }
    match digits.len() {
        3 => PhoneKind::Service,
        6 if digits.starts_with("116") => PhoneKind::Service,
        0..=6 => PhoneKind::TooShort,
        _ => PhoneKind::NoPrefix,
    }
}

/// Add `piece` to `out`, joined to the words before it when both are plain words.
fn push_piece(out: &mut Vec<Piece>, piece: Piece) {
    match (out.last_mut(), &piece.href) {
        (Some(Piece { text, href: None }), None) => text.push_str(&piece.text),
        _ => out.push(piece),
    }
}

/// Free text the user typed ("Office manager, 01632 960 000") with each phone number in it a
/// link: a run of digits, spaces, hyphens, brackets and a leading + holding a whole UK or
/// international number (`profile::classify_phone`). Other digits (a reference, a year) stay
/// words.
pub fn words_with_numbers(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit() || c == '+' || c == '(') {
        let run_len = rest[start..]
            .char_indices()
            .find(|&(i, c)| {
                !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0))
            })
            .map_or(rest.len() - start, |(i, _)| i);
        let run = rest[start..start + run_len].trim_end_matches([' ', '-', '(']);
        let is_number = matches!(
            classify_phone(run),
            PhoneKind::UkMobile | PhoneKind::UkLandline | PhoneKind::International
        );
        if is_number {
            if start > 0 {
                push_piece(&mut out, Piece::words(&rest[..start]));
            }
            out.push(Piece::phone(run));
            rest = &rest[start + run.len()..];
        } else {
            let skip = start + rest[start..].chars().next().map_or(1, char::len_utf8);
            push_piece(&mut out, Piece::words(&rest[..skip]));
            rest = &rest[skip..];
        }
    }
    if !rest.is_empty() {
        push_piece(&mut out, Piece::words(rest));
    }
    out
}

/// Free text the user typed ("Sam, 07700 900123 or sam@example.org") with each email address
/// and phone number (`words_with_numbers`) in it a link. Every character is kept as typed.
pub fn words_with_links(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let stop = |c: char| c.is_whitespace() || "()<>[],;:\"'".contains(c);
    let mut rest = text;
    let mut from = 0;
    while let Some(at) = rest[from..].find('@').map(|i| from + i) {
        let start = rest[..at]
            .char_indices()
            .rfind(|&(_, c)| stop(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let end = rest[at..].find(stop).map_or(rest.len(), |i| at + i);
        let address = rest[start..end].trim_end_matches('.');
        let domain = &address[at - start + 1..];
        if start < at && email_domain(domain) && address.matches('@').count() == 1 {
            for p in words_with_numbers(&rest[..start]) {
                push_piece(&mut out, p);
            }
            out.push(Piece::email(address));
            rest = &rest[start + address.len()..];
            from = 0;
        } else {
            from = at + 1;
        }
    }
    for p in words_with_numbers(rest) {
        push_piece(&mut out, p);
    }
    out
}

/// A gentle check of a phone number, in plain words, or None when it looks right. Empty is fine
/// (every contact field is optional). The number is kept exactly as typed either way.
pub fn check_phone(phone: &str) -> Option<&'static str> {
    match classify_phone(phone) {
        PhoneKind::NotANumber => Some("Use only digits, spaces and a + at the start, for example 07700 900123 or +44 7700 900123."),
        PhoneKind::TooShort => Some("This number looks too short – check it. Most UK numbers have 11 digits starting with 0, or +44 and 10 digits."),
        PhoneKind::TooLong => Some("This number looks too long – check it. Most UK numbers have 11 digits starting with 0, or +44 and 10 digits."),
        PhoneKind::NoPrefix => Some("This number has no 0 or +44 at the start – check it."),
        _ => None,
    }
}

/// The endings of UK addresses that need ".uk" after them (met.police.uk, council.gov.uk,
/// nhs.uk, school.sch.uk, uni.ac.uk, firm.co.uk). Not "org": plenty of addresses end .org.
const UK_SECOND_LEVEL: [&str; 6] = ["police", "gov", "nhs", "sch", "ac", "co"];

/// A gentle check of an email address, in plain words, or None when it looks right. Empty is
/// fine. The address is kept exactly as typed either way.
pub fn check_email(email: &str) -> Option<&'static str> {
    let trimmed = email.trim();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.contains(char::is_whitespace) {
        return Some("This email address has a space in it – check it.");
    }
    let (user, domain) = trimmed.split_once('@').unwrap_or((trimmed, ""));
    if !trimmed.contains('@') || domain.contains('@') {
        return Some("This email address looks incomplete. It should look like name@example.org.");
    }
    if user.is_empty() {
        return Some("This email address is missing the part before the @ – check it.");
    }
    if domain.is_empty() {
        return Some("This email address is missing the part after the @ – check it.");
    }
    if !email_domain(domain) {
        return Some("This email address looks incomplete. It should look like name@example.org.");
    }
    let last = domain.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    UK_SECOND_LEVEL
        .contains(&last.as_str())
        .then_some("This email address may be missing “.uk” at the end – check it.")
}

/// Whether the part after an @ looks like a domain: a dot, not at either end.
fn email_domain(domain: &str) -> bool {
    domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
}

impl Profile {
    /// Every problem in the profile, field by field. The profile is still saved as typed; the
    /// problems are shown beside the fields so nothing the user wrote is lost.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        let mut phone = |field, value: &str| {
            if let Some(message) = check_phone(value) {
                out.push(FieldProblem { field, message });
            }
        };
        phone("own_phone", &self.own_phone);
        phone("police.phone", &self.police.phone);
        phone("party_safety.phone", &self.party_safety.phone);
        phone("buddy.phone", &self.buddy.phone);
        let mut email = |field, value: &str| {
            if let Some(message) = check_email(value) {
                out.push(FieldProblem { field, message });
            }
        };
        email("police.email", &self.police.email);
        email("party_safety.email", &self.party_safety.email);
        email("buddy.email", &self.buddy.email);
        out
    }

    /// What the police contact arrangement is called for this user.
    pub fn police_scheme(&self) -> PoliceScheme {
        PoliceScheme::for_answers(self.election, self.nation)
    }

    /// True once all three questions have an answer.
    pub fn fully_answered(&self) -> bool {
        self.role.is_some() && self.election.is_some() && self.nation.is_some()
    }
}

/// The police contact arrangement that applies to an election and nation (GUIDANCE-FACTS.md,
/// "Police contact schemes"). Where the sheet marks a case unconfirmed, the advice is to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoliceScheme {
    /// UK Parliament in England or Wales: a named contact under Operation Bridger.
    Bridger,
    /// UK Parliament in Scotland: Operation Bridger through Police Scotland.
    BridgerScotland,
    /// UK Parliament in Northern Ireland: the PSNI's part is confirmed for MPs only.
    BridgerNi,
    /// Council, mayor and PCC elections in England: Operation Ford, the force's FEOA.
    Ford,
    /// Council elections in Scotland: Operation Ford through Police Scotland.
    FordScotland,
    /// Parish and town councils in England: not covered by Ford.
    ParishNotFord,
    /// Community councils in Scotland: not covered by Ford.
    CommunityNotFord,
    /// Wales outside the Senedd and UK Parliament: Ford not confirmed by a Welsh source.
    WalesAskForce,
    /// Senedd: a contact-details form in the nomination goes to the police.
    Senedd,
    /// Scottish Parliament: ask Police Scotland.
    Holyrood,
    /// Northern Ireland outside UK Parliament elections: ask the PSNI.
    Psni,
    /// The user has not said which election or where: name both schemes.
    Unknown,
}

impl PoliceScheme {
    pub fn for_answers(election: Option<Election>, nation: Option<Nation>) -> PoliceScheme {
        use Election::*;
        use Nation::*;
        let (Some(election), Some(nation)) = (election, nation) else {
            return PoliceScheme::Unknown;
        };
        if !election.held_in(nation) {
            return PoliceScheme::Unknown;
        }
        match (election, nation) {
            (UkParliament, England | Wales) => PoliceScheme::Bridger,
            (UkParliament, Scotland) => PoliceScheme::BridgerScotland,
            (UkParliament, NorthernIreland) => PoliceScheme::BridgerNi,
            (LocalCouncil | MayorOrPcc, England) => PoliceScheme::Ford,
            (LocalCouncil, Scotland) => PoliceScheme::FordScotland,
            (ParishTownCouncil, _) => PoliceScheme::ParishNotFord,
            (CommunityCouncil, Scotland) => PoliceScheme::CommunityNotFord,
            (Senedd, _) => PoliceScheme::Senedd,
            (ScottishParliament, _) => PoliceScheme::Holyrood,
            (_, NorthernIreland) => PoliceScheme::Psni,
            (_, Wales) => PoliceScheme::WalesAskForce,
            _ => PoliceScheme::Unknown,
        }
    }

    /// Whether police ask for the phrase "Operation Ford" when this user reports a crime.
    pub fn is_ford(self) -> bool {
        matches!(self, PoliceScheme::Ford | PoliceScheme::FordScotland)
    }

    /// Who the police contact is for this user, in a few short sentences.
    pub fn who(self) -> &'static str {
        match self {
            PoliceScheme::Bridger => "As a UK Parliament candidate you can have a named police contact under Operation Bridger, the police operation for the safety of MPs. The contact usually gets in touch and offers a briefing. If nobody has, ask the returning officer or your police force.",
            PoliceScheme::BridgerScotland => "As a UK Parliament candidate you can have a named police contact under Operation Bridger, through Police Scotland. The contact usually gets in touch and offers a briefing. If nobody has, ask the returning officer or Police Scotland.",
            PoliceScheme::BridgerNi => "Operation Bridger gives UK Parliament candidates a named police contact. In Northern Ireland the PSNI's part in it is confirmed for MPs only. Ask the PSNI who your contact is.",
            PoliceScheme::Ford => "Council, mayor and police and crime commissioner candidates are covered by Operation Ford. Your contact is your force's Force Elected Official Adviser (FEOA). This is an officer who gives security advice to candidates. Fill in the police contact form in your nomination pack. If nobody gets in touch, ask your force for its FEOA.",
            PoliceScheme::FordScotland => "Scottish council candidates are covered by Operation Ford. Police Scotland has two Force Elected Official Advisers (FEOAs), officers who give security advice. It also has a local liaison officer in each policing area. Fill in the police contact form in your nomination pack if it has one. If nobody gets in touch, ask Police Scotland for your liaison officer.",
            PoliceScheme::ParishNotFord => "Operation Ford does not cover parish and town councils. Your contact is your local police force. Tell them you are a candidate when you report anything.",
            PoliceScheme::CommunityNotFord => "Operation Ford does not cover community councils. Your contact is Police Scotland, through your local police. Tell them you are a candidate when you report anything.",
            PoliceScheme::WalesAskForce => "No Welsh source confirms which police scheme covers this election. Ask your force for its Force Elected Official Adviser (FEOA). This is an officer who gives security advice to candidates.",
            PoliceScheme::Senedd => "Senedd nomination papers include a contact-details form that is passed to the police: fill it in. Then ask your force for its Force Elected Official Adviser (FEOA), an officer who gives security advice.",
            PoliceScheme::Holyrood => "Ask Police Scotland who your police contact is for the Scottish Parliament election. Police Scotland has Force Elected Official Advisers (FEOAs), officers who give security advice.",
            PoliceScheme::Psni => "In Northern Ireland, ask the PSNI who your police contact is for this election. No source confirms Operation Ford there.",
            PoliceScheme::Unknown => "Who your police contact is depends on your election. UK Parliament candidates have Operation Bridger. Council, mayor and police and crime commissioner candidates in England and Scotland have Operation Ford. Parish, town and community councils have neither. Answer the three questions on Home to see which applies to you.",
        }
    }

    /// A short name for headings and the printed checklist.
    pub fn short_name(self) -> &'static str {
        match self {
            PoliceScheme::Bridger => "Operation Bridger police contact",
            PoliceScheme::BridgerScotland => "Operation Bridger contact, Police Scotland",
            PoliceScheme::BridgerNi => "PSNI police contact",
            PoliceScheme::Ford => "Operation Ford contact (your force's FEOA)",
            PoliceScheme::FordScotland => "Police Scotland liaison officer (Ford)",
            PoliceScheme::ParishNotFord => "Local police",
            PoliceScheme::CommunityNotFord => "Police Scotland (local police)",
            PoliceScheme::WalesAskForce | PoliceScheme::Senedd => "Your force's FEOA",
            PoliceScheme::Holyrood => "Police Scotland contact",
            PoliceScheme::Psni => "PSNI police contact",
            PoliceScheme::Unknown => "Police contact (Bridger or Ford)",
        }
    }
}

/// How to report a crime, for this user: the most important sentence in the app. Never offers
/// the police contact as another way to report: the contact is told afterwards. The numbers are
/// links (`content::inline`): draw it with a renderer that makes them so, or `inline::plain`.
pub fn report_line(profile: &Profile) -> String {
    report_line_for(profile.role, profile.election, profile.nation)
}

/// How to report a crime, from the three answers.
pub fn report_line_for(
    role: Option<Role>,
    election: Option<Election>,
    nation: Option<Nation>,
) -> String {
    let scheme = PoliceScheme::for_answers(election, nation);
    let team = matches!(role, Some(Role::Staff | Role::Volunteer));
    let say = if team {
        "Say you are campaigning in an election."
    } else if scheme.is_ford() {
        "Say you are a candidate and that it is an \"Operation Ford\" incident."
    } else if matches!(
        scheme,
        PoliceScheme::Bridger | PoliceScheme::BridgerScotland | PoliceScheme::BridgerNi
    ) {
        "Say you are a parliamentary candidate."
    } else if scheme == PoliceScheme::Unknown {
        "Say you are a candidate or campaigner. For council, mayor or police and crime commissioner elections in England and Scotland, say it is an \"Operation Ford\" incident."
    } else {
        "Say you are a candidate or campaigner."
    };
    let then = if team {
        "Then tell your agent or party safety lead."
    } else {
        "Then tell your police contact too."
    };
    format!("Call [999](tel:999) if you are in danger or a crime is happening now. Otherwise call [101](tel:101) or use your force's online form. {say} {then}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report line shown before any answer marks its numbers as links, each to its own
    /// number (the content lint's rule for the guide, issue 15 item 6).
    #[test]
    fn the_general_report_line_links_every_number() {
        use crate::content::lint::{bad_links, unlinked_numbers};
        let report = report_line_for(None, None, None);
        assert_eq!(unlinked_numbers(&report), Vec::<String>::new(), "{report}");
        assert_eq!(bad_links(&report), Vec::<String>::new(), "{report}");
        assert!(report.contains("](tel:"), "{report}");
    }

    /// Pieces as (words, link) pairs, to compare with what they should be.
    fn texts_and_links(pieces: Vec<Piece>) -> Vec<(String, Option<String>)> {
        pieces.into_iter().map(|p| (p.text, p.href)).collect()
    }

    #[test]
    fn phone_numbers_in_free_text_become_links_and_other_digits_stay_words() {
        let shown = |t: &str| texts_and_links(words_with_numbers(t));
        assert_eq!(
            shown("Office manager, 01632 960 000 (weekdays)"),
            [
                ("Office manager, ".to_string(), None),
                (
                    "01632 960 000".to_string(),
                    Some("tel:01632960000".to_string())
                ),
                (" (weekdays)".to_string(), None),
            ]
        );
        assert_eq!(
            shown("Agent +44 7700 900123"),
            [
                ("Agent ".to_string(), None),
                (
                    "+44 7700 900123".to_string(),
                    Some("tel:+447700900123".to_string())
                ),
            ]
        );
        assert_eq!(
            shown("Ref 12345, since 2024"),
            [("Ref 12345, since 2024".to_string(), None)]
        );
        assert_eq!(shown(""), []);
    }

    #[test]
    fn emails_and_numbers_in_free_text_become_links_and_every_character_is_kept() {
        let shown = |t: &str| texts_and_links(words_with_links(t));
        let both = "Sam Okafor, 07700 900123 or sam.o@example.org.";
        assert_eq!(
            shown(both),
            [
                ("Sam Okafor, ".to_string(), None),
                (
                    "07700 900123".to_string(),
                    Some("tel:07700900123".to_string())
                ),
                (" or ".to_string(), None),
                (
                    "sam.o@example.org".to_string(),
                    Some("mailto:sam.o@example.org".to_string())
                ),
                (".".to_string(), None),
            ]
        );
        assert_eq!(
            shown("(jo@party.org.uk)"),
            [
                ("(".to_string(), None),
                (
                    "jo@party.org.uk".to_string(),
                    Some("mailto:jo@party.org.uk".to_string())
                ),
                (")".to_string(), None),
            ]
        );
        // Not an address: an @ alone, a handle, no dot after the @.
        for plain in ["met @ the door", "@sam_on_x", "sam@home", "a@b@c.uk"] {
            assert_eq!(shown(plain), [(plain.to_string(), None)]);
        }
        // Markup is not read as markup: only the address as typed is a link, never "x".
        assert_eq!(
            shown("[x](mailto:a@b.uk)"),
            [
                ("[x](mailto:".to_string(), None),
                ("a@b.uk".to_string(), Some("mailto:a@b.uk".to_string())),
                (")".to_string(), None),
            ]
        );
        assert_eq!(
            shown("Jo\u{a0}jo@x.uk"),
            [
                ("Jo\u{a0}".to_string(), None),
                ("jo@x.uk".to_string(), Some("mailto:jo@x.uk".to_string())),
            ]
        );
        for t in [
            both,
            "ünï ☎ 0141 496 0321 / e@x.co.uk!",
            "\u{3000}é@x.uk",
            "",
        ] {
            let joined: String = words_with_links(t).into_iter().map(|p| p.text).collect();
            assert_eq!(joined, t);
        }
    }

    /// Issue 16, item 1: no scheme's wording offers the contact instead of 999 or 101.
    #[test]
    fn no_scheme_offers_the_contact_instead_of_999_or_101() {
        for scheme in [
            PoliceScheme::Bridger,
            PoliceScheme::BridgerScotland,
            PoliceScheme::BridgerNi,
            PoliceScheme::Ford,
            PoliceScheme::FordScotland,
            PoliceScheme::ParishNotFord,
            PoliceScheme::CommunityNotFord,
            PoliceScheme::WalesAskForce,
            PoliceScheme::Senedd,
            PoliceScheme::Holyrood,
            PoliceScheme::Psni,
            PoliceScheme::Unknown,
        ] {
            let text = scheme.who();
            assert!(
                !crate::content::lint::offers_contact_instead(text),
                "{text}"
            );
        }
    }
    use crate::domain::envelope::{decode, encode};

    #[test]
    fn phone_accepts_spaces_and_plus_44() {
        for ok in [
            "",
            "07700 900123",
            "+44 7700 900123",
            "(01632) 960 001",
            "101",
            "0800-789-321",
            "+44 (0)141 496 0321",
            "0044 7700 900123",
            "116 123",
            "+353 1 234 5678",
        ] {
            assert_eq!(check_phone(ok), None, "{ok}");
        }
        for bad in [
            "07700 9OO123",
            "44+7700",
            "12",
            "call me",
            "+44 7700 900123 900123 900",
        ] {
            assert!(check_phone(bad).is_some(), "{bad}");
        }
    }

    /// Issue 15, item 8: the wrong length is flagged in plain words; only mobiles get texts.
    #[test]
    fn uk_numbers_are_classified_by_prefix_and_length() {
        use PhoneKind::*;
        for (typed, kind) in [
            ("", Empty),
            ("07700 900123", UkMobile),
            ("07700-900-123", UkMobile),
            ("+44 7700 900123", UkMobile),
            ("+447700900123", UkMobile),
            ("+44 (0)7700 900123", UkMobile),
            ("0141 496 0321", UkLandline),
            ("(0141) 496 0321", UkLandline),
            ("+44 141 496 0321", UkLandline),
            ("0800 789 321", UkLandline),
            ("101", Service),
            ("999", Service),
            ("116 123", Service),
            ("0770 0900 78", TooShort),
            ("+44 7700 90012", TooShort),
            ("07700 9001234", TooLong),
            ("+44 7700 9001234", TooLong),
            ("7700 900123", NoPrefix),
            ("+1 202 555 0143", International),
            ("07700 call", NotANumber),
        ] {
            assert_eq!(classify_phone(typed), kind, "{typed}");
        }
        assert!(UkMobile.can_text() && International.can_text());
        for no in [
            UkLandline, Service, TooShort, TooLong, NoPrefix, NotANumber, Empty,
        ] {
            assert!(!no.can_text(), "{no:?}");
        }
        assert_eq!(
            check_phone("0770 0900 78"),
            Some("This number looks too short – check it. Most UK numbers have 11 digits starting with 0, or +44 and 10 digits.")
        );
        assert!(check_phone("07700 9001234")
            .unwrap()
            .starts_with("This number looks too long"));
    }

    #[test]
    fn email_checks_shape_only() {
        assert_eq!(check_email(""), None);
        assert_eq!(check_email("pc.smith@police.example.uk"), None);
        for bad in [
            "pc.smith",
            "a@b",
            "a@.uk",
            "a@b.",
            "a@b@c.uk",
            "morag.campbell@scotland",
        ] {
            assert_eq!(
                check_email(bad),
                Some("This email address looks incomplete. It should look like name@example.org."),
                "{bad}"
            );
        }
    }

    #[test]
    fn email_with_a_space_or_a_missing_part_says_which() {
        for spaced in ["a b@c.uk", "ab@c .uk", "morag campbell@scotland.police.uk"] {
            assert_eq!(
                check_email(spaced),
                Some("This email address has a space in it – check it."),
                "{spaced}"
            );
        }
        assert_eq!(
            check_email("@x.uk"),
            Some("This email address is missing the part before the @ – check it.")
        );
        assert_eq!(
            check_email("morag.campbell@"),
            Some("This email address is missing the part after the @ – check it.")
        );
        // Spaces typed around the address are not flagged.
        assert_eq!(check_email("  sam@example.org "), None);
    }

    #[test]
    fn email_missing_its_uk_ending_is_flagged_and_ordinary_addresses_are_not() {
        for missing in [
            "morag.campbell@scotland.police",
            "clerk@council.gov",
            "gp@practice.nhs",
            "head@school.sch",
            "x@uni.ac",
            "jo@firm.CO",
        ] {
            assert_eq!(
                check_email(missing),
                Some("This email address may be missing “.uk” at the end – check it."),
                "{missing}"
            );
        }
        for fine in [
            "name@gmail.com",
            "x@example.org",
            "a@party.org.uk",
            "b@met.police.uk",
            "c@council.gov.uk",
            "d@nhs.net",
            "e@police.example",
        ] {
            assert_eq!(check_email(fine), None, "{fine}");
        }
    }

    #[test]
    fn problems_name_the_field_and_keep_the_text() {
        let mut p = Profile::default();
        p.police.phone = "abc".into();
        p.buddy.email = "nope".into();
        let fields: Vec<_> = p.problems().iter().map(|f| f.field).collect();
        assert_eq!(fields, ["police.phone", "buddy.email"]);
        assert_eq!(p.police.phone, "abc");
    }

    /// Every election × nation pair, from GUIDANCE-FACTS.md "Police contact schemes".
    #[test]
    fn scheme_for_every_election_and_nation() {
        use Election::*;
        use Nation::*;
        use PoliceScheme as S;
        // (election, [England, Wales, Scotland, Northern Ireland]); None: not held there.
        let table: &[(Election, [Option<PoliceScheme>; 4])] = &[
            (
                UkParliament,
                [
                    Some(S::Bridger),
                    Some(S::Bridger),
                    Some(S::BridgerScotland),
                    Some(S::BridgerNi),
                ],
            ),
            (
                LocalCouncil,
                [
                    Some(S::Ford),
                    Some(S::WalesAskForce),
                    Some(S::FordScotland),
                    Some(S::Psni),
                ],
            ),
            (
                MayorOrPcc,
                [Some(S::Ford), Some(S::WalesAskForce), None, None],
            ),
            (Senedd, [None, Some(S::Senedd), None, None]),
            (ScottishParliament, [None, None, Some(S::Holyrood), None]),
            (NiAssembly, [None, None, None, Some(S::Psni)]),
            (
                ParishTownCouncil,
                [Some(S::ParishNotFord), None, None, None],
            ),
            (
                CommunityCouncil,
                [
                    None,
                    Some(S::WalesAskForce),
                    Some(S::CommunityNotFord),
                    None,
                ],
            ),
        ];
        assert_eq!(
            table.len(),
            Election::ALL.len(),
            "every election is in the table"
        );
        let nations = [England, Wales, Scotland, NorthernIreland];
        assert_eq!(nations.len(), Nation::ALL.len());
        for (election, row) in table {
            for (nation, expected) in nations.iter().zip(row) {
                assert_eq!(
                    election.held_in(*nation),
                    expected.is_some(),
                    "{election:?} in {nation:?}"
                );
                let got = PoliceScheme::for_answers(Some(*election), Some(*nation));
                assert_eq!(
                    got,
                    expected.unwrap_or(S::Unknown),
                    "{election:?} in {nation:?}"
                );
            }
        }
        assert_eq!(PoliceScheme::for_answers(None, Some(Scotland)), S::Unknown);
        assert_eq!(
            PoliceScheme::for_answers(Some(UkParliament), None),
            S::Unknown
        );
    }

    #[test]
    fn scheme_wording_follows_the_sheet() {
        use PoliceScheme as S;
        let all = [
            S::Bridger,
            S::BridgerScotland,
            S::BridgerNi,
            S::Ford,
            S::FordScotland,
            S::ParishNotFord,
            S::CommunityNotFord,
            S::WalesAskForce,
            S::Senedd,
            S::Holyrood,
            S::Psni,
            S::Unknown,
        ];
        for s in all {
            let who = s.who().to_lowercase();
            // The returning officer never passes details on automatically.
            assert!(
                !who.contains("automatic") && !who.contains("gets candidates' details"),
                "{s:?}"
            );
            assert!(s.short_name().chars().count() <= 45, "{s:?}");
        }
        assert!(S::BridgerScotland.who().contains("Police Scotland"));
        assert!(S::BridgerNi.who().contains("PSNI"));
        assert!(S::Psni.who().contains("PSNI"));
        assert!(S::FordScotland.who().contains("liaison officer"));
        assert!(S::FordScotland.short_name().contains("liaison officer"));
        assert!(S::Ford.who().contains("nomination pack"));
        assert!(S::ParishNotFord.who().contains("does not cover parish"));
        assert!(S::CommunityNotFord
            .who()
            .contains("does not cover community"));
        assert!(S::WalesAskForce
            .who()
            .contains("Ask your force for its Force Elected Official Adviser"));
        let unknown = S::Unknown.who();
        assert!(unknown.contains("Operation Bridger") && unknown.contains("Operation Ford"));
        assert!(unknown.contains("Answer the three questions"));
    }

    fn with(role: Option<Role>, election: Option<Election>, nation: Option<Nation>) -> Profile {
        Profile {
            role,
            election,
            nation,
            answered: true,
            ..Profile::default()
        }
    }

    #[test]
    fn report_line_never_offers_the_contact_instead_of_999_or_101() {
        use Election::*;
        use Nation::*;
        let scot_council = report_line(&with(
            Some(Role::Candidate),
            Some(LocalCouncil),
            Some(Scotland),
        ));
        assert!(
            scot_council.contains("999")
                && scot_council.contains("101")
                && scot_council.contains("online form")
        );
        assert!(
            scot_council.contains("\"Operation Ford\" incident"),
            "{scot_council}"
        );
        assert!(scot_council.ends_with("Then tell your police contact too."));
        let ni = report_line(&with(
            Some(Role::Candidate),
            Some(UkParliament),
            Some(NorthernIreland),
        ));
        assert!(
            ni.contains("parliamentary candidate") && !ni.contains("Ford"),
            "{ni}"
        );
        let parish = report_line(&with(
            Some(Role::Candidate),
            Some(ParishTownCouncil),
            Some(England),
        ));
        assert!(!parish.contains("Ford"), "{parish}");
        let volunteer = report_line(&with(
            Some(Role::Volunteer),
            Some(LocalCouncil),
            Some(England),
        ));
        assert!(
            volunteer.contains("agent or party safety lead"),
            "{volunteer}"
        );
        let unknown = report_line(&Profile::default());
        assert!(unknown.contains("Operation Ford"), "{unknown}");
        for line in [scot_council, ni, parish, volunteer, unknown] {
            assert!(
                !line.contains(" or your police contact")
                    && !line.contains(" or to your police contact"),
                "{line}"
            );
        }
    }

    #[test]
    fn version_1_defaults_are_forgotten_real_answers_kept() {
        let skipped = r#"{"v":1,"data":{"answered":true,"role":"candidate","election":"uk_parliament","nation":"england","name":"Jo"}}"#;
        let p: Profile = decode(skipped).unwrap();
        assert_eq!((p.role, p.election, p.nation), (None, None, None));
        assert_eq!(p.name, "Jo");
        assert_eq!(p.police_scheme(), PoliceScheme::Unknown);
        let real = r#"{"v":1,"data":{"answered":true,"role":"agent","election":"local_council","nation":"scotland"}}"#;
        let p: Profile = decode(real).unwrap();
        assert_eq!(
            (p.role, p.election, p.nation),
            (
                Some(Role::Agent),
                Some(Election::LocalCouncil),
                Some(Nation::Scotland)
            )
        );
        let name: ProfileName = decode(skipped).unwrap();
        assert_eq!(name.name, "Jo");
        assert_eq!(name.recorded_by(), "Jo");
        let full = ProfileName {
            name: " Tom Agent ".into(),
            own_phone: "07700 900111".into(),
            role: Some(Role::Agent),
            ..ProfileName::default()
        };
        assert_eq!(
            full.recorded_by(),
            "Tom Agent (Election agent), phone 07700 900111"
        );
        assert_eq!(
            ProfileName {
                own_phone: "07700 900111".into(),
                ..ProfileName::default()
            }
            .recorded_by(),
            ""
        );
    }

    #[test]
    fn profile_round_trips_and_tolerates_missing_fields() {
        let mut p = Profile {
            answered: true,
            role: Some(Role::Agent),
            ..Profile::default()
        };
        p.police.name = "PC Jane Example".into();
        assert_eq!(decode::<Profile>(&encode(&p)).unwrap(), p);
        let sparse: Profile = decode(r#"{"v":2,"data":{"role":"volunteer"}}"#).unwrap();
        assert_eq!(sparse.role, Some(Role::Volunteer));
        assert!(!sparse.answered);
    }

    #[test]
    fn the_name_alone_reads_from_a_full_profile() {
        let p = Profile {
            name: "Jo".into(),
            answered: true,
            ..Profile::default()
        };
        assert_eq!(decode::<ProfileName>(&encode(&p)).unwrap().name, "Jo");
    }

    #[test]
    fn keys_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::from_key(r.key()), Some(*r));
        }
        for e in Election::ALL {
            assert_eq!(Election::from_key(e.key()), Some(*e));
        }
        for n in Nation::ALL {
            assert_eq!(Nation::from_key(n.key()), Some(*n));
        }
    }
}
