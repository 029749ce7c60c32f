//! Messages to the user about saving and loading (drawn by `components::notices`).

use leptos::prelude::*;

use crate::domain::envelope::Versioned;
use crate::store::storage;

/// One message, with an id so it can be dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

/// The list of open messages; provided as context by the app shell.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>, RwSignal<u32>);

impl Notices {
    pub fn new() -> Self {
        Notices(RwSignal::new(Vec::new()), RwSignal::new(0))
    }

    /// Show a problem. The same text is not shown twice.
    pub fn push_error(self, text: String) {
        if self
            .0
            .with_untracked(|list| list.iter().any(|n| n.text == text))
        {
            return;
        }
        let id = self.1.get_untracked() + 1;
        self.1.set(id);
        self.0.update(|list| list.push(Notice { id, text }));
    }

    /// The open messages (tracked).
    pub fn list(self) -> Vec<Notice> {
        self.0.get()
    }

    pub fn dismiss(self, id: u32) {
        self.0.update(|list| list.retain(|n| n.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

/// Load a value, telling the user of any problem instead of hiding it.
pub fn load_or_notice<T: Versioned + Default>(key: &str, notices: Notices) -> T {
    match storage::load::<T>(key) {
        Ok(value) => value.unwrap_or_default(),
        Err(err) => {
            notices.push_error(err.message());
            T::default()
        }
    }
}
