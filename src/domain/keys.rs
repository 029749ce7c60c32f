//! Every key the app stores in the browser, in one place.

/// Prefix of every key, so the app never touches another site's data on a shared origin.
pub const PREFIX: &str = "standsafe.";
pub const PROFILE: &str = "standsafe.profile";
pub const PROGRESS: &str = "standsafe.progress";
pub const SETTINGS: &str = "standsafe.settings";
/// Every diary key starts with this (entries, people, drafts).
pub const DIARY_PREFIX: &str = "standsafe.diary.";
/// One key per diary entry: `standsafe.diary.entry.<id>`, so two tabs never overwrite each other.
pub const DIARY_ENTRY_PREFIX: &str = "standsafe.diary.entry.";
pub const DIARY_PEOPLE: &str = "standsafe.diary.people";
/// One key per campaign-day plan: `standsafe.plan.<id>`.
pub const PLAN_PREFIX: &str = "standsafe.plan.";
/// The entry being written, kept while it is typed so a reload never loses it.
pub const DIARY_DRAFT: &str = "standsafe.diary.draft";
/// An edit being typed: `standsafe.diary.draft.edit.<entry id>`.
pub const DIARY_EDIT_DRAFT_PREFIX: &str = "standsafe.diary.draft.edit.";
/// The passphrase lock's header (in the clear: it holds no secret), wrong tries, and a
/// scratch key used to check for room before a sealed write.
pub const LOCK: &str = "standsafe.lock";
pub const LOCK_ATTEMPTS: &str = "standsafe.lock.attempts";
pub const LOCK_ROOM: &str = "standsafe.lock.room";
/// Side copies of unreadable data: `<original key>.unreadable.<n>`.
pub const UNREADABLE_MARK: &str = ".unreadable.";
