//! The safety guide: the list of modules, and one module's steps.

use leptos::prelude::*;

use crate::components::nav::NavLink;
use crate::content::{self, guidance::MODULES};
use crate::domain::route::Route;

/// All modules of the guide.
#[component]
pub fn GuidePage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Safety guide"</h1>
        <p class="placeholder" data-testid="placeholder">"The full step-by-step walkthrough, with progress kept on this device, is coming in the next update."</p>
        <ul class="card-list">
            {MODULES.iter().map(|m| view! {
                <li class="card">
                    <h2><NavLink route=Route::GuideModule(m.id.to_string())>{m.title}</NavLink></h2>
                    <p>{m.covers}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// One module of the guide.
#[component]
pub fn ModulePage(id: String) -> impl IntoView {
    match content::module(&id) {
        Some(m) => view! {
            <h1 tabindex="-1">{m.title}</h1>
            <p>{m.covers}</p>
            <ol>
                {m.steps.iter().map(|s| view! { <li>{s.title}</li> }).collect_view()}
            </ol>
        }.into_any(),
        None => view! { <crate::pages::not_found::NotFoundPage path=Route::GuideModule(id).path()/> }.into_any(),
    }
}
