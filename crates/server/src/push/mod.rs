//! Live push: `GET /api/v1/stream` opens a WebSocket that carries every event the signed-in
//! user may receive, within moments of its commit, and resumes after a reconnect from the last
//! event the client saw, with no gap and nothing twice.
//!
//! Events come from the store's durable event log ([`samanvay_store::Store::subscribe`] and
//! [`samanvay_store::Store::events_after`]); the [`Hub`] keeps every open stream's viewer
//! current and applies the policy gate in memory; the dispatcher feeds it in seq order.

mod dispatch;
mod expiry;
mod frame;
mod hub;
mod retention;
mod stream;

pub use dispatch::start;
pub use frame::StreamFrame;
pub use hub::Hub;
pub use retention::EVENT_RETENTION_DAYS;
pub use stream::{GOING_AWAY, SESSION_ENDED};

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::state::AppState;
use axum::extract::State;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::response::Response;
use samanvay_core::event::EventSeq;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Clients send nothing but control frames; a larger message is refused.
const MAX_CLIENT_MESSAGE: usize = 4 * 1024;
/// Small buffers keep an idle stream cheap (the defaults are 128 KiB each).
const READ_BUFFER: usize = 4 * 1024;
const WRITE_BUFFER: usize = 0;
const MAX_WRITE_BUFFER: usize = 1024 * 1024;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(stream))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct StreamQuery {
    /// The seq of the last event the client received: the stream first replays every later
    /// event the user may receive, then continues live. Without it, only new events come.
    pub after: Option<i64>,
}

/// The live event stream of the signed-in user (WebSocket). Each text frame is a
/// `StreamFrame` — `{seq, at, body}`; the server pings every 20 s. The socket closes with code
/// 4001 when the session ends (logout, timeout, account disabled) and 1001 when the server
/// stops; reconnect with `?after=<last seq>` to miss nothing. Events are kept
/// `EVENT_RETENTION_DAYS` (7) days: resuming from before the oldest kept one is a 410 — reload.
#[utoipa::path(get, path = "/api/v1/stream", tag = "push",
    security(("session" = [])), params(StreamQuery),
    responses(
        (status = 101, description = "Switching to WebSocket; text frames are StreamFrame", body = StreamFrame),
        (status = 400, body = crate::error::Problem),
        (status = 410, body = crate::error::Problem, description = "Resuming from events no longer kept: reload"),
        (status = 401, body = crate::error::Problem)))]
async fn stream(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<StreamQuery>,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> ApiResult<Response> {
    let upgrade = upgrade.map_err(|_| {
        ApiError::bad_request("This is a WebSocket endpoint: connect with a WebSocket client.")
    })?;
    let after = match query.after {
        None => None,
        Some(after) if after < 0 => {
            return Err(ApiError::invalid(
                "after is the seq of an event: 0 or more.",
            ));
        }
        Some(after) => {
            let last = state.store.last_event_seq().await?;
            if after > last.0 {
                return Err(ApiError::invalid(format!(
                    "after ({after}) is beyond the last event ({last}); reconnect without it."
                )));
            }
            let first = state.store.first_event_seq().await?;
            if first.0 > after + 1 {
                return Err(ApiError::gone(format!(
                    "Events after {after} are no longer kept (the log keeps \
                     {EVENT_RETENTION_DAYS} days, from {first} on): reload what you show and \
                     reconnect without after."
                )));
            }
            Some(EventSeq(after))
        }
    };
    let hub = state.push.clone();
    let Some(subscription) = hub.subscribe(&who.token_hash).await else {
        return Err(ApiError::unauthenticated(
            "Your session has ended. Sign in again.",
        ));
    };
    Ok(upgrade
        .read_buffer_size(READ_BUFFER)
        .write_buffer_size(WRITE_BUFFER)
        .max_write_buffer_size(MAX_WRITE_BUFFER)
        .max_message_size(MAX_CLIENT_MESSAGE)
        .max_frame_size(MAX_CLIENT_MESSAGE)
        .on_upgrade(move |socket| stream::serve(socket, hub, subscription, after)))
}
