//! The diary's live state: loaded once from per-entry keys, saved entry by entry, refreshed when
//! another tab writes. All storage access goes through `storage`; this module only decides what
//! to read and write, so two tabs never overwrite each other's entries.

use leptos::prelude::*;

use crate::domain::attachment::Attachment;
use crate::domain::backup::Backup;
use crate::domain::diary::{Diary, Incident, People};
use crate::domain::keys;
use crate::state::notices::Notices;
use crate::store::storage;
use crate::store::storage::{OtherTabChange, StorageError};

/// The diary shown on screen, and whether it could be read.
#[derive(Clone, Copy)]
pub struct DiaryState {
    diary: RwSignal<Diary>,
    /// False when stored entries could not be read: the page then refuses to write.
    readable: RwSignal<bool>,
}

fn entry_key(id: &str) -> String {
    format!("{}{id}", keys::DIARY_ENTRY_PREFIX)
}

/// Read every entry and the people list. Unreadable entries are kept aside by `storage` and
/// reported; the rest still load.
pub fn read_diary() -> Result<(Diary, Vec<StorageError>), StorageError> {
    let loaded = storage::load_all::<Incident>(keys::DIARY_ENTRY_PREFIX)?;
    let mut problems = loaded.problems;
    let people = match storage::load::<People>(keys::DIARY_PEOPLE) {
        Ok(p) => p.unwrap_or_default(),
        Err(err) => {
            problems.push(err);
            People::default()
        }
    };
    let incidents = loaded.values.into_iter().map(|(_, i)| i).collect();
    Ok((Diary::from_parts(incidents, people), problems))
}

impl DiaryState {
    /// Load the diary for the app, telling the user of any problem.
    pub fn load(notices: Notices) -> DiaryState {
        let (diary, readable) = match read_diary() {
            Ok((diary, problems)) => {
                let blocking = problems
                    .iter()
                    .any(|p| matches!(p, StorageError::NewerVersion { .. }));
                for p in &problems {
                    notices.push_error(p.message());
                }
                (diary, !blocking)
            }
            Err(err) => {
                notices.push_error(err.message());
                (Diary::default(), false)
            }
        };
        DiaryState {
            diary: RwSignal::new(diary),
            readable: RwSignal::new(readable),
        }
    }

    /// Look at the diary (tracked).
    pub fn with<R>(self, f: impl FnOnce(&Diary) -> R) -> R {
        self.diary.with(f)
    }

    /// Look at the diary without tracking.
    pub fn with_untracked<R>(self, f: impl FnOnce(&Diary) -> R) -> R {
        self.diary.with_untracked(f)
    }

    /// Change one entry in memory and write it. When the write fails the diary in memory is put
    /// back as it was (the form still holds the user's words) and the error is returned.
    pub fn change_entry(
        self,
        id: &str,
        change: impl FnOnce(&mut Diary),
    ) -> Result<(), StorageError> {
        let before = self.diary.get_untracked();
        self.diary.update(change);
        let saved = self.save_entry(id);
        if saved.is_err() {
            self.diary.set(before);
        }
        saved
    }

    /// Change the people list (a rename or a merge the user asked for) and write it. When the
    /// write fails the diary in memory is put back as it was and the error is returned.
    pub fn change_people(self, change: impl FnOnce(&mut Diary)) -> Result<(), StorageError> {
        let before = self.diary.get_untracked();
        self.diary.update(change);
        let saved = self.save_people();
        if saved.is_err() {
            self.diary.set(before);
        }
        saved
    }

    /// Remove every entry and file in "recently deleted" for good. Stops at the first failure,
    /// which is returned; what is not yet removed stays in the list. Returns the files whose
    /// bytes can now leave the file store (those of the entries and the removed files).
    pub fn empty_deleted(self) -> Result<Vec<Attachment>, StorageError> {
        let ids: Vec<String> = self
            .diary
            .with_untracked(|d| d.deleted().into_iter().map(|i| i.id.clone()).collect());
        let mut gone = Vec::new();
        for id in &ids {
            self.purge_entry(id)?;
            self.diary.update(|d| {
                if let Some(i) = d.get(id) {
                    gone.extend(i.attachments.iter().cloned());
                }
                d.forget(id)
            });
        }
        let removed: Vec<(String, String)> = self.diary.with_untracked(|d| {
            d.removed_files()
                .into_iter()
                .map(|(i, a)| (i.id.clone(), a.id.clone()))
                .collect()
        });
        for (entry, file) in removed {
            let key = entry_key(&entry);
            let Some(mut ours) = self.diary.with_untracked(|d| d.get(&entry).cloned()) else {
                continue;
            };
            // Merged with the stored copy first (another tab's edits stay), then the file's
            // record dropped: a merge alone would bring it back.
            if let Ok(Some(stored)) = storage::load::<Incident>(&key) {
                ours = Incident::merge(stored, ours);
            }
            gone.extend(ours.attachments.iter().filter(|a| a.id == file).cloned());
            ours.attachments.retain(|a| a.id != file);
            storage::save(&key, &ours)?;
            self.diary.update(|d| d.put(ours));
        }
        Ok(gone)
    }

    /// Whenever another tab saves a diary key, read the diary again, so neither tab loses the
    /// other's words. Stops when the current reactive owner is cleaned up (the lock closes).
    pub fn follow_other_tabs(self) {
        let other_tab = storage::on_other_tab_change(move |change| {
            let OtherTabChange::Key(key) = change else {
                return;
            };
            let diary_key = key
                .as_deref()
                .is_none_or(|k| k.starts_with(keys::DIARY_ENTRY_PREFIX) || k == keys::DIARY_PEOPLE);
            if diary_key {
                self.refresh();
            }
        });
        on_cleanup(move || other_tab.remove());
    }

    /// Another tab changed the diary: read it again and merge, so neither tab loses an entry.
    pub fn refresh(self) {
        if let Ok((theirs, _)) = read_diary() {
            self.diary.update(|ours| ours.merge_from(theirs));
        }
    }

    /// Write one entry. The stored copy is read first and merged in, so an edit made in another
    /// tab since this one loaded is kept as history rather than overwritten.
    pub fn save_entry(self, id: &str) -> Result<(), StorageError> {
        if !self.readable.get_untracked() {
            return Err(StorageError::NotLoaded { key: entry_key(id) });
        }
        let key = entry_key(id);
        let Some(mut entry) = self.diary.with_untracked(|d| d.get(id).cloned()) else {
            return Ok(());
        };
        match storage::load::<Incident>(&key) {
            Ok(Some(stored)) => entry = Incident::merge(stored, entry),
            Ok(None) => storage::claim_new(&key)?,
            Err(StorageError::Unreadable { .. }) => {}
            Err(err) => return Err(err),
        }
        storage::save(&key, &entry)?;
        self.diary.update(|d| d.put(entry));
        self.save_people()
    }

    /// Write the people list (merged with the stored one: people are only ever added).
    pub fn save_people(self) -> Result<(), StorageError> {
        let mut people = self.diary.with_untracked(|d| d.people.clone());
        if let Ok(Some(stored)) = storage::load::<People>(keys::DIARY_PEOPLE) {
            people.merge_from(stored);
        }
        storage::save(keys::DIARY_PEOPLE, &people)?;
        self.diary.update(|d| d.people = people);
        Ok(())
    }

    /// Remove an entry's key for good (only from "empty recently deleted").
    fn purge_entry(self, id: &str) -> Result<(), StorageError> {
        storage::remove(&entry_key(id))
    }

    /// Merge a checked backup in: by entry id, the newer edit wins and every version is kept;
    /// nothing is deleted. Returns how many entries were written.
    pub fn merge_in(self, backup: &Backup) -> Result<usize, StorageError> {
        self.diary.update(|d| {
            for incoming in &backup.incidents {
                let merged = match d.get(&incoming.id) {
                    Some(ours) => Incident::merge(ours.clone(), incoming.clone()),
                    None => incoming.clone(),
                };
                d.put(merged);
            }
            d.people.merge_from(backup.people.clone());
        });
        let mut written = 0;
        for incoming in &backup.incidents {
            self.save_entry(&incoming.id)?;
            written += 1;
        }
        self.save_people()?;
        Ok(written)
    }

    /// Replace the diary with a checked backup (after the user confirmed). The backup's entries
    /// are written first; only then are entries that are not in it removed. Returns how many
    /// entries were written, and the files of the removed entries that no entry of the backup
    /// holds: they leave the file store with their entries.
    pub fn replace_with(self, backup: &Backup) -> Result<(usize, Vec<Attachment>), StorageError> {
        let keep: std::collections::HashSet<&str> =
            backup.incidents.iter().map(|i| i.id.as_str()).collect();
        let mut written = 0;
        for incoming in &backup.incidents {
            let key = entry_key(&incoming.id);
            if storage::load::<Incident>(&key).is_ok_and(|e| e.is_none()) {
                storage::claim_new(&key)?;
            }
            storage::save(&key, incoming)?;
            written += 1;
        }
        storage::load::<People>(keys::DIARY_PEOPLE).ok();
        storage::save(keys::DIARY_PEOPLE, &backup.people)?;
        let kept_files: std::collections::HashSet<&str> = backup
            .incidents
            .iter()
            .flat_map(|i| &i.attachments)
            .map(|a| a.id.as_str())
            .collect();
        let mut gone = Vec::new();
        for key in storage::keys_with_prefix(keys::DIARY_ENTRY_PREFIX)? {
            let id = &key[keys::DIARY_ENTRY_PREFIX.len()..];
            if !key.contains(keys::UNREADABLE_MARK) && !keep.contains(id) {
                // The stored copy names its files (another tab may have attached one since).
                if let Ok(Some(entry)) = storage::load::<Incident>(&key) {
                    gone.extend(
                        entry
                            .attachments
                            .into_iter()
                            .filter(|a| !kept_files.contains(a.id.as_str())),
                    );
                }
                storage::remove(&key)?;
            }
        }
        self.diary.set(Diary::from_parts(
            backup.incidents.clone(),
            backup.people.clone(),
        ));
        Ok((written, gone))
    }
}
