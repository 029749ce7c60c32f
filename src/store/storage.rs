//! The storage contract, over the raw store and the vault. Keys are named in `domain::keys`.
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

use super::raw;
pub use super::raw::StorageError;
use super::vault;
use crate::domain::envelope::{decode, encode, DecodeError, Versioned};
use crate::domain::keys;
use crate::domain::lock::{is_private, LockHeader};

/// The text under a key, or None when the key is absent. With the lock on, private keys are
/// answered by the vault with their opened text.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    if vault::handles(key) {
        return vault::read(key);
    }
    raw::read(key)
}

/// Write text under a key (sealed by the vault for private keys with the lock on). Prefer
/// [`save`], which keeps the contract.
pub fn write_raw(key: &str, value: &str) -> Result<(), StorageError> {
    if vault::handles(key) {
        return vault::write(key, value);
    }
    raw::write(key, value)
}

/// Remove a key (used for diary entries the user purged, never for unreadable data).
pub fn remove(key: &str) -> Result<(), StorageError> {
    if vault::handles(key) {
        return vault::remove(key);
    }
    raw::remove(key)
}

/// Every key that starts with `prefix`, sorted. With the lock open, private keys are those the
/// vault holds, including writes still being sealed.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    let open = vault::status() == vault::LockStatus::Open;
    let mut out: Vec<String> = raw::keys()?
        .into_iter()
        .filter(|k| k.starts_with(prefix) && !(open && is_private(k)))
        .collect();
    if open {
        out.extend(vault::keys_with_prefix(prefix));
    }
    crate::domain::sort::sort_by(&mut out, |a, b| a.cmp(b));
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
    let mut out = None;
    load_with(key, &mut |raw| {
        decode::<T>(raw).map(|value| out = Some(value))
    })?;
    Ok(out)
}

/// [`load`] without the type, so its code is compiled once: `decode` reads the text into the
/// caller's value.
#[inline(never)]
fn load_with(
    key: &str,
    decode: &mut dyn FnMut(&str) -> Result<(), DecodeError>,
) -> Result<(), StorageError> {
    let Some(raw) = read_raw(key)? else {
        Gate::open(key);
        return Ok(());
    };
    match decode(&raw) {
        Ok(()) => {
            Gate::open(key);
            Ok(())
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
    save_with(key, &|| encode(value))
}

/// [`save`] without the type, so its code is compiled once.
#[inline(never)]
fn save_with(key: &str, encode: &dyn Fn() -> String) -> Result<(), StorageError> {
    if !Gate::is_open(key) {
        return Err(StorageError::NotLoaded {
            key: key.to_string(),
        });
    }
    write_raw(key, &encode())
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

/// Read the lock's header under the contract (an unreadable header is kept aside like any
/// other value) and hand it to the vault.
pub fn read_lock_header() {
    vault::init(load::<LockHeader>(keys::LOCK));
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
