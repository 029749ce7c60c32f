//! Campaign-day plans: plan a session, tell the police contact and the buddy with the phone's own
//! tools, check in when done; a past plan can start a diary entry.

use leptos::prelude::*;

use crate::domain::diary::new_id;
use crate::domain::plan::{mailto_link, sms_link, Plan, PlanState, SessionKind};
use crate::domain::route::Route;
use crate::state::clock::local_now;
use crate::state::clock::now_ms;
use crate::state::clock::use_clock;
use crate::state::drafts::start_new_entry;
use crate::state::notices::Notices;
use crate::state::plans::check_in;
use crate::state::plans::PlansState;
use crate::state::profile::ProfileState;
use crate::state::route::CurrentRoute;

/// Links and buttons that send a plan's message with the phone's own tools.
#[component]
fn SendPlan(plan: Plan) -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let message = profile.0.with_untracked(|p| plan.message(p));
    let (police, buddy) = profile
        .0
        .with_untracked(|p| (p.police.clone(), p.buddy.clone()));
    let copied = RwSignal::new(None::<&'static str>);
    let text = message.clone();
    let copy = move |_| {
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        let Some(clipboard) = clipboard else {
            return copied.set(Some(
                "Copying is not available here: select the text above instead.",
            ));
        };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(if ok {
                "Copied. Paste it into a message."
            } else {
                "Could not copy: select the text above instead."
            }));
        });
    };
    let share_text = message.clone();
    let can_share = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false));
    let share = move |_| {
        if let Some(w) = web_sys::window() {
            let data = web_sys::ShareData::new();
            data.set_text(&share_text);
            let _ = w.navigator().share_with_data(&data);
        }
    };
    let link = |label: String, href: String, testid: &'static str| view! { <a class="button button-quiet" href=href data-testid=testid>{label}</a> };
    let subject = format!("Campaign plan {} {}", plan.date, plan.start);
    view! {
        <div class="send-plan">
            <p class="plan-message keep-lines" data-testid="plan-message">{message.clone()}</p>
            <p class="button-row">
                {(!police.phone.is_empty()).then(|| link("Text police contact".into(), sms_link(&police.phone, &message), "sms-police"))}
                {(!police.email.is_empty()).then(|| link("Email police contact".into(), mailto_link(&police.email, &subject, &message), "mail-police"))}
                {(!buddy.phone.is_empty()).then(|| link("Text my buddy".into(), sms_link(&buddy.phone, &message), "sms-buddy"))}
                {(!buddy.email.is_empty()).then(|| link("Email my buddy".into(), mailto_link(&buddy.email, &subject, &message), "mail-buddy"))}
                {can_share.then(|| view! { <button type="button" class="button-quiet" on:click=share>"Share…"</button> })}
                <button type="button" class="button-quiet" data-testid="copy-plan" on:click=copy>"Copy message"</button>
            </p>
            <p role="status" data-testid="copy-status">{move || copied.get()}</p>
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
            <h3>{format!("{} · {} {}–{}", plan.kind.label(), plan.date, plan.start, plan.finish)}</h3>
            <p class="hint">{status} " · " {plan.area.clone()}</p>
            {plan.is_alone().then(|| view! { <p class="error-text">"Planned alone."</p> })}
            {matches!(state, PlanState::Upcoming | PlanState::Running).then(|| view! { <SendPlan plan=plan.clone()/> })}
            {matches!(state, PlanState::Running | PlanState::Overdue).then(|| view! {
                <button type="button" data-testid="plan-safe" on:click=move |_| check_in(plans, &id, notices)>"I'm done, safe"</button>
            })}
            {matches!(state, PlanState::Done | PlanState::Past).then(|| view! {
                <button type="button" class="button-quiet" data-testid="plan-to-diary" on:click=move |_| match start_new_entry(&p.diary_draft()) {
                    Ok(()) => route.go(Route::Diary),
                    Err(e) => notices.push_error(e),
                }>
                    "Something happened? Start a diary entry"
                </button>
            })}
            <button type="button" class="button-quiet" data-testid="plan-remove" on:click=move |_| if let Err(e) = plans.remove(&remove_id) { notices.push_error(e.message()) }>
                "Remove plan"
            </button>
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
    let clock = use_clock();
    let draft = RwSignal::new(Plan {
        date: local_now().0,
        ..Plan::default()
    });
    let problems = RwSignal::new(Vec::<(&'static str, &'static str)>::new());
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut plan = draft.get_untracked();
        let found = plan.problems();
        problems.set(found.iter().map(|p| (p.field, p.message)).collect());
        if !found.is_empty() {
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
        <p class="lead">"Police advise: never campaign alone, and tell your police contact and someone you trust where you will be and when you expect to finish. Plan it here, send it with your phone, and check in when you are done."</p>
        <p class="hint">"Nothing is sent by Stand Safe: the links open your own messages or email app. Add phone numbers in Your contacts."</p>
        <form class="card plan-form" data-testid="plan-form" on:submit=save novalidate>
            <h2>"Plan a session"</h2>
            {input!("plan-date", "Date", "date", date)}
            {input!("plan-start", "Start", "time", start)}
            {input!("plan-finish", "Expected finish", "time", finish)}
            {input!("plan-area", "Area, streets or venue", "text", area)}
            {input!("plan-meeting", "Meeting point", "text", meeting_point)}
            {input!("plan-with", "Who is with you", "text", with_whom)}
            <Show when=move || draft.with(Plan::is_alone)>
                <p class="callout" data-testid="alone-warning">"You have not added anyone. Police advice is never to campaign alone: go in pairs or a group. If you must go alone, make sure someone knows where you are and when you will finish, and agree a time to check in."</p>
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
        <ul class="card-list plan-list" data-testid="plan-list">
            {move || {
                let (today, now) = clock.get();
                plans.0.get().into_iter().map(|p| {
                    let state = p.state(&today, &now);
                    view! { <PlanCard plan=p state=state/> }
                }).collect_view()
            }}
        </ul>
    }
}
