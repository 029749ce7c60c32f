//! Stand Safe: personal safety for UK election candidates, offline and private.
//!
//! `domain` and `content` are plain Rust (tested natively); everything that touches the browser
//! is compiled only for wasm32.

pub mod content;
pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod crypto;
#[cfg(target_arch = "wasm32")]
pub mod diary_store;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod vault;
