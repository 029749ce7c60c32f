//! A small document tree for read-only views (an entry, its history, the case file, lists).
//!
//! Views are built here as plain data, so they are tested natively, and drawn by one renderer
//! (`components::doc_view`). One renderer for every read-only view keeps the wasm small: each
//! hand-written `view!` costs its own generated code. Text is always a text node, never markup.

/// An element or a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    El {
        tag: &'static str,
        attrs: Vec<(&'static str, String)>,
        children: Vec<Node>,
    },
}

/// Start an element.
pub fn el(tag: &'static str) -> Node {
    Node::El {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

/// A piece of text.
pub fn text(s: impl Into<String>) -> Node {
    Node::Text(s.into())
}

/// A button that asks the view's owner to do `action` for `id` (handled by one listener).
pub fn action_button(label: impl Into<String>, action: &str, id: &str, quiet: bool) -> Node {
    let b = el("button")
        .attr("type", "button")
        .attr("data-action", action)
        .attr("data-id", id)
        .attr("data-testid", action);
    let b = if quiet {
        b.attr("class", "button-quiet")
    } else {
        b
    };
    b.text(label)
}

impl Node {
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Node {
        if let Node::El { attrs, .. } = &mut self {
            attrs.push((name, value.into()));
        }
        self
    }
    pub fn child(mut self, node: Node) -> Node {
        if let Node::El { children, .. } = &mut self {
            children.push(node);
        }
        self
    }
    pub fn children(mut self, nodes: impl IntoIterator<Item = Node>) -> Node {
        if let Node::El { children, .. } = &mut self {
            children.extend(nodes);
        }
        self
    }
    pub fn text(self, s: impl Into<String>) -> Node {
        self.child(text(s))
    }

    /// All the text in the tree, for tests and search.
    pub fn all_text(&self) -> String {
        match self {
            Node::Text(s) => s.clone(),
            Node::El { children, .. } => children
                .iter()
                .map(Node::all_text)
                .collect::<Vec<_>>()
                .join(" "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_tree_with_text_kept_as_text() {
        let n = el("p")
            .attr("class", "x")
            .text("<script>alert(1)</script>")
            .child(el("b").text("bold"));
        assert_eq!(n.all_text(), "<script>alert(1)</script> bold");
        let Node::El {
            tag,
            attrs,
            children,
        } = n
        else {
            panic!()
        };
        assert_eq!((tag, attrs.len(), children.len()), ("p", 1, 2));
        assert_eq!(children[0], Node::Text("<script>alert(1)</script>".into()));
    }

    #[test]
    fn action_buttons_carry_their_action() {
        let Node::El { attrs, .. } = action_button("Open", "open-entry", "a1", false) else {
            panic!()
        };
        assert!(attrs.contains(&("data-action", "open-entry".into())));
        assert!(attrs.contains(&("data-id", "a1".into())));
    }
}
