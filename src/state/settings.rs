//! The app's settings (idle time, plain title, last backup), in the clear: the unlock screen
//! needs them.

use leptos::prelude::*;

use crate::domain::keys;
use crate::domain::settings::AppSettings;
use crate::state::notices::Notices;
use crate::store::storage;

/// App settings (last backup, persistence answer), loaded with the app.
#[derive(Clone, Copy)]
pub struct SettingsState(pub RwSignal<AppSettings>);

impl SettingsState {
    pub fn update(self, change: impl FnOnce(&mut AppSettings)) {
        self.0.update(change);
        if let Err(err) = self.0.with_untracked(|s| storage::save(keys::SETTINGS, s)) {
            expect_context::<Notices>().push_error(err.message());
        }
    }
}
