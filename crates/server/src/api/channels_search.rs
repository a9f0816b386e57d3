//! Finding what was said: words across the channels one may read, and "where it was
//! discussed" for a register person or an identifier — only messages of channels the viewer
//! is a member of now and may read, each message through the gate, within retention.

use crate::auth::SignedIn;
use crate::channels::{hide_unreadable_persons, message_event};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Query};
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::audit::AuditAction;
use samanvay_core::channel::{ChannelId, Message};
use samanvay_core::{PersonId, Seen};
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{MentionHit, MessageSearch};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search_messages))
        .routes(routes!(discussions))
}

/// A message found, with the name of its channel.
#[derive(Serialize, ToSchema)]
pub struct MessageHit {
    pub channel_name: String,
    pub message: Message,
}

#[derive(Serialize, ToSchema)]
pub struct MessageHits {
    pub hits: Vec<MessageHit>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SearchQuery {
    /// Words that must all appear (either script, any order, case-insensitive).
    pub q: String,
    /// Only this channel.
    pub channel: Option<ChannelId>,
    /// 1–100, default 20.
    pub limit: Option<i64>,
}

/// Searches the messages of every channel the viewer may read, newest first.
#[utoipa::path(get, path = "/api/v1/channels/search", tag = "channels",
    security(("session" = [])), params(SearchQuery),
    responses((status = 200, body = MessageHits), (status = 400, body = crate::error::Problem)))]
async fn search_messages(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<SearchQuery>,
) -> ApiResult<Json<MessageHits>> {
    let limit = checked_limit(query.limit)?;
    let words: Vec<String> = query.q.split_whitespace().map(str::to_string).collect();
    if words.is_empty() || words.len() > 10 || query.q.chars().count() > 200 {
        return Err(ApiError::bad_request(
            "q needs 1–10 words and at most 200 characters.",
        ));
    }
    let search = MessageSearch {
        words,
        channel: query.channel,
        limit,
    };
    let hits = state
        .store
        .search_channel_messages(&who.viewer, &search, state.clock.now())
        .await?;
    answer(&state, &who, hits, "channel search").await
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DiscussionQuery {
    /// A register person.
    pub person: Option<PersonId>,
    /// An identifier's kind (`mobile`, `vehicle`, `imei`, …), with `identifier`.
    pub identifier_kind: Option<String>,
    /// An identifier in any common format ("HR26 AB-1234", "98100 12345").
    pub identifier: Option<String>,
    /// 1–100, default 20.
    pub limit: Option<i64>,
}

/// Where a register person or an identifier was discussed: the messages mentioning it that the
/// viewer may read, newest first. For a person, the viewer must be able to read the person too.
#[utoipa::path(get, path = "/api/v1/discussions", tag = "channels",
    security(("session" = [])), params(DiscussionQuery),
    responses((status = 200, body = MessageHits), (status = 404, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn discussions(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<DiscussionQuery>,
) -> ApiResult<Json<MessageHits>> {
    let limit = checked_limit(query.limit)?;
    let now = state.clock.now();
    let hits = match (query.person, query.identifier_kind, query.identifier) {
        (Some(person), None, None) => {
            // Only those who may see both the person and the message.
            let Seen::Full(_) = state.store.person(&who.viewer, person).await? else {
                return Err(ApiError::not_found());
            };
            state
                .store
                .messages_mentioning_person(&who.viewer, person, now, limit)
                .await?
        }
        (None, Some(kind), Some(raw)) => {
            let kind: IdentifierKind = kind
                .parse()
                .map_err(|_| ApiError::invalid(format!("{kind:?} is not an identifier kind.")))?;
            let identifier =
                Identifier::parse(kind, &raw).map_err(|e| ApiError::invalid(e.to_string()))?;
            state
                .store
                .messages_mentioning_identifier(&who.viewer, &identifier, now, limit)
                .await?
        }
        _ => {
            return Err(ApiError::bad_request(
                "Ask for a person, or for an identifier_kind with an identifier.",
            ));
        }
    };
    answer(&state, &who, hits, "where discussed").await
}

fn checked_limit(limit: Option<i64>) -> ApiResult<i64> {
    let limit = limit.unwrap_or(20);
    if (1..=100).contains(&limit) {
        Ok(limit)
    } else {
        Err(ApiError::bad_request("limit must be 1–100."))
    }
}

/// The hits, once each listing is audited.
async fn answer(
    state: &AppState,
    who: &SignedIn,
    mut hits: Vec<MentionHit>,
    detail: &str,
) -> ApiResult<Json<MessageHits>> {
    let mut messages: Vec<_> = hits.iter_mut().map(|h| &mut h.message).collect();
    hide_unreadable_persons(state, who, &mut messages).await?;
    let events = hits
        .iter()
        .map(|h| message_event(who, AuditAction::Listed, &h.message, detail))
        .collect();
    state.audit(events).await?;
    let hits = hits
        .into_iter()
        .map(|h| MessageHit {
            channel_name: h.channel_name,
            message: h.message,
        })
        .collect();
    Ok(Json(MessageHits { hits }))
}
