//! A message: text in Hindi, English or both, optionally a reply, with its own marking and the
//! entities it mentions. Edits and deletions keep every earlier text for auditors.

use super::{ChannelId, MessageAttachment, MessageId, MessageMention};
use crate::document::Language;
use crate::ids::UserId;
use crate::marking::Marking;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// The longest message, in characters (a long WhatsApp-style report fits).
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// A message as its readers see it. A deleted message keeps its place in the conversation
/// (replies still point at it) but shows no text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Message {
    pub id: MessageId,
    pub channel: ChannelId,
    /// Position in the channel: 1 for the first message, one more for each after it.
    pub seq: i64,
    pub author: UserId,
    /// The author's display name and post when the message was written.
    pub author_name: String,
    pub reply_to: Option<MessageId>,
    /// Empty once deleted.
    pub text: String,
    /// Read from the text's scripts.
    pub language: Language,
    pub marking: Marking,
    pub mentions: Vec<MessageMention>,
    /// Files it carries; none once deleted.
    #[serde(default)]
    pub attachments: Vec<MessageAttachment>,
    /// 1 when posted, one more per edit.
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub posted_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub edited_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339::option")]
    pub deleted_at: Option<OffsetDateTime>,
}

/// One past state of a message, kept for every post, edit and deletion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MessageRevision {
    pub message: MessageId,
    pub version: i64,
    pub text: String,
    pub marking: Marking,
    pub by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Whether this revision deleted the message.
    pub deleted: bool,
    /// The files the message carried in this revision; kept when the message is deleted.
    #[serde(default)]
    pub attachments: Vec<MessageAttachment>,
}

/// Why a message's text was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("A message needs some text.")]
    Empty,
    #[error("A message is at most 4,000 characters; split it or attach a file.")]
    TooLong,
    #[error("A message may not contain control characters.")]
    ControlCharacters,
}

/// The text trimmed, or why it cannot be posted.
pub fn validated_text(text: &str) -> Result<String, MessageError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(MessageError::Empty);
    }
    if text.chars().count() > MAX_MESSAGE_CHARS {
        return Err(MessageError::TooLong);
    }
    // Newlines and tabs are how officers lay out a report; other controls only hide things.
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(MessageError::ControlCharacters);
    }
    Ok(text.to_string())
}

/// The language of a text from its letters: Devanagari, Latin, or both.
pub fn language_of(text: &str) -> Language {
    let devanagari = text.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    let latin = text.chars().any(|c| c.is_ascii_alphabetic());
    match (devanagari, latin) {
        (true, true) => Language::Mixed,
        (true, false) => Language::Hindi,
        _ => Language::English,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_checked() {
        assert_eq!(validated_text("  नाका लगा है \n").unwrap(), "नाका लगा है");
        assert_eq!(validated_text(" \n "), Err(MessageError::Empty));
        assert_eq!(
            validated_text(&"a".repeat(MAX_MESSAGE_CHARS + 1)),
            Err(MessageError::TooLong)
        );
        assert_eq!(
            validated_text("hidden\u{0007}bell"),
            Err(MessageError::ControlCharacters)
        );
        assert!(validated_text("line one\nline two").is_ok());
    }

    #[test]
    fn language_follows_the_scripts() {
        assert_eq!(language_of("Naka at Singhu"), Language::English);
        assert_eq!(language_of("सिंघु पर नाका"), Language::Hindi);
        assert_eq!(language_of("गाड़ी HR26 AB-1234 देखी"), Language::Mixed);
    }
}
