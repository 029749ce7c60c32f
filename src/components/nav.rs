//! The site header, the main navigation and links that use the app's own router.

use leptos::prelude::*;

use crate::domain::route::{DiaryView, Route};
use crate::state::route::{CurrentRoute, GuideSpot};

/// True for a plain left click: a click with a modifier opens a new tab or window as usual.
fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// A link to a page of the app: a real `<a href>` (so it can be opened in a new tab) that
/// navigates without a reload on a plain click. It is marked current while its page (its
/// menu section) is shown; with `exact`, only while exactly its route is shown (the diary's
/// own views). With `anchor`, it opens the page at that element (a guide step, a section).
/// With `from`, the page it opens knows which place in the guide it came from.
#[component]
pub fn NavLink(
    route: Route,
    children: Children,
    #[prop(optional, into)] class: Option<String>,
    #[prop(optional)] exact: bool,
    #[prop(optional_no_strip)] anchor: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(optional)] from: Option<GuideSpot>,
) -> impl IntoView {
    let current = expect_context::<CurrentRoute>();
    let href = match anchor {
        Some(a) => format!("{}#{a}", route.path()),
        None => route.path(),
    };
    let is_current = {
        let route = route.clone();
        move || {
            current.with(|r| {
                if exact {
                    *r == route
                } else {
                    r.section().as_ref() == Some(&route)
                }
            })
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if !plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        match anchor {
            Some(a) => current.go_to_anchor(route.clone(), a),
            None => current.go(route.clone()),
        }
        if let Some(spot) = from {
            current.note_came_from(spot);
        }
    };
    view! {
        <a href=href class=class data-testid=testid on:click=on_click aria-current=move || is_current().then_some("page")>
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
                    <li><NavLink route=Route::Diary(DiaryView::List)>"Diary"</NavLink></li>
                    <li><NavLink route=Route::Profile>"Contacts"</NavLink></li>
                    <li><NavLink route=Route::Settings>"Settings"</NavLink></li>
                </ul>
            </nav>
        </header>
    }
}
