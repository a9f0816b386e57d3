//! Documents: the shared library of best practices and standing orders.

use crate::ids::{DocumentId, UserId};
use crate::marking::Marking;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    English,
    Hindi,
    /// Hindi and English in one text, as officers often write.
    Mixed,
}

impl Language {
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "english",
            Language::Hindi => "hindi",
            Language::Mixed => "mixed",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [Self::English, Self::Hindi, Self::Mixed]
            .into_iter()
            .find(|l| l.name() == name)
    }
}

/// The editable content of a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DocumentContent {
    pub title: String,
    /// Markdown.
    pub body: String,
    pub tags: Vec<String>,
    pub language: Language,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Document {
    pub id: DocumentId,
    pub marking: Marking,
    #[serde(flatten)]
    pub content: DocumentContent,
    /// 1 for a new document, one more for every edit.
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
}

/// A past state of a document, kept for every edit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct DocumentVersion {
    pub document: DocumentId,
    pub version: i64,
    #[serde(flatten)]
    pub content: DocumentContent,
    pub marking: Marking,
    pub changed_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub changed_at: OffsetDateTime,
}

/// Limits that keep a document a document.
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_BODY_BYTES: usize = 512 * 1024;
pub const MAX_TAGS: usize = 20;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("the title must not be empty")]
    EmptyTitle,
    #[error("the title must be at most {MAX_TITLE_CHARS} characters")]
    TitleTooLong,
    #[error("the body must be at most {MAX_BODY_BYTES} bytes")]
    BodyTooLong,
    #[error("at most {MAX_TAGS} tags, each 1 to 50 characters")]
    BadTags,
}

impl DocumentContent {
    /// Trims the title and tags and checks the limits.
    pub fn validated(mut self) -> Result<Self, DocumentError> {
        self.title = self.title.trim().to_string();
        if self.title.is_empty() {
            return Err(DocumentError::EmptyTitle);
        }
        if self.title.chars().count() > MAX_TITLE_CHARS {
            return Err(DocumentError::TitleTooLong);
        }
        if self.body.len() > MAX_BODY_BYTES {
            return Err(DocumentError::BodyTooLong);
        }
        self.tags = self.tags.iter().map(|t| t.trim().to_lowercase()).collect();
        self.tags.dedup();
        let bad_tag = |t: &String| t.is_empty() || t.chars().count() > 50;
        if self.tags.len() > MAX_TAGS || self.tags.iter().any(bad_tag) {
            return Err(DocumentError::BadTags);
        }
        Ok(self)
    }
}
