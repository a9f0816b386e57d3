//! The watchlist: a user follows a person, an organisation or an identifier and is told of
//! every new record, version, match or hit that touches it — within what the user may see.

use crate::ids::{OrganisationId, PersonId, UserId};
use samanvay_match::Identifier;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// What a user watches.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WatchSubject {
    Person {
        id: PersonId,
    },
    Organisation {
        id: OrganisationId,
    },
    /// A phone, vehicle, account, … in canonical form.
    Identifier {
        #[schema(value_type = crate::register::IdentifierDoc)]
        identifier: Identifier,
    },
}

impl WatchSubject {
    /// The subject's kind and key as stored: ("person", id), ("identifier", "mobile:+91…").
    pub fn key(&self) -> (&'static str, String) {
        match self {
            Self::Person { id } => ("person", id.to_string()),
            Self::Organisation { id } => ("organisation", id.to_string()),
            Self::Identifier { identifier } => ("identifier", identifier_key(identifier)),
        }
    }
}

/// How an identifier is keyed in the watchlist: "mobile:+919810012345".
pub fn identifier_key(identifier: &Identifier) -> String {
    format!("{}:{}", identifier.kind().as_str(), identifier.canonical())
}

/// One subject a user follows.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct Watch {
    pub user: UserId,
    pub subject: WatchSubject,
    /// What the user saw when it began watching ("Mohd. Irfan @ Bhura", "+919810012345").
    pub label: String,
    #[serde(with = "time::serde::rfc3339")]
    pub since: OffsetDateTime,
}
