//! The app's pages and their paths. A tiny router of our own: leptos_router would add about
//! 50 KB compressed to the first load, and the app needs only a handful of flat paths.

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
    Diary,
    Settings,
    NotFound(String),
}

impl Route {
    /// The page for a location path such as `/diary` or `/guide/accounts/`.
    pub fn from_path(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let mut parts = trimmed.trim_start_matches('/').split('/');
        match (parts.next().unwrap_or(""), parts.next(), parts.next()) {
            ("" | "index.html", None, _) => Route::Home,
            ("guide", None, _) => Route::Guide,
            ("guide", Some(id), None) if is_slug(id) => Route::GuideModule(id.to_string()),
            ("checklist", None, _) => Route::Checklist,
            ("plans", None, _) => Route::Plans,
            ("profile", None, _) => Route::Profile,
            ("diary", None, _) => Route::Diary,
            ("settings", None, _) => Route::Settings,
            _ => Route::NotFound(path.to_string()),
        }
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
            Route::Diary => "/diary".into(),
            Route::Settings => "/settings".into(),
            Route::NotFound(path) => path.clone(),
        }
    }

    /// The document title for this page.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Home => "Stand Safe",
            Route::Guide | Route::GuideModule(_) => "Safety guide · Stand Safe",
            Route::Checklist => "Safety checklist · Stand Safe",
            Route::Plans => "Campaign-day plans · Stand Safe",
            Route::Profile => "Your contacts · Stand Safe",
            Route::Diary => "Incident diary · Stand Safe",
            Route::Settings => "Settings · Stand Safe",
            Route::NotFound(_) => "Page not found · Stand Safe",
        }
    }

    /// Which main navigation item is current on this page.
    pub fn section(&self) -> Option<Route> {
        match self {
            Route::GuideModule(_) => Some(Route::Guide),
            Route::Profile => Some(Route::Settings),
            Route::NotFound(_) => None,
            other => Some(other.clone()),
        }
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip() {
        for route in [
            Route::Home,
            Route::Guide,
            Route::GuideModule("accounts".into()),
            Route::Checklist,
            Route::Plans,
            Route::Profile,
            Route::Diary,
            Route::Settings,
        ] {
            assert_eq!(Route::from_path(&route.path()), route);
        }
    }

    #[test]
    fn trailing_slash_and_index_are_accepted() {
        assert_eq!(Route::from_path("/diary/"), Route::Diary);
        assert_eq!(Route::from_path("/index.html"), Route::Home);
        assert_eq!(Route::from_path(""), Route::Home);
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/nope",
            "/diary/extra",
            "/guide/UPPER",
            "/guide/a/b",
            "/guide/<script>",
        ] {
            assert_eq!(
                Route::from_path(path),
                Route::NotFound(path.into()),
                "{path}"
            );
        }
    }

    #[test]
    fn module_pages_sit_under_the_guide() {
        assert_eq!(Route::GuideModule("x".into()).section(), Some(Route::Guide));
        assert_eq!(Route::NotFound("/x".into()).section(), None);
    }
}
