//! Your contacts page (placeholder until its issue lands).

use leptos::prelude::*;

/// Your contacts.
#[component]
pub fn ProfilePage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Your contacts"</h1>
        <p class="placeholder" data-testid="placeholder">"Keeping your police contact and other contacts here is coming in the next update."</p>
    }
}
