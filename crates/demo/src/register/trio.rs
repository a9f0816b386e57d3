//! One man held by Delhi, UP and Haryana under three spellings, so matching has something to
//! find from the first minute of a demo.

use super::markings::{Reach, World};
use super::{FIRST_DAY, ms};
use crate::rng::IdMint;
use samanvay_core::register::{
    Address, Age, Day, NameKind, Organisation, Person, PersonContent, RecordName, Relation,
    Relative, StatusFlag, StatusKind, ThreatLevel,
};
use samanvay_core::{Classification, PersonId};
use samanvay_match::{Identifier, IdentifierKind};
use time::Duration;
use time::macros::date;

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
pub(super) fn the_man_three_agencies_hold(
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
                        description: None,
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
