//! The register's generated persons: the synthetic population's records, each held by its
//! agency under a marking of its own, some in gangs, a few tied to the terror networks.

use super::markings::{Reach, World};
use super::{FIRST_DAY, ms};
use crate::population::Population;
use crate::rng::{DemoRng, IdMint};
use samanvay_core::register::{CaseReference, Day, Person, PersonContent, StatusKind, ThreatLevel};
use samanvay_core::{Classification, OrganisationId, PersonId};
use time::Duration;
use time::macros::date;

/// Persons written after the first day, one every quarter of an hour.
pub(super) fn build(
    world: &World,
    population: &Population,
    gangs: &[OrganisationId],
    networks: &[OrganisationId],
    ids: &mut IdMint,
    rng: &mut DemoRng,
) -> Vec<Person> {
    population
        .records
        .iter()
        .enumerate()
        .map(|(n, record)| {
            let at = FIRST_DAY + Duration::days(1) + Duration::minutes(15 * n as i64);
            let central = record.agency.len() > 2;
            // Central agencies tie some of their subjects to a network instead of a gang.
            let gang = if central && rng.chance(30) {
                Some(*rng.pick(networks))
            } else {
                record.gang.map(|g| gangs[g as usize])
            };
            let (classification, reach, pointer) = marking(central, rng);
            let mut content = population.person_content(record, gang);
            fill_in(&mut content, record.district, rng);
            Person {
                id: PersonId(ids.at(ms(at))),
                marking: world.marking_with_pointer(record.agency, classification, reach, pointer),
                content,
                version: 1,
                created_at: at,
                updated_at: at,
            }
        })
        .collect()
}

/// Markings as agencies set them: states share most records widely, keep some to themselves
/// and hide a few even from pointers; central agencies keep most to the centre.
fn marking(central: bool, rng: &mut DemoRng) -> (Classification, Reach, bool) {
    let roll = rng.below(100);
    if central {
        return match roll {
            0..=49 => (Classification::Secret, Reach::Central, true),
            50..=74 => (Classification::Confidential, Reach::Own, false),
            _ => (Classification::Restricted, Reach::All, true),
        };
    }
    match roll {
        0..=49 => (Classification::Restricted, Reach::All, true),
        50..=69 => (Classification::Restricted, Reach::Neighbours, true),
        70..=84 => (Classification::Confidential, Reach::Own, true),
        85..=92 => (Classification::Unrestricted, Reach::All, true),
        _ => (Classification::Confidential, Reach::Neighbours, false),
    }
}

/// What the register holds beyond the matching facts: since when a status holds, rewards,
/// threat and a case.
fn fill_in(content: &mut PersonContent, district: Option<&str>, rng: &mut DemoRng) {
    for flag in &mut content.statuses {
        flag.since = Some(Day(
            date!(2023 - 01 - 01) + Duration::days(rng.below(900) as i64)
        ));
        if flag.status == StatusKind::MostWanted {
            flag.reward_rupees = Some(25_000 * (1 + rng.below(8) as u64));
        }
    }
    content.threat_level = Some(ThreatLevel::ALL[rng.weighted(&[30, 40, 22, 8])]);
    if let Some(district) = district.filter(|_| rng.chance(40)) {
        content.cases.push(CaseReference {
            police_station: format!("PS {district}"),
            fir_number: format!("{}", 1 + rng.below(900)),
            fir_year: 2018 + rng.below(7) as i32,
            sections: vec![
                rng.pick(&["302 IPC", "307 IPC", "392 IPC", "25 Arms Act", "386 IPC"])
                    .to_string(),
            ],
        });
    }
}
