//! Incident diary page (placeholder until its issue lands).

use leptos::prelude::*;

/// Incident diary.
#[component]
pub fn DiaryPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Incident diary"</h1>
        <p class="placeholder" data-testid="placeholder">"The private incident diary is coming in the next update. Until then, write incidents down on paper with the date, time, place and exact words."</p>
    }
}
