//! The diary's offer of the passphrase lock, once there is an entry to protect.

use leptos::prelude::*;

use crate::state::diary::DiaryState;
use crate::state::lock::LockState;
use crate::state::settings::SettingsState;
use crate::store::vault::LockStatus;

/// "Lock your diary?" with a link to Settings and "Not now" (remembered).
#[component]
pub fn LockOffer() -> impl IntoView {
    let lock = expect_context::<LockState>();
    let settings = expect_context::<SettingsState>();
    let diary = expect_context::<DiaryState>();
    let show = move || {
        lock.status() == LockStatus::Off
            && !settings.with(|s| s.lock_offer_dismissed)
            && diary.with(|d| d.count() > 0)
    };
    move || {
        show().then(|| view! {
            <aside class="callout no-print" data-testid="lock-offer" aria-labelledby="lock-offer-heading">
                <h2 id="lock-offer-heading">"Lock your diary with a passphrase?"</h2>
                <p>"If someone else may use, borrow or take this phone, a passphrase keeps your diary, contacts and plans encrypted. Stand Safe will ask for it when it opens."</p>
                <p data-testid="lock-offer-back">"After Leave quickly, pressing Back does not bring Stand Safe back on screen. But the browser's history list (a long press on Back, or the History menu) can still show Stand Safe's pages. Without a lock, anyone who opens Stand Safe on this device can read your diary. With a lock, it opens locked."</p>
                <p class="button-row">
                    <a href="/settings#lock" data-testid="lock-offer-set-up">"Set up a lock in Settings"</a>
                    <button type="button" class="button-quiet" data-testid="lock-offer-later"
                        on:click=move |_| settings.update(|s| s.lock_offer_dismissed = true)>"Not now"</button>
                </p>
            </aside>
        })
    }
}
