//! The shared register's demo records: dozens of gangs, three terror-linked networks (outfit,
//! front company, arms factory) beside the first demo's organisations, and a few thousand
//! persons across the agencies — among them one man held by three agencies under three
//! spellings, and many more held twice or thrice in other scripts and spellings, from the
//! synthetic population, so matching has something to find.

mod markings;
mod organisations;
mod persons;
mod trio;

use crate::population::generate_population;
use crate::rng::{DemoRng, IdMint};
use crate::world::DemoUser;
use markings::World;
use samanvay_core::org::Agency;
use samanvay_core::register::{Organisation, Person};
use time::OffsetDateTime;
use time::macros::datetime;

/// When the register's demo records were written: after the library's documents.
const FIRST_DAY: OffsetDateTime = datetime!(2025-07-01 0:00 UTC);
const FIRST_DAY_MS: u64 = 1_751_328_000_000;

/// What the loaders need: organisations first (persons name their gang).
pub(crate) struct Register {
    pub organisations: Vec<Organisation>,
    pub persons: Vec<Person>,
}

pub(crate) fn build(
    agencies: &[Agency],
    users: &[DemoUser],
    persons: usize,
    rng: &DemoRng,
) -> Register {
    let mut ids = IdMint::new(FIRST_DAY_MS, rng.fork("register-ids"));
    let world = World { agencies, users };
    let trio_count = 3;
    let generated = persons.saturating_sub(trio_count);
    let population = generate_population(rng.fork("population").next_u64(), generated);
    let organisations = organisations::build(&world, &population.gangs, &mut ids);
    let mut people = trio::the_man_three_agencies_hold(&world, &organisations.all, &mut ids);
    people.truncate(persons);
    people.extend(persons::build(
        &world,
        &population,
        &organisations.gangs,
        &organisations.networks,
        &mut ids,
        &mut rng.fork("register"),
    ));
    Register {
        organisations: organisations.all,
        persons: people,
    }
}

fn ms(at: OffsetDateTime) -> u64 {
    (at.unix_timestamp_nanos() / 1_000_000) as u64
}

#[cfg(test)]
mod tests {
    use crate::{Scale, generate};
    use samanvay_core::register::OrganisationKind;
    use samanvay_match::name_similarity;
    use time::macros::date;

    #[test]
    fn the_register_is_valid_and_holds_one_man_under_three_agencies_spellings() {
        let world = generate(7, Scale::default());
        assert_eq!(world.persons.len(), Scale::default().persons);
        assert_eq!(world.organisations[0].content.names[0].text, "Bhura gang");
        for person in &world.persons {
            let valid = person.content.clone().validated(date!(2026 - 01 - 01));
            assert_eq!(
                valid.as_ref(),
                Ok(&person.content),
                "{:?}",
                person.content.names
            );
        }
        let trio = &world.persons[..3];
        let owners: std::collections::HashSet<_> =
            trio.iter().map(|p| p.marking.owner.agency).collect();
        assert_eq!(owners.len(), 3);
        for other in &trio[1..] {
            let found =
                name_similarity(trio[0].content.primary_name(), other.content.primary_name());
            assert!(found.is_strong(), "{found:?}");
        }
        assert_eq!(
            generate(7, Scale::default()),
            world,
            "the same seed, the same register"
        );
    }

    #[test]
    fn the_register_has_dozens_of_gangs_three_networks_and_members_of_both() {
        let world = generate(7, Scale::default());
        let count = |kind| {
            world
                .organisations
                .iter()
                .filter(|o| o.content.kind == kind)
                .count()
        };
        assert!(count(OrganisationKind::Gang) >= 24);
        assert_eq!(count(OrganisationKind::TerrorOutfit), 4);
        assert_eq!(count(OrganisationKind::FrontCompany), 4);
        assert_eq!(count(OrganisationKind::IllegalArmsFactory), 4);
        let kind_of = |id| {
            world
                .organisations
                .iter()
                .find(|o| o.id == id)
                .map(|o| o.content.kind)
        };
        let members = |kind| {
            world
                .persons
                .iter()
                .filter(|p| p.content.gang.and_then(kind_of) == Some(kind))
                .count()
        };
        assert!(members(OrganisationKind::Gang) > 300);
        assert!(members(OrganisationKind::TerrorOutfit) > 5);
        let pointerless = world.persons.iter().filter(|p| !p.marking.pointer).count();
        assert!(pointerless > 50, "{pointerless}");
    }
}
