//! The audit log for auditors: who did what to which record. An auditor sees the actions of
//! the own agency's users and everything done to the own agency's records.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Query};
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::UserId;
use samanvay_core::audit::{AuditAction, AuditEntry};
use samanvay_store::audit::AuditQuery;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(query_audit))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct AuditFilter {
    /// Only entries about this record: "who viewed record X".
    pub record: Option<Uuid>,
    pub actor: Option<UserId>,
    pub action: Option<AuditAction>,
    /// Entries older than this sequence number (for the next page).
    pub before: Option<i64>,
    /// 1–500, default 100.
    pub limit: Option<i64>,
}

/// Audit entries, newest first.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", security(("session" = ["auditor"])),
    params(AuditFilter), responses((status = 200, body = [AuditEntry])))]
async fn query_audit(
    State(state): State<AppState>,
    who: SignedIn,
    Query(filter): Query<AuditFilter>,
) -> ApiResult<Json<Vec<AuditEntry>>> {
    let limit = filter.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::bad_request("limit must be 1–500."));
    }
    let query = AuditQuery {
        record: filter.record,
        actor: filter.actor,
        action: filter.action,
        before_seq: filter.before,
        limit,
    };
    Ok(Json(
        state.store.audit_entries(who.user.agency, &query).await?,
    ))
}
