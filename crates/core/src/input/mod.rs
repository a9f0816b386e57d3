//! Intelligence inputs as tracked obligations: an alert or report with a required action,
//! targeted at the units that must act, each of which must read, acknowledge and report back
//! before a deadline set by the input's precedence — or say why it cannot act.

mod classify;
mod compliance;
mod content;
mod deadline;
mod lifecycle;
mod observers;
mod recipient;
mod targeting;

pub use classify::{
    InformationAccuracy, InputKind, Precedence, RequiredAction, SourceGrading, SourceReliability,
};
pub use compliance::{AckTimes, ComplianceCounts};
pub use content::{
    Input, InputContent, InputError, LinkedEntities, MAX_BODY_BYTES, MAX_TITLE_CHARS,
    check_target_count,
};
pub use deadline::Deadlines;
pub use lifecycle::{
    ActionOutcome, ForwardTo, IllegalTransition, RecipientParty, RecipientState, Transition,
};
pub use observers::{MAX_OBSERVERS, Observer, Observers, ObserversError};
pub use recipient::{Escalation, Recipient, TransitionRecord};
pub use targeting::{Posting, Target, TargetError, distance_km, resolve_targets};
