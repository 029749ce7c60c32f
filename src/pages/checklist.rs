//! The personal safety checklist: contacts, emergency numbers and every step, ready to print.

use leptos::prelude::*;

use leptos::either::Either;

use crate::components::linked_text::{linked, pieces};
use crate::components::nav::NavLink;
use crate::components::step_card::{personalise, StepTick};
use crate::content::inline::{join_pieces, Piece};
use crate::content::{guidance::MODULES, modules_for, NUMBERS};
use crate::domain::profile::report_line;
use crate::domain::profile::words_with_links;
use crate::domain::profile::Contact;
use crate::domain::route::Route;
use crate::state::clock::today_for_print;
use crate::state::profile::ProfileState;
use crate::state::progress::ProgressState;

/// One contact as a line, skipping empty parts: the phone rings, the email opens mail, and a
/// number or an email typed in with the name ("Office manager, 01632 960 000") rings or mails too.
fn contact_line(c: &Contact) -> Vec<Piece> {
    let mut line = words_with_links(c.name.trim());
    let rest = join_pieces(vec![
        Piece::phone(&c.phone),
        Piece::email(&c.email),
        Piece::words(&c.note),
    ]);
    if !line.is_empty() && !rest.is_empty() {
        line.push(Piece::words(" · "));
    }
    line.extend(rest);
    line
}

/// The line, or a blank to write on when there is nothing.
fn or_blank(line: Vec<Piece>) -> impl IntoView {
    if line.is_empty() {
        Either::Left("________________________________")
    } else {
        Either::Right(pieces(line))
    }
}

/// The checklist page.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let profile = expect_context::<ProfileState>();
    let progress = expect_context::<ProgressState>();
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let police_line = move || {
        profile.with(|p| {
            let c = &p.police;
            let reference = if c.reference.trim().is_empty() {
                String::new()
            } else {
                format!("Ref: {}", c.reference)
            };
            join_pieces(vec![
                Piece::words(&c.name),
                Piece::words(&c.force),
                Piece::phone(&c.phone),
                Piece::email(&c.email),
                Piece::words(&reference),
            ])
        })
    };
    let role = move || profile.with(|p| p.role);
    let done_count = move || progress.with(|p| p.overall(MODULES, role()));
    view! {
        <div class="checklist" data-testid="checklist">
            <h1 tabindex="-1">"Safety checklist"</h1>
            <p class="print-only print-meta">
                {move || profile.with(|p| if p.name.trim().is_empty() { String::new() } else { format!("For {}. ", p.name) })}
                "Printed " {today_for_print()} ". From Stand Safe: keep it somewhere private."
            </p>
            <p class="no-print">"Your contacts, the numbers to call and every step of the guide on one or two pages. "
                <NavLink route=Route::Profile>"Edit your contacts"</NavLink>"."</p>
            <p class="no-print"><button type="button" data-testid="print" on:click=print>"Print checklist"</button></p>
            <p class="report-line" data-testid="checklist-report-line"><strong>"To report a crime: "</strong>{move || linked(&profile.with(report_line))}</p>
            <section class="checklist-contacts" aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">"Your contacts"</h2>
                <dl class="contact-list">
                    <dt>{move || profile.with(|p| p.police_scheme().short_name())}</dt>
                    <dd data-testid="checklist-police">{move || or_blank(police_line())}</dd>
                    <dt>"Party or campaign safety contact"</dt>
                    <dd>{move || or_blank(profile.with(|p| contact_line(&p.party_safety)))}</dd>
                    <dt>"Safety contact (not with you)"</dt>
                    <dd data-testid="checklist-safety-contact">{move || or_blank(profile.with(|p| contact_line(&p.buddy)))}</dd>
                    {move || profile.with(|p| (!p.others.is_empty()).then(|| {
                        let mut others = Vec::new();
                        for c in &p.others {
                            if !others.is_empty() { others.push(Piece::words("; ")); }
                            others.extend(contact_line(c));
                        }
                        view! { <dt>"Others"</dt><dd data-testid="checklist-others">{pieces(others)}</dd> }
                    }))}
                </dl>
            </section>
            <section class="checklist-numbers" aria-labelledby="numbers-heading">
                <h2 id="numbers-heading">"Numbers to call"</h2>
                <dl class="contact-list">
                    {NUMBERS.iter().map(|(what, number)| view! { <dt>{*what}</dt><dd>{linked(number)}</dd> }).collect_view()}
                </dl>
            </section>
            <section aria-labelledby="steps-heading">
                <h2 id="steps-heading">"Steps"</h2>
                <p data-testid="checklist-count">{move || { let (d, t) = done_count(); format!("{d} of {t} done.") }}</p>
                <p class="advice-key"><span class="advice-mark" aria-hidden="true">"i"</span>" = advice to know, nothing to tick."</p>
                {move || modules_for(role()).map(|m| view! {
                    <div class="checklist-module">
                        <h3>{m.title}</h3>
                        <ul class="checklist-steps">
                            {m.steps_for(role()).map(|s| {
                                let title = personalise(s.title, profile);
                                if s.tickable {
                                    view! {
                                        <li class="checklist-step">
                                            <StepTick step=s label=title/>
                                        </li>
                                    }.into_any()
                                } else {
                                    view! { <li class="checklist-step advice"><span class="advice-mark" aria-hidden="true">"i"</span><span class="step-title">{linked(&title)}</span></li> }.into_any()
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }).collect_view()}
            </section>
        </div>
    }
}
