//! The JSON backup of everything the app keeps (diary with deleted entries and history, people,
//! checklist progress, profile), and its import: the whole file is checked before anything is
//! written, and the user then chooses merge or replace.

use std::collections::HashSet;

use super::attachment::{self, hex, Attachment, MAX_FILE_BYTES};
use super::checklist::Progress;
use super::diary::{Diary, Incident, People};
use super::envelope::Versioned;
use super::json::{self, FromJson, ToJson, Value};
use super::profile::Profile;

pub const FORMAT: &str = "standsafe-backup";
/// The backup schema this build writes and reads. Schema 2: the profile inside is profile
/// version 2 (role, election and nation may be unanswered). Schema 1 files are still read.
pub const SCHEMA: u32 = 2;
/// Largest backup file accepted: the diary's text (5,000 long entries with history fit well
/// inside 20 MB) and the attached files in base64.
pub const MAX_BYTES: usize = 20 * 1024 * 1024 + MAX_FILES_BYTES / 3 * 4;
/// Most attached bytes a backup may carry (originals and thumbnails).
pub const MAX_FILES_BYTES: usize = 300 * 1024 * 1024;
/// Longest single text field accepted.
const MAX_FIELD_CHARS: usize = 100_000;
/// Deepest JSON nesting accepted (a real backup is about 7 deep).
const MAX_DEPTH: usize = 32;

/// Everything the app keeps, as written to a backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub format: String,
    pub schema: u32,
    pub exported_ms: i64,
    pub incidents: Vec<Incident>,
    pub people: People,
    pub progress: Progress,
    pub profile: Profile,
    /// The attached files' bytes (originals and thumbnails) in base64, by file store id. Written
    /// only when there is one, so a backup without files is written as before.
    pub files: Vec<BackupFile>,
}

/// One attached file's bytes in a backup.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BackupFile {
    pub id: String,
    /// Standard base64 with padding.
    pub data: String,
}

impl Backup {
    pub fn gather(diary: &Diary, profile: &Profile, progress: &Progress, now_ms: i64) -> Backup {
        Backup {
            format: FORMAT.into(),
            schema: SCHEMA,
            exported_ms: now_ms,
            incidents: diary.all(),
            people: diary.people.clone(),
            progress: progress.clone(),
            profile: profile.clone(),
            files: Vec::new(),
        }
    }

    /// Every file the entries refer to (originals and thumbnails, removed ones included), by id.
    pub fn file_ids(&self) -> Vec<String> {
        file_ids(&self.incidents)
    }

    /// Put the files' bytes in, as read from the file store.
    pub fn with_files(mut self, files: Vec<(String, Vec<u8>)>) -> Backup {
        self.files = files
            .into_iter()
            .map(|(id, bytes)| BackupFile {
                id,
                data: super::lock::base64_encode(&bytes),
            })
            .collect();
        self
    }
}

/// The file store ids of every attachment of `incidents`, with their thumbnails.
pub fn file_ids(incidents: &[Incident]) -> Vec<String> {
    incidents
        .iter()
        .flat_map(|i| &i.attachments)
        .flat_map(|a| std::iter::once(a.id.clone()).chain(a.thumb.clone()))
        .collect()
}

/// A backup's files checked against the entries: the bytes to store, and the names of files
/// that were missing or did not match their size and fingerprint (their entries still restore,
/// saying the file is not on this device).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckedFiles {
    pub good: Vec<(String, Vec<u8>)>,
    pub damaged: Vec<String>,
}

impl CheckedFiles {
    /// A calm sentence naming the damaged files, or None when every file was sound.
    pub fn damage_message(&self) -> Option<String> {
        (!self.damaged.is_empty()).then(|| {
            format!(
                "These attached files were damaged or missing in the backup and were not restored: {}. Everything else was restored.",
                self.damaged.iter().map(|n| format!("\u{201c}{n}\u{201d}")).collect::<Vec<_>>().join(", ")
            )
        })
    }
}

/// Check every attached file of a parsed backup before anything is written: an original must
/// have its recorded size and SHA-256; a thumbnail need only decode (it is made from the
/// original, not evidence itself).
pub fn check_files(backup: &Backup) -> CheckedFiles {
    let data = super::sort::map_from(
        backup
            .files
            .iter()
            .map(|f| (f.id.as_str(), f.data.as_str())),
    );
    let mut out = CheckedFiles::default();
    for a in backup.incidents.iter().flat_map(|i| &i.attachments) {
        match data
            .get(a.id.as_str())
            .and_then(|d| super::lock::base64_decode(d))
            .filter(|bytes| sound(a, bytes))
        {
            Some(bytes) => {
                out.good.push((a.id.clone(), bytes));
                let thumb = a.thumb.as_deref().and_then(|t| {
                    data.get(t)
                        .and_then(|d| super::lock::base64_decode(d))
                        .map(|b| (t.to_string(), b))
                });
                out.good.extend(thumb);
            }
            None => out.damaged.push(a.name.clone()),
        }
    }
    out
}

/// The bytes are the file the entry recorded: same size, same fingerprint.
fn sound(a: &Attachment, bytes: &[u8]) -> bool {
    bytes.len() == a.size as usize && hex(&super::sha256::digest(bytes)) == a.sha256
}

/// Pretty JSON, so a person (or a police officer) can read it.
///
/// The files' data (tens of megabytes of base64) is written straight into the text rather than
/// copied through a JSON value first, so a backup with attachments needs one copy of it less in
/// memory; the text is the same as the value's pretty text (checked by a test).
pub fn export(backup: &Backup) -> String {
    if backup.files.is_empty() {
        return backup.to_json().to_pretty_text();
    }
    let without_files = Backup {
        files: Vec::new(),
        ..backup.clone()
    };
    let mut text = without_files.to_json().to_pretty_text();
    let data: usize = backup
        .files
        .iter()
        .map(|f| f.data.len() + f.id.len() + 64)
        .sum();
    text.reserve(data + 32);
    // The text ends with "\n}": the files member goes before it, as the pretty writer puts it.
    text.truncate(text.len() - 2);
    text.push_str(",\n  \"files\": [");
    for (n, f) in backup.files.iter().enumerate() {
        if n > 0 {
            text.push(',');
        }
        text.push_str("\n    {\n      \"id\": ");
        text.push_str(&Value::String(f.id.clone()).to_text());
        text.push_str(",\n      \"data\": ");
        text.push_str(&Value::String(f.data.clone()).to_text());
        text.push_str("\n    }");
    }
    text.push_str("\n  ]\n}");
    text
}

/// Why a backup file was refused. Nothing is ever written when one of these is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge,
    NotText,
    NotJson,
    NotABackup,
    NewerSchema(u32),
    Invalid(String),
}

impl ImportError {
    /// A calm sentence for the user.
    pub fn message(&self) -> String {
        let what = match self {
            ImportError::TooLarge => "This file is too large to be a Stand Safe backup.".to_string(),
            ImportError::NotText | ImportError::NotJson => {
                "This file is not a Stand Safe backup, or it is damaged or incomplete.".to_string()
            }
            ImportError::NotABackup => "This file is not a Stand Safe backup.".to_string(),
            ImportError::NewerSchema(v) => format!(
                "This backup was made by a newer version of Stand Safe (format {v}). Reload the page to update, then try again."
            ),
            ImportError::Invalid(why) => format!("This backup is damaged: {why}."),
        };
        format!("{what} Nothing has been changed.")
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        Value::Object(o) => 1 + o.iter().map(|(_, v)| depth(v)).max().unwrap_or(0),
        _ => 0,
    }
}

/// The longest text outside the files' data (which is long by nature and checked on its own).
fn longest_text(v: &Value) -> usize {
    match v {
        Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k != "files")
            .map(|(k, v)| k.chars().count().max(longest_string(v)))
            .max()
            .unwrap_or(0),
        _ => longest_string(v),
    }
}

fn longest_string(v: &Value) -> usize {
    match v {
        Value::String(s) => s.chars().count(),
        Value::Array(a) => a.iter().map(longest_string).max().unwrap_or(0),
        Value::Object(o) => o
            .iter()
            .map(|(k, v)| k.chars().count().max(longest_string(v)))
            .max()
            .unwrap_or(0),
        _ => 0,
    }
}

fn sane_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A file store id: an attachment's id, or its thumbnail's (`<id>.thumb`).
fn sane_file_id(id: &str) -> bool {
    sane_id(id.strip_suffix(".thumb").unwrap_or(id))
}

/// Check a whole backup file and return it, or say what is wrong.
pub fn parse_backup(bytes: &[u8]) -> Result<Backup, ImportError> {
    parse_backup_within(bytes, MAX_BYTES)
}

/// [`parse_backup`] with the size limit given (tests use a small one).
fn parse_backup_within(bytes: &[u8], max_bytes: usize) -> Result<Backup, ImportError> {
    if bytes.len() > max_bytes {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The parser refuses nesting past 128 on its own, so deep input cannot overflow the stack.
    let value = json::parse(text).map_err(|_| ImportError::NotJson)?;
    if !matches!(value, Value::Object(_)) {
        return Err(ImportError::NotABackup);
    }
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotABackup);
    }
    let schema = value
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or(ImportError::NotABackup)?;
    if schema > u64::from(SCHEMA) {
        return Err(ImportError::NewerSchema(
            u32::try_from(schema).unwrap_or(u32::MAX),
        ));
    }
    if schema == 0 {
        return Err(ImportError::NotABackup);
    }
    if depth(&value) > MAX_DEPTH {
        return Err(ImportError::Invalid("it is nested too deeply".into()));
    }
    if longest_text(&value) > MAX_FIELD_CHARS {
        return Err(ImportError::Invalid(
            "one of its texts is far too long".into(),
        ));
    }
    let value = if schema == 1 {
        profile_from_schema_1(value)?
    } else {
        value
    };
    // The reader's own wording ("`incidents`: expected an array") means nothing to a user, so it
    // is not shown.
    let backup = Backup::from_json(value).map_err(|_| {
        ImportError::Invalid("part of it is not in the form Stand Safe expects".into())
    })?;
    let mut seen = HashSet::new();
    for i in &backup.incidents {
        if !sane_id(&i.id) {
            return Err(ImportError::Invalid("an entry has an unusable id".into()));
        }
        if !seen.insert(i.id.as_str()) {
            return Err(ImportError::Invalid("two entries share one id".into()));
        }
    }
    if backup.people.list().iter().any(|p| !sane_id(&p.id)) {
        return Err(ImportError::Invalid("a person has an unusable id".into()));
    }
    let mut file_ids = HashSet::new();
    for a in backup.incidents.iter().flat_map(|i| &i.attachments) {
        let thumb_ok = a
            .thumb
            .as_deref()
            .is_none_or(|t| t == attachment::thumb_id(&a.id));
        if !sane_id(&a.id) || !thumb_ok || !file_ids.insert(a.id.as_str()) {
            return Err(ImportError::Invalid(
                "an attached file has an unusable id".into(),
            ));
        }
        if a.size > MAX_FILE_BYTES {
            return Err(ImportError::Invalid("an attached file is too large".into()));
        }
    }
    let mut total = 0usize;
    for f in &backup.files {
        if !sane_file_id(&f.id) {
            return Err(ImportError::Invalid(
                "an attached file has an unusable id".into(),
            ));
        }
        total += f.data.len() / 4 * 3;
    }
    if total > MAX_FILES_BYTES {
        return Err(ImportError::Invalid(
            "its attached files are too large".into(),
        ));
    }
    Ok(backup)
}

/// A schema 1 file holds its profile as profile version 1 wrote it, where a skipped question
/// saved the defaults (candidate, UK Parliament, England). Bring it up to version 2 exactly as a
/// stored profile is, so restoring an old backup never turns a skip back into a wrong answer.
fn profile_from_schema_1(mut value: Value) -> Result<Value, ImportError> {
    if let Value::Object(members) = &mut value {
        for (_, profile) in members.iter_mut().filter(|(key, _)| key == "profile") {
            let old = std::mem::replace(profile, Value::Null);
            *profile = Profile::migrate(1, old).map_err(|_| {
                ImportError::Invalid("part of it is not in the form Stand Safe expects".into())
            })?;
        }
    }
    Ok(value)
}

/// What a merge would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergePlan {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// What a replace would do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReplacePlan {
    /// Entries on the device that are not in the backup and would go.
    pub removed_count: usize,
    pub incoming: usize,
}

pub fn plan_merge(existing: &[Incident], incoming: &[Incident]) -> MergePlan {
    let by_id = super::sort::map_from(existing.iter().map(|i| (i.id.as_str(), i)));
    let mut plan = MergePlan::default();
    for i in incoming {
        match by_id.get(i.id.as_str()) {
            None => plan.added += 1,
            Some(ours) if Incident::merge((*ours).clone(), i.clone()) == **ours => {
                plan.unchanged += 1
            }
            Some(_) => plan.updated += 1,
        }
    }
    plan
}

pub fn plan_replace(existing: &[Incident], incoming: &[Incident]) -> ReplacePlan {
    let keep: HashSet<&str> = incoming.iter().map(|i| i.id.as_str()).collect();
    ReplacePlan {
        removed_count: existing
            .iter()
            .filter(|i| !keep.contains(i.id.as_str()))
            .count(),
        incoming: incoming.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diary::{Channel, IncidentFields, Person};
    use crate::domain::profile::{Election, Nation, Role};

    fn sample() -> Backup {
        let mut d = Diary::default();
        d.add_person("p1".into(), "Someone".into(), "grey coat".into());
        let mut f = IncidentFields {
            happened_date: "2026-11-20".into(),
            what_happened: "x".into(),
            ..IncidentFields::default()
        };
        f.people.push("p1".into());
        d.add(f.clone(), "a1".into(), 10);
        f.what_happened = "y".into();
        d.edit("a1", f, 20);
        d.add(
            IncidentFields {
                what_happened: "deleted one".into(),
                ..IncidentFields::default()
            },
            "b2".into(),
            30,
        );
        d.delete("b2", 40);
        let mut profile = Profile::default();
        profile.police.name = "PC Example".into();
        let mut progress = Progress::default();
        progress.done.insert("accounts-email-2sv".into(), 5);
        Backup::gather(&d, &profile, &progress, 50)
    }

    #[test]
    fn export_then_import_is_identity() {
        let b = sample();
        assert_eq!(parse_backup(export(&b).as_bytes()).unwrap(), b);
        assert_eq!(b.incidents.len(), 2, "deleted entries are backed up too");
    }

    #[test]
    fn v1_fixture_loads() {
        let b = parse_backup(include_bytes!("../../tests/fixtures/backup-v1.json")).unwrap();
        assert_eq!(b.incidents.len(), 2);
        assert_eq!(b.incidents[0].current.channel, Channel::Email);
        assert_eq!(b.profile.police.name, "DC Fixture");
        assert_eq!(
            b.people.list()[0],
            Person {
                id: "p1".into(),
                name_or_handle: "@handle".into(),
                description: String::new(),
                vehicle: String::new(),
                also_described: Vec::new(),
                ..Person::default()
            }
        );
    }

    #[test]
    fn a_schema_1_backup_forgets_skipped_answers_and_keeps_real_ones() {
        let old = |profile: &str| {
            format!(
                r#"{{"format":"standsafe-backup","schema":1,"exported_ms":0,"incidents":[],"people":[],"progress":{{}},"profile":{profile}}}"#
            )
        };
        // Skipped under version 1: the defaults were saved, and must not come back as answers.
        let skipped = parse_backup(old(r#"{"answered":true,"role":"candidate","election":"uk_parliament","nation":"england"}"#).as_bytes()).unwrap();
        assert_eq!(
            (
                skipped.profile.role,
                skipped.profile.election,
                skipped.profile.nation
            ),
            (None, None, None)
        );
        // Real answers (anything but all three defaults) are kept.
        let answered = parse_backup(include_bytes!("../../tests/fixtures/backup-v1.json")).unwrap();
        assert_eq!(answered.profile.role, Some(Role::Agent));
        assert_eq!(answered.profile.election, Some(Election::LocalCouncil));
        assert_eq!(answered.profile.nation, Some(Nation::Wales));
        // A schema 2 file is taken as written: there the same three answers were chosen.
        let chosen = old(
            r#"{"answered":true,"role":"candidate","election":"uk_parliament","nation":"england"}"#,
        )
        .replace(r#""schema":1"#, r#""schema":2"#);
        let chosen = parse_backup(chosen.as_bytes()).unwrap();
        assert_eq!(chosen.profile.role, Some(Role::Candidate));
        assert_eq!(chosen.profile.nation, Some(Nation::England));
        // And this build writes schema 2, so its own backups keep every answer.
        let mut b = sample();
        b.profile.role = Some(Role::Candidate);
        b.profile.election = Some(Election::UkParliament);
        b.profile.nation = Some(Nation::England);
        b.profile.answered = true;
        let again = parse_backup(
            export(&Backup {
                schema: SCHEMA,
                ..b.clone()
            })
            .as_bytes(),
        )
        .unwrap();
        assert_eq!(again.profile, b.profile);
    }

    #[test]
    fn bad_files_say_why_and_that_nothing_changed() {
        let cases: [(&[u8], ImportError); 6] = [
            (b"not json", ImportError::NotJson),
            (
                b"{\"format\":\"standsafe-backup\",\"schema\":1,\"incidents\":[{\"id\":\"a",
                ImportError::NotJson,
            ),
            (b"{\"hello\":1}", ImportError::NotABackup),
            (
                b"{\"format\":\"standsafe-backup\",\"schema\":9,\"incidents\":[]}",
                ImportError::NewerSchema(9),
            ),
            (&[0xff, 0xfe, 0x00], ImportError::NotText),
            (b"[1,2,3]", ImportError::NotABackup),
        ];
        for (bytes, want) in cases {
            let got = parse_backup(bytes).unwrap_err();
            assert_eq!(got, want);
            assert!(got.message().ends_with("Nothing has been changed."));
        }
        let big = vec![b' '; 1001];
        assert_eq!(parse_backup_within(&big, 1000), Err(ImportError::TooLarge));
    }

    #[test]
    fn hostile_content_is_refused() {
        let mut b = sample();
        b.incidents[0].id = "../../etc".into();
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        let mut b = sample();
        b.incidents[1].id = b.incidents[0].id.clone();
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        let mut b = sample();
        b.incidents[0].current.what_happened = "a".repeat(MAX_FIELD_CHARS + 1);
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        let deep = format!(
            "{{\"format\":\"standsafe-backup\",\"schema\":1,\"x\":{}{}}}",
            "[".repeat(100),
            "]".repeat(100)
        );
        assert!(parse_backup(deep.as_bytes()).is_err());
    }

    #[test]
    fn merge_and_replace_plans() {
        let b = sample();
        let existing = b.incidents.clone();
        assert_eq!(
            plan_merge(&existing, &b.incidents),
            MergePlan {
                added: 0,
                updated: 0,
                unchanged: 2
            }
        );
        assert_eq!(plan_merge(&[], &b.incidents).added, 2);
        let mut newer = b.incidents[0].clone();
        newer.edit(
            IncidentFields {
                what_happened: "z".into(),
                ..IncidentFields::default()
            },
            99,
        );
        assert_eq!(plan_merge(&existing, &[newer]).updated, 1);
        assert_eq!(plan_replace(&existing, &[]).removed_count, 2);
        assert_eq!(plan_replace(&existing, &b.incidents[..1]).removed_count, 1);
    }

    /// Property tests (native only: proptest does not build for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn arb_text() -> impl Strategy<Value = String> {
            proptest::collection::vec(any::<char>(), 0..40).prop_map(|c| c.into_iter().collect())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            #[test]
            fn import_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
                let _ = parse_backup(&bytes);
            }

            #[test]
            fn import_never_panics_on_mutated_backups(pos in 0usize..2000, byte in any::<u8>(), cut in 0usize..2000) {
                let mut bytes = export(&sample()).into_bytes();
                let len = bytes.len();
                bytes[pos % len] = byte;
                bytes.truncate(len - cut.min(len));
                let _ = parse_backup(&bytes);
            }

            #[test]
            fn import_never_panics_on_mutated_backups_with_files(pos in 0usize..20_000, byte in any::<u8>(), cut in 0usize..20_000) {
                let mut bytes = export(&with_files()).into_bytes();
                let len = bytes.len();
                bytes[pos % len] = byte;
                bytes.truncate(len - cut.min(len));
                if let Ok(b) = parse_backup(&bytes) {
                    let _ = check_files(&b);
                }
            }

            #[test]
            fn export_import_is_identity(texts in proptest::collection::vec((arb_text(), arb_text(), arb_text()), 0..6), approx in any::<bool>()) {
                let mut d = Diary::default();
                for (n, (what, words, place)) in texts.into_iter().enumerate() {
                    let f = IncidentFields { what_happened: what, exact_words: words, place, time_approx: approx, ..IncidentFields::default() };
                    d.add(f, format!("e{n}"), n as i64);
                }
                let b = Backup::gather(&d, &Profile::default(), &Progress::default(), 7);
                prop_assert_eq!(parse_backup(export(&b).as_bytes()).unwrap(), b);
            }
        }
    }

    /// A sample backup with two files (one an image with a thumbnail), and their bytes.
    fn with_files() -> Backup {
        use crate::domain::attachment::tests::sample as file;
        let mut b = sample();
        let photo: Vec<u8> = (0..5000u32).map(|n| (n * 7 % 251) as u8).collect();
        let letter = b"Dear candidate, we know where you live.".to_vec();
        let mut a1 = file("f1", 60);
        a1.size = photo.len() as u32;
        a1.sha256 = hex(&crate::domain::sha256::digest(&photo));
        let mut a2 = file("f2", 61);
        a2.name = "letter.txt".into();
        a2.kind = "text/plain".into();
        a2.thumb = None;
        a2.size = letter.len() as u32;
        a2.sha256 = hex(&crate::domain::sha256::digest(&letter));
        b.incidents[0].attachments = vec![a1, a2];
        b.with_files(vec![
            ("f1".into(), photo),
            ("f1.thumb".into(), vec![1, 2, 3]),
            ("f2".into(), letter),
        ])
    }

    #[test]
    fn files_travel_in_the_backup_and_restore_byte_for_byte() {
        let b = with_files();
        let text = export(&b);
        assert_eq!(
            text,
            b.to_json().to_pretty_text(),
            "written as the JSON layer writes it"
        );
        let back = parse_backup(text.as_bytes()).unwrap();
        assert_eq!(back, b);
        let checked = check_files(&back);
        assert_eq!(checked.damaged, Vec::<String>::new());
        assert_eq!(checked.damage_message(), None);
        let ids: Vec<_> = checked.good.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["f1", "f1.thumb", "f2"]);
        assert_eq!(
            checked.good[2].1,
            b"Dear candidate, we know where you live."
        );
        assert_eq!(b.file_ids(), ["f1", "f1.thumb", "f2"]);
        // A backup with no files is written exactly as before.
        assert!(!export(&sample()).contains("\"files\""));
    }

    #[test]
    fn a_damaged_file_is_named_and_the_rest_still_restore() {
        let mut b = with_files();
        // One byte of the letter changed: same size, another fingerprint.
        let mut letter = crate::domain::lock::base64_decode(&b.files[2].data).unwrap();
        letter[0] ^= 1;
        b.files[2].data = crate::domain::lock::base64_encode(&letter);
        let back = parse_backup(export(&b).as_bytes()).unwrap();
        let checked = check_files(&back);
        assert_eq!(checked.damaged, ["letter.txt"]);
        assert_eq!(
            checked.good.len(),
            2,
            "the photo and its thumbnail still restore"
        );
        assert!(checked.damage_message().unwrap().contains("letter.txt"));
        // A missing file, or one cut short, is damage too.
        let mut b = with_files();
        b.files.remove(0);
        b.files[1].data = "RGVh".into();
        let checked = check_files(&b);
        assert_eq!(checked.damaged, ["photo of the gate.jpg", "letter.txt"]);
    }

    #[test]
    fn unusable_file_records_are_refused_before_anything_is_written() {
        let mut b = with_files();
        b.files[0].id = "../x".into();
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        let mut b = with_files();
        b.incidents[0].attachments[1].id = "f1".into();
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        let mut b = with_files();
        b.incidents[0].attachments[0].size = MAX_FILE_BYTES + 1;
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        let mut b = with_files();
        b.incidents[0].attachments[0].thumb = Some("f2".into());
        assert!(matches!(
            parse_backup(export(&b).as_bytes()),
            Err(ImportError::Invalid(_))
        ));
        // Long file data is not "a text far too long".
        let mut b = with_files();
        let big = vec![7u8; MAX_FIELD_CHARS];
        b.incidents[0].attachments[1].size = big.len() as u32;
        b.incidents[0].attachments[1].sha256 = hex(&crate::domain::sha256::digest(&big));
        b.files[2].data = crate::domain::lock::base64_encode(&big);
        let back = parse_backup(export(&b).as_bytes()).unwrap();
        assert!(check_files(&back).damaged.is_empty());
    }

    #[test]
    fn import_errors_never_show_the_library_text() {
        let raw = r#"{"app":"standsafe","schema":1,"exported_ms":1,"incidents":"not a list"}"#;
        let err = parse_backup(raw.as_bytes()).expect_err("a string is not a list");
        let message = err.message();
        assert!(
            !message.contains("invalid type") && !message.contains("expected a sequence"),
            "{message}"
        );
        assert!(message.ends_with("Nothing has been changed."), "{message}");
    }
}
