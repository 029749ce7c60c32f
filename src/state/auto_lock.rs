//! Auto-lock: with the lock open, lock after the chosen idle time with no key, pointer, input or
//! scroll, and when the page has been hidden that long (checked as soon as it is shown again).

use std::cell::Cell;

use leptos::prelude::*;

use crate::state::clock::now_ms;
use crate::state::lock::LockState;
use crate::state::settings::SettingsState;
use crate::store::vault::LockStatus;

thread_local! {
    static LAST_ACTIVITY_MS: Cell<i64> = Cell::new(now_ms());
}

fn touch() {
    LAST_ACTIVITY_MS.with(|t| t.set(now_ms()));
}

/// Watch for idleness for the app's lifetime.
pub fn watch_idle(lock: LockState, settings: SettingsState) {
    let check = move || {
        if lock.status_untracked() != LockStatus::Open {
            touch();
            return;
        }
        let idle_ms = i64::from(settings.with_untracked(|s| s.lock_idle_minutes)) * 60_000;
        let idle_for = now_ms() - LAST_ACTIVITY_MS.with(Cell::get);
        if idle_for >= idle_ms {
            lock.lock_now();
        }
    };
    let _ = window_event_listener(leptos::ev::keydown, |_| touch());
    let _ = window_event_listener(leptos::ev::pointerdown, |_| touch());
    let _ = window_event_listener(leptos::ev::input, |_| touch());
    let _ = window_event_listener(leptos::ev::scroll, |_| touch());
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| check());
    let _ = set_interval_with_handle(check, std::time::Duration::from_secs(5));
}
