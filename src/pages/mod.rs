//! One file per page.

pub mod checklist;
pub mod diary;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod plans;
pub mod profile;
pub mod settings;
