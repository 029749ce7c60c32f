//! Ready-written messages handed to the phone's own tools (text, email, share, copy): Stand
//! Safe itself sends nothing.

use leptos::prelude::*;

use crate::content::inline::dial_digits;
use crate::domain::plan::{mailto_link, sms_link, Plan};
use crate::domain::profile::classify_phone;
use crate::state::profile::ProfileState;

/// Buttons that send one ready-written message with the phone's own tools: text, email,
/// share and copy. Stand Safe itself sends nothing.
#[component]
pub fn MessageActions(
    /// The message, shown in full above the buttons.
    message: String,
    /// (button label, phone number) for a text message, if there is a number.
    #[prop(optional)]
    sms: Option<(&'static str, String)>,
    /// (button label, email address, subject) for an email, if there is an address.
    #[prop(optional)]
    email: Option<(&'static str, String, String)>,
    /// A prefix for the test ids of this group.
    testid: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(None::<&'static str>);
    let text = message.clone();
    let copy = move |_| {
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        let Some(clipboard) = clipboard else {
            return copied.set(Some(
                "Copying is not available here: select the text above instead.",
            ));
        };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(if ok {
                "Copied. Paste it into a message."
            } else {
                "Could not copy: select the text above instead."
            }));
        });
    };
    let share_text = message.clone();
    let can_share = web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false));
    let share = move |_| {
        if let Some(w) = web_sys::window() {
            let data = web_sys::ShareData::new();
            data.set_text(&share_text);
            let _ = w.navigator().share_with_data(&data);
        }
    };
    // A landline cannot take a text: offer a call instead.
    let (sms, call) = match sms.filter(|(_, n)| !n.trim().is_empty()) {
        Some((label, n)) if !classify_phone(&n).can_text() => (
            None,
            Some((label.replacen("Text", "Call", 1), dial_digits(&n))),
        ),
        other => (other, None),
    };
    let email = email.filter(|(_, e, _)| !e.trim().is_empty());
    view! {
        <p class="plan-message keep-lines" data-testid=format!("{testid}-message")>{message.clone()}</p>
        <p class="button-row">
            {sms.map(|(label, number)| view! { <a class="button button-quiet" href=sms_link(&number, &message) data-testid=format!("{testid}-sms")>{label}</a> })}
            {call.map(|(label, digits)| view! { <a class="button button-quiet" href=format!("tel:{digits}") data-testid=format!("{testid}-call")>{label}</a> })}
            {email.map(|(label, address, subject)| view! { <a class="button button-quiet" href=mailto_link(&address, &subject, &message) data-testid=format!("{testid}-mail")>{label}</a> })}
            {can_share.then(|| view! { <button type="button" class="button-quiet" on:click=share>"Share…"</button> })}
            <button type="button" class="button-quiet" data-testid=format!("{testid}-copy") on:click=copy>"Copy message"</button>
        </p>
        <p role="status" data-testid=format!("{testid}-copy-status")>{move || copied.get()}</p>
    }
}

/// After "I'm done, safe": the ready-written message that tells the safety contact.
#[component]
pub fn FinishedMessage(plan: Plan, at: String) -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let (message, buddy) =
        profile.with_untracked(|p| (plan.finished_message(p, &at), p.buddy.clone()));
    let label = if buddy.name.trim().is_empty() {
        "Tell your safety contact you are safe:".to_string()
    } else {
        format!("Tell {} you are safe:", buddy.name.trim())
    };
    view! {
        <div class="finished" data-testid="finished">
            <p>{label}</p>
            <MessageActions message=message sms=("Text my safety contact", buddy.phone.clone()) testid="finished"/>
        </div>
    }
}
