//! The app's pages and their paths. A tiny router of our own: leptos_router would add about
//! 50 KB compressed to the first load, and the app needs only a handful of paths.

/// One page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Guide,
    /// One module of the guide, by its id.
    GuideModule(String),
    Checklist,
    Plans,
    Profile,
    /// The diary, at one of its views: each view has its own address, so Back goes back a view.
    Diary(DiaryView),
    Settings,
    NotFound(String),
}

/// Which part of the diary is on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DiaryView {
    /// Every entry, with search and filters (`/diary`).
    #[default]
    List,
    /// A new entry being written (`/diary/new`).
    New,
    /// One entry in full, by its id (`/diary/entry/<id>`).
    Entry(String),
    /// One entry being edited (`/diary/entry/<id>/edit`).
    Edit(String),
    People,
    Deleted,
    CaseFile,
}

impl DiaryView {
    /// The path that shows this view.
    pub fn path(&self) -> String {
        match self {
            DiaryView::List => "/diary".into(),
            DiaryView::New => "/diary/new".into(),
            DiaryView::Entry(id) => format!("/diary/entry/{id}"),
            DiaryView::Edit(id) => format!("/diary/entry/{id}/edit"),
            DiaryView::People => "/diary/people".into(),
            DiaryView::Deleted => "/diary/deleted".into(),
            DiaryView::CaseFile => "/diary/case-file".into(),
        }
    }

    /// The view named by the path's parts after `/diary`, if any.
    fn from_parts(parts: &[&str]) -> Option<DiaryView> {
        Some(match parts {
            [] => DiaryView::List,
            ["new"] => DiaryView::New,
            ["entry", id] if is_entry_id(id) => DiaryView::Entry(id.to_string()),
            ["entry", id, "edit"] if is_entry_id(id) => DiaryView::Edit(id.to_string()),
            ["people"] => DiaryView::People,
            ["deleted"] => DiaryView::Deleted,
            ["case-file"] => DiaryView::CaseFile,
            _ => return None,
        })
    }
}

impl Route {
    /// The page for a location path such as `/diary` or `/guide/accounts/`.
    pub fn from_path(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/').trim_start_matches('/');
        let parts: Vec<&str> = if trimmed.is_empty() {
            Vec::new()
        } else {
            trimmed.split('/').collect()
        };
        let found = match parts.as_slice() {
            [] | ["index.html"] => Some(Route::Home),
            ["guide"] => Some(Route::Guide),
            ["guide", id] if is_slug(id) => Some(Route::GuideModule(id.to_string())),
            ["checklist"] => Some(Route::Checklist),
            ["plans"] => Some(Route::Plans),
            ["profile"] => Some(Route::Profile),
            ["diary", rest @ ..] => DiaryView::from_parts(rest).map(Route::Diary),
            ["settings"] => Some(Route::Settings),
            _ => None,
        };
        found.unwrap_or_else(|| Route::NotFound(path.to_string()))
    }

    /// The path that shows this page.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Guide => "/guide".into(),
            Route::GuideModule(id) => format!("/guide/{id}"),
            Route::Checklist => "/checklist".into(),
            Route::Plans => "/plans".into(),
            Route::Profile => "/profile".into(),
            Route::Diary(view) => view.path(),
            Route::Settings => "/settings".into(),
            Route::NotFound(path) => path.clone(),
        }
    }

    /// The document title for this page. Never names a diary entry: a tab title is seen by
    /// anyone looking at the screen.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Stand Safe",
            Route::Guide | Route::GuideModule(_) => "Safety guide · Stand Safe",
            Route::Checklist => "Safety checklist · Stand Safe",
            Route::Plans => "Campaign-day plans · Stand Safe",
            Route::Profile => "Your contacts · Stand Safe",
            Route::Diary(_) => "Incident diary · Stand Safe",
            Route::Settings => "Settings · Stand Safe",
            Route::NotFound(_) => "Page not found · Stand Safe",
        }
    }

    /// The page this route shows, without the view inside it. Moving between a page's own
    /// views (the diary's) keeps the page, so what it is saying (such as "Entry saved") stays.
    pub fn page(&self) -> Route {
        match self {
            Route::Diary(_) => Route::Diary(DiaryView::List),
            other => other.clone(),
        }
    }

    /// Which main navigation item is current on this page.
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::GuideModule(_) => Some(Route::Guide),
            Route::NotFound(_) => None,
            other => Some(other.page()),
        }
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A diary entry's id as `diary::new_id` writes it (base36 parts joined by `-`); ids from
/// older backups may also hold capitals or `_`. Nothing else reaches the page from the address.
fn is_entry_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_route() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Guide,
            Route::GuideModule("accounts".into()),
            Route::Checklist,
            Route::Plans,
            Route::Profile,
            Route::Diary(DiaryView::List),
            Route::Diary(DiaryView::New),
            Route::Diary(DiaryView::Entry("mh3k2x-1a2b3c".into())),
            Route::Diary(DiaryView::Edit("mh3k2x-1a2b3c".into())),
            Route::Diary(DiaryView::People),
            Route::Diary(DiaryView::Deleted),
            Route::Diary(DiaryView::CaseFile),
            Route::Settings,
        ]
    }

    #[test]
    fn paths_round_trip() {
        for route in every_route() {
            assert_eq!(Route::from_path(&route.path()), route);
        }
    }

    #[test]
    fn every_diary_view_has_an_address_of_its_own() {
        let paths: Vec<String> = every_route()
            .iter()
            .filter(|r| matches!(r, Route::Diary(_)))
            .map(Route::path)
            .collect();
        assert_eq!(
            paths,
            [
                "/diary",
                "/diary/new",
                "/diary/entry/mh3k2x-1a2b3c",
                "/diary/entry/mh3k2x-1a2b3c/edit",
                "/diary/people",
                "/diary/deleted",
                "/diary/case-file"
            ]
        );
    }

    #[test]
    fn trailing_slash_and_index_are_accepted() {
        assert_eq!(Route::from_path("/diary/"), Route::Diary(DiaryView::List));
        assert_eq!(
            Route::from_path("/diary/people/"),
            Route::Diary(DiaryView::People)
        );
        assert_eq!(Route::from_path("/index.html"), Route::Home);
        assert_eq!(Route::from_path(""), Route::Home);
        assert_eq!(Route::from_path("/"), Route::Home);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/nope",
            "/diary/extra",
            "/diary/entry",
            "/diary/entry/",
            "/diary/entry/a/b",
            "/diary/entry/a/edit/more",
            "/diary/entry/<script>",
            "/diary/entry/a.b",
            "/diary/new/x",
            "/guide/UPPER",
            "/guide/a/b",
            "/guide/<script>",
            "/index.html/x",
        ] {
            assert_eq!(
                Route::from_path(path),
                Route::NotFound(path.into()),
                "{path}"
            );
        }
    }

    #[test]
    fn entry_ids_are_limited_to_what_the_diary_writes() {
        let id = crate::domain::diary::new_id(1_764_000_000_000, u32::MAX);
        assert_eq!(
            Route::from_path(&format!("/diary/entry/{id}")),
            Route::Diary(DiaryView::Entry(id))
        );
        let long = "a".repeat(65);
        assert!(matches!(
            Route::from_path(&format!("/diary/entry/{long}")),
            Route::NotFound(_)
        ));
    }

    #[test]
    fn module_pages_sit_under_the_guide() {
        assert_eq!(Route::GuideModule("x".into()).section(), Some(Route::Guide));
        assert_eq!(Route::NotFound("/x".into()).section(), None);
    }

    #[test]
    fn every_diary_view_is_the_diary_page_in_the_menu() {
        for route in every_route() {
            if let Route::Diary(_) = route {
                assert_eq!(route.section(), Some(Route::Diary(DiaryView::List)));
                assert_eq!(route.page(), Route::Diary(DiaryView::List));
                assert_eq!(route.title(), "Incident diary · Stand Safe");
            }
        }
    }

    #[test]
    fn your_contacts_is_its_own_menu_item() {
        assert_eq!(Route::Profile.section(), Some(Route::Profile));
        assert_ne!(Route::Profile.section(), Some(Route::Settings));
    }
}
