//! Applies channel changes inside the writer's transaction; posts and edits append their live
//! events here, once the message's seq is known.

use super::ChannelChange;
use super::rows::{mention_rows, subject_parts};
use crate::StoreError;
use crate::codec::{json, micros};
use crate::visibility::{MARKING_CHANGES, MARKING_COLUMNS, MarkingValues, index_marking};
use samanvay_core::UserId;
use samanvay_core::channel::{
    Channel, ChannelId, Membership, Message, MessageAttachment, MessageMention,
};
use samanvay_core::event::{Audience, EventBody, NewEvent};
use samanvay_core::marking::Distribution;
use sqlx::{Any, Row, Transaction};
use time::OffsetDateTime;

pub(crate) async fn apply(
    tx: &mut Transaction<'_, Any>,
    change: &ChannelChange,
    at: OffsetDateTime,
    appended: &mut Vec<NewEvent>,
) -> Result<u64, StoreError> {
    match change {
        ChannelChange::Create {
            channel,
            members,
            by,
        } => {
            create(tx, channel, at).await?;
            for membership in members {
                set_member(tx, channel.id, membership, *by, at).await?;
            }
            Ok(1)
        }
        ChannelChange::Settings {
            channel,
            name,
            description,
            retention_days,
        } => Ok(sqlx::query(
            "UPDATE channels SET name = $1, description = $2, retention_days = $3 WHERE id = $4",
        )
        .bind(name)
        .bind(description)
        .bind(retention_days.map(i64::from))
        .bind(channel.to_string())
        .execute(&mut **tx)
        .await?
        .rows_affected()),
        ChannelChange::SetMember {
            channel,
            membership,
            by,
            audiences,
            marking,
        } => {
            set_member(tx, *channel, membership, *by, at).await?;
            appended.extend(membership_changed(*channel, audiences, marking));
            Ok(1)
        }
        ChannelChange::RemoveMember {
            channel,
            subject,
            audiences,
            marking,
        } => {
            let (kind, subject) = subject_parts(subject);
            let removed = sqlx::query(
                "DELETE FROM channel_members WHERE channel_id = $1 AND subject_kind = $2 \
                 AND subject_id = $3",
            )
            .bind(channel.to_string())
            .bind(kind)
            .bind(subject)
            .execute(&mut **tx)
            .await?
            .rows_affected();
            if removed > 0 {
                appended.extend(membership_changed(*channel, audiences, marking));
            }
            Ok(removed)
        }
        ChannelChange::Post { message, audiences } => {
            let seq = post(tx, message).await?;
            appended.extend(audiences.iter().map(|audience| {
                NewEvent {
                    audience: audience.clone(),
                    marking: Some(message.marking.clone()),
                    body: EventBody::ChannelMessage {
                        channel: message.channel,
                        message: message.id,
                        seq,
                        author: message.author,
                        author_name: message.author_name.clone(),
                        reply_to: message.reply_to,
                        text: message.text.clone(),
                        // A fellow member may not read every person the author linked: the live
                        // event carries none; clients read them from the history, filtered.
                        mentions: message
                            .mentions
                            .iter()
                            .filter(|m| !matches!(m, MessageMention::Person { .. }))
                            .cloned()
                            .collect(),
                    },
                }
            }));
            Ok(u64::try_from(seq).unwrap_or_default())
        }
        ChannelChange::Edit {
            message,
            by,
            audiences,
        } => {
            edit(tx, message, *by, at).await?;
            appended.extend(audiences.iter().map(|audience| NewEvent {
                audience: audience.clone(),
                marking: Some(message.marking.clone()),
                body: EventBody::ChannelMessageEdited {
                    channel: message.channel,
                    message: message.id,
                    seq: message.seq,
                    version: message.version,
                    text: message.text.clone(),
                    deleted: false,
                },
            }));
            Ok(1)
        }
        ChannelChange::Delete {
            channel,
            message,
            seq,
            version,
            marking,
            by,
            audiences,
        } => {
            let updated = sqlx::query(
                "UPDATE channel_messages SET text = '', mentions = '[]', attachments = '[]', \
                 version = version + 1, deleted_at = $1 WHERE id = $2 AND version = $3 AND deleted_at IS NULL",
            )
            .bind(micros(at))
            .bind(message.to_string())
            .bind(*version)
            .execute(&mut **tx)
            .await?;
            if updated.rows_affected() == 0 {
                return Err(stale());
            }
            sqlx::query("DELETE FROM channel_mentions WHERE channel_id = $1 AND seq = $2")
                .bind(channel.to_string())
                .bind(*seq)
                .execute(&mut **tx)
                .await?;
            revision(
                tx,
                &message.to_string(),
                version + 1,
                "",
                marking,
                *by,
                at,
                true,
                &[],
            )
            .await?;
            appended.extend(audiences.iter().map(|audience| NewEvent {
                audience: audience.clone(),
                marking: Some((**marking).clone()),
                body: EventBody::ChannelMessageEdited {
                    channel: *channel,
                    message: *message,
                    seq: *seq,
                    version: version + 1,
                    text: String::new(),
                    deleted: true,
                },
            }));
            Ok(1)
        }
        ChannelChange::MarkRead { channel, user, seq } => Ok(sqlx::query(
            "INSERT INTO channel_reads (channel_id, user_id, last_read_seq, read_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (channel_id, user_id) DO UPDATE \
             SET last_read_seq = $3, read_at = $4 WHERE channel_reads.last_read_seq < $3",
        )
        .bind(channel.to_string())
        .bind(user.to_string())
        .bind(*seq)
        .bind(micros(at))
        .execute(&mut **tx)
        .await?
        .rows_affected()),
    }
}

fn membership_changed(
    channel: ChannelId,
    audiences: &[Audience],
    marking: &samanvay_core::Marking,
) -> impl Iterator<Item = NewEvent> {
    audiences.iter().map(move |audience| NewEvent {
        audience: audience.clone(),
        marking: Some(marking.clone()),
        body: EventBody::ChannelMembershipChanged { channel },
    })
}

fn stale() -> StoreError {
    StoreError::Conflict(
        "the message changed since you loaded it (edited or deleted); reload it".into(),
    )
}

async fn create(
    tx: &mut Transaction<'_, Any>,
    channel: &Channel,
    at: OffsetDateTime,
) -> Result<(), StoreError> {
    let sql = format!(
        "INSERT INTO channels (id, {MARKING_COLUMNS}, name, description, retention_days, \
         last_seq, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, \
         0, $14)"
    );
    let query = sqlx::query(&sql).bind(channel.id.to_string());
    MarkingValues::of(&channel.marking)
        .bind_all(query)
        .bind(&channel.name)
        .bind(&channel.description)
        .bind(channel.retention_days.map(i64::from))
        .bind(micros(at))
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    index_marking(tx, &channel.id.to_string(), &channel.marking).await
}

async fn set_member(
    tx: &mut Transaction<'_, Any>,
    channel: ChannelId,
    membership: &Membership,
    by: UserId,
    at: OffsetDateTime,
) -> Result<(), StoreError> {
    let (kind, subject) = subject_parts(&membership.subject);
    sqlx::query(
        "INSERT INTO channel_members (channel_id, subject_kind, subject_id, role, added_by, \
         added_at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (channel_id, subject_kind, subject_id) DO UPDATE SET role = $4",
    )
    .bind(channel.to_string())
    .bind(kind)
    .bind(subject)
    .bind(membership.role.name())
    .bind(by.to_string())
    .bind(micros(at))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    Ok(())
}

/// Numbers and stores a message (posted at its `posted_at`); returns its seq.
async fn post(tx: &mut Transaction<'_, Any>, message: &Message) -> Result<i64, StoreError> {
    let row =
        sqlx::query("UPDATE channels SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq")
            .bind(message.channel.to_string())
            .fetch_optional(&mut **tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(format!("channel {}", message.channel)))?;
    let seq: i64 = row.try_get("last_seq")?;
    let sql = format!(
        "INSERT INTO channel_messages (channel_id, seq, id, {MARKING_COLUMNS}, author_name, \
         reply_to, text, language, mentions, attachments, version, posted_at) VALUES ($1, $2, \
         $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1, $19)"
    );
    let id = message.id.to_string();
    let query = sqlx::query(&sql)
        .bind(message.channel.to_string())
        .bind(seq)
        .bind(id.clone());
    MarkingValues::of(&message.marking)
        .bind_all(query)
        .bind(&message.author_name)
        .bind(message.reply_to.map(|r| r.to_string()))
        .bind(&message.text)
        .bind(message.language.name())
        .bind(json(&message.mentions))
        .bind(json(&message.attachments))
        .bind(micros(message.posted_at))
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    // A new id has no lookup rows yet; only listed agencies need any.
    if matches!(message.marking.distribution, Distribution::Agencies { .. }) {
        index_marking(tx, &id, &message.marking).await?;
    }
    insert_mentions(tx, message, seq).await?;
    // The download gate finds a file's messages through its uses.
    for file in &message.attachments {
        sqlx::query(
            "INSERT INTO attachment_uses (digest, record_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(&file.digest)
        .bind(id.clone())
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    }
    revision(
        tx,
        &id,
        1,
        &message.text,
        &message.marking,
        message.author,
        message.posted_at,
        false,
        &message.attachments,
    )
    .await?;
    Ok(seq)
}

async fn edit(
    tx: &mut Transaction<'_, Any>,
    message: &Message,
    by: UserId,
    at: OffsetDateTime,
) -> Result<(), StoreError> {
    let sql = format!(
        "UPDATE channel_messages SET {MARKING_CHANGES}, text = $7, language = $8, \
         mentions = $9, version = $10, edited_at = $11 \
         WHERE id = $12 AND version = $13 AND deleted_at IS NULL"
    );
    let id = message.id.to_string();
    let updated = MarkingValues::of(&message.marking)
        .bind_changeable(sqlx::query(&sql))
        .bind(&message.text)
        .bind(message.language.name())
        .bind(json(&message.mentions))
        .bind(message.version)
        .bind(micros(at))
        .bind(id.clone())
        .bind(message.version - 1)
        .execute(&mut **tx)
        .await?;
    if updated.rows_affected() == 0 {
        return Err(stale());
    }
    index_marking(tx, &id, &message.marking).await?;
    sqlx::query("DELETE FROM channel_mentions WHERE channel_id = $1 AND seq = $2")
        .bind(message.channel.to_string())
        .bind(message.seq)
        .execute(&mut **tx)
        .await?;
    insert_mentions(tx, message, message.seq).await?;
    let marking = &message.marking;
    revision(
        tx,
        &id,
        message.version,
        &message.text,
        marking,
        by,
        at,
        false,
        &message.attachments,
    )
    .await
}

async fn insert_mentions(
    tx: &mut Transaction<'_, Any>,
    message: &Message,
    seq: i64,
) -> Result<(), StoreError> {
    for (kind, target) in mention_rows(&message.mentions) {
        sqlx::query(
            "INSERT INTO channel_mentions (target, kind, channel_id, seq) VALUES ($1, $2, $3, $4) \
             ON CONFLICT DO NOTHING",
        )
        .bind(target)
        .bind(kind)
        .bind(message.channel.to_string())
        .bind(seq)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)] // one row's columns, named at the call
async fn revision(
    tx: &mut Transaction<'_, Any>,
    message: &str,
    version: i64,
    text: &str,
    marking: &samanvay_core::Marking,
    by: UserId,
    at: OffsetDateTime,
    deleted: bool,
    attachments: &[MessageAttachment],
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO channel_message_revisions (message_id, version, text, marking, by_user, \
         at, deleted, attachments) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(message)
    .bind(version)
    .bind(text)
    .bind(json(marking))
    .bind(by.to_string())
    .bind(micros(at))
    .bind(i64::from(deleted))
    .bind(json(&attachments))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    Ok(())
}
