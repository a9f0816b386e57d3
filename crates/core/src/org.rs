//! Agencies and their units, as a hierarchy: agency → range/district → sub-division → station.

use crate::ids::{AgencyId, UnitId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    StatePolice,
    Central,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Agency {
    pub id: AgencyId,
    /// Short code shown everywhere: "DL", "HR", "UP", "RJ", "IB", "NIA", "NCB".
    pub code: String,
    pub name: String,
    pub kind: AgencyKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Headquarters,
    Range,
    District,
    SubDivision,
    PoliceStation,
    SpecialUnit,
}

/// A point on the map (WGS 84 degrees).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Unit {
    pub id: UnitId,
    pub agency: AgencyId,
    /// The supervising unit; `None` for an agency's headquarters.
    pub parent: Option<UnitId>,
    pub kind: UnitKind,
    pub name: String,
    pub location: Option<Coordinates>,
}
