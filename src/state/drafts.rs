//! Diary drafts: the entry or edit being typed, kept on the device so a reload, an auto-lock or a
//! failed save never loses it.

use crate::domain::diary::{Draft, IncidentFields};
use crate::domain::keys;
use crate::store::storage;

/// Where an edit of entry `id` is kept while it is typed, so a reload or an auto-lock in the
/// middle of an edit loses nothing.
pub fn edit_draft_key(id: &str) -> String {
    format!("{}{id}", keys::DIARY_EDIT_DRAFT_PREFIX)
}

/// Read a saved draft (the new entry's at `keys::DIARY_DRAFT`, or an edit's), if one was left
/// by a reload, a lock or a failed save.
pub fn load_draft(key: &str) -> Option<Draft> {
    storage::load::<Draft>(key).ok().flatten()
}

/// The entry whose edit was left unfinished, if any (its draft is read by the edit form).
pub fn unfinished_edit() -> Option<String> {
    storage::keys_with_prefix(keys::DIARY_EDIT_DRAFT_PREFIX)
        .ok()?
        .into_iter()
        .find(|k| !k.contains(keys::UNREADABLE_MARK))
        .map(|k| k[keys::DIARY_EDIT_DRAFT_PREFIX.len()..].to_string())
}

/// Keep the draft on the device as it is typed. A failure here is not shown: the text is still
/// on screen, and saving the entry reports its own errors.
pub fn keep_draft(key: &str, draft: &Draft) {
    let _ = storage::load::<Draft>(key);
    let _ = storage::save(key, draft);
}

/// Forget a draft once its entry is saved or the edit is cancelled.
pub fn clear_draft(key: &str) {
    let _ = storage::remove(key);
}

/// Start a new diary entry with these fields (from a plan, say). An unsaved draft already there
/// is never replaced: the user is asked to finish it first.
pub fn start_new_entry(fields: &IncidentFields) -> Result<(), String> {
    match storage::load::<IncidentFields>(keys::DIARY_DRAFT) {
        Ok(None) => storage::save(keys::DIARY_DRAFT, fields).map_err(|e| e.message()),
        Ok(Some(_)) | Err(storage::StorageError::Unreadable { .. }) => Err(
            "You have a diary entry that is not saved yet. Open the diary to finish it first."
                .into(),
        ),
        Err(err) => Err(err.message()),
    }
}
