//! Every campaign-day plan on the device, each under its own key.

use leptos::prelude::*;

use crate::domain::keys;
use crate::domain::plan::Plan;
use crate::state::clock::now_ms;
use crate::state::notices::Notices;
use crate::store::storage;
use crate::store::storage::StorageError;

/// Every plan on the device, newest date first.
#[derive(Clone, Copy)]
pub struct PlansState(RwSignal<Vec<Plan>>);

impl PlansState {
    /// Look at the plans (tracked).
    pub fn with<R>(self, f: impl FnOnce(&Vec<Plan>) -> R) -> R {
        self.0.with(f)
    }

    /// Look at the plans without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&Vec<Plan>) -> R) -> R {
        self.0.with_untracked(f)
    }

    pub fn load(notices: Notices) -> PlansState {
        let mut plans = match storage::load_all::<Plan>(keys::PLAN_PREFIX) {
            Ok(loaded) => {
                for p in &loaded.problems {
                    notices.push_error(p.message());
                }
                loaded.values.into_iter().map(|(_, p)| p).collect()
            }
            Err(err) => {
                notices.push_error(err.message());
                Vec::new()
            }
        };
        newest_first(&mut plans);
        PlansState(RwSignal::new(plans))
    }

    /// Remove a plan from the device (plans are arrangements, not records: no history kept).
    pub fn remove(self, id: &str) -> Result<(), StorageError> {
        storage::remove(&format!("{}{id}", keys::PLAN_PREFIX))?;
        self.0.update(|list| list.retain(|p| p.id != id));
        Ok(())
    }

    /// Save one plan under its own key, and show it.
    pub fn save(self, plan: Plan) -> Result<(), StorageError> {
        let key = format!("{}{}", keys::PLAN_PREFIX, plan.id);
        if !storage::Gate::is_open(&key) {
            storage::claim_new(&key)?;
        }
        storage::save(&key, &plan)?;
        self.0.update(|list| {
            list.retain(|p| p.id != plan.id);
            list.push(plan);
            newest_first(list);
        });
        Ok(())
    }
}

/// Say "I'm done, safe" for a plan.
pub fn check_in(plans: PlansState, id: &str, notices: Notices) {
    if let Some(mut p) = plans
        .0
        .with_untracked(|l| l.iter().find(|p| p.id == id).cloned())
    {
        p.safe_ms = Some(now_ms());
        if let Err(err) = plans.save(p) {
            notices.push_error(err.message());
        }
    }
}

/// Latest date and start first.
fn newest_first(plans: &mut Vec<Plan>) {
    crate::domain::sort::sort_by(plans, |a, b| (&b.date, &b.start).cmp(&(&a.date, &a.start)));
}
