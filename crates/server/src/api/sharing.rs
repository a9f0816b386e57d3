//! Sharing groups: an agency creates a group and invites others; an invited agency's admin
//! accepts or declines. Records distributed to a group reach its accepted members only.

use crate::api::users::non_empty;
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::sharing::{MembershipState, SharingGroup, SharingGroupMember};
use samanvay_core::{AgencyId, SharingGroupId};
use samanvay_store::{Change, Job};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_groups, create_group))
        .routes(routes!(invite))
        .routes(routes!(accept))
        .routes(routes!(decline))
}

/// The groups the user's agency created, belongs to or is invited to.
#[utoipa::path(get, path = "/api/v1/sharing-groups", tag = "sharing", security(("session" = [])),
    responses((status = 200, body = [SharingGroup])))]
async fn list_groups(
    State(state): State<AppState>,
    who: SignedIn,
) -> ApiResult<Json<Vec<SharingGroup>>> {
    Ok(Json(state.store.sharing_groups(who.user.agency).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroup {
    pub name: String,
    pub purpose: String,
    /// Agencies to invite now.
    #[serde(default)]
    pub invite: Vec<AgencyId>,
}

#[utoipa::path(post, path = "/api/v1/sharing-groups", tag = "sharing",
    security(("session" = ["agency_admin"])), request_body = NewGroup,
    responses((status = 201, body = SharingGroup)))]
async fn create_group(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<NewGroup>,
) -> ApiResult<(StatusCode, Json<SharingGroup>)> {
    let own = who.user.agency;
    let mut members = vec![SharingGroupMember {
        agency: own,
        state: MembershipState::Member,
    }];
    for agency in request.invite.into_iter().filter(|a| *a != own) {
        ensure_agency(&state, agency).await?;
        if !members.iter().any(|m| m.agency == agency) {
            members.push(SharingGroupMember {
                agency,
                state: MembershipState::Invited,
            });
        }
    }
    let group = SharingGroup {
        id: SharingGroupId::new(),
        name: non_empty("name", &request.name)?,
        purpose: request.purpose.trim().to_string(),
        created_by: own,
        created_at: state.clock.now(),
        members,
    };
    let event = group_event(&who, AuditAction::Create, &group, &group.name);
    let job = Job::new(state.clock.now())
        .change(Change::InsertSharingGroup(group.clone()))
        .event(event);
    state.store.commit(job).await?;
    Ok((StatusCode::CREATED, Json(group)))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    pub agency: AgencyId,
}

/// Invites another agency; only the creating agency may invite.
#[utoipa::path(post, path = "/api/v1/sharing-groups/{id}/invitations", tag = "sharing",
    security(("session" = ["agency_admin"])), params(("id" = SharingGroupId, Path)),
    request_body = Invitation, responses((status = 200, body = SharingGroup)))]
async fn invite(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<SharingGroupId>,
    Json(invitation): Json<Invitation>,
) -> ApiResult<Json<SharingGroup>> {
    let group = visible_group(&state, &who, id).await?;
    if group.created_by != who.user.agency {
        return Err(ApiError::forbidden(
            "Only the agency that created the group invites.",
        ));
    }
    ensure_agency(&state, invitation.agency).await?;
    if group
        .members
        .iter()
        .any(|m| m.agency == invitation.agency && m.state != MembershipState::Declined)
    {
        return Err(ApiError::conflict(
            "The agency is already invited or a member.",
        ));
    }
    set_state(
        &state,
        &who,
        group,
        invitation.agency,
        MembershipState::Invited,
        AuditAction::Invite,
    )
    .await
}

/// Accepts an invitation for the user's agency.
#[utoipa::path(post, path = "/api/v1/sharing-groups/{id}/accept", tag = "sharing",
    security(("session" = ["agency_admin"])), params(("id" = SharingGroupId, Path)),
    responses((status = 200, body = SharingGroup)))]
async fn accept(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<SharingGroupId>,
) -> ApiResult<Json<SharingGroup>> {
    answer(state, who, id, MembershipState::Member, AuditAction::Accept).await
}

/// Declines an invitation for the user's agency.
#[utoipa::path(post, path = "/api/v1/sharing-groups/{id}/decline", tag = "sharing",
    security(("session" = ["agency_admin"])), params(("id" = SharingGroupId, Path)),
    responses((status = 200, body = SharingGroup)))]
async fn decline(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<SharingGroupId>,
) -> ApiResult<Json<SharingGroup>> {
    answer(
        state,
        who,
        id,
        MembershipState::Declined,
        AuditAction::Decline,
    )
    .await
}

async fn answer(
    state: AppState,
    who: SignedIn,
    id: SharingGroupId,
    to: MembershipState,
    action: AuditAction,
) -> ApiResult<Json<SharingGroup>> {
    let group = visible_group(&state, &who, id).await?;
    let invited = group
        .members
        .iter()
        .any(|m| m.agency == who.user.agency && m.state == MembershipState::Invited);
    if !invited {
        return Err(ApiError::conflict(
            "Your agency has no open invitation to this group.",
        ));
    }
    let agency = who.user.agency;
    set_state(&state, &who, group, agency, to, action).await
}

async fn set_state(
    state: &AppState,
    who: &SignedIn,
    mut group: SharingGroup,
    agency: AgencyId,
    to: MembershipState,
    action: AuditAction,
) -> ApiResult<Json<SharingGroup>> {
    let job = Job::new(state.clock.now())
        .change(Change::SetMembership {
            group: group.id,
            agency,
            state: to,
        })
        .event(group_event(who, action, &group, &agency.to_string()));
    state.store.commit(job).await?;
    group.members.retain(|m| m.agency != agency);
    group.members.push(SharingGroupMember { agency, state: to });
    Ok(Json(group))
}

/// A group the user's agency created or is listed in; any other is "not found".
async fn visible_group(
    state: &AppState,
    who: &SignedIn,
    id: SharingGroupId,
) -> ApiResult<SharingGroup> {
    let group = state.store.sharing_group(id).await?;
    let own = who.user.agency;
    group
        .filter(|g| g.created_by == own || g.members.iter().any(|m| m.agency == own))
        .ok_or_else(ApiError::not_found)
}

async fn ensure_agency(state: &AppState, agency: AgencyId) -> ApiResult<()> {
    match state.store.agency(agency).await? {
        Some(_) => Ok(()),
        None => Err(ApiError::invalid(format!("There is no agency {agency}."))),
    }
}

fn group_event(
    who: &SignedIn,
    action: AuditAction,
    group: &SharingGroup,
    detail: &str,
) -> samanvay_core::audit::AuditEvent {
    let record = RecordRef {
        kind: RecordKind::SharingGroup,
        id: group.id.0,
    };
    event_by(who, action, Some(record), Some(group.created_by), detail)
}
