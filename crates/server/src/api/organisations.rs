//! Organisations in the shared register: gangs, terror outfits, illegal arms factories and
//! front companies. Reads go through the store's gate and are audited before the answer leaves.

use super::marked::{checked_marking, pass_gate};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::marking::{MarkingRequest, Owner};
use samanvay_core::register::{Organisation, OrganisationContent, OrganisationKind, RecordName};
use samanvay_core::{Marking, OrganisationId};
use samanvay_store::{Change, Job, OrganisationQuery};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organisations, create_organisation))
        .routes(routes!(get_organisation))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewOrganisation {
    pub kind: OrganisationKind,
    /// Exactly one primary name; aliases in either script.
    pub names: Vec<RecordName>,
    #[serde(default)]
    pub notes: String,
    pub marking: MarkingRequest,
}

/// Adds an organisation, owned by the author's agency and unit.
#[utoipa::path(post, path = "/api/v1/organisations", tag = "register",
    security(("session" = ["analyst"])), request_body = NewOrganisation,
    responses((status = 201, body = Organisation), (status = 422, body = crate::error::Problem)))]
async fn create_organisation(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<NewOrganisation>,
) -> ApiResult<(StatusCode, Json<Organisation>)> {
    let content = OrganisationContent {
        kind: request.kind,
        names: request.names,
        notes: request.notes,
    }
    .validated()
    .map_err(|e| ApiError::invalid(e.to_string()))?;
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    let marking = checked_marking(&state, &who, request.marking.owned_by(owner)).await?;
    let now = state.clock.now();
    let organisation = Organisation {
        id: OrganisationId::new(),
        marking,
        content,
        version: 1,
        created_at: now,
        updated_at: now,
    };
    let event = organisation_event(
        &who,
        AuditAction::Create,
        organisation.id,
        &organisation.marking,
        "created",
    );
    let job = Job::new(now)
        .change(Change::InsertOrganisation {
            organisation: organisation.clone(),
            by: who.user.id,
        })
        .event(event);
    state.store.commit(job).await?;
    Ok((StatusCode::CREATED, Json(organisation)))
}

/// One organisation: 404 if the viewer may not know of it, 403 naming the holder if its
/// marking allows a pointer.
#[utoipa::path(get, path = "/api/v1/organisations/{id}", tag = "register",
    security(("session" = [])), params(("id" = OrganisationId, Path)),
    responses((status = 200, body = Organisation), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn get_organisation(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<OrganisationId>,
) -> ApiResult<Json<Organisation>> {
    let seen = state.store.organisation(&who.viewer, id).await?;
    let organisation = pass_gate(&state, &who, seen, "organisation", |organisation| {
        Some(organisation_event(
            &who,
            AuditAction::Read,
            id,
            &organisation.marking,
            "read",
        ))
    })
    .await?;
    Ok(Json(organisation))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OrganisationPage {
    /// 1–200, default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// The organisations the viewer may see, newest first.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "register", security(("session" = [])),
    params(OrganisationPage), responses((status = 200, body = [Organisation])))]
async fn list_organisations(
    State(state): State<AppState>,
    who: SignedIn,
    Query(page): Query<OrganisationPage>,
) -> ApiResult<Json<Vec<Organisation>>> {
    let limit = page.limit.unwrap_or(50);
    let offset = page.offset.unwrap_or(0);
    if !(1..=200).contains(&limit) || offset < 0 {
        return Err(ApiError::bad_request(
            "limit must be 1–200 and offset 0 or more.",
        ));
    }
    let query = OrganisationQuery { limit, offset };
    let organisations = state.store.organisations(&who.viewer, &query).await?;
    let events: Vec<AuditEvent> = organisations
        .iter()
        .map(|o| organisation_event(&who, AuditAction::Listed, o.id, &o.marking, "listed"))
        .collect();
    state.audit(events).await?;
    Ok(Json(organisations))
}

fn organisation_event(
    who: &SignedIn,
    action: AuditAction,
    id: OrganisationId,
    marking: &Marking,
    detail: &str,
) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Organisation,
        id: id.0,
    };
    event_by(
        who,
        action,
        Some(record),
        Some(marking.owner.agency),
        detail,
    )
}
