//! Domain logic in plain Rust: no browser types, tested natively with `cargo test`.

pub mod backup;
pub mod checklist;
pub mod csv;
pub mod diary;
pub mod diary_form;
pub mod diary_views;
pub mod doc;
pub mod envelope;
pub mod profile;
pub mod route;
pub mod settings;
pub mod time;
