//! Reading channels: one channel through the gate, its member entries, the channels a viewer
//! belongs to with unread counts, and history pages. Messages pass the SQL form of the gate
//! one by one, so a message marked above the viewer is skipped even in a channel it may read.

use super::rows::{
    channel_columns, channel_from_row, membership_from_row, message_columns, message_from_row,
};
use crate::codec::{from_json, from_micros, id, micros};
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::channel::{
    Channel, ChannelId, MemberRole, Membership, Message, MessageId, MessageRevision, resolve_role,
};
use samanvay_core::{Seen, UnitId, UserId, Viewer};
use sqlx::Row;
use time::OffsetDateTime;

/// Unread counts stop here: "999+" is all a badge needs, and counting stays cheap.
const UNREAD_CAP: i64 = 999;

/// A channel in the viewer's list.
#[derive(Clone, Debug)]
pub struct ChannelListing {
    pub channel: Channel,
    pub role: MemberRole,
    /// Messages after the viewer's read position that it may read, by others, up to 999.
    pub unread: i64,
    pub last_read_seq: i64,
}

/// Up to `limit` messages before a seq, oldest first, and whether older ones exist.
#[derive(Clone, Debug)]
pub struct HistoryPage {
    pub messages: Vec<Message>,
    pub has_more: bool,
}

/// SQL true where the viewer (user at `$user`, unit at `$unit`) is listed in channel `c`.
pub(crate) fn listed(user: usize, unit: usize) -> String {
    format!(
        "EXISTS (SELECT 1 FROM channel_members cm WHERE cm.channel_id = c.id AND \
         ((cm.subject_kind = 'user' AND cm.subject_id = ${user}) OR \
          (cm.subject_kind = 'unit' AND cm.subject_id = ${unit})))"
    )
}

impl Store {
    /// One channel, through the gate (membership is the caller's second check).
    pub async fn channel(
        &self,
        viewer: &Viewer,
        channel: ChannelId,
    ) -> Result<Seen<Channel>, StoreError> {
        let sql = format!(
            "SELECT {} FROM channels c WHERE c.id = $1",
            channel_columns()
        );
        let row = sqlx::query(&sql)
            .bind(channel.to_string())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(Seen::Hidden);
        };
        let channel = channel_from_row(&row)?;
        let marking = channel.marking.clone();
        Ok(viewer.see(&marking, channel))
    }

    /// The channel's membership entries.
    pub async fn channel_members(&self, channel: ChannelId) -> Result<Vec<Membership>, StoreError> {
        let rows = sqlx::query(
            "SELECT subject_kind, subject_id, role FROM channel_members WHERE channel_id = $1 \
             ORDER BY subject_kind, subject_id",
        )
        .bind(channel.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(membership_from_row).collect()
    }

    /// The channels the viewer may read and is a member of (listed, or posted to a listed
    /// unit now), by name, with its role and unread count.
    pub async fn my_channels(
        &self,
        viewer: &Viewer,
        now: OffsetDateTime,
    ) -> Result<Vec<ChannelListing>, StoreError> {
        let sql = format!(
            "SELECT {}, COALESCE(r.last_read_seq, 0) AS last_read FROM channels c \
             LEFT JOIN channel_reads r ON r.channel_id = c.id AND r.user_id = $3 \
             WHERE {} AND {} ORDER BY c.name, c.id",
            channel_columns(),
            full_access("c", 1, 2),
            listed(3, 4),
        );
        let (agency, clearance) = viewer_binds(viewer);
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(viewer.user.to_string())
            .bind(viewer.unit.to_string())
            .fetch_all(&self.pool)
            .await?;
        let mut listings = Vec::with_capacity(rows.len());
        for row in &rows {
            let channel = channel_from_row(row)?;
            let last_read_seq: i64 = row.try_get("last_read")?;
            let members = self.channel_members(channel.id).await?;
            let Some(role) = resolve_role(&members, viewer.user, viewer.unit) else {
                continue;
            };
            let unread = self.unread(viewer, &channel, last_read_seq, now).await?;
            listings.push(ChannelListing {
                channel,
                role,
                unread,
                last_read_seq,
            });
        }
        Ok(listings)
    }

    async fn unread(
        &self,
        viewer: &Viewer,
        channel: &Channel,
        after: i64,
        now: OffsetDateTime,
    ) -> Result<i64, StoreError> {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM (SELECT 1 FROM channel_messages m WHERE m.channel_id = $3 \
             AND m.seq > $4 AND m.owner_user <> $5 AND m.deleted_at IS NULL \
             AND m.posted_at >= $6 AND {} LIMIT {UNREAD_CAP}) AS unread",
            full_access("m", 1, 2)
        );
        let (agency, clearance) = viewer_binds(viewer);
        let row = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(channel.id.to_string())
            .bind(after)
            .bind(viewer.user.to_string())
            .bind(channel.view_starts(now).map_or(i64::MIN, micros))
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get("n")?)
    }

    /// Up to `limit` messages of the channel before seq `before` (the latest if `None`) that
    /// the viewer may read, posted at or after `since`, oldest first. The caller has checked
    /// that the viewer may read the channel.
    pub async fn channel_history(
        &self,
        viewer: &Viewer,
        channel: ChannelId,
        before: Option<i64>,
        since: Option<OffsetDateTime>,
        limit: i64,
    ) -> Result<HistoryPage, StoreError> {
        let sql = format!(
            "SELECT {} FROM channel_messages m WHERE m.channel_id = $3 AND m.seq < $4 \
             AND m.posted_at >= $5 AND {} ORDER BY m.seq DESC LIMIT $6",
            message_columns(),
            full_access("m", 1, 2)
        );
        let (agency, clearance) = viewer_binds(viewer);
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(channel.to_string())
            .bind(before.unwrap_or(i64::MAX))
            .bind(since.map_or(i64::MIN, micros))
            .bind(limit + 1)
            .fetch_all(&self.pool)
            .await?;
        let has_more = rows.len() as i64 > limit;
        let mut messages = rows
            .iter()
            .take(limit as usize)
            .map(message_from_row)
            .collect::<Result<Vec<_>, _>>()?;
        messages.reverse();
        Ok(HistoryPage { messages, has_more })
    }

    /// Messages after seq `after` the viewer may read, oldest first, whatever their age: the
    /// archive auditors read and the export of a channel.
    pub async fn channel_messages_after(
        &self,
        viewer: &Viewer,
        channel: ChannelId,
        after: i64,
        since: Option<OffsetDateTime>,
        limit: i64,
    ) -> Result<Vec<Message>, StoreError> {
        let sql = format!(
            "SELECT {} FROM channel_messages m WHERE m.channel_id = $3 AND m.seq > $4 \
             AND m.posted_at >= $5 AND {} ORDER BY m.seq LIMIT $6",
            message_columns(),
            full_access("m", 1, 2)
        );
        let (agency, clearance) = viewer_binds(viewer);
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(channel.to_string())
            .bind(after)
            .bind(since.map_or(i64::MIN, micros))
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(message_from_row).collect()
    }

    /// One message, through the gate.
    pub async fn channel_message(
        &self,
        viewer: &Viewer,
        message: MessageId,
    ) -> Result<Seen<Message>, StoreError> {
        let sql = format!(
            "SELECT {} FROM channel_messages m WHERE m.id = $1",
            message_columns()
        );
        let row = sqlx::query(&sql)
            .bind(message.to_string())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(Seen::Hidden);
        };
        let message = message_from_row(&row)?;
        let marking = message.marking.clone();
        Ok(viewer.see(&marking, message))
    }

    /// Every revision of a message that the viewer may read, oldest first; each revision is
    /// gated by its own marking.
    pub async fn message_revisions(
        &self,
        viewer: &Viewer,
        message: MessageId,
    ) -> Result<Vec<MessageRevision>, StoreError> {
        let rows = sqlx::query(
            "SELECT version, text, marking, by_user, at, deleted, attachments \
             FROM channel_message_revisions \
             WHERE message_id = $1 ORDER BY version",
        )
        .bind(message.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut revisions = Vec::with_capacity(rows.len());
        for row in &rows {
            let marking: samanvay_core::Marking = from_json(&row.try_get::<String, _>("marking")?)?;
            if viewer.visibility(&marking) != samanvay_core::Visibility::Full {
                continue;
            }
            revisions.push(MessageRevision {
                message,
                version: row.try_get("version")?,
                text: row.try_get("text")?,
                marking,
                by: id(&row.try_get::<String, _>("by_user")?)?,
                at: from_micros(row.try_get("at")?)?,
                deleted: row.try_get::<i64, _>("deleted")? == 1,
                attachments: from_json(&row.try_get::<String, _>("attachments")?)?,
            });
        }
        Ok(revisions)
    }

    /// How far each member has read: (user, last read seq, when), most recent first.
    pub async fn read_receipts(
        &self,
        channel: ChannelId,
    ) -> Result<Vec<(UserId, i64, OffsetDateTime)>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id, last_read_seq, read_at FROM channel_reads WHERE channel_id = $1 \
             ORDER BY read_at DESC",
        )
        .bind(channel.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    id(&row.try_get::<String, _>("user_id")?)?,
                    row.try_get("last_read_seq")?,
                    from_micros(row.try_get("read_at")?)?,
                ))
            })
            .collect()
    }

    /// The accounts (but disabled ones) posted to any of these units now.
    pub async fn users_posted_to(&self, units: &[UnitId]) -> Result<Vec<UserId>, StoreError> {
        let mut users = Vec::new();
        for chunk in units.chunks(500) {
            let params: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT id FROM users WHERE status <> 'disabled' AND unit_id IN ({})",
                params.join(", ")
            );
            let mut query = sqlx::query(&sql);
            for unit in chunk {
                query = query.bind(unit.to_string());
            }
            for row in query.fetch_all(&self.pool).await? {
                users.push(id(&row.try_get::<String, _>("id")?)?);
            }
        }
        Ok(users)
    }

    /// The id of the account with this username, for `@username` mentions.
    pub async fn user_id_by_username(&self, username: &str) -> Result<Option<UserId>, StoreError> {
        let row = sqlx::query("SELECT id FROM users WHERE username = $1")
            .bind(username)
            .fetch_optional(&self.pool)
            .await?;
        row.map(|r| id(&r.try_get::<String, _>("id")?)).transpose()
    }
}
