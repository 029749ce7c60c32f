//! Guidance-style text with links (`content::inline`) as document nodes: words as text, links as
//! `<a>` elements. Nothing is parsed as HTML. The user's own words are never read as markup:
//! only the phone numbers and emails in them become links.

use super::doc::{el, text, Node};
use crate::content::inline::{segments, Piece, Segment};
use crate::domain::profile::words_with_links;

/// The text as nodes, each link an `<a href>`.
pub fn nodes(marked: &str) -> Vec<Node> {
    segments(marked)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => text(t),
            Segment::Link { text: words, href } => link(href, words),
        })
        .collect()
}

/// The user's own words as nodes, exactly as typed, each phone number and email a link.
pub fn user_words(typed: &str) -> Vec<Node> {
    words_with_links(typed)
        .into_iter()
        .map(|Piece { text: words, href }| match href {
            Some(href) => link(&href, words),
            None => text(words),
        })
        .collect()
}

fn link(href: &str, words: impl Into<String>) -> Node {
    el("a").attr("href", href).text(words)
}
