//! Draws a `markup::doc::Node` tree into the page with plain DOM calls, and routes clicks on
//! its action buttons to one handler. Text always goes in as text nodes: nothing is parsed as HTML.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::markup::doc::{DocAction, Node};

fn build(doc: &web_sys::Document, node: &Node) -> Option<web_sys::Node> {
    match node {
        Node::Text(s) => Some(doc.create_text_node(s).into()),
        Node::El {
            tag,
            attrs,
            children,
        } => {
            let el = doc.create_element(tag).ok()?;
            for (name, value) in attrs {
                let _ = el.set_attribute(name, value);
            }
            for child in children {
                if let Some(c) = build(doc, child) {
                    let _ = el.append_child(&c);
                }
            }
            Some(el.into())
        }
    }
}

/// A container showing `tree`, redrawn when it changes. `on_action(action, id)` runs when a
/// button made with `doc::action_button` is clicked.
#[component]
pub fn DocView(
    #[prop(into)] tree: Signal<Node>,
    #[prop(optional, into)] on_action: Option<Callback<(DocAction, String)>>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let container = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let node = tree.get();
        let (Some(div), Some(doc)) = (
            container.get(),
            web_sys::window().and_then(|w| w.document()),
        ) else {
            return;
        };
        div.set_text_content(None);
        if let Some(n) = build(&doc, &node) {
            let _ = div.append_child(&n);
        }
    });
    let click = move |ev: leptos::ev::MouseEvent| {
        let Some(cb) = on_action else { return };
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(button) = target.and_then(|t| t.closest("[data-action]").ok().flatten()) {
            let name = button.get_attribute("data-action").unwrap_or_default();
            let id = button.get_attribute("data-id").unwrap_or_default();
            match DocAction::parse(&name) {
                Some(action) => cb.run((action, id)),
                // Only `doc::action_button` writes data-action, so this is a bug: say so.
                None => web_sys::console::error_1(&format!("unknown action {name:?}").into()),
            }
        }
    };
    view! { <div class=class node_ref=container on:click=click></div> }
}
