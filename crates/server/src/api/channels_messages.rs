//! Talking in a channel: the history page (the last 50 before a cursor), posting and replying,
//! editing and deleting (every revision kept for auditors), and marking what one has read.
//! A message's marking is checked against the author's clearance and capped by the channel's;
//! a refused message is not stored. Each post appends the live event for the members.

use crate::api::marked::checked_marking;
use crate::attachments::may_fetch;
use crate::auth::SignedIn;
use crate::channels::{
    MemberView, MentionLink, audiences, channel_event, hide_unreadable_persons, message_event,
    open_channel, resolve_mentions,
};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::Seen;
use samanvay_core::audit::AuditAction;
use samanvay_core::channel::{
    ChannelId, MemberRole, Message, MessageAttachment, MessageId, check_cap, default_distribution,
    language_of, validated_digests, validated_text,
};
use samanvay_core::marking::{Marking, MarkingRequest, Owner};
use samanvay_store::{Change, ChannelChange, Job};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(history, post_message))
        .routes(routes!(edit_message, delete_message))
        .routes(routes!(mark_read))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct HistoryQuery {
    /// Messages before this seq; the latest when absent.
    pub before: Option<i64>,
    /// 1–200, default 50.
    pub limit: Option<i64>,
}

/// A page of a conversation, oldest first.
#[derive(Serialize, ToSchema)]
pub struct HistoryPage {
    pub messages: Vec<Message>,
    /// Older messages exist: ask again with `before` = the first message's seq.
    pub has_more: bool,
}

/// The last messages before a cursor that the viewer may read, within the channel's
/// retention, oldest first. Members only; the page is audited as one read of the channel.
#[utoipa::path(get, path = "/api/v1/channels/{id}/messages", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path), HistoryQuery),
    responses((status = 200, body = HistoryPage), (status = 404, body = crate::error::Problem)))]
async fn history(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Query(query): Query<HistoryQuery>,
) -> ApiResult<Json<HistoryPage>> {
    let limit = query.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) || query.before.is_some_and(|b| b < 1) {
        return Err(ApiError::bad_request(
            "limit must be 1–200 and before a seq of 1 or more.",
        ));
    }
    let view = open_channel(&state, &who, id).await?;
    let since = view.channel.view_starts(state.clock.now());
    let mut page = state
        .store
        .channel_history(&who.viewer, id, query.before, since, limit)
        .await?;
    hide_unreadable_persons(
        &state,
        &who,
        &mut page.messages.iter_mut().collect::<Vec<_>>(),
    )
    .await?;
    let detail = match (page.messages.first(), page.messages.last()) {
        (Some(first), Some(last)) => format!("history seq {}–{}", first.seq, last.seq),
        _ => "history (empty page)".to_string(),
    };
    let event = channel_event(&who, AuditAction::Read, &view.channel, detail);
    state.audit(vec![event]).await?;
    Ok(Json(HistoryPage {
        messages: page.messages,
        has_more: page.has_more,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// Hindi, English or both; identifiers and `@username`s in it are recognised.
    pub text: String,
    /// The message this one replies to, in the same channel.
    pub reply_to: Option<MessageId>,
    /// No higher and no wider than the channel's; absent means the channel's own, said from
    /// the author's agency.
    pub marking: Option<MarkingRequest>,
    /// Users, units and register persons the author picked.
    #[serde(default)]
    pub links: Vec<MentionLink>,
    /// Files uploaded first (`POST /api/v1/attachments`), named by digest; at most 10. With
    /// files, the text may be empty.
    #[serde(default)]
    pub attachments: Vec<String>,
}

/// Posts a message (or a reply). Members and owners, not read-only members.
#[utoipa::path(post, path = "/api/v1/channels/{id}/messages", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path)), request_body = NewMessage,
    responses((status = 201, body = Message), (status = 403, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn post_message(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Json(request): Json<NewMessage>,
) -> ApiResult<(StatusCode, Json<Message>)> {
    let view = open_channel(&state, &who, id).await?;
    view.require(MemberRole::Member, "post")?;
    let attachments = message_attachments(&state, &who, &request.attachments).await?;
    let text = if attachments.is_empty() || !request.text.trim().is_empty() {
        validated_text(&request.text).map_err(|e| ApiError::invalid(e.to_string()))?
    } else {
        String::new()
    };
    let marking = message_marking(&state, &who, &view, request.marking).await?;
    if let Some(parent) = request.reply_to {
        let Seen::Full(parent) = state.store.channel_message(&who.viewer, parent).await? else {
            return Err(ApiError::invalid(
                "The message replied to is not in this channel.",
            ));
        };
        if parent.channel != id {
            return Err(ApiError::invalid(
                "The message replied to is not in this channel.",
            ));
        }
    }
    let mentions = resolve_mentions(&state, &who, &text, &request.links).await?;
    let now = state.clock.now();
    let mut message = Message {
        id: MessageId::new(),
        channel: id,
        seq: 0,
        author: who.user.id,
        author_name: format!("{} ({})", who.user.display_name, who.user.post),
        reply_to: request.reply_to,
        language: language_of(&text),
        text,
        marking,
        mentions,
        attachments,
        version: 1,
        posted_at: now,
        edited_at: None,
        deleted_at: None,
    };
    let event = message_event(&who, AuditAction::Create, &message, "posted");
    let change = ChannelChange::Post {
        message: Box::new(message.clone()),
        audiences: audiences(&state, &view.members).await?,
    };
    let job = Job::new(now).change(Change::Channel(change)).event(event);
    let committed = state.store.commit(job).await?;
    message.seq = committed.rows.first().copied().unwrap_or_default() as i64;
    Ok((StatusCode::CREATED, Json(message)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageEdit {
    /// The version being edited; a newer one saved meanwhile refuses the edit.
    pub version: i64,
    pub text: String,
    /// A new marking; the current one is kept if absent.
    pub marking: Option<MarkingRequest>,
    #[serde(default)]
    pub links: Vec<MentionLink>,
}

/// Edits one's own message; the earlier text stays in the archive.
#[utoipa::path(put, path = "/api/v1/channels/{id}/messages/{message}", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path), ("message" = MessageId, Path)),
    request_body = MessageEdit,
    responses((status = 200, body = Message), (status = 403, body = crate::error::Problem),
        (status = 409, body = crate::error::Problem)))]
async fn edit_message(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, message_id)): Path<(ChannelId, MessageId)>,
    Json(edit): Json<MessageEdit>,
) -> ApiResult<Json<Message>> {
    let view = open_channel(&state, &who, id).await?;
    view.require(MemberRole::Member, "edit messages")?;
    let current = readable_message(&state, &who, id, message_id).await?;
    if current.author != who.user.id {
        return Err(ApiError::forbidden("Only its author edits a message."));
    }
    if current.deleted_at.is_some() || edit.version != current.version {
        return Err(ApiError::conflict(format!(
            "The message is at version {}{}, not {}: reload it.",
            current.version,
            if current.deleted_at.is_some() {
                " and deleted"
            } else {
                ""
            },
            edit.version
        )));
    }
    let text = validated_text(&edit.text).map_err(|e| ApiError::invalid(e.to_string()))?;
    let marking = match edit.marking {
        Some(request) => message_marking(&state, &who, &view, Some(request)).await?,
        None => current.marking.clone(),
    };
    let mentions = resolve_mentions(&state, &who, &text, &edit.links).await?;
    let now = state.clock.now();
    let message = Message {
        language: language_of(&text),
        text,
        marking,
        mentions,
        version: current.version + 1,
        edited_at: Some(now),
        ..current
    };
    let event = message_event(
        &who,
        AuditAction::Update,
        &message,
        format!("edited to version {}", message.version),
    );
    let change = ChannelChange::Edit {
        message: Box::new(message.clone()),
        by: who.user.id,
        audiences: audiences(&state, &view.members).await?,
    };
    let job = Job::new(now).change(Change::Channel(change)).event(event);
    state.store.commit(job).await?;
    Ok(Json(message))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DeleteQuery {
    /// The version being deleted.
    pub version: i64,
}

/// Deletes a message from the conversation (its author or a channel owner); its revisions
/// stay in the archive.
#[utoipa::path(delete, path = "/api/v1/channels/{id}/messages/{message}", tag = "channels",
    security(("session" = [])),
    params(("id" = ChannelId, Path), ("message" = MessageId, Path), DeleteQuery),
    responses((status = 204), (status = 403, body = crate::error::Problem),
        (status = 409, body = crate::error::Problem)))]
async fn delete_message(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, message_id)): Path<(ChannelId, MessageId)>,
    Query(query): Query<DeleteQuery>,
) -> ApiResult<StatusCode> {
    let view = open_channel(&state, &who, id).await?;
    let current = readable_message(&state, &who, id, message_id).await?;
    if current.author != who.user.id {
        view.require(MemberRole::Owner, "delete others' messages")?;
    }
    if current.deleted_at.is_some() || query.version != current.version {
        return Err(ApiError::conflict(
            "The message changed since you loaded it (edited or deleted): reload it.",
        ));
    }
    let event = message_event(&who, AuditAction::Delete, &current, "deleted");
    let change = ChannelChange::Delete {
        channel: id,
        message: message_id,
        seq: current.seq,
        version: current.version,
        marking: Box::new(current.marking.clone()),
        by: who.user.id,
        audiences: audiences(&state, &view.members).await?,
    };
    let job = Job::new(state.clock.now())
        .change(Change::Channel(change))
        .event(event);
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadUpTo {
    /// The last seq read; the read position never moves back.
    pub seq: i64,
}

/// Marks the channel read up to a seq (a read receipt for the other members).
#[utoipa::path(post, path = "/api/v1/channels/{id}/read", tag = "channels",
    security(("session" = [])), params(("id" = ChannelId, Path)), request_body = ReadUpTo,
    responses((status = 204), (status = 404, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn mark_read(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<ChannelId>,
    Json(read): Json<ReadUpTo>,
) -> ApiResult<StatusCode> {
    let view = open_channel(&state, &who, id).await?;
    if read.seq < 0 || read.seq > view.channel.last_seq {
        return Err(ApiError::invalid(format!(
            "seq must be 0–{}, the channel's last message.",
            view.channel.last_seq
        )));
    }
    let change = ChannelChange::MarkRead {
        channel: id,
        user: who.user.id,
        seq: read.seq,
    };
    let event = channel_event(
        &who,
        AuditAction::Update,
        &view.channel,
        format!("read up to {}", read.seq),
    );
    let job = Job::new(state.clock.now())
        .change(Change::Channel(change))
        .event(event);
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The files a message will carry, described from their upload: each must be one the author
/// may fetch (its own upload, or carried by a record it may read), as for an input.
async fn message_attachments(
    state: &AppState,
    who: &SignedIn,
    digests: &[String],
) -> ApiResult<Vec<MessageAttachment>> {
    let digests = validated_digests(digests).map_err(|e| ApiError::invalid(e.to_string()))?;
    let mut files = Vec::with_capacity(digests.len());
    for digest in digests {
        let record = match state.store.attachment(&digest).await? {
            Some(record) if may_fetch(state, who, &digest).await? => record,
            _ => {
                return Err(ApiError::invalid(format!(
                    "No file {digest} that you may attach: upload it first."
                )));
            }
        };
        files.push(MessageAttachment {
            digest,
            name: record.name,
            media_type: record.media_type,
            size: record.size,
        });
    }
    Ok(files)
}

/// A message of this channel the viewer may read, or "not found".
async fn readable_message(
    state: &AppState,
    who: &SignedIn,
    channel: ChannelId,
    id: MessageId,
) -> ApiResult<Message> {
    match state.store.channel_message(&who.viewer, id).await? {
        Seen::Full(message) if message.channel == channel => Ok(message),
        _ => Err(ApiError::not_found()),
    }
}

/// The marking a message gets: the one asked for, checked against the author's clearance and
/// capped by the channel's; or, when none is asked for, the channel's own.
async fn message_marking(
    state: &AppState,
    who: &SignedIn,
    view: &MemberView,
    request: Option<MarkingRequest>,
) -> ApiResult<Marking> {
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    let channel = &view.channel.marking;
    let marking = match request {
        Some(request) => checked_marking(state, who, request.owned_by(owner)).await?,
        None => Marking {
            owner,
            classification: channel.classification,
            distribution: default_distribution(channel, who.user.agency),
            handling: channel.handling.clone(),
            pointer: false,
        },
    };
    check_cap(channel, &marking).map_err(|e| ApiError::invalid(e.to_string()))?;
    Ok(marking)
}
