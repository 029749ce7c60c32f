//! Installing Stand Safe: the offer (Home and Settings, only while not installed), Safari's
//! seven-day notice (Diary and Settings) and the storage status (Settings). Nothing here shows
//! anything private.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::backup_panel::backup_saver;
use crate::domain::install::{offer_quiet, Install};
use crate::domain::time::format_local;
use crate::state::clock::{now_ms, tz_offset};
use crate::state::device::{install_and_limit, install_here};
use crate::state::diary::DiaryState;
use crate::state::settings::SettingsState;

/// Where index.html keeps Chromium's `beforeinstallprompt` event: it can come before the app runs.
const STASH: &str = "standsafeInstall";

fn stashed_prompt() -> Option<JsValue> {
    let w: JsValue = web_sys::window()?.into();
    js_sys::Reflect::get(&w, &STASH.into())
        .ok()
        .filter(JsValue::is_object)
}

/// Share, then Add to Home Screen, with the icons drawn in CSS.
fn ios_steps() -> impl IntoView {
    view! {
        <ol class="install-steps" data-testid="ios-steps">
            <li>"Tap the Share button "<span class="icon-share" aria-hidden="true"></span>" (a square with an arrow pointing up). If you cannot see it, tap \u{201c}\u{22ef}\u{201d} first."</li>
            <li>"Choose "<span class="icon-add" aria-hidden="true">"+"</span>" \u{201c}Add to Home Screen\u{201d}. You may need to scroll down the list."</li>
            <li>"Tap \u{201c}Add\u{201d}. From now on, open Stand Safe from its icon on your Home Screen."</li>
        </ol>
    }
}

/// The way to install here: steps on an iPhone or iPad, one line elsewhere.
fn how_to(how: Install) -> Option<AnyView> {
    match how {
        Install::IosSteps => Some(ios_steps().into_any()),
        Install::Other(line) => Some(view! { <p data-testid="install-hint">{line}</p> }.into_any()),
        _ => None,
    }
}

/// "Install Stand Safe as an app", while it is not installed and not put off for 30 days.
#[component]
pub fn InstallOffer() -> impl IntoView {
    let settings = expect_context::<SettingsState>();
    let (how, _) = install_here();
    let installed = RwSignal::new(how == Install::Installed);
    let prompt = RwSignal::new(stashed_prompt().is_some());
    let offered = window_event_listener_untyped("beforeinstallprompt", move |_| prompt.set(true));
    let done = window_event_listener_untyped("appinstalled", move |_| installed.set(true));
    on_cleanup(move || {
        offered.remove();
        done.remove();
    });
    // The browser's own prompt; it can be used once.
    let install = move |_| {
        if let Some(event) = stashed_prompt() {
            if let Ok(show) = js_sys::Reflect::get(&event, &"prompt".into())
                .map(JsCast::unchecked_into::<js_sys::Function>)
            {
                let _ = show.call0(&event);
            }
            if let Some(w) = web_sys::window() {
                let _ = js_sys::Reflect::set(&w, &STASH.into(), &JsValue::NULL);
            }
        }
        prompt.set(false);
    };
    move || {
        if installed.get() || settings.with(|s| offer_quiet(s.install_offer_dismissed_ms, now_ms()))
        {
            return None;
        }
        let body = if prompt.get() {
            view! { <p><button type="button" data-testid="install-button" on:click=install>"Install Stand Safe"</button></p> }.into_any()
        } else {
            how_to(how)?
        };
        Some(view! {
            <section class="card no-print" data-testid="install-offer" aria-labelledby="install-heading">
                <h2 id="install-heading">"Install Stand Safe as an app"</h2>
                <p>"Installed, it opens from its own icon and works without a connection."
                    {(how == Install::IosSteps).then_some(" Safari will also not delete your diary.")}</p>
                {body}
                <p><button type="button" class="button-quiet" data-testid="install-dismiss"
                    on:click=move |_| settings.update(|s| s.install_offer_dismissed_ms = Some(now_ms()))>"Not now"</button></p>
            </section>
        })
    }
}

/// Safari deletes a site's data after seven days without a visit: said where it matters, with
/// the way to the Home Screen and a backup. In the diary only once it holds an entry (`always`
/// shows it regardless, for Settings). Not dismissible.
#[component]
pub fn SafariNotice(#[prop(optional)] always: bool) -> impl IntoView {
    let (how, limit) = install_and_limit();
    let place = limit.unwrap_or("Home Screen");
    let seven_days = limit.is_some();
    let diary = expect_context::<DiaryState>();
    let save = backup_saver();
    let message = RwSignal::new(None::<String>);
    move || {
        (seven_days && (always || diary.with(|d| d.count() > 0))).then(|| view! {
            <div class="callout no-print" data-testid="safari-notice">
                <p><strong>"Safari deletes this diary if you do not open Stand Safe for 7 days."</strong>" Add it to your " {place} ", or save a backup."</p>
                {how_to(how)}
                <p class="hint">"The app on your " {place} " keeps its own copy, apart from Safari: save a backup here first, then restore it in the app from Settings."</p>
                <p><button type="button" data-testid="safari-backup" on:click=move |_| save(Callback::new(move |saved: Result<String, String>| message.set(Some(saved.unwrap_or_else(|e| e)))))>"Save a backup"</button></p>
                <p role="status">{move || message.get()}</p>
            </div>
        })
    }
}

/// What keeps the data here: installed or not, persistent storage, the last backup, what it means.
#[component]
pub fn StorageStatus() -> impl IntoView {
    let settings = expect_context::<SettingsState>();
    let (how, limit) = install_and_limit();
    let seven_days = limit.is_some();
    let place = limit.unwrap_or("Home Screen");
    let persisted = RwSignal::new(None::<bool>);
    if let Some(promise) = web_sys::window().and_then(|w| w.navigator().storage().persisted().ok())
    {
        leptos::task::spawn_local(async move {
            let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
            persisted.set(answer.ok().and_then(|v| v.as_bool()));
        });
    }
    view! {
        <ul data-testid="storage-status">
            <li>{if how == Install::Installed { "Installed as an app: yes." } else { "Installed as an app: no, it runs in the browser." }}</li>
            <li>{move || if persisted.get() == Some(true) { "Kept when the device runs low on space: yes." } else { "Kept when the device runs low on space: not promised." }}</li>
            <li>{move || settings.with(|s| s.last_backup_ms).map_or_else(|| "Last backup: none yet.".to_string(), |at| format!("Last backup: {}.", format_local(at, tz_offset())))}</li>
        </ul>
        <p data-testid="storage-meaning">{move || if seven_days {
            format!("Safari may delete everything here after 7 days without a visit, so add Stand Safe to your {place} or keep a recent backup.")
        } else if persisted.get() == Some(true) {
            "Your data stays until you clear it yourself. A backup still protects you if the device is lost.".to_string()
        } else {
            "The browser may clear Stand Safe's data if the device runs low on space, so keep a recent backup.".to_string()
        }}</p>
        <SafariNotice always=true/>
    }
}
