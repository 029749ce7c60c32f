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

/// What a button in a document tree asks the view's owner to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocAction {
    OpenEntry,
    ShowHistory,
    EditEntry,
    BackToList,
    DeleteEntry,
    RestoreEntry,
    EmptyDeleted,
    ShowMore,
    AddReport,
    PersonCaseFile,
    EditPerson,
    /// Save a copy of an attached file's original (id: `<entry id>:<file id>`).
    SaveFile,
    /// Move an attached file to "recently deleted" (id: `<entry id>:<file id>`).
    RemoveFile,
    /// Bring a removed file back (id: `<entry id>:<file id>`).
    RestoreFile,
    /// Take a file attached to the form back off before the entry is saved (id: the file's).
    DropPending,
}

impl DocAction {
    pub const ALL: [DocAction; 15] = [
        DocAction::OpenEntry,
        DocAction::ShowHistory,
        DocAction::EditEntry,
        DocAction::BackToList,
        DocAction::DeleteEntry,
        DocAction::RestoreEntry,
        DocAction::EmptyDeleted,
        DocAction::ShowMore,
        DocAction::AddReport,
        DocAction::PersonCaseFile,
        DocAction::EditPerson,
        DocAction::SaveFile,
        DocAction::RemoveFile,
        DocAction::RestoreFile,
        DocAction::DropPending,
    ];

    /// The name carried in the button's `data-action` (and its test id).
    pub fn as_str(self) -> &'static str {
        match self {
            DocAction::OpenEntry => "open-entry",
            DocAction::ShowHistory => "show-history",
            DocAction::EditEntry => "edit-entry",
            DocAction::BackToList => "back",
            DocAction::DeleteEntry => "delete-entry",
            DocAction::RestoreEntry => "restore-entry",
            DocAction::EmptyDeleted => "empty-deleted",
            DocAction::ShowMore => "show-more",
            DocAction::AddReport => "add-report",
            DocAction::PersonCaseFile => "person-case-file",
            DocAction::EditPerson => "edit-person",
            DocAction::SaveFile => "save-file",
            DocAction::RemoveFile => "remove-file",
            DocAction::RestoreFile => "restore-file",
            DocAction::DropPending => "drop-pending",
        }
    }

    /// The action a `data-action` names; None for anything else.
    pub fn parse(name: &str) -> Option<DocAction> {
        DocAction::ALL.into_iter().find(|a| a.as_str() == name)
    }
}

/// A button that asks the view's owner to do `action` for `id` (handled by one listener).
pub fn action_button(label: impl Into<String>, action: DocAction, id: &str, quiet: bool) -> Node {
    let b = el("button")
        .attr("type", "button")
        .attr("data-action", action.as_str())
        .attr("data-id", id)
        .attr("data-testid", action.as_str());
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

    /// The tree as HTML text (for a case file saved as a file): text and attribute values
    /// escaped, so nothing the user wrote can become markup.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    fn write_html(&self, out: &mut String) {
        fn escape(s: &str, out: &mut String) {
            for c in s.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '"' => out.push_str("&quot;"),
                    '\'' => out.push_str("&#39;"),
                    c => out.push(c),
                }
            }
        }
        match self {
            Node::Text(s) => escape(s, out),
            Node::El {
                tag,
                attrs,
                children,
            } => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attrs {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape(value, out);
                    out.push('"');
                }
                out.push('>');
                if *tag == "img" || *tag == "input" {
                    return;
                }
                for c in children {
                    c.write_html(out);
                }
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
    }

    /// The text exactly as read, pieces joined with nothing between (a DOM's textContent).
    #[cfg(test)]
    pub fn text_content(&self) -> String {
        match self {
            Node::Text(s) => s.clone(),
            Node::El { children, .. } => children.iter().map(Node::text_content).collect(),
        }
    }

    /// Every link in the tree as (its words, its address), for tests.
    #[cfg(test)]
    pub fn links(&self) -> Vec<(String, String)> {
        match self {
            Node::Text(_) => Vec::new(),
            Node::El {
                tag: "a", attrs, ..
            } => attrs
                .iter()
                .filter(|(name, _)| *name == "href")
                .map(|(_, href)| (self.text_content(), href.clone()))
                .collect(),
            Node::El { children, .. } => children.iter().flat_map(Node::links).collect(),
        }
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
    fn html_text_escapes_everything_the_user_wrote() {
        let n = el("p")
            .attr("title", "a \"q\" & <b>")
            .text("<script>alert('x')</script> & more")
            .child(el("img").attr("src", "data:image/jpeg;base64,AA=="));
        assert_eq!(
            n.to_html(),
            "<p title=\"a &quot;q&quot; &amp; &lt;b&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more<img src=\"data:image/jpeg;base64,AA==\"></p>"
        );
    }

    #[test]
    fn actions_parse_back_from_their_names_and_nothing_else() {
        for a in DocAction::ALL {
            assert_eq!(DocAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(DocAction::parse("open"), None);
        assert_eq!(DocAction::parse(""), None);
    }

    #[test]
    fn action_buttons_carry_their_action() {
        let Node::El { attrs, .. } = action_button("Open", DocAction::OpenEntry, "a1", false)
        else {
            panic!()
        };
        assert!(attrs.contains(&("data-action", "open-entry".into())));
        assert!(attrs.contains(&("data-id", "a1".into())));
    }
}
