//! The cross-agency "same person" cluster of a person record, and analysts' decisions on its
//! links. Members the viewer may not read appear only as holders to contact; links are shown
//! only between records the viewer may read.

use super::marked::{HolderView, holder_view};
use super::persons::{person_event, readable};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::audit::AuditAction;
use samanvay_core::register::{LinkState, PersonLink, PersonPair};
use samanvay_core::{Holder, PersonId, Seen};
use samanvay_store::{Change, Job};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(person_cluster))
        .routes(routes!(decide_link))
}

/// A member of a cluster the viewer may read.
#[derive(Serialize, ToSchema)]
pub struct ClusterMember {
    pub person: PersonId,
    pub name: String,
    pub agency_code: String,
    pub version: i64,
}

/// The records linked to a person as one, as far as the viewer may know them.
#[derive(Serialize, ToSchema)]
pub struct Cluster {
    /// The person asked about first.
    pub members: Vec<ClusterMember>,
    /// Links among the members shown: suggested, confirmed or rejected.
    pub links: Vec<PersonLink>,
    /// Agencies that hold linked records the viewer may not read: whom to contact.
    pub held_elsewhere: Vec<HolderView>,
}

/// The person's cluster: records suggested or confirmed as the same person, transitively.
#[utoipa::path(get, path = "/api/v1/persons/{id}/cluster", tag = "register",
    security(("session" = [])), params(("id" = PersonId, Path)),
    responses((status = 200, body = Cluster), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn person_cluster(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<PersonId>,
) -> ApiResult<Json<Cluster>> {
    readable(&state, &who, id, "cluster").await?;
    let (ids, links) = state.store.person_cluster(id).await?;
    let mut ordered = vec![id];
    ordered.extend(ids.into_iter().filter(|m| *m != id));
    let seen = state.store.persons_seen(&who.viewer, &ordered).await?;

    let mut members = Vec::new();
    let mut holders: Vec<Holder> = Vec::new();
    let mut events = Vec::new();
    for (_, seen) in seen {
        match seen {
            Seen::Full(person) => {
                if person.id != id {
                    events.push(person_event(
                        &who,
                        AuditAction::Listed,
                        person.id,
                        &person.marking,
                        "cluster",
                    ));
                }
                let agency = state.store.agency(person.marking.owner.agency).await?;
                members.push(ClusterMember {
                    person: person.id,
                    name: person.content.primary_name().to_string(),
                    agency_code: agency.map(|a| a.code).unwrap_or_default(),
                    version: person.version,
                });
            }
            Seen::Pointer(holder) if !holders.contains(&holder) => holders.push(holder),
            Seen::Pointer(_) | Seen::Hidden => {}
        }
    }
    let shown = |p: PersonId| members.iter().any(|m| m.person == p);
    let links = links
        .into_iter()
        .filter(|l| shown(l.pair.a) && shown(l.pair.b))
        .collect();
    let mut held_elsewhere = Vec::new();
    for holder in &holders {
        held_elsewhere.push(holder_view(&state, holder).await?);
        events.push(crate::state::event_by(
            &who,
            AuditAction::PointerShown,
            None,
            Some(holder.agency),
            "person cluster",
        ));
    }
    state.audit(events).await?;
    Ok(Json(Cluster {
        members,
        links,
        held_elsewhere,
    }))
}

/// An analyst's decision on a pair of records.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkDecision {
    /// `confirmed` (one person) or `rejected` (different persons; never suggested again).
    pub state: LinkState,
}

/// Confirms or rejects that two records, both readable by the analyst, are one person.
#[utoipa::path(put, path = "/api/v1/persons/{id}/links/{other}", tag = "register",
    security(("session" = ["analyst"])),
    params(("id" = PersonId, Path), ("other" = PersonId, Path)), request_body = LinkDecision,
    responses((status = 200, body = PersonLink), (status = 404, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn decide_link(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, other)): Path<(PersonId, PersonId)>,
    Json(decision): Json<LinkDecision>,
) -> ApiResult<Json<PersonLink>> {
    if decision.state == LinkState::Suggested {
        return Err(ApiError::invalid(
            "A decision is `confirmed` or `rejected`; only matching suggests.",
        ));
    }
    let Some(pair) = PersonPair::new(id, other) else {
        return Err(ApiError::invalid(
            "A record is always the same person as itself.",
        ));
    };
    let first = readable(&state, &who, id, "link decision").await?;
    let second = readable(&state, &who, other, "link decision").await?;
    let detail = match decision.state {
        LinkState::Confirmed => "confirmed as the same person as",
        _ => "rejected as the same person as",
    };
    let job = Job::new(state.clock.now())
        .change(Change::DecidePersonLink {
            pair,
            state: decision.state,
            by: who.user.id,
        })
        .event(person_event(
            &who,
            AuditAction::Update,
            first.id,
            &first.marking,
            &format!("{detail} {}", second.id),
        ))
        .event(person_event(
            &who,
            AuditAction::Update,
            second.id,
            &second.marking,
            &format!("{detail} {}", first.id),
        ));
    state.store.commit(job).await?;
    let link = state.store.person_link(pair).await?;
    link.map(Json).ok_or_else(ApiError::internal)
}
