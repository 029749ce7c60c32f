//! Progress through the guide: overall, per module, and where to carry on.

use leptos::prelude::*;

use crate::components::nav::NavLink;
use crate::content::guidance::MODULES;
use crate::content::Module;
use crate::domain::route::Route;
use crate::state::profile::ProfileState;
use crate::state::progress::ProgressState;

/// "3 of 5 done" for one module, as text and a progress bar.
#[component]
pub fn ModuleProgress(module: &'static Module) -> impl IntoView {
    let progress = expect_context::<ProgressState>();
    let profile = expect_context::<ProfileState>();
    let counts = move || {
        let role = profile.with(|p| p.role);
        progress.with(|p| p.module_progress(module, role))
    };
    view! {
        <p class="progress-line" data-testid=format!("progress-{}", module.id)>
            <progress max=move || counts().1 value=move || counts().0 aria-hidden="true"></progress>
            " " {move || { let (done, total) = counts(); format!("{done} of {total} done") }}
            " · about " {module.minutes} " min"
        </p>
    }
}

/// Overall progress and a link to the next step not yet done.
#[component]
pub fn OverallProgress() -> impl IntoView {
    let progress = expect_context::<ProgressState>();
    let profile = expect_context::<ProfileState>();
    let role = move || profile.with(|p| p.role);
    let overall = move || progress.with(|p| p.overall(MODULES, role()));
    let next = move || progress.with(|p| p.continue_from(MODULES, role()));
    let started = move || !progress.with(|p| p.not_started(MODULES, role()));
    view! {
        <section class="card" aria-labelledby="progress-heading">
            <h2 id="progress-heading">"Your progress"</h2>
            <p data-testid="overall-progress">
                <progress max=move || overall().1 value=move || overall().0 aria-hidden="true"></progress>
                " " {move || { let (done, total) = overall(); format!("{done} of {total} steps done") }}
            </p>
            {move || match next() {
                // Straight to the step itself: the first one not done, in the guide's order.
                Some((module, step)) => view! {
                    <p class="continue">
                        <NavLink route=Route::GuideModule(module.id.to_string()) anchor=Some(step.id) class="button" testid="continue-guide">
                            {if started() { "Continue where you left off" } else { "Start the guide" }}
                        </NavLink>
                        <span class="hint" data-testid="continue-next">"Next: " {step.title} " (" {module.title} ")"</span>
                    </p>
                }.into_any(),
                None => view! { <p>"You have worked through every step. Look again before each campaign day."</p> }.into_any(),
            }}
        </section>
    }
}
