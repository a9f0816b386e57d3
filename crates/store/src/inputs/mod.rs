//! Intelligence inputs: the input itself is a marked record read through the gate like a
//! document; each recipient copy carries its state, deadline and escalation level, changed
//! only by conditional writes so a step or an escalation is applied at most once.

mod attachments;
mod compliance;
mod inbox;
mod reads;
mod rows;
mod step_context;
mod writes;

pub use attachments::AttachmentRecord;
pub use compliance::ComplianceRow;
pub use inbox::{InboxCounts, InboxItem, InboxQuery, InboxReason};
pub use reads::{DueEscalation, InputQuery};
pub(crate) use writes::apply;

use samanvay_core::event::NewEvent;
use samanvay_core::input::{Input, Observers, RecipientState, Transition};
use samanvay_core::{InputId, RecipientId, UnitId, UserId};
use time::OffsetDateTime;

/// A change to inputs, recipients, escalations or attachments.
#[derive(Clone, Debug)]
pub enum InputChange {
    /// A new input with the copies its targets resolved to.
    Issue {
        input: Box<Input>,
        recipients: Vec<NewRecipient>,
    },
    /// One step of a copy; fails with a conflict unless the copy is still in `from` (someone
    /// else took a step first). A forward also delivers the new copy.
    Step {
        recipient: RecipientId,
        input: InputId,
        from: RecipientState,
        to: RecipientState,
        step: Transition,
        by: UserId,
        forwarded: Option<NewRecipient>,
    },
    /// Escalates a copy from `level - 1` to `level`; does nothing (0 rows) if it was already
    /// escalated or acknowledged, so each escalation fires once whoever runs it.
    Escalate {
        recipient: RecipientId,
        input: InputId,
        level: i64,
        to_unit: UnitId,
        /// When to escalate again; `None` at the top of the hierarchy.
        next_at: Option<OffsetDateTime>,
        /// Appended to the log only if the escalation fires, so it is told once too.
        events: Vec<NewEvent>,
    },
    /// Names the input's observers; fails with a conflict unless they are still `from`
    /// (someone else changed them first).
    SetObservers {
        input: InputId,
        from: Observers,
        to: Observers,
    },
    /// A copy that has nowhere left to escalate stops being due.
    StopEscalating { recipient: RecipientId, level: i64 },
    /// Stores an attachment's description (its bytes are in the data directory); an existing
    /// digest is kept as it is.
    InsertAttachment(AttachmentRecord),
}

/// A copy to deliver.
#[derive(Clone, Debug)]
pub struct NewRecipient {
    pub id: RecipientId,
    pub input: InputId,
    pub agency: samanvay_core::AgencyId,
    pub unit: UnitId,
    pub user: Option<UserId>,
    pub forwarded_from: Option<RecipientId>,
    pub delivered_at: OffsetDateTime,
    pub ack_deadline: OffsetDateTime,
}
