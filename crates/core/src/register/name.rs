//! Names of persons and organisations: each written in a script and of a kind.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The script a name is written in; read from the text, never trusted from the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    Latin,
    Devanagari,
    /// Both in one name.
    Mixed,
}

impl Script {
    /// The script of `text`: Devanagari when it has Devanagari letters, Latin when it has only
    /// other letters, Mixed when both.
    pub fn of(text: &str) -> Script {
        let devanagari = text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
        let latin = text
            .chars()
            .any(|c| c.is_alphabetic() && !('\u{0900}'..='\u{097F}').contains(&c));
        match (devanagari, latin) {
            (true, true) => Script::Mixed,
            (true, false) => Script::Devanagari,
            _ => Script::Latin,
        }
    }
}

/// What a name is to its record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    /// The name the record is known by; exactly one per record.
    Primary,
    /// Another name ("@ Bhura", "urf", "उर्फ़").
    Alias,
    /// What associates call him.
    Nickname,
}

/// One name of a person or organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RecordName {
    pub text: String,
    /// Filled in from the text by validation.
    #[serde(default = "latin")]
    pub script: Script,
    pub kind: NameKind,
}

fn latin() -> Script {
    Script::Latin
}

impl RecordName {
    /// A name of `kind`, its script read from the text.
    pub fn new(text: &str, kind: NameKind) -> Self {
        Self {
            text: text.to_string(),
            script: Script::of(text),
            kind,
        }
    }
}

/// Cleans every name and sets its script; `None` when a name is empty or too long, or when
/// there is not exactly one primary name.
pub(super) fn validated_names(names: Vec<RecordName>) -> Result<Vec<RecordName>, NamesProblem> {
    if names.len() > super::MAX_ENTRIES {
        return Err(NamesProblem::TooMany);
    }
    let mut cleaned = Vec::with_capacity(names.len());
    for name in names {
        let text = super::clean_text(&name.text).ok_or(NamesProblem::BadName)?;
        cleaned.push(RecordName::new(&text, name.kind));
    }
    match cleaned
        .iter()
        .filter(|n| n.kind == NameKind::Primary)
        .count()
    {
        1 => Ok(cleaned),
        _ => Err(NamesProblem::NotOnePrimary),
    }
}

pub(super) enum NamesProblem {
    TooMany,
    BadName,
    NotOnePrimary,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_is_read_from_the_text() {
        assert_eq!(Script::of("Mohd. Irfan"), Script::Latin);
        assert_eq!(Script::of("मोहम्मद इरफ़ान"), Script::Devanagari);
        assert_eq!(Script::of("Irfan उर्फ़ भूरा"), Script::Mixed);
    }
}
