//! The app's settings (idle time, plain title, last backup), in the clear: the unlock screen
//! needs them.

use leptos::prelude::*;

use crate::domain::keys;
use crate::domain::settings::AppSettings;
use crate::state::notices::{load_or_notice, Notices};
use crate::store::storage;

/// App settings (last backup, persistence answer), loaded with the app.
#[derive(Clone, Copy)]
pub struct SettingsState(RwSignal<AppSettings>);

impl SettingsState {
    /// Read the settings, telling the user of any problem.
    pub fn load(notices: Notices) -> Self {
        SettingsState(RwSignal::new(load_or_notice(keys::SETTINGS, notices)))
    }

    /// Look at the settings (tracked).
    pub fn with<R>(self, f: impl FnOnce(&AppSettings) -> R) -> R {
        self.0.with(f)
    }

    /// Look at the settings without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&AppSettings) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// Change the settings and save them; a failed save is shown.
    pub fn update(self, change: impl FnOnce(&mut AppSettings)) {
        self.0.update(change);
        if let Err(err) = self.0.with_untracked(|s| storage::save(keys::SETTINGS, s)) {
            expect_context::<Notices>().push_error(err.message());
        }
    }
}
