//! Labelled text fields for the profile page, with gentle checks that keep what was typed.

use leptos::prelude::*;

/// One labelled input bound to a piece of the profile. `problem` is shown beside it when set.
#[component]
pub fn TextField(
    id: String,
    label: &'static str,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    value: Signal<String>,
    on_change: impl Fn(String) + 'static,
    #[prop(optional, into)] problem: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let has_problem = move || problem.map(|p| p.get().is_some()).unwrap_or(false);
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                name=id.clone()
                data-testid=id
                type=kind.unwrap_or("text")
                autocomplete=autocomplete.unwrap_or("off")
                prop:value=move || value.get()
                aria-invalid=move || has_problem().then_some("true")
                aria-describedby={let e = error_id.clone(); move || has_problem().then(|| e.clone())}
                on:change:target=move |ev| on_change(ev.target().value())
            />
            {move || problem.and_then(|p| p.get()).map(|msg| view! {
                <p class="error-text" id=error_id.clone()>{msg}</p>
            })}
        </div>
    }
}
