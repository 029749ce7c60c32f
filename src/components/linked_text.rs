//! Text with links drawn as words and `<a>` elements: guidance text marked up in the content
//! (`content::inline`), and lines built from the user's own contacts (never parsed).

use leptos::either::Either;
use leptos::prelude::*;

use crate::content::inline::{segments, Piece, Segment};

/// Guidance-style text with its `[words](tel:…)` links as real links.
pub fn linked(marked: &str) -> impl IntoView {
    segments(marked)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => Either::Left(t.to_string()),
            Segment::Link { text, href } => {
                Either::Right(view! { <a href=href.to_string()>{text.to_string()}</a> })
            }
        })
        .collect_view()
}

/// A line of the user's own words, phone numbers and emails as links.
pub fn pieces(line: Vec<Piece>) -> impl IntoView {
    line.into_iter()
        .map(|p| match p.href {
            None => Either::Left(p.text),
            Some(href) => Either::Right(view! { <a href=href>{p.text}</a> }),
        })
        .collect_view()
}
