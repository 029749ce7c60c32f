//! Small app settings kept on the device: when the last backup was made, the lock's idle time,
//! the plain window title. Kept in the clear: the unlock screen needs them.

use super::envelope::Versioned;

/// Days after which a backup counts as old.
pub const BACKUP_OLD_AFTER_DAYS: i64 = 14;
/// New entries since the last backup that earn a reminder.
pub const BACKUP_REMIND_AFTER_ENTRIES: usize = 5;
/// The same, where Safari may delete the diary after seven days without a visit.
pub const SAFARI_OLD_AFTER_DAYS: i64 = 3;
pub const SAFARI_REMIND_AFTER_ENTRIES: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppSettings {
    /// When the last backup file was made (ms since the epoch).
    pub last_backup_ms: Option<i64>,
    /// How many diary entries there were at that backup.
    pub entries_at_last_backup: usize,
    /// The browser's answer to the request for persistent storage, once asked.
    pub persistent: Option<bool>,
    /// Minutes without use before an open lock closes (one of `lock::IDLE_CHOICES`).
    pub lock_idle_minutes: u32,
    /// Show "Notes" as the window title instead of "Stand Safe".
    pub plain_title: bool,
    /// The diary's offer of a lock was answered "Not now".
    pub lock_offer_dismissed: bool,
    /// When the install offer was answered "Not now" (ms since the epoch).
    pub install_offer_dismissed_ms: Option<i64>,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            last_backup_ms: None,
            entries_at_last_backup: 0,
            persistent: None,
            lock_idle_minutes: super::lock::DEFAULT_IDLE_MINUTES,
            plain_title: false,
            lock_offer_dismissed: false,
            install_offer_dismissed_ms: None,
        }
    }
}

/// The window title: the page's own, or a plain one if the user asked for it.
pub fn window_title<'a>(settings: &AppSettings, page_title: &'a str) -> &'a str {
    if settings.plain_title {
        PLAIN_TITLE
    } else {
        page_title
    }
}

pub const PLAIN_TITLE: &str = "Notes";

impl Versioned for AppSettings {
    const VERSION: u32 = 1;
}

/// What to tell the user about backups, if anything.
pub fn backup_reminder(settings: &AppSettings, entries_now: usize, now_ms: i64) -> Option<String> {
    backup_reminder_where(settings, entries_now, now_ms, false)
}

/// The same, sooner (3 days or 3 new entries) where Safari may delete the diary
/// (`install::Device::seven_day_limit`).
pub fn backup_reminder_where(
    settings: &AppSettings,
    entries_now: usize,
    now_ms: i64,
    seven_day_limit: bool,
) -> Option<String> {
    let (old_after_days, remind_after) = if seven_day_limit {
        (SAFARI_OLD_AFTER_DAYS, SAFARI_REMIND_AFTER_ENTRIES)
    } else {
        (BACKUP_OLD_AFTER_DAYS, BACKUP_REMIND_AFTER_ENTRIES)
    };
    let new_entries = entries_now.saturating_sub(settings.entries_at_last_backup);
    match settings.last_backup_ms {
        None if entries_now == 1 => Some(
            "You have 1 diary entry and no backup yet. A backup file keeps it safe if this device is lost."
                .to_string(),
        ),
        None if entries_now > 0 => Some(format!(
            "You have {entries_now} diary entries and no backup yet. A backup file keeps them safe if this device is lost."
        )),
        None => None,
        Some(_) if new_entries >= remind_after => Some(format!(
            "{new_entries} entries are newer than your last backup. It may be worth making a new one."
        )),
        Some(at) if entries_now > 0 && now_ms - at > old_after_days * 86_400_000 => Some(format!(
            "Your last backup is more than {old_after_days} days old. It may be worth making a new one."
        )),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400_000;

    #[test]
    fn no_reminder_for_an_empty_diary() {
        assert_eq!(backup_reminder(&AppSettings::default(), 0, 0), None);
    }

    #[test]
    fn reminds_when_never_backed_up() {
        assert!(backup_reminder(&AppSettings::default(), 3, 0)
            .unwrap()
            .starts_with("You have 3 diary entries and no backup yet."));
        assert!(backup_reminder(&AppSettings::default(), 1, 0)
            .unwrap()
            .starts_with("You have 1 diary entry and no backup yet. A backup file keeps it safe"));
    }

    #[test]
    fn older_settings_get_the_default_idle_time_and_title() {
        let old: AppSettings =
            crate::domain::envelope::decode(r#"{"v":1,"data":{"entries_at_last_backup":3}}"#)
                .unwrap();
        assert_eq!(old.entries_at_last_backup, 3);
        assert_eq!(old.lock_idle_minutes, 5);
        assert_eq!(window_title(&old, "Diary"), "Diary");
        let plain = AppSettings {
            plain_title: true,
            ..old
        };
        assert_eq!(window_title(&plain, "Diary"), "Notes");
    }

    #[test]
    fn reminds_when_old_or_many_new() {
        let s = AppSettings {
            last_backup_ms: Some(0),
            entries_at_last_backup: 2,
            ..AppSettings::default()
        };
        assert_eq!(backup_reminder(&s, 3, DAY), None);
        assert!(backup_reminder(&s, 3, 15 * DAY)
            .unwrap()
            .contains("14 days"));
        assert!(backup_reminder(&s, 7, DAY).unwrap().contains("5 entries"));
    }

    #[test]
    fn reminds_sooner_where_safari_may_delete_the_diary() {
        let s = AppSettings {
            last_backup_ms: Some(0),
            entries_at_last_backup: 2,
            ..AppSettings::default()
        };
        assert_eq!(backup_reminder_where(&s, 4, 3 * DAY, true), None);
        assert!(backup_reminder_where(&s, 4, 4 * DAY, true)
            .unwrap()
            .contains("3 days"));
        assert_eq!(backup_reminder_where(&s, 4, 4 * DAY, false), None);
        assert!(backup_reminder_where(&s, 5, DAY, true)
            .unwrap()
            .contains("3 entries"));
        assert_eq!(backup_reminder_where(&s, 5, DAY, false), None);
    }
}
