//! Stand Safe: personal safety for UK election candidates, offline and private.
//!
//! Layers, each using only those below it: `domain` and `content` (plain Rust, tested natively)
//! ← `store` (the browser's storage and the lock) ← `state` (the contexts) ← `components` ←
//! `pages` ← `app` (the shell). Everything that touches the browser is compiled only for wasm32.

pub mod content;
pub mod domain;
pub mod markup;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod store;
