//! How much room Stand Safe uses on this device and how much the browser allows it
//! (`navigator.storage.estimate`), with the attached files counted in.

use leptos::prelude::*;

use crate::domain::attachment::size_label;
use crate::store::files;

/// "1.1 MB", "10.0 GB". Whole-number arithmetic only: formatting floats would add several KB of
/// code to the app.
fn amount(bytes: u64) -> String {
    const GB: u64 = 1024 * 1024 * 1024;
    if bytes >= GB {
        let tenths = bytes * 10 / GB;
        format!("{}.{} GB", tenths / 10, tenths % 10)
    } else {
        size_label(bytes as u32)
    }
}

/// "Stand Safe uses 12.4 MB of the 10.0 GB this browser allows it on this device (less than 1%)."
fn sentence(usage: f64, quota: f64) -> String {
    let (usage, quota) = (usage.max(0.0) as u64, quota.max(0.0) as u64);
    let share = match (usage * 100).checked_div(quota).unwrap_or(0) {
        0 => "less than 1%".to_string(),
        p => format!("{p}%"),
    };
    format!(
        "Stand Safe uses {} of the {} this browser allows it on this device ({share}).",
        amount(usage),
        amount(quota)
    )
}

/// The storage estimate, read when shown.
#[component]
pub fn StorageUse() -> impl IntoView {
    let estimate = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move {
        let text = match files::estimate().await {
            Some((usage, quota)) => sentence(usage, quota),
            None => "This browser does not say how much room Stand Safe may use.".into(),
        };
        estimate.try_set(Some(text));
    });
    view! { <p data-testid="storage-estimate">{move || estimate.get()}</p> }
}
