//! Attaching files on the entry form: a file chooser (any type), a camera option on phones, a
//! pasted screenshot or dropped files (handled by the form, see [`attach_list`]), the files
//! attached so far with their fingerprints, and a clear message when one cannot be attached.
//! The words on the form are never touched by any of this.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::doc_view::DocView;
use crate::domain::attachment::Attachment;
use crate::markup::attachment_views::{self, Thumbs};
use crate::markup::doc::DocAction;
use crate::state::attachments;
use crate::state::clock::{now_ms, tz_offset};

/// Attach every file in `list`, one after another, adding each to `files` as it is stored. A
/// file that cannot be attached is reported in `problem`; the others still attach.
pub fn attach_list(
    list: Option<web_sys::FileList>,
    files: RwSignal<Vec<Attachment>>,
    thumbs: RwSignal<Thumbs>,
    busy: RwSignal<bool>,
    problem: RwSignal<Option<String>>,
) {
    let Some(list) = list else { return };
    let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if chosen.is_empty() {
        return;
    }
    problem.set(None);
    busy.set(true);
    leptos::task::spawn_local(async move {
        let mut problems = Vec::new();
        for file in chosen {
            match attachments::attach(file, now_ms()).await {
                Ok(a) => {
                    if let Some(t) = a.thumb.clone() {
                        if let Some(url) = attachments::thumbnail_url(&t).await {
                            thumbs.try_update(|m| m.insert(t, url));
                        }
                    }
                    // The form may have gone (saved, or the lock closed) meanwhile: then the
                    // file stays stored, found again from the draft.
                    files.try_update(|f| f.push(a));
                }
                Err(message) => problems.push(message),
            }
        }
        busy.try_set(false);
        if !problems.is_empty() {
            problem.try_set(Some(problems.join(" ")));
        }
    });
}

/// The attach controls and the files attached so far.
#[component]
pub fn AttachFiles(
    files: RwSignal<Vec<Attachment>>,
    thumbs: RwSignal<Thumbs>,
    busy: RwSignal<bool>,
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let on_choose = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            attach_list(input.files(), files, thumbs, busy, problem);
            // The same file can be chosen again after it is taken off.
            input.set_value("");
        }
    };
    let drop_pending = Callback::new(move |(action, id): (DocAction, String)| {
        if action != DocAction::DropPending {
            return;
        }
        let mut gone = Vec::new();
        files.update(|f| {
            if let Some(pos) = f.iter().position(|a| a.id == id) {
                gone.push(f.remove(pos));
            }
        });
        attachments::forget(&gone);
    });
    view! {
        <fieldset class="attach" data-testid="attach">
            <legend>"Photos, screenshots and files"</legend>
            <p class="hint" id="attach-hint">"Attach any file up to 25 MB: choose it, paste a screenshot, or drop files here. Each is kept exactly as it is, with a fingerprint that shows it has not changed."</p>
            <p class="hint" data-testid="location-note">"Photos often carry the place they were taken, which is kept with the file."</p>
            <div class="field">
                <label for="attach-file">"Attach files"</label>
                <input id="attach-file" data-testid="attach-file" type="file" multiple aria-describedby="attach-hint" on:change=on_choose/>
            </div>
            <div class="field phone-only">
                <label for="attach-camera">"Take a photo with the camera"</label>
                <input id="attach-camera" data-testid="attach-camera" type="file" accept="image/*" capture="environment" on:change=on_choose/>
            </div>
            <p role="status" data-testid="attach-busy">{move || busy.get().then_some("Attaching… your words are safe while this happens.")}</p>
            <div role="alert" class="form-error" data-testid="attach-error">{move || problem.get()}</div>
            <DocView on_action=drop_pending tree=Signal::derive(move || {
                thumbs.with(|t| files.with(|f| attachment_views::pending_files(f, t, tz_offset())))
            })/>
        </fieldset>
    }
}
