//! The "In danger now? Call 999" line, always one look away.

use leptos::prelude::*;

/// A strip under the header on every page, with a tap-to-call link.
#[component]
pub fn EmergencyLine() -> impl IntoView {
    view! {
        <p class="emergency" data-testid="emergency-line">
            <strong>"In danger now? "</strong>
            <a href="tel:999">"Call 999"</a>
            <span class="emergency-more">" · Not urgent: 101"</span>
        </p>
    }
}
