//! An organisation in the register: a gang, a terror outfit, an illegal arms factory, a front
//! company.

use super::name::{NamesProblem, validated_names};
use super::{MAX_NOTES_BYTES, RecordName};
use crate::ids::{OrganisationId, UserId};
use crate::marking::Marking;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Gang,
    TerrorOutfit,
    IllegalArmsFactory,
    FrontCompany,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 4] = [
        Self::Gang,
        Self::TerrorOutfit,
        Self::IllegalArmsFactory,
        Self::FrontCompany,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Gang => "gang",
            Self::TerrorOutfit => "terror_outfit",
            Self::IllegalArmsFactory => "illegal_arms_factory",
            Self::FrontCompany => "front_company",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// The editable content of an organisation record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OrganisationContent {
    pub kind: OrganisationKind,
    /// Exactly one primary name, then aliases, in either script.
    pub names: Vec<RecordName>,
    #[serde(default)]
    pub notes: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Organisation {
    pub id: OrganisationId,
    pub marking: Marking,
    #[serde(flatten)]
    pub content: OrganisationContent,
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A past state of an organisation record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OrganisationVersion {
    pub organisation: OrganisationId,
    pub version: i64,
    #[serde(flatten)]
    pub content: OrganisationContent,
    pub marking: Marking,
    pub changed_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub changed_at: OffsetDateTime,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum OrganisationError {
    #[error("an organisation needs exactly one primary name")]
    NotOnePrimaryName,
    #[error("every name must be 1 to 300 characters, at most 100 names")]
    BadName,
    #[error("the notes must be at most {MAX_NOTES_BYTES} bytes")]
    NotesTooLong,
}

impl OrganisationContent {
    /// Cleans the names, reads their scripts and checks the limits.
    pub fn validated(mut self) -> Result<Self, OrganisationError> {
        self.names = validated_names(self.names).map_err(|p| match p {
            NamesProblem::NotOnePrimary => OrganisationError::NotOnePrimaryName,
            NamesProblem::TooMany | NamesProblem::BadName => OrganisationError::BadName,
        })?;
        if self.notes.len() > MAX_NOTES_BYTES {
            return Err(OrganisationError::NotesTooLong);
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::{NameKind, Script};

    #[test]
    fn an_organisation_has_names_in_both_scripts() {
        let gang = OrganisationContent {
            kind: OrganisationKind::Gang,
            names: vec![
                RecordName::new("Bhura gang", NameKind::Primary),
                RecordName::new("भूरा गिरोह", NameKind::Alias),
            ],
            notes: String::new(),
        }
        .validated()
        .unwrap();
        assert_eq!(gang.names[1].script, Script::Devanagari);
        assert_eq!(
            OrganisationKind::from_name("terror_outfit"),
            Some(OrganisationKind::TerrorOutfit)
        );
    }

    #[test]
    fn an_organisation_without_a_primary_name_is_refused() {
        let nameless = OrganisationContent {
            kind: OrganisationKind::FrontCompany,
            names: vec![RecordName::new("  ", NameKind::Primary)],
            notes: String::new(),
        };
        assert_eq!(nameless.validated(), Err(OrganisationError::BadName));
    }
}
