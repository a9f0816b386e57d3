//! The directory of agencies and units, readable by every signed-in user (whom to contact is
//! not a secret between the agencies); units are managed by their own agency's admins.

use crate::api::users::non_empty;
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::org::{Agency, Coordinates, Unit, UnitKind};
use samanvay_core::{AgencyId, UnitId};
use samanvay_store::{Change, Job};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_agencies))
        .routes(routes!(list_units, create_unit))
        .routes(routes!(update_unit))
}

#[utoipa::path(get, path = "/api/v1/agencies", tag = "directory", security(("session" = [])),
    responses((status = 200, body = [Agency])))]
async fn list_agencies(State(state): State<AppState>) -> ApiResult<Json<Vec<Agency>>> {
    Ok(Json(state.store.agencies().await?))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UnitFilter {
    /// Only the units of this agency.
    pub agency: Option<AgencyId>,
}

#[utoipa::path(get, path = "/api/v1/units", tag = "directory", security(("session" = [])),
    params(UnitFilter), responses((status = 200, body = [Unit])))]
async fn list_units(
    State(state): State<AppState>,
    Query(filter): Query<UnitFilter>,
) -> ApiResult<Json<Vec<Unit>>> {
    Ok(Json(state.store.units(filter.agency).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitRequest {
    pub name: String,
    pub kind: UnitKind,
    /// The supervising unit, in the same agency.
    pub parent: UnitId,
    pub location: Option<Coordinates>,
}

/// Adds a unit to the admin's agency.
#[utoipa::path(post, path = "/api/v1/units", tag = "administration",
    security(("session" = ["agency_admin"])), request_body = UnitRequest,
    responses((status = 201, body = Unit)))]
async fn create_unit(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<UnitRequest>,
) -> ApiResult<(StatusCode, Json<Unit>)> {
    let unit = Unit {
        id: UnitId::new(),
        agency: who.user.agency,
        parent: None,
        kind: request.kind,
        name: non_empty("name", &request.name)?,
        location: checked_location(request.location)?,
    };
    let unit = Unit {
        parent: Some(own_parent(&state, &who, request.parent, unit.id).await?),
        ..unit
    };
    commit_unit(
        &state,
        &who,
        Change::InsertUnit(unit.clone()),
        &unit,
        AuditAction::Create,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(unit)))
}

/// Renames, re-parents or relocates one of the admin's agency's units.
#[utoipa::path(patch, path = "/api/v1/units/{id}", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UnitId, Path)),
    request_body = UnitRequest, responses((status = 200, body = Unit)))]
async fn update_unit(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UnitId>,
    Json(request): Json<UnitRequest>,
) -> ApiResult<Json<Unit>> {
    let existing = state.store.unit(id).await?;
    let Some(existing) = existing.filter(|u| u.agency == who.user.agency) else {
        return Err(ApiError::not_found());
    };
    let unit = Unit {
        parent: Some(own_parent(&state, &who, request.parent, existing.id).await?),
        kind: request.kind,
        name: non_empty("name", &request.name)?,
        location: checked_location(request.location)?,
        ..existing
    };
    commit_unit(
        &state,
        &who,
        Change::UpdateUnit(unit.clone()),
        &unit,
        AuditAction::Update,
    )
    .await?;
    Ok(Json(unit))
}

/// The parent must be a unit of the same agency, and not the unit itself or below it.
async fn own_parent(
    state: &AppState,
    who: &SignedIn,
    parent: UnitId,
    unit: UnitId,
) -> ApiResult<UnitId> {
    let units = state.store.units(Some(who.user.agency)).await?;
    let mut cursor = Some(parent);
    while let Some(current) = cursor {
        if current == unit {
            return Err(ApiError::invalid("A unit cannot be placed under itself."));
        }
        let Some(found) = units.iter().find(|u| u.id == current) else {
            return Err(ApiError::invalid(
                "The parent is not a unit of your agency.",
            ));
        };
        cursor = found.parent;
    }
    Ok(parent)
}

fn checked_location(location: Option<Coordinates>) -> ApiResult<Option<Coordinates>> {
    match location {
        Some(c) if !(-90.0..=90.0).contains(&c.lat) || !(-180.0..=180.0).contains(&c.lon) => Err(
            ApiError::invalid("The location must be a latitude and longitude in degrees."),
        ),
        other => Ok(other),
    }
}

async fn commit_unit(
    state: &AppState,
    who: &SignedIn,
    change: Change,
    unit: &Unit,
    action: AuditAction,
) -> ApiResult<()> {
    let record = RecordRef {
        kind: RecordKind::Unit,
        id: unit.id.0,
    };
    let event = event_by(
        who,
        action,
        Some(record),
        Some(unit.agency),
        unit.name.clone(),
    );
    let job = Job::new(state.clock.now()).change(change).event(event);
    state.store.commit(job).await?;
    Ok(())
}
