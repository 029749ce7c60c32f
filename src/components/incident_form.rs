//! The form for writing or editing a diary entry. The form itself is a document tree from
//! `markup::diary_form`, read back with FormData on every change, so the words on screen are
//! always what gets saved; they are kept as a draft while typed and stay if saving fails.

use leptos::prelude::*;

use crate::components::attach_files::{attach_list, AttachFiles};
use crate::components::doc_view::DocView;
use crate::domain::attachment::Attachment;
use crate::domain::diary::{Draft, IncidentFields, Report};
use crate::markup::attachment_views::Thumbs;
use crate::markup::diary_form;
use crate::markup::doc::DocAction;
use crate::state::clock::now_ms;
use crate::state::drafts::keep_draft;
use crate::state::unsaved::UnsavedText;

/// The values now in the form.
fn read_form(
    form: &web_sys::HtmlFormElement,
    report_count: usize,
) -> Option<(IncidentFields, String)> {
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let get = |name: &str| data.get(name).as_string();
    let get_all = |name: &str| {
        data.get_all(name)
            .iter()
            .filter_map(|v| v.as_string())
            .collect()
    };
    Some(diary_form::read(get, get_all, report_count))
}

/// A typed "new person" line that may be someone already in the diary, with the (id, label) of
/// each person it may be.
type Question = (String, Vec<(String, String)>);

/// The new people typed, one line each, with the id of the person the user said each is.
pub type TypedPeople = Vec<(String, Option<String>)>;

/// The entry form, one for new entries and edits.
#[component]
pub fn IncidentForm(
    initial: IncidentFields,
    /// The "New people" box as left in a draft.
    #[prop(optional)]
    initial_people: String,
    /// The form was filled from a draft left unsaved: say so.
    #[prop(optional)]
    restored: bool,
    /// Files attached in a draft left unsaved (already in the file store).
    #[prop(optional)]
    initial_files: Vec<Attachment>,
    #[prop(into)] people: Signal<Vec<(String, String)>>,
    /// For a typed "new person" line, the (id, label) of people already in the diary who may be
    /// the same person. The user is asked; nobody is linked by name alone.
    may_be: Callback<String, Vec<(String, String)>>,
    heading: &'static str,
    /// Gets the fields, the new people typed, each with the id of the person the user said
    /// they are (None: a new person), and the files attached on the form; returns an error
    /// message to show, if any.
    on_save: Callback<(IncidentFields, TypedPeople, Vec<Attachment>), Result<(), String>>,
    on_cancel: Callback<()>,
    /// Keep the words under this key while typed (changes from `initial` only).
    draft_key: String,
) -> impl IntoView {
    let unchanged = initial.clone();
    let fields = RwSignal::new(initial);
    let new_people = RwSignal::new(initial_people);
    let questions = RwSignal::new(Vec::<Question>::new());
    let confirm_discard = RwSignal::new(false);
    let problems = RwSignal::new(Vec::<(&'static str, String)>::new());
    let redraw = RwSignal::new(0u32);
    let save_error = RwSignal::new(None::<String>);
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let unsaved = expect_context::<UnsavedText>();
    let files = RwSignal::new(initial_files);
    let thumbs = RwSignal::new(Thumbs::new());
    let attaching = RwSignal::new(false);
    let attach_problem = RwSignal::new(None::<String>);
    // Thumbnails of files attached in a draft, read from the file store.
    for t in files.with_untracked(|f| f.iter().filter_map(|a| a.thumb.clone()).collect::<Vec<_>>())
    {
        leptos::task::spawn_local(async move {
            if let Some(url) = crate::state::attachments::thumbnail_url(&t).await {
                thumbs.try_update(|m| m.insert(t, url));
            }
        });
    }

    // Drawn again only when its shape changes (a report added, problems shown, people known):
    // typing never redraws, so focus and the caret stay where they are.
    let tree = Signal::derive(move || {
        redraw.track();
        let list = people.get();
        problems.with(|p| {
            fields.with_untracked(|f| {
                new_people.with_untracked(|n| diary_form::form(heading, f, n, &list, p))
            })
        })
    });

    // Also run by events the browser sends while the form is being taken away (a text box
    // losing focus when the lock closes): by then its signals are gone, so it does nothing.
    let sync = move || {
        let Some(form) = form_ref.try_get_untracked().flatten() else {
            return;
        };
        let Some(count) = fields.try_with_untracked(|f| f.reports.len()) else {
            return;
        };
        if let Some((f, n)) = read_form(&form, count) {
            if fields.try_with_untracked(|old| *old != f) == Some(true) {
                fields.try_set(f);
            }
            if new_people.try_with_untracked(|old| *old != n) == Some(true) {
                new_people.try_set(n);
            }
        }
    };
    // Set once the entry is saved, so a draft write still queued cannot bring it back.
    let saved = RwSignal::new(false);
    let typed = {
        let unchanged = unchanged.clone();
        move || {
            restored
                || fields.with_untracked(|f| *f != unchanged)
                || new_people.with_untracked(|n| !n.trim().is_empty())
                || files.with_untracked(|f| !f.is_empty())
        }
    };
    Effect::new(move |_| {
        let n = new_people.get();
        let attached = files.get();
        fields.with(|f| {
            if !saved.get_untracked()
                && (*f != unchanged || !n.trim().is_empty() || !attached.is_empty())
            {
                keep_draft(
                    &draft_key,
                    &Draft {
                        fields: f.clone(),
                        new_people: n,
                        attachments: attached,
                    },
                )
            }
        })
    });
    Effect::new(move |_| {
        let has_text =
            fields.with(|d| !d.what_happened.trim().is_empty() || !d.exact_words.trim().is_empty());
        unsaved.set(has_text);
    });
    on_cleanup(move || unsaved.set(false));

    let act = Callback::new(move |(action, _): (DocAction, String)| {
        if action == DocAction::AddReport {
            sync();
            fields.update(|f| f.reports.push(Report::default()));
            redraw.update(|n| *n += 1);
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        sync();
        if attaching.get_untracked() {
            save_error.set(Some("A file is still being attached. Wait a moment, then press Save entry again. Nothing you typed has been lost.".into()));
            return;
        }
        let f = fields.get_untracked();
        let found = f.problems(now_ms());
        if !found.is_empty() {
            problems.set(
                found
                    .iter()
                    .map(|p| (p.field, p.message.to_string()))
                    .collect(),
            );
            save_error.set(Some("Some details need a look before this can be saved. Nothing you typed has been lost.".into()));
            return;
        }
        problems.set(Vec::new());
        let lines: Vec<String> = new_people
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        // A typed person who may be someone already in the diary: ask, and save only once the
        // questions asked match the people typed now.
        let asks: Vec<Question> = lines
            .iter()
            .filter_map(|l| {
                let maybe = may_be.run(l.clone());
                (!maybe.is_empty()).then(|| (l.clone(), maybe))
            })
            .collect();
        if questions.with_untracked(|q| *q != asks) {
            questions.set(asks);
            save_error.set(Some("Someone you typed may already be in your diary. Say below whether they are the same person, then press Save entry again. Nothing you typed has been lost.".into()));
            return;
        }
        let data = form_ref
            .get_untracked()
            .and_then(|f| web_sys::FormData::new_with_form(&f).ok());
        let mut asked = 0;
        let typed_people = lines
            .into_iter()
            .map(|line| {
                let same_as = if may_be.run(line.clone()).is_empty() {
                    None
                } else {
                    let i = asked;
                    asked += 1;
                    let chosen = data
                        .as_ref()
                        .and_then(|d| d.get(&format!("same-{i}")).as_string())
                        .unwrap_or_default();
                    questions.with_untracked(|q| {
                        q.get(i)
                            .filter(|(_, c)| c.iter().any(|(id, _)| *id == chosen))
                            .map(|_| chosen)
                    })
                };
                (line, same_as)
            })
            .collect();
        saved.set(true);
        match on_save.run((f, typed_people, files.get_untracked())) {
            Ok(()) => {
                save_error.set(None);
                unsaved.set(false);
            }
            Err(msg) => {
                saved.set(false);
                save_error.set(Some(msg));
            }
        }
    };

    let cancel = move |_| {
        if typed() {
            confirm_discard.set(true);
        } else {
            on_cancel.run(());
        }
    };

    view! {
        <form class="incident-form" data-testid="incident-form" novalidate node_ref=form_ref
            data-reach=move || fields.with(|f| f.channel.reach().key())
            on:submit=submit on:input=move |_| sync() on:change=move |_| sync()
            on:paste=move |ev: leptos::ev::ClipboardEvent| {
                // A pasted screenshot is attached; pasted text goes into the field as usual.
                let list = ev.clipboard_data().and_then(|d| d.files());
                if list.as_ref().is_some_and(|l| l.length() > 0) {
                    ev.prevent_default();
                    attach_list(list, files, thumbs, attaching, attach_problem);
                }
            }
            on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: leptos::ev::DragEvent| {
                let list = ev.data_transfer().and_then(|d| d.files());
                if list.as_ref().is_some_and(|l| l.length() > 0) {
                    ev.prevent_default();
                    attach_list(list, files, thumbs, attaching, attach_problem);
                }
            }>
            {restored.then(|| view! {
                <p class="callout" role="status" data-testid="draft-restored">"Draft restored: this is the entry you were writing, as you left it. It is not saved yet."</p>
            })}
            <DocView tree=tree on_action=act/>
            <AttachFiles files=files thumbs=thumbs busy=attaching problem=attach_problem/>
            {move || {
                let asks = questions.get();
                (!asks.is_empty()).then(|| view! {
                    <div class="callout" data-testid="same-person-question">
                        {asks.into_iter().enumerate().map(|(i, (line, maybe))| {
                            let name = format!("same-{i}");
                            view! {
                                <fieldset>
                                    <legend>{format!("You typed \u{201c}{line}\u{201d}. Is this someone already in your diary?")}</legend>
                                    {maybe.into_iter().map(|(id, label)| view! {
                                        <label class="check"><input type="radio" name=name.clone() value=id/>{format!(" Same person as: {label}?")}</label>
                                    }).collect_view()}
                                    <label class="check"><input type="radio" name=name.clone() value="" checked/>" No, someone else: add them as a new person"</label>
                                </fieldset>
                            }
                        }).collect_view()}
                    </div>
                })
            }}
            <div class="form-error" role="alert" data-testid="form-error">{move || save_error.get()}</div>
            <p class="button-row">
                <button type="submit" data-testid="save-entry">"Save entry"</button>
                <button type="button" class="button-quiet" on:click=cancel>"Cancel"</button>
            </p>
            <Show when=move || confirm_discard.get()>
                <div class="callout" role="alert" data-testid="discard-question">
                    <p>"Discard what you typed? It is not saved, and cannot be brought back."</p>
                    <p class="button-row">
                        <button type="button" on:click=move |_| {
                            confirm_discard.set(false);
                            saved.set(true);
                            // Files attached on this form belong to no entry: they go too.
                            crate::state::attachments::forget(&files.get_untracked());
                            on_cancel.run(())
                        }>"Yes, discard it"</button>
                        <button type="button" class="button-quiet" on:click=move |_| confirm_discard.set(false)>"Keep writing"</button>
                    </p>
                </div>
            </Show>
        </form>
    }
}
