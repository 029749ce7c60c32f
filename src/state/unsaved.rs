//! Whether a form holds text that is not saved yet: forms set it, the update banner reads it.

use leptos::prelude::*;

/// True while a form holds text the user has not saved yet. Forms set it; the banner reads it.
#[derive(Clone, Copy)]
pub struct UnsavedText(RwSignal<bool>);

impl UnsavedText {
    pub fn new() -> Self {
        UnsavedText(RwSignal::new(false))
    }

    /// A form says whether it holds unsaved text.
    pub fn set(self, unsaved: bool) {
        self.0.set(unsaved);
    }

    /// True while some form holds unsaved text (not tracked: read when deciding to reload).
    pub fn is_unsaved_now(self) -> bool {
        self.0.get_untracked()
    }
}

impl Default for UnsavedText {
    fn default() -> Self {
        Self::new()
    }
}
