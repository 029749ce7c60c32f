//! The passphrase lock's live state, behind `storage`: the data key while unlocked, the opened
//! private values, and sealed writes in flight.
//!
//! `storage` keeps its synchronous contract with the lock on: reads of private keys come from
//! the opened values in memory; a write updates memory at once, first checking that the store has
//! room for the sealed copy (so a full store is still reported while the words are on screen),
//! and the sealed copy is stored a moment later. Only the newest write of a key lands. Locking
//! drops the key and the opened values; writes already sealing still land.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use web_sys::CryptoKey;

use super::crypto::{self, CryptoError};
use super::files;
use super::raw::{self, StorageError};
use crate::domain::envelope::encode;
use crate::domain::json::ToJson;
use crate::domain::keys;
use crate::domain::lock::{
    is_private, sealed_len, EncryptedBackup, LockHeader, BACKUP_AD, ENCRYPTED_BACKUP_VERSION,
    SEALED_PREFIX,
};

/// Whether the lock is on, and if so whether it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStatus {
    Off,
    Locked,
    Open,
}

#[derive(Default)]
struct Vault {
    /// The stored header: Some while the lock is on.
    header: Option<LockHeader>,
    /// The header could not be read: the lock is on but cannot be opened by this version.
    header_problem: Option<StorageError>,
    key: Option<CryptoKey>,
    /// Opened text of every private key, while open.
    values: BTreeMap<String, String>,
    /// Per key, the number of the newest write: an older sealed write never lands over it.
    generation: HashMap<String, u64>,
    /// Per key, the extra room its sealed write still on its way will take, so two writes in
    /// flight are never each told there is room that only one of them has.
    in_flight: HashMap<String, usize>,
    on_write_failure: Option<Rc<dyn Fn(StorageError)>>,
}

thread_local! {
    static VAULT: RefCell<Vault> = RefCell::new(Vault::default());
}

fn with<R>(f: impl FnOnce(&mut Vault) -> R) -> R {
    VAULT.with(|v| f(&mut v.borrow_mut()))
}

/// Take the lock's header as the storage contract read it (`storage::read_lock_header`), once
/// at start and again when another tab changes it.
pub fn init(loaded: Result<Option<LockHeader>, StorageError>) {
    let (header, problem) = match loaded {
        Ok(header) => (header, None),
        // No storage at all: there is nothing to lock (the app says so on its own).
        Err(StorageError::Unavailable) => (None, None),
        Err(err) => (None, Some(err)),
    };
    with(|v| {
        let changed = v.header != header || problem.is_some();
        v.header = header;
        v.header_problem = problem;
        if changed {
            v.key = None;
            v.values.clear();
        }
    });
}

pub fn status() -> LockStatus {
    with(|v| match (&v.header, &v.header_problem, &v.key) {
        (None, None, _) => LockStatus::Off,
        (_, _, Some(_)) => LockStatus::Open,
        _ => LockStatus::Locked,
    })
}

/// Tell the user when a sealed write fails after the words were taken (rare: the store filled
/// in the moment between the check and the write).
pub fn on_write_failure(report: impl Fn(StorageError) + 'static) {
    with(|v| v.on_write_failure = Some(Rc::new(report)));
}

/// Tell whoever asked (`on_write_failure`) that a sealed write failed.
fn report_write_failure(err: StorageError) {
    if let Some(report) = with(|v| v.on_write_failure.clone()) {
        report(err);
    }
}

/// True when the vault answers for `key` (the lock is on and the key is private).
pub fn handles(key: &str) -> bool {
    is_private(key) && status() != LockStatus::Off
}

/// The key attached files are sealed with: None with the lock off; `Locked` while closed.
pub fn file_key() -> Result<Option<CryptoKey>, StorageError> {
    match status() {
        LockStatus::Off => Ok(None),
        LockStatus::Open => Ok(with(|v| v.key.clone())),
        LockStatus::Locked => Err(StorageError::Locked),
    }
}

/// Drop the key and every opened value.
pub fn lock() {
    with(|v| {
        v.key = None;
        v.values.clear();
    });
}

/// A private key's opened text; `Locked` while locked.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    with(|v| match v.key {
        Some(_) => Ok(v.values.get(key).cloned()),
        None => Err(StorageError::Locked),
    })
}

/// The private keys starting with `prefix`, while open.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    with(|v| {
        v.values
            .range(prefix.to_string()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, _)| k.clone())
            .collect()
    })
}

/// Take a write of a private key: checked for room, kept in memory, sealed and stored next.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let Some(crypto_key) = with(|v| v.key.clone()) else {
        return Err(StorageError::Locked);
    };
    let stored_len = raw::read(key)?.map_or(0, |s| s.len());
    let extra = sealed_len(value.len()).saturating_sub(stored_len);
    let others: usize = with(|v| {
        v.in_flight
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(_, n)| n)
            .sum()
    });
    check_room(extra + others)?;
    let generation = with(|v| {
        v.in_flight.insert(key.to_string(), extra);
        v.values.insert(key.to_string(), value.to_string());
        let g = v.generation.entry(key.to_string()).or_default();
        *g += 1;
        *g
    });
    let (key, value) = (key.to_string(), value.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        let result = match crypto::seal(&crypto_key, &key, &value).await {
            Ok(sealed) if with(|v| v.generation.get(&key) == Some(&generation)) => {
                raw::write(&key, &sealed)
            }
            Ok(_) => Ok(()), // a newer write of this key is on its way
            Err(err) => Err(StorageError::Other(err.to_string())),
        };
        with(|v| {
            if v.generation.get(&key) == Some(&generation) {
                v.in_flight.remove(&key);
            }
        });
        if let Err(err) = result {
            report_write_failure(err);
        }
    });
    Ok(())
}

/// Remove a private key now, and cancel any sealed write of it still on its way.
pub fn remove(key: &str) -> Result<(), StorageError> {
    with(|v| {
        v.values.remove(key);
        v.in_flight.remove(key);
        *v.generation.entry(key.to_string()).or_default() += 1;
    });
    raw::remove(key)
}

/// Is there room for `extra` more characters? Writes and removes a scratch key of that length.
fn check_room(extra: usize) -> Result<(), StorageError> {
    if extra == 0 {
        return Ok(());
    }
    let result = raw::write(keys::LOCK_ROOM, &"0".repeat(extra));
    let _ = raw::remove(keys::LOCK_ROOM);
    result
}

/// Every private key in the store with its stored text.
fn stored_private() -> Result<Vec<(String, String)>, StorageError> {
    let mut out = Vec::new();
    for key in raw::keys()? {
        if is_private(&key) {
            if let Some(text) = raw::read(&key)? {
                out.push((key, text));
            }
        }
    }
    Ok(out)
}

/// Why the lock could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockError {
    WrongPassphrase,
    Storage(StorageError),
    Crypto(String),
    /// Data changed while the lock was being turned on: nothing was changed.
    Changed,
}

impl LockError {
    pub fn message(&self) -> String {
        match self {
            LockError::WrongPassphrase => "That passphrase is not right. Nothing has changed. Check for capital letters and try again.".into(),
            LockError::Storage(err) => err.message(),
            LockError::Crypto(why) => format!("This browser could not do the encryption ({why}). Nothing has changed."),
            LockError::Changed => "Something was saved while the lock was being set up, so nothing was changed. Please try again.".into(),
        }
    }
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl From<CryptoError> for LockError {
    fn from(err: CryptoError) -> Self {
        match err {
            CryptoError::WrongKey => LockError::WrongPassphrase,
            CryptoError::Browser(why) => LockError::Crypto(why),
        }
    }
}

impl From<StorageError> for LockError {
    fn from(err: StorageError) -> Self {
        LockError::Storage(err)
    }
}

fn header() -> Result<LockHeader, LockError> {
    with(|v| match (&v.header, &v.header_problem) {
        (Some(h), _) => Ok(h.clone()),
        (None, Some(p)) => Err(LockError::Storage(p.clone())),
        (None, None) => Err(LockError::Crypto("the lock is off".into())),
    })
}

/// Open every sealed value, all started at once (WebCrypto runs them side by side). A value
/// left in the clear by an interruption is read as it is.
async fn open_all(
    key: &CryptoKey,
    stored: Vec<(String, String)>,
) -> Vec<(String, String, Result<String, CryptoError>)> {
    let started: Vec<_> = stored
        .into_iter()
        .map(|(k, text)| {
            let opening = text
                .starts_with(SEALED_PREFIX)
                .then(|| crypto::open(key, &k, &text));
            (k, text, opening)
        })
        .collect();
    let mut out = Vec::with_capacity(started.len());
    for (k, text, opening) in started {
        let result = match opening {
            Some(opening) => opening.await,
            None => Ok(text.clone()),
        };
        out.push((k, text, result));
    }
    out
}

/// Open the lock with a passphrase: every private value is opened into memory. A value that
/// does not open is kept as its sealed text, so `storage` sets it aside as unreadable.
pub async fn unlock(passphrase: &str) -> Result<(), LockError> {
    let header = header()?;
    let key = crypto::open_header(&header, passphrase).await?;
    let opened = open_all(&key, stored_private()?).await;
    let mut clear_left = Vec::new();
    with(|v| {
        v.values.clear();
        for (k, text, result) in opened {
            let plain = match result {
                Ok(plain) if !text.starts_with(SEALED_PREFIX) => {
                    clear_left.push((k.clone(), plain.clone()));
                    plain
                }
                Ok(plain) => plain,
                Err(_) => text,
            };
            v.values.insert(k, plain);
        }
        v.key = Some(key);
    });
    // Seal anything an interruption left in the clear. The lock is open either way; a value that
    // could not be sealed now (a full store, say) is reported, and stays readable on screen.
    for (k, plain) in clear_left {
        if let Err(err) = write(&k, &plain) {
            report_write_failure(err);
        }
    }
    // Attached files too (an interruption while the lock was turned on).
    if let Some(key) = with(|v| v.key.clone()) {
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(err) = files::reseal_all(Some(&key), &key).await {
                report_write_failure(err);
            }
        });
    }
    Ok(())
}

/// Turn the lock on: a new data key, every private value sealed and checked, room checked,
/// then the header and the sealed values written (the header first, so an interruption leaves
/// values in the clear that the next unlock seals, never sealed values with no header).
pub async fn turn_on(passphrase: &str) -> Result<(), LockError> {
    if status() != LockStatus::Off {
        return Err(LockError::Crypto("the lock is already on".into()));
    }
    let plain = stored_private()?;
    let (header, key) = crypto::new_lock(passphrase).await?;
    let mut sealed = Vec::with_capacity(plain.len());
    for (k, text) in &plain {
        let s = crypto::seal(&key, k, text).await?;
        if crypto::open(&key, k, &s).await? != *text {
            return Err(LockError::Crypto(
                "a sealed value did not open again".into(),
            ));
        }
        sealed.push(s);
    }
    if stored_private()? != plain {
        return Err(LockError::Changed);
    }
    let header_text = encode(&header);
    let growth: usize = plain
        .iter()
        .zip(&sealed)
        .map(|((_, p), s)| s.len().saturating_sub(p.len()))
        .sum();
    check_room(growth + header_text.len() + keys::LOCK.len())?;
    raw::write(keys::LOCK, &header_text)?;
    with(|v| {
        v.header = Some(header);
        v.header_problem = None;
        v.values = crate::domain::sort::map_from(plain.iter().cloned());
        v.key = Some(key);
    });
    for ((k, _), s) in plain.iter().zip(&sealed) {
        raw::write(k, s)?;
    }
    // Then every attached file, in one transaction. Should that fail, the lock is on and the
    // files stay readable in the clear until the next unlock seals them: reported, not hidden.
    let file_key = with(|v| v.key.clone());
    if let Some(k) = file_key {
        files::reseal_all(Some(&k), &k).await?;
    }
    Ok(())
}

/// Turn the lock off (the passphrase is asked again): every value written back in the clear,
/// then the header removed.
pub async fn turn_off(passphrase: &str) -> Result<(), LockError> {
    let header = header()?;
    let key = crypto::open_header(&header, passphrase).await?;
    // The attached files first, in one transaction: if that fails nothing has changed.
    files::reseal_all(None, &key).await?;
    let values = with(|v| {
        for k in v.values.keys() {
            *v.generation.entry(k.clone()).or_default() += 1;
        }
        v.in_flight.clear();
        v.values.clone()
    });
    for (k, text) in &values {
        raw::write(k, text)?;
    }
    raw::remove(keys::LOCK)?;
    with(|v| {
        v.header = None;
        v.key = None;
        v.values.clear();
    });
    Ok(())
}

/// A new passphrase: the data key is wrapped again and checked to open with the new one, then
/// the header is written in one write, so no value is ever left under each passphrase.
pub async fn change_passphrase(old: &str, new: &str) -> Result<(), LockError> {
    let header = header()?;
    let next = crypto::rewrap(&header, old, new).await?;
    raw::write(keys::LOCK, &encode(&next))?;
    with(|v| v.header = Some(next));
    Ok(())
}

/// A backup file's text sealed with the lock's scheme (the header travels in the file).
pub async fn seal_backup(plain_json: &str) -> Result<String, LockError> {
    let header = header()?;
    let Some(key) = with(|v| v.key.clone()) else {
        return Err(LockError::Storage(StorageError::Locked));
    };
    let data = crypto::seal(&key, BACKUP_AD, plain_json).await?;
    let file = EncryptedBackup {
        standsafe_encrypted_backup: ENCRYPTED_BACKUP_VERSION,
        header,
        data,
    };
    Ok(file.to_json().to_pretty_text())
}

/// Open an encrypted backup file with its passphrase: the plain backup's JSON.
pub async fn open_backup(file: &EncryptedBackup, passphrase: &str) -> Result<String, LockError> {
    let key = crypto::open_header(&file.header, passphrase).await?;
    Ok(crypto::open(&key, BACKUP_AD, &file.data).await?)
}

/// Another tab changed a private key: open its new text into memory before this tab reads it.
pub async fn absorb(key: &str, new_text: Option<String>) {
    let Some(crypto_key) = with(|v| v.key.clone()) else {
        return;
    };
    let plain = match new_text {
        None => None,
        Some(t) if t.starts_with(SEALED_PREFIX) => Some(
            crypto::open(&crypto_key, key, &t)
                .await
                // Unopenable text is kept as it is, so the storage module sets it aside.
                .unwrap_or(t),
        ),
        Some(t) => Some(t),
    };
    with(|v| {
        match plain {
            Some(p) => v.values.insert(key.to_string(), p),
            None => v.values.remove(key),
        };
    });
}
