//! Markings: every record says who owns it, how sensitive it is, who it may be shown to, how
//! it may be handled, and whether outsiders may learn that it exists.

use crate::ids::{AgencyId, SharingGroupId, UnitId, UserId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Sensitivity of a record; a user's clearance must be at least the record's classification.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    Unrestricted,
    Restricted,
    Confidential,
    Secret,
}

impl Classification {
    pub const ALL: [Classification; 4] = [
        Classification::Unrestricted,
        Classification::Restricted,
        Classification::Confidential,
        Classification::Secret,
    ];

    /// The rank stored in the database, so SQL can compare levels with `<=`.
    pub fn level(self) -> i64 {
        self as i64
    }

    pub fn from_level(level: i64) -> Option<Self> {
        Self::ALL.get(usize::try_from(level).ok()?).copied()
    }
}

/// Who, besides the owner agency, may see a record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Distribution {
    /// Only the owner agency.
    OwnAgency,
    /// The owner agency and the listed agencies.
    Agencies { agencies: Vec<AgencyId> },
    /// The owner agency and the agencies that are members of the sharing group.
    SharingGroup { group: SharingGroupId },
    /// Every agency on the system.
    AllAgencies,
}

impl Distribution {
    /// The short name stored in the `distribution` column.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Distribution::OwnAgency => "own_agency",
            Distribution::Agencies { .. } => "agencies",
            Distribution::SharingGroup { .. } => "sharing_group",
            Distribution::AllAgencies => "all_agencies",
        }
    }
}

/// The owner of a record: the agency that holds it and the unit and user that created it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Owner {
    pub agency: AgencyId,
    pub unit: UnitId,
    pub user: UserId,
}

/// The marking every record carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Marking {
    pub owner: Owner,
    pub classification: Classification,
    pub distribution: Distribution,
    /// Free handling conditions, e.g. "not to be used as evidence without consent".
    #[serde(default)]
    pub handling: Vec<String>,
    /// Whether an agency that may not see the record may learn that it exists.
    #[serde(default)]
    pub pointer: bool,
}

/// The part of a marking a creator chooses; the owner comes from who is creating the record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkingRequest {
    pub classification: Classification,
    pub distribution: Distribution,
    #[serde(default)]
    pub handling: Vec<String>,
    #[serde(default)]
    pub pointer: bool,
}

impl MarkingRequest {
    pub fn owned_by(self, owner: Owner) -> Marking {
        Marking {
            owner,
            classification: self.classification,
            distribution: self.distribution,
            handling: self.handling,
            pointer: self.pointer,
        }
    }
}
