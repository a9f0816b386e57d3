//! The events input writes append to the log. Each is marked with the input's marking, so the
//! gate delivers it only to audience members cleared to read the input.

use samanvay_core::event::{Audience, EventBody, NewEvent};
use samanvay_core::input::{Input, Recipient, RecipientParty, RecipientState};
use samanvay_core::{UnitId, UserId};
use time::OffsetDateTime;

/// A new input (or a forwarded copy) for the parties that hold it.
pub fn issued(input: &Input, to: Audience, ack_deadline: OffsetDateTime) -> NewEvent {
    NewEvent {
        audience: to,
        marking: Some(input.marking.clone()),
        body: EventBody::InputIssued {
            input: input.id,
            title: input.content.title.clone(),
            input_kind: input.content.kind,
            precedence: input.content.precedence,
            required_action: input.content.required_action,
            ack_deadline,
        },
    }
}

/// The audience of one party.
pub fn audience_of(party: RecipientParty) -> Audience {
    match party {
        RecipientParty::Unit(unit) => Audience::Units(vec![unit]),
        RecipientParty::User(user) => Audience::Users(vec![user]),
    }
}

/// A copy's step, told to the issuer and to the party holding the copy.
pub fn step_taken(
    input: &Input,
    copy: &Recipient,
    state: RecipientState,
    outcome: Option<samanvay_core::input::ActionOutcome>,
    by: UserId,
) -> Vec<NewEvent> {
    let body = EventBody::InputRecipientChanged {
        input: input.id,
        recipient: copy.id,
        unit: copy.unit,
        state,
        outcome,
        by,
    };
    [
        Audience::Users(vec![input.marking.owner.user]),
        audience_of(copy.party),
    ]
    .into_iter()
    .map(|audience| NewEvent {
        audience,
        marking: Some(input.marking.clone()),
        body: body.clone(),
    })
    .collect()
}

/// An escalation, told to the supervisory unit and the issuer.
pub fn escalated(input: &Input, copy: &Recipient, to_unit: UnitId, level: i64) -> Vec<NewEvent> {
    let body = EventBody::InputEscalated {
        input: input.id,
        title: input.content.title.clone(),
        recipient: copy.id,
        from_unit: copy.unit,
        to_unit,
        level,
    };
    [
        Audience::Units(vec![to_unit]),
        Audience::Users(vec![input.marking.owner.user]),
    ]
    .into_iter()
    .map(|audience| NewEvent {
        audience,
        marking: Some(input.marking.clone()),
        body: body.clone(),
    })
    .collect()
}
