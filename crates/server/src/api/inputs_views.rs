//! What the inputs API answers with: copies with the names of their holders, inputs in short
//! for lists, and the events an input's audit entries describe.

use crate::auth::SignedIn;
use crate::inputs::directory::Directory;
use crate::state::event_by;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::input::{
    Input, InputKind, Precedence, Recipient, RecipientParty, RequiredAction,
};
use samanvay_core::{AgencyId, InputId, UnitId};
use serde::Serialize;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// A copy with the names of the unit (and user) holding it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct RecipientView {
    #[serde(flatten)]
    pub recipient: Recipient,
    pub unit_name: String,
    pub agency_code: String,
    /// The user holding a forwarded copy.
    pub username: Option<String>,
    /// Not acknowledged and past its deadline now.
    pub overdue: bool,
}

impl RecipientView {
    pub fn of(
        recipient: Recipient,
        directory: &Directory,
        username: Option<String>,
        now: OffsetDateTime,
    ) -> RecipientView {
        RecipientView {
            unit_name: directory.unit_name(recipient.unit),
            agency_code: directory.agency_code(recipient.agency),
            username,
            overdue: recipient.is_overdue(now),
            recipient,
        }
    }
}

/// An input in short, for lists and the inbox.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct InputSummary {
    pub id: InputId,
    pub title: String,
    pub kind: InputKind,
    pub precedence: Precedence,
    pub required_action: RequiredAction,
    /// Source grading as officers write it, e.g. "B2".
    pub grading: String,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
    pub issuer_agency: AgencyId,
    pub issuer_agency_code: String,
    pub issuer_unit: UnitId,
    pub issuer_unit_name: String,
}

impl InputSummary {
    pub fn of(input: &Input, directory: &Directory) -> InputSummary {
        let owner = &input.marking.owner;
        InputSummary {
            id: input.id,
            title: input.content.title.clone(),
            kind: input.content.kind,
            precedence: input.content.precedence,
            required_action: input.content.required_action,
            grading: input.content.grading.code(),
            issued_at: input.issued_at,
            issuer_agency: owner.agency,
            issuer_agency_code: directory.agency_code(owner.agency),
            issuer_unit: owner.unit,
            issuer_unit_name: directory.unit_name(owner.unit),
        }
    }
}

/// Whether the signed-in user holds this copy (its unit's, or forwarded to it).
pub fn holds(who: &SignedIn, party: RecipientParty) -> bool {
    match party {
        RecipientParty::Unit(unit) => unit == who.viewer.unit,
        RecipientParty::User(user) => user == who.user.id,
    }
}

/// An audit event about an input.
pub fn input_event(
    who: &SignedIn,
    action: AuditAction,
    input: &Input,
    detail: impl Into<String>,
) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Input,
        id: input.id.0,
    };
    event_by(
        who,
        action,
        Some(record),
        Some(input.marking.owner.agency),
        detail,
    )
}
