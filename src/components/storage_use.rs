//! How much room Stand Safe uses on this device and how much the browser allows it
//! (`navigator.storage.estimate`), with the attached files counted in.

use leptos::prelude::*;

use crate::domain::attachment::size_label;
use crate::store::files;

/// "Stand Safe uses 12.4 MB of the 2,048.0 MB this browser allows it on this device."
fn sentence(usage: f64, quota: f64) -> String {
    let mb = |b: f64| size_label(b.clamp(0.0, f64::from(u32::MAX)) as u32);
    let percent = if quota > 0.0 {
        usage / quota * 100.0
    } else {
        0.0
    };
    format!(
        "Stand Safe uses {} of the {} this browser allows it on this device ({percent:.0}%).",
        mb(usage),
        if quota >= f64::from(u32::MAX) {
            "more than 4 GB".to_string()
        } else {
            mb(quota)
        }
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
