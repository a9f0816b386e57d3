//! Searching what was said: words across every channel the viewer may read, and the messages
//! that mention a register entity. A message is found only if the viewer is a member of its
//! channel now, may read the channel and the message, and the message is within the channel's
//! retention.

use super::reads::listed;
use super::rows::{identifier_target, message_columns, message_from_row};
use crate::codec::micros;
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::channel::{ChannelId, Message};
use samanvay_core::{PersonId, Viewer};
use samanvay_match::Identifier;
use sqlx::Row;
use time::OffsetDateTime;

/// A search of messages.
#[derive(Clone, Debug)]
pub struct MessageSearch {
    /// Words that must all appear in the text, in any order (case-insensitive).
    pub words: Vec<String>,
    /// Only this channel.
    pub channel: Option<ChannelId>,
    pub limit: i64,
}

/// A message found, with its channel's name.
#[derive(Clone, Debug)]
pub struct MentionHit {
    pub channel_name: String,
    pub message: Message,
}

/// The conditions every found message meets, for aliases `c` (channel) and `m` (message), with
/// the viewer's agency, clearance, user, unit and the current time bound at `$1`…`$5`.
pub(super) fn readable_here() -> String {
    format!(
        "{} AND {} AND {} AND m.deleted_at IS NULL AND \
         (c.retention_days IS NULL OR m.posted_at >= $5 - c.retention_days * 86400000000)",
        full_access("c", 1, 2),
        listed(3, 4),
        full_access("m", 1, 2),
    )
}

impl Store {
    /// Messages containing every word, newest first.
    pub async fn search_channel_messages(
        &self,
        viewer: &Viewer,
        search: &MessageSearch,
        now: OffsetDateTime,
    ) -> Result<Vec<MentionHit>, StoreError> {
        let mut conditions = vec![readable_here()];
        let mut next = 6;
        for _ in &search.words {
            conditions.push(format!("LOWER(m.text) LIKE ${next} ESCAPE '\\'"));
            next += 1;
        }
        if search.channel.is_some() {
            conditions.push(format!("c.id = ${next}"));
            next += 1;
        }
        let sql = format!(
            "SELECT {}, c.name AS channel_name FROM channel_messages m \
             JOIN channels c ON c.id = m.channel_id WHERE {} \
             ORDER BY m.posted_at DESC, m.seq DESC LIMIT ${next}",
            message_columns(),
            conditions.join(" AND ")
        );
        let (agency, clearance) = viewer_binds(viewer);
        let mut query = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(viewer.user.to_string())
            .bind(viewer.unit.to_string())
            .bind(micros(now));
        for word in &search.words {
            query = query.bind(format!("%{}%", escape_like(&word.to_lowercase())));
        }
        if let Some(channel) = search.channel {
            query = query.bind(channel.to_string());
        }
        let rows = query.bind(search.limit).fetch_all(&self.pool).await?;
        rows.iter().map(hit_from_row).collect()
    }

    /// Messages mentioning a register person, newest first.
    pub async fn messages_mentioning_person(
        &self,
        viewer: &Viewer,
        person: PersonId,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<MentionHit>, StoreError> {
        self.mentioning(viewer, "person", person.to_string(), now, limit)
            .await
    }

    /// Messages mentioning an identifier, however it was written, newest first.
    pub async fn messages_mentioning_identifier(
        &self,
        viewer: &Viewer,
        identifier: &Identifier,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<MentionHit>, StoreError> {
        self.mentioning(
            viewer,
            "identifier",
            identifier_target(identifier),
            now,
            limit,
        )
        .await
    }

    async fn mentioning(
        &self,
        viewer: &Viewer,
        kind: &str,
        target: String,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<MentionHit>, StoreError> {
        let sql = format!(
            "SELECT {}, c.name AS channel_name FROM channel_mentions x \
             JOIN channel_messages m ON m.channel_id = x.channel_id AND m.seq = x.seq \
             JOIN channels c ON c.id = m.channel_id \
             WHERE x.target = $6 AND x.kind = $7 AND {} \
             ORDER BY m.posted_at DESC, m.seq DESC LIMIT $8",
            message_columns(),
            readable_here()
        );
        let (agency, clearance) = viewer_binds(viewer);
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(viewer.user.to_string())
            .bind(viewer.unit.to_string())
            .bind(micros(now))
            .bind(target)
            .bind(kind)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(hit_from_row).collect()
    }
}

fn hit_from_row(row: &sqlx::any::AnyRow) -> Result<MentionHit, StoreError> {
    Ok(MentionHit {
        channel_name: row.try_get("channel_name")?,
        message: message_from_row(row)?,
    })
}

/// A word searched for literally: `%` and `_` in it match themselves.
pub(super) fn escape_like(word: &str) -> String {
    word.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
