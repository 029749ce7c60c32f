//! Who advice is for: the user's role and nation (asked on Home and stored in the profile), and
//! which roles see a step.

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
    /// The UK nation the campaign is in.
    Nation {
        England = "england": "England",
        Wales = "wales": "Wales",
        Scotland = "scotland": "Scotland",
        NorthernIreland = "northern_ireland": "Northern Ireland",
    }
);

/// Who a step is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// Candidates and agents: things done for the candidate.
    Candidates,
    /// The candidate alone (their own nomination).
    CandidateOnly,
    /// Election agents alone.
    AgentOnly,
    /// Campaign staff and volunteers.
    Team,
}

impl Audience {
    /// Whether a user with this role sees the step. Unanswered sees everything except the
    /// agent's and the team's own steps, which the candidate steps already cover.
    pub fn includes(self, role: Option<Role>) -> bool {
        matches!(
            (self, role),
            (Audience::Everyone, _)
                | (
                    Audience::Candidates,
                    None | Some(Role::Candidate | Role::Agent)
                )
                | (Audience::CandidateOnly, None | Some(Role::Candidate))
                | (Audience::AgentOnly, Some(Role::Agent))
                | (Audience::Team, Some(Role::Staff | Role::Volunteer))
        )
    }
}
