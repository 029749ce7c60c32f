//! Which guide steps the user has ticked, kept on the device.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::envelope::Versioned;

/// Ticked steps by step id, with when each was ticked (ms since the Unix epoch, UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Progress {
    pub done: BTreeMap<String, i64>,
    /// The step the user last looked at or ticked, for "continue where you left off".
    pub last_step: Option<String>,
}

impl Versioned for Progress {
    const VERSION: u32 = 1;
}
