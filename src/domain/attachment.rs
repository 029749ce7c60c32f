//! Evidence attached to a diary entry: what the entry keeps about each file (the bytes live in
//! the browser's file store, keyed by the attachment's id), its SHA-256 fingerprint, and how
//! removal works (a removed file stays, with its entry, until "recently deleted" is emptied).

use super::json::{Fields, FromJson, ToJson, Value};

/// Largest file that can be attached: police evidence is photos, screenshots, recordings and
/// letters; a longer video belongs on a disc given to the police.
pub const MAX_FILE_BYTES: u32 = 25 * 1024 * 1024;

/// Where an image's thumbnail is kept in the file store: beside the original, under this id.
pub fn thumb_id(id: &str) -> String {
    format!("{id}.thumb")
}

/// One attached file, as the entry records it. The bytes are never changed: no re-encoding and
/// no stripping of metadata, because it is evidence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attachment {
    /// The file store's key (a-z, 0-9 and '-').
    pub id: String,
    /// The file's name as it was on the device.
    pub name: String,
    /// Its media type as the browser reported it ("image/jpeg"), or empty when unknown.
    pub kind: String,
    pub size: u32,
    /// When it was attached (this device's clock).
    pub added_ms: i64,
    /// SHA-256 of the original bytes, in lower-case hex, taken at the moment of attaching.
    pub sha256: String,
    /// The thumbnail's id in the file store, for images.
    pub thumb: Option<String>,
    /// When it was removed: it is then in "recently deleted" until that list is emptied.
    pub removed_ms: Option<i64>,
    /// When it was last attached, removed or brought back: the newer state wins in a merge.
    pub changed_ms: i64,
}

impl Attachment {
    pub fn is_image(&self) -> bool {
        self.kind.starts_with("image/")
    }

    /// The fingerprint in groups of eight, so a person can read it aloud and compare it.
    pub fn fingerprint_groups(&self) -> String {
        fingerprint_groups(&self.sha256)
    }

    /// "photo.jpg · image/jpeg · 2.4 MB".
    pub fn summary(&self) -> String {
        let kind = if self.kind.is_empty() {
            "unknown type"
        } else {
            &self.kind
        };
        format!("{} · {kind} · {}", self.name, size_label(self.size))
    }

    /// The file's name in a case bundle: by entry number and fingerprint, so two files with one
    /// name never clash and an officer can match a file to the index.
    pub fn bundle_name(&self, entry_no: usize) -> String {
        format!(
            "evidence/incident-{entry_no:03}-{}-{}",
            &self.sha256[..self.sha256.len().min(12)],
            safe_file_name(&self.name)
        )
    }
}

/// A SHA-256 digest as lower-case hex.
pub fn hex(digest: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(digest.len() * 2);
    for b in digest {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// True for a SHA-256 fingerprint as stored: 64 lower-case hex digits.
pub fn is_fingerprint(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// "3a7bd3e2 360a3d29 …": hex in groups of eight.
pub fn fingerprint_groups(hex: &str) -> String {
    hex.as_bytes()
        .chunks(8)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// "512 bytes", "14 KB", "2.4 MB".
pub fn size_label(bytes: u32) -> String {
    let b = u64::from(bytes);
    if b < 1024 {
        format!("{b} bytes")
    } else if b < 1024 * 1024 {
        format!("{} KB", b.div_ceil(1024))
    } else {
        let tenths = (b * 10).div_ceil(1024 * 1024);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// The calm message for a file over the limit.
pub fn too_large_message(name: &str, size: u32) -> String {
    format!(
        "\u{201c}{name}\u{201d} is {}, and files can be up to {}. It was not attached; nothing else has changed. Keep it safe elsewhere and mention it in the entry.",
        size_label(size),
        size_label(MAX_FILE_BYTES)
    )
}

/// A file name that is safe on any computer: letters, digits, '.', '-' and '_' kept, everything
/// else '_', at most 80 characters, never empty or hidden.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim_start_matches('.');
    let mut out: String = cleaned
        .chars()
        .rev()
        .take(80)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if out.is_empty() {
        out.push_str("file");
    }
    out
}

/// Two copies of an entry's attachments (two tabs, or a backup): every attachment of either is
/// kept; where both have one, the copy changed last counts (removed or not).
pub fn merge(a: &[Attachment], b: &[Attachment]) -> Vec<Attachment> {
    let mut out: Vec<Attachment> = a.to_vec();
    for theirs in b {
        match out.iter_mut().find(|x| x.id == theirs.id) {
            Some(ours) => {
                let key = |x: &Attachment| (x.changed_ms, x.removed_ms.is_some());
                if key(theirs) > key(ours) {
                    *ours = theirs.clone();
                }
            }
            None => out.push(theirs.clone()),
        }
    }
    // Insertion sort: an entry has a handful of files, and this adds no sort code to the app.
    for i in 1..out.len() {
        let mut j = i;
        while j > 0 && (out[j - 1].added_ms, &out[j - 1].id) > (out[j].added_ms, &out[j].id) {
            out.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// Every field is written; `thumb` and `removed_ms` as null when absent.
impl ToJson for Attachment {
    fn to_json(&self) -> Value {
        let Attachment {
            id,
            name,
            kind,
            size,
            added_ms,
            sha256,
            thumb,
            removed_ms,
            changed_ms,
        } = self;
        Value::Object(vec![
            ("id".into(), id.to_json()),
            ("name".into(), name.to_json()),
            ("kind".into(), kind.to_json()),
            ("size".into(), size.to_json()),
            ("added_ms".into(), added_ms.to_json()),
            ("sha256".into(), sha256.to_json()),
            ("thumb".into(), thumb.to_json()),
            ("removed_ms".into(), removed_ms.to_json()),
            ("changed_ms".into(), changed_ms.to_json()),
        ])
    }
}

/// The id, size, time and fingerprint are required (a file cannot be checked without them); a
/// fingerprint that is not 64 hex digits is refused.
impl FromJson for Attachment {
    fn from_json(value: Value) -> Result<Self, String> {
        let mut f = Fields::of(value)?;
        let out = Attachment {
            id: f.required("id")?,
            name: f.or_default("name")?,
            kind: f.or_default("kind")?,
            size: f.required("size")?,
            added_ms: f.required("added_ms")?,
            sha256: f.required("sha256")?,
            thumb: f.or_default("thumb")?,
            removed_ms: f.or_default("removed_ms")?,
            changed_ms: f.or_default("changed_ms")?,
        };
        if !is_fingerprint(&out.sha256) {
            return Err("`sha256`: not a SHA-256 fingerprint".into());
        }
        Ok(out)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample(id: &str, added_ms: i64) -> Attachment {
        Attachment {
            id: id.into(),
            name: "photo of the gate.jpg".into(),
            kind: "image/jpeg".into(),
            size: 2_516_582,
            added_ms,
            sha256: hex(&super::super::sha256::digest(id.as_bytes())),
            thumb: Some(thumb_id(id)),
            removed_ms: None,
            changed_ms: added_ms,
        }
    }

    #[test]
    fn fingerprints_read_in_groups_of_eight() {
        let a = sample("f1", 1);
        let g = a.fingerprint_groups();
        assert_eq!(g.split(' ').count(), 8);
        assert!(g.split(' ').all(|p| p.len() == 8));
        assert_eq!(g.replace(' ', ""), a.sha256);
        assert_eq!(hex(&[0x00, 0xab, 0xff]), "00abff");
        assert!(is_fingerprint(&a.sha256));
        assert!(!is_fingerprint(&a.sha256.to_uppercase()));
        assert!(!is_fingerprint("abc"));
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_label(512), "512 bytes");
        assert_eq!(size_label(14 * 1024), "14 KB");
        assert_eq!(size_label(2_516_582), "2.4 MB");
        assert_eq!(size_label(MAX_FILE_BYTES), "25.0 MB");
        let m = too_large_message("video.mp4", MAX_FILE_BYTES + 1);
        assert!(m.contains("video.mp4") && m.contains("25.0 MB"), "{m}");
    }

    #[test]
    fn bundle_names_are_safe_and_carry_entry_and_fingerprint() {
        let mut a = sample("f1", 1);
        a.name = "../../Screen Shot 2026-11-20 at 21.15.png".into();
        let n = a.bundle_name(3);
        assert!(n.starts_with("evidence/incident-003-"), "{n}");
        assert!(n.contains(&a.sha256[..12]));
        assert!(n.ends_with("Screen_Shot_2026-11-20_at_21.15.png"), "{n}");
        assert!(!n["evidence/".len()..].contains('/'));
        assert_eq!(safe_file_name(""), "file");
        assert_eq!(safe_file_name("..."), "file");
    }

    #[test]
    fn merging_keeps_every_file_and_the_newest_state() {
        let a1 = sample("a", 1);
        let b1 = sample("b", 2);
        let mut a_removed = a1.clone();
        a_removed.removed_ms = Some(5);
        a_removed.changed_ms = 5;
        let merged = merge(std::slice::from_ref(&a1), &[a_removed.clone(), b1.clone()]);
        assert_eq!(merged, vec![a_removed.clone(), b1.clone()]);
        assert_eq!(
            merge(&[a_removed.clone(), b1.clone()], std::slice::from_ref(&a1)),
            merged
        );
        let mut restored = a_removed.clone();
        restored.removed_ms = None;
        restored.changed_ms = 9;
        assert_eq!(merge(&merged, &[restored.clone()])[0], restored);
    }

    #[test]
    fn stored_attachments_round_trip_and_bad_fingerprints_are_refused() {
        let a = sample("f1", 7);
        assert_eq!(Attachment::from_json(a.to_json()).unwrap(), a);
        let mut bad = a.to_json();
        if let Value::Object(m) = &mut bad {
            m[5].1 = Value::String("zz".into());
        }
        assert!(Attachment::from_json(bad).is_err());
    }
}
