//! The shared register's demo records: a few gangs, an arms factory, a front company and a
//! terror outfit, and persons spread across the agencies — among them one man held by three
//! agencies under three spellings, so matching has something to find.

use crate::names::{NamePicker, NameRegion};
use crate::rng::{DemoRng, IdMint};
use crate::world::DemoUser;
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::org::Agency;
use samanvay_core::register::{
    Address, Age, Day, NameKind, Organisation, OrganisationContent, OrganisationKind, Person,
    PersonContent, RecordName, Relation, Relative, StatusFlag, StatusKind, ThreatLevel,
};
use samanvay_core::user::Role;
use samanvay_core::{AgencyId, Classification, OrganisationId, PersonId};
use samanvay_match::{Identifier, IdentifierKind};
use time::macros::{date, datetime};
use time::{Duration, OffsetDateTime};

/// When the register's demo records were written: after the library's documents.
const FIRST_DAY: OffsetDateTime = datetime!(2025-07-01 0:00 UTC);
const FIRST_DAY_MS: u64 = 1_751_328_000_000;

/// What the loaders need: organisations first (persons name their gang).
pub(crate) struct Register {
    pub organisations: Vec<Organisation>,
    pub persons: Vec<Person>,
}

/// (agency, name, name in Devanagari, kind, classification, distribution reach)
const ORGANISATIONS: &[(&str, &str, &str, OrganisationKind, Classification, Reach)] = &[
    (
        "UP",
        "Bhura gang",
        "भूरा गिरोह",
        OrganisationKind::Gang,
        Classification::Restricted,
        Reach::All,
    ),
    (
        "DL",
        "Kaliya gang",
        "कालिया गिरोह",
        OrganisationKind::Gang,
        Classification::Restricted,
        Reach::All,
    ),
    (
        "RJ",
        "Mewat vehicle lifters",
        "मेवात वाहन चोर गिरोह",
        OrganisationKind::Gang,
        Classification::Restricted,
        Reach::All,
    ),
    (
        "HR",
        "Sonipat arms workshop",
        "सोनीपत हथियार कारखाना",
        OrganisationKind::IllegalArmsFactory,
        Classification::Confidential,
        Reach::Neighbours,
    ),
    (
        "DL",
        "Shree Balaji Traders",
        "श्री बालाजी ट्रेडर्स",
        OrganisationKind::FrontCompany,
        Classification::Confidential,
        Reach::Own,
    ),
    (
        "NIA",
        "Jamaat-e-Saif (synthetic)",
        "जमात-ए-सैफ़",
        OrganisationKind::TerrorOutfit,
        Classification::Secret,
        Reach::Central,
    ),
];

#[derive(Clone, Copy)]
enum Reach {
    Own,
    Neighbours,
    Central,
    All,
}

const NICKNAMES: &[&str] = &[
    "Kalu", "Pappu", "Bablu", "Golu", "Sonu", "Monu", "Chhotu", "Lambu", "Tinku", "Bhola",
];
const DISTRICTS: &[(&str, &[&str])] = &[
    ("DL", &["North East Delhi", "Outer North Delhi", "Shahdara"]),
    ("HR", &["Gurugram", "Sonipat", "Faridabad"]),
    ("UP", &["Meerut", "Ghaziabad", "Gautam Buddh Nagar"]),
    ("RJ", &["Alwar", "Bharatpur", "Jaipur"]),
];

pub(crate) fn build(
    agencies: &[Agency],
    users: &[DemoUser],
    persons: usize,
    rng: &DemoRng,
) -> Register {
    let mut ids = IdMint::new(FIRST_DAY_MS, rng.fork("register-ids"));
    let mut rng = rng.fork("register");
    let mut names = NamePicker::new(rng.fork("register-names"));
    let world = World { agencies, users };

    let organisations: Vec<Organisation> = ORGANISATIONS
        .iter()
        .enumerate()
        .map(|(n, (code, name, hindi, kind, classification, reach))| {
            let at = FIRST_DAY + Duration::hours(n as i64);
            Organisation {
                id: OrganisationId(ids.at(ms(at))),
                marking: world.marking(code, *classification, *reach),
                content: OrganisationContent {
                    kind: *kind,
                    names: vec![
                        RecordName::new(name, NameKind::Primary),
                        RecordName::new(hindi, NameKind::Alias),
                    ],
                    notes: "Synthetic demo record.".into(),
                },
                version: 1,
                created_at: at,
                updated_at: at,
            }
        })
        .collect();

    let mut people = the_man_three_agencies_hold(&world, &organisations, &mut ids);
    let gangs: Vec<&Organisation> = organisations
        .iter()
        .filter(|o| o.content.kind == OrganisationKind::Gang)
        .collect();
    for n in 0..persons.saturating_sub(people.len()) {
        let (code, districts) = *rng.pick(DISTRICTS);
        let region = match code {
            "UP" => NameRegion::UttarPradesh,
            "RJ" => NameRegion::Rajasthan,
            _ => NameRegion::DelhiHaryana,
        };
        let mut record_names = vec![RecordName::new(&names.pick(region), NameKind::Primary)];
        if rng.chance(50) {
            record_names.push(RecordName::new(
                rng.pick::<&str>(NICKNAMES),
                NameKind::Nickname,
            ));
        }
        let status = *rng.pick(&StatusKind::ALL);
        let at = FIRST_DAY + Duration::days(1) + Duration::hours(n as i64);
        let phone = format!("9{:09}", rng.next_u64() % 1_000_000_000);
        let gang = rng.chance(40).then(|| rng.pick(&gangs).id);
        let (classification, reach) = match rng.below(4) {
            0 => (Classification::Restricted, Reach::Own),
            1 => (Classification::Confidential, Reach::Neighbours),
            _ => (Classification::Restricted, Reach::All),
        };
        people.push(Person {
            id: PersonId(ids.at(ms(at))),
            marking: world.marking(code, classification, reach),
            content: PersonContent {
                names: record_names,
                relative: None,
                gender: None,
                age: Some(Age::Approximate {
                    years: 20 + rng.below(35) as u8,
                    as_of: Day(date!(2025 - 07 - 01)),
                }),
                identifiers: vec![
                    Identifier::parse(IdentifierKind::Mobile, &phone)
                        .expect("demo phones are valid"),
                ],
                addresses: vec![Address {
                    text: format!("House {}, {}", 1 + rng.below(400), rng.pick(districts)),
                    district: Some(rng.pick(districts).to_string()),
                    location: None,
                }],
                statuses: vec![StatusFlag {
                    status,
                    since: Some(Day(
                        date!(2024 - 01 - 01) + Duration::days(rng.below(500) as i64)
                    )),
                    source: format!("{code} district police"),
                    reward_rupees: (status == StatusKind::MostWanted)
                        .then(|| 25_000 * (1 + rng.below(4) as u64)),
                }],
                cases: vec![],
                threat_level: Some(ThreatLevel::ALL[rng.below(4)]),
                gang,
                notes: "Synthetic demo record.".into(),
            },
            version: 1,
            created_at: at,
            updated_at: at,
        });
    }
    Register {
        organisations,
        persons: people,
    }
}

/// (agency, names, father, district, status, classification, reach) of one agency's record.
type Spelling = (
    &'static str,
    &'static [(&'static str, NameKind)],
    &'static str,
    &'static str,
    StatusKind,
    Classification,
    Reach,
);

/// Delhi, UP and Haryana each hold the same man, spelt their own way.
fn the_man_three_agencies_hold(
    world: &World,
    organisations: &[Organisation],
    ids: &mut IdMint,
) -> Vec<Person> {
    let bhura_gang = organisations[0].id;
    let spellings: [Spelling; 3] = [
        (
            "DL",
            &[
                ("Mohd. Irfan", NameKind::Primary),
                ("Bhura", NameKind::Alias),
            ],
            "Yaqub",
            "North East Delhi",
            StatusKind::Wanted,
            Classification::Restricted,
            Reach::All,
        ),
        (
            "UP",
            &[
                ("मोहम्मद इरफ़ान", NameKind::Primary),
                ("भूरा", NameKind::Alias),
            ],
            "याकूब",
            "Meerut",
            StatusKind::ProclaimedOffender,
            Classification::Restricted,
            Reach::Own,
        ),
        (
            "HR",
            &[("Muhammad Irfan", NameKind::Primary)],
            "Yakub",
            "Sonipat",
            StatusKind::BailJumper,
            Classification::Confidential,
            Reach::Neighbours,
        ),
    ];
    spellings
        .iter()
        .enumerate()
        .map(
            |(n, (code, names, father, district, status, classification, reach))| {
                let at = FIRST_DAY + Duration::minutes(30 + n as i64);
                let phone = ["9810012345", "+91 98100-12345", "7011223344"][n];
                Person {
                    id: PersonId(ids.at(ms(at))),
                    marking: world.marking(code, *classification, *reach),
                    content: PersonContent {
                        names: names.iter().map(|(t, k)| RecordName::new(t, *k)).collect(),
                        relative: Some(Relative {
                            relation: Relation::Father,
                            name: father.to_string(),
                        }),
                        gender: Some(samanvay_core::register::Gender::Male),
                        age: Some(Age::Approximate {
                            years: 34,
                            as_of: Day(date!(2025 - 01 - 10)),
                        }),
                        identifiers: vec![
                            Identifier::parse(IdentifierKind::Mobile, phone)
                                .expect("demo phones are valid"),
                        ],
                        addresses: vec![Address {
                            text: format!("Known to stay in {district}"),
                            district: Some(district.to_string()),
                            location: None,
                        }],
                        statuses: vec![StatusFlag {
                            status: *status,
                            since: Some(Day(date!(2024 - 06 - 01))),
                            source: format!("{code} police"),
                            reward_rupees: None,
                        }],
                        cases: vec![],
                        threat_level: Some(ThreatLevel::High),
                        gang: Some(bhura_gang),
                        notes:
                            "Synthetic demo record: the same man as two other agencies' records."
                                .into(),
                    },
                    version: 1,
                    created_at: at,
                    updated_at: at,
                }
            },
        )
        .collect()
}

struct World<'a> {
    agencies: &'a [Agency],
    users: &'a [DemoUser],
}

impl World<'_> {
    fn agency(&self, code: &str) -> AgencyId {
        self.agencies
            .iter()
            .find(|a| a.code == code)
            .expect("demo agency")
            .id
    }

    /// Records are written by an analyst of the agency, or its first account.
    fn marking(&self, code: &str, classification: Classification, reach: Reach) -> Marking {
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
                agencies: ["IB", "DL"].into_iter().map(|c| self.agency(c)).collect(),
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
            pointer: true,
        }
    }
}

fn ms(at: OffsetDateTime) -> u64 {
    (at.unix_timestamp_nanos() / 1_000_000) as u64
}

#[cfg(test)]
mod tests {
    use crate::{Scale, generate};
    use samanvay_match::name_similarity;
    use time::macros::date;

    #[test]
    fn the_register_is_valid_and_holds_one_man_under_three_agencies_spellings() {
        let world = generate(7, Scale::default());
        assert_eq!(world.persons.len(), Scale::default().persons);
        assert_eq!(world.organisations.len(), 6);
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
}
