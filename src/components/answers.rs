//! The three short questions (role, nation, election), asked once on Home and changeable in
//! Settings. Nothing is pre-selected: an unanswered question gives neutral advice.

use leptos::prelude::*;

use crate::domain::profile::{Election, Nation, Role};
use crate::state::profile::ProfileState;

/// One labelled select whose options come from a list of (key, label) pairs, starting with
/// "Choose…" while unanswered.
#[component]
fn Choice(
    id: &'static str,
    label: &'static str,
    options: Signal<Vec<(&'static str, &'static str)>>,
    current: Signal<Option<&'static str>>,
    on_pick: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <select id=id data-testid=id on:change:target=move |ev| on_pick(ev.target().value())>
            <option value="" selected=move || current.get().is_none()>"Choose…"</option>
            {move || options.get().into_iter().map(|(key, text)| view! {
                <option value=key selected=move || current.get() == Some(key)>{text}</option>
            }).collect_view()}
        </select>
    }
}

/// Role, nation and election. Every change is saved at once. Only elections held in the chosen
/// nation are offered.
#[component]
pub fn AnswersForm() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let elections = Signal::derive(move || {
        let nation = profile.with(|p| p.nation);
        Election::ALL
            .iter()
            .filter(|e| nation.is_none_or(|n| e.held_in(n)))
            .map(|e| (e.key(), e.label()))
            .collect()
    });
    view! {
        <div class="answers">
            <Choice
                id="answer-role"
                label="Your role"
                options=Signal::derive(|| Role::ALL.iter().map(|r| (r.key(), r.label())).collect())
                current=Signal::derive(move || profile.with(|p| p.role.map(Role::key)))
                on_pick=move |key| profile.update(|p| p.role = Role::from_key(&key))
            />
            <Choice
                id="answer-nation"
                label="Where you are campaigning"
                options=Signal::derive(|| Nation::ALL.iter().map(|n| (n.key(), n.label())).collect())
                current=Signal::derive(move || profile.with(|p| p.nation.map(Nation::key)))
                on_pick=move |key| profile.update(|p| {
                    p.nation = Nation::from_key(&key);
                    if let (Some(e), Some(n)) = (p.election, p.nation) {
                        if !e.held_in(n) {
                            p.election = None;
                        }
                    }
                })
            />
            <Choice
                id="answer-election"
                label="The election"
                options=elections
                current=Signal::derive(move || profile.with(|p| p.election.map(Election::key)))
                on_pick=move |key| profile.update(|p| p.election = Election::from_key(&key))
            />
            <p class="hint" data-testid="police-scheme">{move || profile.with(|p| p.police_scheme().who())}</p>
        </div>
    }
}
