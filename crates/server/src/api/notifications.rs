//! The signed-in user's notifications — its own and its unit's — and marking them read.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::NotificationId;
use samanvay_core::notification::Notification;
use samanvay_store::{Change, Job};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_notifications))
        .routes(routes!(mark_read))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct NotificationsQuery {
    /// 1–200, default 50.
    pub limit: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct Notifications {
    /// How many of all the user's notifications it has not read.
    pub unread: i64,
    /// Newest first.
    pub items: Vec<Notification>,
}

/// The user's notifications, newest first, with the unread count.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "notifications",
    security(("session" = [])), params(NotificationsQuery),
    responses((status = 200, body = Notifications)))]
async fn list_notifications(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<NotificationsQuery>,
) -> ApiResult<Json<Notifications>> {
    let limit = query.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::invalid("limit is 1 to 200."));
    }
    let (user, unit) = (who.user.id, who.user.unit);
    let items = state.store.notifications(user, unit, limit).await?;
    let unread = state.store.unread_notifications(user, unit).await?;
    Ok(Json(Notifications { unread, items }))
}

/// Marks one of the user's notifications read.
#[utoipa::path(post, path = "/api/v1/notifications/{id}/read", tag = "notifications",
    security(("session" = [])), params(("id" = NotificationId, Path)),
    responses((status = 204), (status = 404, body = crate::error::Problem)))]
async fn mark_read(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<NotificationId>,
) -> ApiResult<StatusCode> {
    if !state
        .store
        .notification_is_for(id, who.user.id, who.user.unit)
        .await?
    {
        return Err(ApiError::not_found());
    }
    let job = Job::new(state.clock.now()).change(Change::MarkNotificationRead {
        notification: id,
        user: who.user.id,
    });
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}
