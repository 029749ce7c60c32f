//! Whether a form holds text that is not saved yet: forms set it, the update banner reads it.

use leptos::prelude::*;

/// True while a form holds text the user has not saved yet. Forms set it; the banner reads it.
#[derive(Clone, Copy)]
pub struct UnsavedText(pub RwSignal<bool>);
