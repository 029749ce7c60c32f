//! Versioned envelope around everything the app stores: `{"v": <schema version>, "data": ...}`.
//!
//! Plain Rust with no browser types so it can be tested natively. The storage module wraps every
//! value in an envelope; each stored type names its current version and how to migrate older ones.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

/// Why stored text could not be turned back into data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, not an envelope, or the data did not match the schema.
    Malformed(String),
    /// Written by a newer version of the app than this one: leave it untouched.
    NewerVersion { found: u32, supported: u32 },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Malformed(why) => write!(f, "the saved data could not be read ({why})"),
            DecodeError::NewerVersion { found, supported } => write!(
                f,
                "the saved data comes from a newer version of Stand Safe (format {found}; this version reads up to {supported})"
            ),
        }
    }
}

/// A type kept in storage: its schema version and how to bring older versions up to date.
pub trait Versioned: Serialize + DeserializeOwned {
    /// The schema version this build writes.
    const VERSION: u32;

    /// Turn data written at `version` (older than [`Self::VERSION`]) into the current shape.
    /// The default knows no older versions.
    fn migrate(version: u32, data: Value) -> Result<Value, DecodeError> {
        let _ = data;
        Err(DecodeError::Malformed(format!(
            "unknown format version {version}"
        )))
    }
}

/// Wrap `data` in an envelope at its current version.
pub fn encode<T: Versioned>(data: &T) -> String {
    // Serialising our own plain types into a Value cannot fail (no maps with non-string keys).
    let data = serde_json::to_value(data).unwrap_or(Value::Null);
    serde_json::json!({ "v": T::VERSION, "data": data }).to_string()
}

/// Read an envelope, migrating older versions and refusing newer ones.
pub fn decode<T: Versioned>(raw: &str) -> Result<T, DecodeError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::Malformed(format!("not JSON: {e}")))?;
    let obj = value
        .as_object()
        .ok_or_else(|| DecodeError::Malformed("not an envelope".into()))?;
    let version = obj
        .get("v")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| DecodeError::Malformed("no format version".into()))?;
    let data = obj
        .get("data")
        .cloned()
        .ok_or_else(|| DecodeError::Malformed("no data".into()))?;
    if version > T::VERSION {
        return Err(DecodeError::NewerVersion {
            found: version,
            supported: T::VERSION,
        });
    }
    let data = if version < T::VERSION {
        T::migrate(version, data)?
    } else {
        data
    };
    serde_json::from_value(data)
        .map_err(|e| DecodeError::Malformed(format!("unexpected shape: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Note {
        text: String,
        #[serde(default)]
        pinned: bool,
    }

    impl Versioned for Note {
        const VERSION: u32 = 2;
        fn migrate(version: u32, data: Value) -> Result<Value, DecodeError> {
            match version {
                // Version 1 stored the note as a bare string.
                1 => Ok(
                    serde_json::json!({ "text": data.as_str().unwrap_or_default(), "pinned": false }),
                ),
                v => Err(DecodeError::Malformed(format!(
                    "unknown format version {v}"
                ))),
            }
        }
    }

    #[test]
    fn round_trip_keeps_data() {
        let note = Note {
            text: "a \"quoted\" line\nand more".into(),
            pinned: true,
        };
        let raw = encode(&note);
        assert!(raw.contains("\"v\":2"));
        assert_eq!(decode::<Note>(&raw).unwrap(), note);
    }

    #[test]
    fn older_version_is_migrated() {
        let raw = r#"{"v":1,"data":"old note"}"#;
        assert_eq!(
            decode::<Note>(raw).unwrap(),
            Note {
                text: "old note".into(),
                pinned: false
            }
        );
    }

    #[test]
    fn newer_version_is_refused_not_guessed() {
        let raw = r#"{"v":3,"data":{"text":"x"}}"#;
        assert_eq!(
            decode::<Note>(raw),
            Err(DecodeError::NewerVersion {
                found: 3,
                supported: 2
            })
        );
    }

    #[test]
    fn garbage_is_malformed() {
        for raw in [
            "",
            "{",
            "null",
            "[]",
            r#"{"data":1}"#,
            r#"{"v":2}"#,
            r#"{"v":2,"data":{"pinned":1}}"#,
        ] {
            assert!(
                matches!(decode::<Note>(raw), Err(DecodeError::Malformed(_))),
                "{raw}"
            );
        }
    }
}
