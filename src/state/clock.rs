//! The device's clock, in one place: every "now" the app reads comes from here.

use leptos::prelude::*;

/// Milliseconds since the Unix epoch, by this device's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The browser's time-zone offset in minutes (`Date.getTimezoneOffset()`: UTC minus local).
pub fn tz_offset() -> i64 {
    js_sys::Date::new_0().get_timezone_offset() as i64
}

/// The time-zone offset in minutes at the instant `ms` (summer and winter differ), as
/// `Date.getTimezoneOffset()` gives it for that date.
pub fn tz_offset_at(ms: i64) -> i64 {
    js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset() as i64
}

/// Today's date as the user reads it on paper ("02/12/2026").
pub fn today_for_print() -> String {
    js_sys::Date::new_0()
        .to_locale_date_string("en-GB", &js_sys::Object::new().into())
        .into()
}

/// The local date and time now, as "YYYY-MM-DD" and "HH:MM".
pub fn local_now() -> (String, String) {
    let d = js_sys::Date::new_0();
    (
        format!(
            "{:04}-{:02}-{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date()
        ),
        format!("{:02}:{:02}", d.get_hours(), d.get_minutes()),
    )
}

/// A clock for overdue notices, ticking every 20 seconds.
pub fn use_clock() -> RwSignal<(String, String)> {
    let clock = RwSignal::new(local_now());
    if let Ok(handle) = set_interval_with_handle(
        move || clock.set(local_now()),
        std::time::Duration::from_secs(20),
    ) {
        on_cleanup(move || handle.clear());
    }
    clock
}

/// "HH:MM" local time of an instant.
pub fn local_time_of(ms: i64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}
