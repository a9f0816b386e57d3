//! A person in the register: a gangster, fugitive, proclaimed offender or bail jumper as one
//! agency knows him.

use super::name::{NamesProblem, validated_names};
use super::{
    Day, DescriptionError, MAX_ENTRIES, MAX_NOTES_BYTES, PhysicalDescription, RecordName,
    clean_text,
};
use crate::ids::{OrganisationId, PersonId, UserId};
use crate::marking::Marking;
use samanvay_match::Identifier;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// The editable content of a person record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PersonContent {
    /// Exactly one primary name, then aliases and nicknames, in either script.
    pub names: Vec<RecordName>,
    /// The father's or husband's name ("s/o Yaqub").
    #[serde(default)]
    pub relative: Option<Relative>,
    #[serde(default)]
    pub gender: Option<Gender>,
    #[serde(default)]
    pub age: Option<Age>,
    /// Height, build, complexion, identifying marks; `None` when nothing is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<PhysicalDescription>,
    /// Phones, vehicles, accounts, … in canonical form.
    #[serde(default)]
    #[schema(value_type = Vec<IdentifierDoc>)]
    pub identifiers: Vec<Identifier>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    #[serde(default)]
    pub statuses: Vec<StatusFlag>,
    #[serde(default)]
    pub cases: Vec<CaseReference>,
    #[serde(default)]
    pub threat_level: Option<ThreatLevel>,
    /// The gang or outfit he belongs to.
    #[serde(default)]
    pub gang: Option<OrganisationId>,
    #[serde(default)]
    pub notes: String,
}

/// An identifier as it appears in the API: its kind and canonical form.
#[derive(ToSchema)]
pub struct IdentifierDoc {
    /// `mobile`, `imei`, `vehicle`, `bank_account`, `upi`, `email`, `social_handle`,
    /// `weapon_serial`.
    pub kind: String,
    /// The normalized value, e.g. `+919810012345`.
    pub canonical: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Person {
    pub id: PersonId,
    pub marking: Marking,
    #[serde(flatten)]
    pub content: PersonContent,
    /// 1 for a new record, one more for every edit.
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A past state of a person record, kept for every edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct PersonVersion {
    pub person: PersonId,
    pub version: i64,
    #[serde(flatten)]
    pub content: PersonContent,
    pub marking: Marking,
    pub changed_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub changed_at: OffsetDateTime,
}

/// How the named relative is related to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// s/o, d/o, पुत्र, पुत्री.
    Father,
    /// w/o, पत्नी.
    Husband,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Relative {
    pub relation: Relation,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
    Transgender,
}

/// What is known of a person's age.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Age {
    /// The date of birth is known.
    DateOfBirth { date: Day },
    /// "About 35 years" as recorded on a day; the age moves on from there.
    Approximate { years: u8, as_of: Day },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Address {
    pub text: String,
    #[serde(default)]
    pub district: Option<String>,
    #[serde(default)]
    pub location: Option<Coordinates>,
}

/// A point in WGS 84 degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
}

/// A status a person holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    Wanted,
    ProclaimedOffender,
    BailJumper,
    Absconding,
    HistorySheeter,
    InCustody,
    UnderSurveillance,
    MostWanted,
}

impl StatusKind {
    pub const ALL: [StatusKind; 8] = [
        Self::Wanted,
        Self::ProclaimedOffender,
        Self::BailJumper,
        Self::Absconding,
        Self::HistorySheeter,
        Self::InCustody,
        Self::UnderSurveillance,
        Self::MostWanted,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Wanted => "wanted",
            Self::ProclaimedOffender => "proclaimed_offender",
            Self::BailJumper => "bail_jumper",
            Self::Absconding => "absconding",
            Self::HistorySheeter => "history_sheeter",
            Self::InCustody => "in_custody",
            Self::UnderSurveillance => "under_surveillance",
            Self::MostWanted => "most_wanted",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// A status with when it began and who says so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct StatusFlag {
    pub status: StatusKind,
    #[serde(default)]
    pub since: Option<Day>,
    /// Who declared it: a court order, a gazette notification, a unit.
    pub source: String,
    /// The reward announced, in rupees; only for most wanted.
    #[serde(default)]
    pub reward_rupees: Option<u64>,
}

/// A case the person is named in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CaseReference {
    pub police_station: String,
    pub fir_number: String,
    pub fir_year: i32,
    /// "BNS 103", "IPC 302", "Arms Act 25", "NDPS 21", "UAPA 16".
    #[serde(default)]
    pub sections: Vec<String>,
}

/// How dangerous the person is to the officers who meet him.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ThreatLevel {
    Low,
    Medium,
    High,
    Extreme,
}

impl ThreatLevel {
    pub const ALL: [ThreatLevel; 4] = [Self::Low, Self::Medium, Self::High, Self::Extreme];

    /// The rank stored in the database.
    pub fn level(self) -> i64 {
        self as i64
    }

    pub fn from_level(level: i64) -> Option<Self> {
        Self::ALL.get(usize::try_from(level).ok()?).copied()
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PersonError {
    #[error("a person needs exactly one primary name")]
    NotOnePrimaryName,
    #[error("every name must be 1 to 300 characters")]
    BadName,
    #[error("the relative's name must be 1 to 300 characters")]
    BadRelative,
    #[error("an approximate age must be between 1 and 120 years")]
    BadAge,
    #[error("a date of birth must not be in the future")]
    BirthInFuture,
    #[error("an address must be 1 to 300 characters, its district at most 300")]
    BadAddress,
    #[error("coordinates must be a latitude in -90..90 and a longitude in -180..180")]
    BadCoordinates,
    #[error("each status needs a source of 1 to 300 characters")]
    BadStatusSource,
    #[error("a reward can only be given for a most wanted status")]
    RewardWithoutMostWanted,
    #[error("a case needs a police station, an FIR number and a year between 1860 and {0}")]
    BadCase(i32),
    #[error("the notes must be at most {MAX_NOTES_BYTES} bytes")]
    NotesTooLong,
    #[error("at most {MAX_ENTRIES} entries in each list")]
    TooMany,
    #[error("{0}")]
    Description(#[from] DescriptionError),
}

impl PersonContent {
    /// Cleans the text, reads each name's script, removes repeated identifiers and checks the
    /// limits. `today` bounds dates of birth and FIR years.
    pub fn validated(mut self, today: time::Date) -> Result<Self, PersonError> {
        self.names = validated_names(self.names).map_err(|p| match p {
            NamesProblem::TooMany => PersonError::TooMany,
            NamesProblem::BadName => PersonError::BadName,
            NamesProblem::NotOnePrimary => PersonError::NotOnePrimaryName,
        })?;
        let lists = [
            self.identifiers.len(),
            self.addresses.len(),
            self.statuses.len(),
            self.cases.len(),
        ];
        if lists.into_iter().any(|n| n > MAX_ENTRIES) {
            return Err(PersonError::TooMany);
        }
        if let Some(relative) = &mut self.relative {
            relative.name = clean_text(&relative.name).ok_or(PersonError::BadRelative)?;
        }
        match self.age {
            Some(Age::DateOfBirth { date }) if date.0 > today => {
                return Err(PersonError::BirthInFuture);
            }
            Some(Age::Approximate { years, .. }) if !(1..=120).contains(&years) => {
                return Err(PersonError::BadAge);
            }
            _ => {}
        }
        self.description = match self.description.take() {
            Some(description) => description.validated()?,
            None => None,
        };
        let mut seen = std::collections::HashSet::new();
        self.identifiers.retain(|i| seen.insert(i.clone()));
        for address in &mut self.addresses {
            address.text = clean_text(&address.text).ok_or(PersonError::BadAddress)?;
            address.district = match address.district.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(d) => Some(clean_text(d).ok_or(PersonError::BadAddress)?),
            };
            let off_earth = |c: &Coordinates| {
                !(-90.0..=90.0).contains(&c.lat) || !(-180.0..=180.0).contains(&c.lon)
            };
            if address.location.as_ref().is_some_and(off_earth) {
                return Err(PersonError::BadCoordinates);
            }
        }
        for flag in &mut self.statuses {
            flag.source = clean_text(&flag.source).ok_or(PersonError::BadStatusSource)?;
            if flag.reward_rupees.is_some() && flag.status != StatusKind::MostWanted {
                return Err(PersonError::RewardWithoutMostWanted);
            }
        }
        for case in &mut self.cases {
            let bad = || PersonError::BadCase(today.year());
            case.police_station = clean_text(&case.police_station).ok_or_else(bad)?;
            case.fir_number = clean_text(&case.fir_number).ok_or_else(bad)?;
            if !(1860..=today.year()).contains(&case.fir_year) {
                return Err(bad());
            }
            case.sections = case.sections.iter().filter_map(|s| clean_text(s)).collect();
        }
        if self.notes.len() > MAX_NOTES_BYTES {
            return Err(PersonError::NotesTooLong);
        }
        Ok(self)
    }

    /// The primary name.
    pub fn primary_name(&self) -> &str {
        self.names
            .iter()
            .find(|n| n.kind == super::NameKind::Primary)
            .or(self.names.first())
            .map_or("", |n| n.text.as_str())
    }

    /// Whether the person holds `status`.
    pub fn has_status(&self, status: StatusKind) -> bool {
        self.statuses.iter().any(|s| s.status == status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::NameKind;
    use samanvay_match::IdentifierKind;
    use time::macros::date;

    fn bhura() -> PersonContent {
        PersonContent {
            names: vec![
                RecordName::new("  Mohd.  Irfan ", NameKind::Primary),
                RecordName::new("भूरा", NameKind::Alias),
            ],
            relative: Some(Relative {
                relation: Relation::Father,
                name: "Yaqub".into(),
            }),
            gender: Some(Gender::Male),
            age: Some(Age::Approximate {
                years: 34,
                as_of: Day(date!(2025 - 01 - 10)),
            }),
            description: Some(PhysicalDescription {
                height_cm: Some(172),
                build: Some(super::super::Build::Medium),
                complexion: None,
                marks: vec![super::super::IdentifyingMark {
                    kind: super::super::MarkKind::Scar,
                    location: "left cheek".into(),
                    description: String::new(),
                }],
                other_features: String::new(),
            }),
            identifiers: vec![
                Identifier::parse(IdentifierKind::Mobile, "098100 12345").unwrap(),
                Identifier::parse(IdentifierKind::Mobile, "+91 98100-12345").unwrap(),
            ],
            addresses: vec![Address {
                text: "Lisari Gate, Meerut".into(),
                district: Some("Meerut".into()),
                location: Some(Coordinates {
                    lat: 28.98,
                    lon: 77.7,
                }),
            }],
            statuses: vec![StatusFlag {
                status: StatusKind::MostWanted,
                since: Some(Day(date!(2024 - 06 - 01))),
                source: "SSP Meerut".into(),
                reward_rupees: Some(50_000),
            }],
            cases: vec![CaseReference {
                police_station: "Lisari Gate".into(),
                fir_number: "112".into(),
                fir_year: 2023,
                sections: vec!["BNS 103".into(), "Arms Act 25".into()],
            }],
            threat_level: Some(ThreatLevel::High),
            gang: None,
            notes: String::new(),
        }
    }

    const TODAY: time::Date = date!(2026 - 11 - 23);

    #[test]
    fn a_valid_person_is_cleaned_and_its_scripts_read() {
        let person = bhura().validated(TODAY).unwrap();
        assert_eq!(person.primary_name(), "Mohd. Irfan");
        assert_eq!(person.names[1].script, super::super::Script::Devanagari);
        assert_eq!(person.identifiers.len(), 1, "one phone written two ways");
        assert!(person.has_status(StatusKind::MostWanted));
    }

    #[test]
    fn a_person_without_one_primary_name_is_refused() {
        let mut person = bhura();
        person.names[0].kind = NameKind::Alias;
        assert_eq!(person.validated(TODAY), Err(PersonError::NotOnePrimaryName));
        let mut person = bhura();
        person.names[1].kind = NameKind::Primary;
        assert_eq!(person.validated(TODAY), Err(PersonError::NotOnePrimaryName));
    }

    #[test]
    fn impossible_facts_are_refused_with_a_clear_error() {
        let mut person = bhura();
        person.age = Some(Age::DateOfBirth {
            date: Day(date!(2030 - 01 - 01)),
        });
        assert_eq!(person.validated(TODAY), Err(PersonError::BirthInFuture));
        let mut person = bhura();
        person.addresses[0].location = Some(Coordinates {
            lat: 128.0,
            lon: 0.0,
        });
        assert_eq!(person.validated(TODAY), Err(PersonError::BadCoordinates));
        let mut person = bhura();
        person.statuses[0].status = StatusKind::Wanted;
        assert_eq!(
            person.validated(TODAY),
            Err(PersonError::RewardWithoutMostWanted)
        );
        let mut person = bhura();
        person.cases[0].fir_year = 2040;
        let error = person.validated(TODAY).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a case needs a police station, an FIR number and a year between 1860 and 2026"
        );
    }

    #[test]
    fn a_person_round_trips_through_json() {
        let person = bhura().validated(TODAY).unwrap();
        let json = serde_json::to_value(&person).unwrap();
        assert_eq!(json["identifiers"][0]["canonical"], "+919810012345");
        assert_eq!(json["age"]["kind"], "approximate");
        assert_eq!(json["description"]["marks"][0]["kind"], "scar");
        let back: PersonContent = serde_json::from_value(json).unwrap();
        assert_eq!(back, person);
    }
}
