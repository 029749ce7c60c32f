//! The incident diary: list and search, write and edit, history, people, recently deleted and
//! the case file. Read-only views are document trees from `markup::diary_views`.

use leptos::prelude::*;

use crate::components::doc_view::DocView;
use crate::components::incident_form::IncidentForm;
use crate::components::install::SafariNotice;
use crate::components::lock_offer::LockOffer;
use crate::domain::attachment::Attachment;
use crate::domain::diary::{
    new_id, Channel, Diary, Draft, Filter, IncidentFields, Status, TypedPerson,
};
use crate::domain::keys;
use crate::domain::profile::ProfileName;
use crate::markup::attachment_views::{parse_file_ref, Thumbs};
use crate::markup::diary_views;
use crate::markup::doc::DocAction;
use crate::state::clock::now_ms;
use crate::state::clock::today_for_print;
use crate::state::clock::tz_offset;
use crate::state::diary::DiaryState;
use crate::state::drafts::{clear_draft, edit_draft_key, load_draft, unfinished_edit};
use crate::state::notices::Notices;

/// Which part of the diary is on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryView {
    List,
    New,
    Edit(String),
    Detail(String, bool),
    People,
    Deleted,
    CaseFile,
}

/// Save a copy of an attached file's original bytes, under its own name.
async fn save_original(a: &Attachment) -> Result<(), String> {
    match crate::state::attachments::original(&a.id).await {
        Ok(Some(bytes)) => crate::components::download::download_bytes(&a.name, &a.kind, &bytes),
        Ok(None) => Err(format!(
            "\u{201c}{}\u{201d} is not on this device (it may not have come with a backup).",
            a.name
        )),
        Err(e) => Err(e.message()),
    }
}

/// Save the case bundle for police: the case file as a page, the CSV, and every original.
async fn save_case_bundle(state: DiaryState, thumbs: Thumbs) -> Result<(), String> {
    let ids: Vec<String> = state.with_untracked(|d| {
        crate::markup::case_bundle::evidence_names(d)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    });
    let originals: std::collections::BTreeMap<String, Vec<u8>> =
        crate::state::attachments::read_all(&ids)
            .await
            .map_err(|e| e.message())?
            .into_iter()
            .collect();
    let now = now_ms();
    let who = crate::store::storage::load::<ProfileName>(crate::domain::keys::PROFILE)
        .ok()
        .flatten()
        .unwrap_or_default();
    let zip = state
        .with_untracked(|d| {
            let tree = diary_views::case_file(
                d,
                &who.name,
                &who.report_line(),
                &today_for_print(),
                tz_offset(),
                &thumbs,
            );
            let csv = crate::domain::csv::to_csv(d, crate::state::clock::tz_offset_at);
            let when = crate::domain::zip::DosTime::from_iso(&crate::domain::time::format_iso(
                now - tz_offset() * 60_000,
            ))
            .unwrap_or(crate::domain::zip::DosTime::new(1980, 1, 1, 0, 0, 0));
            crate::markup::case_bundle::bundle(d, &tree, &csv, &originals, when)
        })
        .map_err(|_| "The case bundle is too large for one ZIP file.".to_string())?;
    crate::components::download::download_bytes(
        &format!(
            "standsafe-case-bundle-{}.zip",
            crate::domain::time::format_date(now)
        ),
        "application/zip",
        &zip,
    )
}

fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Names of everyone in the diary, for the list's person filter.
fn people_choices(diary: &Diary) -> Vec<(String, String)> {
    diary
        .people
        .list()
        .iter()
        .map(|p| (p.id.clone(), p.name_or_handle.clone()))
        .collect()
}

/// Everyone in the diary with their descriptions and when last seen, for the form's "pick a
/// person" list, so two people with the same name can be told apart.
fn people_labels(diary: &Diary) -> Vec<(String, String)> {
    diary
        .people
        .list()
        .iter()
        .map(|p| (p.id.clone(), diary.person_label(p)))
        .collect()
}

/// Add new people typed in the form (one per line: name, then a description), each a new person
/// unless the user said who they are, and return their ids.
fn add_people(diary: &mut Diary, typed: Vec<(String, Option<String>)>, now: i64) -> Vec<String> {
    let typed = typed
        .into_iter()
        .map(|(line, same_as)| (TypedPerson::parse(&line), same_as))
        .collect();
    diary.add_people(typed, || new_id(now, random_u32()))
}

/// What the diary last did, said in its status line.
#[derive(Clone, Debug, PartialEq)]
enum Done {
    Saved,
    Deleted(String),
    FileRemoved,
}

/// The diary page.
#[component]
pub fn DiaryPage() -> impl IntoView {
    let state = expect_context::<DiaryState>();
    let notices = expect_context::<Notices>();
    // An entry or an edit left unfinished (by a reload or the lock) comes back first.
    let view_state = RwSignal::new(if load_draft(keys::DIARY_DRAFT).is_some() {
        DiaryView::New
    } else {
        match unfinished_edit() {
            Some(id) if state.with_untracked(|d| d.get(&id).is_some()) => DiaryView::Edit(id),
            _ => DiaryView::List,
        }
    });
    let confirm_empty = RwSignal::new(false);
    // Image thumbnails read from the file store, kept while the diary is open (the lock
    // unmounts the page, and they go with it).
    let thumbs = RwSignal::new(Thumbs::new());
    let want_thumbs = move |ids: Vec<String>| {
        for t in ids {
            if thumbs.with_untracked(|m| m.contains_key(&t)) {
                continue;
            }
            leptos::task::spawn_local(async move {
                if let Some(url) = crate::state::attachments::thumbnail_url(&t).await {
                    thumbs.try_update(|m| m.insert(t, url));
                }
            });
        }
    };
    let file_of = move |id: &str| {
        let (entry, file) = parse_file_ref(id)?;
        state.with_untracked(|d| {
            d.get(entry)?
                .attachments
                .iter()
                .find(|a| a.id == file)
                .cloned()
        })
    };
    let done = RwSignal::new(None::<Done>);
    let show = move |v: DiaryView| {
        done.set(None);
        view_state.set(v);
    };

    // Save a new entry or an edit (editing = Some(id)). On failure the diary in memory is put
    // back as it was and the form keeps every word.
    let save = move |editing: Option<String>,
                     fields: IncidentFields,
                     new_people: Vec<(String, Option<String>)>,
                     files: Vec<Attachment>|
          -> Result<(), String> {
        let now = now_ms();
        let id = editing.clone().unwrap_or_else(|| new_id(now, random_u32()));
        let saved = state.change_entry(&id, |d| {
            let mut fields = fields;
            for id in add_people(d, new_people, now) {
                if !fields.people.contains(&id) {
                    fields.people.push(id);
                }
            }
            match &editing {
                Some(id) => {
                    d.edit(id, fields, now);
                }
                None => d.add(fields, id.clone(), now),
            }
            d.attach(&id, files);
        });
        match saved {
            Ok(()) => {
                match &editing {
                    Some(id) => clear_draft(&edit_draft_key(id)),
                    None => {
                        clear_draft(keys::DIARY_DRAFT);
                        crate::components::backup_panel::ask_persistent_storage();
                    }
                }
                view_state.set(DiaryView::Detail(id, false));
                done.set(Some(Done::Saved));
                Ok(())
            }
            Err(err) => Err(err.message()),
        }
    };

    // Clicks on the read-only views' buttons (see markup::diary_views).
    let act = Callback::new(move |(action, id): (DocAction, String)| {
        let saved = match action {
            DocAction::OpenEntry => {
                show(DiaryView::Detail(id, false));
                Ok(())
            }
            DocAction::ShowHistory => {
                view_state.update(|v| {
                    if let DiaryView::Detail(_, open) = v {
                        *open = !*open
                    }
                });
                Ok(())
            }
            DocAction::EditEntry => {
                show(DiaryView::Edit(id));
                Ok(())
            }
            DocAction::BackToList => {
                show(DiaryView::List);
                Ok(())
            }
            DocAction::DeleteEntry => {
                let deleted = state.change_entry(&id, |d| d.delete(&id, now_ms()));
                if deleted.is_ok() {
                    view_state.set(DiaryView::List);
                    done.set(Some(Done::Deleted(id)));
                }
                deleted
            }
            DocAction::RestoreEntry => state.change_entry(&id, |d| d.restore(&id, now_ms())),
            DocAction::EmptyDeleted => {
                confirm_empty.set(true);
                Ok(())
            }
            DocAction::SaveFile => {
                if let Some(a) = file_of(&id) {
                    leptos::task::spawn_local(async move {
                        if let Err(e) = save_original(&a).await {
                            notices.push_error(e);
                        }
                    });
                }
                Ok(())
            }
            DocAction::RemoveFile | DocAction::RestoreFile => match parse_file_ref(&id) {
                Some((entry, file)) => {
                    let removed = action == DocAction::RemoveFile;
                    let changed = state.change_entry(entry, |d| {
                        d.set_file_removed(entry, file, removed, now_ms())
                    });
                    if changed.is_ok() && removed {
                        done.set(Some(Done::FileRemoved));
                    }
                    changed
                }
                None => Ok(()),
            },
            // Drawn and handled by the list and the form themselves.
            DocAction::ShowMore | DocAction::AddReport | DocAction::DropPending => Ok(()),
        };
        if let Err(err) = saved {
            notices.push_error(err.message());
        }
    });

    let empty_deleted = move |_| {
        match state.empty_deleted() {
            Ok(gone) => crate::state::attachments::forget(&gone),
            Err(err) => {
                notices.push_error(err.message());
                return;
            }
        }
        confirm_empty.set(false);
    };

    let undo_delete = move |_| {
        if let Some(Done::Deleted(id)) = done.get_untracked() {
            match state.change_entry(&id, |d| d.restore(&id, now_ms())) {
                Ok(()) => done.set(None),
                Err(err) => notices.push_error(err.message()),
            }
        }
    };

    let tab = move |label: &'static str, testid: &'static str, target: DiaryView| {
        view! { <button type="button" class="button-quiet" data-testid=testid on:click=move |_| show(target.clone())>{label}</button> }
    };

    view! {
        <h1 tabindex="-1">"Incident diary"</h1>
        <p class="lead no-print">"A private record of what has happened, kept only on this device. Back it up or export it for the police from Settings."</p>
        <nav class="diary-tabs no-print" aria-label="Diary">
            <button type="button" data-testid="diary-new" on:click=move |_| show(DiaryView::New)>"Write a new entry"</button>
            {tab("All entries", "diary-list", DiaryView::List)}
            {tab("People", "diary-people", DiaryView::People)}
            {tab("Recently deleted", "diary-deleted", DiaryView::Deleted)}
            {tab("Case file for police", "diary-case-file", DiaryView::CaseFile)}
        </nav>
        <SafariNotice/>
        <LockOffer/>
        <div role="status" class="no-print" data-testid="diary-status">
            {move || match done.get() {
                Some(Done::Saved) => Some(view! { <p class="callout">"Entry saved."</p> }.into_any()),
                Some(Done::Deleted(_)) => Some(view! {
                    <p class="callout" data-testid="deleted-undo">
                        "Deleted: the entry is in Recently deleted. "
                        <button type="button" class="button-quiet" on:click=undo_delete>"Undo"</button>
                    </p>
                }.into_any()),
                Some(Done::FileRemoved) => Some(view! { <p class="callout">"File removed: it is in Recently deleted until you empty that list."</p> }.into_any()),
                None => None,
            }}
        </div>
        {move || match view_state.get() {
            DiaryView::List => view! { <EntryList on_action=act/> }.into_any(),
            DiaryView::New | DiaryView::Edit(_) => {
                let editing = match view_state.get_untracked() { DiaryView::Edit(id) => Some(id), _ => None };
                let draft_key = editing.as_deref().map_or_else(|| keys::DIARY_DRAFT.to_string(), edit_draft_key);
                let draft = load_draft(&draft_key);
                let restored = draft.is_some();
                let Draft { fields: initial, new_people: initial_people, attachments: initial_files } = match &editing {
                    Some(id) => draft
                        .or_else(|| state.with_untracked(|d| d.get(id).map(|i| Draft { fields: i.current.clone(), ..Draft::default() })))
                        .unwrap_or_default(),
                    None => draft.unwrap_or_else(|| Draft { fields: IncidentFields::starting_today(now_ms()), ..Draft::default() }),
                };
                let back = editing.clone();
                view! {
                    <IncidentForm
                        initial=initial
                        initial_people=initial_people
                        restored=restored
                        initial_files=initial_files
                        people=Signal::derive(move || state.with(people_labels))
                        may_be=Callback::new(move |line: String| state.with_untracked(|d| {
                            d.may_be(&TypedPerson::parse(&line)).into_iter().map(|p| (p.id.clone(), d.person_label(p))).collect()
                        }))
                        heading=if editing.is_some() { "Edit entry" } else { "New entry" }
                        draft_key=draft_key.clone()
                        on_save=Callback::new(move |(fields, people, files)| save(editing.clone(), fields, people, files))
                        on_cancel=Callback::new(move |()| {
                            match &back {
                                Some(id) => { clear_draft(&edit_draft_key(id)); show(DiaryView::Detail(id.clone(), false)) }
                                None => { clear_draft(keys::DIARY_DRAFT); show(DiaryView::List) }
                            }
                        })
                    />
                }.into_any()
            }
            DiaryView::Detail(id, history) => view! {
                <DocView on_action=act tree=Signal::derive(move || state.with(|d| match d.get(&id) {
                    Some(i) => {
                        want_thumbs(i.files().filter_map(|a| a.thumb.clone()).collect());
                        thumbs.with(|t| diary_views::detail(i, d, history, tz_offset(), t))
                    }
                    None => crate::markup::doc::el("p").text("This entry is not in the diary."),
                }))/>
            }.into_any(),
            DiaryView::People => view! { <DocView on_action=act tree=Signal::derive(move || state.with(diary_views::people))/> }.into_any(),
            DiaryView::Deleted => view! {
                <DocView on_action=act tree=Signal::derive(move || state.with(|d| diary_views::deleted(d, tz_offset())))/>
                <Show when=move || confirm_empty.get()>
                    <p class="error-text" data-testid="empty-warning">"This removes the deleted entries and files from this device for good. It cannot be undone."</p>
                    <p class="button-row">
                        <button type="button" data-testid="empty-deleted-confirm" on:click=empty_deleted>"Yes, remove them for good"</button>
                        <button type="button" class="button-quiet" on:click=move |_| confirm_empty.set(false)>"Keep them"</button>
                    </p>
                </Show>
            }.into_any(),
            DiaryView::CaseFile => view! {
                <p class="no-print button-row">
                    <button type="button" data-testid="print-case-file" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>"Print case file"</button>
                    <button type="button" class="button-quiet" data-testid="case-bundle" on:click=move |_| {
                        let shown = thumbs.get_untracked();
                        leptos::task::spawn_local(async move {
                            if let Err(e) = save_case_bundle(state, shown).await {
                                notices.push_error(e);
                            }
                        });
                    }>"Download the case bundle (.zip): case file, spreadsheet and every original file"</button>
                </p>
                <DocView tree=Signal::derive(move || {
                    let who = crate::store::storage::load::<ProfileName>(crate::domain::keys::PROFILE).ok().flatten().unwrap_or_default();
                    state.with(|d| {
                        want_thumbs(d.list().iter().flat_map(|i| i.files().filter_map(|a| a.thumb.clone())).collect());
                        thumbs.with(|t| diary_views::case_file(d, &who.name, &who.report_line(), &today_for_print(), tz_offset(), t))
                    })
                })/>
            }.into_any(),
        }}
    }
}

/// Newest first, with search and filters.
#[component]
fn EntryList(on_action: Callback<(DocAction, String)>) -> impl IntoView {
    let state = expect_context::<DiaryState>();
    let filter = RwSignal::new(Filter::default());
    let limit = RwSignal::new(diary_views::LIST_PAGE);
    let shown = Memo::new(move |_| {
        let limit = limit.get();
        filter.with(|f| {
            state.with(|d| {
                let found = d.filter(f);
                (
                    diary_views::list(&found, limit),
                    found.len(),
                    d.list().len(),
                )
            })
        })
    });
    let on_list_action = Callback::new(move |(action, id): (DocAction, String)| {
        if action == DocAction::ShowMore {
            limit.update(|l| *l += diary_views::LIST_PAGE);
        } else {
            on_action.run((action, id));
        }
    });
    let select = move |id: &'static str,
                       label: &'static str,
                       options: Vec<(&'static str, &'static str)>,
                       apply: fn(&mut Filter, &str)| {
        view! {
            <label for=id>{label}</label>
            <select id=id data-testid=id on:change:target=move |ev| { let v = ev.target().value(); filter.update(|f| apply(f, &v)) }>
                <option value="">"Any"</option>
                {options.into_iter().map(|(k, l)| view! { <option value=k>{l}</option> }).collect_view()}
            </select>
        }
    };
    let date = move |id: &'static str,
                     label: &'static str,
                     apply: fn(&mut Filter, Option<String>)| {
        view! {
            <label for=id>{label}</label>
            <input id=id data-testid=id type="date" on:change:target=move |ev| { let v = ev.target().value(); filter.update(|f| apply(f, (!v.is_empty()).then_some(v))) }/>
        }
    };
    view! {
        <section aria-labelledby="list-heading">
            <h2 id="list-heading">"All entries"</h2>
            <div class="filters no-print">
                <label for="search">"Search all text"</label>
                <input id="search" data-testid="search" type="search" prop:value=move || filter.with(|f| f.text.clone())
                    on:input:target=move |ev| { let v = ev.target().value(); limit.set(diary_views::LIST_PAGE); filter.update(|f| f.text = v) }/>
                {select("filter-channel", "How it reached you", Channel::ALL.iter().map(|c| (c.key(), c.label())).collect(), |f, v| f.channel = Channel::from_key(v))}
                {select("filter-status", "Status", Status::ALL.iter().map(|s| (s.key(), s.label())).collect(), |f, v| f.status = Status::from_key(v))}
                <label for="filter-person">"Person"</label>
                <select id="filter-person" data-testid="filter-person" on:change:target=move |ev| {
                    let v = ev.target().value();
                    filter.update(|f| f.person = (!v.is_empty()).then_some(v))
                }>
                    <option value="">"Anyone"</option>
                    {move || state.with(people_choices).into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
                {date("filter-from", "From date", |f, v| f.from_date = v)}
                {date("filter-to", "To date", |f, v| f.to_date = v)}
            </div>
            <p role="status" data-testid="entry-count">{move || shown.with(|(_, n, total)| format!("Showing {n} of {total} entries."))}</p>
            <DocView on_action=on_list_action tree=Signal::derive(move || shown.with(|(tree, _, _)| tree.clone()))/>
        </section>
    }
}
