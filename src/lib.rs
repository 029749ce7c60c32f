//! Stand Safe: personal safety for UK election candidates, offline and private.
//!
//! Layers, each using only those below it: `domain` and `content` (plain Rust, tested natively)
//! ← `store` (the browser's storage and the lock) ← `state` (the contexts) ← `components` ←
//! `pages` ← `app` (the shell). Everything that touches the browser is compiled only for wasm32.

/// Declares a plain enum stored by its snake_case key, with labels for the form.
#[macro_export]
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $key:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub enum $name {
            #[default]
            $( $variant ),+
        }
        impl $crate::domain::json::ToJson for $name {
            fn to_json(&self) -> $crate::domain::json::Value { $crate::domain::json::Value::String(self.key().into()) }
        }
        impl $crate::domain::json::FromJson for $name {
            fn from_json(value: $crate::domain::json::Value) -> Result<Self, String> { $crate::domain::json::choice(value, Self::from_key) }
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn key(self) -> &'static str { match self { $($name::$variant => $key),+ } }
            pub fn label(self) -> &'static str { match self { $($name::$variant => $label),+ } }
            pub fn from_key(key: &str) -> Option<$name> { Self::ALL.iter().copied().find(|c| c.key() == key) }
        }
    };
}

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
