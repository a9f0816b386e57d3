//! One recipient's copy of an input as stored: where it stands, when each step happened, what
//! was reported, and how far it has escalated; with the history of its steps.

use super::lifecycle::{ActionOutcome, RecipientParty, RecipientState, Transition};
use crate::ids::{AgencyId, InputId, RecipientId, UnitId, UserId};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Recipient {
    pub id: RecipientId,
    pub input: InputId,
    pub party: RecipientParty,
    /// The agency of the recipient.
    pub agency: AgencyId,
    /// The recipient unit; for a user, the unit the user was posted to when it was forwarded.
    pub unit: UnitId,
    /// The copy this one was forwarded from, so the chain can be followed back.
    pub forwarded_from: Option<RecipientId>,
    pub state: RecipientState,
    #[serde(with = "time::serde::rfc3339")]
    pub delivered_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub read_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub acknowledged_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub acted_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub flagged_at: Option<OffsetDateTime>,
    /// Acknowledge by this time.
    #[serde(with = "time::serde::rfc3339")]
    pub ack_deadline: OffsetDateTime,
    pub outcome: Option<ActionOutcome>,
    pub outcome_text: Option<String>,
    pub flag_reason: Option<String>,
    /// The user who took the last step.
    pub last_by: Option<UserId>,
    /// How many levels up the hierarchy the copy has escalated.
    pub escalation_level: i64,
    /// When it escalates next, unless acknowledged first.
    #[serde(with = "time::serde::rfc3339::option")]
    pub next_escalation_at: Option<OffsetDateTime>,
}

impl Recipient {
    /// Not acknowledged and past the deadline.
    pub fn is_overdue(&self, now: OffsetDateTime) -> bool {
        self.state.awaits_acknowledgement() && now > self.ack_deadline
    }

    /// Acknowledged (or reported on, which needs acknowledgement) by the deadline.
    pub fn acknowledged_in_time(&self) -> bool {
        self.acknowledged_at
            .is_some_and(|at| at <= self.ack_deadline)
    }
}

/// One step of a copy, as the history shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TransitionRecord {
    pub recipient: RecipientId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub by: UserId,
    pub from: RecipientState,
    pub to: RecipientState,
    pub step: Transition,
}

/// An escalation of an unacknowledged copy to a supervisory unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Escalation {
    pub recipient: RecipientId,
    /// 1 for the recipient unit's parent, 2 for the one above, …
    pub level: i64,
    pub to_unit: UnitId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}
