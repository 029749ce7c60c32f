//! Which guide steps are ticked, saved on every change.

use leptos::prelude::*;

use crate::domain::checklist::Progress;
use crate::domain::keys;
use crate::state::notices::Notices;
use crate::store::storage;

/// Which guide steps are ticked, loaded once and saved on every change.
#[derive(Clone, Copy)]
pub struct ProgressState(pub RwSignal<Progress>);

impl ProgressState {
    /// Change progress and save it; a failed save is shown.
    pub fn update(self, change: impl FnOnce(&mut Progress)) {
        self.0.update(change);
        let notices = expect_context::<Notices>();
        if let Err(err) = self.0.with_untracked(|p| storage::save(keys::PROGRESS, p)) {
            notices.push_error(err.message());
        }
    }
}
