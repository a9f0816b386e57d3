//! A person as one line of an import or export file: a JSON Lines object, or a CSV row of the
//! columns in [`PERSON_COLUMNS`].

use super::text::{self, list, names_line, parse_name};
use super::{ImportRow, MarkingSpec, RowError, csv_rows, jsonl_rows};
use crate::register::{
    Address, Age, CaseReference, Day, Gender, NameKind, Person, PersonContent, PhysicalDescription,
    RecordName, Relation, Relative, StatusFlag, ThreatLevel,
};
use rayon::prelude::*;
use samanvay_match::{Identifier, IdentifierKind};
use serde::{Deserialize, Serialize};

/// The CSV columns of a person (besides the marking columns), in export order.
pub const PERSON_COLUMNS: [&str; 26] = [
    "external_ref",
    "id",
    "name",
    "aliases",
    "nicknames",
    "father_name",
    "husband_name",
    "gender",
    "date_of_birth",
    "age_years",
    "age_as_of",
    "identifiers",
    "addresses",
    "statuses",
    "cases",
    "threat_level",
    "gang",
    "height_cm",
    "build",
    "complexion",
    "marks",
    "other_features",
    "notes",
    "status_source",
    "district",
    "address",
];

/// A person as a JSON Lines object. `names` may be one line ("Mohd. Irfan @ Bhura") or the
/// list of names; identifiers `kind:value` strings or `{kind, value}` objects.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonLine {
    pub external_ref: String,
    /// Written by an export; ignored on import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub names: Names,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<Relative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<Age>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<PhysicalDescription>,
    #[serde(default)]
    pub identifiers: Vec<IdentifierField>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    #[serde(default)]
    pub statuses: Vec<StatusFlag>,
    #[serde(default)]
    pub cases: Vec<CaseReference>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threat_level: Option<ThreatLevel>,
    /// An organisation id, or the external reference of an organisation the agency imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gang: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default)]
    pub marking: MarkingSpec,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Names {
    Line(String),
    List(Vec<RecordName>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum IdentifierField {
    /// `mobile:+91 98100-12345`.
    Text(String),
    Pair {
        kind: String,
        value: String,
    },
}

/// The source a status gets when the file names none.
const DEFAULT_SOURCE: &str = "import";

impl PersonLine {
    /// Reads a JSON Lines file: each line's row or why it cannot be imported.
    pub fn read_jsonl(
        text: &str,
        today: time::Date,
    ) -> Vec<Result<ImportRow<PersonContent>, RowError>> {
        jsonl_rows::<PersonLine>(text)
            .into_par_iter()
            .map(|(line, parsed)| {
                parsed
                    .and_then(|l| l.into_row(line, today))
                    .map_err(|reason| RowError { line, reason })
            })
            .collect()
    }

    /// Reads a CSV file. An unreadable file (no header, an unknown column, an unclosed quote)
    /// is refused whole, with the reason.
    pub fn read_csv(
        text: &str,
        today: time::Date,
    ) -> Result<Vec<Result<ImportRow<PersonContent>, RowError>>, String> {
        let rows = csv_rows(text, &PERSON_COLUMNS, PersonLine::from_columns)?;
        Ok(rows
            .into_par_iter()
            .map(|(line, parsed)| {
                parsed
                    .and_then(|l| l.into_row(line, today))
                    .map_err(|reason| RowError { line, reason })
            })
            .collect())
    }

    /// The line an export writes for a person, with its external reference (or its id).
    pub fn of(person: &Person, external_ref: Option<String>) -> PersonLine {
        let c = &person.content;
        PersonLine {
            external_ref: external_ref.unwrap_or_else(|| person.id.to_string()),
            id: Some(person.id.to_string()),
            names: Names::List(c.names.clone()),
            relative: c.relative.clone(),
            gender: c.gender,
            age: c.age,
            description: c.description.clone(),
            identifiers: c
                .identifiers
                .iter()
                .map(|i| IdentifierField::Text(format!("{}:{}", i.kind().as_str(), i.canonical())))
                .collect(),
            addresses: c.addresses.clone(),
            statuses: c.statuses.clone(),
            cases: c.cases.clone(),
            threat_level: c.threat_level,
            gang: c.gang.map(|g| g.to_string()),
            notes: c.notes.clone(),
            marking: MarkingSpec::of(&person.marking),
        }
    }

    /// The CSV header an export writes.
    pub fn csv_header() -> Vec<String> {
        export_columns().iter().map(|c| c.to_string()).collect()
    }

    /// The CSV fields of this line, in [`PersonLine::csv_header`] order.
    pub fn csv_fields(&self) -> Vec<String> {
        let names: &[RecordName] = match &self.names {
            Names::List(names) => names,
            Names::Line(_) => &[],
        };
        let of_kind = |kind: NameKind| -> Vec<String> {
            names
                .iter()
                .filter(|n| n.kind == kind)
                .map(|n| n.text.clone())
                .collect()
        };
        let relative = |relation: Relation| {
            self.relative
                .as_ref()
                .filter(|r| r.relation == relation)
                .map(|r| r.name.clone())
                .unwrap_or_default()
        };
        let (dob, years, as_of) = match self.age {
            Some(Age::DateOfBirth { date }) => (date.to_string(), String::new(), String::new()),
            Some(Age::Approximate { years, as_of }) => {
                (String::new(), years.to_string(), as_of.to_string())
            }
            None => Default::default(),
        };
        let d = self.description.clone().unwrap_or_default();
        let joined = |items: Vec<String>| items.join("; ");
        let mut fields = vec![
            self.external_ref.clone(),
            self.id.clone().unwrap_or_default(),
            of_kind(NameKind::Primary).join(" "),
            joined(of_kind(NameKind::Alias)),
            joined(of_kind(NameKind::Nickname)),
            relative(Relation::Father),
            relative(Relation::Husband),
            self.gender.map(|g| text::name_of(&g)).unwrap_or_default(),
            dob,
            years,
            as_of,
            joined(
                self.identifiers
                    .iter()
                    .map(|i| match i {
                        IdentifierField::Text(t) => t.clone(),
                        IdentifierField::Pair { kind, value } => format!("{kind}:{value}"),
                    })
                    .collect(),
            ),
            joined(self.addresses.iter().map(text::address_text).collect()),
            joined(self.statuses.iter().map(text::status_text).collect()),
            joined(self.cases.iter().map(text::case_text).collect()),
            self.threat_level
                .map(|t| text::name_of(&t))
                .unwrap_or_default(),
            self.gang.clone().unwrap_or_default(),
            d.height_cm.map(|h| h.to_string()).unwrap_or_default(),
            d.build.map(|b| b.name().to_string()).unwrap_or_default(),
            d.complexion
                .map(|c| c.name().to_string())
                .unwrap_or_default(),
            joined(d.marks.iter().map(text::mark_text).collect()),
            d.other_features.clone(),
            self.notes.clone(),
        ];
        fields.extend(self.marking.to_columns());
        fields
    }

    fn from_columns(get: &dyn Fn(&str) -> Option<String>) -> Result<PersonLine, String> {
        let external_ref = get("external_ref").ok_or("external_ref is empty")?;
        let line = get("name").ok_or("name is empty: every person needs a name")?;
        let (mut names, mut relative) = names_line(&line);
        for (column, kind) in [
            ("aliases", NameKind::Alias),
            ("nicknames", NameKind::Nickname),
        ] {
            for name in get(column).map(|l| list(&l)).unwrap_or_default() {
                names.push(RecordName::new(&name, kind));
            }
        }
        for (column, relation) in [
            ("father_name", Relation::Father),
            ("husband_name", Relation::Husband),
        ] {
            if let Some(name) = get(column) {
                relative = Some(Relative { relation, name });
            }
        }
        let day = |column: &str| -> Result<Option<Day>, String> {
            get(column)
                .map(|d| {
                    d.parse::<Day>()
                        .map_err(|_| format!("{column}: {d:?} is not a YYYY-MM-DD date"))
                })
                .transpose()
        };
        let age = match (day("date_of_birth")?, get("age_years")) {
            (Some(date), _) => Some(Age::DateOfBirth { date }),
            (None, Some(years)) => {
                let years = years
                    .parse()
                    .map_err(|_| format!("age_years: {years:?} is not a number of years"))?;
                let as_of = day("age_as_of")?
                    .ok_or("age_as_of: an approximate age needs the day it was recorded")?;
                Some(Age::Approximate { years, as_of })
            }
            (None, None) => None,
        };
        let source = get("status_source").unwrap_or_else(|| DEFAULT_SOURCE.to_string());
        let mut addresses: Vec<Address> = get("addresses")
            .map(|a| list(&a))
            .unwrap_or_default()
            .iter()
            .map(|a| text::address(a))
            .collect::<Result<_, _>>()?;
        if let Some(text) = get("address") {
            addresses.insert(
                0,
                Address {
                    text,
                    district: get("district"),
                    location: None,
                },
            );
        } else if let Some(district) = get("district") {
            return Err(format!("district {district:?} given without an address"));
        }
        let height_cm = get("height_cm")
            .map(|h| {
                h.trim_end_matches("cm")
                    .trim()
                    .parse()
                    .map_err(|_| format!("height_cm: {h:?} is not a number"))
            })
            .transpose()?;
        let description = PhysicalDescription {
            height_cm,
            build: get("build").map(|b| parse_name("build", &b)).transpose()?,
            complexion: get("complexion")
                .map(|c| parse_name("complexion", &c))
                .transpose()?,
            marks: get("marks")
                .map(|m| list(&m))
                .unwrap_or_default()
                .iter()
                .map(|m| text::mark(m))
                .collect::<Result<_, _>>()?,
            other_features: get("other_features").unwrap_or_default(),
        };
        Ok(PersonLine {
            external_ref,
            id: None,
            names: Names::List(names),
            relative,
            gender: get("gender").map(|g| gender(&g)).transpose()?,
            age,
            description: Some(description),
            identifiers: get("identifiers")
                .map(|i| list(&i))
                .unwrap_or_default()
                .into_iter()
                .map(IdentifierField::Text)
                .collect(),
            addresses,
            statuses: get("statuses")
                .map(|s| list(&s))
                .unwrap_or_default()
                .iter()
                .map(|s| text::status(s, &source))
                .collect::<Result<_, _>>()?,
            cases: get("cases")
                .map(|c| list(&c))
                .unwrap_or_default()
                .iter()
                .map(|c| text::case(c))
                .collect::<Result<_, _>>()?,
            threat_level: get("threat_level")
                .map(|t| parse_name("threat_level", &t))
                .transpose()?,
            gang: get("gang"),
            notes: get("notes").unwrap_or_default(),
            marking: MarkingSpec::from_columns(get)?,
        })
    }

    /// The row this line makes: names split, identifiers normalized, content validated.
    fn into_row(self, line: usize, today: time::Date) -> Result<ImportRow<PersonContent>, String> {
        let external_ref = self.external_ref.trim().to_string();
        if external_ref.is_empty() || external_ref.chars().count() > 200 {
            return Err("external_ref must be 1 to 200 characters".into());
        }
        let (names, line_relative) = match self.names {
            Names::Line(text) => names_line(&text),
            Names::List(names) => (names, None),
        };
        let mut identifiers = Vec::with_capacity(self.identifiers.len());
        for field in self.identifiers {
            let (kind, value) = match field {
                IdentifierField::Text(text) => match text.split_once(':') {
                    Some((kind, value)) => (kind.trim().to_string(), value.trim().to_string()),
                    None => {
                        return Err(format!(
                            "identifier {text:?}: write it as kind:value, e.g. mobile:9810012345"
                        ));
                    }
                },
                IdentifierField::Pair { kind, value } => (kind, value),
            };
            let kind: IdentifierKind = kind
                .parse()
                .map_err(|e: samanvay_match::identifiers::UnknownIdentifierKind| e.to_string())?;
            let identifier = Identifier::parse(kind, &value)
                .map_err(|e| format!("identifier {}:{value}: {e}", kind.as_str()))?;
            identifiers.push(identifier);
        }
        let content = PersonContent {
            names,
            relative: self.relative.or(line_relative),
            gender: self.gender,
            age: self.age,
            description: self.description,
            identifiers,
            addresses: self.addresses,
            statuses: self.statuses,
            cases: self.cases,
            threat_level: self.threat_level,
            gang: None,
            notes: self.notes,
        }
        .validated(today)
        .map_err(|e| e.to_string())?;
        Ok(ImportRow {
            line,
            external_ref,
            content,
            gang: self
                .gang
                .map(|g| g.trim().to_string())
                .filter(|g| !g.is_empty()),
            marking: self.marking,
        })
    }
}

/// The CSV columns an export writes: the person's, then the marking's.
fn export_columns() -> Vec<&'static str> {
    PERSON_COLUMNS[..23]
        .iter()
        .chain(super::MARKING_COLUMNS.iter())
        .copied()
        .collect()
}

fn gender(text: &str) -> Result<Gender, String> {
    match text.trim().to_lowercase().as_str() {
        "m" | "male" | "पुरुष" => Ok(Gender::Male),
        "f" | "female" | "महिला" => Ok(Gender::Female),
        "t" | "transgender" => Ok(Gender::Transgender),
        _ => Err(format!(
            "gender: unknown value {text:?} (male, female, transgender)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: time::Date = date!(2026 - 01 - 15);

    #[test]
    fn a_csv_row_reads_names_identifiers_cases_and_marking_and_bad_rows_say_why() {
        let csv = "external_ref,name,identifiers,cases,statuses,district,address,height_cm,marks,pointer\n\
                   MRT-1,Mohd. Irfan @ Bhura s/o Yaqub,\"mobile:+91 98100-12345; vehicle:HR 26 AB 1234\",\
                   Lisari Gate FIR 112/2023 u/s BNS 103,wanted (2024-06-01),Meerut,Lisari Gate,172,scar: left cheek,yes\n\
                   MRT-2,Ravi,mobile:12345,,,,,,,\n\
                   MRT-3,,,,,,,,,\n";
        let rows = PersonLine::read_csv(csv, TODAY).unwrap();
        let first = rows[0].as_ref().unwrap();
        assert_eq!(first.line, 2);
        assert_eq!(first.content.names[1].text, "Bhura");
        assert_eq!(first.content.relative.as_ref().unwrap().name, "Yaqub");
        assert_eq!(first.content.identifiers[0].canonical(), "+919810012345");
        assert_eq!(first.content.cases[0].fir_number, "112");
        assert_eq!(first.content.statuses[0].source, "import");
        assert_eq!(
            first.content.addresses[0].district.as_deref(),
            Some("Meerut")
        );
        assert_eq!(
            first.content.description.as_ref().unwrap().height_cm,
            Some(172)
        );
        assert_eq!(first.marking.pointer, Some(true));
        let bad = rows[1].as_ref().unwrap_err();
        assert_eq!(bad.line, 3);
        assert!(
            bad.reason.starts_with("identifier mobile:12345"),
            "{}",
            bad.reason
        );
        assert_eq!(
            rows[2].as_ref().unwrap_err().reason,
            "name is empty: every person needs a name"
        );
        let unknown = PersonLine::read_csv("external_ref,nmae\nA,B\n", TODAY).unwrap_err();
        assert!(unknown.contains("unknown column \"nmae\""), "{unknown}");
    }

    #[test]
    fn a_jsonl_line_takes_a_name_line_and_identifier_strings() {
        let text = "{\"external_ref\":\"UP-7\",\"names\":\"मोहम्मद इरफ़ान उर्फ़ भूरा\",\
                    \"identifiers\":[\"mobile:09810012345\"],\"marking\":{\"classification\":\"secret\"}}\n\n\
                    {\"external_ref\":\"UP-8\",\"nmaes\":\"x\"}\n";
        let rows = PersonLine::read_jsonl(text, TODAY);
        assert_eq!(rows.len(), 2);
        let first = rows[0].as_ref().unwrap();
        assert_eq!(first.content.names.len(), 2);
        assert_eq!(
            first.marking.classification,
            Some(crate::marking::Classification::Secret)
        );
        let bad = rows[1].as_ref().unwrap_err();
        assert_eq!(bad.line, 3);
        assert!(bad.reason.contains("nmaes"), "{}", bad.reason);
    }
}
