//! Campaign-day plans: plan a session, tell the police contact and the buddy with the phone's own
//! tools, check in when done; a past plan can start a diary entry.

use leptos::prelude::*;

use crate::components::message_actions::{FinishedMessage, MessageActions};
use crate::content::{NO_ALARM, WORKING_ALONE_RULE};
use crate::domain::diary::new_id;
use crate::domain::plan::{Plan, PlanState, SessionKind};
use crate::domain::route::Route;
use crate::state::clock::local_now;
use crate::state::clock::local_time_of;
use crate::state::clock::now_ms;
use crate::state::clock::use_clock;
use crate::state::drafts::start_new_entry;
use crate::state::notices::Notices;
use crate::state::plans::check_in;
use crate::state::plans::PlansState;
use crate::state::profile::ProfileState;
use crate::state::route::CurrentRoute;

/// Focus the element with this id once it is drawn (it scrolls into view).
fn focus_by_id(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// The two messages for a plan: one for the police contact (where and when) and one for the
/// person who checks on the user (with what to do if they hear nothing).
#[component]
fn SendPlan(plan: Plan) -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let (police_message, buddy_message, police, buddy, name) = profile.with_untracked(|p| {
        (
            plan.police_message(p),
            plan.buddy_message(p),
            p.police.clone(),
            p.buddy.clone(),
            p.name.trim().to_string(),
        )
    });
    let who = if name.is_empty() {
        String::new()
    } else {
        format!(" – {name}")
    };
    let subject = format!(
        "Campaign plan{who} – {}, {}–{}",
        plan.day(),
        plan.start,
        plan.finish
    );
    let has_police = !police.phone.trim().is_empty() || !police.email.trim().is_empty();
    view! {
        <div class="send-plan">
            <h4>"For your safety contact, who is not with you"</h4>
            <MessageActions
                message=buddy_message
                sms=("Text my safety contact", buddy.phone.clone())
                email=("Email my safety contact", buddy.email.clone(), subject.clone())
                testid="buddy"
            />
            {has_police.then(|| view! {
                <h4>"For your police contact"</h4>
                <MessageActions
                    message=police_message
                    sms=("Text police contact", police.phone.clone())
                    email=("Email police contact", police.email.clone(), subject.clone())
                    testid="police"
                />
            })}
        </div>
    }
}

/// One plan in the list.
#[component]
fn PlanCard(plan: Plan, state: PlanState) -> impl IntoView {
    let plans = expect_context::<PlansState>();
    let notices = expect_context::<Notices>();
    let route = expect_context::<CurrentRoute>();
    let id = plan.id.clone();
    let remove_id = plan.id.clone();
    let confirm_remove = RwSignal::new(false);
    let question_label = format!("remove-{}", plan.id);
    let p = plan.clone();
    let status = match state {
        PlanState::Upcoming => "Upcoming",
        PlanState::Running => "Happening now",
        PlanState::Overdue => "Not checked in yet",
        PlanState::Done => "Done, checked in safe",
        PlanState::Past => "Past",
    };
    view! {
        <li class="card plan" data-testid="plan-card">
            <h3>{format!("{} · {} {}–{}", plan.kind.label(), plan.day(), plan.start, plan.finish)}</h3>
            <p class="hint">{status} " · " {plan.area.clone()}</p>
            {plan.is_alone().then(|| view! { <p class="error-text">"Planned on your own."</p> })}
            {(state == PlanState::Done).then(|| {
                let at = plan.safe_ms.map(local_time_of).unwrap_or_default();
                view! { <FinishedMessage plan=plan.clone() at=at/> }
            })}
            {matches!(state, PlanState::Upcoming | PlanState::Running).then(|| view! { <SendPlan plan=plan.clone()/> })}
            {matches!(state, PlanState::Running | PlanState::Overdue).then(|| view! {
                <button type="button" data-testid="plan-safe" on:click=move |_| check_in(plans, &id, notices)>"I'm done, safe"</button>
            })}
            {matches!(state, PlanState::Done | PlanState::Past).then(|| view! {
                <button type="button" class="button-quiet" data-testid="plan-to-diary" on:click=move |_| match start_new_entry(&p.diary_draft()) {
                    Ok(()) => route.go(Route::Diary(crate::domain::route::DiaryView::New)),
                    Err(e) => notices.push_error(e),
                }>
                    "Something happened? Start a diary entry"
                </button>
            })}
            // Asked in the page, never with a browser dialog: removing cannot be undone.
            {move || if confirm_remove.get() {
                let remove_id = remove_id.clone();
                view! {
                    <div class="callout" role="group" aria-labelledby=question_label.clone() data-testid="plan-remove-question">
                        <p id=question_label.clone() tabindex="-1">"Remove this plan? It cannot be brought back."</p>
                        <p class="button-row">
                            <button type="button" data-testid="plan-remove-confirm" on:click=move |_| if let Err(e) = plans.remove(&remove_id) { notices.push_error(e.message()) }>"Yes, remove it"</button>
                            <button type="button" class="button-quiet" data-testid="plan-remove-keep" on:click=move |_| confirm_remove.set(false)>"Keep it"</button>
                        </p>
                    </div>
                }.into_any()
            } else {
                let question_id = question_label.clone();
                view! {
                    <button type="button" class="button-quiet" data-testid="plan-remove" on:click=move |_| {
                        confirm_remove.set(true);
                        focus_by_id(&question_id);
                    }>
                        "Remove plan"
                    </button>
                }.into_any()
            }}
        </li>
    }
}

/// A labelled input bound to one text field of the plan being written.
fn plan_input(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    draft: RwSignal<Plan>,
    get: fn(&Plan) -> &String,
    set: fn(&mut Plan) -> &mut String,
    problems: RwSignal<Vec<(&'static str, &'static str)>>,
) -> impl IntoView {
    let problem = move || problems.with(|p| p.iter().find(|(f, _)| *f == id).map(|(_, m)| *m));
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id data-testid=id type=kind prop:value=move || draft.with(|d| get(d).clone())
                aria-invalid=move || problem().map(|_| "true")
                aria-describedby={let e = error_id.clone(); move || problem().map(|_| e.clone())}
                on:input:target=move |ev| { let v = ev.target().value(); draft.update(|d| *set(d) = v) }/>
            {move || problem().map(|m| view! { <p class="error-text" id=error_id.clone()>{m}</p> })}
        </div>
    }
}

/// The plans page.
#[component]
pub fn PlansPage() -> impl IntoView {
    let plans = expect_context::<PlansState>();
    let notices = expect_context::<Notices>();
    let profile = expect_context::<ProfileState>();
    let clock = use_clock();
    let draft = RwSignal::new(Plan {
        date: local_now().0,
        ..Plan::default()
    });
    let problems = RwSignal::new(Vec::<(&'static str, &'static str)>::new());
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // A message from an earlier save never stands beside this one's problems.
        saved.set(false);
        let mut plan = draft.get_untracked();
        let found = plan.problems();
        problems.set(found.iter().map(|p| (p.field, p.message)).collect());
        if !found.is_empty() {
            // Where the user is looking: the summary at the top of the form.
            focus_by_id("plan-errors");
            return;
        }
        let now = now_ms();
        plan.id = new_id(now, (js_sys::Math::random() * f64::from(u32::MAX)) as u32);
        plan.created_ms = now;
        match plans.save(plan) {
            Ok(()) => {
                saved.set(true);
                draft.set(Plan {
                    date: local_now().0,
                    ..Plan::default()
                });
            }
            Err(err) => notices.push_error(err.message()),
        }
    };
    macro_rules! input {
        ($id:literal, $label:literal, $kind:literal, $field:ident) => {{
            fn get(p: &Plan) -> &String {
                &p.$field
            }
            fn set(p: &mut Plan) -> &mut String {
                &mut p.$field
            }
            plan_input($id, $label, $kind, draft, get, set, problems)
        }};
    }
    view! {
        <h1 tabindex="-1">"Campaign-day plans"</h1>
        <p class="lead">{WORKING_ALONE_RULE} " Plan it here, send it to someone who is not going with you, and tell them when you are safe."</p>
        <p class="callout" data-testid="no-alarm">{NO_ALARM} " Agree with someone who is not going with you what they will do if you do not check in."</p>
        <p class="hint">"Nothing is sent by Stand Safe: the links open your own messages or email app. Add phone numbers in " <crate::components::nav::NavLink route=crate::domain::route::Route::Profile>"Your contacts"</crate::components::nav::NavLink> "."</p>
        <form class="card plan-form" data-testid="plan-form" on:submit=save on:input=move |_| saved.set(false) novalidate>
            <h2>"Plan a session"</h2>
            {move || {
                let found = problems.get();
                (!found.is_empty()).then(|| view! {
                    <div class="error-summary" id="plan-errors" tabindex="-1" data-testid="plan-errors" aria-labelledby="plan-errors-heading">
                        <h3 id="plan-errors-heading">"This plan is not saved yet"</h3>
                        <p>"Check these, then press Save plan again:"</p>
                        <ul>
                            {found.into_iter().map(|(field, message)| view! {
                                <li><a href=format!("#{field}") on:click=move |ev| { ev.prevent_default(); focus_by_id(field) }>{message}</a></li>
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            {input!("plan-date", "Date", "date", date)}
            {input!("plan-start", "Start", "time", start)}
            {input!("plan-finish", "Expected finish", "time", finish)}
            {input!("plan-area", "Area, streets or venue", "text", area)}
            {input!("plan-meeting", "Meeting point", "text", meeting_point)}
            {input!("plan-with", "Who is with you", "text", with_whom)}
            <div role="status">{move || {
                let contact = profile.with(|p| p.buddy.name.trim().to_string());
                draft.with(|d| d.safety_contact_is_with_you(&contact)).then(|| view! {
                    <p class="callout" id="plan-with-warning" data-testid="safety-contact-with-you">
                        {format!("{contact} is your safety contact. A safety contact should be someone who is not with you, who knows where you are and will act if you do not check in. Choose someone else in ")}
                        <crate::components::nav::NavLink route=crate::domain::route::Route::Profile>"Your contacts"</crate::components::nav::NavLink>
                        ", or go with someone else."
                    </p>
                })
            }}</div>
            <Show when=move || draft.with(Plan::is_alone)>
                <p class="callout" data-testid="alone-warning">"You have not added anyone. " {WORKING_ALONE_RULE}</p>
            </Show>
            <label for="plan-kind">"Type of session"</label>
            <select id="plan-kind" data-testid="plan-kind" on:change:target=move |ev| {
                if let Some(k) = SessionKind::from_key(&ev.target().value()) { draft.update(|d| d.kind = k) }
            }>
                {SessionKind::ALL.iter().map(|k| view! { <option value=k.key() selected=move || draft.with(|d| d.kind == *k)>{k.label()}</option> }).collect_view()}
            </select>
            {input!("plan-notes", "Notes", "text", notes)}
            <p><button type="submit" data-testid="plan-save">"Save plan"</button></p>
            <p role="status">{move || saved.get().then_some("Plan saved. Send it below.")}</p>
        </form>
        <h2>"Your plans"</h2>
        {move || plans.with(Vec::is_empty).then(|| view! { <p data-testid="no-plans">"No plans yet. A plan you save appears here, ready to send."</p> })}
        <ul class="card-list plan-list" data-testid="plan-list">
            {move || {
                let (today, now) = clock.get();
                plans.with(Clone::clone).into_iter().map(|p| {
                    let state = p.state(&today, &now);
                    view! { <PlanCard plan=p state=state/> }
                }).collect_view()
            }}
        </ul>
    }
}
