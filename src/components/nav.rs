//! The site header, the main navigation and links that use the app's own router.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::route::CurrentRoute;

/// A link to a page of the app: a real `<a href>` (so it can be opened in a new tab) that
/// navigates without a reload on a plain click.
#[component]
pub fn NavLink(
    route: Route,
    children: Children,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    let current = expect_context::<CurrentRoute>();
    let href = route.path();
    let is_current = {
        let route = route.clone();
        move || current.with(|r| r.section().as_ref() == Some(&route))
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        current.go(route.clone());
    };
    view! {
        <a href=href class=class on:click=on_click aria-current=move || is_current().then_some("page")>
            {children()}
        </a>
    }
}

/// The header with the app's name and the main navigation.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="brand">
                <NavLink route=Route::Home class="brand-link">
                    <span class="brand-mark" aria-hidden="true">"◆"</span>
                    " Stand Safe"
                </NavLink>
            </div>
            <nav aria-label="Main">
                <ul class="nav-list">
                    <li><NavLink route=Route::Home>"Home"</NavLink></li>
                    <li><NavLink route=Route::Guide>"Guide"</NavLink></li>
                    <li><NavLink route=Route::Checklist>"Checklist"</NavLink></li>
                    <li><NavLink route=Route::Plans>"Plans"</NavLink></li>
                    <li><NavLink route=Route::Diary>"Diary"</NavLink></li>
                    <li><NavLink route=Route::Settings>"Settings"</NavLink></li>
                </ul>
            </nav>
        </header>
    }
}
