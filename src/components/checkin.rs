//! On Home while a planned session is running: its finish time, "I'm done, safe" (which then
//! offers the ready-written "finished safely" message for the buddy), and past the finish time
//! an overdue notice with one tap to message the buddy. Stand Safe raises no alarm itself.

use leptos::prelude::*;

use crate::components::message_actions::FinishedMessage;
use crate::content::inline::dial_digits;
use crate::content::NO_ALARM;
use crate::domain::plan::{sms_link, Plan, PlanState};
use crate::domain::profile::{classify_phone, PhoneKind};
use crate::state::clock::{local_now, use_clock};
use crate::state::notices::Notices;
use crate::state::plans::{check_in, PlansState};
use crate::state::profile::ProfileState;

/// The running or overdue session, if there is one.
#[component]
pub fn CheckIn() -> impl IntoView {
    let plans = expect_context::<PlansState>();
    let profile = expect_context::<ProfileState>();
    let notices = expect_context::<Notices>();
    let clock = use_clock();
    // The plan just checked in, with the time, so the buddy can be told.
    let just_done = RwSignal::new(None::<(Plan, String)>);
    let current = move || {
        let (today, now) = clock.get();
        plans.with(|l| {
            l.iter()
                .map(|p| (p.clone(), p.state(&today, &now)))
                .find(|(_, s)| matches!(s, PlanState::Running | PlanState::Overdue))
        })
    };
    let running = move || {
        current().map(|(plan, state)| {
            let id = plan.id.clone();
            let done_plan = plan.clone();
            let overdue = state == PlanState::Overdue;
            // A text when the number can take one; a call for a landline.
            let buddy_link = profile.with(|p| match classify_phone(&p.buddy.phone) {
                PhoneKind::Empty => None,
                kind if kind.can_text() => Some((sms_link(&p.buddy.phone, &plan.overdue_message(p)), "Message my safety contact")),
                _ => Some((format!("tel:{}", dial_digits(&p.buddy.phone)), "Call my safety contact")),
            });
            view! {
                <section class=if overdue { "card checkin overdue" } else { "card checkin" } data-testid="checkin" aria-labelledby="checkin-heading">
                    <h2 id="checkin-heading">{if overdue { "You have not checked in" } else { "Session under way" }}</h2>
                    <p data-testid="checkin-finish">{format!("{} at {} · planned to finish at {}", plan.kind.label(), plan.area, plan.finish)}</p>
                    {overdue.then(|| view! { <p data-testid="overdue-notice">"Your planned finish time has passed. If you are safe, check in and tell your safety contact. If you need help now, call "<a href="tel:999">"999"</a>"."</p> })}
                    <p class="hint">{NO_ALARM}</p>
                    <p class="button-row">
                        <button type="button" data-testid="checkin-safe" on:click=move |_| {
                            check_in(plans, &id, notices);
                            just_done.set(Some((done_plan.clone(), local_now().1)));
                        }>"I'm done, safe"</button>
                        {buddy_link.map(|(href, label)| view! { <a class="button button-quiet" href=href data-testid="message-buddy">{label}</a> })}
                    </p>
                </section>
            }
        })
    };
    let finished = move || {
        just_done.get().map(|(plan, at)| {
            view! {
                <section class="card checkin" data-testid="checked-in" aria-labelledby="checked-in-heading">
                    <h2 id="checked-in-heading">{format!("Checked in at {at}")}</h2>
                    <FinishedMessage plan=plan at=at/>
                </section>
            }
        })
    };
    view! { {running} {finished} }
}
