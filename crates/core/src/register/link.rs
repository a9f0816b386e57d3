//! "Same person" links between person records, usually of different agencies: suggested by
//! matching, then confirmed or rejected by an analyst. A decision is kept: a rejected pair is
//! never suggested again, and the connected confirmed or suggested links form a cluster.

use crate::ids::{PersonId, UserId};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// Where a link stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkState {
    /// Matching found it; no one has decided yet.
    Suggested,
    /// An analyst said these are one person.
    Confirmed,
    /// An analyst said these are different persons.
    Rejected,
}

impl LinkState {
    pub fn name(self) -> &'static str {
        match self {
            Self::Suggested => "suggested",
            Self::Confirmed => "confirmed",
            Self::Rejected => "rejected",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Suggested, Self::Confirmed, Self::Rejected]
            .into_iter()
            .find(|s| s.name() == name)
    }
}

/// The pair of a link, in a fixed order so each pair is stored once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
pub struct PersonPair {
    pub a: PersonId,
    pub b: PersonId,
}

impl PersonPair {
    /// The pair of two different records; `None` for a record with itself.
    pub fn new(x: PersonId, y: PersonId) -> Option<Self> {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => Some(Self { a: x, b: y }),
            std::cmp::Ordering::Greater => Some(Self { a: y, b: x }),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// The other record of the pair.
    pub fn other(&self, one: PersonId) -> PersonId {
        if one == self.a { self.b } else { self.a }
    }
}

/// A link as stored.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct PersonLink {
    #[serde(flatten)]
    pub pair: PersonPair,
    pub state: LinkState,
    /// The match weight (sum of log-likelihood ratios) when suggested.
    pub weight: f64,
    /// Why matching suggested it, in an officer's words.
    pub reasons: String,
    #[serde(with = "time::serde::rfc3339")]
    pub suggested_at: OffsetDateTime,
    pub decided_by: Option<UserId>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub decided_at: Option<OffsetDateTime>,
}
