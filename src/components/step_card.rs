//! One step of the guide: why it matters, what to do, per-platform help, a tick box and its source.

use leptos::prelude::*;

use crate::components::nav::NavLink;
use crate::content::inline::{segments, Segment};
use crate::content::{Module, Step};
use crate::domain::guide_links;
use crate::state::clock::now_ms;
use crate::state::profile::ProfileState;
use crate::state::progress::ProgressState;
use crate::state::route::GuideSpot;

/// Replace the tokens guidance text may hold with words that fit the user's answers.
pub fn personalise(text: &'static str, profile: ProfileState) -> String {
    if text.contains("{police_contact}") {
        let name = profile.with(|p| p.police_scheme().short_name());
        text.replace("{police_contact}", name)
    } else {
        text.to_string()
    }
}

/// A sentence of the guide with its links: numbers and addresses marked in the content
/// (`content::inline`), and the app's own tools it names (`domain::guide_links`): Your contacts
/// at its police section when `about_police`, each remembering `from`, the step it is in.
fn linked(marked: &str, about_police: bool, from: GuideSpot) -> impl IntoView {
    segments(marked)
        .into_iter()
        .map(|segment| match segment {
            Segment::Link { text, href } => {
                view! { <a href=href.to_string()>{text.to_string()}</a> }.into_any()
            }
            Segment::Text(text) => guide_links::pieces(text, about_police)
                .into_iter()
                .map(|piece| match piece.to {
                    Some(to) => {
                        view! { <NavLink route=to anchor=piece.anchor from=from>{piece.text}</NavLink> }
                            .into_any()
                    }
                    None => piece.text.into_any(),
                })
                .collect_view()
                .into_any(),
        })
        .collect_view()
}

/// A tick box for one step, kept on the device.
/// `label` replaces "I have done this" where the step title itself should name the box.
#[component]
pub fn StepTick(step: &'static Step, #[prop(optional)] label: Option<String>) -> impl IntoView {
    let progress = expect_context::<ProgressState>();
    let id = format!("tick-{}", step.id);
    let for_id = id.clone();
    view! {
        <label class="tick" for=for_id>
            <input
                type="checkbox"
                id=id
                data-testid=format!("tick-{}", step.id)
                prop:checked=move || progress.with(|p| p.is_done(step.id))
                on:change:target=move |ev| {
                    let checked = ev.target().checked();
                    let now = now_ms();
                    progress.update(|p| {
                        if checked { p.tick(step.id, now) } else { p.untick(step.id) }
                        p.set_last(step.id);
                    });
                }
            />
            " " {label.unwrap_or_else(|| "I have done this".to_string())}
        </label>
    }
}

/// The whole step of `module`, as an article with its own heading.
#[component]
pub fn StepCard(module: &'static Module, step: &'static Step, number: usize) -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let police = module.is_police_contact();
    let from = GuideSpot {
        module: module.id,
        step: Some(step.id),
    };
    let linked = move |text: &str| linked(text, police, from);
    view! {
        <article class="step card" id=step.id data-testid=format!("step-{}", step.id)>
            <h2><span class="step-number">{format!("{number}. ")}</span>{linked(&personalise(step.title, profile))}</h2>
            <p>{linked(&personalise(step.why, profile))}</p>
            <h3 class="visually-hidden">"What to do"</h3>
            <ul class="actions">
                {step.actions.iter().map(|a| view! { <li>{linked(&personalise(a, profile))}</li> }).collect_view()}
            </ul>
            {(!step.platforms.is_empty()).then(|| view! {
                <div class="platforms">
                    {step.platforms.iter().map(|p| view! {
                        <details>
                            <summary>{p.platform}</summary>
                            <p>{linked(p.how)}</p>
                        </details>
                    }).collect_view()}
                </div>
            })}
            {if step.tickable {
                view! { <StepTick step=step/> }.into_any()
            } else {
                view! { <p class="advice-note" data-testid="advice-note"><span class="advice-mark" aria-hidden="true">"i"</span>" Advice to know: nothing to tick."</p> }.into_any()
            }}
            <p class="source" data-testid="step-source">{move || profile.with(|p| step.source.line(p.nation, step.reviewed))}</p>
        </article>
    }
}
