//! The life of one recipient's copy of an input: delivered → read → acknowledged → action
//! reported, or flagged "cannot act" with a reason. Forwarding inside the agency hands a copy
//! on and keeps the chain. A transition the state does not allow is refused, never applied.

use crate::ids::{UnitId, UserId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Who holds a copy: a unit the targets resolved to, or a unit or user it was forwarded to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum RecipientParty {
    Unit(UnitId),
    User(UserId),
}

/// Where a recipient forwards its copy: a unit or a user of its own agency.
pub type ForwardTo = RecipientParty;

/// Where one recipient's copy stands. Ordered by progress.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RecipientState {
    Delivered,
    Read,
    Acknowledged,
    ActionReported,
    /// "Cannot act", with a reason the issuer sees.
    Flagged,
}

impl RecipientState {
    pub const ALL: [RecipientState; 5] = [
        RecipientState::Delivered,
        RecipientState::Read,
        RecipientState::Acknowledged,
        RecipientState::ActionReported,
        RecipientState::Flagged,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RecipientState::Delivered => "delivered",
            RecipientState::Read => "read",
            RecipientState::Acknowledged => "acknowledged",
            RecipientState::ActionReported => "action_reported",
            RecipientState::Flagged => "flagged",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Whether the recipient still owes an acknowledgement (and may be escalated).
    pub fn awaits_acknowledgement(self) -> bool {
        matches!(self, RecipientState::Delivered | RecipientState::Read)
    }
}

/// What a recipient reports having done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionOutcome {
    Arrested,
    SearchedNoTrace,
    KeptUnderWatch,
    Forwarded,
    Other,
}

/// A step a recipient takes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Transition {
    Read,
    Acknowledge,
    ReportAction {
        outcome: ActionOutcome,
        /// What was done; required when the outcome is `other`.
        #[serde(default)]
        text: String,
    },
    Flag {
        reason: String,
    },
    /// Hands a copy to a unit or user of the own agency (SHO to beat staff); the forwarder's
    /// own obligation stays.
    Forward {
        to: ForwardTo,
        #[serde(default)]
        note: String,
    },
}

/// Longest report, reason or note.
pub const MAX_TEXT_BYTES: usize = 4000;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IllegalTransition {
    #[error("this copy is already {}; it cannot be {} now", .from.name(), .action)]
    NotFrom {
        from: RecipientState,
        action: &'static str,
    },
    #[error("acknowledge the input before reporting action on it")]
    NotAcknowledged,
    #[error("{0}")]
    BadText(&'static str),
}

impl Transition {
    /// The past tense, for messages and the audit log.
    pub fn done(&self) -> &'static str {
        match self {
            Transition::Read => "read",
            Transition::Acknowledge => "acknowledged",
            Transition::ReportAction { .. } => "reported on",
            Transition::Flag { .. } => "flagged",
            Transition::Forward { .. } => "forwarded",
        }
    }

    /// The state after this step from `from`, or why the step is not allowed.
    pub fn apply(&self, from: RecipientState) -> Result<RecipientState, IllegalTransition> {
        use RecipientState::*;
        self.check_text()?;
        let refuse = || IllegalTransition::NotFrom {
            from,
            action: self.done(),
        };
        match (self, from) {
            (Transition::Read, Delivered) => Ok(Read),
            (Transition::Acknowledge, Delivered | Read) => Ok(Acknowledged),
            (Transition::ReportAction { .. }, Acknowledged) => Ok(ActionReported),
            (Transition::ReportAction { .. }, Delivered | Read) => {
                Err(IllegalTransition::NotAcknowledged)
            }
            (Transition::Flag { .. }, Delivered | Read | Acknowledged) => Ok(Flagged),
            (Transition::Forward { .. }, Delivered) => Ok(Read),
            (Transition::Forward { .. }, Read | Acknowledged) => Ok(from),
            _ => Err(refuse()),
        }
    }

    fn check_text(&self) -> Result<(), IllegalTransition> {
        let too_long = |t: &str| t.len() > MAX_TEXT_BYTES;
        match self {
            Transition::ReportAction { outcome, text } => {
                if too_long(text) {
                    Err(IllegalTransition::BadText(
                        "the report is at most 4000 bytes",
                    ))
                } else if *outcome == ActionOutcome::Other && text.trim().is_empty() {
                    Err(IllegalTransition::BadText(
                        "say what was done when the outcome is other",
                    ))
                } else {
                    Ok(())
                }
            }
            Transition::Flag { reason } if reason.trim().is_empty() || too_long(reason) => Err(
                IllegalTransition::BadText("give the reason you cannot act, at most 4000 bytes"),
            ),
            Transition::Forward { note, .. } if too_long(note) => {
                Err(IllegalTransition::BadText("the note is at most 4000 bytes"))
            }
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RecipientState::*;

    fn report() -> Transition {
        Transition::ReportAction {
            outcome: ActionOutcome::Arrested,
            text: "Arrested at Kundli".into(),
        }
    }

    #[test]
    fn the_happy_path_runs_delivered_to_action_reported() {
        let read = Transition::Read.apply(Delivered).unwrap();
        let acked = Transition::Acknowledge.apply(read).unwrap();
        assert_eq!(report().apply(acked), Ok(ActionReported));
        // Acknowledging straight from the inbox reads it too.
        assert_eq!(Transition::Acknowledge.apply(Delivered), Ok(Acknowledged));
    }

    #[test]
    fn every_step_out_of_order_is_refused() {
        let flag = Transition::Flag {
            reason: "No force available: VIP duty".into(),
        };
        assert_eq!(
            report().apply(Read),
            Err(IllegalTransition::NotAcknowledged)
        );
        for done in [ActionReported, Flagged] {
            for step in [
                Transition::Read,
                Transition::Acknowledge,
                report(),
                flag.clone(),
            ] {
                assert!(step.apply(done).is_err(), "{step:?} from {done:?}");
            }
        }
        assert!(Transition::Read.apply(Acknowledged).is_err());
        assert!(Transition::Acknowledge.apply(Acknowledged).is_err());
        assert_eq!(flag.apply(Acknowledged), Ok(Flagged));
    }

    #[test]
    fn reasons_and_reports_must_say_something() {
        let blank = Transition::Flag { reason: " ".into() };
        assert!(matches!(
            blank.apply(Read),
            Err(IllegalTransition::BadText(_))
        ));
        let other = Transition::ReportAction {
            outcome: ActionOutcome::Other,
            text: String::new(),
        };
        assert!(matches!(
            other.apply(Acknowledged),
            Err(IllegalTransition::BadText(_))
        ));
    }

    #[test]
    fn forwarding_keeps_the_forwarders_obligation() {
        let to = Transition::Forward {
            to: RecipientParty::User(UserId::new()),
            note: "Beat 3, check the dhaba".into(),
        };
        assert_eq!(to.apply(Delivered), Ok(Read));
        assert_eq!(to.apply(Acknowledged), Ok(Acknowledged));
        assert!(to.apply(Flagged).is_err());
    }

    #[test]
    fn steps_read_as_json_with_their_action() {
        let step: Transition =
            serde_json::from_str(r#"{"action":"report_action","outcome":"searched_no_trace"}"#)
                .unwrap();
        assert_eq!(step.apply(Acknowledged), Ok(ActionReported));
        assert!(serde_json::from_str::<Transition>(r#"{"action":"approve"}"#).is_err());
    }
}
