//! The three short questions (role, election, nation), asked once on Home and changeable in Settings.

use leptos::prelude::*;

use crate::domain::profile::{Election, Nation, Role};
use crate::state::profile::ProfileState;

/// One labelled select whose options come from a list of (key, label) pairs.
#[component]
fn Choice(
    id: &'static str,
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    current: Signal<&'static str>,
    on_pick: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <select id=id data-testid=id on:change:target=move |ev| on_pick(ev.target().value())>
            {options.into_iter().map(|(key, text)| view! {
                <option value=key selected=move || current.get() == key>{text}</option>
            }).collect_view()}
        </select>
    }
}

/// Role, election and nation. Every change is saved at once.
#[component]
pub fn AnswersForm() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    view! {
        <div class="answers">
            <Choice
                id="answer-role"
                label="Your role"
                options=Role::ALL.iter().map(|r| (r.key(), r.label())).collect()
                current=Signal::derive(move || profile.0.with(|p| p.role.key()))
                on_pick=move |key| if let Some(role) = Role::from_key(&key) { profile.update(|p| p.role = role) }
            />
            <Choice
                id="answer-election"
                label="The election"
                options=Election::ALL.iter().map(|e| (e.key(), e.label())).collect()
                current=Signal::derive(move || profile.0.with(|p| p.election.key()))
                on_pick=move |key| if let Some(election) = Election::from_key(&key) { profile.update(|p| p.election = election) }
            />
            <Choice
                id="answer-nation"
                label="Where you are campaigning"
                options=Nation::ALL.iter().map(|n| (n.key(), n.label())).collect()
                current=Signal::derive(move || profile.0.with(|p| p.nation.key()))
                on_pick=move |key| if let Some(nation) = Nation::from_key(&key) { profile.update(|p| p.nation = nation) }
            />
            <p class="hint" data-testid="police-scheme">{move || profile.0.with(|p| p.police_scheme().who())}</p>
        </div>
    }
}
