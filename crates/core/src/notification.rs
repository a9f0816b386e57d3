//! What the system tells a user or a unit on its own: another agency matched one of its
//! records, or something a user watches was touched. A notification names only what its
//! recipient may know: its own record, or a record it may see, or a holder to contact.

use crate::ids::{AgencyId, NotificationId, PersonId, UnitId, UserId};
use crate::policy::Holder;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// Who a notification is for: one user, or every user posted to a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Recipient {
    User(UserId),
    Unit(UnitId),
}

/// How another agency came upon a matching record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HitSource {
    /// Its officer searched a name or identifier.
    Search,
    /// It wrote a record that matches.
    Record,
}

/// The agency, unit and officer that matched a record, so the holder can get in touch.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Matcher {
    pub agency: AgencyId,
    pub agency_code: String,
    pub unit: UnitId,
    pub unit_name: String,
    pub username: String,
}

/// What happened to a watched subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum WatchEvent {
    /// A new record names the subject.
    NewRecord,
    /// A record about the subject was edited.
    NewVersion,
    /// Matching linked another record to the subject.
    Matched,
    /// Another agency matched the subject in a search or a record.
    Hit,
}

/// What a notification says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotificationBody {
    /// Another agency matched one of the recipient unit's persons, which that agency may not
    /// see: it was told only to contact the recipient.
    MatchedElsewhere {
        person: PersonId,
        /// The primary name in the recipient's own record.
        person_name: String,
        by: Matcher,
        via: HitSource,
        /// Why it matched, about the recipient's record ("same phone +919810012345").
        reasons: String,
    },
    /// A watched subject was touched. `person` is set when the watcher may see the record;
    /// `holder` when it may only know that the record exists.
    Watched {
        subject: crate::watch::WatchSubject,
        label: String,
        event: WatchEvent,
        #[serde(default)]
        person: Option<PersonId>,
        #[serde(default)]
        holder: Option<Holder>,
    },
}

impl NotificationBody {
    /// One line for the notification list.
    pub fn summary(&self) -> String {
        match self {
            Self::MatchedElsewhere {
                person_name,
                by,
                via,
                reasons,
                ..
            } => {
                let how = match via {
                    HitSource::Search => "searched for",
                    HitSource::Record => "holds a record matching",
                };
                format!(
                    "{} ({}, {}) {how} your subject {person_name}: {reasons}",
                    by.agency_code, by.unit_name, by.username
                )
            }
            Self::Watched {
                label,
                event,
                holder,
                ..
            } => {
                let what = match event {
                    WatchEvent::NewRecord => "a new record names",
                    WatchEvent::NewVersion => "a record was updated about",
                    WatchEvent::Matched => "a matching record was linked to",
                    WatchEvent::Hit => "another agency matched",
                };
                let elsewhere = if holder.is_some() {
                    " (held by an agency whose record you may not see; contact its unit)"
                } else {
                    ""
                };
                format!("Watched: {what} {label}{elsewhere}")
            }
        }
    }
}

/// A stored notification as its recipient reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Notification {
    pub id: NotificationId,
    pub recipient: Recipient,
    #[serde(flatten)]
    pub body: NotificationBody,
    pub summary: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// Whether the reading user has marked it read.
    pub read: bool,
}

/// A notification to store.
#[derive(Clone, Debug, PartialEq)]
pub struct NewNotification {
    pub id: NotificationId,
    pub recipient: Recipient,
    pub body: NotificationBody,
    /// At most one notification per key: repeated searches for one subject by one agency on
    /// one day notify its holder once.
    pub once_key: Option<String>,
    pub created_at: OffsetDateTime,
}
