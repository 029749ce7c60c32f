//! Which guide steps are ticked, saved on every change.

use leptos::prelude::*;

use crate::domain::checklist::Progress;
use crate::domain::keys;
use crate::state::notices::{load_or_notice, Notices};
use crate::store::storage;

/// Which guide steps are ticked, loaded once and saved on every change.
#[derive(Clone, Copy)]
pub struct ProgressState(RwSignal<Progress>);

impl ProgressState {
    /// Read the guide's progress, telling the user of any problem.
    pub fn load(notices: Notices) -> Self {
        ProgressState(RwSignal::new(load_or_notice(keys::PROGRESS, notices)))
    }

    /// Look at it (tracked).
    pub fn with<R>(self, f: impl FnOnce(&Progress) -> R) -> R {
        self.0.with(f)
    }

    /// Look at it without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&Progress) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// Change progress and save it; a failed save is shown.
    pub fn update(self, change: impl FnOnce(&mut Progress)) {
        self.0.update(change);
        let notices = expect_context::<Notices>();
        if let Err(err) = self.0.with_untracked(|p| storage::save(keys::PROGRESS, p)) {
            notices.push_error(err.message());
        }
    }
}
