//! Versioned envelope around everything the app stores: `{"v": <schema version>, "data": ...}`.
//!
//! Plain Rust with no browser types so it can be tested natively. The storage module wraps every
//! value in an envelope; each stored type names its current version and how to migrate older ones.

use super::json::{self, FromJson, ToJson, Value};

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
pub trait Versioned: ToJson + FromJson {
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
    encode_value(data.to_json(), T::VERSION)
}

/// The part of [`encode`] that does not depend on the type (compiled once, not per type).
#[inline(never)]
fn encode_value(mut data: Value, version: u32) -> String {
    // serde_json, which wrote the data this app keeps, wrote every object's members in name
    // order (its map was a BTreeMap): keep writing exactly that.
    data.sort_keys();
    Value::Object(vec![("data".into(), data), ("v".into(), version.to_json())]).to_text()
}

/// Read an envelope, migrating older versions and refusing newer ones.
pub fn decode<T: Versioned>(raw: &str) -> Result<T, DecodeError> {
    let (version, data) = open(raw, T::VERSION)?;
    let data = if version < T::VERSION {
        T::migrate(version, data)?
    } else {
        data
    };
    T::from_json(data).map_err(|e| DecodeError::Malformed(format!("unexpected shape: {e}")))
}

/// The part of [`decode`] that does not depend on the type: the envelope's version (refused when
/// newer than `supported`) and its data.
#[inline(never)]
fn open(raw: &str, supported: u32) -> Result<(u32, Value), DecodeError> {
    let value = json::parse(raw).map_err(|e| DecodeError::Malformed(format!("not JSON: {e}")))?;
    if !matches!(value, Value::Object(_)) {
        return Err(DecodeError::Malformed("not an envelope".into()));
    }
    let version = value
        .get("v")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| DecodeError::Malformed("no format version".into()))?;
    let mut fields = json::Fields::of(value).map_err(DecodeError::Malformed)?;
    let data = fields
        .take("data")
        .ok_or_else(|| DecodeError::Malformed("no data".into()))?;
    if version > supported {
        return Err(DecodeError::NewerVersion {
            found: version,
            supported,
        });
    }
    Ok((version, data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Note {
        text: String,
        pinned: bool,
    }

    impl ToJson for Note {
        fn to_json(&self) -> Value {
            Value::Object(vec![
                ("text".into(), self.text.to_json()),
                ("pinned".into(), self.pinned.to_json()),
            ])
        }
    }

    impl FromJson for Note {
        fn from_json(value: Value) -> Result<Self, String> {
            let mut f = json::Fields::of(value)?;
            Ok(Note {
                text: f.required("text")?,
                pinned: f.or_default("pinned")?,
            })
        }
    }

    impl Versioned for Note {
        const VERSION: u32 = 2;
        fn migrate(version: u32, data: Value) -> Result<Value, DecodeError> {
            match version {
                // Version 1 stored the note as a bare string.
                1 => Ok(Value::Object(vec![
                    (
                        "text".into(),
                        data.as_str().unwrap_or_default().to_string().to_json(),
                    ),
                    ("pinned".into(), Value::Bool(false)),
                ])),
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
