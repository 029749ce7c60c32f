//! Domain logic in plain Rust: no browser types, tested natively with `cargo test`.

pub mod checklist;
pub mod envelope;
pub mod profile;
pub mod route;
