//! A person record as the matcher sees it: names, father or husband, sex, date or year of
//! birth, identifiers, districts, addresses and gang.

use super::person::{Age, Gender, PersonContent, Relation};
use samanvay_match::{BirthYear, RecordFacts, Sex};

impl PersonContent {
    /// The facts record-level matching compares.
    pub fn match_facts(&self) -> RecordFacts {
        RecordFacts {
            names: self.names.iter().map(|n| n.text.clone()).collect(),
            relative: self.relative.as_ref().map(|r| match r.relation {
                Relation::Father => format!("s/o {}", r.name),
                Relation::Husband => format!("w/o {}", r.name),
            }),
            sex: self.gender.map(|g| match g {
                Gender::Male => Sex::Male,
                Gender::Female => Sex::Female,
                Gender::Transgender => Sex::Transgender,
            }),
            birth_year: self.age.map(|age| match age {
                Age::DateOfBirth { date } => BirthYear {
                    year: date.0.year(),
                    exact: true,
                },
                Age::Approximate { years, as_of } => BirthYear {
                    year: as_of.0.year() - i32::from(years),
                    exact: false,
                },
            }),
            birth_day: match self.age {
                Some(Age::DateOfBirth { date }) => Some((u8::from(date.0.month()), date.0.day())),
                _ => None,
            },
            identifiers: self.identifiers.clone(),
            districts: self
                .addresses
                .iter()
                .filter_map(|a| a.district.clone())
                .collect(),
            places: self.addresses.iter().map(|a| a.text.clone()).collect(),
            gang: self.gang.map(|g| g.to_string()),
        }
    }
}
