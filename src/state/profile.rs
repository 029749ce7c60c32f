//! The user's profile and contacts, loaded when the lock opens and saved on every change.

use leptos::prelude::*;

use crate::domain::keys;
use crate::domain::profile::Profile;
use crate::state::notices::{load_or_notice, Notices};
use crate::store::storage;

/// The user's profile, loaded once and saved on every change.
#[derive(Clone, Copy)]
pub struct ProfileState(RwSignal<Profile>);

impl ProfileState {
    /// Read the profile, telling the user of any problem.
    pub fn load(notices: Notices) -> Self {
        ProfileState(RwSignal::new(load_or_notice(keys::PROFILE, notices)))
    }

    /// Look at it (tracked).
    pub fn with<R>(self, f: impl FnOnce(&Profile) -> R) -> R {
        self.0.with(f)
    }

    /// Look at it without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&Profile) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// Change the profile and save it; a failed save is shown, and the change stays on screen.
    pub fn update(self, change: impl FnOnce(&mut Profile)) {
        self.0.update(change);
        let notices = expect_context::<Notices>();
        match self.0.with_untracked(|p| storage::save(keys::PROFILE, p)) {
            Ok(()) => {}
            Err(err) => notices.push_error(err.message()),
        }
    }
}
