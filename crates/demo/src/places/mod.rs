//! The map of the demo: ranges, districts, sub-divisions, police stations and special units,
//! with approximate real coordinates (WGS 84). The shapes are here; the tables are in one file
//! per state force and one for ranges and special units (with their named staff).
//!
//! Names and places are real; every person and record placed on them is synthetic.

mod delhi;
mod haryana;
mod rajasthan;
mod special;
mod uttar_pradesh;

pub(crate) use special::{RANGES, SPECIAL_UNITS};

use samanvay_core::Classification;
use samanvay_core::user::{Rank, Role};

/// The districts of a state police force, by agency code; none for central agencies.
pub(crate) fn districts(agency: &str) -> &'static [DistrictSpec] {
    match agency {
        "DL" => delhi::DISTRICTS,
        "HR" => haryana::DISTRICTS,
        "UP" => uttar_pradesh::DISTRICTS,
        "RJ" => rajasthan::DISTRICTS,
        _ => &[],
    }
}

/// A range (a group of districts under an IG) and its staff.
pub(crate) struct RangeSpec {
    pub agency: &'static str,
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    pub staff: &'static [StaffSpec],
}

/// A police district; its head and the heads of its sub-divisions come from the agency's titles.
pub(crate) struct DistrictSpec {
    /// Used in usernames: `hr.sp.gurugram`.
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    /// The range it reports to; `None` reports to headquarters.
    pub range: Option<&'static str>,
    pub subdivisions: &'static [SubDivisionSpec],
}

pub(crate) struct SubDivisionSpec {
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    pub stations: &'static [StationSpec],
}

pub(crate) struct StationSpec {
    /// Used in usernames: `dl.sho.alipur`.
    pub slug: &'static str,
    /// Without the "PS" prefix.
    pub name: &'static str,
    pub at: (f64, f64),
}

/// A special or field unit (Special Cell, STF, a central agency's Delhi office).
pub(crate) struct SpecialUnitSpec {
    pub agency: &'static str,
    pub slug: &'static str,
    pub name: &'static str,
    pub at: (f64, f64),
    /// The special unit it reports to; `None` reports to headquarters.
    pub parent: Option<&'static str>,
    pub staff: &'static [StaffSpec],
}

/// A named post in a special unit or range.
pub(crate) struct StaffSpec {
    /// The username after the agency prefix: `analyst` becomes `ib.analyst`.
    pub username: &'static str,
    pub rank: Rank,
    pub roles: &'static [Role],
    pub clearance: Classification,
    pub post: &'static str,
}

const fn station(slug: &'static str, name: &'static str, at: (f64, f64)) -> StationSpec {
    StationSpec { slug, name, at }
}
