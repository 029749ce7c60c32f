//! The "In danger now? Call 999" line and "Leave quickly", always one look away.

use leptos::prelude::*;

use crate::components::leave_quickly::LeaveQuickly;

/// A strip under the header on every page, with a tap-to-call link and "Leave quickly". It stays
/// at the top of the screen while the page scrolls, so both are in reach mid-entry on a phone.
#[component]
pub fn EmergencyLine() -> impl IntoView {
    view! {
        <div class="safety-bar">
            <p class="emergency" data-testid="emergency-line">
                <strong>"In danger now? "</strong>
                <a href="tel:999">"Call 999"</a>
                <span class="emergency-more">" · Not urgent: "<a href="tel:101">"101"</a></span>
            </p>
            <LeaveQuickly/>
        </div>
    }
}
