//! The page being shown, and moving to another without a page load.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::route::Route;

/// The place in the guide a link was followed from: a module (by id) and the step the link
/// was in, if any. Contacts offers the way back to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideSpot {
    pub module: &'static str,
    pub step: Option<&'static str>,
}

/// The page being shown. Links and Back/Forward change it; the address bar follows.
#[derive(Clone, Copy)]
pub struct CurrentRoute {
    route: RwSignal<Route>,
    /// Counts every move (a link, Back, Forward), so a page can tell a message it showed after
    /// its own move from one left over from an earlier visit to the same view.
    moves: RwSignal<u32>,
    /// The guide spot the move numbered here was made from: good for that move only, so the
    /// menu, Back, Forward and a reload show no way back to the guide.
    came_from: RwSignal<Option<(GuideSpot, u32)>>,
}

impl CurrentRoute {
    /// The page the address bar names now.
    pub fn from_address_bar() -> Self {
        CurrentRoute {
            route: RwSignal::new(Route::from_path(&current_path())),
            moves: RwSignal::new(0),
            came_from: RwSignal::new(None),
        }
    }

    /// The page being shown (tracked).
    pub fn get(self) -> Route {
        self.route.get()
    }

    /// Look at the page being shown (tracked) without cloning it.
    pub fn with<R>(self, f: impl FnOnce(&Route) -> R) -> R {
        self.route.with(f)
    }

    /// Look at the page being shown without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&Route) -> R) -> R {
        self.route.with_untracked(f)
    }

    /// How many moves there have been (tracked): see `moves`.
    pub fn moves(self) -> u32 {
        self.moves.get()
    }

    /// How many moves there have been, without tracking.
    pub fn moves_untracked(self) -> u32 {
        self.moves.get_untracked()
    }

    /// Remember that the move just made was a link in the guide at `spot`.
    pub fn note_came_from(self, spot: GuideSpot) {
        self.came_from.set(Some((spot, self.moves.get_untracked())));
    }

    /// The guide spot this view was opened from, if a guide link opened it (tracked).
    pub fn came_from(self) -> Option<GuideSpot> {
        let now = self.moves();
        self.came_from
            .get()
            .filter(|(_, at)| *at == now)
            .map(|(spot, _)| spot)
    }

    /// Back or Forward changed the address bar: show what it names now, at its heading. A
    /// move within the page (to a `#fragment`) leaves focus where the browser put it.
    pub fn follow_address_bar(self) {
        let route = Route::from_path(&current_path());
        if self.route.with_untracked(|r| *r == route) {
            return;
        }
        self.set(route);
        scroll_to_top();
        focus_main_heading();
    }

    /// Show `route`, add it to the browser history and move focus to the new view's heading.
    pub fn go(self, route: Route) {
        self.push(&route.path());
        self.set(route);
        scroll_to_top();
        focus_main_heading();
    }

    /// Show `route` at the element with id `anchor` (a guide step), focused.
    pub fn go_to_anchor(self, route: Route, anchor: &str) {
        self.push(&format!("{}#{anchor}", route.path()));
        self.set(route);
        scroll_to_top();
        focus_element(anchor.to_string());
    }

    /// Show `route` in place of the current history entry (after saving a new entry, Back
    /// goes to where the user was before the form, not to an empty form).
    pub fn replace(self, route: Route) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&route.path()),
            );
        }
        self.set(route);
        scroll_to_top();
        focus_main_heading();
    }

    fn push(self, url: &str) {
        // A click on the link to the view already shown adds no step for Back to undo.
        if current_path() == url {
            return;
        }
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
        }
    }

    fn set(self, route: Route) {
        self.moves.update(|n| *n = n.wrapping_add(1));
        self.route.set(route);
    }
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Move focus to the heading of what is now shown, so screen readers announce it: a view's
/// own heading (marked `data-view-heading`, such as a diary entry's) or else the page's `h1`.
pub fn focus_main_heading() {
    request_animation_frame(|| {
        let doc = web_sys::window().and_then(|w| w.document());
        let heading = doc.and_then(|d| {
            d.query_selector("main [data-view-heading]")
                .ok()
                .flatten()
                .or_else(|| d.query_selector("main h1").ok().flatten())
        });
        if let Some(h) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = h.focus();
        }
    });
}

/// Focus the element with this id once it is drawn, at its own heading if it has one (a guide
/// step's title); it scrolls into view.
fn focus_element(id: String) {
    request_animation_frame(move || {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .map(|e| e.query_selector("h2").ok().flatten().unwrap_or(e))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        match el {
            Some(e) => {
                if !e.has_attribute("tabindex") {
                    let _ = e.set_attribute("tabindex", "-1");
                }
                let _ = e.focus();
            }
            None => focus_main_heading(),
        }
    });
}
