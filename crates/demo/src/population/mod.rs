//! A synthetic population of wanted persons with known truth, for measuring matching.
//!
//! Each generated record is what one agency wrote about a person; each person (an *entity*)
//! is written by one to four agencies. About a quarter of the entities appear more than once,
//! and their records differ the way real records differ: Latin or Devanagari or both, spelling
//! variants (v/w, sh/s, ee/i, doubled letters, "Mohd."/"Md."/"Mohammad", "Chaudhary"/
//! "Choudhary"), initials ("R. K. Sharma"), a dropped middle name, the surname first, an alias
//! in one record only, an approximate age a few years off the date of birth, a missing
//! district, typing slips. Different persons share common names ("Rajesh Kumar" is many men),
//! so matching is not trivial.
//!
//! Identifiers (mobiles, vehicles) are unique to each record, never shared within an entity:
//! the set measures matching by names, relatives, age and place, where identifiers would make
//! it easy.
//!
//! ```
//! let population = samanvay_demo::population::generate_population(7, 1_000);
//! assert_eq!(population.records.len(), 1_000);
//! assert!(population.entities < 1_000);
//! ```

mod entity;
mod localities;
mod queries;
mod record;
mod spelling;
pub(crate) mod tables;

use crate::rng::DemoRng;
pub use queries::OfficerQuery;
use samanvay_core::OrganisationId;
use samanvay_core::register::{
    Address, Age, Gender, PersonContent, RecordName, Relative, StatusFlag, StatusKind,
};
use samanvay_match::{Identifier, RecordFacts};
use time::Date;
use time::macros::date;

/// The day the population is described as of: dates of birth are before it, approximate ages
/// were recorded on days before it.
pub const REFERENCE_DATE: Date = date!(2025 - 07 - 01);

/// The generated records and the truth behind them.
#[derive(Clone, Debug, PartialEq)]
pub struct Population {
    pub seed: u64,
    /// In a shuffled order: the records of one entity are not next to each other.
    pub records: Vec<PopulationRecord>,
    /// How many distinct persons the records describe (entity ids are `0..entities`).
    pub entities: usize,
    /// Gang names; [`PopulationRecord::gang`] indexes this.
    pub gangs: Vec<String>,
    /// Each entity's name words (Latin, Devanagari), to type queries from.
    truths: Vec<Box<[tables::Word]>>,
}

/// What one agency recorded about one person.
#[derive(Clone, Debug, PartialEq)]
pub struct PopulationRecord {
    /// The truth: records with the same entity describe the same person.
    pub entity: u32,
    /// The code of the agency that holds the record ("DL", "UP", "NIA", …).
    pub agency: &'static str,
    /// The primary name first, then aliases and nicknames. A primary name may itself carry an
    /// alias ("Irfan @ Bhura") as records often do.
    pub names: Vec<RecordName>,
    /// Father (s/o) or, for some women, husband (w/o).
    pub relative: Option<Relative>,
    pub sex: Option<Gender>,
    pub age: Option<Age>,
    /// The state whose districts the person lives in ("DL", "HR", "UP", "RJ").
    pub state: &'static str,
    pub district: Option<&'static str>,
    /// The address as written, in the record's script ("Vill. Rampur Khurd, PS Sadar").
    pub address: Option<String>,
    /// Index into [`Population::gangs`].
    pub gang: Option<u32>,
    pub statuses: Vec<StatusKind>,
    /// Unique to this record: never shared with another record, of the same entity or not.
    pub identifiers: Vec<Identifier>,
}

/// Generates `count` records (not persons: the persons are fewer, see
/// [`Population::entities`]). The same seed and count give the same population.
pub fn generate_population(seed: u64, count: usize) -> Population {
    let root = DemoRng::new(seed).fork("population");
    let mut rng = root.fork("entities");
    // Homes and addresses draw from their own stream, so they leave the rest as it was.
    let mut places = root.fork("places");
    let gangs = entity::gang_names(count);
    let mut records = Vec::with_capacity(count);
    let mut serials = record::Serials::default();
    let mut entities = 0u32;
    let mut truths = Vec::with_capacity(count);
    while records.len() < count {
        let truth = entity::draw(entities, gangs.len(), &mut rng);
        let home = localities::draw(&mut places);
        let copies = truth.copies.min(count - records.len());
        let mut agencies: Vec<&'static str> = Vec::with_capacity(copies);
        for copy in 0..copies {
            let mut written = record::write(&truth, copy, &agencies, &mut serials, &mut rng);
            written.address = localities::written(home, &written, copy > 0, &mut places);
            agencies.push(written.agency);
            records.push(written);
        }
        truths.push(truth.words.into_boxed_slice());
        entities += 1;
    }
    // Fisher–Yates with its own stream, so the order does not shift the records' content.
    let mut order = root.fork("order");
    for i in (1..records.len()).rev() {
        records.swap(i, order.below(i + 1));
    }
    Population {
        seed,
        records,
        entities: entities as usize,
        gangs,
        truths,
    }
}

impl Population {
    /// The record indices of each entity, by entity id; sizes 1 to 4.
    pub fn truth_groups(&self) -> Vec<Vec<usize>> {
        let mut groups = vec![Vec::new(); self.entities];
        for (index, record) in self.records.iter().enumerate() {
            groups[record.entity as usize].push(index);
        }
        groups
    }

    /// The gang a record names, if any.
    pub fn gang_name(&self, record: &PopulationRecord) -> Option<&str> {
        record.gang.map(|g| self.gangs[g as usize].as_str())
    }

    /// What the matcher compares of a record, as the register reads it from the record's
    /// person content, with the gang by name.
    pub fn facts(&self, record: &PopulationRecord) -> RecordFacts {
        RecordFacts {
            gang: self.gang_name(record).map(str::to_string),
            ..self.person_content(record, None).match_facts()
        }
    }

    /// The record as the register's person content; `gang` is the organisation standing for
    /// the record's gang, when the caller has one.
    pub fn person_content(
        &self,
        record: &PopulationRecord,
        gang: Option<OrganisationId>,
    ) -> PersonContent {
        let address = match (&record.address, record.district) {
            (Some(text), district) => Some((text.clone(), district)),
            (None, Some(d)) => Some((format!("Known to stay in {d}"), Some(d))),
            (None, None) => None,
        };
        PersonContent {
            names: record.names.clone(),
            relative: record.relative.clone(),
            gender: record.sex,
            description: None,
            age: record.age,
            identifiers: record.identifiers.clone(),
            addresses: address
                .map(|(text, district)| Address {
                    text,
                    district: district.map(str::to_string),
                    location: None,
                })
                .into_iter()
                .collect(),
            statuses: record
                .statuses
                .iter()
                .map(|status| StatusFlag {
                    status: *status,
                    since: None,
                    source: format!("{} police", record.agency),
                    reward_rupees: None,
                })
                .collect(),
            cases: vec![],
            threat_level: None,
            gang,
            notes: "Synthetic record from the generated population.".into(),
        }
    }
}

impl PopulationRecord {
    /// The primary name as written.
    pub fn primary_name(&self) -> &str {
        self.names.first().map_or("", |n| n.text.as_str())
    }

    /// The year of birth and whether it is exact (from a date of birth) or estimated from an
    /// approximate age.
    pub fn birth_year(&self) -> Option<(i32, bool)> {
        match self.age? {
            Age::DateOfBirth { date } => Some((date.0.year(), true)),
            Age::Approximate { years, as_of } => Some((as_of.0.year() - i32::from(years), false)),
        }
    }
}
