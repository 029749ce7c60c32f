//! Small app settings kept on the device: when the last backup was made, the lock's idle time,
//! the plain window title. Kept in the clear: the unlock screen needs them.

use super::envelope::Versioned;

/// Days after which a backup counts as old.
pub const BACKUP_OLD_AFTER_DAYS: i64 = 14;
/// New entries since the last backup that earn a reminder.
pub const BACKUP_REMIND_AFTER_ENTRIES: usize = 5;

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
    let new_entries = entries_now.saturating_sub(settings.entries_at_last_backup);
    match settings.last_backup_ms {
        None if entries_now > 0 => Some(format!(
            "You have {entries_now} diary entries and no backup yet. A backup file keeps them safe if this device is lost."
        )),
        None => None,
        Some(_) if new_entries >= BACKUP_REMIND_AFTER_ENTRIES => Some(format!(
            "{new_entries} entries are newer than your last backup. It may be worth making a new one."
        )),
        Some(at) if entries_now > 0 && now_ms - at > BACKUP_OLD_AFTER_DAYS * 86_400_000 => Some(format!(
            "Your last backup is more than {BACKUP_OLD_AFTER_DAYS} days old. It may be worth making a new one."
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
            .contains("no backup yet"));
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
}
