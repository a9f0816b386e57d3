//! An input as issued: what it says, how it is classified, whom it targets, and its marking.

use super::classify::{InputKind, Precedence, RequiredAction, SourceGrading};
use super::targeting::Target;
use crate::document::Language;
use crate::ids::{InputId, OrganisationId, PersonId};
use crate::marking::Marking;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// Most register entities one input links to.
pub const MAX_LINKS: usize = 50;
/// Most targets one input names.
pub const MAX_TARGETS: usize = 100;

/// Register entities an input is about; each is shown only to those the gate lets see it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkedEntities {
    #[serde(default)]
    pub persons: Vec<PersonId>,
    #[serde(default)]
    pub organisations: Vec<OrganisationId>,
}

/// What the issuer writes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct InputContent {
    pub title: String,
    /// Hindi, English or both.
    pub body: String,
    pub language: Language,
    pub kind: InputKind,
    pub precedence: Precedence,
    pub required_action: RequiredAction,
    pub grading: SourceGrading,
    /// Until when the input holds; after it, it no longer asks for action.
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub valid_until: Option<OffsetDateTime>,
    #[serde(default)]
    pub linked: LinkedEntities,
    /// SHA-256 digests of attached files (see the attachments API).
    #[serde(default)]
    pub attachments: Vec<String>,
}

/// An issued input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Input {
    pub id: InputId,
    pub marking: Marking,
    #[serde(flatten)]
    pub content: InputContent,
    /// The targets as the issuer named them; recipients are what they resolved to.
    pub targets: Vec<Target>,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InputError {
    #[error("the title must be 1 to {MAX_TITLE_CHARS} characters")]
    BadTitle,
    #[error("the body must not be empty and at most {MAX_BODY_BYTES} bytes")]
    BadBody,
    #[error("the input must be valid until a time after it is issued")]
    ExpiredOnIssue,
    #[error("at most {MAX_LINKS} linked persons and organisations")]
    TooManyLinks,
    #[error("name 1 to {MAX_TARGETS} targets")]
    BadTargetCount,
    #[error("an attachment is named by the 64 hex digits of its SHA-256")]
    BadAttachment,
}

impl InputContent {
    /// Trims the title and checks the limits, as of the moment of issue.
    pub fn validated(mut self, issued_at: OffsetDateTime) -> Result<Self, InputError> {
        self.title = self.title.trim().to_string();
        if self.title.is_empty() || self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(InputError::BadTitle);
        }
        if self.body.trim().is_empty() || self.body.len() > MAX_BODY_BYTES {
            return Err(InputError::BadBody);
        }
        if self.valid_until.is_some_and(|until| until <= issued_at) {
            return Err(InputError::ExpiredOnIssue);
        }
        self.linked.persons.sort();
        self.linked.persons.dedup();
        self.linked.organisations.sort();
        self.linked.organisations.dedup();
        if self.linked.persons.len() + self.linked.organisations.len() > MAX_LINKS {
            return Err(InputError::TooManyLinks);
        }
        let is_digest = |d: &String| d.len() == 64 && d.chars().all(|c| c.is_ascii_hexdigit());
        if !self.attachments.iter().all(is_digest) || self.attachments.len() > MAX_LINKS {
            return Err(InputError::BadAttachment);
        }
        for digest in &mut self.attachments {
            *digest = digest.to_ascii_lowercase();
        }
        Ok(self)
    }
}

/// Checks the number of targets an issuer names.
pub fn check_target_count(targets: &[Target]) -> Result<(), InputError> {
    if targets.is_empty() || targets.len() > MAX_TARGETS {
        Err(InputError::BadTargetCount)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{InformationAccuracy, SourceReliability};
    use time::macros::datetime;

    fn content() -> InputContent {
        InputContent {
            title: "  Movement of the Gogi gang towards Sonipat ".into(),
            body: "Two vehicles, tonight.".into(),
            language: Language::English,
            kind: InputKind::GangMovement,
            precedence: Precedence::Immediate,
            required_action: RequiredAction::LocateAndArrest,
            grading: SourceGrading {
                reliability: SourceReliability::B,
                accuracy: InformationAccuracy::KnownToSource,
            },
            valid_until: None,
            linked: LinkedEntities::default(),
            attachments: vec![],
        }
    }

    #[test]
    fn a_good_input_is_trimmed_and_a_bad_one_refused() {
        let at = datetime!(2025-06-02 04:30 UTC);
        assert_eq!(
            content().validated(at).unwrap().title,
            "Movement of the Gogi gang towards Sonipat"
        );
        let blank = InputContent {
            title: "   ".into(),
            ..content()
        };
        assert_eq!(blank.validated(at), Err(InputError::BadTitle));
        let stale = InputContent {
            valid_until: Some(at),
            ..content()
        };
        assert_eq!(stale.validated(at), Err(InputError::ExpiredOnIssue));
        let bad_file = InputContent {
            attachments: vec!["not-a-digest".into()],
            ..content()
        };
        assert_eq!(bad_file.validated(at), Err(InputError::BadAttachment));
        assert_eq!(check_target_count(&[]), Err(InputError::BadTargetCount));
    }
}
