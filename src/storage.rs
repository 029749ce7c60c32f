//! The one module that touches localStorage. It owns every key the app uses.
//!
//! Contract, relied on by every page:
//! - every value is written in a versioned envelope (`domain::envelope`);
//! - reads and writes return a typed [`StorageError`], never panic and never swallow a failure;
//! - unreadable data is never overwritten or dropped: it is copied to a side key first
//!   (`<key>.unreadable.<n>`), the user is told, and it can be exported from Settings;
//! - data written by a newer version of the app is left exactly where it is and the key is
//!   read-only until the app is updated;
//! - nothing is written to a key before a read of that key has succeeded (see [`Gate`]).

use std::cell::RefCell;
use std::collections::HashSet;

use wasm_bindgen::JsCast;

use crate::domain::envelope::{decode, encode, DecodeError, Versioned};
use crate::domain::lock::is_private;
use crate::vault;

/// Every key the app stores, in one place.
pub mod keys {
    /// Prefix of every key, so the app never touches another site's data on a shared origin.
    pub const PREFIX: &str = "standsafe.";
    pub const PROFILE: &str = "standsafe.profile";
    pub const PROGRESS: &str = "standsafe.progress";
    pub const SETTINGS: &str = "standsafe.settings";
    /// One key per diary entry: `standsafe.diary.entry.<id>`, so two tabs never overwrite each other.
    pub const DIARY_ENTRY_PREFIX: &str = "standsafe.diary.entry.";
    pub const DIARY_PEOPLE: &str = "standsafe.diary.people";
    /// One key per campaign-day plan: `standsafe.plan.<id>`.
    pub const PLAN_PREFIX: &str = "standsafe.plan.";
    /// The entry being written, kept while it is typed so a reload never loses it.
    pub const DIARY_DRAFT: &str = "standsafe.diary.draft";
    /// An edit being typed: `standsafe.diary.draft.edit.<entry id>`.
    pub const DIARY_EDIT_DRAFT_PREFIX: &str = "standsafe.diary.draft.edit.";
    /// The passphrase lock's header (in the clear: it holds no secret), wrong tries, and a
    /// scratch key used to check for room before a sealed write.
    pub const LOCK: &str = "standsafe.lock";
    pub const LOCK_ATTEMPTS: &str = "standsafe.lock.attempts";
    pub const LOCK_ROOM: &str = "standsafe.lock.room";
    /// Side copies of unreadable data: `<original key>.unreadable.<n>`.
    pub const UNREADABLE_MARK: &str = ".unreadable.";
}

/// Why a read or write failed, in terms the UI can explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no localStorage (blocked by settings or a private mode).
    Unavailable,
    /// The store is full; nothing was written.
    QuotaExceeded,
    /// The stored text could not be read; it is kept under `side_key`.
    Unreadable {
        key: String,
        side_key: String,
        why: String,
    },
    /// The stored data comes from a newer version of the app; it is left untouched.
    NewerVersion {
        key: String,
        found: u32,
        supported: u32,
    },
    /// A write was refused because this key has not yet been read successfully.
    NotLoaded { key: String },
    /// The lock is on and closed: private data can be neither read nor written.
    Locked,
    /// Any other failure the browser reported.
    Other(String),
}

impl StorageError {
    /// A calm sentence for the user saying what happened and what is safe.
    pub fn message(&self) -> String {
        match self {
            StorageError::Unavailable => "This browser is not letting Stand Safe keep anything on this device, so nothing you type can be saved. Check that cookies and site data are allowed for this site, and that you are not in a private window.".into(),
            StorageError::QuotaExceeded => "This device's storage for Stand Safe is full, so this could not be saved. Your text is still here. Export a backup from Settings, then remove old entries or free space.".into(),
            StorageError::Unreadable { .. } => "Some saved data could not be read. It has been kept safe, not deleted: you can download it from Settings.".into(),
            StorageError::NewerVersion { .. } => "Some data was saved by a newer version of Stand Safe. It has been left untouched. Reload the page to get the newest version.".into(),
            StorageError::NotLoaded { .. } => "Stand Safe could not read your saved data yet, so it has not saved over it. Reload the page and try again.".into(),
            StorageError::Locked => "Stand Safe is locked, so this could not be saved. Unlock it with your passphrase and try again.".into(),
            StorageError::Other(why) => format!("The browser could not save this ({why}). Your text is still here."),
        }
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

fn error_from_js(err: wasm_bindgen::JsValue) -> StorageError {
    if let Some(dom) = err.dyn_ref::<web_sys::DomException>() {
        // Chromium and Firefox name it differently; the legacy code 22 covers old engines.
        let name = dom.name();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || dom.code() == 22
        {
            return StorageError::QuotaExceeded;
        }
        return StorageError::Other(format!("{name}: {}", dom.message()));
    }
    StorageError::Other(format!("{err:?}"))
}

/// The text stored under a key, bypassing the lock (sealed text as it is).
pub(crate) fn read_stored(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(error_from_js)
}

pub(crate) fn write_stored(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(error_from_js)
}

pub(crate) fn remove_stored(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(error_from_js)
}

/// Every key in the store, in one `Object.keys` call (`Storage.key(i)` per key is slow).
pub(crate) fn stored_keys() -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let object: &js_sys::Object = storage.unchecked_ref();
    Ok(js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .collect())
}

/// The text under a key, or None when the key is absent. With the lock on, private keys are
/// answered by the vault with their opened text.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    if vault::handles(key) {
        return vault::read(key);
    }
    read_stored(key)
}

/// Write text under a key (sealed by the vault for private keys with the lock on). Prefer
/// [`save`], which keeps the contract.
pub fn write_raw(key: &str, value: &str) -> Result<(), StorageError> {
    if vault::handles(key) {
        return vault::write(key, value);
    }
    write_stored(key, value)
}

/// Remove a key (used for diary entries the user purged, never for unreadable data).
pub fn remove(key: &str) -> Result<(), StorageError> {
    if vault::handles(key) {
        return vault::remove(key);
    }
    remove_stored(key)
}

/// Every key that starts with `prefix`, sorted. With the lock open, private keys are those the
/// vault holds, including writes still being sealed.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    let open = vault::status() == vault::LockStatus::Open;
    let mut out: Vec<String> = stored_keys()?
        .into_iter()
        .filter(|k| k.starts_with(prefix) && !(open && is_private(k)))
        .collect();
    if open {
        out.extend(vault::keys_with_prefix(prefix));
    }
    out.sort();
    Ok(out)
}

/// Every side key holding unreadable data, with its text, for export from Settings.
pub fn unreadable_copies() -> Result<Vec<(String, String)>, StorageError> {
    let mut out = Vec::new();
    for key in keys_with_prefix(keys::PREFIX)? {
        if key.contains(keys::UNREADABLE_MARK) {
            if let Some(text) = read_raw(&key)? {
                out.push((key, text));
            }
        }
    }
    Ok(out)
}

/// Copy unreadable text to a fresh side key and return its name. An existing side copy with the
/// same text is reused, so reloading does not pile up copies; a different one is never replaced.
fn keep_aside(key: &str, raw: &str) -> Result<String, StorageError> {
    for n in 1..1000 {
        let side_key = format!("{key}{}{n}", keys::UNREADABLE_MARK);
        match read_raw(&side_key)? {
            Some(existing) if existing == raw => return Ok(side_key),
            Some(_) => continue,
            None => {
                write_raw(&side_key, raw)?;
                return Ok(side_key);
            }
        }
    }
    Err(StorageError::Other("too many unreadable copies".into()))
}

thread_local! {
    static READ_OK: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// Remembers which keys have been read successfully, so no write can land on data the app has
/// not seen (tldraw's rule: never write before the first load is read).
pub struct Gate;

impl Gate {
    pub fn open(key: &str) {
        READ_OK.with(|set| set.borrow_mut().insert(key.to_string()));
    }
    pub fn is_open(key: &str) -> bool {
        READ_OK.with(|set| set.borrow().contains(key))
    }
    /// Forget every key (tests only).
    pub fn reset() {
        READ_OK.with(|set| set.borrow_mut().clear());
    }
}

/// Read one versioned value. Absent gives Ok(None). Unreadable text is copied aside first; after
/// that the key may be written again, because the original text is safe under the side key.
pub fn load<T: Versioned>(key: &str) -> Result<Option<T>, StorageError> {
    let Some(raw) = read_raw(key)? else {
        Gate::open(key);
        return Ok(None);
    };
    match decode::<T>(&raw) {
        Ok(value) => {
            Gate::open(key);
            Ok(Some(value))
        }
        Err(DecodeError::NewerVersion { found, supported }) => Err(StorageError::NewerVersion {
            key: key.to_string(),
            found,
            supported,
        }),
        Err(DecodeError::Malformed(why)) => {
            let side_key = keep_aside(key, &raw)?;
            Gate::open(key);
            Err(StorageError::Unreadable {
                key: key.to_string(),
                side_key,
                why,
            })
        }
    }
}

/// Write one versioned value; refused unless the key was read first.
pub fn save<T: Versioned>(key: &str, value: &T) -> Result<(), StorageError> {
    if !Gate::is_open(key) {
        return Err(StorageError::NotLoaded {
            key: key.to_string(),
        });
    }
    write_raw(key, &encode(value))
}

/// A key created by this tab that did not exist before: it counts as read (used for new diary
/// entries, whose key is fresh by construction).
pub fn claim_new(key: &str) -> Result<(), StorageError> {
    match read_raw(key)? {
        None => {
            Gate::open(key);
            Ok(())
        }
        Some(_) => Err(StorageError::NotLoaded {
            key: key.to_string(),
        }),
    }
}

/// Values loaded from many keys, with the problems met on the way (one per unreadable key).
pub struct Loaded<T> {
    pub values: Vec<(String, T)>,
    pub problems: Vec<StorageError>,
}

/// Everything stored under one prefix, one value per key (diary entries). Each key is loaded on
/// its own, so one unreadable entry never hides the others: its problem is returned beside them.
pub fn load_all<T: Versioned>(prefix: &str) -> Result<Loaded<T>, StorageError> {
    let mut values = Vec::new();
    let mut problems = Vec::new();
    for key in keys_with_prefix(prefix)? {
        if key.contains(keys::UNREADABLE_MARK) {
            continue;
        }
        match load::<T>(&key) {
            Ok(Some(value)) => values.push((key, value)),
            Ok(None) => {}
            Err(err) => problems.push(err),
        }
    }
    Ok(Loaded { values, problems })
}

/// What another tab changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherTabChange {
    /// One of the app's keys (None: the whole store was cleared).
    Key(Option<String>),
    /// The lock was turned on or off, or its passphrase changed.
    Lock,
}

/// Tell `on_change` whenever another tab of this app changes a stored key. With the lock open,
/// a private key's new sealed text is opened first, so a read in `on_change` sees it. The
/// returned handle removes the listener (with `leptos::prelude::on_cleanup`).
pub fn on_other_tab_change(
    on_change: impl Fn(OtherTabChange) + 'static,
) -> leptos::prelude::WindowListenerHandle {
    let on_change = std::rc::Rc::new(on_change);
    leptos::prelude::window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let key = ev.key();
        match key.as_deref() {
            Some(k) if k == keys::LOCK => on_change(OtherTabChange::Lock),
            // Not ours, or the lock's own bookkeeping (wrong tries, the room check).
            Some(k) if !k.starts_with(keys::PREFIX) || k.starts_with(keys::LOCK) => {}
            Some(k) if vault::handles(k) => {
                let on_change = on_change.clone();
                let (k, new_text) = (k.to_string(), ev.new_value());
                wasm_bindgen_futures::spawn_local(async move {
                    vault::absorb(&k, new_text).await;
                    on_change(OtherTabChange::Key(Some(k)));
                });
            }
            _ => on_change(OtherTabChange::Key(key)),
        }
    })
}
