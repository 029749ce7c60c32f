//! Wrong tries in a row, and the wait after too many.

use super::FREE_TRIES;
use crate::domain::envelope::Versioned;

const FIRST_WAIT_MS: i64 = 30_000;
const LONGEST_WAIT_MS: i64 = 15 * 60_000;

/// Wrong tries in a row, stored so a reload does not reset them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attempts {
    pub failures: u32,
    /// No try is taken before this time (ms since the epoch).
    pub wait_until_ms: i64,
}

impl Versioned for Attempts {
    const VERSION: u32 = 1;
}

impl Attempts {
    /// After one more wrong try at `now_ms`: from the fifth on, a wait of 30 s, doubling each
    /// time, at most 15 minutes.
    pub fn after_failure(&self, now_ms: i64) -> Attempts {
        let failures = self.failures + 1;
        let wait = if failures < FREE_TRIES {
            0
        } else {
            let doublings = (failures - FREE_TRIES).min(10);
            (FIRST_WAIT_MS << doublings).min(LONGEST_WAIT_MS)
        };
        Attempts {
            failures,
            wait_until_ms: now_ms + wait,
        }
    }

    /// Milliseconds still to wait before the next try (0 when a try may be made now).
    pub fn wait_ms(&self, now_ms: i64) -> i64 {
        (self.wait_until_ms - now_ms).max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_tries_wait_from_the_fifth_doubling_to_fifteen_minutes() {
        let mut a = Attempts::default();
        for _ in 0..4 {
            a = a.after_failure(1_000);
            assert_eq!(a.wait_ms(1_000), 0);
        }
        a = a.after_failure(1_000);
        assert_eq!(a.failures, 5);
        assert_eq!(a.wait_ms(1_000), 30_000);
        assert_eq!(a.wait_ms(31_000), 0);
        a = a.after_failure(1_000);
        assert_eq!(a.wait_ms(1_000), 60_000);
        for _ in 0..20 {
            a = a.after_failure(1_000);
        }
        assert_eq!(a.wait_ms(1_000), 15 * 60_000);
    }
}
