//! The app shell: contexts, the tiny router, header, navigation and the always-visible 999 line.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::backup_panel::SettingsState;
use crate::components::emergency::EmergencyLine;
use crate::components::lock_screen::UnlockScreen;
use crate::components::nav::{Header, NavLink};
use crate::components::notices::{NoticeList, Notices};
use crate::components::update_banner::{UnsavedText, UpdateBanner};
use crate::domain::checklist::Progress;
use crate::domain::profile::Profile;
use crate::domain::route::Route;
use crate::domain::settings::{window_title, AppSettings};
use crate::pages;
use crate::storage::{self, keys, OtherTabChange};
use crate::vault::{self, LockStatus};

/// The page being shown. Links and Back/Forward change it; the address bar follows.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

impl CurrentRoute {
    /// Show `route`, add it to the browser history and move focus to the new page's heading.
    pub fn go(self, route: Route) {
        if !route.in_this_bundle() {
            // The other bundle draws this page: an ordinary page load.
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&route.path());
            }
            return;
        }
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&route.path()),
                );
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.0.set(route);
        focus_main_heading();
    }
}

/// Move focus to the page heading after a client-side navigation, so screen readers announce it.
pub fn focus_main_heading() {
    request_animation_frame(|| {
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            let _ = h.focus();
        }
    });
}

/// The user's profile, loaded once and saved on every change.
#[derive(Clone, Copy)]
pub struct ProfileState(pub RwSignal<Profile>);

/// Whether the passphrase lock is off, closed or open. Pages are drawn only while it is not
/// closed, so locking unmounts every page with whatever it showed.
#[derive(Clone, Copy)]
pub struct LockState(pub RwSignal<LockStatus>);

impl LockState {
    /// Close the lock now: the key and every opened value are dropped. Focus moves to the
    /// unlock screen's heading, so a screen reader says what happened.
    pub fn lock_now(self) {
        vault::lock();
        self.refresh();
        focus_main_heading();
    }

    /// Follow the vault after it opened, closed or changed.
    pub fn refresh(self) {
        self.0.set(vault::status());
    }
}

/// Which guide steps are ticked, loaded once and saved on every change.
#[derive(Clone, Copy)]
pub struct ProgressState(pub RwSignal<Progress>);

/// Load a value for the shell, telling the user of any problem instead of hiding it.
fn load_or_notice<T: crate::domain::envelope::Versioned + Default>(
    key: &str,
    notices: Notices,
) -> T {
    match storage::load::<T>(key) {
        Ok(value) => value.unwrap_or_default(),
        Err(err) => {
            notices.push_error(err.message());
            T::default()
        }
    }
}

impl ProfileState {
    /// Change the profile and save it; a failed save is shown, and the change stays on screen.
    pub fn update(self, change: impl FnOnce(&mut Profile)) {
        self.0.update(change);
        let notices = expect_context::<Notices>();
        match self.0.with_untracked(|p| storage::save(keys::PROFILE, p)) {
            Ok(()) => {}
            Err(err) => notices.push_error(err.message()),
        }
    }
}

impl ProgressState {
    /// Change progress and save it; a failed save is shown.
    pub fn update(self, change: impl FnOnce(&mut Progress)) {
        self.0.update(change);
        let notices = expect_context::<Notices>();
        if let Err(err) = self.0.with_untracked(|p| storage::save(keys::PROGRESS, p)) {
            notices.push_error(err.message());
        }
    }
}

fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let notices = Notices::new();
    provide_context(notices);
    provide_context(UnsavedText(RwSignal::new(false)));
    let route = CurrentRoute(RwSignal::new(Route::from_path(&current_path())));
    provide_context(route);
    // Settings are in the clear: the unlock screen needs the idle time and the plain title.
    let settings = SettingsState(RwSignal::new(load_or_notice::<AppSettings>(
        keys::SETTINGS,
        notices,
    )));
    provide_context(settings);

    vault::init();
    let lock = LockState(RwSignal::new(vault::status()));
    provide_context(lock);
    vault::on_write_failure(move |err| notices.push_error(err.message()));
    crate::components::auto_lock::watch_idle(lock, settings);
    crate::components::leave_quickly::watch_escape();
    // Another tab turned the lock on or off or changed the passphrase: never write with an old
    // key; read the header again (this closes the lock unless it was turned off).
    let lock_changes = storage::on_other_tab_change(move |change| {
        // A cleared store (key None) may have taken the lock's header with it.
        if matches!(change, OtherTabChange::Lock | OtherTabChange::Key(None)) {
            vault::init();
            lock.refresh();
        }
    });
    on_cleanup(move || lock_changes.remove());

    // Back and Forward: follow the address bar.
    let popstate = window_event_listener(leptos::ev::popstate, move |_| {
        route.0.set(Route::from_path(&current_path()));
    });
    on_cleanup(move || popstate.remove());

    // While locked the title names no page: "Incident diary" in a tab would say what is inside.
    Effect::new(move |_| {
        let locked = lock.0.get() == LockStatus::Locked;
        let title = route.0.with(|r| {
            let page = if locked {
                Route::Home.title()
            } else {
                r.title()
            };
            settings.0.with(|s| window_title(s, page).to_string())
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&title);
        }
    });

    let locked = Memo::new(move |_| lock.0.get() == LockStatus::Locked);
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
    // The diary bundle reads only the name (pages::diary) and no guide progress: less to decode.
    #[cfg(not(feature = "diary"))]
    {
        provide_context(ProfileState(RwSignal::new(load_or_notice::<Profile>(
            keys::PROFILE,
            notices,
        ))));
        provide_context(ProgressState(RwSignal::new(load_or_notice::<Progress>(
            keys::PROGRESS,
            notices,
        ))));
    }
    #[cfg(not(any(feature = "diary", feature = "settings")))]
    provide_context(crate::pages::plans::PlansState::load(notices));

    #[cfg(any(feature = "diary", feature = "settings"))]
    provide_records_contexts(notices);

    move || page(route.0.get())
}

/// The diary, in the bundles that use it, kept in step with other tabs.
#[cfg(any(feature = "diary", feature = "settings"))]
fn provide_records_contexts(notices: Notices) {
    use crate::diary_store::DiaryState;
    let diary = DiaryState::load(notices);
    provide_context(diary);
    // Another tab saved something: read it again so neither tab loses the other's words.
    let other_tab = storage::on_other_tab_change(move |change| {
        let OtherTabChange::Key(key) = change else {
            return;
        };
        let diary_key = key
            .as_deref()
            .is_none_or(|k| k.starts_with(keys::DIARY_ENTRY_PREFIX) || k == keys::DIARY_PEOPLE);
        if diary_key {
            diary.refresh();
        }
    });
    on_cleanup(move || other_tab.remove());
}

/// The page for a route: this bundle's pages, or a short note while the other bundle loads.
fn page(route: Route) -> AnyView {
    if !route.in_this_bundle() {
        return view! { <p class="boot-loading">"Opening…"</p> }.into_any();
    }
    match route {
        Route::NotFound(path) => view! { <pages::not_found::NotFoundPage path=path/> }.into_any(),
        #[cfg(not(any(feature = "diary", feature = "settings")))]
        Route::Home => view! { <pages::home::HomePage/> }.into_any(),
        #[cfg(not(any(feature = "diary", feature = "settings")))]
        Route::Guide => view! { <pages::guide::GuidePage/> }.into_any(),
        #[cfg(not(any(feature = "diary", feature = "settings")))]
        Route::GuideModule(id) => view! { <pages::guide::ModulePage id=id/> }.into_any(),
        #[cfg(not(any(feature = "diary", feature = "settings")))]
        Route::Checklist => view! { <pages::checklist::ChecklistPage/> }.into_any(),
        #[cfg(not(any(feature = "diary", feature = "settings")))]
        Route::Profile => view! { <pages::profile::ProfilePage/> }.into_any(),
        #[cfg(not(any(feature = "diary", feature = "settings")))]
        Route::Plans => view! { <pages::plans::PlansPage/> }.into_any(),
        #[cfg(feature = "diary")]
        Route::Diary => view! { <pages::diary::DiaryPage/> }.into_any(),
        #[cfg(feature = "settings")]
        Route::Settings => view! { <pages::settings::SettingsPage/> }.into_any(),
        _ => view! { <p class="boot-loading">"Opening…"</p> }.into_any(),
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
