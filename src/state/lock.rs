//! Whether the passphrase lock is off, closed or open, following the vault.

use leptos::prelude::*;

use crate::state::route::focus_main_heading;
use crate::store::vault;
use crate::store::vault::LockStatus;

/// Whether the passphrase lock is off, closed or open. Pages are drawn only while it is not
/// closed, so locking unmounts every page with whatever it showed.
#[derive(Clone, Copy)]
pub struct LockState(RwSignal<LockStatus>);

impl LockState {
    /// Follow the vault as it is now.
    pub fn new() -> Self {
        LockState(RwSignal::new(vault::status()))
    }

    /// Off, closed or open (tracked).
    pub fn status(self) -> LockStatus {
        self.0.get()
    }

    /// Off, closed or open, without tracking.
    pub fn status_untracked(self) -> LockStatus {
        self.0.get_untracked()
    }

    /// True while the lock is closed (tracked).
    pub fn is_locked(self) -> bool {
        self.status() == LockStatus::Locked
    }

    /// Close the lock now: the key and every opened value are dropped. Focus moves to the
    /// unlock screen's heading, so a screen reader says what happened.
    pub fn lock_now(self) {
        vault::lock();
        self.refresh();
        focus_main_heading();
    }

    /// Follow the vault after it opened, closed or changed.
    pub fn refresh(self) {
        self.0.set(vault::status());
    }
}

impl Default for LockState {
    fn default() -> Self {
        Self::new()
    }
}
