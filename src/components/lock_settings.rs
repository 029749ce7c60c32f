//! Settings for the passphrase lock: turn it on (with a backup first), lock now, the idle time,
//! change the passphrase, turn it off; and the plain window title.

use leptos::prelude::*;

use crate::components::backup_panel::backup_saver;
use crate::domain::lock::{check_new_passphrase, strength, IDLE_CHOICES};
use crate::state::lock::LockState;
use crate::state::notices::Notices;
use crate::state::settings::SettingsState;
use crate::store::vault;
use crate::store::vault::LockStatus;

/// A labelled passphrase field bound to `value`.
#[component]
fn PassphraseField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(default = "new-password")] autocomplete: &'static str,
    #[prop(optional)] described_by: Option<&'static str>,
) -> impl IntoView {
    view! {
        <p>
            <label for=id>{label}</label>
            <input id=id data-testid=id type="password" autocomplete=autocomplete
                aria-describedby=described_by bind:value=value/>
        </p>
    }
}

/// A new passphrase typed twice, checked against the rules before any step runs.
#[derive(Clone, Copy)]
struct NewPassphrase {
    first: RwSignal<String>,
    again: RwSignal<String>,
}

impl NewPassphrase {
    fn new() -> Self {
        NewPassphrase {
            first: RwSignal::new(String::new()),
            again: RwSignal::new(String::new()),
        }
    }

    /// The passphrase when both entries follow the rules; otherwise the problem is shown.
    fn checked(self, message: RwSignal<Option<String>>) -> Option<String> {
        let (a, b) = (self.first.get_untracked(), self.again.get_untracked());
        match check_new_passphrase(&a, &b) {
            Ok(()) => Some(a),
            Err(problem) => {
                message.set(Some(problem.into()));
                None
            }
        }
    }

    fn clear(self) {
        self.first.set(String::new());
        self.again.set(String::new());
    }
}

/// The two fields of a new passphrase and its strength, shown as it is typed.
#[component]
fn NewPassphraseFields(
    value: NewPassphrase,
    id: &'static str,
    again_id: &'static str,
    strength_id: &'static str,
    label: &'static str,
    again_label: &'static str,
) -> impl IntoView {
    view! {
        <PassphraseField id=id label=label value=value.first described_by=strength_id/>
        <p id=strength_id data-testid=strength_id class="hint" aria-live="polite">
            {move || value.first.with(|p| (!p.is_empty()).then(|| strength(p).label()))}
        </p>
        <PassphraseField id=again_id label=again_label value=value.again/>
    }
}

/// Run a lock step, show its outcome, and follow the vault afterwards.
fn run(
    lock: LockState,
    busy: RwSignal<bool>,
    message: RwSignal<Option<String>>,
    done: &'static str,
    step: impl std::future::Future<Output = Result<(), vault::LockError>> + 'static,
    then: impl FnOnce() + 'static,
) {
    busy.set(true);
    message.set(None);
    leptos::task::spawn_local(async move {
        let result = step.await;
        busy.set(false);
        lock.refresh();
        match result {
            Ok(()) => {
                message.set(Some(done.into()));
                then();
            }
            Err(err) => message.set(Some(err.message())),
        }
    });
}

/// Turning the lock on: the passphrase twice, its strength, the warning and a backup first.
#[component]
fn TurnOn(busy: RwSignal<bool>, message: RwSignal<Option<String>>) -> impl IntoView {
    let lock = expect_context::<LockState>();
    let save_backup_file = backup_saver();
    let new_pass = NewPassphrase::new();
    let notices = expect_context::<Notices>();
    let backup_done = RwSignal::new(None::<String>);
    let save_backup = move |_| {
        save_backup_file(Callback::new(move |saved| match saved {
            Ok(text) => backup_done.set(Some(text)),
            Err(e) => notices.push_error(e),
        }))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(a) = new_pass.checked(message) else {
            return;
        };
        run(
            lock,
            busy,
            message,
            "The lock is on. Your diary, contacts and plans are now encrypted on this device.",
            async move { vault::turn_on(&a).await },
            move || new_pass.clear(),
        );
    };
    view! {
        <p>"With the lock on, your diary, contacts and plans are encrypted on this device. Stand Safe asks for your passphrase when it opens, and locks itself when it has not been used for a while."</p>
        <div class="callout" data-testid="lock-warning">
            <p><strong>"If you forget the passphrase, nobody can get your diary back, not even Stand Safe."</strong>" Save a backup file first and keep it somewhere private."</p>
            <p><button type="button" data-testid="lock-backup-first" on:click=save_backup>"Save a backup file now"</button></p>
            <p role="status">{move || backup_done.get()}</p>
        </div>
        <form data-testid="lock-on-form" on:submit=submit>
            <NewPassphraseFields value=new_pass id="lock-new" again_id="lock-again" strength_id="lock-strength"
                label="Choose a passphrase (at least 10 characters)" again_label="Type it again"/>
            <p class="hint">"A few ordinary words with spaces, such as a line nobody would guess, are easy to remember and hard to guess."</p>
            <button type="submit" data-testid="lock-turn-on" disabled=move || busy.get()>"Turn on the lock"</button>
        </form>
    }
}

/// With the lock on: lock now, idle time, change the passphrase, turn it off.
#[component]
fn LockOn(busy: RwSignal<bool>, message: RwSignal<Option<String>>) -> impl IntoView {
    let lock = expect_context::<LockState>();
    let settings = expect_context::<SettingsState>();
    let current = RwSignal::new(String::new());
    let new_pass = NewPassphrase::new();
    let off_pass = RwSignal::new(String::new());
    let change = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let old = current.get_untracked();
        let Some(a) = new_pass.checked(message) else {
            return;
        };
        run(
            lock,
            busy,
            message,
            "Your passphrase has been changed. Use the new one from now on.",
            async move { vault::change_passphrase(&old, &a).await },
            move || {
                current.set(String::new());
                new_pass.clear();
            },
        );
    };
    let turn_off = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = off_pass.get_untracked();
        run(
            lock,
            busy,
            message,
            "The lock is off. Your data is kept on this device without encryption.",
            async move { vault::turn_off(&p).await },
            move || off_pass.set(String::new()),
        );
    };
    view! {
        <p data-testid="lock-is-on">"The lock is on: your diary, contacts and plans are encrypted on this device."</p>
        <p><button type="button" data-testid="lock-now" on:click=move |_| lock.lock_now()>"Lock now"</button></p>
        <p>
            <label for="lock-idle">"Lock by itself after this long without use"</label>
            <select id="lock-idle" data-testid="lock-idle" on:change:target=move |ev| {
                if let Ok(m) = ev.target().value().parse::<u32>() {
                    settings.update(|s| s.lock_idle_minutes = m);
                }
            }>
                {IDLE_CHOICES.iter().map(|&m| view! {
                    <option value=m.to_string() selected=move || settings.with(|s| s.lock_idle_minutes == m)>
                        {if m == 1 { "1 minute".to_string() } else { format!("{m} minutes") }}
                    </option>
                }).collect_view()}
            </select>
        </p>
        <h3>"Change the passphrase"</h3>
        <form data-testid="lock-change-form" on:submit=change>
            <PassphraseField id="lock-current" label="Your passphrase now" value=current autocomplete="current-password"/>
            <NewPassphraseFields value=new_pass id="lock-change-new" again_id="lock-change-again" strength_id="lock-change-strength"
                label="New passphrase (at least 10 characters)" again_label="Type the new one again"/>
            <button type="submit" data-testid="lock-change" disabled=move || busy.get()>"Change the passphrase"</button>
        </form>
        <h3>"Turn the lock off"</h3>
        <form data-testid="lock-off-form" on:submit=turn_off>
            <PassphraseField id="lock-off-passphrase" label="Your passphrase" value=off_pass autocomplete="current-password"/>
            <button type="submit" class="button-quiet" data-testid="lock-turn-off" disabled=move || busy.get()>"Turn the lock off"</button>
        </form>
    }
}

/// The lock section of Settings.
#[component]
pub fn LockSettings() -> impl IntoView {
    let lock = expect_context::<LockState>();
    let settings = expect_context::<SettingsState>();
    let busy = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    let is_on = Memo::new(move |_| lock.status() != LockStatus::Off);
    view! {
        <section id="lock" aria-labelledby="lock-heading">
            <h2 id="lock-heading">"Lock with a passphrase"</h2>
            {move || if is_on.get() {
                view! { <LockOn busy=busy message=message/> }.into_any()
            } else {
                view! { <TurnOn busy=busy message=message/> }.into_any()
            }}
            <p role="status" data-testid="lock-message">{move || message.get()}</p>
            <h3>"Window title"</h3>
            <label class="tick" for="plain-title">
                <input id="plain-title" data-testid="plain-title" type="checkbox"
                    prop:checked=move || settings.with(|s| s.plain_title)
                    on:change:target=move |ev| { let on = ev.target().checked(); settings.update(|s| s.plain_title = on) }/>
                "Show a plain window title (“Notes”) instead of “Stand Safe”"
            </label>
        </section>
    }
}
