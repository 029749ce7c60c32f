//! The app shell: contexts, the tiny router, header, navigation and the always-visible 999 line.

use leptos::prelude::*;

use crate::components::emergency::EmergencyLine;
use crate::components::lock_screen::UnlockScreen;
use crate::components::nav::{Header, NavLink};
use crate::components::notices::NoticeList;
use crate::components::update_banner::UpdateBanner;
use crate::domain::route::Route;
use crate::domain::settings::window_title;
use crate::pages;
use crate::state::diary::DiaryState;
use crate::state::lock::LockState;
use crate::state::notices::Notices;
use crate::state::profile::ProfileState;
use crate::state::progress::ProgressState;
use crate::state::route::CurrentRoute;
use crate::state::settings::SettingsState;
use crate::state::unsaved::UnsavedText;
use crate::store::storage;
use crate::store::storage::OtherTabChange;
use crate::store::vault;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let notices = Notices::new();
    provide_context(notices);
    provide_context(UnsavedText::new());
    let route = CurrentRoute::from_address_bar();
    provide_context(route);
    // Settings are in the clear: the unlock screen needs the idle time and the plain title.
    let settings = SettingsState::load(notices);
    provide_context(settings);

    storage::read_lock_header();
    let lock = LockState::new();
    provide_context(lock);
    vault::on_write_failure(move |err| notices.push_error(err.message()));
    crate::state::auto_lock::watch_idle(lock, settings);
    crate::components::leave_quickly::watch_escape();
    // Another tab turned the lock on or off or changed the passphrase: never write with an old
    // key; read the header again (this closes the lock unless it was turned off).
    let lock_changes = storage::on_other_tab_change(move |change| {
        // A cleared store (key None) may have taken the lock's header with it.
        if matches!(change, OtherTabChange::Lock | OtherTabChange::Key(None)) {
            storage::read_lock_header();
            lock.refresh();
        }
    });
    on_cleanup(move || lock_changes.remove());

    // Back and Forward: follow the address bar.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        route.follow_address_bar();
    });
    on_cleanup(move || popstate.remove());

    // While locked the title names no page: "Incident diary" in a tab would say what is inside.
    Effect::new(move |_| {
        let locked = lock.is_locked();
        let title = route.with(|r| {
            let page = if locked {
                Route::Home.title()
            } else {
                r.title()
            };
            settings.with(|s| window_title(s, page).to_string())
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
        }
    });

    let locked = Memo::new(move |_| lock.is_locked());
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <Header/>
        <EmergencyLine/>
        <NoticeList/>
        <UpdateBanner/>
        <main id="main" tabindex="-1">
            {move || if locked.get() {
                view! { <UnlockScreen/> }.into_any()
            } else {
                view! { <Unlocked route=route/> }.into_any()
            }}
        </main>
        <footer class="site-footer no-print">
            <p>"Stand Safe keeps everything on this device. Nothing is sent anywhere."</p>
            <p><NavLink route=Route::Settings>"Settings and backup"</NavLink></p>
        </footer>
    }
}

/// The pages, with the data they read: loaded when the app starts or the lock opens, and
/// dropped with them when it closes.
#[component]
fn Unlocked(route: CurrentRoute) -> impl IntoView {
    let notices = expect_context::<Notices>();
    provide_context(ProfileState::load(notices));
    provide_context(ProgressState::load(notices));
    provide_context(crate::state::plans::PlansState::load(notices));
    let diary = DiaryState::load(notices);
    diary.follow_other_tabs();
    provide_context(diary);

    // Drawn again only when the page changes, not when the diary moves between its own views.
    let shown = Memo::new(move |_| route.with(Route::page));
    move || page(shown.get())
}

/// The page for a route.
fn page(route: Route) -> AnyView {
    match route {
        Route::NotFound(path) => view! { <pages::not_found::NotFoundPage path=path/> }.into_any(),
        Route::Home => view! { <pages::home::HomePage/> }.into_any(),
        Route::Guide => view! { <pages::guide::GuidePage/> }.into_any(),
        Route::GuideModule(id) => view! { <pages::guide::ModulePage id=id/> }.into_any(),
        Route::Checklist => view! { <pages::checklist::ChecklistPage/> }.into_any(),
        Route::Profile => view! { <pages::profile::ProfilePage/> }.into_any(),
        Route::Plans => view! { <pages::plans::PlansPage/> }.into_any(),
        Route::Diary(_) => view! { <pages::diary::DiaryPage/> }.into_any(),
        Route::Settings => view! { <pages::settings::SettingsPage/> }.into_any(),
    }
}

/// Replace the static first view from index.html with the live app.
pub fn mount() {
    console_error_panic_hook_lite();
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Report a panic in the console without pulling in the console_error_panic_hook crate.
fn console_error_panic_hook_lite() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
}
