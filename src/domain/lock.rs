//! The passphrase lock's formats and rules in plain Rust: the stored header, sealed values,
//! base64, which keys are private, passphrase rules and strength, and the wait after wrong tries.
//!
//! Scheme (the WebCrypto calls are in `crypto.rs`): a random AES-256-GCM data key encrypts every
//! private value; it is stored only wrapped (AES-GCM) under a key derived from the passphrase with
//! PBKDF2-HMAC-SHA-256. Changing the passphrase re-wraps the data key and writes the header once:
//! one write switches, so no value can be left half under each passphrase.

use serde::{Deserialize, Serialize};

use super::envelope::Versioned;

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
const FIRST_WAIT_MS: i64 = 30_000;
const LONGEST_WAIT_MS: i64 = 15 * 60_000;

/// Keys whose values are encrypted when the lock is on: the profile (contacts), plans and every
/// diary key, with their side copies of unreadable data. Guide ticks and settings stay readable,
/// because the unlock screen needs the settings and the ticks say nothing about the user.
const PRIVATE_PREFIXES: [&str; 3] = ["standsafe.profile", "standsafe.plan.", "standsafe.diary."];

pub fn is_private(key: &str) -> bool {
    PRIVATE_PREFIXES.iter().any(|p| key.starts_with(p))
}

/// The lock's stored header: how to get from the passphrase to the data key, and a check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHeader {
    pub kdf: String,
    pub iterations: u32,
    /// Base64 of the PBKDF2 salt.
    pub salt: String,
    pub cipher: String,
    /// Base64 of nonce ‖ the data key wrapped with AES-GCM under the passphrase key.
    pub wrapped_key: String,
    /// [`KEY_CHECK_TEXT`] sealed under the data key.
    pub check: String,
}

impl Versioned for LockHeader {
    const VERSION: u32 = 1;
}

impl LockHeader {
    /// Refuse a header this version cannot use safely, before any key is derived from it.
    pub fn validate(&self) -> Result<(), String> {
        if self.kdf != KDF || self.cipher != CIPHER {
            return Err(format!("unknown scheme {} / {}", self.kdf, self.cipher));
        }
        if !(ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations) {
            return Err(format!("{} iterations is out of range", self.iterations));
        }
        if base64_decode(&self.salt).map(|s| s.len()) != Some(SALT_LEN) {
            return Err("the salt is not 16 bytes".into());
        }
        match base64_decode(&self.wrapped_key) {
            Some(w) if w.len() == NONCE_LEN + 32 + TAG_LEN => {}
            _ => return Err("the wrapped key has the wrong length".into()),
        }
        if !self.check.starts_with(SEALED_PREFIX) {
            return Err("no key check".into());
        }
        Ok(())
    }
}

/// `ssv1.<base64(nonce ‖ ciphertext and tag)>`.
pub fn format_sealed(nonce_and_ciphertext: &[u8]) -> String {
    format!("{SEALED_PREFIX}{}", base64_encode(nonce_and_ciphertext))
}

/// The nonce and the ciphertext (with its tag) of a sealed value, or None if it is not one.
pub fn parse_sealed(text: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let bytes = base64_decode(text.strip_prefix(SEALED_PREFIX)?)?;
    if bytes.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, ct) = bytes.split_at(NONCE_LEN);
    Some((nonce.to_vec(), ct.to_vec()))
}

/// Length of the sealed text for a value of `plain_bytes` UTF-8 bytes, to check for room first.
pub fn sealed_len(plain_bytes: usize) -> usize {
    SEALED_PREFIX.len() + (NONCE_LEN + plain_bytes + TAG_LEN).div_ceil(3) * 4
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Each byte's value in [`B64`], or 255: decoding large diaries must not search per character.
const B64_VALUE: [u8; 256] = {
    let mut table = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        table[B64[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Standard base64 with padding (RFC 4648).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decode standard base64 with padding; None for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let value = |c: u8| match B64_VALUE[c as usize] {
        255 => None,
        v => Some(v as u32),
    };
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (i, chunk) in bytes.chunks(4).enumerate() {
        let last = i == bytes.len() / 4 - 1;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = n << 6 | value(c)?;
        }
        n <<= 6 * pad as u32;
        let got = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}

/// How hard a passphrase would be to guess, for the hint shown as it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    TooShort,
    Weak,
    Fair,
    Strong,
}

impl Strength {
    pub fn label(self) -> &'static str {
        match self {
            Strength::TooShort => "Too short: use at least 10 characters.",
            Strength::Weak => "Weak: easy to guess. Add more words.",
            Strength::Fair => "Fair. Another word or two would make it strong.",
            Strength::Strong => "Strong.",
        }
    }
}

/// A rough estimate: length times the variety of characters, less for repeated characters.
/// Three or four ordinary words with spaces come out strong; a short word with digits does not.
pub fn strength(passphrase: &str) -> Strength {
    let chars: Vec<char> = passphrase.chars().collect();
    if chars.len() < MIN_PASSPHRASE_CHARS {
        return Strength::TooShort;
    }
    let mut pool = 0u32;
    if chars.iter().any(|c| c.is_lowercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_uppercase()) {
        pool += 26;
    }
    if chars.iter().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if chars.iter().any(|c| !c.is_alphanumeric()) {
        pool += 20;
    }
    let mut distinct = chars.clone();
    distinct.sort_unstable();
    distinct.dedup();
    // Count each character once more than the distinct ones only at half weight.
    let effective = distinct.len() as f64 + (chars.len() - distinct.len()) as f64 * 0.5;
    let bits = effective * (pool.max(2) as f64).log2();
    match bits {
        b if b < 55.0 => Strength::Weak,
        b if b < 75.0 => Strength::Fair,
        _ => Strength::Strong,
    }
}

/// A new passphrase as typed twice: the first problem, if any.
pub fn check_new_passphrase(first: &str, again: &str) -> Result<(), &'static str> {
    if first.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err("The passphrase needs at least 10 characters. A few ordinary words with spaces are easy to remember and hard to guess.");
    }
    if first != again {
        return Err("The two passphrases are not the same. Type them again.");
    }
    Ok(())
}

/// Wrong tries in a row, stored so a reload does not reset them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attempts {
    pub failures: u32,
    /// No try is taken before this time (ms since the epoch).
    pub wait_until_ms: i64,
}

impl Versioned for Attempts {
    const VERSION: u32 = 1;
}

impl Attempts {
    /// After one more wrong try at `now_ms`: from the fifth on, a wait of 30 s, doubling each
    /// time, at most 15 minutes.
    pub fn after_failure(&self, now_ms: i64) -> Attempts {
        let failures = self.failures + 1;
        let wait = if failures < FREE_TRIES {
            0
        } else {
            let doublings = (failures - FREE_TRIES).min(10);
            (FIRST_WAIT_MS << doublings).min(LONGEST_WAIT_MS)
        };
        Attempts {
            failures,
            wait_until_ms: now_ms + wait,
        }
    }

    /// Milliseconds still to wait before the next try (0 when a try may be made now).
    pub fn wait_ms(&self, now_ms: i64) -> i64 {
        (self.wait_until_ms - now_ms).max(0)
    }
}

/// A backup file sealed with the lock's scheme; its header travels with it, so it opens on
/// another device with the passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedBackup {
    pub standsafe_encrypted_backup: u32,
    pub header: LockHeader,
    /// The plain backup's JSON, sealed under the data key with [`BACKUP_AD`].
    pub data: String,
}

pub const ENCRYPTED_BACKUP_VERSION: u32 = 1;

/// None when `text` is not an encrypted backup (the plain import then reads it); otherwise the
/// file, or why it cannot be used.
pub fn parse_encrypted_backup(text: &str) -> Option<Result<EncryptedBackup, String>> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let version = value.get("standsafe_encrypted_backup")?.as_u64()?;
    if version > ENCRYPTED_BACKUP_VERSION as u64 {
        return Some(Err(
            "This encrypted backup was made by a newer version of Stand Safe.".into(),
        ));
    }
    Some(
        serde_json::from_value::<EncryptedBackup>(value)
            .map_err(|e| format!("This encrypted backup file is damaged ({e})."))
            .and_then(|b| {
                b.header
                    .validate()
                    .map_err(|e| format!("This encrypted backup file cannot be opened ({e})."))?;
                Ok(b)
            }),
    )
}

/// Idle times the user can choose, in minutes.
pub const IDLE_CHOICES: [u32; 6] = [1, 2, 5, 10, 15, 30];
pub const DEFAULT_IDLE_MINUTES: u32 = 5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
    }

    #[test]
    fn base64_round_trips_every_byte_and_refuses_junk() {
        let all: Vec<u8> = (0..=255).collect();
        for n in 0..all.len() {
            assert_eq!(base64_decode(&base64_encode(&all[..n])).unwrap(), &all[..n]);
        }
        for junk in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zm9v\n"] {
            assert_eq!(base64_decode(junk), None, "{junk}");
        }
    }

    #[test]
    fn sealed_text_format_and_predicted_length() {
        let bytes: Vec<u8> = (0..(NONCE_LEN + 40 + TAG_LEN) as u8).collect();
        let sealed = format_sealed(&bytes);
        assert!(sealed.starts_with(SEALED_PREFIX));
        assert_eq!(sealed.len(), sealed_len(40));
        let (nonce, ct) = parse_sealed(&sealed).unwrap();
        assert_eq!(nonce, &bytes[..NONCE_LEN]);
        assert_eq!(ct, &bytes[NONCE_LEN..]);
        assert_eq!(parse_sealed("{\"v\":1}"), None);
        assert_eq!(
            parse_sealed("ssv1.AAAA"),
            None,
            "shorter than nonce and tag"
        );
    }

    fn header() -> LockHeader {
        LockHeader {
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: base64_encode(&[7; SALT_LEN]),
            cipher: CIPHER.into(),
            wrapped_key: base64_encode(&[1; NONCE_LEN + 32 + TAG_LEN]),
            check: format_sealed(&[2; 40]),
        }
    }

    #[test]
    fn header_validation_refuses_weak_or_unknown_schemes() {
        assert_eq!(header().validate(), Ok(()));
        let weak = LockHeader {
            iterations: 1000,
            ..header()
        };
        assert!(weak.validate().is_err());
        let huge = LockHeader {
            iterations: MAX_ITERATIONS + 1,
            ..header()
        };
        assert!(huge.validate().is_err());
        let short_salt = LockHeader {
            salt: base64_encode(&[7; 8]),
            ..header()
        };
        assert!(short_salt.validate().is_err());
        let other_cipher = LockHeader {
            cipher: "AES-128-CBC".into(),
            ..header()
        };
        assert!(other_cipher.validate().is_err());
    }

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

    #[test]
    fn passphrase_rules_and_strength() {
        assert!(check_new_passphrase("short", "short").is_err());
        assert!(check_new_passphrase("long enough one", "long enough two").is_err());
        assert_eq!(
            check_new_passphrase("long enough one", "long enough one"),
            Ok(())
        );
        assert_eq!(strength("abc"), Strength::TooShort);
        assert_eq!(strength("aaaaaaaaaaaa"), Strength::Weak);
        assert_eq!(strength("password12"), Strength::Weak);
        assert_eq!(strength("purple tractor"), Strength::Fair);
        assert_eq!(strength("purple tractor sings loudly"), Strength::Strong);
        assert!(strength("Purple tractor 42!") > strength("purple tractor"));
    }

    #[test]
    fn wrong_tries_wait_from_the_fifth_doubling_to_fifteen_minutes() {
        let mut a = Attempts::default();
        for _ in 0..4 {
            a = a.after_failure(1_000);
            assert_eq!(a.wait_ms(1_000), 0);
        }
        a = a.after_failure(1_000);
        assert_eq!(a.failures, 5);
        assert_eq!(a.wait_ms(1_000), 30_000);
        assert_eq!(a.wait_ms(31_000), 0);
        a = a.after_failure(1_000);
        assert_eq!(a.wait_ms(1_000), 60_000);
        for _ in 0..20 {
            a = a.after_failure(1_000);
        }
        assert_eq!(a.wait_ms(1_000), 15 * 60_000);
    }

    #[test]
    fn encrypted_backup_is_recognised_and_checked() {
        assert_eq!(parse_encrypted_backup("{\"v\":1,\"data\":{}}"), None);
        assert_eq!(parse_encrypted_backup("not json"), None);
        let file = EncryptedBackup {
            standsafe_encrypted_backup: 1,
            header: header(),
            data: format_sealed(&[3; 60]),
        };
        let text = serde_json::to_string(&file).unwrap();
        assert_eq!(parse_encrypted_backup(&text), Some(Ok(file.clone())));
        let newer = text.replace(
            "\"standsafe_encrypted_backup\":1",
            "\"standsafe_encrypted_backup\":2",
        );
        assert!(matches!(parse_encrypted_backup(&newer), Some(Err(_))));
        let weak = text.replace("600000", "1000");
        assert!(matches!(parse_encrypted_backup(&weak), Some(Err(_))));
    }
}
