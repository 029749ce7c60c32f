//! Who the user is (role, election, nation) and the contacts they keep on the device.

use super::envelope::Versioned;
pub use super::field_problem::FieldProblem;

crate::choice_enum!(
    /// The user's part in the campaign.
    Role {
        Candidate = "candidate": "Candidate",
        Agent = "agent": "Election agent",
        Staff = "staff": "Campaign staff",
        Volunteer = "volunteer": "Volunteer",
    }
);

crate::choice_enum!(
    /// Which election the campaign is for.
    Election {
        UkParliament = "uk_parliament": "UK Parliament",
        LocalCouncil = "local_council": "Local council",
        MayorOrPcc = "mayor_or_pcc": "Mayor or police and crime commissioner",
        Senedd = "senedd": "Senedd",
        ScottishParliament = "scottish_parliament": "Scottish Parliament",
        NiAssembly = "ni_assembly": "Northern Ireland Assembly",
    }
);

crate::choice_enum!(
    /// The UK nation the campaign is in.
    Nation {
        England = "england": "England",
        Wales = "wales": "Wales",
        Scotland = "scotland": "Scotland",
        NorthernIreland = "northern_ireland": "Northern Ireland",
    }
);

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
    /// The user's own phone number, for the messages that tell people where they will be.
    pub own_phone: String,
    pub role: Role,
    pub election: Election,
    pub nation: Nation,
    pub name: String,
    pub police: PoliceContact,
    pub party_safety: Contact,
    pub buddy: Contact,
    pub others: Vec<Contact>,
}

impl Versioned for Profile {
    const VERSION: u32 = 1;
}

/// Only the user's name from the stored profile, for the diary's case file: far less code to
/// decode than the whole profile, which matters for the diary bundle's size.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ProfileName {
    pub name: String,
}

impl Versioned for ProfileName {
    const VERSION: u32 = Profile::VERSION;
}

/// A UK or international phone number: digits with optional spaces, dashes, brackets and a
/// leading +. Empty is fine (every contact field is optional).
pub fn check_phone(phone: &str) -> Option<&'static str> {
    let trimmed = phone.trim();
    if trimmed.is_empty() {
        return None;
    }
    let allowed = trimmed.chars().enumerate().all(|(i, c)| {
        c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0)
    });
    let digits = trimmed.chars().filter(char::is_ascii_digit).count();
    if !allowed {
        Some("Use only digits, spaces and a + at the start, for example 07700 900123 or +44 7700 900123.")
    } else if !(3..=15).contains(&digits) {
        Some("This number looks too short or too long. Check the digits.")
    } else {
        None
    }
}

/// A plausible email address (something@something.something). Empty is fine.
pub fn check_email(email: &str) -> Option<&'static str> {
    let trimmed = email.trim();
    if trimmed.is_empty() {
        return None;
    }
    let ok = match trimmed.split_once('@') {
        Some((user, domain)) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !trimmed.contains(char::is_whitespace)
        }
        None => false,
    };
    (!ok).then_some("This email address looks incomplete. It should look like name@example.org.")
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
}

/// The police contact arrangement that applies to an election and nation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoliceScheme {
    /// Parliamentary candidates: a named police contact under Operation Bridger.
    Bridger,
    /// Local, mayoral and PCC candidates: Operation Ford, through the force's elected-official adviser.
    Ford,
    /// Scotland: Police Scotland names an election point of contact.
    PoliceScotland,
    /// Northern Ireland and devolved elections with no confirmed scheme name: the local police.
    LocalPolice,
}

impl PoliceScheme {
    pub fn for_answers(election: Election, nation: Nation) -> PoliceScheme {
        match (election, nation) {
            (_, Nation::Scotland) => PoliceScheme::PoliceScotland,
            (Election::UkParliament, _) => PoliceScheme::Bridger,
            (_, Nation::NorthernIreland) => PoliceScheme::LocalPolice,
            (Election::LocalCouncil | Election::MayorOrPcc, _) => PoliceScheme::Ford,
            _ => PoliceScheme::LocalPolice,
        }
    }

    /// One sentence naming who the police contact is for this user.
    pub fn who(self) -> &'static str {
        match self {
            PoliceScheme::Bridger => "Every parliamentary candidate has a named police contact under Operation Bridger, the national policing operation for MPs and candidates.",
            PoliceScheme::Ford => "Local election candidates have a police contact under Operation Ford: your force's elected-official adviser, who gets candidates' details from the returning officer.",
            PoliceScheme::PoliceScotland => "In Scotland, Police Scotland names an election point of contact for candidates. Ask your party or returning officer who yours is.",
            PoliceScheme::LocalPolice => "Ask your local police force who your contact is for the election; your party or returning officer can help you find them.",
        }
    }

    /// A short name for headings and the printed checklist.
    pub fn short_name(self) -> &'static str {
        match self {
            PoliceScheme::Bridger => "Operation Bridger police contact",
            PoliceScheme::Ford => "Operation Ford police contact (elected-official adviser)",
            PoliceScheme::PoliceScotland => "Police Scotland election point of contact",
            PoliceScheme::LocalPolice => "Local police contact",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn email_checks_shape_only() {
        assert_eq!(check_email(""), None);
        assert_eq!(check_email("pc.smith@police.example.uk"), None);
        for bad in ["pc.smith", "@x.uk", "a@b", "a b@c.uk", "a@.uk"] {
            assert!(check_email(bad).is_some(), "{bad}");
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

    #[test]
    fn scheme_follows_election_and_nation() {
        use PoliceScheme::*;
        assert_eq!(
            PoliceScheme::for_answers(Election::UkParliament, Nation::England),
            Bridger
        );
        assert_eq!(
            PoliceScheme::for_answers(Election::UkParliament, Nation::Wales),
            Bridger
        );
        assert_eq!(
            PoliceScheme::for_answers(Election::LocalCouncil, Nation::England),
            Ford
        );
        assert_eq!(
            PoliceScheme::for_answers(Election::MayorOrPcc, Nation::Wales),
            Ford
        );
        assert_eq!(
            PoliceScheme::for_answers(Election::LocalCouncil, Nation::Scotland),
            PoliceScotland
        );
        assert_eq!(
            PoliceScheme::for_answers(Election::NiAssembly, Nation::NorthernIreland),
            LocalPolice
        );
        assert!(Bridger.who().contains("Operation Bridger"));
        assert!(Ford.who().contains("Operation Ford"));
    }

    #[test]
    fn profile_round_trips_and_tolerates_missing_fields() {
        let mut p = Profile {
            answered: true,
            role: Role::Agent,
            ..Profile::default()
        };
        p.police.name = "PC Jane Example".into();
        assert_eq!(decode::<Profile>(&encode(&p)).unwrap(), p);
        let sparse: Profile = decode(r#"{"v":1,"data":{"role":"volunteer"}}"#).unwrap();
        assert_eq!(sparse.role, Role::Volunteer);
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
