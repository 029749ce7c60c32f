//! Browser tests of the attached files' store (IndexedDB) with the real WebCrypto, in headless
//! Chromium: put and get byte for byte, one transaction per write, sealing with the lock's data
//! key (the file's id as additional data), turning sealing on and off for every file, and a
//! full store reported as the app's own `QuotaExceeded`.
#![cfg(target_arch = "wasm32")]

use standsafe::domain::attachment::hex;
use standsafe::domain::sha256;
use standsafe::store::crypto;
use standsafe::store::files;
use standsafe::store::storage::StorageError;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASS: &str = "correct horse battery staple";

fn bytes(seed: u32, len: usize) -> Vec<u8> {
    (0..len as u32)
        .map(|n| (n.wrapping_mul(seed) >> 3) as u8)
        .collect()
}

/// Every stored record, read around the module under test: (id, sealed, data).
async fn raw_records() -> Vec<(String, bool, Vec<u8>)> {
    let promise = js_sys::Function::new_no_args(
        "return new Promise((ok, fail) => { const r = indexedDB.open('standsafe-files'); \
         r.onerror = () => fail(r.error); r.onsuccess = () => { const db = r.result; \
         const tx = db.transaction('files'); const s = tx.objectStore('files'); \
         const k = s.getAllKeys(); const v = s.getAll(); \
         tx.oncomplete = () => { db.close(); ok(k.result.map((key, i) => [key, v.result[i].sealed, v.result[i].data])); }; }; })",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    let rows: js_sys::Array = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
        .await
        .unwrap()
        .unchecked_into();
    rows.iter()
        .map(|row| {
            let row: js_sys::Array = row.unchecked_into();
            (
                row.get(0).as_string().unwrap(),
                row.get(1).as_bool().unwrap(),
                row.get(2).unchecked_into::<js_sys::Uint8Array>().to_vec(),
            )
        })
        .collect()
}

/// Tests run side by side in one page: each uses its own ids, starting with `prefix`.
async fn clear(prefix: &str) {
    let ids: Vec<String> = files::ids()
        .await
        .unwrap()
        .into_iter()
        .filter(|id| id.starts_with(prefix))
        .collect();
    files::remove_all(&ids).await.unwrap();
}

async fn records(prefix: &str) -> Vec<(String, bool, Vec<u8>)> {
    raw_records()
        .await
        .into_iter()
        .filter(|(id, _, _)| id.starts_with(prefix))
        .collect()
}

#[wasm_bindgen_test]
async fn files_are_stored_and_read_back_byte_for_byte() {
    clear("t").await;
    let photo = bytes(7, 300_000);
    let thumb = bytes(3, 2_000);
    files::put_all(
        &[
            ("t1".into(), photo.clone()),
            ("t1.thumb".into(), thumb.clone()),
        ],
        None,
    )
    .await
    .unwrap();
    assert_eq!(files::get("t1", None).await.unwrap(), Some(photo.clone()));
    assert_eq!(files::get("t1.thumb", None).await.unwrap(), Some(thumb));
    assert_eq!(files::get("nothing", None).await.unwrap(), None);
    let mut ids: Vec<String> = files::ids()
        .await
        .unwrap()
        .into_iter()
        .filter(|i| i.starts_with('t'))
        .collect();
    ids.sort();
    assert_eq!(ids, ["t1", "t1.thumb"]);
    // The browser's digest and the app's own agree (attaching uses one, import the other).
    assert_eq!(
        crypto::sha256_hex(&photo).await.unwrap(),
        hex(&sha256::digest(&photo))
    );
    files::remove_all(&["t1".into()]).await.unwrap();
    assert_eq!(files::get("t1", None).await.unwrap(), None);
    clear("t").await;
}

#[wasm_bindgen_test]
async fn sealed_files_hold_no_plaintext_and_open_only_with_the_key_and_their_id() {
    clear("s").await;
    let (_, key) = crypto::new_lock(PASS).await.unwrap();
    let (_, other_key) = crypto::new_lock("another passphrase entirely")
        .await
        .unwrap();
    let words = b"We know where you live. Drop out of the election.".repeat(20);
    files::put_all(&[("s1".into(), words.clone())], Some(&key))
        .await
        .unwrap();
    let stored = records("s").await;
    assert_eq!(stored.len(), 1);
    let (id, sealed, data) = &stored[0];
    assert_eq!((id.as_str(), *sealed), ("s1", true));
    assert!(
        !data.windows(13).any(|w| w == b"We know where"),
        "no plaintext at rest"
    );
    assert_eq!(
        files::get("s1", Some(&key)).await.unwrap(),
        Some(words.clone())
    );
    assert_eq!(files::get("s1", None).await, Err(StorageError::Locked));
    assert!(files::get("s1", Some(&other_key)).await.is_err());
    // Bound to its id: the same sealed bytes moved under another id do not open.
    let moved = crypto::open_bytes(&key, "s2", data).await;
    assert!(moved.is_err());
    // Two seals of the same file never share a nonce.
    let a = crypto::seal_bytes(&key, "s1", &words).await.unwrap();
    let b = crypto::seal_bytes(&key, "s1", &words).await.unwrap();
    assert_ne!(a[..12], b[..12]);
    clear("s").await;
}

#[wasm_bindgen_test]
async fn turning_sealing_on_and_off_changes_every_file_in_one_go() {
    clear("r").await;
    let (_, key) = crypto::new_lock(PASS).await.unwrap();
    let one = bytes(5, 10_000);
    let two = b"plain words in a text file".to_vec();
    files::put_all(
        &[("r1".into(), one.clone()), ("r2".into(), two.clone())],
        None,
    )
    .await
    .unwrap();
    assert_eq!(files::reseal_all(Some(&key), &key).await, Ok(2));
    let stored = records("r").await;
    assert!(stored.iter().all(|(_, sealed, _)| *sealed));
    assert!(!stored
        .iter()
        .any(|(_, _, d)| d.windows(11).any(|w| w == b"plain words")));
    assert_eq!(
        files::reseal_all(Some(&key), &key).await,
        Ok(0),
        "nothing left to seal"
    );
    assert_eq!(
        files::get("r2", Some(&key)).await.unwrap(),
        Some(two.clone())
    );
    assert_eq!(files::reseal_all(None, &key).await, Ok(2));
    let stored = records("r").await;
    assert!(stored.iter().all(|(_, sealed, _)| !*sealed));
    assert_eq!(files::get("r1", None).await.unwrap(), Some(one));
    assert_eq!(files::get("r2", None).await.unwrap(), Some(two));
    clear("r").await;
}

/// A full store: the browser's QuotaExceededError, however it comes, is the app's typed
/// error, which the form shows with the words kept. (The real quota is held small in the
/// end-to-end test, through Chromium's quota override.)
#[wasm_bindgen_test]
fn a_full_store_is_reported_as_quota_exceeded() {
    let full =
        web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError").unwrap();
    assert_eq!(
        files::storage_error(&full.into()),
        StorageError::QuotaExceeded
    );
    let other = web_sys::DomException::new_with_message_and_name("gone", "NotFoundError").unwrap();
    assert!(matches!(
        files::storage_error(&other.into()),
        StorageError::Other(why) if why.contains("NotFoundError")
    ));
}

/// The lock turned on seals the files already stored, and `file_key` gives the key to seal new
/// ones; turned off, every file is opened again. Nothing readable is left while it is on.
#[wasm_bindgen_test]
async fn the_lock_seals_existing_files_when_turned_on_and_opens_them_when_turned_off() {
    use standsafe::store::storage;
    use standsafe::store::vault::{self, LockStatus};
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    storage::read_lock_header();
    assert_eq!(vault::status(), LockStatus::Off);
    clear("v").await;
    let letter = b"Letter: we will be waiting outside the count".to_vec();
    files::put_all(
        &[("v1".into(), letter.clone())],
        vault::file_key().unwrap().as_ref(),
    )
    .await
    .unwrap();
    assert!(!records("v").await[0].1, "in the clear with the lock off");

    vault::turn_on(PASS).await.unwrap();
    let stored = records("v").await;
    assert!(stored[0].1, "sealed when the lock was turned on");
    assert!(!stored[0].2.windows(7).any(|w| w == b"waiting"));
    let key = vault::file_key().unwrap();
    assert!(key.is_some());
    files::put_all(&[("v2".into(), b"second file".to_vec())], key.as_ref())
        .await
        .unwrap();
    assert!(records("v").await.iter().all(|r| r.1));
    assert_eq!(
        files::get("v1", key.as_ref()).await.unwrap(),
        Some(letter.clone())
    );
    vault::lock();
    assert_eq!(vault::file_key(), Err(StorageError::Locked));

    vault::unlock(PASS).await.unwrap();
    vault::turn_off(PASS).await.unwrap();
    assert_eq!(vault::file_key(), Ok(None));
    assert!(
        records("v").await.iter().all(|r| !r.1),
        "opened when the lock was turned off"
    );
    assert_eq!(files::get("v1", None).await.unwrap(), Some(letter));
    clear("v").await;
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
}
