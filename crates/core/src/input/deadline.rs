//! Acknowledgement deadlines by precedence, and when an unacknowledged copy escalates: at the
//! deadline to the recipient unit's supervisory unit, then one level up at each further
//! deadline.

use super::classify::Precedence;
use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// Minutes to acknowledge, per precedence; configurable per deployment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Deadlines {
    pub flash_minutes: u32,
    pub immediate_minutes: u32,
    pub priority_minutes: u32,
    pub routine_minutes: u32,
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines {
            flash_minutes: 15,
            immediate_minutes: 60,
            priority_minutes: 6 * 60,
            routine_minutes: 24 * 60,
        }
    }
}

impl Deadlines {
    /// How long a recipient has to acknowledge.
    pub fn period(&self, precedence: Precedence) -> Duration {
        let minutes = match precedence {
            Precedence::Flash => self.flash_minutes,
            Precedence::Immediate => self.immediate_minutes,
            Precedence::Priority => self.priority_minutes,
            Precedence::Routine => self.routine_minutes,
        };
        Duration::minutes(i64::from(minutes.max(1)))
    }

    /// When escalation number `level + 1` is due for a copy delivered at `delivered_at`:
    /// the first at the deadline, each next one a further period later.
    pub fn escalation_due(
        &self,
        precedence: Precedence,
        delivered_at: OffsetDateTime,
        level: i64,
    ) -> OffsetDateTime {
        delivered_at + self.period(precedence) * (level as i32 + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn defaults_and_escalation_steps() {
        let d = Deadlines::default();
        assert_eq!(d.period(Precedence::Flash), Duration::minutes(15));
        assert_eq!(d.period(Precedence::Immediate), Duration::hours(1));
        assert_eq!(d.period(Precedence::Priority), Duration::hours(6));
        assert_eq!(d.period(Precedence::Routine), Duration::hours(24));
        let at = datetime!(2025-06-02 04:30 UTC);
        assert_eq!(
            d.escalation_due(Precedence::Flash, at, 0),
            datetime!(2025-06-02 04:45 UTC)
        );
        assert_eq!(
            d.escalation_due(Precedence::Flash, at, 1),
            datetime!(2025-06-02 05:00 UTC)
        );
    }
}
