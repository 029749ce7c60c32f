//! Small reusable pieces of the interface.

pub mod answers;
pub mod contact_fields;
pub mod download;
pub mod emergency;
pub mod nav;
pub mod notices;
pub mod progress;
pub mod step_card;
pub mod update_banner;
