//! Registers the service worker and offers a calm "new version" banner. It never reloads by
//! itself, and not at all while a form holds text that has not been saved.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

use crate::state::unsaved::UnsavedText;

fn service_worker_container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Browsers without service workers (or with them blocked) simply run online.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

/// Watch a registration and set `ready` once a new version is installed and waiting.
fn watch(reg: ServiceWorkerRegistration, ready: RwSignal<bool>) {
    let has_controller = || {
        service_worker_container()
            .and_then(|c| c.controller())
            .is_some()
    };
    if reg.waiting().is_some() && has_controller() {
        ready.set(true);
    }
    let reg_for_update = reg.clone();
    let on_update = Closure::<dyn FnMut()>::new(move || {
        if let Some(installing) = reg_for_update.installing() {
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        }
    });
    reg.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
    on_update.forget();
}

/// The banner, and the service worker's registration on start.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    let blocked = RwSignal::new(false);
    let unsaved = expect_context::<UnsavedText>();
    let registration: RwSignal<Option<ServiceWorkerRegistration>, LocalStorage> =
        RwSignal::new_local(None);
    // The first worker also takes control (clients.claim): only a change the user asked for reloads.
    let user_asked = RwSignal::new(false);

    if let Some(container) = service_worker_container() {
        let promise = container.register("/sw.js");
        leptos::task::spawn_local(async move {
            if let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await {
                let reg: ServiceWorkerRegistration = reg.unchecked_into();
                watch(reg.clone(), ready);
                registration.set(Some(reg));
            }
        });
        // When the new worker takes over after the user chose to reload, reload once.
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if !user_asked.get_untracked() {
                return;
            }
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }

    let reload = move |_| {
        if unsaved.is_unsaved_now() {
            blocked.set(true);
            return;
        }
        user_asked.set(true);
        match registration.get_untracked().and_then(|r| r.waiting()) {
            Some(waiting) => {
                let _ = waiting.post_message(&"skip-waiting".into());
            }
            None => {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        }
    };

    view! {
        <Show when=move || ready.get()>
            <div class="update-banner no-print" role="status" data-testid="update-banner">
                <p>"A new version of Stand Safe is ready."</p>
                <button type="button" data-testid="update-reload" on:click=reload>"Reload to update"</button>
                <Show when=move || blocked.get()>
                    <p class="hint">"Save or clear the entry you are writing first, then reload. Nothing has been lost."</p>
                </Show>
            </div>
        </Show>
    }
}
