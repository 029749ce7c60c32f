//! Your contacts: the police contact and the people you would call, kept only on this device.

use leptos::prelude::*;

use crate::components::contact_fields::TextField;
use crate::components::nav::NavLink;
use crate::domain::plan::sms_link;
use crate::domain::profile::{
    check_email, check_phone, classify_phone, Contact, PhoneKind, Profile,
};
use crate::domain::route::Route;
use crate::state::profile::ProfileState;
use crate::state::route::CurrentRoute;

/// A getter and setter for one string field of the profile.
type Field = (fn(&Profile) -> &String, fn(&mut Profile) -> &mut String);

/// A getter and setter pair for the profile field at a path such as `police.name`.
macro_rules! field {
    ($($path:ident).+) => {{
        fn get(p: &Profile) -> &String { &p.$($path).+ }
        fn set(p: &mut Profile) -> &mut String { &mut p.$($path).+ }
        (get as fn(&Profile) -> &String, set as fn(&mut Profile) -> &mut String)
    }};
}

/// A group of contact fields with a heading.
#[component]
fn ContactGroup(
    prefix: &'static str,
    heading: &'static str,
    hint: &'static str,
    fields: Vec<(&'static str, &'static str, Field)>,
) -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    // "police-contact" is where the guide's links about the police contact open the page.
    view! {
        <fieldset class="card" id=format!("{prefix}-contact")>
            <legend>{heading}</legend>
            <p class="hint">{hint}</p>
            {fields.into_iter().map(|(name, label, (get, set))| {
                let kind = match name { "phone" => "tel", "email" => "email", _ => "text" };
                let value = Signal::derive(move || profile.with(|p| get(p).clone()));
                let problem = Signal::derive(move || {
                    let v = value.get();
                    match name { "phone" => check_phone(&v), "email" => check_email(&v), _ => None }
                });
                view! {
                    <TextField
                        id=format!("{prefix}-{name}")
                        label=label
                        kind=kind
                        value=value
                        problem=problem
                        on_change=move |v| profile.update(|p| *set(p) = v)
                    />
                }
            }).collect_view()}
        </fieldset>
    }
}

/// The short message that checks the safety contact's number works.
const TEST_TEXT: &str = "This is a test from my safety app, Stand Safe: I have saved you as my safety contact. Please reply so I know this number works.";

/// "Send a test text to your safety contact", for a number that can take texts; a plain word
/// for a landline, which cannot.
#[component]
fn TestText() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    move || {
        let phone = profile.with(|p| p.buddy.phone.clone());
        match classify_phone(&phone) {
            kind if kind.can_text() => Some(view! {
                <p><a class="button button-quiet" data-testid="test-text" href=sms_link(&phone, TEST_TEXT)>"Send a test text to your safety contact"</a></p>
            }.into_any()),
            PhoneKind::UkLandline => Some(view! {
                <p class="hint" data-testid="landline-note">"This looks like a landline, so Stand Safe will not offer to text it. Calls still work."</p>
            }.into_any()),
            _ => None,
        }
    }
}

/// The profile page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let route = expect_context::<CurrentRoute>();
    // Opened from a guide step's link: the way back to that step.
    let back = move || {
        let spot = route.came_from()?;
        let module = crate::content::module(spot.module)?;
        Some(view! {
            <p class="breadcrumb"><NavLink route=Route::GuideModule(module.id.into()) anchor=spot.step testid="back-to-guide">"Back to the guide: " {module.title}</NavLink></p>
        })
    };
    view! {
        {back}
        <h1 tabindex="-1">"Your contacts"</h1>
        <p class="lead">"Keep the people you may need in one place. This stays on this device only and is printed on your checklist."</p>
        <p class="hint">"Every field is optional. Phone numbers can include spaces and +44."</p>
        <div class="field">
            <label for="profile-name">"Your name (optional)"</label>
            <input id="profile-name" data-testid="profile-name" type="text" autocomplete="name"
                prop:value=move || profile.with(|p| p.name.clone())
                on:change:target=move |ev| { let v = ev.target().value(); profile.update(|p| p.name = v) }/>
        </div>
        <ContactGroup prefix="own" heading="Your phone" hint="Put in the messages your plans send, so people can reach you."
            fields=vec![("phone", "Your phone number", field!(own_phone))]/>
        <ContactGroup prefix="police" heading="Police contact" hint="Your named police contact for the election, and any reference they gave you."
            fields=vec![
                ("name", "Name", field!(police.name)),
                ("force", "Police force", field!(police.force)),
                ("phone", "Phone", field!(police.phone)),
                ("email", "Email", field!(police.email)),
                ("reference", "Reference", field!(police.reference)),
            ]/>
        <ContactGroup prefix="party" heading="Party or campaign safety contact" hint="The person in your party or campaign who deals with safety."
            fields=vec![
                ("name", "Name", field!(party_safety.name)),
                ("phone", "Phone", field!(party_safety.phone)),
                ("email", "Email", field!(party_safety.email)),
            ]/>
        <ContactGroup prefix="buddy" heading="Your safety contact" hint="Someone who is not going out with you, who knows where you are and when you expect to finish, and who will act if you do not check in."
            fields=vec![
                ("name", "Name", field!(buddy.name)),
                ("phone", "Phone", field!(buddy.phone)),
                ("email", "Email", field!(buddy.email)),
            ]/>
        <TestText/>
        <div class="field">
            <label for="profile-others">"Other contacts"</label>
            <p class="hint" id="profile-others-hint">"Anyone else worth having to hand, one per line, e.g. \"Office manager, 01632 960 000\"."</p>
            <textarea id="profile-others" data-testid="profile-others" rows="4" aria-describedby="profile-others-hint"
                prop:value=move || profile.with(|p| p.others.iter().map(|c| c.name.clone()).collect::<Vec<_>>().join("\n"))
                on:change:target=move |ev| {
                    let text = ev.target().value();
                    profile.update(|p| p.others = text.lines().filter(|l| !l.trim().is_empty()).map(|l| Contact { name: l.trim().to_string(), ..Contact::default() }).collect());
                }></textarea>
        </div>
        <p class="saved-note" role="status">"Saved on this device as you type."</p>
    }
}
