//! The lock's stored header: how to get from the passphrase to the data key, and a check.

use super::sealed::base64_decode;
use super::{CIPHER, ITERATIONS, KDF, MAX_ITERATIONS, NONCE_LEN, SALT_LEN, SEALED_PREFIX, TAG_LEN};
use crate::domain::envelope::Versioned;

/// The lock's stored header: how to get from the passphrase to the data key, and a check.
#[derive(Debug, Clone, PartialEq, Eq)]
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::lock::sealed::{base64_encode, format_sealed};

    pub(crate) fn header() -> LockHeader {
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
}
