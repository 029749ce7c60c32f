//! Where the guide names one of the app's own tools ("Open Your contacts", "Add it to the
//! incident diary"), the words become a link to it. The guide's text stays plain data; this
//! finds the names in it.

use super::route::{DiaryView, Route};

/// A piece of a guide sentence: plain words, or words that open one of the app's pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub to: Option<Route>,
}

/// The names of the app's tools as the guide writes them, and the page each opens.
fn tools() -> [(&'static str, Route); 3] {
    [
        ("Your contacts", Route::Profile),
        ("incident diary", Route::Diary(DiaryView::New)),
        ("the checklist", Route::Checklist),
    ]
}

/// Split `text` into plain words and links, at every name of a tool.
pub fn pieces(text: &str) -> Vec<Piece> {
    let tools = tools();
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
            });
        }
        out.push(Piece {
            text: name.to_string(),
            to: Some(to.clone()),
        });
        rest = &rest[at + name.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece {
            text: rest.to_string(),
            to: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::guidance::MODULES;

    fn links(text: &str) -> Vec<(String, Route)> {
        pieces(text)
            .into_iter()
            .filter_map(|p| p.to.map(|to| (p.text, to)))
            .collect()
    }

    #[test]
    fn plain_text_is_one_piece_and_nothing_is_lost() {
        assert_eq!(
            pieces("Tell them about every incident."),
            [Piece {
                text: "Tell them about every incident.".into(),
                to: None
            }]
        );
        assert!(pieces("").is_empty());
        for text in [
            "Open Your contacts and add your police contact.",
            "Your contacts, then the incident diary, then the checklist",
            "Add it to the incident diary with the exact words.",
        ] {
            let joined: String = pieces(text).into_iter().map(|p| p.text).collect();
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
}
