//! The browser's storage, in layers that only point down: `raw` (localStorage text) ←
//! `crypto` (WebCrypto) and `vault` (the passphrase lock) ← `storage` (the storage contract:
//! versioned values, side copies of unreadable data, no write before a read).

pub mod crypto;
pub mod files;
pub mod raw;
pub mod storage;
pub mod vault;
