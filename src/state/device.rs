//! What this browser is, read once where it is needed: how it installs the app, and whether
//! Safari may delete the diary after seven days.

use crate::domain::install::{Device, Install};

/// How this browser installs the app, and whether Safari may delete its data after seven days.
pub fn install_here() -> (Install, bool) {
    let (how, limit) = install_and_limit();
    (how, limit.is_some())
}

/// As `install_here`, with the seven-day limit naming where an installed copy lives ("Home
/// Screen" or "Dock").
pub fn install_and_limit() -> (Install, Option<&'static str>) {
    let Some(w) = web_sys::window() else {
        return (Install::None, None);
    };
    let nav = w.navigator();
    let user_agent = nav.user_agent().unwrap_or_default();
    let device = Device {
        user_agent: &user_agent,
        ios_standalone: js_sys::Reflect::get(&nav, &"standalone".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        display_standalone: w
            .match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
        touch_points: nav.max_touch_points().max(0) as u32,
    };
    let limit = device.seven_day_limit().then(|| device.app_place());
    (device.install(), limit)
}
