//! Backups: export everything as JSON, the diary as CSV; import a backup by merge or replace,
//! checked in full before anything is written; when the last backup was made.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::download::download_text;
use crate::domain::backup;
use crate::domain::backup::Backup;
use crate::domain::csv;
use crate::domain::lock::{parse_encrypted_backup, EncryptedBackup};
use crate::domain::settings::backup_reminder_where;
use crate::domain::time::{format_date, format_local};
use crate::state::attachments;
use crate::state::clock::now_ms;
use crate::state::clock::tz_offset;
use crate::state::diary::DiaryState;
use crate::state::lock::LockState;
use crate::state::notices::Notices;
use crate::state::profile::ProfileState;
use crate::state::progress::ProgressState;
use crate::state::settings::SettingsState;
use crate::store::vault;
use crate::store::vault::LockStatus;

/// Download a backup file's text and note the backup in the settings; the sentence to show.
fn save_and_note(
    settings: SettingsState,
    diary: DiaryState,
    name: &str,
    text: &str,
) -> Result<String, String> {
    let now = now_ms();
    download_text(
        &format!("{name}-{}.json", format_date(now)),
        "application/json",
        text,
    )?;
    let count = diary.with_untracked(|d| d.count());
    settings.update(|s| {
        s.last_backup_ms = Some(now);
        s.entries_at_last_backup = count;
    });
    Ok(format!(
        "Backup saved with {}. Keep the file somewhere safe and private.",
        crate::markup::diary_views::count_of(count, "entry", "entries")
    ))
}

/// Where a backup's contents come from: the app's contexts (taken when made in a component, so
/// it can be used from any handler).
#[derive(Clone, Copy)]
pub struct BackupSource {
    diary: DiaryState,
    profile: ProfileState,
    progress: ProgressState,
}

impl BackupSource {
    pub fn from_context() -> BackupSource {
        BackupSource {
            diary: expect_context::<DiaryState>(),
            profile: expect_context::<ProfileState>(),
            progress: expect_context::<ProgressState>(),
        }
    }

    /// The JSON backup of everything, attached files included (read from the file store).
    pub async fn text(self) -> Result<String, String> {
        let backup = Backup::gather(
            &self.diary.with_untracked(Clone::clone),
            &self.profile.with_untracked(Clone::clone),
            &self.progress.with_untracked(Clone::clone),
            now_ms(),
        );
        let files = attachments::read_all(&backup.file_ids())
            .await
            .map_err(|e| e.message())?;
        Ok(backup::export(&backup.with_files(files)))
    }
}

/// Save the plain backup file now; `done` gets the sentence to show, or why it failed.
pub fn backup_saver() -> impl Fn(Callback<Result<String, String>>) + Copy {
    let settings = expect_context::<SettingsState>();
    let diary = expect_context::<DiaryState>();
    let source = BackupSource::from_context();
    move |done: Callback<Result<String, String>>| {
        let owner = Owner::current();
        leptos::task::spawn_local(async move {
            let text = source.text().await;
            let finish = move || {
                let saved =
                    text.and_then(|t| save_and_note(settings, diary, "standsafe-backup", &t));
                done.run(saved);
            };
            match owner {
                Some(owner) => owner.with(finish),
                None => finish(),
            }
        });
    }
}

/// A backup read and checked, waiting for the user to choose merge or replace.
#[derive(Clone)]
struct PendingImport {
    backup: Backup,
    /// Its attached files, checked by size and fingerprint before anything is written.
    files: backup::CheckedFiles,
    summary: String,
    replace_removes: usize,
}

/// The backup section of Settings.
#[component]
pub fn BackupPanel() -> impl IntoView {
    let diary = expect_context::<DiaryState>();
    let profile = expect_context::<ProfileState>();
    let progress = expect_context::<ProgressState>();
    let settings = expect_context::<SettingsState>();
    let notices = expect_context::<Notices>();
    let message = RwSignal::new(None::<String>);
    let pending = RwSignal::new(None::<PendingImport>);
    let confirm_replace = RwSignal::new(false);

    let save_backup_file = backup_saver();
    let source = BackupSource::from_context();
    let export_json = move |_| {
        message.set(Some("Making the backup…".into()));
        save_backup_file(Callback::new(move |saved| match saved {
            Ok(done) => message.set(Some(done)),
            Err(e) => {
                message.set(None);
                notices.push_error(e)
            }
        }))
    };
    let lock = expect_context::<LockState>();
    let export_sealed = move |_| {
        message.set(Some("Making the backup…".into()));
        leptos::task::spawn_local(async move {
            let text = match source.text().await {
                Ok(text) => text,
                Err(e) => {
                    message.set(Some(e));
                    return;
                }
            };
            match vault::seal_backup(&text).await {
                Ok(sealed) => {
                    match save_and_note(settings, diary, "standsafe-backup-encrypted", &sealed) {
                        Ok(done) => message.set(Some(done)),
                        Err(e) => notices.push_error(e),
                    }
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };
    let export_csv = move |_| {
        let text = diary.with_untracked(|d| csv::to_csv(d, crate::state::clock::tz_offset_at));
        if let Err(e) = download_text(
            &format!("standsafe-diary-{}.csv", format_date(now_ms())),
            "text/csv;charset=utf-8",
            &text,
        ) {
            notices.push_error(e);
        }
    };

    let sealed_import = RwSignal::new(None::<EncryptedBackup>);
    let import_passphrase = RwSignal::new(String::new());
    // A backup's text, checked in full and summarised; nothing is written until the user chooses.
    let consider = move |text: String| match backup::parse_backup(text.as_bytes()) {
        Err(e) => message.set(Some(e.message())),
        Ok(b) => {
            let files = backup::check_files(&b);
            let (summary, removes) = diary.with_untracked(|d| {
                let existing = d.all();
                let merge = backup::plan_merge(&existing, &b.incidents);
                let replace = backup::plan_replace(&existing, &b.incidents);
                (
                    format!(
                        "This backup from {} holds {}. Merging would add {} and update {}, and delete nothing.",
                        format_local(b.exported_ms, tz_offset()),
                        crate::markup::diary_views::count_of(b.incidents.len(), "entry", "entries"),
                        merge.added,
                        merge.updated
                    ),
                    replace.removed_count,
                )
            });
            let summary = match files.damage_message() {
                Some(damage) => format!("{summary} {damage}"),
                None => summary,
            };
            message.set(None);
            pending.set(Some(PendingImport {
                backup: b,
                files,
                summary,
                replace_removes: removes,
            }));
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        pending.set(None);
        confirm_replace.set(false);
        let Some(file) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        if file.size() > backup::MAX_BYTES as f64 {
            message.set(Some(backup::ImportError::TooLarge.message()));
            return;
        }
        let promise = file.text();
        leptos::task::spawn_local(async move {
            let text = match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(_) => {
                    message.set(Some(
                        "The file could not be read. Nothing has been changed.".into(),
                    ));
                    return;
                }
            };
            match parse_encrypted_backup(&text) {
                Some(Ok(file)) => {
                    message.set(Some(
                        "This backup file is encrypted. Type the passphrase it was saved with."
                            .into(),
                    ));
                    sealed_import.set(Some(file));
                }
                Some(Err(e)) => message.set(Some(e)),
                None => consider(text),
            }
        });
    };
    let open_sealed = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(file) = sealed_import.get_untracked() else {
            return;
        };
        let typed = import_passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            match vault::open_backup(&file, &typed).await {
                Ok(text) => {
                    sealed_import.set(None);
                    import_passphrase.set(String::new());
                    consider(text);
                }
                Err(e) => message.set(Some(e.message())),
            }
        });
    };

    let apply = move |replace: bool| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        confirm_replace.set(false);
        message.set(Some("Restoring…".into()));
        // The contexts the saves below ask for, once the files are stored.
        let owner = Owner::current();
        leptos::task::spawn_local(async move {
            // The files first, all in one transaction: if the store is full nothing is written.
            if let Err(e) = attachments::restore_all(&p.files.good).await {
                message.set(Some(format!("{} Nothing has been changed.", e.message())));
                return;
            }
            let Some(owner) = owner else { return };
            owner.with(|| {
                let result = if replace {
                    diary.replace_with(&p.backup).map(|(n, gone)| {
                        attachments::forget(&gone);
                        n
                    })
                } else {
                    diary.merge_in(&p.backup)
                };
                match result {
                    Ok(n) => {
                        if replace || !profile.with_untracked(|x| x.answered) {
                            profile.update(|x| *x = p.backup.profile.clone());
                        }
                        progress.update(|x| {
                            if replace {
                                *x = p.backup.progress.clone();
                            } else {
                                for (k, v) in &p.backup.progress.done {
                                    x.done.entry(k.clone()).or_insert(*v);
                                }
                            }
                        });
                        let mut done = format!(
                            "Done: {} restored from the backup.",
                            crate::markup::diary_views::count_of(n, "entry", "entries")
                        );
                        if let Some(damage) = p.files.damage_message() {
                            done = format!("{done} {damage}");
                        }
                        message.set(Some(done));
                    }
                    Err(e) => message.set(Some(e.message())),
                }
            });
        });
    };

    let (_, seven_days) = crate::state::device::install_here();
    let reminder = move || {
        let count = diary.with(|d| d.count());
        settings.with(|s| backup_reminder_where(s, count, now_ms(), seven_days))
    };

    view! {
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backup and export"</h2>
            <p data-testid="last-backup">{move || settings.with(|s| match s.last_backup_ms {
                Some(at) => format!("Last backup: {}.", format_local(at, tz_offset())),
                None => "No backup made yet on this device.".into(),
            })}</p>
            {move || reminder().map(|r| view! { <p class="callout" data-testid="backup-reminder">{r}</p> })}
            <p class="button-row">
                <button type="button" data-testid="export-json" on:click=export_json>"Save a backup file (everything)"</button>
                <button type="button" class="button-quiet" data-testid="export-csv" on:click=export_csv>"Export the diary as a spreadsheet (CSV)"</button>
            </p>
            {move || (lock.status() == LockStatus::Open).then(|| view! {
                <p><button type="button" data-testid="export-encrypted" on:click=export_sealed>"Save an encrypted backup file"</button></p>
                <p class="hint">"The encrypted file opens only with your passphrase, on this device or another one."</p>
            })}
            <p class="hint">"The plain backup file is not encrypted: anyone who has it can read your diary. Keep it somewhere private."</p>
            <h3>"Restore from a backup"</h3>
            <label for="import-file">"Choose a Stand Safe backup file"</label>
            <input id="import-file" data-testid="import-file" type="file" accept=".json,application/json" on:change=on_file/>
            <div role="status" data-testid="backup-message">{move || message.get()}</div>
            {move || sealed_import.get().map(|_| view! {
                <form class="card" data-testid="import-passphrase-form" on:submit=open_sealed>
                    <label for="import-passphrase">"Passphrase of the backup"</label>
                    <input id="import-passphrase" data-testid="import-passphrase" type="password"
                        autocomplete="current-password" bind:value=import_passphrase/>
                    <button type="submit" data-testid="import-open">"Open the backup"</button>
                </form>
            })}
            {move || pending.get().map(|p| view! {
                <div class="card" data-testid="import-plan">
                    <p>{p.summary.clone()}</p>
                    <p class="button-row">
                        <button type="button" data-testid="import-merge" on:click=move |_| apply(false)>"Merge into this device"</button>
                        <button type="button" class="button-quiet" data-testid="import-replace" on:click=move |_| confirm_replace.set(true)>"Replace everything…"</button>
                    </p>
                    <Show when=move || confirm_replace.get()>
                        <p class="error-text" data-testid="replace-warning">{replace_warning(p.replace_removes)}</p>
                        <button type="button" data-testid="import-replace-confirm" on:click=move |_| apply(true)>"Yes, replace everything"</button>
                    </Show>
                </div>
            })}
        </section>
    }
}

/// What "Replace everything" will remove, said before the user confirms.
fn replace_warning(removes: usize) -> String {
    let (entries, them) = match removes {
        1 => ("1 entry".to_string(), "it"),
        n => (format!("{n} entries"), "them"),
    };
    format!("Replacing removes {entries} not in the backup from this device, with any files attached to {them}, and replaces your contacts and progress. This cannot be undone.")
}

/// Ask the browser to keep this site's data under storage pressure (navigator.storage.persist),
/// once, and remember the answer for Settings.
pub fn ask_persistent_storage() {
    let settings = expect_context::<SettingsState>();
    if settings.with_untracked(|s| s.persistent == Some(true)) {
        return;
    }
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    let Ok(promise) = manager.persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let granted = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        settings.update(|s| s.persistent = Some(granted));
    });
}
