//! The watchlist: a user follows a person or organisation it may read, or any identifier, and
//! is notified of new records, versions, matches and hits that touch it.

use super::marked::pass_gate;
use super::persons::{IdentifierInput, readable};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::watch::{Watch, WatchSubject};
use samanvay_core::{OrganisationId, PersonId};
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{Change, Job};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_watches, add_watch))
        .routes(routes!(remove_watch))
}

/// What to watch.
#[derive(Deserialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum WatchForm {
    Person {
        id: PersonId,
    },
    Organisation {
        id: OrganisationId,
    },
    /// An identifier in any common format ("98100 12345", "HR26 AB-1234").
    Identifier {
        identifier: IdentifierInput,
    },
}

/// What the user watches, newest first.
#[utoipa::path(get, path = "/api/v1/watches", tag = "register", security(("session" = [])),
    responses((status = 200, body = [Watch])))]
async fn list_watches(State(state): State<AppState>, who: SignedIn) -> ApiResult<Json<Vec<Watch>>> {
    Ok(Json(state.store.watches(who.user.id).await?))
}

/// Starts watching a subject; watching it again changes nothing.
#[utoipa::path(post, path = "/api/v1/watches", tag = "register", security(("session" = [])),
    request_body = WatchForm,
    responses((status = 201, body = Watch), (status = 404, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn add_watch(
    State(state): State<AppState>,
    who: SignedIn,
    Json(form): Json<WatchForm>,
) -> ApiResult<(StatusCode, Json<Watch>)> {
    let (subject, label) = match form {
        WatchForm::Person { id } => {
            let person = readable(&state, &who, id, "watch").await?;
            let label = person.content.primary_name().to_string();
            (WatchSubject::Person { id }, label)
        }
        WatchForm::Organisation { id } => {
            let seen = state.store.organisation(&who.viewer, id).await?;
            let organisation = pass_gate(&state, &who, seen, "organisation", |o| {
                let record = RecordRef {
                    kind: RecordKind::Organisation,
                    id: id.0,
                };
                Some(event_by(
                    &who,
                    AuditAction::Read,
                    Some(record),
                    Some(o.marking.owner.agency),
                    "watch",
                ))
            })
            .await?;
            let label = organisation
                .content
                .names
                .first()
                .map(|n| n.text.clone())
                .unwrap_or_default();
            (WatchSubject::Organisation { id }, label)
        }
        WatchForm::Identifier { identifier } => {
            let identifier = identifier.parsed()?;
            let label = identifier.canonical().to_string();
            (WatchSubject::Identifier { identifier }, label)
        }
    };
    let watch = Watch {
        user: who.user.id,
        subject,
        label,
        since: state.clock.now(),
    };
    let job = Job::new(watch.since).change(Change::InsertWatch(watch.clone()));
    state.store.commit(job).await?;
    Ok((StatusCode::CREATED, Json(watch)))
}

/// Stops watching: `person/{id}`, `organisation/{id}` or `identifier/{kind}:{canonical}`.
#[utoipa::path(delete, path = "/api/v1/watches/{kind}/{subject}", tag = "register",
    security(("session" = [])), params(("kind" = String, Path), ("subject" = String, Path)),
    responses((status = 204), (status = 422, body = crate::error::Problem)))]
async fn remove_watch(
    State(state): State<AppState>,
    who: SignedIn,
    Path((kind, subject)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let subject = subject_from_path(&kind, &subject)?;
    let job = Job::new(state.clock.now()).change(Change::DeleteWatch {
        user: who.user.id,
        subject,
    });
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}

fn subject_from_path(kind: &str, subject: &str) -> ApiResult<WatchSubject> {
    let bad = || ApiError::invalid(format!("There is no watched subject {kind}/{subject}."));
    match kind {
        "person" => Ok(WatchSubject::Person {
            id: subject.parse().map_err(|_| bad())?,
        }),
        "organisation" => Ok(WatchSubject::Organisation {
            id: subject.parse().map_err(|_| bad())?,
        }),
        "identifier" => {
            let (kind, value) = subject.split_once(':').ok_or_else(bad)?;
            let kind: IdentifierKind = kind.parse().map_err(|_| bad())?;
            let identifier = Identifier::parse(kind, value).map_err(|_| bad())?;
            Ok(WatchSubject::Identifier { identifier })
        }
        _ => Err(bad()),
    }
}
