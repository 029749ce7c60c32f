//! The passphrase lock's formats and rules in plain Rust: the stored header, sealed values,
//! base64, which keys are private, passphrase rules and strength, and the wait after wrong tries.
//!
//! Scheme (the WebCrypto calls are in `store::crypto`): a random AES-256-GCM data key encrypts every
//! private value; it is stored only wrapped (AES-GCM) under a key derived from the passphrase with
//! PBKDF2-HMAC-SHA-256. Changing the passphrase re-wraps the data key and writes the header once:
//! one write switches, so no value can be left half under each passphrase.

mod attempts;
mod encrypted_backup;
mod header;
mod passphrase;
mod sealed;

pub use attempts::Attempts;
pub use encrypted_backup::{parse_encrypted_backup, EncryptedBackup, ENCRYPTED_BACKUP_VERSION};
pub use header::LockHeader;
pub use passphrase::{check_new_passphrase, strength, Strength};
pub use sealed::{base64_decode, base64_encode, format_sealed, parse_sealed, sealed_len};

use super::keys;

/// PBKDF2 iterations written by this version (the floor, OWASP's 2023 figure).
pub const ITERATIONS: u32 = 600_000;
/// Headers asking for more than this are refused: a planted header must not hang the app.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
pub const TAG_LEN: usize = 16;
pub const KDF: &str = "PBKDF2-HMAC-SHA-256";
pub const CIPHER: &str = "AES-256-GCM";
/// Every sealed value starts with this, so a value left in the clear by an interruption is known.
pub const SEALED_PREFIX: &str = "ssv1.";
/// Sealed in the header under the data key: opening it proves the unwrapped key is right.
pub const KEY_CHECK_TEXT: &str = "Stand Safe key check";
/// Additional data for the key check and for encrypted backups (values use their storage key).
pub const KEY_CHECK_AD: &str = "standsafe.lock.check";
pub const BACKUP_AD: &str = "standsafe.backup";
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// Wrong tries allowed before each further try has to wait.
pub const FREE_TRIES: u32 = 5;

/// Keys whose values are encrypted when the lock is on: the profile (contacts), plans and every
/// diary key, with their side copies of unreadable data. Guide ticks and settings stay readable,
/// because the unlock screen needs the settings and the ticks say nothing about the user.
const PRIVATE_PREFIXES: [&str; 3] = [keys::PROFILE, keys::PLAN_PREFIX, keys::DIARY_PREFIX];

pub fn is_private(key: &str) -> bool {
    PRIVATE_PREFIXES.iter().any(|p| key.starts_with(p))
}

/// Idle times the user can choose, in minutes.
pub const IDLE_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_keys_are_the_diary_profile_and_plans() {
        for key in [
            "standsafe.profile",
            "standsafe.profile.unreadable.1",
            "standsafe.plan.abc",
            "standsafe.diary.entry.x",
            "standsafe.diary.people",
            "standsafe.diary.draft",
        ] {
            assert!(is_private(key), "{key}");
        }
        for key in [
            "standsafe.progress",
            "standsafe.settings",
            "standsafe.lock",
            "standsafe.lock.attempts",
            "other.diary",
        ] {
            assert!(!is_private(key), "{key}");
        }
    }
}
