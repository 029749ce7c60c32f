//! Which guide steps the user has ticked, kept on the device.

use std::collections::BTreeMap;

use super::envelope::Versioned;
use super::profile::Role;
use crate::content::{Module, Step};

/// Ticked steps by step id, with when each was ticked (ms since the Unix epoch, UTC).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: BTreeMap<String, i64>,
    /// The step the user last looked at or ticked, for "continue where you left off".
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

    /// Where to carry on: the first tickable step not yet done at or after the step last seen,
    /// wrapping round to the start. From the start if no step was seen or that step no longer
    /// exists. None once every tickable step is done.
    pub fn continue_from(
        &self,
        modules: &'static [Module],
        role: Option<Role>,
    ) -> Option<(&'static Module, &'static Step)> {
        let steps: Vec<(&'static Module, &'static Step)> = modules
            .iter()
            .flat_map(|m| m.steps.iter().map(move |s| (m, s)))
            .filter(|(_, s)| s.who.includes(role))
            .collect();
        let start = self
            .last_step
            .as_deref()
            .and_then(|last| steps.iter().position(|(_, s)| s.id == last))
            .unwrap_or(0);
        steps[start..]
            .iter()
            .chain(&steps[..start])
            .find(|(_, s)| s.tickable && !self.is_done(s.id))
            .copied()
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
    }

    #[test]
    fn continue_from_carries_on_after_the_last_step() {
        let mut p = Progress::default();
        p.tick("a1", 1);
        p.set_last("a1");
        // a2 is advice, so the next step to do is a3.
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a3")));
        // The last step itself, if not done, is where to carry on.
        p.set_last("b1");
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("b", "b1")));
        // From an advice step, the next tickable one.
        p.set_last("a2");
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a3")));
    }

    #[test]
    fn continue_from_wraps_round() {
        let mut p = Progress::default();
        p.tick("b1", 1);
        p.tick("b2", 1);
        p.set_last("b2");
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a1")));
        p.tick("a1", 1);
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a3")));
    }

    #[test]
    fn continue_from_a_stale_last_step_starts_again() {
        let mut p = Progress::default();
        p.tick("a1", 1);
        p.set_last("removed-step");
        assert_eq!(ids(p.continue_from(MODULES, None)), Some(("a", "a3")));
    }

    #[test]
    fn continue_from_is_none_when_all_done() {
        let mut p = Progress::default();
        for id in ["a1", "a3", "b1", "b2"] {
            p.tick(id, 1);
        }
        p.set_last("a2");
        assert_eq!(p.continue_from(MODULES, None), None);
        assert_eq!(p.overall(MODULES, None), (4, 4));
        let empty: &'static [Module] = &[];
        assert_eq!(Progress::default().continue_from(empty, None), None);
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
