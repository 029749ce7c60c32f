//! Domain logic in plain Rust: no browser types, tested natively with `cargo test`.

pub mod attachment;
pub mod backup;
pub mod checklist;
pub mod csv;
pub mod diary;
pub mod envelope;
pub mod field_problem;
pub mod guide_links;
pub mod install;
pub mod json;
pub mod keys;
pub mod lock;
pub mod plan;
pub mod profile;
pub mod route;
pub mod settings;
pub mod sha256;
pub mod sort;
pub mod stored;
pub mod time;
pub mod zip;
