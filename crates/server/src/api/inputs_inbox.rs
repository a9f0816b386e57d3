//! The inbox: the inputs the viewer's unit (or the viewer) holds and those escalated to its
//! unit, overdue and flash first, with unread, unacknowledged, overdue and escalated counts.

use crate::api::inputs_views::{InputSummary, RecipientView, input_event};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Query};
use crate::inputs::directory::Directory;
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::audit::AuditAction;
use samanvay_store::{InboxQuery, InboxReason};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(inbox))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct InboxParams {
    /// Also copies already reported on or flagged (default: only open ones).
    pub include_done: Option<bool>,
    /// 1–500, default 100.
    pub limit: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct InboxCountsView {
    /// Copies of the viewer's unit (or the viewer) not yet read.
    pub unread: i64,
    /// Not yet acknowledged.
    pub unacknowledged: i64,
    /// Not acknowledged and past the deadline.
    pub overdue: i64,
    /// Subordinate units' copies escalated to the viewer's unit and still unacknowledged.
    pub escalated: i64,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InboxReasonView {
    /// The viewer's unit (or the viewer) holds the copy: acknowledge and act on it.
    Recipient,
    /// A subordinate unit has not acknowledged it in time.
    Escalated,
}

#[derive(Serialize, ToSchema)]
pub struct InboxEntry {
    pub input: InputSummary,
    pub copy: RecipientView,
    pub reason: InboxReasonView,
    /// For an escalated copy: how many levels above the recipient the viewer's unit is.
    pub escalation_level: Option<i64>,
    /// Seconds until the acknowledgement deadline (negative once overdue), for countdowns.
    pub seconds_to_deadline: i64,
}

#[derive(Serialize, ToSchema)]
pub struct Inbox {
    pub counts: InboxCountsView,
    /// Overdue first, then flash before immediate, priority and routine, newest first.
    pub items: Vec<InboxEntry>,
}

/// The viewer's inbox of inputs.
#[utoipa::path(get, path = "/api/v1/inbox", tag = "inputs", security(("session" = [])),
    params(InboxParams), responses((status = 200, body = Inbox)))]
async fn inbox(
    State(state): State<AppState>,
    who: SignedIn,
    Query(params): Query<InboxParams>,
) -> ApiResult<Json<Inbox>> {
    let limit = params.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::bad_request("limit must be 1–500."));
    }
    let query = InboxQuery {
        include_done: params.include_done.unwrap_or(false),
        limit,
    };
    let now = state.clock.now();
    let (items, counts) = state.store.inbox(&who.viewer, query, now).await?;
    let events = items
        .iter()
        .map(|i| input_event(&who, AuditAction::Listed, &i.input, "inbox"))
        .collect();
    state.audit(events).await?;
    let directory = Directory::load(&state.store).await?;
    let items = items
        .into_iter()
        .map(|item| {
            let (reason, level) = match item.reason {
                InboxReason::Recipient => (InboxReasonView::Recipient, None),
                InboxReason::Escalated { level } => (InboxReasonView::Escalated, Some(level)),
            };
            InboxEntry {
                input: InputSummary::of(&item.input, &directory),
                seconds_to_deadline: (item.recipient.ack_deadline - now).whole_seconds(),
                copy: RecipientView::of(item.recipient, &directory, None, now),
                reason,
                escalation_level: level,
            }
        })
        .collect();
    Ok(Json(Inbox {
        counts: InboxCountsView {
            unread: counts.unread,
            unacknowledged: counts.unacknowledged,
            overdue: counts.overdue,
            escalated: counts.escalated,
        },
        items,
    }))
}
