//! The page being shown, and moving to another without a page load.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::route::Route;

/// The page being shown. Links and Back/Forward change it; the address bar follows.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

impl CurrentRoute {
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
