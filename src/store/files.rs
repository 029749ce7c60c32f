//! The attached files' bytes in IndexedDB (localStorage cannot hold them): one database, one
//! object store keyed by the file's id. Each record is `{ sealed, data }`: with the lock on,
//! `data` is the file sealed with the diary's data key (AES-GCM, fresh nonce, the file's id as
//! additional data); with it off, the original bytes as they were attached.
//!
//! Every write is one transaction, so a full store (QuotaExceededError) or an interruption
//! leaves no half-written file and changes nothing already stored. The key to seal with is
//! given by the caller (the vault), so this module sits below it.

use std::cell::RefCell;

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::crypto;
use super::raw::StorageError;

const DATABASE: &str = "standsafe-files";
const VERSION: u32 = 1;
const FILES: &str = "files";

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// A browser failure as one of our errors: a full store is `QuotaExceeded` whichever way the
/// browser reports it (a DOMException on the request, the transaction, or the promise).
pub fn storage_error(err: &JsValue) -> StorageError {
    let name = Reflect::get(err, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        return StorageError::QuotaExceeded;
    }
    let message = Reflect::get(err, &"message".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    StorageError::Other(
        format!("{name}: {message}")
            .trim_matches([' ', ':'])
            .to_string(),
    )
}

/// Wait for a request's success (its result) or failure.
async fn done(request: &IdbRequest) -> Result<JsValue, StorageError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |ev: web_sys::Event| {
            let result = ev
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let fail = Closure::once_into_js(move |ev: web_sys::Event| {
            let error = ev
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.error().ok().flatten())
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        });
        request.set_onsuccess(Some(ok.unchecked_ref()));
        request.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| storage_error(&e))
}

/// Wait for a transaction to commit; an abort (a full store, say) undoes every write in it.
async fn committed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let tx_for_error = tx.clone();
        let fail = Closure::<dyn FnMut()>::new(move || {
            let error = tx_for_error.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error);
        })
        .into_js_value();
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(fail.unchecked_ref()));
        tx.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| storage_error(&e))
}

/// The database, opened once per tab (made on first use).
async fn database() -> Result<IdbDatabase, StorageError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|e| storage_error(&e))?;
    let upgrade = Closure::once_into_js(move |ev: web_sys::Event| {
        let db = ev
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(FILES) {
                let _ = db.create_object_store(FILES);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db: IdbDatabase = done(&request)
        .await?
        .dyn_into()
        .map_err(|_| StorageError::Other("no database".into()))?;
    // Another tab with a newer version asks this one to let go: close, and open again next time.
    let on_change = Closure::<dyn FnMut()>::new(move || {
        if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
            db.close();
        }
    })
    .into_js_value();
    db.set_onversionchange(Some(on_change.unchecked_ref()));
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn transaction(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StorageError> {
    let tx = db
        .transaction_with_str_and_mode(FILES, mode)
        .map_err(|e| storage_error(&e))?;
    let store = tx.object_store(FILES).map_err(|e| storage_error(&e))?;
    Ok((tx, store))
}

fn record(sealed: bool, data: &[u8]) -> Object {
    let obj = Object::new();
    let _ = Reflect::set(&obj, &"sealed".into(), &sealed.into());
    let _ = Reflect::set(&obj, &"data".into(), &Uint8Array::from(data));
    obj
}

/// A stored record's parts: whether it is sealed, and its bytes.
fn parts(value: &JsValue) -> Option<(bool, Vec<u8>)> {
    let sealed = Reflect::get(value, &"sealed".into()).ok()?.as_bool()?;
    let data = Reflect::get(value, &"data".into()).ok()?;
    Some((sealed, data.dyn_into::<Uint8Array>().ok()?.to_vec()))
}

/// Store files (an original and its thumbnail, say) in one transaction: all of them, or none.
/// With `key` (the lock is open) each is sealed first.
pub async fn put_all(
    files: &[(String, Vec<u8>)],
    key: Option<&CryptoKey>,
) -> Result<(), StorageError> {
    let mut records = Vec::with_capacity(files.len());
    for (id, bytes) in files {
        records.push(match key {
            Some(k) => record(true, &seal(k, id, bytes).await?),
            None => record(false, bytes),
        });
    }
    let db = database().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    for ((id, _), rec) in files.iter().zip(&records) {
        store
            .put_with_key(rec, &JsValue::from_str(id))
            .map_err(|e| storage_error(&e))?;
    }
    committed(&tx).await
}

async fn seal(key: &CryptoKey, id: &str, bytes: &[u8]) -> Result<Vec<u8>, StorageError> {
    crypto::seal_bytes(key, id, bytes)
        .await
        .map_err(|e| StorageError::Other(e.to_string()))
}

/// A file's original bytes, opened with `key` when sealed; None when it is not stored here.
pub async fn get(id: &str, key: Option<&CryptoKey>) -> Result<Option<Vec<u8>>, StorageError> {
    let db = database().await?;
    let (_tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    let request = store
        .get(&JsValue::from_str(id))
        .map_err(|e| storage_error(&e))?;
    let value = done(&request).await?;
    if value.is_undefined() {
        return Ok(None);
    }
    let (sealed, data) =
        parts(&value).ok_or_else(|| StorageError::Other("a stored file is unreadable".into()))?;
    if !sealed {
        return Ok(Some(data));
    }
    let key = key.ok_or(StorageError::Locked)?;
    crypto::open_bytes(key, id, &data)
        .await
        .map(Some)
        .map_err(|_| StorageError::Other("a stored file could not be opened".into()))
}

/// Remove files for good (only when "recently deleted" is emptied), in one transaction.
pub async fn remove_all(ids: &[String]) -> Result<(), StorageError> {
    if ids.is_empty() {
        return Ok(());
    }
    let db = database().await?;
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    for id in ids {
        store
            .delete(&JsValue::from_str(id))
            .map_err(|e| storage_error(&e))?;
    }
    committed(&tx).await
}

/// The id of every stored file.
pub async fn ids() -> Result<Vec<String>, StorageError> {
    let db = database().await?;
    let (_tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    let request = store.get_all_keys().map_err(|e| storage_error(&e))?;
    let keys: js_sys::Array = done(&request).await?.unchecked_into();
    Ok(keys.iter().filter_map(|k| k.as_string()).collect())
}

/// Seal every file still in the clear (`Some(key)`: the lock was turned on, or an interruption
/// left one), or open every sealed file (`None` after `open_with`: the lock is being turned
/// off). All files are read and changed first, then written in one transaction, so either
/// every file changes or none does.
pub async fn reseal_all(
    seal_with: Option<&CryptoKey>,
    open_with: &CryptoKey,
) -> Result<usize, StorageError> {
    let db = database().await?;
    let (_tx, store) = transaction(&db, IdbTransactionMode::Readonly)?;
    // Both requests are made before either is awaited: the transaction ends once idle.
    let keys_request = store.get_all_keys().map_err(|e| storage_error(&e))?;
    let values_request = store.get_all().map_err(|e| storage_error(&e))?;
    let keys: js_sys::Array = done(&keys_request).await?.unchecked_into();
    let values: js_sys::Array = done(&values_request).await?.unchecked_into();
    let mut changed = Vec::new();
    for (k, v) in keys.iter().zip(values.iter()) {
        let (Some(id), Some((sealed, data))) = (k.as_string(), parts(&v)) else {
            continue;
        };
        match (seal_with, sealed) {
            (Some(key), false) => {
                changed.push((id.clone(), record(true, &seal(key, &id, &data).await?)))
            }
            (None, true) => {
                let plain = crypto::open_bytes(open_with, &id, &data)
                    .await
                    .map_err(|_| StorageError::Other("a stored file could not be opened".into()))?;
                changed.push((id, record(false, &plain)));
            }
            _ => {}
        }
    }
    if changed.is_empty() {
        return Ok(0);
    }
    let (tx, store) = transaction(&db, IdbTransactionMode::Readwrite)?;
    for (id, rec) in &changed {
        store
            .put_with_key(rec, &JsValue::from_str(id))
            .map_err(|e| storage_error(&e))?;
    }
    committed(&tx).await?;
    Ok(changed.len())
}

/// How much the browser says this site uses and may use, in bytes
/// (`navigator.storage.estimate`); None where the browser does not say.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let promise = storage.estimate().ok()?;
    let est: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((est.get_usage()?, est.get_quota()?))
}
