//! The app's state: one file per context type, each with methods that say what they do. State
//! reads and writes through `store`; components and pages read state.

pub mod attachments;
pub mod auto_lock;
pub mod clock;
pub mod device;
pub mod diary;
pub mod drafts;
pub mod lock;
pub mod notices;
pub mod plans;
pub mod profile;
pub mod progress;
pub mod route;
pub mod settings;
pub mod unsaved;
