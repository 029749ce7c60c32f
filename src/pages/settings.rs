//! Settings: your answers, your contacts, and what is kept on this device.

use leptos::prelude::*;

use crate::components::answers::AnswersForm;
use crate::components::backup_panel::BackupPanel;
use crate::components::download::download_text;
use crate::components::install::{InstallOffer, StorageStatus};
use crate::components::lock_settings::LockSettings;
use crate::components::nav::NavLink;
use crate::components::storage_use::StorageUse;
use crate::domain::route::Route;
use crate::state::notices::Notices;
use crate::store::storage;

/// Unreadable data kept aside by the storage module, offered for download.
#[component]
fn UnreadableCopies() -> impl IntoView {
    let copies = storage::unreadable_copies().unwrap_or_default();
    if copies.is_empty() {
        return view! { <p data-testid="unreadable-none">"Nothing saved on this device is damaged: Stand Safe could read all of it."</p> }.into_any();
    }
    let count = copies.len();
    let notices = expect_context::<Notices>();
    let export = move |_| {
        let body = copies
            .iter()
            .map(|(k, v)| format!("== {k}\n{v}\n"))
            .collect::<String>();
        if let Err(e) = download_text("standsafe-unreadable-data.txt", "text/plain", &body) {
            notices.push_error(e);
        }
    };
    view! {
        <p data-testid="unreadable-count">{if count == 1 { "1 piece of saved data could not be read. It has been kept, not deleted.".to_string() } else { format!("{count} pieces of saved data could not be read. They have been kept, not deleted.") }}</p>
        <p><button type="button" data-testid="export-unreadable" on:click=export>"Download the unreadable data"</button></p>
    }
    .into_any()
}

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Settings"</h1>
        <section aria-labelledby="answers-heading">
            <h2 id="answers-heading">"About you"</h2>
            <p class="hint">"These answers change the wording of the guide, such as who your police contact is."</p>
            <AnswersForm/>
        </section>
        <section aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">"Your contacts"</h2>
            <p><NavLink route=Route::Profile>"Edit your police contact, safety contact and other contacts"</NavLink></p>
        </section>
        <InstallOffer/>
        <BackupPanel/>
        <LockSettings/>
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">"Your data on this device"</h2>
            <p>"Everything you enter is kept in this browser on this device only. Nothing is sent anywhere. Clearing this site's data in your browser deletes it."</p>
            <StorageStatus/>
            <StorageUse/>
            <UnreadableCopies/>
        </section>
    }
}
