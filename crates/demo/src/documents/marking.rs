//! Chooses each document's marking, and with it the owner agency and the author, so that the
//! library exercises every part of the access policy.

use super::phrases::{HANDLING, TRAINING_ONLY};
use crate::rng::DemoRng;
use crate::world::DemoUser;
use samanvay_core::marking::Owner;
use samanvay_core::org::Agency;
use samanvay_core::sharing::{MembershipState, SharingGroup};
use samanvay_core::user::{Rank, Role};
use samanvay_core::{Classification, Distribution, Marking};

/// How far a document reaches, before the concrete agencies or group are chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reach {
    OwnAgency,
    Agencies,
    SharingGroup,
    AllAgencies,
}

const REACHES: [Reach; 4] = [
    Reach::OwnAgency,
    Reach::Agencies,
    Reach::SharingGroup,
    Reach::AllAgencies,
];

/// The first four documents cover every classification and every distribution kind (and a
/// pointer), so that even a small world exercises the whole policy.
const COVERAGE: [(Classification, Reach); 4] = [
    (Classification::Unrestricted, Reach::AllAgencies),
    (Classification::Restricted, Reach::Agencies),
    (Classification::Confidential, Reach::SharingGroup),
    (Classification::Secret, Reach::OwnAgency),
];

/// How often each classification occurs: most of a best-practice library is shareable.
const CLASSIFICATION_WEIGHTS: [usize; 4] = [25, 35, 28, 12];

/// Documents per agency, in `AGENCIES` order (DL, HR, UP, RJ, IB, NIA, NCB).
const AGENCY_WEIGHTS: [usize; 7] = [25, 18, 18, 10, 8, 10, 11];

/// How far a document of each classification reaches, weighted in `REACHES` order: the
/// more sensitive, the narrower.
fn reach_weights(classification: Classification) -> [usize; 4] {
    match classification {
        Classification::Unrestricted => [0, 15, 10, 75],
        Classification::Restricted => [10, 20, 30, 40],
        Classification::Confidential => [30, 30, 40, 0],
        Classification::Secret => [50, 30, 20, 0],
    }
}

/// Picks markings and authors for the library.
pub(super) struct Marker<'a> {
    agencies: &'a [Agency],
    groups: &'a [SharingGroup],
    users: &'a [DemoUser],
    /// For each agency and classification level, the users who may write such a document.
    authors: Vec<[Vec<usize>; 4]>,
    /// For each group, the agencies (as indices) that accepted membership.
    members: Vec<Vec<usize>>,
}

impl<'a> Marker<'a> {
    pub(super) fn new(
        agencies: &'a [Agency],
        groups: &'a [SharingGroup],
        users: &'a [DemoUser],
    ) -> Self {
        let agency_index = |id| agencies.iter().position(|a| a.id == id);
        let mut authors = vec![<[Vec<usize>; 4]>::default(); agencies.len()];
        for (index, demo) in users.iter().enumerate() {
            let user = &demo.user;
            let Some(agency) = agency_index(user.agency) else {
                continue;
            };
            if !writes_documents(demo) {
                continue;
            }
            for level in Classification::ALL
                .into_iter()
                .filter(|c| *c <= user.clearance)
            {
                authors[agency][level.level() as usize].push(index);
            }
        }
        let members = groups
            .iter()
            .map(|group| {
                group
                    .members
                    .iter()
                    .filter(|m| m.state == MembershipState::Member)
                    .filter_map(|m| agency_index(m.agency))
                    .collect()
            })
            .collect();
        Self {
            agencies,
            groups,
            users,
            authors,
            members,
        }
    }

    /// The marking of the `nth` document and the user who wrote it.
    pub(super) fn choose(&self, nth: usize, rng: &mut DemoRng) -> (Marking, &'a DemoUser) {
        let (classification, reach) = match COVERAGE.get(nth) {
            Some(&covered) => covered,
            None => {
                let classification = Classification::ALL[rng.weighted(&CLASSIFICATION_WEIGHTS)];
                let reach = REACHES[rng.weighted(&reach_weights(classification))];
                (classification, reach)
            }
        };
        let (agency, distribution) = self.distribution(reach, rng);
        let pool = &self.authors[agency][classification.level() as usize];
        assert!(
            !pool.is_empty(),
            "every demo agency has a Secret-cleared author"
        );
        let author = &self.users[*rng.pick(pool)];
        let pointer = nth == 3 || pointer_chance(classification, reach, rng);
        let marking = Marking {
            owner: Owner {
                agency: author.user.agency,
                unit: author.user.unit,
                user: author.user.id,
            },
            classification,
            distribution,
            handling: handling(classification, rng),
            pointer,
        };
        (marking, author)
    }

    /// The owner agency (as an index) and the concrete distribution for a reach.
    fn distribution(&self, reach: Reach, rng: &mut DemoRng) -> (usize, Distribution) {
        match reach {
            // Pick the group first so the owner is always one of its accepted members.
            Reach::SharingGroup => {
                let group = rng.below(self.groups.len());
                let agency = *rng.pick(&self.members[group]);
                let id = self.groups[group].id;
                (agency, Distribution::SharingGroup { group: id })
            }
            Reach::Agencies => {
                let owner = rng.weighted(&AGENCY_WEIGHTS);
                let others: Vec<usize> = (0..self.agencies.len()).filter(|&a| a != owner).collect();
                let listed = rng.sample(others.len(), 1, 3);
                let agencies = listed
                    .into_iter()
                    .map(|i| self.agencies[others[i]].id)
                    .collect();
                (owner, Distribution::Agencies { agencies })
            }
            Reach::OwnAgency => (rng.weighted(&AGENCY_WEIGHTS), Distribution::OwnAgency),
            Reach::AllAgencies => (rng.weighted(&AGENCY_WEIGHTS), Distribution::AllAgencies),
        }
    }
}

/// Library documents are written by supervisors, analysts, administrators and SHOs, not by
/// constables or auditors.
fn writes_documents(demo: &DemoUser) -> bool {
    let user = &demo.user;
    let senior_role = [Role::Supervisor, Role::Analyst, Role::AgencyAdmin]
        .iter()
        .any(|r| user.has_role(*r));
    senior_role || (user.has_role(Role::Officer) && user.rank >= Rank::Inspector)
}

/// Whether outsiders may learn the document exists; only meaningful when some cannot see it.
fn pointer_chance(classification: Classification, reach: Reach, rng: &mut DemoRng) -> bool {
    match (classification, reach) {
        (_, Reach::AllAgencies) => false,
        (Classification::Secret, _) => rng.chance(50),
        (Classification::Confidential, _) => rng.chance(30),
        (Classification::Restricted, Reach::OwnAgency) => rng.chance(20),
        _ => false,
    }
}

/// Handling conditions grow with sensitivity; Secret documents always carry one.
fn handling(classification: Classification, rng: &mut DemoRng) -> Vec<String> {
    let count = match classification {
        Classification::Unrestricted => {
            return if rng.chance(20) {
                vec![TRAINING_ONLY.to_string()]
            } else {
                Vec::new()
            };
        }
        Classification::Restricted => usize::from(rng.chance(30)),
        Classification::Confidential if rng.chance(60) => 1 + rng.below(2),
        Classification::Confidential => 0,
        Classification::Secret => 1 + rng.below(2),
    };
    rng.subset(HANDLING.len(), count)
        .into_iter()
        .map(|i| HANDLING[i].to_string())
        .collect()
}
