//! Home: what Stand Safe does and where to start.

use leptos::prelude::*;

use crate::components::nav::NavLink;
use crate::domain::route::Route;

/// The first page a user sees.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Stay safe while you campaign"</h1>
        <p class="lead">
            "Stand Safe walks you through the police advice for election candidates, agents, staff and volunteers, "
            "keeps your own safety checklist, and gives you a private diary for recording incidents."
        </p>
        <p>"Everything you enter stays on this device. There is no account and nothing is sent anywhere."</p>
        <ul class="card-list" data-testid="home-actions">
            <li class="card">
                <h2><NavLink route=Route::Guide>"Safety guide"</NavLink></h2>
                <p>"Step by step: your police contact, accounts, canvassing, meetings, post and more."</p>
            </li>
            <li class="card">
                <h2><NavLink route=Route::Checklist>"Your checklist"</NavLink></h2>
                <p>"A printable list with your own contacts and the emergency numbers."</p>
            </li>
            <li class="card">
                <h2><NavLink route=Route::Diary>"Incident diary"</NavLink></h2>
                <p>"Write down what happened, when it happened, while it is fresh."</p>
            </li>
        </ul>
    }
}
