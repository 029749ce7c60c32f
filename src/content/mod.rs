//! Guidance content as data compiled into the app: modules of steps, each naming its source.
//!
//! Plain Rust statics: no parsing at start-up and nothing to download.

pub mod guidance;
pub mod inline;
#[cfg(test)]
pub(crate) mod lint;

pub mod audience;

pub use audience::{Audience, Nation, Role};

/// The months' names, for dates people read.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Where the app's advice comes from, said the same way everywhere.
pub const ATTRIBUTION: &str = "Advice from the police, the Local Government Association, the National Cyber Security Centre and the National Protective Security Authority";

/// The one rule on working alone (GUIDANCE-FACTS.md, "Canvassing and campaigning"), used
/// word for word in the guide and on the plans page.
pub const WORKING_ALONE_RULE: &str = "Canvass in pairs or groups. If anyone is ever alone, for example delivering leaflets, someone knows where they are and until when, and will act.";

/// What the check-ins can and cannot do, said on the plans page and in the guide.
pub const NO_ALARM: &str =
    "Stand Safe cannot raise the alarm by itself. A person must be watching the clock for you.";

/// The numbers on the printed checklist, as checked in GUIDANCE-FACTS.md ("Numbers checked"),
/// each a link on screen (`inline`), plain words on paper.
pub const NUMBERS: &[(&str, &str)] = &[
    (
        "Emergency: danger now, crime happening",
        "[999](tel:999) ([112](tel:112) also works). Cannot speak? On a mobile, press 55 when asked",
    ),
    (
        "Police, not an emergency",
        "[101](tel:101), or your force's online form",
    ),
    (
        "Deaf, or cannot speak",
        "emergencySMS: text [999](sms:999) (register first). 999 BSL video relay",
    ),
    (
        "Anti-Terrorist Hotline (24 hours)",
        "[0800 789 321](tel:0800789321)",
    ),
    (
        "Crimestoppers (anonymous, 24 hours)",
        "[0800 555 111](tel:0800555111)",
    ),
    (
        "National Stalking Helpline",
        "[0808 802 0300](tel:08088020300) (weekday daytimes: check its hours)",
    ),
    (
        "Victim Support (England and Wales, 24 hours)",
        "[08 08 16 89 111](tel:08081689111)",
    ),
    (
        "Victim Support Scotland",
        "[0800 160 1985](tel:08001601985) (check its hours)",
    ),
    ("Samaritans (24 hours)", "[116 123](tel:116123)"),
    (
        "Scam texts · emails",
        "[7726](sms:7726) · [report@phishing.gov.uk](mailto:report@phishing.gov.uk)",
    ),
];

/// The official guidance a step is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Joint Guidance for candidates: England and Wales, or Northern Ireland's own.
    JointGuidance,
    /// Local Government Association guidance (safer canvassing).
    Lga,
    /// The LGA and COSLA guides to Operation Ford.
    LgaCosla,
    /// National Protective Security Authority and ProtectUK.
    NpsaProtectUk,
    /// National Cyber Security Centre.
    Ncsc,
    /// GOV.UK candidate security guidance collection.
    GovUk,
    /// Electoral Commission guidance (nominations, agents, imprints, the register).
    ElectoralCommission,
    /// The law itself.
    Law,
    /// IOPC and Ofcom on Silent Solution and 999 BSL.
    IopcOfcom,
    /// Police advice to candidates in 2024, as reported in the press.
    Police2024,
    /// The services' own published details (helplines).
    Services,
    /// No official source: a practical tip from Stand Safe.
    StandSafe,
}

impl Source {
    /// The name shown under each step. Northern Ireland has its own joint guidance.
    pub fn name(self, nation: Option<Nation>) -> &'static str {
        match self {
            Source::JointGuidance if nation == Some(Nation::NorthernIreland) => "Joint guidance for candidates in Northern Ireland (PSNI, Electoral Commission, Electoral Office for Northern Ireland, Public Prosecution Service)",
            Source::JointGuidance => "Joint Guidance for candidates in elections (Electoral Commission, National Police Chiefs' Council, Crown Prosecution Service, College of Policing)",
            Source::Lga => "Local Government Association: seven principles for safer canvassing",
            Source::LgaCosla => "LGA and COSLA guides to Operation Ford",
            Source::NpsaProtectUk => "National Protective Security Authority (NPSA) and ProtectUK",
            Source::Ncsc => "National Cyber Security Centre (NCSC)",
            Source::GovUk => "GOV.UK candidate security guidance",
            Source::ElectoralCommission => "Electoral Commission guidance",
            Source::Law => "UK law, as summarised by Stand Safe",
            Source::IopcOfcom => "IOPC (Make Yourself Heard) and Ofcom",
            Source::Police2024 => "Police advice to candidates in 2024, as reported in the press",
            Source::Services => "The services' own published details",
            Source::StandSafe => "Stand Safe's own tip, not official advice",
        }
    }

    /// The line under a step: its source and the month it was checked.
    pub fn line(self, nation: Option<Nation>, checked: &str) -> String {
        let month = checked_label(checked);
        match self {
            Source::StandSafe => format!("{}. {month}.", self.name(nation)),
            _ => format!("Source: {}. {month}.", self.name(nation)),
        }
    }
}

/// "2026-12" as "Checked December 2026".
pub fn checked_label(year_month: &str) -> String {
    let (year, month) = year_month.split_once('-').unwrap_or((year_month, ""));
    match month
        .parse::<usize>()
        .ok()
        .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
    {
        Some(name) => format!("Checked {name} {year}"),
        None => "Checked".to_string(),
    }
}

/// How to do one action on a particular platform, where platforms differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlatformHowTo {
    pub platform: &'static str,
    pub how: &'static str,
}

/// One step of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Stable id: progress is stored against it, so never rename a published id.
    pub id: &'static str,
    pub title: &'static str,
    /// Why it matters: one or two sentences.
    pub why: &'static str,
    /// What to do: short actions.
    pub actions: &'static [&'static str],
    /// Per-platform instructions where they differ (may be empty).
    pub platforms: &'static [PlatformHowTo],
    /// Whether the user can tick it as done (some steps are advice to read, not tasks).
    pub tickable: bool,
    /// Which roles see it.
    pub who: Audience,
    pub source: Source,
    /// The month the step was last checked against GUIDANCE-FACTS.md, as YYYY-MM.
    pub reviewed: &'static str,
}

/// A module of the guide: a topic with a few steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Module {
    /// Stable id, used in the address /guide/<id>.
    pub id: &'static str,
    pub title: &'static str,
    /// What the module covers, in one sentence.
    pub covers: &'static str,
    /// Roughly how long it takes, in minutes.
    pub minutes: u8,
    pub steps: &'static [Step],
}

impl Module {
    /// The part of the guide about the police contact: its links to Your contacts open at the
    /// police contact section, and its page shows the user's reporting line.
    pub fn is_police_contact(&self) -> bool {
        self.id == "police-contact"
    }

    /// The steps this role sees, in order.
    pub fn steps_for(
        &'static self,
        role: Option<Role>,
    ) -> impl Iterator<Item = &'static Step> + 'static {
        self.steps.iter().filter(move |s| s.who.includes(role))
    }
}

/// The modules with at least one step for this role.
pub fn modules_for(role: Option<Role>) -> impl Iterator<Item = &'static Module> {
    guidance::MODULES
        .iter()
        .filter(move |m| m.steps.iter().any(|s| s.who.includes(role)))
}

/// Find a module by id.
pub fn module(id: &str) -> Option<&'static Module> {
    guidance::MODULES.iter().find(|m| m.id == id)
}
