//! "Leave quickly": one press (or Escape three times) locks the app, blanks the page and replaces
//! it with a neutral site, so Back does not come back here.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::state::clock::now_ms;
use crate::store::vault;

/// Where "Leave quickly" goes: an everyday page that draws no attention.
pub const NEUTRAL_SITE: &str = "https://www.bbc.co.uk/weather";
/// Escape pressed this many times within [`ESCAPE_WINDOW_MS`] leaves.
const ESCAPES: usize = 3;
const ESCAPE_WINDOW_MS: i64 = 2_000;

/// Marks, for this tab only, that the user left quickly: Back or Forward into the app's own
/// history (each diary view is an entry) then goes on to the neutral site again, before anything
/// is drawn (the first script in index.html reads it). Opening the app afresh clears it.
pub const LEFT_MARK: &str = "standsafe.left";

/// Lock, blank the page and go, in one step (`location.replace`: no history entry to go back to).
pub fn leave_now() {
    vault::lock();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(session)) = window.session_storage() {
        let _ = session.set_item(LEFT_MARK, "1");
    }
    if let Some(doc) = window.document() {
        doc.set_title("");
        if let Some(body) = doc.body() {
            body.set_inner_html("");
        }
    }
    let _ = window.location().replace(NEUTRAL_SITE);
}

thread_local! {
    static ESCAPE_TIMES: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

/// Listen for Escape pressed three times quickly, for the app's lifetime.
pub fn watch_escape() {
    let _ = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() != "Escape" {
            return;
        }
        let now = now_ms();
        let leave = ESCAPE_TIMES.with(|times| {
            let mut times = times.borrow_mut();
            times.retain(|t| now - t < ESCAPE_WINDOW_MS);
            times.push(now);
            times.len() >= ESCAPES
        });
        if leave {
            leave_now();
        }
    });
}

/// The button at the top of every page.
#[component]
pub fn LeaveQuickly() -> impl IntoView {
    view! {
        <button type="button" class="leave-quickly no-print" data-testid="leave-quickly"
            aria-describedby="leave-quickly-hint" on:click=|_| leave_now()>
            "Leave quickly"
        </button>
        <span id="leave-quickly-hint" class="visually-hidden">"Locks Stand Safe and opens a weather page. You can also press Escape three times."</span>
    }
}
