//! The diary's read-only views and its form as plain document trees (`doc`), drawn by one
//! renderer (`components::doc_view`). Presentation, not domain: it holds tags, classes and test
//! ids, but no browser types, so it is tested natively.

pub mod attachment_views;
pub mod case_bundle;
pub mod diary_form;
pub mod diary_views;
pub mod doc;
pub mod inline;
