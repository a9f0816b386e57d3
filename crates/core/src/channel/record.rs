//! The channel itself: a name, the unit that created it, the marking that caps its messages
//! and how long messages stay in its view.

use super::ChannelId;
use crate::marking::Marking;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

/// The longest retention a channel may set (ten years); `None` keeps messages in view forever.
pub const MAX_RETENTION_DAYS: u32 = 3650;

/// A coordination channel. Its marking's owner is the creating agency, unit and user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Channel {
    pub id: ChannelId,
    /// e.g. "Outer North Delhi – Sonipat – Baghpat border".
    pub name: String,
    pub description: String,
    /// Caps every message: none may be classified higher or distributed wider.
    pub marking: Marking,
    /// Messages older than this many days leave the channel's view (history, search, unread
    /// counts, export) but stay in the audited archive.
    pub retention_days: Option<u32>,
    /// Messages posted so far; the next one gets `last_seq + 1`.
    pub last_seq: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

/// Why a channel's fields were refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChannelError {
    #[error("A channel needs a name of 1–120 characters.")]
    Name,
    #[error("A channel's description is at most 1,000 characters.")]
    Description,
    #[error("Retention is 1–3650 days, or absent to keep messages in view.")]
    Retention,
}

/// The name trimmed, or why it cannot be a channel's name.
pub fn validated_name(name: &str) -> Result<String, ChannelError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(ChannelError::Name);
    }
    Ok(name.to_string())
}

impl Channel {
    /// Checks the description and retention a creator or owner gives.
    pub fn check_settings(description: &str, retention: Option<u32>) -> Result<(), ChannelError> {
        if description.chars().count() > 1000 {
            return Err(ChannelError::Description);
        }
        if retention.is_some_and(|days| days == 0 || days > MAX_RETENTION_DAYS) {
            return Err(ChannelError::Retention);
        }
        Ok(())
    }

    /// The oldest posting time still in the channel's view at `now`, if retention applies.
    pub fn view_starts(&self, now: OffsetDateTime) -> Option<OffsetDateTime> {
        self.retention_days
            .map(|days| now - time::Duration::days(i64::from(days)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(validated_name("  Singhu border ").unwrap(), "Singhu border");
        assert_eq!(validated_name("   "), Err(ChannelError::Name));
        assert_eq!(validated_name(&"स".repeat(121)), Err(ChannelError::Name));
        assert!(validated_name(&"स".repeat(120)).is_ok());
    }

    #[test]
    fn retention_is_bounded() {
        assert!(Channel::check_settings("", Some(30)).is_ok());
        assert!(Channel::check_settings("", None).is_ok());
        assert_eq!(
            Channel::check_settings("", Some(0)),
            Err(ChannelError::Retention)
        );
    }
}
