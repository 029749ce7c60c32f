//! The incident diary: list and search, write and edit, history, people, recently deleted and
//! the case file. Read-only views are document trees from `markup::diary_views`.

use leptos::prelude::*;

use crate::components::doc_view::DocView;
use crate::components::incident_form::IncidentForm;
use crate::components::install::SafariNotice;
use crate::components::lock_offer::LockOffer;
use crate::components::nav::NavLink;
use crate::components::person_editor::PersonEditor;
use crate::domain::attachment::Attachment;
use crate::domain::diary::{
    new_id, Channel, Diary, Draft, Filter, IncidentFields, Status, TypedPerson,
};
use crate::domain::keys;
use crate::domain::profile::ProfileName;
use crate::domain::route::{DiaryView, Route};
use crate::markup::attachment_views::{parse_file_ref, Thumbs};
use crate::markup::diary_views;
use crate::markup::diary_views::CaseScope;
use crate::markup::doc::{el, DocAction};
use crate::state::clock::now_ms;
use crate::state::clock::today_for_print;
use crate::state::clock::tz_offset_at;
use crate::state::diary::DiaryState;
use crate::state::drafts::{clear_draft, edit_draft_key, load_draft, unfinished_edit};
use crate::state::notices::Notices;
use crate::state::route::CurrentRoute;

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
    let originals = crate::domain::sort::map_from(
        crate::state::attachments::read_all(&ids)
            .await
            .map_err(|e| e.message())?,
    );
    let now = now_ms();
    let who = crate::store::storage::load::<ProfileName>(crate::domain::keys::PROFILE)
        .ok()
        .flatten()
        .unwrap_or_default();
    let zip = state
        .with_untracked(|d| {
            let tree = diary_views::case_file(
                d,
                CaseScope::all(d),
                &who.recorded_by(),
                &who.report_line(),
                &today_for_print(),
                &tz_offset_at,
                &thumbs,
            );
            let csv = crate::domain::csv::to_csv(d, crate::state::clock::tz_offset_at);
            let when = crate::domain::zip::DosTime::from_iso(&crate::domain::time::format_iso(
                now - tz_offset_at(now) * 60_000,
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

/// Everyone in the diary with their descriptions and when last seen, for the list's person
/// filter and the form's "pick a person" list, so two people with the same name can be told
/// apart. People merged into someone are found under them.
fn people_choices(diary: &Diary) -> Vec<(String, String)> {
    diary
        .current_people()
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

/// Which entries the case file covers, when not the whole diary.
#[derive(Clone, Debug, PartialEq)]
enum CaseFor {
    Person(String),
    Filtered(Filter),
}

/// What the diary last did, said in its status line.
#[derive(Clone, Debug, PartialEq)]
enum Done {
    Saved,
    Deleted(String),
    FileRemoved,
}

/// The diary page. Each of its views has its own address (`domain::route::DiaryView`), so the
/// phone's Back gesture goes back a view and a reload stays where it was.
#[component]
pub fn DiaryPage() -> impl IntoView {
    let state = expect_context::<DiaryState>();
    let notices = expect_context::<Notices>();
    let route = expect_context::<CurrentRoute>();
    // Arriving at the list with an entry or an edit left unfinished (by a reload or the lock):
    // it comes back first. Back from the form later shows the list, with a way back to it.
    if route.with_untracked(|r| *r == Route::Diary(DiaryView::List)) {
        if load_draft(keys::DIARY_DRAFT).is_some() {
            route.replace(Route::Diary(DiaryView::New));
        } else if let Some(id) =
            unfinished_edit().filter(|id| state.with_untracked(|d| d.get(id).is_some()))
        {
            route.replace(Route::Diary(DiaryView::Edit(id)));
        }
    }
    // The diary view the address names; while the app moves to another page, the last one
    // stays. (A memo of the whole route: the shell has one, so no new memo type is compiled.)
    let view_now = Memo::new(move |last: Option<&Route>| {
        route.with(|r| match (r, last) {
            (Route::Diary(_), _) | (_, None) => r.clone(),
            (_, Some(last)) => last.clone(),
        })
    });
    let go = move |v: DiaryView| route.go(Route::Diary(v));
    // The entry whose earlier versions are open.
    let history_open = RwSignal::new(None::<String>);
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
    // The case file's scope, chosen by the button that opened it: good for that move only, so
    // the "Case file for police" tab, Back and Forward show the whole diary.
    let case_for = RwSignal::new(None::<(CaseFor, u32)>);
    let open_case_file = move |scope: CaseFor| {
        go(DiaryView::CaseFile);
        case_for.set(Some((scope, route.moves_untracked())));
    };
    // The person being renamed or merged, in the People view.
    let editing_person = RwSignal::new(None::<String>);
    // What the diary last did, with the move that showed it: said only until the next move.
    let done = RwSignal::new(None::<(Done, u32)>);
    let say = move |what: Done| done.set(Some((what, route.moves_untracked())));
    let done_now = move || {
        done.get()
            .filter(|(_, at)| *at == route.moves())
            .map(|(d, _)| d)
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
                // In place of the form: Back then goes to where the user was before it.
                route.replace(Route::Diary(DiaryView::Entry(id)));
                say(Done::Saved);
                Ok(())
            }
            Err(err) => Err(err.message()),
        }
    };

    // Clicks on the read-only views' buttons (see markup::diary_views).
    let act = Callback::new(move |(action, id): (DocAction, String)| {
        let saved = match action {
            DocAction::OpenEntry => {
                go(DiaryView::Entry(id));
                Ok(())
            }
            DocAction::ShowHistory => {
                history_open.update(|open| {
                    *open = if open.as_deref() == Some(id.as_str()) {
                        None
                    } else {
                        Some(id)
                    }
                });
                Ok(())
            }
            DocAction::EditEntry => {
                go(DiaryView::Edit(id));
                Ok(())
            }
            DocAction::BackToList => {
                go(DiaryView::List);
                Ok(())
            }
            DocAction::DeleteEntry => {
                let deleted = state.change_entry(&id, |d| d.delete(&id, now_ms()));
                if deleted.is_ok() {
                    // The deleted entry's address would show nothing: Back skips it.
                    route.replace(Route::Diary(DiaryView::List));
                    say(Done::Deleted(id));
                }
                deleted
            }
            DocAction::RestoreEntry => state.change_entry(&id, |d| d.restore(&id, now_ms())),
            DocAction::EmptyDeleted => {
                confirm_empty.set(true);
                Ok(())
            }
            DocAction::EditPerson => {
                editing_person.set(Some(id));
                Ok(())
            }
            DocAction::PersonCaseFile => {
                open_case_file(CaseFor::Person(id));
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
                        say(Done::FileRemoved);
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
        if let Some((Done::Deleted(id), _)) = done.get_untracked() {
            match state.change_entry(&id, |d| d.restore(&id, now_ms())) {
                Ok(()) => done.set(None),
                Err(err) => notices.push_error(err.message()),
            }
        }
    };

    // The form for a new entry (None) or an edit.
    let form = move |editing: Option<String>| -> AnyView {
        if let Some(id) = &editing {
            if state.with_untracked(|d| d.get(id).is_none()) {
                return view! { <DocView on_action=act tree=Signal::derive(not_in_diary_tree)/> }
                    .into_any();
            }
        }
        let draft_key = editing
            .as_deref()
            .map_or_else(|| keys::DIARY_DRAFT.to_string(), edit_draft_key);
        let draft = load_draft(&draft_key);
        let restored = draft.is_some();
        let Draft {
            fields: initial,
            new_people: initial_people,
            attachments: initial_files,
        } = match &editing {
            Some(id) => draft
                .or_else(|| {
                    state.with_untracked(|d| {
                        d.get(id).map(|i| Draft {
                            fields: i.current.clone(),
                            ..Draft::default()
                        })
                    })
                })
                .unwrap_or_default(),
            None => draft.unwrap_or_else(|| Draft {
                fields: IncidentFields::starting_today(now_ms()),
                ..Draft::default()
            }),
        };
        let back = editing.clone();
        view! {
            <IncidentForm
                initial=initial
                initial_people=initial_people
                restored=restored
                initial_files=initial_files
                people=Signal::derive(move || state.with(people_choices))
                may_be=Callback::new(move |line: String| state.with_untracked(|d| {
                    d.may_be(&TypedPerson::parse(&line)).into_iter().map(|p| (p.id.clone(), d.person_label(p))).collect()
                }))
                heading=if editing.is_some() { "Edit entry" } else { "New entry" }
                draft_key=draft_key.clone()
                on_save=Callback::new(move |(fields, people, files)| save(editing.clone(), fields, people, files))
                on_cancel=Callback::new(move |()| {
                    match &back {
                        Some(id) => { clear_draft(&edit_draft_key(id)); go(DiaryView::Entry(id.clone())) }
                        None => { clear_draft(keys::DIARY_DRAFT); go(DiaryView::List) }
                    }
                })
            />
        }
        .into_any()
    };

    let tab = move |label: &'static str,
                    testid: &'static str,
                    target: DiaryView,
                    class: &'static str| {
        view! { <NavLink route=Route::Diary(target) exact=true class=class testid=testid>{label}</NavLink> }
    };

    view! {
        <h1 tabindex="-1">"Incident diary"</h1>
        <p class="lead no-print">"A private record of what has happened, kept only on this device. Back it up or export it for the police from Settings."</p>
        <nav class="diary-tabs no-print" aria-label="Diary">
            {tab("Write a new entry", "diary-new", DiaryView::New, "button")}
            {tab("All entries", "diary-list", DiaryView::List, "button button-quiet")}
            {tab("People", "diary-people", DiaryView::People, "button button-quiet")}
            {tab("Recently deleted", "diary-deleted", DiaryView::Deleted, "button button-quiet")}
            {tab("Case file for police", "diary-case-file", DiaryView::CaseFile, "button button-quiet")}
        </nav>
        <div role="status" class="no-print" data-testid="diary-status">
            {move || match done_now() {
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
        <SafariNotice/>
        <LockOffer/>
        {move || match view_now.get() {
            Route::Diary(DiaryView::List) => view! {
                {load_draft(keys::DIARY_DRAFT).is_some().then(|| draft_waiting(
                    "You have an entry that is not saved yet. ", DiaryView::New, "Carry on writing it",
                ))}
                <EntryList on_action=act on_case_file=Callback::new(move |f: Filter| open_case_file(CaseFor::Filtered(f)))/>
            }.into_any(),
            Route::Diary(DiaryView::New) => form(None),
            Route::Diary(DiaryView::Edit(id)) => form(Some(id)),
            Route::Diary(DiaryView::Entry(id)) => {
                let unfinished = load_draft(&edit_draft_key(&id)).is_some().then(|| draft_waiting(
                    "You have changes to this entry that are not saved yet. ",
                    DiaryView::Edit(id.clone()),
                    "Carry on editing",
                ));
                view! {
                    {unfinished}
                    <DocView on_action=act tree=Signal::derive(move || {
                        let history = history_open.with(|h| h.as_deref() == Some(id.as_str()));
                        state.with(|d| match d.get(&id) {
                            Some(i) => {
                                want_thumbs(i.files().filter_map(|a| a.thumb.clone()).collect());
                                thumbs.with(|t| diary_views::detail(i, d, history, &tz_offset_at, t))
                            }
                            None => not_in_diary_tree(),
                        })
                    })/>
                }.into_any()
            }
            Route::Diary(DiaryView::People) => view! {
                {move || editing_person.get().map(|id| view! { <PersonEditor id=id on_close=Callback::new(move |()| editing_person.set(None))/> })}
                <DocView on_action=act tree=Signal::derive(move || state.with(|d| diary_views::people(d, &tz_offset_at)))/>
            }.into_any(),
            Route::Diary(DiaryView::Deleted) => view! {
                <DocView on_action=act tree=Signal::derive(move || state.with(|d| diary_views::deleted(d, tz_offset_at(now_ms()))))/>
                <Show when=move || confirm_empty.get()>
                    <p class="error-text" data-testid="empty-warning">"This removes the deleted entries and files from this device for good. It cannot be undone."</p>
                    <p class="button-row">
                        <button type="button" data-testid="empty-deleted-confirm" on:click=empty_deleted>"Yes, remove them for good"</button>
                        <button type="button" class="button-quiet" on:click=move |_| confirm_empty.set(false)>"Keep them"</button>
                    </p>
                </Show>
            }.into_any(),
            // Only the diary's views reach here (see view_now); the case file is the last.
            _ => view! {
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
                        let moves = route.moves();
                        let scope = case_for.with(|c| match c {
                            Some((CaseFor::Person(id), at)) if *at == moves => CaseScope::person(d, id),
                            Some((CaseFor::Filtered(f), at)) if *at == moves => CaseScope::filtered(d, f),
                            _ => CaseScope::all(d),
                        });
                        thumbs.with(|t| diary_views::case_file(d, scope, &who.recorded_by(), &who.report_line(), &today_for_print(), &tz_offset_at, t))
                    })
                })/>
            }.into_any(),
        }}
    }
}

/// An address naming an entry that is not in the diary (mistyped, or emptied from "recently
/// deleted"): said plainly, with the way back.
fn not_in_diary_tree() -> crate::markup::doc::Node {
    el("section")
        .child(diary_views::view_heading("Entry not found"))
        .child(el("p").text("This entry is not in the diary on this device."))
        .child(crate::markup::doc::action_button(
            "Back to all entries",
            DocAction::BackToList,
            "",
            true,
        ))
}

/// "You have … not saved yet", with the way back to the words: after Back left the form.
fn draft_waiting(said: &'static str, to: DiaryView, link: &'static str) -> impl IntoView {
    view! {
        <p class="callout" data-testid="draft-waiting">
            {said}
            <NavLink route=Route::Diary(to)>{link}</NavLink>
        </p>
    }
}

/// Newest first, with search and filters.
#[component]
fn EntryList(
    on_action: Callback<(DocAction, String)>,
    /// Opens the case file for the entries this search and these filters show.
    on_case_file: Callback<Filter>,
) -> impl IntoView {
    let state = expect_context::<DiaryState>();
    let filter = RwSignal::new(Filter::default());
    let limit = RwSignal::new(diary_views::LIST_PAGE);
    let shown = Memo::new(move |_| {
        let limit = limit.get();
        filter.with(|f| {
            state.with(|d| {
                let found = d.filter(f);
                (diary_views::list(&found, limit), found.len(), d.count())
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
    let never_written = Memo::new(move |_| state.with(Diary::is_empty));
    let list = move || {
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
                {move || {
                    let n = shown.with(|(_, n, _)| *n);
                    (n > 0 && filter.with(Filter::is_set)).then(|| view! {
                        <p class="no-print">
                            <button type="button" class="button-quiet" data-testid="filtered-case-file"
                                on:click=move |_| on_case_file.run(filter.get_untracked())>
                                {format!("Case file for {}", if n == 1 { "this entry".to_string() } else { format!("these {n} entries") })}
                            </button>
                        </p>
                    })
                }}
                <DocView on_action=on_list_action tree=Signal::derive(move || shown.with(|(tree, _, _)| tree.clone()))/>
            </section>
        }
    };
    // Nothing written yet: a short welcome and one way in, not search and filters over nothing.
    // (A closure, not <Show>: each Show compiles its own children and fallback code.)
    move || {
        if never_written.get() {
            view! {
                <section class="card diary-welcome" aria-labelledby="welcome-heading" data-testid="diary-welcome">
                    <h2 id="welcome-heading">"Nothing written yet"</h2>
                    <p>"When something happens, write it down here while it is fresh: what happened, when and where, the exact words, and who was there. It stays on this device."</p>
                    <p><NavLink route=Route::Diary(DiaryView::New) class="button" testid="write-first">"Write your first entry"</NavLink></p>
                </section>
            }
            .into_any()
        } else {
            list().into_any()
        }
    }
}
