//! Compliance: per agency and unit over a period — received, acknowledged within deadline,
//! median and 90th-percentile time to acknowledge, overdue now, flagged, actions reported.
//! Supervisors see their own unit's subtree; analysts the units their agency sent inputs to.
//! Only inputs the viewer may read are counted.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Query};
use crate::inputs::compliance::{Compliance, compute};
use crate::inputs::directory::Directory;
use crate::state::AppState;
use axum::extract::State;
use serde::Deserialize;
use time::{Duration, OffsetDateTime};
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(compliance))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ComplianceParams {
    /// Start of the period (RFC 3339); default 30 days before `to`.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>)]
    pub from: Option<OffsetDateTime>,
    /// End of the period (RFC 3339, exclusive); default now.
    #[serde(default, with = "time::serde::rfc3339::option")]
    #[param(value_type = Option<String>)]
    pub to: Option<OffsetDateTime>,
}

/// Compliance of the units the viewer oversees, per agency and unit, with a weekly trend.
#[utoipa::path(get, path = "/api/v1/inputs/compliance", tag = "inputs",
    security(("session" = ["supervisor", "analyst"])), params(ComplianceParams),
    responses((status = 200, body = Compliance), (status = 400, body = crate::error::Problem)))]
async fn compliance(
    State(state): State<AppState>,
    who: SignedIn,
    Query(params): Query<ComplianceParams>,
) -> ApiResult<Json<Compliance>> {
    let now = state.clock.now();
    let to = params.to.unwrap_or(now);
    let from = params.from.unwrap_or(to - Duration::days(30));
    if from >= to || to - from > Duration::days(366) {
        return Err(ApiError::bad_request(
            "The period must start before it ends and span at most a year.",
        ));
    }
    let rows = state.store.compliance_rows(&who.viewer, from, to).await?;
    let directory = Directory::load(&state.store).await?;
    Ok(Json(compute(&who.viewer, &directory, rows, from, to, now)))
}
