//! Messages to the user about saving and loading, shown in a live region so screen readers hear them.

use leptos::prelude::*;

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

    pub fn dismiss(self, id: u32) {
        self.0.update(|list| list.retain(|n| n.id != id));
    }
}

impl Default for Notices {
    fn default() -> Self {
        Self::new()
    }
}

/// The messages, under the header.
#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" role="alert" aria-live="assertive" data-testid="notices">
            <For each=move || notices.0.get() key=|n| n.id let:notice>
                <div class="notice">
                    <p>{notice.text.clone()}</p>
                    <button type="button" class="button-quiet" on:click=move |_| notices.dismiss(notice.id)>
                        "Dismiss"
                    </button>
                </div>
            </For>
        </div>
    }
}
