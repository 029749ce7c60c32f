//! Messages to the user about saving and loading, shown in a live region so screen readers hear them.

use leptos::prelude::*;

use crate::state::notices::Notices;

/// The messages, under the header.
#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    view! {
        <div class="notices" role="alert" aria-live="assertive" data-testid="notices">
            <For each=move || notices.list() key=|n| n.id let:notice>
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
