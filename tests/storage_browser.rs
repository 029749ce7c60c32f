//! Browser tests of the storage module's contract, in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use standsafe::domain::envelope::Versioned;
use standsafe::domain::json::{Fields, FromJson, ToJson, Value};
use standsafe::store::storage::{self, Gate, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, Clone, PartialEq)]
struct Sample {
    text: String,
}

impl ToJson for Sample {
    fn to_json(&self) -> Value {
        Value::Object(vec![("text".into(), self.text.to_json())])
    }
}

impl FromJson for Sample {
    fn from_json(value: Value) -> Result<Self, String> {
        Ok(Sample {
            text: Fields::of(value)?.required("text")?,
        })
    }
}

impl Versioned for Sample {
    const VERSION: u32 = 1;
}

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn fresh(key: &str) {
    let ls = local();
    let len = ls.length().unwrap();
    let doomed: Vec<String> = (0..len)
        .filter_map(|i| ls.key(i).unwrap())
        .filter(|k| k.starts_with(key))
        .collect();
    for k in doomed {
        ls.remove_item(&k).unwrap();
    }
    Gate::reset();
}

#[wasm_bindgen_test]
fn round_trip_in_a_versioned_envelope() {
    let key = "standsafe.test.roundtrip";
    fresh(key);
    assert_eq!(storage::load::<Sample>(key), Ok(None));
    let value = Sample {
        text: "Threat at the door, 19:40 — \"we know where you live\"".into(),
    };
    storage::save(key, &value).unwrap();
    let raw = local().get_item(key).unwrap().unwrap();
    assert!(raw.starts_with("{\"") && raw.contains("\"v\":1"), "{raw}");
    Gate::reset();
    assert_eq!(storage::load::<Sample>(key), Ok(Some(value)));
}

#[wasm_bindgen_test]
fn no_write_before_the_first_read() {
    let key = "standsafe.test.gate";
    fresh(key);
    local()
        .set_item(key, "{\"v\":1,\"data\":{\"text\":\"already here\"}}")
        .unwrap();
    let err = storage::save(key, &Sample { text: "new".into() }).unwrap_err();
    assert_eq!(err, StorageError::NotLoaded { key: key.into() });
    assert!(local()
        .get_item(key)
        .unwrap()
        .unwrap()
        .contains("already here"));
}

#[wasm_bindgen_test]
fn quota_exceeded_is_reported_and_saved_data_untouched() {
    let key = "standsafe.test.quota";
    fresh(key);
    fresh("standsafe.test.filler");
    storage::load::<Sample>(key).unwrap();
    storage::save(
        key,
        &Sample {
            text: "saved before the store filled".into(),
        },
    )
    .unwrap();
    // Fill localStorage until the browser refuses.
    let ls = local();
    let chunk = "x".repeat(512 * 1024);
    let mut n = 0;
    while ls
        .set_item(&format!("standsafe.test.filler.{n}"), &chunk)
        .is_ok()
    {
        n += 1;
        assert!(n < 200, "localStorage never filled");
    }
    let small = "y".repeat(64 * 1024);
    let mut m = 0;
    while ls
        .set_item(&format!("standsafe.test.filler.s{m}"), &small)
        .is_ok()
    {
        m += 1;
    }
    let big = Sample {
        text: "z".repeat(256 * 1024),
    };
    let err = storage::save(key, &big).unwrap_err();
    assert_eq!(err, StorageError::QuotaExceeded);
    assert!(err.message().contains("full"));
    let still: Sample = storage::load(key).unwrap().unwrap();
    assert_eq!(still.text, "saved before the store filled");
    fresh("standsafe.test.filler");
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_aside_and_never_overwritten() {
    let key = "standsafe.test.broken";
    fresh(key);
    local()
        .set_item(key, "{\"v\":1,\"data\":{\"text\":")
        .unwrap();
    let err = storage::load::<Sample>(key).unwrap_err();
    let StorageError::Unreadable { side_key, .. } = err.clone() else {
        panic!("{err:?}")
    };
    assert_eq!(
        local().get_item(&side_key).unwrap().unwrap(),
        "{\"v\":1,\"data\":{\"text\":"
    );
    // Loading again does not pile up copies.
    Gate::reset();
    let again = storage::load::<Sample>(key).unwrap_err();
    assert!(matches!(again, StorageError::Unreadable { side_key: ref s, .. } if *s == side_key));
    // A different corruption later gets its own side key; the first copy is not replaced.
    storage::save(
        key,
        &Sample {
            text: "fresh".into(),
        },
    )
    .unwrap();
    local().set_item(key, "not json at all").unwrap();
    Gate::reset();
    let StorageError::Unreadable {
        side_key: second, ..
    } = storage::load::<Sample>(key).unwrap_err()
    else {
        panic!()
    };
    assert_ne!(second, side_key);
    assert_eq!(
        local().get_item(&side_key).unwrap().unwrap(),
        "{\"v\":1,\"data\":{\"text\":"
    );
    assert_eq!(
        local().get_item(&second).unwrap().unwrap(),
        "not json at all"
    );
    let copies = storage::unreadable_copies().unwrap();
    assert!(copies.iter().any(|(k, _)| *k == side_key) && copies.iter().any(|(k, _)| *k == second));
}

#[wasm_bindgen_test]
fn newer_version_is_left_untouched_and_read_only() {
    let key = "standsafe.test.newer";
    fresh(key);
    let newer = "{\"v\":99,\"data\":{\"text\":\"from the future\"}}";
    local().set_item(key, newer).unwrap();
    let err = storage::load::<Sample>(key).unwrap_err();
    assert_eq!(
        err,
        StorageError::NewerVersion {
            key: key.into(),
            found: 99,
            supported: 1
        }
    );
    assert!(storage::save(
        key,
        &Sample {
            text: "old app".into()
        }
    )
    .is_err());
    assert_eq!(local().get_item(key).unwrap().unwrap(), newer);
}
