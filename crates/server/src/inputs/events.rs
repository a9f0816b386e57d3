//! The events input writes append to the log. Each is marked with the input's marking, so the
//! gate delivers it only to audience members cleared to read the input.

use samanvay_core::event::{Audience, EventBody, NewEvent};
use samanvay_core::input::{Input, Observers, Recipient, RecipientParty, RecipientState};
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

/// A copy's step, told in one event to the issuer, the observers and the party holding the
/// copy.
pub fn step_taken(
    input: &Input,
    observers: &Observers,
    copy: &Recipient,
    state: RecipientState,
    outcome: Option<samanvay_core::input::ActionOutcome>,
    by: UserId,
) -> NewEvent {
    NewEvent {
        audience: joined(observers.with_issuer(input.marking.owner.user), copy.party),
        marking: Some(input.marking.clone()),
        body: EventBody::InputRecipientChanged {
            input: input.id,
            recipient: copy.id,
            unit: copy.unit,
            state,
            outcome,
            by,
        },
    }
}

/// An escalation, told in one event to the supervisory unit, the issuer and the observers.
pub fn escalated(
    input: &Input,
    observers: &Observers,
    copy: &Recipient,
    to_unit: UnitId,
    level: i64,
) -> NewEvent {
    NewEvent {
        audience: joined(
            observers.with_issuer(input.marking.owner.user),
            RecipientParty::Unit(to_unit),
        ),
        marking: Some(input.marking.clone()),
        body: EventBody::InputEscalated {
            input: input.id,
            title: input.content.title.clone(),
            recipient: copy.id,
            from_unit: copy.unit,
            to_unit,
            level,
        },
    }
}

/// The issuer named or dropped observers: told to the issuer and to every observer before and
/// after.
pub fn observers_changed(input: &Input, before: &Observers, after: &Observers) -> NewEvent {
    let mut audience = after.with_issuer(input.marking.owner.user);
    for party in before.as_slice() {
        audience = joined(audience, *party);
    }
    NewEvent {
        audience,
        marking: Some(input.marking.clone()),
        body: EventBody::InputObserversChanged { input: input.id },
    }
}

/// `audience` and one more party.
fn joined(audience: Audience, party: RecipientParty) -> Audience {
    let (mut users, mut units) = match audience {
        Audience::Users(users) => (users, Vec::new()),
        Audience::Units(units) => (Vec::new(), units),
        Audience::Members { users, units } => (users, units),
    };
    match party {
        RecipientParty::User(user) if !users.contains(&user) => users.push(user),
        RecipientParty::Unit(unit) if !units.contains(&unit) => units.push(unit),
        _ => {}
    }
    if units.is_empty() {
        Audience::Users(users)
    } else {
        Audience::Members { users, units }
    }
}
