//! Who writes the register's demo records and how far each may travel.

use crate::world::DemoUser;
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::org::Agency;
use samanvay_core::user::Role;
use samanvay_core::{AgencyId, Classification};

/// How far a record is shared.
#[derive(Clone, Copy)]
pub(super) enum Reach {
    Own,
    /// The other three state police forces.
    Neighbours,
    /// The intelligence bureau and the Delhi Police.
    Central,
    All,
}

/// The agencies and their staff, to mark records with.
pub(super) struct World<'a> {
    pub agencies: &'a [Agency],
    pub users: &'a [DemoUser],
}

impl World<'_> {
    pub(super) fn agency(&self, code: &str) -> AgencyId {
        self.agencies
            .iter()
            .find(|a| a.code == code)
            .expect("demo agency")
            .id
    }

    /// Records are written by an analyst of the agency, or its first account; `pointer` says
    /// whether agencies that may not read the record learn that it exists.
    pub(super) fn marking(
        &self,
        code: &str,
        classification: Classification,
        reach: Reach,
    ) -> Marking {
        self.marking_with_pointer(code, classification, reach, true)
    }

    pub(super) fn marking_with_pointer(
        &self,
        code: &str,
        classification: Classification,
        reach: Reach,
        pointer: bool,
    ) -> Marking {
        let agency = self.agency(code);
        let staff: Vec<&DemoUser> = self
            .users
            .iter()
            .filter(|u| u.user.agency == agency)
            .collect();
        let author = staff
            .iter()
            .find(|u| u.user.roles.contains(&Role::Analyst))
            .or(staff.first())
            .expect("every demo agency has staff");
        let distribution = match reach {
            Reach::Own => Distribution::OwnAgency,
            Reach::Neighbours => Distribution::Agencies {
                agencies: ["DL", "HR", "UP", "RJ"]
                    .into_iter()
                    .filter(|c| *c != code)
                    .map(|c| self.agency(c))
                    .collect(),
            },
            Reach::Central => Distribution::Agencies {
                agencies: ["IB", "DL"]
                    .into_iter()
                    .filter(|c| *c != code)
                    .map(|c| self.agency(c))
                    .collect(),
            },
            Reach::All => Distribution::AllAgencies,
        };
        Marking {
            owner: Owner {
                agency,
                unit: author.user.unit,
                user: author.user.id,
            },
            classification,
            distribution,
            handling: vec![],
            pointer,
        }
    }
}
