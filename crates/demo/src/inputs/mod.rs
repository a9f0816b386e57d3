//! A stream of intelligence inputs between the demo agencies over the six weeks before the demo
//! starts, with what each recipient unit did: most acknowledge in time, some late, a few flag
//! "cannot act", and some never acknowledge — each unit with a habit of its own, so that the
//! compliance view tells a story of who acts on inputs and who does not.

mod fates;
mod texts;

use crate::rng::DemoRng;
use crate::world::DemoUser;
pub use fates::{CopyFate, DemoCopy};
use samanvay_core::document::Language;
use samanvay_core::input::{
    InformationAccuracy, Input, InputContent, LinkedEntities, Precedence, SourceGrading,
    SourceReliability, Target, resolve_targets,
};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::org::{Coordinates, Unit, UnitKind};
use samanvay_core::user::Role;
use samanvay_core::{AgencyId, Classification, InputId, UnitId};
use serde::Serialize;
use std::collections::BTreeMap;
use time::{Duration, OffsetDateTime};

/// An input as the demo issues it, some time before the demo starts, and what became of each
/// copy.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DemoInput {
    pub id: InputId,
    pub marking: Marking,
    pub content: InputContent,
    pub targets: Vec<Target>,
    /// How long before the demo's start it was issued.
    #[serde(skip)]
    pub issued_ago: Duration,
    pub copies: Vec<DemoCopy>,
}

impl DemoInput {
    /// The input, issued `issued_ago` before `now`.
    pub fn input(&self, now: OffsetDateTime) -> Input {
        Input {
            id: self.id,
            marking: self.marking.clone(),
            content: self.content.clone(),
            targets: self.targets.clone(),
            issued_at: now - self.issued_ago,
        }
    }
}

/// The world the inputs move in.
pub(crate) struct Network<'a> {
    pub units: &'a [Unit],
    pub users: &'a [DemoUser],
}

/// How far back the stream goes.
const SPAN_DAYS: i64 = 42;

/// `count` inputs, oldest first.
pub(crate) fn build(network: &Network, count: usize, rng: &DemoRng) -> Vec<DemoInput> {
    let issuers: Vec<&DemoUser> = network
        .users
        .iter()
        .filter(|u| u.user.has_role(Role::Analyst) && !u.user.has_role(Role::AgencyAdmin))
        .collect();
    let stations: Vec<&Unit> = network
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::PoliceStation && u.location.is_some())
        .collect();
    let districts: Vec<&Unit> = network
        .units
        .iter()
        .filter(|u| u.kind == UnitKind::District)
        .collect();
    if issuers.is_empty() || stations.is_empty() || count == 0 {
        return Vec::new();
    }
    let habits = fates::Habits::new(network.units, &rng.fork("unit-habits"));
    let mut rng = rng.fork("inputs");
    let mut ids = crate::rng::IdMint::new(0, rng.fork("input-ids"));
    let span = Duration::days(SPAN_DAYS).whole_seconds();
    let slot = (span / count as i64).max(1);
    let mut inputs = Vec::with_capacity(count);
    for n in 0..count {
        let issuer = &rng.pick(&issuers).user;
        let targets = pick_targets(&mut rng, &stations, &districts);
        let Ok(recipients) = resolve_targets(&targets, network.units, &[]) else {
            continue;
        };
        // A large area would make a demo inbox a flood: keep inputs to a dozen units.
        let recipients: Vec<UnitId> = recipients.into_iter().take(12).collect();
        let agencies = recipient_agencies(network.units, &recipients, issuer.agency);
        let precedence = *rng.pick(&[
            Precedence::Flash,
            Precedence::Immediate,
            Precedence::Immediate,
            Precedence::Priority,
            Precedence::Priority,
            Precedence::Routine,
        ]);
        // Named after a recipient station where there is one, as officers would.
        let named: Vec<&Unit> = recipients
            .iter()
            .filter_map(|id| network.units.iter().find(|u| u.id == *id))
            .collect();
        let place = named
            .iter()
            .find(|u| u.kind == UnitKind::PoliceStation)
            .or(named.first())
            .map(|u| u.name.trim_start_matches("PS ").to_string())
            .unwrap_or_default();
        let text = texts::compose(&mut rng, &place);
        let classification = if rng.chance(20) {
            Classification::Confidential
        } else {
            Classification::Restricted
        };
        let start = span - n as i64 * slot;
        let issued_ago = Duration::seconds(start - rng.below(slot as usize) as i64);
        let id = InputId(ids.next());
        let copies = recipients
            .iter()
            .filter_map(|unit| {
                let unit = network.units.iter().find(|u| u.id == *unit)?;
                Some(habits.fate(&mut rng, unit, network.users, precedence, issued_ago))
            })
            .collect();
        inputs.push(DemoInput {
            id,
            marking: Marking {
                owner: Owner {
                    agency: issuer.agency,
                    unit: issuer.unit,
                    user: issuer.id,
                },
                classification,
                distribution: if agencies.is_empty() {
                    Distribution::OwnAgency
                } else {
                    Distribution::Agencies { agencies }
                },
                handling: vec![],
                pointer: false,
            },
            content: InputContent {
                title: text.title,
                body: text.body,
                language: if text.hindi {
                    Language::Mixed
                } else {
                    Language::English
                },
                kind: text.kind,
                precedence,
                required_action: text.action,
                grading: SourceGrading {
                    reliability: *rng.pick(&[
                        SourceReliability::A,
                        SourceReliability::B,
                        SourceReliability::B,
                        SourceReliability::C,
                        SourceReliability::X,
                    ]),
                    accuracy: *rng.pick(&[
                        InformationAccuracy::KnownTrue,
                        InformationAccuracy::KnownToSource,
                        InformationAccuracy::Corroborated,
                        InformationAccuracy::CannotBeJudged,
                    ]),
                },
                valid_until: None,
                linked: LinkedEntities::default(),
                attachments: vec![],
            },
            targets,
            issued_ago,
            copies,
        });
    }
    inputs
}

/// A station, the stations around a border point, or a district.
fn pick_targets(rng: &mut DemoRng, stations: &[&Unit], districts: &[&Unit]) -> Vec<Target> {
    let station = rng.pick(stations);
    match rng.below(3) {
        0 => vec![Target::Unit {
            unit: station.id,
            include_sub_units: false,
        }],
        1 => {
            let at = station
                .location
                .unwrap_or(Coordinates { lat: 0.0, lon: 0.0 });
            vec![Target::Radius {
                centre: at,
                radius_km: 10.0,
            }]
        }
        _ => vec![Target::Districts {
            districts: vec![rng.pick(districts).id],
        }],
    }
}

/// The agencies besides the issuer's that hold recipient units: the input is shared with them.
fn recipient_agencies(units: &[Unit], recipients: &[UnitId], owner: AgencyId) -> Vec<AgencyId> {
    let by_id: BTreeMap<UnitId, AgencyId> = units.iter().map(|u| (u.id, u.agency)).collect();
    let mut agencies: Vec<AgencyId> = recipients
        .iter()
        .filter_map(|u| by_id.get(u).copied())
        .filter(|a| *a != owner)
        .collect();
    agencies.sort();
    agencies.dedup();
    agencies
}

#[cfg(test)]
mod tests {
    use super::CopyFate;
    use crate::{Scale, generate};
    use samanvay_core::Visibility;
    use samanvay_core::marking::Distribution;

    #[test]
    fn the_stream_mixes_on_time_late_flagged_and_unacknowledged_copies_all_shared_with_recipients()
    {
        let world = generate(
            7,
            Scale {
                inputs: 160,
                ..Scale::small()
            },
        );
        assert!(world.inputs.len() >= 150, "{}", world.inputs.len());
        let copies: Vec<_> = world.inputs.iter().flat_map(|i| &i.copies).collect();
        let count = |f: fn(&CopyFate) -> bool| copies.iter().filter(|c| f(&c.fate)).count();
        assert!(count(|f| matches!(f, CopyFate::Unread)) > 20);
        assert!(count(|f| matches!(f, CopyFate::Flagged { .. })) > 5);
        assert!(
            count(|f| matches!(
                f,
                CopyFate::Acknowledged {
                    action: Some(_),
                    ..
                }
            )) > 50
        );
        for input in &world.inputs {
            assert!(input.issued_ago.is_positive());
            for copy in &input.copies {
                if copy.agency == input.marking.owner.agency {
                    continue;
                }
                let Distribution::Agencies { agencies } = &input.marking.distribution else {
                    panic!("an input to other agencies lists them");
                };
                assert!(agencies.contains(&copy.agency));
            }
        }
        // The demo's highlighted SHO has inputs to read.
        let sho = world.viewer("dl.sho.alipur").unwrap();
        let readable = world
            .inputs
            .iter()
            .filter(|i| sho.visibility(&i.marking) == Visibility::Full)
            .count();
        assert!(readable > 0);
        assert_eq!(
            generate(
                7,
                Scale {
                    inputs: 160,
                    ..Scale::small()
                }
            ),
            world
        );
    }
}
