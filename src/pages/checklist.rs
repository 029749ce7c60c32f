//! Safety checklist page (placeholder until its issue lands).

use leptos::prelude::*;

/// Safety checklist.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Safety checklist"</h1>
        <p class="placeholder" data-testid="placeholder">"Your printable safety checklist, with your own contacts, is coming in the next update."</p>
    }
}
