//! Guidance-style text with links (`content::inline`) as document nodes: words as text, links as
//! `<a>` elements. Nothing is parsed as HTML.

use super::doc::{el, text, Node};
use crate::content::inline::{segments, Segment};

/// The text as nodes, each link an `<a href>`.
pub fn nodes(marked: &str) -> Vec<Node> {
    segments(marked)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => text(t),
            Segment::Link { text: words, href } => el("a").attr("href", href).text(words),
        })
        .collect()
}
