//! A backup file sealed with the lock's scheme, its header inside it.

use super::header::LockHeader;
use crate::domain::json::{self, FromJson};

/// A backup file sealed with the lock's scheme; its header travels with it, so it opens on
/// another device with the passphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    let value = json::parse(text).ok()?;
    let version = value.get("standsafe_encrypted_backup")?.as_u64()?;
    if version > ENCRYPTED_BACKUP_VERSION as u64 {
        return Some(Err(
            "This encrypted backup was made by a newer version of Stand Safe.".into(),
        ));
    }
    Some(
        EncryptedBackup::from_json(value)
            .map_err(|e| format!("This encrypted backup file is damaged ({e})."))
            .and_then(|b| {
                b.header
                    .validate()
                    .map_err(|e| format!("This encrypted backup file cannot be opened ({e})."))?;
                Ok(b)
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lock::header::tests::header;
    use crate::domain::lock::sealed::format_sealed;

    #[test]
    fn encrypted_backup_is_recognised_and_checked() {
        assert_eq!(parse_encrypted_backup("{\"v\":1,\"data\":{}}"), None);
        assert_eq!(parse_encrypted_backup("not json"), None);
        let file = EncryptedBackup {
            standsafe_encrypted_backup: 1,
            header: header(),
            data: format_sealed(&[3; 60]),
        };
        let text = crate::domain::json::ToJson::to_json(&file).to_text();
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
