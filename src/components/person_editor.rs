//! Rename a person in the diary, or say they are the same person as someone else: a merge the
//! user asks for and confirms with both descriptions in view. Nothing is merged by itself, and
//! nothing the user wrote in an entry changes.

use leptos::prelude::*;

use crate::state::clock::now_ms;
use crate::state::diary::DiaryState;
use crate::state::notices::Notices;

/// The rename and merge panel for one person, shown above the People view.
#[component]
pub fn PersonEditor(id: String, on_close: Callback<()>) -> impl IntoView {
    let state = expect_context::<DiaryState>();
    let notices = expect_context::<Notices>();
    let (name, label) = state.with_untracked(|d| {
        d.person(&id)
            .map(|p| (p.name_or_handle.clone(), d.person_label(p)))
            .unwrap_or_default()
    });
    let others: Vec<(String, String)> = state.with_untracked(|d| {
        d.current_people()
            .filter(|p| p.id != id)
            .map(|p| (p.id.clone(), d.person_label(p)))
            .collect()
    });
    let new_name = RwSignal::new(name);
    let other = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);
    let renamed = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H3>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let rename_id = id.clone();
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked();
        match state.change_people(|d| {
            d.rename_person(&rename_id, &name, now_ms());
        }) {
            Ok(()) => renamed.set(true),
            Err(e) => notices.push_error(e.message()),
        }
    };
    let merge_id = id.clone();
    let merge = move |_| {
        let chosen = other.get_untracked();
        match state.change_people(|d| {
            d.merge_people(&merge_id, &chosen, now_ms());
        }) {
            Ok(()) => on_close.run(()),
            Err(e) => notices.push_error(e.message()),
        }
    };
    let other_label = {
        let others = others.clone();
        move || {
            other.with(|o| {
                others
                    .iter()
                    .find(|(id, _)| id == o)
                    .map(|(_, l)| l.clone())
                    .unwrap_or_default()
            })
        }
    };
    let this_label = label.clone();
    view! {
        <section class="card person-editor no-print" data-testid="person-editor" aria-labelledby="person-editor-heading">
            <h3 id="person-editor-heading" tabindex="-1" node_ref=heading>{format!("Rename or merge: {label}")}</h3>
            <form on:submit=rename>
                <div class="field">
                    <label for="person-name">"Name or handle"</label>
                    <input id="person-name" data-testid="person-name" type="text" prop:value=move || new_name.get()
                        on:input:target=move |ev| { renamed.set(false); new_name.set(ev.target().value()) }/>
                </div>
                <p><button type="submit" data-testid="person-rename">"Save the new name"</button></p>
                <p role="status">{move || renamed.get().then_some("Name saved. The old name is kept in this person's history.")}</p>
            </form>
            {(!others.is_empty()).then(|| view! {
                <div class="field">
                    <label for="person-merge">"Same person as"</label>
                    <select id="person-merge" data-testid="person-merge" on:change:target=move |ev| { confirming.set(false); other.set(ev.target().value()) }>
                        <option value="">"Choose someone…"</option>
                        {others.iter().map(|(id, l)| view! { <option value=id.clone()>{l.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <p><button type="button" class="button-quiet" data-testid="person-merge-start" on:click=move |_| confirming.set(!other.get_untracked().is_empty())>"Merge…"</button></p>
                <Show when=move || confirming.get()>
                    <div class="callout" data-testid="merge-confirm">
                        <p><strong>"Are these the same person?"</strong></p>
                        <ul>
                            <li>{this_label.clone()}</li>
                            <li>{other_label.clone()}</li>
                        </ul>
                        <p>"Their entries will be shown together, as one person. What you wrote in each entry stays exactly as it is, and this merge is kept in the person's history."</p>
                        <p class="button-row">
                            <button type="button" data-testid="merge-yes" on:click=merge.clone()>"Yes, the same person"</button>
                            <button type="button" class="button-quiet" data-testid="merge-no" on:click=move |_| confirming.set(false)>"No, keep them apart"</button>
                        </p>
                    </div>
                </Show>
            })}
            <p><button type="button" class="button-quiet" data-testid="person-editor-close" on:click=move |_| on_close.run(())>"Close"</button></p>
        </section>
    }
}
