//! The unlock screen, drawn instead of every page while the lock is closed.

use leptos::prelude::*;

use crate::domain::keys;
use crate::domain::lock::Attempts;
use crate::state::clock::now_ms;
use crate::state::lock::LockState;
use crate::state::route::focus_main_heading;
use crate::store::storage;
use crate::store::vault;
use crate::store::vault::LockError;

/// Wrong tries in a row, from the store (so a reload does not reset them).
fn stored_attempts() -> Attempts {
    storage::load::<Attempts>(keys::LOCK_ATTEMPTS)
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn keep_attempts(attempts: &Attempts) {
    let _ = storage::load::<Attempts>(keys::LOCK_ATTEMPTS);
    let _ = storage::save(keys::LOCK_ATTEMPTS, attempts);
}

/// The passphrase form.
#[component]
pub fn UnlockScreen() -> impl IntoView {
    let lock = expect_context::<LockState>();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let attempts = RwSignal::new(stored_attempts());
    let now = RwSignal::new(now_ms());
    // Tick while a wait is running, so the count down is shown and the button comes back.
    if let Ok(tick) =
        set_interval_with_handle(move || now.set(now_ms()), std::time::Duration::from_secs(1))
    {
        on_cleanup(move || tick.clear());
    }
    let wait_s = move || (attempts.with(|a| a.wait_ms(now.get())) + 999) / 1000;

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || attempts.with_untracked(|a| a.wait_ms(now_ms())) > 0 {
            return;
        }
        busy.set(true);
        error.set(None);
        let typed = passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            match vault::unlock(&typed).await {
                Ok(()) => {
                    keep_attempts(&Attempts::default());
                    lock.refresh();
                    focus_main_heading();
                }
                Err(LockError::WrongPassphrase) => {
                    let next = attempts.get_untracked().after_failure(now_ms());
                    keep_attempts(&next);
                    attempts.set(next);
                    now.set(now_ms());
                    passphrase.set(String::new());
                    error.set(Some(LockError::WrongPassphrase.message()));
                }
                Err(err) => error.set(Some(err.message())),
            }
            busy.set(false);
        });
    };

    view! {
        <h1 tabindex="-1">"Stand Safe is locked"</h1>
        <p>"Your diary, contacts and plans are encrypted on this device. Type your passphrase to open them."</p>
        <form class="card" data-testid="unlock-form" on:submit=submit>
            <p>
                <label for="unlock-passphrase">"Passphrase"</label>
                <input id="unlock-passphrase" data-testid="unlock-passphrase" type="password"
                    autocomplete="current-password" aria-describedby="unlock-error unlock-wait"
                    bind:value=passphrase/>
            </p>
            <p id="unlock-error" class="error-text" role="alert" data-testid="unlock-error">{move || error.get()}</p>
            <p id="unlock-wait" role="status" data-testid="unlock-wait">{move || {
                let s = wait_s();
                (s > 0).then(|| format!("After several wrong tries, Stand Safe waits before the next one. You can try again in {s} seconds."))
            }}</p>
            <button type="submit" data-testid="unlock" disabled=move || { busy.get() || wait_s() > 0 }>
                {move || if busy.get() { "Opening…" } else { "Unlock" }}
            </button>
        </form>
        <p class="hint">"Nobody can recover a forgotten passphrase, not even Stand Safe. If you have a backup file, you can clear this site's data in your browser's settings and restore the backup."</p>
    }
}
