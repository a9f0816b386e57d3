//! Organisations in the shared register: gangs, terror outfits, illegal arms factories and
//! front companies — create, read, edit with a version check, history, and search by name in
//! either script with kind and agency filters. Reads go through the store's gate and are
//! audited before the answer leaves.

use super::marked::{HolderView, checked_marking, holder_view, pass_gate};
use super::register_search::{Paging, resolve_agency};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::marking::{MarkingRequest, Owner};
use samanvay_core::register::{
    Organisation, OrganisationContent, OrganisationKind, OrganisationVersion, RecordName,
};
use samanvay_core::{Marking, OrganisationId};
use samanvay_store::{Change, Job, RegisterHit, RegisterKind, RegisterQuery};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_organisations, create_organisation))
        .routes(routes!(get_organisation, edit_organisation))
        .routes(routes!(organisation_history))
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

/// An edit of an organisation: the version it changes, the new content, and optionally a new
/// marking (the current one is kept without).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrganisationEdit {
    pub version: i64,
    pub kind: OrganisationKind,
    pub names: Vec<RecordName>,
    #[serde(default)]
    pub notes: String,
    pub marking: Option<MarkingRequest>,
}

/// Saves a new version. Only the owner agency edits its records; an edit of a version that is
/// no longer current is refused with 409.
#[utoipa::path(put, path = "/api/v1/organisations/{id}", tag = "register",
    security(("session" = ["analyst"])), params(("id" = OrganisationId, Path)),
    request_body = OrganisationEdit,
    responses((status = 200, body = Organisation), (status = 409, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn edit_organisation(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<OrganisationId>,
    Json(edit): Json<OrganisationEdit>,
) -> ApiResult<Json<Organisation>> {
    let seen = state.store.organisation(&who.viewer, id).await?;
    let current = pass_gate(&state, &who, seen, "organisation", |o| {
        Some(organisation_event(
            &who,
            AuditAction::Read,
            id,
            &o.marking,
            "opened for editing",
        ))
    })
    .await?;
    if current.marking.owner.agency != who.user.agency {
        return Err(ApiError::forbidden(
            "Only the agency that holds an organisation's record edits it.",
        ));
    }
    if edit.version != current.version {
        return Err(ApiError::conflict(format!(
            "The record is at version {}, not {}: reload it and edit again.",
            current.version, edit.version
        )));
    }
    let content = OrganisationContent {
        kind: edit.kind,
        names: edit.names,
        notes: edit.notes,
    }
    .validated()
    .map_err(|e| ApiError::invalid(e.to_string()))?;
    let marking = match edit.marking {
        Some(m) => checked_marking(&state, &who, m.owned_by(current.marking.owner.clone())).await?,
        None => current.marking.clone(),
    };
    let now = state.clock.now();
    let organisation = Organisation {
        marking,
        content,
        version: current.version + 1,
        updated_at: now,
        ..current
    };
    let detail = format!("version {}", organisation.version);
    let event = organisation_event(
        &who,
        AuditAction::Update,
        id,
        &organisation.marking,
        &detail,
    );
    let job = Job::new(now)
        .change(Change::UpdateOrganisation {
            organisation: organisation.clone(),
            by: who.user.id,
        })
        .event(event);
    state.store.commit(job).await?;
    Ok(Json(organisation))
}

/// Every version of an organisation the viewer may see, newest first.
#[utoipa::path(get, path = "/api/v1/organisations/{id}/versions", tag = "register",
    security(("session" = [])), params(("id" = OrganisationId, Path)),
    responses((status = 200, body = [OrganisationVersion]), (status = 404, body = crate::error::Problem)))]
async fn organisation_history(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<OrganisationId>,
) -> ApiResult<Json<Vec<OrganisationVersion>>> {
    let seen = state.store.organisation_versions(&who.viewer, id).await?;
    let versions = pass_gate(&state, &who, seen, "organisation", |versions| {
        let latest = versions.first()?;
        Some(organisation_event(
            &who,
            AuditAction::Read,
            id,
            &latest.marking,
            "history",
        ))
    })
    .await?;
    Ok(Json(versions))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct OrganisationSearch {
    /// A name in either script.
    pub q: Option<String>,
    pub kind: Option<OrganisationKind>,
    /// The holder agency, by code ("HR") or id.
    pub agency: Option<String>,
    /// 1 or more, default 1.
    pub page: Option<i64>,
    /// 1–200, default 50.
    pub per_page: Option<i64>,
}

/// One organisation found, with how well and why.
#[derive(Serialize, ToSchema)]
pub struct OrganisationMatch {
    pub organisation: Organisation,
    pub score: f64,
    pub reasons: String,
}

#[derive(Serialize, ToSchema)]
pub struct OrganisationResults {
    pub organisations: Vec<OrganisationMatch>,
    /// Other agencies hold strongly matching organisations not shared with you: whom to contact.
    pub pointers: Vec<HolderView>,
    pub page: i64,
    pub per_page: i64,
    /// Whether another page follows. There is never a total.
    pub has_more: bool,
}

/// Searches organisations by name in either script, with kind and agency filters; with no
/// name, lists them newest first. Only what the viewer may see, paged.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "register", security(("session" = [])),
    params(OrganisationSearch), responses((status = 200, body = OrganisationResults),
        (status = 400, body = crate::error::Problem)))]
async fn list_organisations(
    State(state): State<AppState>,
    who: SignedIn,
    Query(search): Query<OrganisationSearch>,
) -> ApiResult<Json<OrganisationResults>> {
    let paging = Paging::check(search.page, search.per_page, 50)?;
    let query = RegisterQuery {
        text: search.q.filter(|q| !q.trim().is_empty()),
        kind: Some(RegisterKind::Organisation),
        organisation_kind: search.kind,
        agency: resolve_agency(&state, search.agency.as_deref()).await?,
        offset: paging.offset(),
        limit: paging.per_page,
        ..RegisterQuery::default()
    };
    let found = state.store.search_register(&who.viewer, &query).await?;
    let mut events: Vec<AuditEvent> = Vec::new();
    let mut organisations = Vec::new();
    for hit in found.hits {
        if let RegisterHit::Organisation {
            organisation,
            score,
            reasons,
        } = hit
        {
            events.push(organisation_event(
                &who,
                AuditAction::Listed,
                organisation.id,
                &organisation.marking,
                "search",
            ));
            organisations.push(OrganisationMatch {
                organisation,
                score,
                reasons,
            });
        }
    }
    let mut pointers = Vec::new();
    for pointer in &found.pointers {
        pointers.push(holder_view(&state, &pointer.holder).await?);
        events.push(crate::state::event_by(
            &who,
            AuditAction::PointerShown,
            None,
            Some(pointer.holder.agency),
            "organisation search",
        ));
    }
    state.audit(events).await?;
    Ok(Json(OrganisationResults {
        organisations,
        pointers,
        page: paging.page,
        per_page: paging.per_page,
        has_more: found.has_more,
    }))
}

pub(crate) fn organisation_event(
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
