//! Guidance content as data compiled into the app: modules of steps, each naming its source.
//!
//! Plain Rust statics: no parsing at start-up and nothing to download.

pub mod guidance;

/// The official guidance a step is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Joint Guidance for candidates in elections (Electoral Commission, NPCC, CPS, College of Policing).
    JointGuidance,
    /// Local Government Association guidance (councillors' guide, safer canvassing).
    Lga,
    /// National Protective Security Authority and ProtectUK.
    NpsaProtectUk,
    /// National Cyber Security Centre.
    Ncsc,
    /// GOV.UK security collection for election candidates.
    GovUk,
    /// Suzy Lamplugh Trust / National Stalking Helpline.
    SuzyLamplugh,
}

impl Source {
    /// The name shown under each step.
    pub fn name(self) -> &'static str {
        match self {
            Source::JointGuidance => "Joint Guidance for candidates in elections (Electoral Commission, National Police Chiefs' Council, Crown Prosecution Service, College of Policing)",
            Source::Lga => "Local Government Association guidance for councillors and candidates",
            Source::NpsaProtectUk => "National Protective Security Authority (NPSA) and ProtectUK",
            Source::Ncsc => "National Cyber Security Centre (NCSC)",
            Source::GovUk => "GOV.UK security information for election candidates",
            Source::SuzyLamplugh => "Suzy Lamplugh Trust and the National Stalking Helpline",
        }
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
    pub source: Source,
    /// When the step was last checked against its source, as YYYY-MM-DD.
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

/// Find a module by id.
pub fn module(id: &str) -> Option<&'static Module> {
    guidance::MODULES.iter().find(|m| m.id == id)
}
