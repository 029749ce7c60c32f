//! Which guide steps the user has ticked, kept on the device.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::envelope::Versioned;

/// Ticked steps by step id, with when each was ticked (ms since the Unix epoch, UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Progress {
    pub done: BTreeMap<String, i64>,
    /// The step the user last looked at or ticked, for "continue where you left off".
    pub last_step: Option<String>,
}

impl Versioned for Progress {
    const VERSION: u32 = 1;
}

impl Progress {
    pub fn tick(&mut self, step_id: &str, now_ms: i64) {
        self.done.insert(step_id.to_string(), now_ms);
    }
    pub fn untick(&mut self, step_id: &str) {
        self.done.remove(step_id);
    }
    pub fn is_done(&self, step_id: &str) -> bool {
        self.done.contains_key(step_id)
    }
    pub fn set_last(&mut self, step_id: &str) {
        self.last_step = Some(step_id.to_string());
    }
    pub fn module_progress(&self, module: &crate::content::Module) -> (usize, usize) {
        let t: Vec<_> = module.steps.iter().filter(|s| s.tickable).collect();
        (t.iter().filter(|s| self.is_done(s.id)).count(), t.len())
    }
    pub fn overall(&self, modules: &[crate::content::Module]) -> (usize, usize) {
        modules
            .iter()
            .map(|m| self.module_progress(m))
            .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    }
    pub fn continue_from(
        &self,
        modules: &'static [crate::content::Module],
    ) -> Option<(
        &'static crate::content::Module,
        &'static crate::content::Step,
    )> {
        modules
            .iter()
            .flat_map(|m| m.steps.iter().map(move |s| (m, s)))
            .find(|(_, s)| s.tickable && !self.is_done(s.id))
    }
}
