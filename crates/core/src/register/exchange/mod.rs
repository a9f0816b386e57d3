//! Import and export of the register: the line formats (CSV columns and JSON Lines objects) of
//! persons and organisations, read into validated content with the line of every bad row and
//! a clear reason, and written back so that an export imports again unchanged.

mod csv;
mod organisation_line;
mod person_line;
mod text;

pub use csv::{CsvRecord, UnclosedQuote, read_csv, write_csv_line};
pub use organisation_line::{ORGANISATION_COLUMNS, OrganisationLine};
pub use person_line::{PERSON_COLUMNS, PersonLine};

use crate::marking::{Classification, Marking};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A row of an import file that could not be imported: its line and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RowError {
    pub line: usize,
    pub reason: String,
}

/// A row read and checked: its line, external reference, the record's content, the gang it
/// names (an organisation id or the external reference of an imported organisation) and where
/// its marking departs from the file's.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportRow<C> {
    pub line: usize,
    pub external_ref: String,
    pub content: C,
    pub gang: Option<String>,
    pub marking: MarkingSpec,
}

/// A marking as a file or a row gives it: any part may be left to the file's (or, for the
/// file, to the defaults: restricted, own agency, no pointer). Agencies by code or id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MarkingSpec {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<Classification>,
    /// `own_agency`, `agencies`, `sharing_group` or `all_agencies`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution: Option<String>,
    /// For `agencies`: codes ("HR") or ids.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_with: Option<Vec<String>>,
    /// For `sharing_group`: the group's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sharing_group: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handling: Option<Vec<String>>,
}

impl MarkingSpec {
    /// This spec with the parts it leaves open taken from `file`.
    pub fn over(&self, file: &MarkingSpec) -> MarkingSpec {
        MarkingSpec {
            classification: self.classification.or(file.classification),
            distribution: self.distribution.clone().or(file.distribution.clone()),
            share_with: self.share_with.clone().or(file.share_with.clone()),
            sharing_group: self.sharing_group.clone().or(file.sharing_group.clone()),
            pointer: self.pointer.or(file.pointer),
            handling: self.handling.clone().or(file.handling.clone()),
        }
    }

    /// The whole of a record's marking, as an export writes it (agencies by id).
    pub fn of(marking: &Marking) -> MarkingSpec {
        use crate::marking::Distribution;
        let (share_with, sharing_group) = match &marking.distribution {
            Distribution::Agencies { agencies } => {
                (Some(agencies.iter().map(|a| a.to_string()).collect()), None)
            }
            Distribution::SharingGroup { group } => (None, Some(group.to_string())),
            _ => (None, None),
        };
        MarkingSpec {
            classification: Some(marking.classification),
            distribution: Some(marking.distribution.kind_name().to_string()),
            share_with,
            sharing_group,
            pointer: Some(marking.pointer),
            handling: Some(marking.handling.clone()),
        }
    }

    /// Reads the marking columns of a CSV row.
    fn from_columns(get: &dyn Fn(&str) -> Option<String>) -> Result<MarkingSpec, String> {
        let classification = match get("classification") {
            None => None,
            Some(c) => Some(
                serde_json::from_value(serde_json::Value::String(c.to_lowercase()))
                    .map_err(|_| format!("classification: unknown {c:?}"))?,
            ),
        };
        let pointer = match get("pointer").map(|p| p.to_lowercase()) {
            None => None,
            Some(p) if ["yes", "true", "1", "y"].contains(&p.as_str()) => Some(true),
            Some(p) if ["no", "false", "0", "n"].contains(&p.as_str()) => Some(false),
            Some(p) => return Err(format!("pointer: {p:?} is not yes or no")),
        };
        Ok(MarkingSpec {
            classification,
            distribution: get("distribution").map(|d| d.to_lowercase()),
            share_with: get("share_with").map(|s| text::list(&s)),
            sharing_group: get("sharing_group"),
            pointer,
            handling: get("handling").map(|h| text::list(&h)),
        })
    }

    /// The marking columns of a CSV row, in [`MARKING_COLUMNS`] order.
    fn to_columns(&self) -> Vec<String> {
        vec![
            self.classification
                .map(|c| text::name_of(&c))
                .unwrap_or_default(),
            self.distribution.clone().unwrap_or_default(),
            self.share_with
                .as_ref()
                .map(|s| s.join("; "))
                .unwrap_or_default(),
            self.sharing_group.clone().unwrap_or_default(),
            self.pointer
                .map(|p| if p { "yes" } else { "no" }.to_string())
                .unwrap_or_default(),
            self.handling
                .as_ref()
                .map(|h| h.join("; "))
                .unwrap_or_default(),
        ]
    }
}

/// The marking columns every import file may carry, per row.
pub const MARKING_COLUMNS: [&str; 6] = [
    "classification",
    "distribution",
    "share_with",
    "sharing_group",
    "pointer",
    "handling",
];

/// Each data row's line number and the row read from it, or why it could not be read.
type NumberedRows<L> = Vec<(usize, Result<L, String>)>;

/// Reads CSV text into rows of a kind: the header names the columns (any order); an unknown
/// column refuses the whole file, so that nothing is silently dropped.
/// Rows are read on every core: a large file's rows are independent of one another.
fn csv_rows<L: Send>(
    text: &str,
    known: &[&str],
    row: impl Fn(&dyn Fn(&str) -> Option<String>) -> Result<L, String> + Sync,
) -> Result<NumberedRows<L>, String> {
    let records = read_csv(text).map_err(|e| e.to_string())?;
    let Some((header, rows)) = records.split_first() else {
        return Err("the file is empty: it needs a header line naming the columns".into());
    };
    let columns: Vec<String> = header
        .fields
        .iter()
        .map(|c| c.trim().to_lowercase())
        .collect();
    for column in &columns {
        if !known.contains(&column.as_str()) && !MARKING_COLUMNS.contains(&column.as_str()) {
            return Err(format!(
                "line {}: unknown column {column:?}; the columns are {}",
                header.line,
                known
                    .iter()
                    .chain(MARKING_COLUMNS.iter())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if !columns.iter().any(|c| c == "external_ref") {
        return Err("the header has no external_ref column".into());
    }
    Ok(rows
        .par_iter()
        .map(|record| {
            if record.fields.len() != columns.len() {
                let reason = format!(
                    "{} fields where the header names {}",
                    record.fields.len(),
                    columns.len()
                );
                return (record.line, Err(reason));
            }
            let get = |name: &str| -> Option<String> {
                let i = columns.iter().position(|c| c == name)?;
                let value = record.fields[i].trim();
                (!value.is_empty()).then(|| value.to_string())
            };
            (record.line, row(&get))
        })
        .collect())
}

/// Reads JSON Lines text: one object per non-blank line.
fn jsonl_rows<L: serde::de::DeserializeOwned + Send>(
    text: &str,
) -> Vec<(usize, Result<L, String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .collect();
    lines
        .into_par_iter()
        .map(|(i, line)| {
            let parsed = serde_json::from_str::<L>(line).map_err(|e| {
                let message = e.to_string();
                // serde_json appends "at line 1 column N"; the line is ours.
                match message.rfind(" at line ") {
                    Some(at) => message[..at].to_string(),
                    None => message,
                }
            });
            (i + 1, parsed)
        })
        .collect()
}
