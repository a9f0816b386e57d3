//! Targeting: the issuer names agencies, units (with or without their sub-units), roles, a
//! radius around a point, or districts; the system resolves them to the recipient units and
//! shows the list before anything is sent.

use crate::ids::{AgencyId, UnitId};
use crate::org::{Coordinates, Unit, UnitKind};
use crate::user::Role;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use utoipa::ToSchema;

/// Whom an input is for, as the issuer names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// The agency's headquarters (its control room), which forwards as it sees fit.
    Agency { agency: AgencyId },
    /// One unit, and with `include_sub_units` every unit under it.
    Unit {
        unit: UnitId,
        #[serde(default)]
        include_sub_units: bool,
    },
    /// Every unit where someone holding the role is posted, in the listed agencies (all
    /// agencies when none are listed).
    Role {
        role: Role,
        #[serde(default)]
        agencies: Vec<AgencyId>,
    },
    /// Every unit located within `radius_km` of the point.
    Radius { centre: Coordinates, radius_km: f64 },
    /// The listed districts and every unit under them.
    Districts { districts: Vec<UnitId> },
}

/// Where active users are posted and what they may do, for role targets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posting {
    pub unit: UnitId,
    pub roles: Vec<Role>,
}

/// The largest radius one target may cover; wider alerts name agencies or districts.
pub const MAX_RADIUS_KM: f64 = 500.0;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum TargetError {
    #[error("there is no unit {0}")]
    UnknownUnit(UnitId),
    #[error("there is no agency {0}")]
    UnknownAgency(AgencyId),
    #[error("unit {0} is not a district")]
    NotADistrict(UnitId),
    #[error("a radius is more than 0 and at most {MAX_RADIUS_KM} km around a point on the map")]
    BadRadius,
    #[error("list at least one district")]
    NoDistricts,
    #[error("the targets reach no unit")]
    NoRecipients,
}

/// Resolves targets to recipient units: each unit once, in the order of `units`.
pub fn resolve_targets(
    targets: &[Target],
    units: &[Unit],
    postings: &[Posting],
) -> Result<Vec<UnitId>, TargetError> {
    let tree = Tree::new(units);
    let mut chosen = BTreeSet::new();
    for target in targets {
        match target {
            Target::Agency { agency } => {
                let hq = units
                    .iter()
                    .filter(|u| u.agency == *agency && u.parent.is_none())
                    .map(|u| u.id)
                    .collect::<Vec<_>>();
                if hq.is_empty() {
                    return Err(TargetError::UnknownAgency(*agency));
                }
                chosen.extend(hq);
            }
            Target::Unit {
                unit,
                include_sub_units,
            } => {
                tree.unit(*unit)?;
                if *include_sub_units {
                    chosen.extend(tree.subtree(*unit));
                } else {
                    chosen.insert(*unit);
                }
            }
            Target::Role { role, agencies } => {
                let in_scope = |unit: &UnitId| {
                    agencies.is_empty()
                        || tree
                            .by_id
                            .get(unit)
                            .is_some_and(|u| agencies.contains(&u.agency))
                };
                chosen.extend(
                    postings
                        .iter()
                        .filter(|p| p.roles.contains(role) && in_scope(&p.unit))
                        .map(|p| p.unit),
                );
            }
            Target::Radius { centre, radius_km } => {
                let on_map =
                    (-90.0..=90.0).contains(&centre.lat) && (-180.0..=180.0).contains(&centre.lon);
                let radius_ok =
                    radius_km.is_finite() && *radius_km > 0.0 && *radius_km <= MAX_RADIUS_KM;
                if !on_map || !radius_ok {
                    return Err(TargetError::BadRadius);
                }
                chosen.extend(
                    units
                        .iter()
                        .filter(|u| {
                            u.location
                                .is_some_and(|at| distance_km(*centre, at) <= *radius_km)
                        })
                        .map(|u| u.id),
                );
            }
            Target::Districts { districts } => {
                if districts.is_empty() {
                    return Err(TargetError::NoDistricts);
                }
                for district in districts {
                    if tree.unit(*district)?.kind != UnitKind::District {
                        return Err(TargetError::NotADistrict(*district));
                    }
                    chosen.extend(tree.subtree(*district));
                }
            }
        }
    }
    if chosen.is_empty() {
        return Err(TargetError::NoRecipients);
    }
    Ok(units
        .iter()
        .map(|u| u.id)
        .filter(|id| chosen.contains(id))
        .collect())
}

/// Great-circle distance in kilometres (haversine, mean Earth radius).
pub fn distance_km(a: Coordinates, b: Coordinates) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0;
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

/// The unit hierarchy, for walking down from a unit.
struct Tree<'a> {
    by_id: HashMap<UnitId, &'a Unit>,
    children: HashMap<UnitId, Vec<UnitId>>,
}

impl<'a> Tree<'a> {
    fn new(units: &'a [Unit]) -> Self {
        let mut children: HashMap<UnitId, Vec<UnitId>> = HashMap::new();
        for unit in units {
            if let Some(parent) = unit.parent {
                children.entry(parent).or_default().push(unit.id);
            }
        }
        Tree {
            by_id: units.iter().map(|u| (u.id, u)).collect(),
            children,
        }
    }

    fn unit(&self, id: UnitId) -> Result<&'a Unit, TargetError> {
        self.by_id
            .get(&id)
            .copied()
            .ok_or(TargetError::UnknownUnit(id))
    }

    /// The unit and everything under it.
    fn subtree(&self, root: UnitId) -> Vec<UnitId> {
        let mut found = vec![root];
        let mut next = 0;
        while next < found.len() {
            if let Some(kids) = self.children.get(&found[next]) {
                found.extend(kids.iter().copied());
            }
            next += 1;
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(agency: AgencyId, parent: Option<UnitId>, kind: UnitKind, at: (f64, f64)) -> Unit {
        Unit {
            id: UnitId::new(),
            agency,
            parent,
            kind,
            name: format!("{kind:?}"),
            location: Some(Coordinates {
                lat: at.0,
                lon: at.1,
            }),
        }
    }

    /// Delhi HQ → Outer North district → PS Alipur; Haryana HQ → Sonipat district → PS Kundli.
    fn map() -> (Vec<Unit>, AgencyId) {
        let (dl, hr) = (AgencyId::new(), AgencyId::new());
        let dl_hq = unit(dl, None, UnitKind::Headquarters, (28.63, 77.22));
        let outer_north = unit(dl, Some(dl_hq.id), UnitKind::District, (28.78, 77.13));
        let alipur = unit(
            dl,
            Some(outer_north.id),
            UnitKind::PoliceStation,
            (28.80, 77.13),
        );
        let hr_hq = unit(hr, None, UnitKind::Headquarters, (30.73, 76.78));
        let sonipat = unit(hr, Some(hr_hq.id), UnitKind::District, (28.93, 77.05));
        let kundli = unit(
            hr,
            Some(sonipat.id),
            UnitKind::PoliceStation,
            (28.88, 77.12),
        );
        (vec![dl_hq, outer_north, alipur, hr_hq, sonipat, kundli], hr)
    }

    #[test]
    fn a_radius_reaches_units_on_both_sides_of_the_border_and_no_farther() {
        let (units, _) = map();
        // 15 km around the Singhu border: Alipur (Delhi) and Kundli (Haryana), not the HQs.
        let singhu = Coordinates {
            lat: 28.85,
            lon: 77.10,
        };
        let targets = [Target::Radius {
            centre: singhu,
            radius_km: 15.0,
        }];
        let got = resolve_targets(&targets, &units, &[]).unwrap();
        assert_eq!(
            got,
            vec![units[1].id, units[2].id, units[4].id, units[5].id]
        );
        let tight = [Target::Radius {
            centre: singhu,
            radius_km: 7.0,
        }];
        assert_eq!(
            resolve_targets(&tight, &units, &[]).unwrap(),
            vec![units[2].id, units[5].id]
        );
        let bad = [Target::Radius {
            centre: singhu,
            radius_km: 0.0,
        }];
        assert_eq!(
            resolve_targets(&bad, &units, &[]),
            Err(TargetError::BadRadius)
        );
    }

    #[test]
    fn a_district_brings_its_stations_and_a_station_is_not_a_district() {
        let (units, _) = map();
        let targets = [Target::Districts {
            districts: vec![units[4].id],
        }];
        assert_eq!(
            resolve_targets(&targets, &units, &[]).unwrap(),
            vec![units[4].id, units[5].id]
        );
        let wrong = [Target::Districts {
            districts: vec![units[5].id],
        }];
        assert_eq!(
            resolve_targets(&wrong, &units, &[]),
            Err(TargetError::NotADistrict(units[5].id))
        );
    }

    #[test]
    fn units_agencies_and_roles_resolve_once_each() {
        let (units, hr) = map();
        let postings = [
            Posting {
                unit: units[2].id,
                roles: vec![Role::Officer],
            },
            Posting {
                unit: units[4].id,
                roles: vec![Role::Supervisor],
            },
        ];
        let targets = [
            Target::Unit {
                unit: units[1].id,
                include_sub_units: true,
            },
            Target::Unit {
                unit: units[2].id,
                include_sub_units: false,
            },
            Target::Agency { agency: hr },
            Target::Role {
                role: Role::Supervisor,
                agencies: vec![],
            },
        ];
        assert_eq!(
            resolve_targets(&targets, &units, &postings).unwrap(),
            vec![units[1].id, units[2].id, units[3].id, units[4].id]
        );
        let nobody = [Target::Role {
            role: Role::Auditor,
            agencies: vec![],
        }];
        assert_eq!(
            resolve_targets(&nobody, &units, &postings),
            Err(TargetError::NoRecipients)
        );
        let ghost = UnitId::new();
        let missing = [Target::Unit {
            unit: ghost,
            include_sub_units: false,
        }];
        assert_eq!(
            resolve_targets(&missing, &units, &[]),
            Err(TargetError::UnknownUnit(ghost))
        );
    }

    #[test]
    fn distances_are_great_circle_kilometres() {
        let delhi = Coordinates {
            lat: 28.6139,
            lon: 77.2090,
        };
        let jaipur = Coordinates {
            lat: 26.9124,
            lon: 75.7873,
        };
        let d = distance_km(delhi, jaipur);
        assert!((230.0..240.0).contains(&d), "{d}");
    }
}
