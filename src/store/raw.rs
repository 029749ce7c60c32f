//! The raw localStorage layer: text in, text out, through gloo-storage, with every browser
//! failure mapped to a typed [`StorageError`]. It knows nothing of envelopes or the lock.

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
use wasm_bindgen::JsCast;

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

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// The store, or `Unavailable` when the browser gives none (blocked, or some private modes):
/// gloo-storage's own handle panics in that case, so it is asked for only after this check.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

/// A browser exception, read through gloo's `JsError`, as one of our errors.
fn error_from_js(err: wasm_bindgen::JsValue) -> StorageError {
    let Ok(error) = err.dyn_into::<js_sys::Error>() else {
        return StorageError::Other("unknown browser error".into());
    };
    let JsError { name, message, .. } = JsError::from(error);
    // Chromium and Firefox name it differently.
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        return StorageError::QuotaExceeded;
    }
    StorageError::Other(format!("{name}: {message}"))
}

/// The text stored under a key, as it is (sealed text stays sealed).
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(error_from_js)
}

/// Store text under a key.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(error_from_js)
}

/// Remove a key.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?;
    LocalStorage::delete(key);
    Ok(())
}

/// Every key in the store, in one `Object.keys` call (`Storage.key(i)` per key is slow).
pub fn keys() -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let object: &js_sys::Object = storage.unchecked_ref();
    Ok(js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .collect())
}
