//! What leaves a channel: the export of a conversation for a case file (audited), the archive
//! auditors read (every message whatever its age, with every revision, deleted ones included),
//! and "promote to input" — a message turned into a prefilled input draft.

use crate::auth::SignedIn;
use crate::channels::{channel_event, hide_unreadable_persons, message_event, open_channel};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::audit::AuditAction;
use samanvay_core::channel::{
    Channel, ChannelId, MemberSubject, Membership, Message, MessageId, MessageMention,
    MessageRevision,
};
use samanvay_core::document::Language;
use samanvay_core::input::{LinkedEntities, Target};
use samanvay_core::marking::MarkingRequest;
use samanvay_core::{Seen, UserId};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(export_channel))
        .routes(routes!(channel_archive))
        .routes(routes!(input_draft))
}

/// The most messages one export carries.
const EXPORT_CAP: i64 = 100_000;
const PAGE: i64 = 1_000;

/// A conversation for a case file: what the exporting member may read, oldest first.
#[derive(Serialize, ToSchema)]
pub struct ChannelExport {
    pub channel: Channel,
    pub members: Vec<Membership>,
    pub messages: Vec<Message>,
    /// The export stopped at 100,000 messages.
    pub truncated: bool,
    pub exported_by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    pub exported_at: OffsetDateTime,
}

/// Exports the channel's conversation within its retention, as the member may read it. The
/// export is audited with the number of messages.
#[utoipa::path(get, path = "/api/v1/channels/{id}/export", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path)),
    responses((status = 200, body = ChannelExport), (status = 404, body = crate::error::Problem)))]
async fn export_channel(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
) -> ApiResult<Json<ChannelExport>> {
    let view = open_channel(&state, &who, id).await?;
    let now = state.clock.now();
    let since = view.channel.view_starts(now);
    let mut messages: Vec<Message> = Vec::new();
    let mut after = 0;
    loop {
        let page = state
            .store
            .channel_messages_after(&who.viewer, id, after, since, PAGE)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        let full = page.len() as i64 == PAGE;
        messages.extend(page.into_iter().filter(|m| m.deleted_at.is_none()));
        if !full || messages.len() as i64 >= EXPORT_CAP {
            break;
        }
    }
    let truncated = messages.len() as i64 >= EXPORT_CAP;
    messages.truncate(EXPORT_CAP as usize);
    hide_unreadable_persons(&state, &who, &mut messages.iter_mut().collect::<Vec<_>>()).await?;
    let detail = format!("exported {} messages for a case file", messages.len());
    let event = channel_event(&who, AuditAction::Export, &view.channel, detail);
    state.audit(vec![event]).await?;
    Ok(Json(ChannelExport {
        channel: view.channel,
        members: view.members,
        messages,
        truncated,
        exported_by: who.user.id,
        exported_at: now,
    }))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ArchiveQuery {
    /// Messages after this seq; from the first when absent.
    pub after: Option<i64>,
    /// 1–200, default 50.
    pub limit: Option<i64>,
}

/// A message as the archive keeps it: the current state and every revision the auditor may read.
#[derive(Serialize, ToSchema)]
pub struct ArchivedMessage {
    pub message: Message,
    pub revisions: Vec<MessageRevision>,
}

#[derive(Serialize, ToSchema)]
pub struct ChannelArchive {
    pub channel: Channel,
    pub messages: Vec<ArchivedMessage>,
    /// More follow: ask again with `after` = the last message's seq.
    pub has_more: bool,
}

/// The audited archive of a channel for auditors: every message regardless of retention,
/// deleted ones and every revision included, each through the gate. Auditors need not be
/// members, but must pass the gate on the channel's marking.
#[utoipa::path(get, path = "/api/v1/channels/{id}/archive", tag = "channels",
    security(("session" = ["auditor"])), params(("id" = ChannelId, Path), ArchiveQuery),
    responses((status = 200, body = ChannelArchive), (status = 404, body = crate::error::Problem)))]
async fn channel_archive(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Query(query): Query<ArchiveQuery>,
) -> ApiResult<Json<ChannelArchive>> {
    let limit = query.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::bad_request("limit must be 1–200."));
    }
    let Seen::Full(channel) = state.store.channel(&who.viewer, id).await? else {
        return Err(ApiError::not_found());
    };
    let after = query.after.unwrap_or(0);
    let mut page = state
        .store
        .channel_messages_after(&who.viewer, id, after, None, limit + 1)
        .await?;
    let has_more = page.len() as i64 > limit;
    page.truncate(limit as usize);
    hide_unreadable_persons(&state, &who, &mut page.iter_mut().collect::<Vec<_>>()).await?;
    let mut messages = Vec::with_capacity(page.len());
    let mut events = vec![channel_event(&who, AuditAction::Read, &channel, "archive")];
    for message in page {
        let revisions = state
            .store
            .message_revisions(&who.viewer, message.id)
            .await?;
        events.push(message_event(&who, AuditAction::Read, &message, "archive"));
        messages.push(ArchivedMessage { message, revisions });
    }
    state.audit(events).await?;
    Ok(Json(ChannelArchive {
        channel,
        messages,
        has_more,
    }))
}

/// A tracked input prefilled from a message. The client completes it — kind, precedence,
/// required action, source grading, and targets as it wishes — and sends it as the body of
/// `POST /api/v1/inputs` (analysts and supervisors).
#[derive(Serialize, ToSchema)]
pub struct InputDraft {
    pub title: String,
    pub body: String,
    pub language: Language,
    /// The register persons the message mentions.
    pub linked: LinkedEntities,
    /// The channel's units, as a starting point.
    pub targets: Vec<Target>,
    /// The message's own marking.
    pub marking: MarkingRequest,
    /// Where the draft came from.
    pub source_channel: ChannelId,
    pub source_message: MessageId,
}

/// Turns a message into a prefilled input draft ("promote to input"). Members only; the
/// message must be one the viewer may read.
#[utoipa::path(get, path = "/api/v1/channels/{id}/messages/{message}/input-draft",
    tag = "channels", security(("session" = [])),
    params(("id" = ChannelId, Path), ("message" = MessageId, Path)),
    responses((status = 200, body = InputDraft), (status = 404, body = crate::error::Problem)))]
async fn input_draft(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, message_id)): Path<(ChannelId, MessageId)>,
) -> ApiResult<Json<InputDraft>> {
    let view = open_channel(&state, &who, id).await?;
    let mut message = match state.store.channel_message(&who.viewer, message_id).await? {
        Seen::Full(m) if m.channel == id && m.deleted_at.is_none() => m,
        _ => return Err(ApiError::not_found()),
    };
    hide_unreadable_persons(&state, &who, &mut [&mut message]).await?;
    let event = message_event(
        &who,
        AuditAction::Read,
        &message,
        "promoted to an input draft",
    );
    state.audit(vec![event]).await?;
    let title: String = message
        .text
        .lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect();
    let body = format!(
        "{}\n\n— {}, channel \"{}\", message {} ({})",
        message.text,
        message.author_name,
        view.channel.name,
        message.seq,
        message
            .posted_at
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    );
    let persons = message
        .mentions
        .iter()
        .filter_map(|m| match m {
            MessageMention::Person { person } => Some(*person),
            _ => None,
        })
        .collect();
    let targets = view
        .members
        .iter()
        .filter_map(|m| match m.subject {
            MemberSubject::Unit(unit) => Some(Target::Unit {
                unit,
                include_sub_units: false,
            }),
            MemberSubject::User(_) => None,
        })
        .collect();
    let marking = MarkingRequest {
        classification: message.marking.classification,
        distribution: message.marking.distribution.clone(),
        handling: message.marking.handling.clone(),
        pointer: message.marking.pointer,
    };
    Ok(Json(InputDraft {
        title,
        body,
        language: message.language,
        linked: LinkedEntities {
            persons,
            organisations: Vec::new(),
        },
        targets,
        marking,
        source_channel: id,
        source_message: message_id,
    }))
}
