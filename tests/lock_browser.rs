//! Browser tests of the passphrase lock with the real WebCrypto, in headless Chromium:
//! the crypto envelope (round trip, wrong passphrase, tampering, nonces) and the vault behind
//! the storage module (no plaintext at rest, locked reads and writes refused, change, off).
#![cfg(target_arch = "wasm32")]

use std::collections::HashSet;

use standsafe::domain::keys;
use standsafe::domain::lock::{format_sealed, is_private, parse_sealed, NONCE_LEN};
use standsafe::store::crypto::{self, CryptoError};
use standsafe::store::storage::{self, StorageError};
use standsafe::store::vault::{self, LockError, LockStatus};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASS: &str = "correct horse battery staple";

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// `domain::lock` names the private prefixes as text (it has no browser types): they must match
/// the storage module's keys.
#[wasm_bindgen_test]
fn the_private_keys_are_the_storage_modules_private_keys() {
    for key in [
        keys::PROFILE,
        keys::PLAN_PREFIX,
        keys::DIARY_ENTRY_PREFIX,
        keys::DIARY_PEOPLE,
        keys::DIARY_DRAFT,
        keys::DIARY_EDIT_DRAFT_PREFIX,
    ] {
        assert!(is_private(key), "{key}");
    }
    for key in [
        keys::PROGRESS,
        keys::SETTINGS,
        keys::LOCK,
        keys::LOCK_ATTEMPTS,
        keys::LOCK_ROOM,
    ] {
        assert!(!is_private(key), "{key}");
    }
}

#[wasm_bindgen_test]
async fn seal_and_open_round_trip_and_a_wrong_passphrase_is_refused() {
    let started = js_sys::Date::now();
    let (header, key) = crypto::new_lock(PASS).await.unwrap();
    web_sys::console::log_1(
        &format!(
            "new lock (two PBKDF2 derivations at {} iterations): {} ms",
            header.iterations,
            js_sys::Date::now() - started
        )
        .into(),
    );
    assert!(header.iterations >= 600_000);
    for text in [
        "",
        "short",
        "Unicode: £ – “quotes” — 🚩",
        &"long ".repeat(5000),
    ] {
        let sealed = crypto::seal(&key, "standsafe.diary.entry.a", text)
            .await
            .unwrap();
        assert!(!sealed.contains("short") || text != "short");
        let opened = crypto::open(&key, "standsafe.diary.entry.a", &sealed)
            .await
            .unwrap();
        assert_eq!(opened, text);
    }
    let started = js_sys::Date::now();
    let again = crypto::open_header(&header, PASS).await.unwrap();
    web_sys::console::log_1(
        &format!(
            "unlock (PBKDF2 + unwrap + key check): {} ms",
            js_sys::Date::now() - started
        )
        .into(),
    );
    let sealed = crypto::seal(&key, "k", "same key after unlock")
        .await
        .unwrap();
    assert_eq!(
        crypto::open(&again, "k", &sealed).await.unwrap(),
        "same key after unlock"
    );
    assert_eq!(
        crypto::open_header(&header, "correct horse battery stapler")
            .await
            .err(),
        Some(CryptoError::WrongKey)
    );
}

#[wasm_bindgen_test]
async fn changed_ciphertext_nonce_or_key_name_is_refused() {
    let (_, key) = crypto::new_lock(PASS).await.unwrap();
    let sealed = crypto::seal(&key, "standsafe.profile", "Police contact: PC Smith")
        .await
        .unwrap();
    let (nonce, ct) = parse_sealed(&sealed).unwrap();
    let mut flipped_ct = ct.clone();
    flipped_ct[3] ^= 1;
    let mut flipped_nonce = nonce.clone();
    flipped_nonce[0] ^= 0x80;
    for (what, text) in [
        (
            "ciphertext",
            format_sealed(&[nonce.clone(), flipped_ct].concat()),
        ),
        (
            "nonce",
            format_sealed(&[flipped_nonce, ct.clone()].concat()),
        ),
        ("truncated", sealed[..sealed.len() - 8].to_string()),
    ] {
        assert_eq!(
            crypto::open(&key, "standsafe.profile", &text).await,
            Err(CryptoError::WrongKey),
            "{what}"
        );
    }
    // The storage key is the additional data: a value moved to another key does not open.
    assert_eq!(
        crypto::open(&key, "standsafe.plan.x", &sealed).await,
        Err(CryptoError::WrongKey)
    );
    let (_, other_key) = crypto::new_lock("another passphrase entirely")
        .await
        .unwrap();
    assert_eq!(
        crypto::open(&other_key, "standsafe.profile", &sealed).await,
        Err(CryptoError::WrongKey)
    );
}

#[wasm_bindgen_test]
async fn no_nonce_repeats_across_10000_writes() {
    let (_, key) = crypto::new_lock(PASS).await.unwrap();
    let mut nonces = HashSet::new();
    for i in 0..10_000 {
        let sealed = crypto::seal(&key, "standsafe.diary.draft", "the same words every time")
            .await
            .unwrap();
        let (nonce, _) = parse_sealed(&sealed).unwrap();
        assert_eq!(nonce.len(), NONCE_LEN);
        assert!(nonces.insert(nonce), "nonce repeated at write {i}");
    }
    assert_eq!(nonces.len(), 10_000);
}

/// Wait for the vault's sealed writes (each is one WebCrypto call away).
async fn settle() {
    for _ in 0..20 {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
}

fn stored_values_containing(text: &str) -> Vec<String> {
    let ls = local();
    (0..ls.length().unwrap())
        .filter_map(|i| ls.key(i).unwrap())
        .filter(|k| ls.get_item(k).unwrap().is_some_and(|v| v.contains(text)))
        .collect()
}

#[wasm_bindgen_test]
async fn the_vault_keeps_nothing_readable_at_rest_and_refuses_while_locked() {
    local().clear().unwrap();
    storage::read_lock_header();
    assert_eq!(vault::status(), LockStatus::Off);
    let entry = "standsafe.diary.entry.e1";
    storage::write_raw(entry, "{\"v\":1,\"data\":\"a man followed me home\"}").unwrap();
    storage::write_raw("standsafe.progress", "{\"v\":1,\"data\":{}}").unwrap();

    vault::turn_on(PASS).await.unwrap();
    assert_eq!(vault::status(), LockStatus::Open);
    assert_eq!(
        stored_values_containing("followed me"),
        Vec::<String>::new()
    );
    assert!(local()
        .get_item(entry)
        .unwrap()
        .unwrap()
        .starts_with("ssv1."));
    assert_eq!(
        local().get_item("standsafe.progress").unwrap().unwrap(),
        "{\"v\":1,\"data\":{}}"
    );
    // Open: reads give the plain text, writes are sealed before they reach the store.
    assert!(storage::read_raw(entry)
        .unwrap()
        .unwrap()
        .contains("followed me"));
    storage::write_raw(
        "standsafe.diary.entry.e2",
        "second: a brick through the window",
    )
    .unwrap();
    assert!(storage::keys_with_prefix("standsafe.diary.entry.")
        .unwrap()
        .contains(&"standsafe.diary.entry.e2".to_string()));
    settle().await;
    assert_eq!(stored_values_containing("brick"), Vec::<String>::new());

    vault::lock();
    assert_eq!(vault::status(), LockStatus::Locked);
    assert_eq!(storage::read_raw(entry), Err(StorageError::Locked));
    assert_eq!(storage::write_raw(entry, "x"), Err(StorageError::Locked));
    assert_eq!(
        vault::unlock("wrong passphrase here").await,
        Err(LockError::WrongPassphrase)
    );
    assert_eq!(vault::status(), LockStatus::Locked);
    vault::unlock(PASS).await.unwrap();
    assert!(storage::read_raw("standsafe.diary.entry.e2")
        .unwrap()
        .unwrap()
        .contains("brick"));

    let sealed_before = local().get_item(entry).unwrap();
    vault::change_passphrase(PASS, "a new passphrase for the test")
        .await
        .unwrap();
    // One write switched: the values were not touched, and only the new passphrase opens.
    assert_eq!(local().get_item(entry).unwrap(), sealed_before);
    vault::lock();
    assert_eq!(vault::unlock(PASS).await, Err(LockError::WrongPassphrase));
    vault::unlock("a new passphrase for the test")
        .await
        .unwrap();

    vault::turn_off("a new passphrase for the test")
        .await
        .unwrap();
    settle().await;
    assert_eq!(vault::status(), LockStatus::Off);
    assert!(local().get_item("standsafe.lock").unwrap().is_none());
    assert!(local()
        .get_item(entry)
        .unwrap()
        .unwrap()
        .contains("followed me"));
    assert!(local()
        .get_item("standsafe.diary.entry.e2")
        .unwrap()
        .unwrap()
        .contains("brick"));
    assert_eq!(stored_values_containing("ssv1."), Vec::<String>::new());
    local().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_value_left_in_the_clear_by_an_interruption_is_read_and_sealed_at_unlock() {
    local().clear().unwrap();
    storage::read_lock_header();
    vault::turn_on(PASS).await.unwrap();
    // As if a tab closed halfway through turning the lock on: the header is there, a value is not sealed.
    local()
        .set_item(
            "standsafe.plan.p1",
            "{\"v\":1,\"data\":\"meet at the library\"}",
        )
        .unwrap();
    vault::lock();
    vault::unlock(PASS).await.unwrap();
    assert!(storage::read_raw("standsafe.plan.p1")
        .unwrap()
        .unwrap()
        .contains("library"));
    settle().await;
    assert_eq!(stored_values_containing("library"), Vec::<String>::new());
    vault::turn_off(PASS).await.unwrap();
    local().clear().unwrap();
}
