//! The durable event log: what happened, in commit order, and who may be told. Every event is
//! written in the same transaction as the change it describes, so an event exists exactly when
//! its write committed; live push and resume-after-reconnect both read from it.

use crate::ids::{AgencyId, InputId, RecipientId, UnitId, UserId};
use crate::input::{ActionOutcome, InputKind, Precedence, RecipientState, RequiredAction};
use crate::marking::Marking;
use crate::notification::Notification;
use serde::{Deserialize, Serialize};
use std::fmt;
use time::OffsetDateTime;
use utoipa::ToSchema;

/// An event's position in the log. Later commits have larger numbers; a client resumes after
/// the last one it saw.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct EventSeq(pub i64);

impl fmt::Display for EventSeq {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl utoipa::PartialSchema for EventSeq {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .description(Some("Position in the event log; resume after it."))
            .into()
    }
}

impl utoipa::ToSchema for EventSeq {}

/// Who may receive an event. Postings are resolved when the event is delivered, so an officer
/// transferred out of a unit stops receiving its events at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "ids", rename_all = "snake_case")]
pub enum Audience {
    /// These users, wherever they are posted.
    Users(Vec<UserId>),
    /// Every user currently posted to one of these units.
    Units(Vec<UnitId>),
    /// These users and every user posted to one of these units: one event for both, where two
    /// would cost two rows and two deliveries.
    Members {
        users: Vec<UserId>,
        units: Vec<UnitId>,
    },
}

impl Audience {
    /// Nobody: an event only the system itself acts on.
    pub fn nobody() -> Audience {
        Audience::Users(Vec::new())
    }

    /// Whether a user posted to `unit` is in the audience.
    pub fn includes(&self, user: UserId, unit: UnitId) -> bool {
        match self {
            Audience::Users(users) => users.contains(&user),
            Audience::Units(units) => units.contains(&unit),
            Audience::Members { users, units } => users.contains(&user) || units.contains(&unit),
        }
    }
}

/// What an event says. Each variant carries only what every member of its audience may see.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventBody {
    /// A new notification for the recipient (a user, or every user of a unit).
    Notification { notification: Box<Notification> },
    /// The user's account changed (posting, roles, clearance, status) or one of its sessions
    /// ended. Open streams re-check their session and reload their viewer; clients refetch
    /// the account.
    AccountChanged { user: UserId },
    /// An agency joined or left a sharing group, which changes what its users may see. Open
    /// streams of that agency's users reload their viewer. Delivered to nobody.
    SharingChanged { agency: AgencyId },
    /// A new input for the recipient units (marked: only those cleared to read it receive it).
    InputIssued {
        input: InputId,
        title: String,
        input_kind: InputKind,
        precedence: Precedence,
        required_action: RequiredAction,
        #[serde(with = "time::serde::rfc3339")]
        ack_deadline: OffsetDateTime,
    },
    /// A recipient's copy took a step; told to the issuer and the recipient unit.
    InputRecipientChanged {
        input: InputId,
        recipient: RecipientId,
        unit: UnitId,
        state: RecipientState,
        outcome: Option<ActionOutcome>,
        by: UserId,
    },
    /// An unacknowledged copy escalated to a supervisory unit; told to that unit and the
    /// issuer.
    InputEscalated {
        input: InputId,
        title: String,
        recipient: RecipientId,
        from_unit: UnitId,
        to_unit: UnitId,
        level: i64,
    },
    /// The issuer named or dropped observers of an input; told to the issuer and to the
    /// observers before and after, whose lists of watched boards change.
    InputObserversChanged { input: InputId },
    /// A new message in a channel, for its members that may read the message.
    ChannelMessage {
        channel: crate::channel::ChannelId,
        message: crate::channel::MessageId,
        seq: i64,
        author: UserId,
        author_name: String,
        reply_to: Option<crate::channel::MessageId>,
        text: String,
        mentions: Vec<crate::channel::MessageMention>,
    },
    /// A message was edited (its new text) or deleted (`deleted`, empty text).
    ChannelMessageEdited {
        channel: crate::channel::ChannelId,
        message: crate::channel::MessageId,
        seq: i64,
        version: i64,
        text: String,
        deleted: bool,
    },
    /// A channel's membership changed; members old and new refetch their channel list.
    ChannelMembershipChanged { channel: crate::channel::ChannelId },
}

/// An event to append with a job's changes.
#[derive(Clone, Debug, PartialEq)]
pub struct NewEvent {
    pub audience: Audience,
    /// The marking of the record the event is about: only audience members whose viewer may
    /// fully read it receive the event.
    pub marking: Option<Marking>,
    pub body: EventBody,
}

/// An event as stored in the log.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub seq: EventSeq,
    pub at: OffsetDateTime,
    pub audience: Audience,
    pub marking: Option<Marking>,
    pub body: EventBody,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_of_units_includes_whoever_is_posted_there() {
        let unit = UnitId::new();
        let audience = Audience::Units(vec![unit]);
        assert!(audience.includes(UserId::new(), unit));
        assert!(!audience.includes(UserId::new(), UnitId::new()));
    }

    #[test]
    fn audience_of_users_ignores_postings() {
        let user = UserId::new();
        let audience = Audience::Users(vec![user]);
        assert!(audience.includes(user, UnitId::new()));
        assert!(!audience.includes(UserId::new(), UnitId::new()));
        assert!(!Audience::nobody().includes(user, UnitId::new()));
    }

    #[test]
    fn audience_of_members_includes_the_users_and_whoever_is_posted_to_the_units() {
        let (user, unit) = (UserId::new(), UnitId::new());
        let audience = Audience::Members {
            users: vec![user],
            units: vec![unit],
        };
        assert!(audience.includes(user, UnitId::new()));
        assert!(audience.includes(UserId::new(), unit));
        assert!(!audience.includes(UserId::new(), UnitId::new()));
        let json = serde_json::to_value(&audience).unwrap();
        assert_eq!(serde_json::from_value::<Audience>(json).unwrap(), audience);
    }

    #[test]
    fn bodies_are_tagged_by_kind() {
        let user = UserId::new();
        let json = serde_json::to_value(EventBody::AccountChanged { user }).unwrap();
        assert_eq!(json["kind"], "account_changed");
        let back: EventBody = serde_json::from_value(json).unwrap();
        assert_eq!(back, EventBody::AccountChanged { user });
    }
}
