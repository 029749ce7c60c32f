//! The page shown for an address the app does not know.

use leptos::prelude::*;

use crate::components::nav::NavLink;
use crate::domain::route::Route;

/// "Page not found", with a way home.
#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    view! {
        <h1 tabindex="-1" data-testid="not-found">"Page not found"</h1>
        <p>"There is no page at " <code>{path}</code> ". It may have moved, or the address may be mistyped."</p>
        <p><NavLink route=Route::Home>"Go to the home page"</NavLink></p>
    }
}
