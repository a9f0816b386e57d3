//! An organisation as one line of an import or export file.

use super::person_line::Names;
use super::text::{list, names_line, parse_name};
use super::{ImportRow, MarkingSpec, RowError, csv_rows, jsonl_rows};
use crate::register::{NameKind, Organisation, OrganisationContent, OrganisationKind, RecordName};
use serde::{Deserialize, Serialize};

/// The CSV columns of an organisation (besides the marking columns), in export order.
pub const ORGANISATION_COLUMNS: [&str; 6] =
    ["external_ref", "id", "kind", "name", "aliases", "notes"];

/// An organisation as a JSON Lines object; `names` one line ("Bhura gang @ भूरा गिरोह") or
/// the list of names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationLine {
    pub external_ref: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub kind: OrganisationKind,
    pub names: Names,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default)]
    pub marking: MarkingSpec,
}

type Row = Result<ImportRow<OrganisationContent>, RowError>;

impl OrganisationLine {
    pub fn read_jsonl(text: &str) -> Vec<Row> {
        jsonl_rows::<OrganisationLine>(text)
            .into_iter()
            .map(|(line, parsed)| {
                parsed
                    .and_then(|l| l.into_row(line))
                    .map_err(|reason| RowError { line, reason })
            })
            .collect()
    }

    pub fn read_csv(text: &str) -> Result<Vec<Row>, String> {
        let rows = csv_rows(text, &ORGANISATION_COLUMNS, Self::from_columns)?;
        Ok(rows
            .into_iter()
            .map(|(line, parsed)| {
                parsed
                    .and_then(|l| l.into_row(line))
                    .map_err(|reason| RowError { line, reason })
            })
            .collect())
    }

    pub fn of(organisation: &Organisation, external_ref: Option<String>) -> OrganisationLine {
        OrganisationLine {
            external_ref: external_ref.unwrap_or_else(|| organisation.id.to_string()),
            id: Some(organisation.id.to_string()),
            kind: organisation.content.kind,
            names: Names::List(organisation.content.names.clone()),
            notes: organisation.content.notes.clone(),
            marking: MarkingSpec::of(&organisation.marking),
        }
    }

    pub fn csv_header() -> Vec<String> {
        ORGANISATION_COLUMNS
            .iter()
            .chain(super::MARKING_COLUMNS.iter())
            .map(|c| c.to_string())
            .collect()
    }

    pub fn csv_fields(&self) -> Vec<String> {
        let names: &[RecordName] = match &self.names {
            Names::List(names) => names,
            Names::Line(_) => &[],
        };
        let of_kind = |primary: bool| -> Vec<String> {
            names
                .iter()
                .filter(|n| (n.kind == NameKind::Primary) == primary)
                .map(|n| n.text.clone())
                .collect()
        };
        let mut fields = vec![
            self.external_ref.clone(),
            self.id.clone().unwrap_or_default(),
            self.kind.name().to_string(),
            of_kind(true).join(" "),
            of_kind(false).join("; "),
            self.notes.clone(),
        ];
        fields.extend(self.marking.to_columns());
        fields
    }

    fn from_columns(get: &dyn Fn(&str) -> Option<String>) -> Result<OrganisationLine, String> {
        let external_ref = get("external_ref").ok_or("external_ref is empty")?;
        let kind = get("kind")
            .ok_or("kind is empty (gang, terror_outfit, illegal_arms_factory, front_company)")?;
        let line = get("name").ok_or("name is empty: every organisation needs a name")?;
        let (mut names, _) = names_line(&line);
        for alias in get("aliases").map(|a| list(&a)).unwrap_or_default() {
            names.push(RecordName::new(&alias, NameKind::Alias));
        }
        Ok(OrganisationLine {
            external_ref,
            id: None,
            kind: parse_name("kind", &kind)?,
            names: Names::List(names),
            notes: get("notes").unwrap_or_default(),
            marking: MarkingSpec::from_columns(get)?,
        })
    }

    fn into_row(self, line: usize) -> Result<ImportRow<OrganisationContent>, String> {
        let external_ref = self.external_ref.trim().to_string();
        if external_ref.is_empty() || external_ref.chars().count() > 200 {
            return Err("external_ref must be 1 to 200 characters".into());
        }
        let names = match self.names {
            Names::Line(text) => names_line(&text).0,
            Names::List(names) => names,
        };
        let content = OrganisationContent {
            kind: self.kind,
            names,
            notes: self.notes,
        }
        .validated()
        .map_err(|e| e.to_string())?;
        Ok(ImportRow {
            line,
            external_ref,
            content,
            gang: None,
            marking: self.marking,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_read_from_csv_and_write_back() {
        let csv = "external_ref,kind,name,aliases\nG-1,gang,Bhura gang,भूरा गिरोह\nG-2,club,X,\n";
        let rows = OrganisationLine::read_csv(csv).unwrap();
        let gang = rows[0].as_ref().unwrap();
        assert_eq!(gang.content.names[1].text, "भूरा गिरोह");
        assert_eq!(
            rows[1].as_ref().unwrap_err().reason,
            "kind: unknown value \"club\""
        );
    }
}
