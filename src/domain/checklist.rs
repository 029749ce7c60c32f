//! Which guide steps the user has ticked, kept on the device.

use std::collections::BTreeMap;

use super::envelope::Versioned;
use super::profile::Role;
use crate::content::{Module, Step};

/// Ticked steps by step id, with when each was ticked (ms since the Unix epoch, UTC).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: BTreeMap<String, i64>,
    /// The step the user last ticked. Kept in the stored data; "continue where you left off"
    /// no longer reads it (it goes to the first step not done, in order).
    pub last_step: Option<String>,
}

impl Versioned for Progress {
    const VERSION: u32 = 1;
}

impl Progress {
    /// Mark a step done. Ticking a step that is already done keeps the time it was first ticked.
    pub fn tick(&mut self, step_id: &str, now_ms: i64) {
        self.done.entry(step_id.to_string()).or_insert(now_ms);
    }

    /// Mark a step not done.
    pub fn untick(&mut self, step_id: &str) {
        self.done.remove(step_id);
    }

    pub fn is_done(&self, step_id: &str) -> bool {
        self.done.contains_key(step_id)
    }

    /// Remember the step the user last looked at or ticked.
    pub fn set_last(&mut self, step_id: &str) {
        if self.last_step.as_deref() != Some(step_id) {
            self.last_step = Some(step_id.to_string());
        }
    }

    /// (done, total) over the module's tickable steps that this role sees.
    pub fn module_progress(&self, module: &Module, role: Option<Role>) -> (usize, usize) {
        let tickable = module
            .steps
            .iter()
            .filter(|s| s.tickable && s.who.includes(role));
        let total = tickable.clone().count();
        let done = tickable.filter(|s| self.is_done(s.id)).count();
        (done, total)
    }

    /// (done, total) over every tickable step in the content. Ticks for steps that no longer
    /// exist, or are no longer tickable, are not counted.
    pub fn overall(&self, modules: &[Module], role: Option<Role>) -> (usize, usize) {
        modules
            .iter()
            .map(|m| self.module_progress(m, role))
            .fold((0, 0), |(d, t), (md, mt)| (d + md, t + mt))
    }

    /// Where to carry on: the first step to tick that is not done yet, in the guide's order,
    /// so a step left unticked is never skipped. None once every such step is done.
    pub fn continue_from(
        &self,
        modules: &'static [Module],
        role: Option<Role>,
    ) -> Option<(&'static Module, &'static Step)> {
        modules
            .iter()
            .flat_map(|m| m.steps.iter().map(move |s| (m, s)))
            .find(|(_, s)| s.who.includes(role) && s.tickable && !self.is_done(s.id))
    }

    /// True before any step is ticked: the guide is still to be started.
    pub fn not_started(&self, modules: &[Module], role: Option<Role>) -> bool {
        self.overall(modules, role).0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Source;
    use crate::domain::envelope::{decode, encode};

    const fn step(id: &'static str, tickable: bool) -> Step {
        Step {
            id,
            title: "A step",
            why: "Because.",
            actions: &["Do it."],
            platforms: &[],
            tickable,
            who: crate::content::Audience::Everyone,
            source: Source::Lga,
            reviewed: "2026-12",
        }
    }

    const fn module(id: &'static str, steps: &'static [Step]) -> Module {
        Module {
            id,
            title: "A module",
            covers: "Things.",
            minutes: 5,
            steps,
        }
    }

    /// a: a1, a2 (advice), a3; b: b1, b2.
    static MODULES: &[Module] = &[
        module(
            "a",
            &[step("a1", true), step("a2", false), step("a3", true)],
        ),
        module("b", &[step("b1", true), step("b2", true)]),
    ];

    fn ids(next: Option<(&'static Module, &'static Step)>) -> Option<(&'static str, &'static str)> {
        next.map(|(m, s)| (m.id, s.id))
    }

    #[test]
    fn tick_untick_and_is_done() {
        let mut p = Progress::default();
        assert!(!p.is_done("a1"));
        p.tick("a1", 1_000);
        assert!(p.is_done("a1"));
        assert_eq!(p.done.get("a1"), Some(&1_000));
        // Ticking again keeps the first time.
        p.tick("a1", 2_000);
        assert_eq!(p.done.get("a1"), Some(&1_000));
        p.untick("a1");
        assert!(!p.is_done("a1"));
        // Unticking something never ticked is harmless.
        p.untick("nope");
        assert!(p.done.is_empty());
    }

    #[test]
    fn set_last_remembers_the_latest() {
        let mut p = Progress::default();
        assert_eq!(p.last_step, None);
        p.set_last("a1");
        p.set_last("b2");
        assert_eq!(p.last_step.as_deref(), Some("b2"));
    }

    #[test]
    fn module_progress_counts_tickable_steps_only() {
        let mut p = Progress::default();
        assert_eq!(p.module_progress(&MODULES[0], None), (0, 2));
        p.tick("a1", 1);
        // Advice steps are not counted even if a tick for them was stored.
        p.tick("a2", 1);
        assert_eq!(p.module_progress(&MODULES[0], None), (1, 2));
        p.tick("a3", 1);
        assert_eq!(p.module_progress(&MODULES[0], None), (2, 2));
        assert_eq!(p.module_progress(&MODULES[1], None), (0, 2));
    }

    #[test]
    fn overall_ignores_stale_ids() {
        let mut p = Progress::default();
        assert_eq!(p.overall(MODULES, None), (0, 4));
        p.tick("a1", 1);
        p.tick("b2", 1);
        p.tick("removed-step", 1);
        assert_eq!(p.overall(MODULES, None), (2, 4));
        assert_eq!(p.overall(&[], None), (0, 0));
    }

    #[test]
    fn continue_from_starts_at_the_first_step() {
        let p = Progress::default();
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a1")));
        assert!(p.not_started(MODULES, None));
    }

    #[test]
    fn continue_from_goes_to_the_first_step_not_done_in_order() {
        let mut p = Progress::default();
        p.tick("a1", 1);
        p.set_last("a1");
        // a2 is advice, so the next step to do is a3.
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a3")));
        assert!(!p.not_started(MODULES, None));
        // Ticking a later step never skips an earlier one left unticked.
        p.tick("b1", 1);
        p.set_last("b1");
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a3")));
        p.tick("a3", 1);
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("b", "b2")));
    }

    #[test]
    fn continue_from_never_skips_an_unticked_step_after_later_ones_are_ticked() {
        // The walkthrough: steps 1 and 3 of two modules ticked; the next is step 2 of the first.
        let mut p = Progress::default();
        for id in ["b1", "b2", "a3"] {
            p.tick(id, 1);
            p.set_last(id);
        }
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a1")));
    }

    #[test]
    fn continue_from_skips_steps_for_other_roles() {
        let guide = crate::content::guidance::MODULES;
        let p = Progress::default();
        for role in [Some(Role::Candidate), Some(Role::Volunteer), None] {
            let (_, s) = p.continue_from(guide, role).expect("something to do");
            assert!(s.who.includes(role) && s.tickable);
        }
    }

    #[test]
    fn works_with_the_real_guide() {
        let guide = crate::content::guidance::MODULES;
        let mut p = Progress::default();
        let (done, total) = p.overall(guide, None);
        assert_eq!(done, 0);
        assert!(total > 0);
        let (m, s) = p.continue_from(guide, None).expect("something to do");
        assert_eq!(m.id, "police-contact");
        p.tick(s.id, 1);
        p.set_last(s.id);
        assert_eq!(p.overall(guide, None), (1, total));
        assert_ne!(p.continue_from(guide, None).map(|(_, s)| s.id), Some(s.id));
    }

    #[test]
    fn round_trips_through_the_envelope() {
        let mut p = Progress::default();
        p.tick("a1", 1_700_000_000_000);
        p.set_last("a1");
        assert_eq!(decode::<Progress>(&encode(&p)).unwrap(), p);
        let raw = r#"{"v":1,"data":{"done":{"x":5}}}"#;
        let old: Progress = decode(raw).unwrap();
        assert!(old.is_done("x"));
        assert_eq!(old.last_step, None);
    }
}
