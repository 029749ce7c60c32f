//! Home: where to start, the short questions on first use, and progress through the guide.

use leptos::prelude::*;

use crate::components::answers::AnswersForm;
use crate::components::checkin::CheckIn;
use crate::components::install::InstallOffer;
use crate::components::nav::NavLink;
use crate::components::progress::OverallProgress;
use crate::domain::profile::report_line;
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
            "Stand Safe walks election candidates, agents, staff and volunteers through safety advice from the police, the Local Government Association, "
            "the National Cyber Security Centre and the National Protective Security Authority. "
            "It keeps your own safety checklist, and gives you a private diary for recording incidents."
        </p>
        <CheckIn/>
        <section class="card report-line" aria-labelledby="report-heading">
            <h2 id="report-heading">"To report a crime"</h2>
            <p data-testid="report-line">{move || crate::components::linked_text::linked(&profile.with(report_line))}</p>
        </section>
        <p>"Everything you enter stays on this device. There is no account and nothing is sent anywhere."</p>
        <Show when=move || !profile.with(|p| p.answered)>
            <ShortStart/>
        </Show>
        <Show when=move || profile.with(|p| p.answered && !p.fully_answered())>
            <p class="callout" data-testid="answer-prompt">
                "Some advice is general because you have not said your role, where you are campaigning or your election. "
                <NavLink route=Route::Settings>"Answer the three questions in Settings"</NavLink>
                " so the advice fits you."
            </p>
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
                <p>"Tell someone where you will be and when you will finish, and let them know when you are safe."</p>
            </li>
            <li class="card">
                <h2><NavLink route=Route::Diary(crate::domain::route::DiaryView::List)>"Incident diary"</NavLink></h2>
                <p>"Write down what happened, when it happened, while it is fresh."</p>
            </li>
        </ul>
        <InstallOffer/>
    }
}
