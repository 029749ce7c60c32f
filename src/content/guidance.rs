//! The guide's modules and steps. Written in Stand Safe's own words from the sources named on
//! each step; numbers are only those checked in GUIDANCE-FACTS.md.

use super::{Module, PlatformHowTo, Source, Step};

pub static MODULES: &[Module] = &[Module {
    id: "police-contact",
    title: "Your police contact",
    covers: "Who your police contact is and what to tell them.",
    minutes: 5,
    steps: &[Step {
        id: "police-contact-find",
        title: "Find out who your police contact is",
        why: "A named contact who knows your plans can advise you and act faster if something happens.",
        actions: &["Ask your party, agent or returning officer who your police contact is.", "Save their details in Your contacts."],
        platforms: &[],
        tickable: true,
        source: Source::JointGuidance,
        reviewed: "2026-11-23",
    }],
}];

const _: Option<PlatformHowTo> = None;
