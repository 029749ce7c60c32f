//! Settings page (placeholder until its issue lands).

use leptos::prelude::*;

/// Settings.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Settings"</h1>
        <p class="placeholder" data-testid="placeholder">"Settings for your answers, backups and storage are coming in the next update."</p>
    }
}
