//! Sharing groups between the demo agencies, including a pending invitation and a declined
//! one, so the membership states show up in the demo.

use crate::agencies::index_of;
use crate::rng::IdMint;
use samanvay_core::SharingGroupId;
use samanvay_core::org::Agency;
use samanvay_core::sharing::{MembershipState, SharingGroup, SharingGroupMember};
use time::OffsetDateTime;
use time::macros::datetime;

use MembershipState::{Declined, Invited, Member};

struct GroupSpec {
    name: &'static str,
    purpose: &'static str,
    created_at: OffsetDateTime,
    /// The creator first; it is always a member.
    members: &'static [(&'static str, MembershipState)],
}

const GROUPS: &[GroupSpec] = &[
    GroupSpec {
        name: "NCR Border Districts",
        purpose: "Gangs, fugitives and inputs that cross the borders between Delhi, Haryana and \
                  Uttar Pradesh: one place for the border districts to share, instead of \
                  messaging groups.",
        created_at: datetime!(2024-02-12 10:30 UTC),
        members: &[("DL", Member), ("HR", Member), ("UP", Member)],
    },
    GroupSpec {
        name: "Western UP – Haryana STF",
        purpose: "Joint work of the UP and Haryana Special Task Forces on interstate gangs, \
                  contract shooters and arms suppliers.",
        created_at: datetime!(2024-04-03 06:15 UTC),
        members: &[("UP", Member), ("HR", Member), ("DL", Invited)],
    },
    GroupSpec {
        name: "Mewat Cyber and Vehicle Crime",
        purpose: "Cyber fraud, sextortion and vehicle-theft rings of the Mewat belt across Nuh, \
                  Alwar, Bharatpur and Mathura.",
        created_at: datetime!(2024-05-20 08:00 UTC),
        members: &[("RJ", Member), ("HR", Member), ("UP", Member)],
    },
    GroupSpec {
        name: "NCR Narcotics Coordination",
        purpose: "Seizures, couriers and supply routes of narcotics into the National Capital \
                  Region, as agreed in the NCORD meetings.",
        created_at: datetime!(2024-06-26 09:45 UTC),
        members: &[
            ("NCB", Member),
            ("DL", Member),
            ("HR", Member),
            ("RJ", Declined),
        ],
    },
    GroupSpec {
        name: "Gangster–Terror Nexus Task Group",
        purpose: "Links between organised gangs, arms suppliers and terror modules: shared \
                  records of the central agencies and the state police of the NCR.",
        created_at: datetime!(2024-07-15 11:00 UTC),
        members: &[
            ("NIA", Member),
            ("IB", Member),
            ("DL", Member),
            ("HR", Member),
            ("UP", Member),
            ("RJ", Member),
        ],
    },
];

pub(crate) fn build(agencies: &[Agency], ids: &mut IdMint) -> Vec<SharingGroup> {
    GROUPS
        .iter()
        .map(|spec| {
            let agency = |code: &str| agencies[index_of(code)].id;
            SharingGroup {
                id: SharingGroupId(ids.next()),
                name: spec.name.to_string(),
                purpose: spec.purpose.to_string(),
                created_by: agency(spec.members[0].0),
                created_at: spec.created_at,
                members: spec
                    .members
                    .iter()
                    .map(|&(code, state)| SharingGroupMember {
                        agency: agency(code),
                        state,
                    })
                    .collect(),
            }
        })
        .collect()
}
