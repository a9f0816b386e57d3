//! How channels, members, messages and mentions map to rows.

use crate::StoreError;
use crate::codec::{from_json, from_micros, id};
use crate::visibility::{MARKING_COLUMNS, marking_from_row};
use samanvay_core::channel::{
    Channel, MemberRole, MemberSubject, Membership, Message, MessageMention,
};
use samanvay_core::document::Language;
use sqlx::Row;
use sqlx::any::AnyRow;

/// The columns of a channel, for table alias `c`.
pub(crate) fn channel_columns() -> String {
    format!(
        "c.id, {}, c.name, c.description, c.retention_days, c.last_seq, c.created_at",
        prefixed("c")
    )
}

/// The columns of a message, for table alias `m`.
pub(crate) fn message_columns() -> String {
    format!(
        "m.channel_id, m.seq, m.id, {}, m.author_name, m.reply_to, m.text, m.language, \
         m.mentions, m.attachments, m.version, m.posted_at, m.edited_at, m.deleted_at",
        prefixed("m")
    )
}

fn prefixed(t: &str) -> String {
    MARKING_COLUMNS
        .split(", ")
        .map(|c| format!("{t}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn channel_from_row(row: &AnyRow) -> Result<Channel, StoreError> {
    let retention: Option<i64> = row.try_get("retention_days")?;
    Ok(Channel {
        id: id(&row.try_get::<String, _>("id")?)?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        marking: marking_from_row(row)?,
        retention_days: retention.and_then(|d| u32::try_from(d).ok()),
        last_seq: row.try_get("last_seq")?,
        created_at: from_micros(row.try_get("created_at")?)?,
    })
}

pub(crate) fn message_from_row(row: &AnyRow) -> Result<Message, StoreError> {
    let marking = marking_from_row(row)?;
    let reply_to: Option<String> = row.try_get("reply_to")?;
    let language: String = row.try_get("language")?;
    let edited: Option<i64> = row.try_get("edited_at")?;
    let deleted: Option<i64> = row.try_get("deleted_at")?;
    Ok(Message {
        id: id(&row.try_get::<String, _>("id")?)?,
        channel: id(&row.try_get::<String, _>("channel_id")?)?,
        seq: row.try_get("seq")?,
        author: marking.owner.user,
        author_name: row.try_get("author_name")?,
        reply_to: reply_to.as_deref().map(id).transpose()?,
        text: row.try_get("text")?,
        language: Language::from_name(&language)
            .ok_or_else(|| StoreError::Corrupt(format!("language {language:?}")))?,
        marking,
        mentions: from_json(&row.try_get::<String, _>("mentions")?)?,
        attachments: from_json(&row.try_get::<String, _>("attachments")?)?,
        version: row.try_get("version")?,
        posted_at: from_micros(row.try_get("posted_at")?)?,
        edited_at: edited.map(from_micros).transpose()?,
        deleted_at: deleted.map(from_micros).transpose()?,
    })
}

pub(crate) fn membership_from_row(row: &AnyRow) -> Result<Membership, StoreError> {
    let kind: String = row.try_get("subject_kind")?;
    let subject: String = row.try_get("subject_id")?;
    let role: String = row.try_get("role")?;
    let subject = match kind.as_str() {
        "user" => MemberSubject::User(id(&subject)?),
        "unit" => MemberSubject::Unit(id(&subject)?),
        other => return Err(StoreError::Corrupt(format!("member kind {other:?}"))),
    };
    Ok(Membership {
        subject,
        role: MemberRole::from_name(&role)
            .ok_or_else(|| StoreError::Corrupt(format!("member role {role:?}")))?,
    })
}

/// The stored kind and id of a membership subject.
pub(crate) fn subject_parts(subject: &MemberSubject) -> (&'static str, String) {
    match subject {
        MemberSubject::User(user) => ("user", user.to_string()),
        MemberSubject::Unit(unit) => ("unit", unit.to_string()),
    }
}

/// The (kind, target) rows of a message's mentions; an identifier's target is
/// "kind:canonical", the form [`identifier_target`] builds for lookups.
pub(crate) fn mention_rows(mentions: &[MessageMention]) -> Vec<(&'static str, String)> {
    mentions
        .iter()
        .map(|mention| match mention {
            MessageMention::User { user } => ("user", user.to_string()),
            MessageMention::Unit { unit } => ("unit", unit.to_string()),
            MessageMention::Person { person } => ("person", person.to_string()),
            MessageMention::Identifier { identifier, .. } => {
                ("identifier", identifier_target(identifier))
            }
        })
        .collect()
}

pub(crate) fn identifier_target(identifier: &samanvay_match::Identifier) -> String {
    format!("{}:{}", identifier.kind().as_str(), identifier.canonical())
}
