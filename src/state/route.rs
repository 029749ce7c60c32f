//! The page being shown, and moving to another without a page load.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::route::Route;

/// The page being shown. Links and Back/Forward change it; the address bar follows.
#[derive(Clone, Copy)]
pub struct CurrentRoute(RwSignal<Route>);

impl CurrentRoute {
    /// The page the address bar names now.
    pub fn from_address_bar() -> Self {
        CurrentRoute(RwSignal::new(Route::from_path(&current_path())))
    }

    /// The page being shown (tracked).
    pub fn get(self) -> Route {
        self.0.get()
    }

    /// Look at the page being shown (tracked) without cloning it.
    pub fn with<R>(self, f: impl FnOnce(&Route) -> R) -> R {
        self.0.with(f)
    }

    /// Back or Forward changed the address bar: show what it names now.
    pub fn follow_address_bar(self) {
        self.0.set(Route::from_path(&current_path()));
    }

    /// Show `route`, add it to the browser history and move focus to the new page's heading.
    pub fn go(self, route: Route) {
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&route.path()),
                );
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.0.set(route);
        focus_main_heading();
    }
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// Move focus to the page heading after a client-side navigation, so screen readers announce it.
pub fn focus_main_heading() {
    request_animation_frame(|| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
    });
}
