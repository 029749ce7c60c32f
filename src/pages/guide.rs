//! The safety guide: the list of modules, and one module's steps.

use leptos::prelude::*;

use crate::components::nav::NavLink;
use crate::components::progress::{ModuleProgress, OverallProgress};
use crate::components::step_card::StepCard;
use crate::content::guidance::MODULES;
use crate::domain::guide_links::POLICE_SECTION;
use crate::domain::route::Route;
use crate::state::profile::ProfileState;
use crate::state::route::GuideSpot;

/// All modules of the guide, with progress.
#[component]
pub fn GuidePage() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    view! {
        <h1 tabindex="-1">"Safety guide"</h1>
        <p class="lead">{crate::content::ATTRIBUTION} ", for candidates and their teams, one topic at a time. Tick each step when you have done it; your progress stays on this device."</p>
        <OverallProgress/>
        <ol class="card-list module-list">
            {move || crate::content::modules_for(profile.with(|p| p.role)).map(|m| view! {
                <li class="card">
                    <h2><NavLink route=Route::GuideModule(m.id.to_string())>{m.title}</NavLink></h2>
                    <p>{m.covers}</p>
                    <ModuleProgress module=m/>
                </li>
            }).collect_view()}
        </ol>
    }
}

/// One module of the guide: what it covers, its steps, and the way on.
#[component]
pub fn ModulePage(id: String) -> impl IntoView {
    let Some(index) = MODULES.iter().position(|m| m.id == id) else {
        return view! { <crate::pages::not_found::NotFoundPage path=Route::GuideModule(id).path()/> }.into_any();
    };
    let module = &MODULES[index];
    let profile = expect_context::<ProfileState>();
    let next = MODULES.get(index + 1);
    let is_police = module.is_police_contact();
    view! {
        <p class="breadcrumb"><NavLink route=Route::Guide>"Safety guide"</NavLink> " › " {format!("Part {} of {}", index + 1, MODULES.len())}</p>
        <h1 tabindex="-1">{module.title}</h1>
        <p class="lead">{module.covers}</p>
        <ModuleProgress module=module/>
        {is_police.then(|| view! {
            <p class="callout" data-testid="police-scheme">{move || profile.with(|p| p.police_scheme().who())}</p>
            <p class="callout" data-testid="report-line">{move || crate::components::linked_text::linked(&profile.with(crate::domain::profile::report_line))}</p>
            <p><NavLink route=Route::Profile anchor=Some(POLICE_SECTION) from=GuideSpot { module: module.id, step: None }>"Save your police contact's details"</NavLink></p>
        })}
        {move || module.steps_for(profile.with(|p| p.role)).enumerate().map(|(i, s)| view! { <StepCard module=module step=s number=i + 1/> }).collect_view()}
        <nav class="module-nav" aria-label="Guide">
            {match next {
                Some(n) => view! { <NavLink route=Route::GuideModule(n.id.to_string()) class="button">"Next: " {n.title}</NavLink> }.into_any(),
                None => view! { <NavLink route=Route::Checklist class="button">"See your checklist"</NavLink> }.into_any(),
            }}
            " "
            <NavLink route=Route::Guide>"All topics"</NavLink>
        </nav>
    }
    .into_any()
}
