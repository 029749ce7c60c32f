//! Domain logic in plain Rust: no browser types, tested natively with `cargo test`.

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

pub mod backup;
pub mod checklist;
pub mod csv;
pub mod diary;
pub mod envelope;
pub mod field_problem;
pub mod json;
pub mod keys;
pub mod lock;
pub mod plan;
pub mod profile;
pub mod route;
pub mod settings;
pub mod sort;
pub mod stored;
pub mod time;
