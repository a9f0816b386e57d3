//! A channel's marking caps its messages: a message may be classified no higher than the
//! channel and distributed to no agency the channel is not distributed to.
//!
//! A message is owned by its author's agency, which may not be the channel's owner, so "no
//! wider" compares the agencies each marking reaches: its owner and its distribution.

use crate::ids::AgencyId;
use crate::marking::{Distribution, Marking};

/// Why a message's marking does not fit inside its channel's.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CapError {
    #[error("The message is classified above the channel ({channel}); mark it lower.")]
    Classification { channel: String },
    #[error(
        "The message would reach agencies the channel does not; distribute it no wider than \
         the channel."
    )]
    Distribution,
}

/// Whether `message` fits inside `channel`'s marking.
pub fn check_cap(channel: &Marking, message: &Marking) -> Result<(), CapError> {
    if message.classification > channel.classification {
        let channel = serde_json::to_value(channel.classification)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        return Err(CapError::Classification { channel });
    }
    let author = message.owner.agency;
    let fits = match (&channel.distribution, &message.distribution) {
        (Distribution::AllAgencies, _) => true,
        (_, Distribution::AllAgencies) => false,
        (_, Distribution::OwnAgency) => reaches(channel, author),
        (Distribution::SharingGroup { group }, Distribution::SharingGroup { group: g }) => {
            group == g
        }
        (_, Distribution::SharingGroup { .. }) => false,
        // The group's members are not known here; listing agencies under a group-distributed
        // channel is allowed only for the channel's own agency.
        (Distribution::SharingGroup { .. }, Distribution::Agencies { agencies }) => agencies
            .iter()
            .all(|a| *a == channel.owner.agency || *a == author),
        (_, Distribution::Agencies { agencies }) => {
            reaches(channel, author) && agencies.iter().all(|a| reaches(channel, *a))
        }
    };
    if fits {
        Ok(())
    } else {
        Err(CapError::Distribution)
    }
}

/// The widest distribution a message by `author`'s agency may have in the channel: exactly the
/// agencies the channel reaches, said from the author's side.
pub fn default_distribution(channel: &Marking, author: AgencyId) -> Distribution {
    match &channel.distribution {
        Distribution::AllAgencies => Distribution::AllAgencies,
        Distribution::SharingGroup { group } => Distribution::SharingGroup { group: *group },
        Distribution::OwnAgency | Distribution::Agencies { .. } => {
            let mut agencies: Vec<AgencyId> = std::iter::once(channel.owner.agency)
                .chain(listed(channel).iter().copied())
                .filter(|a| *a != author)
                .collect();
            agencies.sort();
            agencies.dedup();
            if agencies.is_empty() {
                Distribution::OwnAgency
            } else {
                Distribution::Agencies { agencies }
            }
        }
    }
}

/// Whether the channel's marking reaches `agency` (for the kinds whose reach is known here).
fn reaches(channel: &Marking, agency: AgencyId) -> bool {
    channel.owner.agency == agency || listed(channel).contains(&agency)
}

fn listed(channel: &Marking) -> &[AgencyId] {
    match &channel.distribution {
        Distribution::Agencies { agencies } => agencies,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Classification;
    use crate::ids::{SharingGroupId, UnitId, UserId};
    use crate::marking::Owner;

    fn marked(agency: AgencyId, c: Classification, distribution: Distribution) -> Marking {
        Marking {
            owner: Owner {
                agency,
                unit: UnitId::new(),
                user: UserId::new(),
            },
            classification: c,
            distribution,
            handling: vec![],
            pointer: false,
        }
    }

    #[test]
    fn classification_may_not_exceed_the_channel() {
        let a = AgencyId::new();
        let channel = marked(a, Classification::Restricted, Distribution::AllAgencies);
        let secret = marked(a, Classification::Secret, Distribution::OwnAgency);
        assert!(matches!(
            check_cap(&channel, &secret),
            Err(CapError::Classification { .. })
        ));
        let fine = marked(a, Classification::Restricted, Distribution::OwnAgency);
        assert_eq!(check_cap(&channel, &fine), Ok(()));
    }

    #[test]
    fn distribution_may_not_reach_further_than_the_channel() {
        let (delhi, haryana, up, ib) = (
            AgencyId::new(),
            AgencyId::new(),
            AgencyId::new(),
            AgencyId::new(),
        );
        let c = Classification::Restricted;
        let channel = marked(
            delhi,
            c,
            Distribution::Agencies {
                agencies: vec![haryana, up],
            },
        );
        // Haryana's officer may share with Delhi and UP, not with a central agency.
        let within = Distribution::Agencies {
            agencies: vec![delhi, up],
        };
        assert_eq!(check_cap(&channel, &marked(haryana, c, within)), Ok(()));
        let wider = Distribution::Agencies {
            agencies: vec![delhi, ib],
        };
        assert_eq!(
            check_cap(&channel, &marked(haryana, c, wider)),
            Err(CapError::Distribution)
        );
        assert_eq!(
            check_cap(&channel, &marked(up, c, Distribution::AllAgencies)),
            Err(CapError::Distribution)
        );
        let group = Distribution::SharingGroup {
            group: SharingGroupId::new(),
        };
        assert_eq!(
            check_cap(&channel, &marked(up, c, group)),
            Err(CapError::Distribution)
        );
        assert_eq!(
            check_cap(&channel, &marked(up, c, Distribution::OwnAgency)),
            Ok(())
        );
    }

    #[test]
    fn the_default_reaches_exactly_the_channel_from_the_authors_side() {
        let (delhi, haryana, up) = (AgencyId::new(), AgencyId::new(), AgencyId::new());
        let channel = marked(
            delhi,
            Classification::Restricted,
            Distribution::Agencies {
                agencies: vec![haryana, up],
            },
        );
        let mut want = vec![delhi, up];
        want.sort();
        let got = default_distribution(&channel.clone(), haryana);
        assert_eq!(got, Distribution::Agencies { agencies: want });
        let message = marked(haryana, Classification::Restricted, got);
        assert_eq!(check_cap(&channel, &message), Ok(()));
        let own = marked(delhi, Classification::Restricted, Distribution::OwnAgency);
        assert_eq!(default_distribution(&own, delhi), Distribution::OwnAgency);
    }
}
