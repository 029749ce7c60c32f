//! Where the guide names one of the app's own tools ("Open Your contacts", "Add it to the
//! incident diary"), the words become a link to it. The guide's text stays plain data; this
//! finds the names in it. A link to Your contacts from words about the police contact opens
//! the page at its police contact section.

use super::route::{DiaryView, Route};

/// A piece of a guide sentence: plain words, or words that open one of the app's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub to: Option<Route>,
    /// The id of the part of that page to open at, if not its top.
    pub anchor: Option<&'static str>,
}

/// The id of the police contact section on Your contacts.
pub const POLICE_SECTION: &str = "police-contact";

/// The names of the app's tools as the guide writes them, and the page each opens.
fn tools() -> [(&'static str, Route); 3] {
    [
        ("Your contacts", Route::Profile),
        ("incident diary", Route::Diary(DiaryView::New)),
        ("the checklist", Route::Checklist),
    ]
}

/// Split `text` into plain words and links, at every name of a tool. Your contacts opens at its
/// police contact section when the text is `about_police` (the police contact part of the
/// guide) or names the police contact itself.
pub fn pieces(text: &str, about_police: bool) -> Vec<Piece> {
    let tools = tools();
    let police = about_police || text.contains("police contact");
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let next = tools
            .iter()
            .filter_map(|(name, to)| rest.find(name).map(|at| (at, *name, to)))
            .min_by_key(|(at, _, _)| *at);
        let Some((at, name, to)) = next else { break };
        if at > 0 {
            out.push(Piece {
                text: rest[..at].to_string(),
                to: None,
                anchor: None,
            });
        }
        out.push(Piece {
            text: name.to_string(),
            to: Some(to.clone()),
            anchor: (police && *to == Route::Profile).then_some(POLICE_SECTION),
        });
        rest = &rest[at + name.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece {
            text: rest.to_string(),
            to: None,
            anchor: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::guidance::MODULES;

    fn links(text: &str) -> Vec<(String, Route)> {
        pieces(text, false)
            .into_iter()
            .filter_map(|p| p.to.map(|to| (p.text, to)))
            .collect()
    }

    #[test]
    fn plain_text_is_one_piece_and_nothing_is_lost() {
        assert_eq!(
            pieces("Tell them about every incident.", false),
            [Piece {
                text: "Tell them about every incident.".into(),
                to: None,
                anchor: None
            }]
        );
        assert!(pieces("", true).is_empty());
        for text in [
            "Open Your contacts and add your police contact.",
            "Your contacts, then the incident diary, then the checklist",
            "Add it to the incident diary with the exact words.",
        ] {
            let joined: String = pieces(text, false).into_iter().map(|p| p.text).collect();
            assert_eq!(joined, text);
        }
    }

    #[test]
    fn each_tool_named_becomes_a_link_to_it_in_order() {
        assert_eq!(
            links("Your contacts, then the incident diary, then the checklist"),
            [
                ("Your contacts".to_string(), Route::Profile),
                ("incident diary".to_string(), Route::Diary(DiaryView::New)),
                ("the checklist".to_string(), Route::Checklist),
            ]
        );
    }

    #[test]
    fn the_guide_links_the_steps_the_walkthrough_found_unlinked() {
        let actions = |id: &str| {
            MODULES
                .iter()
                .flat_map(|m| m.steps)
                .find(|s| s.id == id)
                .unwrap_or_else(|| panic!("no step {id}"))
                .actions
        };
        let found = |id: &str| -> Vec<Route> {
            actions(id)
                .iter()
                .flat_map(|a| links(a))
                .map(|(_, to)| to)
                .collect()
        };
        assert!(found("police-contact-save").contains(&Route::Profile));
        assert!(found("online-abuse-capture").contains(&Route::Diary(DiaryView::New)));
    }

    #[test]
    fn your_contacts_opens_at_the_police_section_only_where_the_police_contact_is_meant() {
        let anchors = |text: &str, about_police: bool| -> Vec<Option<&str>> {
            pieces(text, about_police)
                .into_iter()
                .filter(|p| p.to.is_some())
                .map(|p| p.anchor)
                .collect()
        };
        let save = MODULES
            .iter()
            .flat_map(|m| m.steps)
            .find(|s| s.id == "police-contact-save")
            .unwrap();
        assert_eq!(anchors(save.actions[0], false), [Some(POLICE_SECTION)]);
        assert_eq!(
            anchors("Keep Your contacts up to date.", true),
            [Some(POLICE_SECTION)]
        );
        assert_eq!(anchors("Keep Your contacts up to date.", false), [None]);
        // Only Your contacts has a police section; the diary opens as it always does.
        assert_eq!(
            anchors("Tell your police contact and use the incident diary.", true),
            [None]
        );
    }
}
