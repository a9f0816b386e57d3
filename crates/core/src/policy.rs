//! The access policy: the one place that decides what a viewer may see of a marked record.
//!
//! The store compiles the same rule into a SQL predicate (`samanvay_store::visibility`); a
//! test there checks the two agree on every case of the table below.

use crate::ids::{AgencyId, SharingGroupId, UnitId, UserId};
use crate::marking::{Classification, Distribution, Marking};
use crate::user::Role;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Who is asking: the signed-in user with everything the policy needs to decide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct Viewer {
    pub user: UserId,
    pub agency: AgencyId,
    pub unit: UnitId,
    pub roles: Vec<Role>,
    pub clearance: Classification,
    /// Sharing groups the viewer's agency belongs to (accepted memberships only).
    pub groups: Vec<SharingGroupId>,
}

/// What a viewer may learn of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The whole record.
    Full,
    /// Only that the owner agency holds such a record, and whom to contact.
    Pointer,
    /// Nothing at all, not even that it exists.
    Hidden,
}

/// What the gate lets through of one record.
#[derive(Clone, Debug, PartialEq)]
pub enum Seen<T> {
    Full(T),
    /// The record exists; this is whom to ask.
    Pointer(Holder),
    /// Nothing, exactly as if the record did not exist.
    Hidden,
}

/// The holder of a record, as a pointer shows it: the agency and the owning unit to contact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub struct Holder {
    pub agency: AgencyId,
    pub unit: UnitId,
}

impl Viewer {
    /// Passes a record through the gate: all of it, only its holder, or nothing.
    pub fn see<T>(&self, marking: &Marking, record: T) -> Seen<T> {
        match self.visibility(marking) {
            Visibility::Full => Seen::Full(record),
            Visibility::Pointer => Seen::Pointer(Holder {
                agency: marking.owner.agency,
                unit: marking.owner.unit,
            }),
            Visibility::Hidden => Seen::Hidden,
        }
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Whether the record's distribution reaches the viewer's agency (clearance aside).
    pub fn is_in_distribution(&self, marking: &Marking) -> bool {
        if marking.owner.agency == self.agency {
            return true;
        }
        match &marking.distribution {
            Distribution::OwnAgency => false,
            Distribution::Agencies { agencies } => agencies.contains(&self.agency),
            Distribution::SharingGroup { group } => self.groups.contains(group),
            Distribution::AllAgencies => true,
        }
    }

    /// The policy gate: what this viewer may learn of a record with this marking.
    pub fn visibility(&self, marking: &Marking) -> Visibility {
        let cleared = self.clearance >= marking.classification;
        if cleared && self.is_in_distribution(marking) {
            Visibility::Full
        } else if marking.pointer {
            Visibility::Pointer
        } else {
            Visibility::Hidden
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marking::Owner;

    struct World {
        owner: AgencyId,
        listed: AgencyId,
        grouped: AgencyId,
        outsider: AgencyId,
        group: SharingGroupId,
    }

    fn world() -> World {
        World {
            owner: AgencyId::new(),
            listed: AgencyId::new(),
            grouped: AgencyId::new(),
            outsider: AgencyId::new(),
            group: SharingGroupId::new(),
        }
    }

    fn viewer(agency: AgencyId, clearance: Classification, groups: Vec<SharingGroupId>) -> Viewer {
        Viewer {
            user: UserId::new(),
            agency,
            unit: UnitId::new(),
            roles: vec![Role::Officer],
            clearance,
            groups,
        }
    }

    fn marking(w: &World, distribution: Distribution, pointer: bool) -> Marking {
        Marking {
            owner: Owner {
                agency: w.owner,
                unit: UnitId::new(),
                user: UserId::new(),
            },
            classification: Classification::Confidential,
            distribution,
            handling: vec![],
            pointer,
        }
    }

    /// Each row: distribution, then what the same agency, a listed agency, a group member, an
    /// outsider and a same-agency viewer with too low a clearance see.
    #[test]
    fn visibility_table_for_confidential_records() {
        use Visibility::{Full as F, Hidden as H};
        let w = world();
        let rows: Vec<(Distribution, [Visibility; 5])> = vec![
            (Distribution::OwnAgency, [F, H, H, H, H]),
            (
                Distribution::Agencies {
                    agencies: vec![w.listed],
                },
                [F, F, H, H, H],
            ),
            (
                Distribution::SharingGroup { group: w.group },
                [F, H, F, H, H],
            ),
            (Distribution::AllAgencies, [F, F, F, F, H]),
        ];
        let viewers = [
            viewer(w.owner, Classification::Secret, vec![]),
            viewer(w.listed, Classification::Confidential, vec![]),
            viewer(w.grouped, Classification::Confidential, vec![w.group]),
            viewer(w.outsider, Classification::Secret, vec![]),
            viewer(w.owner, Classification::Restricted, vec![w.group]),
        ];
        for (distribution, expected) in rows {
            for pointer in [false, true] {
                let m = marking(&w, distribution.clone(), pointer);
                for (v, want) in viewers.iter().zip(expected) {
                    let want = match (want, pointer) {
                        (H, true) => Visibility::Pointer,
                        (other, _) => other,
                    };
                    assert_eq!(v.visibility(&m), want, "{distribution:?} pointer={pointer}");
                }
            }
        }
    }

    #[test]
    fn clearance_must_reach_classification_for_every_level() {
        let w = world();
        for record in Classification::ALL {
            for clearance in Classification::ALL {
                let mut m = marking(&w, Distribution::AllAgencies, false);
                m.classification = record;
                let v = viewer(w.outsider, clearance, vec![]);
                let want = if clearance >= record {
                    Visibility::Full
                } else {
                    Visibility::Hidden
                };
                assert_eq!(v.visibility(&m), want, "{record:?} vs {clearance:?}");
            }
        }
    }
}
