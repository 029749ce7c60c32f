//! Home: where to start, the short questions on first use, and progress through the guide.

use leptos::prelude::*;

use crate::components::answers::AnswersForm;
use crate::components::checkin::CheckIn;
use crate::components::nav::NavLink;
use crate::components::progress::OverallProgress;
use crate::domain::route::Route;
use crate::state::profile::ProfileState;

/// The short start: three questions, asked once, skippable.
#[component]
fn ShortStart() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    view! {
        <section class="card start" aria-labelledby="start-heading" data-testid="short-start">
            <h2 id="start-heading">"Three quick questions"</h2>
            <p>"So the advice fits you. You can change these at any time in Settings."</p>
            <AnswersForm/>
            <p class="button-row">
                <button type="button" data-testid="start-done" on:click=move |_| profile.update(|p| p.answered = true)>"Done"</button>
                " "
                <button type="button" class="button-quiet" data-testid="start-skip" on:click=move |_| profile.update(|p| p.answered = true)>"Skip for now"</button>
            </p>
        </section>
    }
}

/// The first page a user sees.
#[component]
pub fn HomePage() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    view! {
        <h1 tabindex="-1">"Stay safe while you campaign"</h1>
        <p class="lead">
            "Stand Safe walks you through the police advice for election candidates, agents, staff and volunteers, "
            "keeps your own safety checklist, and gives you a private diary for recording incidents."
        </p>
        <CheckIn/>
        <p>"Everything you enter stays on this device. There is no account and nothing is sent anywhere."</p>
        <Show when=move || !profile.0.with(|p| p.answered)>
            <ShortStart/>
        </Show>
        <OverallProgress/>
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
                <h2><NavLink route=Route::Plans>"Campaign-day plans"</NavLink></h2>
                <p>"Tell your police contact and your buddy where you will be, and check in when you are done."</p>
            </li>
            <li class="card">
                <h2><NavLink route=Route::Diary>"Incident diary"</NavLink></h2>
                <p>"Write down what happened, when it happened, while it is fresh."</p>
            </li>
        </ul>
    }
}
