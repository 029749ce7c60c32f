//! Small reusable pieces of the interface.

pub mod emergency;
pub mod nav;
pub mod notices;
