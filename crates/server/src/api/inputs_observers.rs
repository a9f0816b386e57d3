//! Observers of an input: whom the issuer names, when issuing or later, to watch the status
//! board besides itself — a desk officer, a supervisor in another agency. Naming grants
//! nothing by itself: an observer sees the board and its live updates only while the gate lets
//! it read the input. Every change is audited and told to those it concerns.

use crate::api::inputs::readable_input;
use crate::api::inputs_views::input_event;
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::inputs::directory::Directory;
use crate::inputs::events;
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::audit::AuditAction;
use samanvay_core::input::{Input, Observer, Observers, RecipientParty};
use samanvay_core::user::AccountStatus;
use samanvay_core::{AgencyId, InputId};
use samanvay_store::{Change, InputChange, Job};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(set_observers))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ObserversRequest {
    /// Every observer the input should have (an empty list drops them all).
    pub observers: Vec<Observer>,
}

/// An observer with the name the board shows.
#[derive(Serialize, ToSchema)]
pub struct ObserverView {
    #[serde(flatten)]
    pub observer: Observer,
    /// The unit's name, or the user's username.
    pub name: String,
    pub agency_code: String,
}

#[derive(Serialize, ToSchema)]
pub struct ObserverList {
    pub observers: Vec<ObserverView>,
}

/// Names the observers of an input (replacing the list). For the issuing agency only.
#[utoipa::path(put, path = "/api/v1/inputs/{id}/observers", tag = "inputs",
    security(("session" = [])), params(("id" = InputId, Path)), request_body = ObserversRequest,
    responses((status = 200, body = ObserverList),
        (status = 403, body = crate::error::Problem, description = "Not the issuing agency"),
        (status = 404, body = crate::error::Problem),
        (status = 409, body = crate::error::Problem, description = "Changed meanwhile"),
        (status = 422, body = crate::error::Problem)))]
async fn set_observers(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<InputId>,
    Json(request): Json<ObserversRequest>,
) -> ApiResult<Json<ObserverList>> {
    let input = readable_input(&state, &who, id, "observers").await?;
    if input.marking.owner.agency != who.user.agency {
        return Err(ApiError::forbidden(
            "Only the agency that issued an input names its observers.",
        ));
    }
    let directory = Directory::load(&state.store).await?;
    let to = checked_observers(&state, &directory, request.observers).await?;
    let from = state.store.input_observers(id).await?;
    if from != to {
        let job = Job::new(state.clock.now())
            .change(Change::Input(InputChange::SetObservers {
                input: id,
                from: from.clone(),
                to: to.clone(),
            }))
            .change(Change::AppendEvent(events::observers_changed(
                &input, &from, &to,
            )))
            .event(input_event(
                &who,
                AuditAction::Update,
                &input,
                describe(&to),
            ));
        state.store.commit(job).await?;
    }
    Ok(Json(ObserverList {
        observers: observer_views(&state, &directory, &to).await?,
    }))
}

/// Observers as named, each an existing unit or an active user; a bad one is a 422 and
/// nothing is named.
pub(crate) async fn checked_observers(
    state: &AppState,
    directory: &Directory,
    named: Vec<Observer>,
) -> ApiResult<Observers> {
    let observers =
        Observers::parse(named).map_err(|e| ApiError::invalid(format!("Observers: {e}.")))?;
    for observer in observers.as_slice() {
        match *observer {
            RecipientParty::Unit(unit) => {
                if directory.unit(unit).is_none() {
                    return Err(ApiError::invalid(format!(
                        "Observers: there is no unit {unit}."
                    )));
                }
            }
            RecipientParty::User(user) => {
                let active = state
                    .store
                    .user(user)
                    .await?
                    .is_some_and(|u| u.status == AccountStatus::Active);
                if !active {
                    return Err(ApiError::invalid(format!(
                        "Observers: there is no active user {user}."
                    )));
                }
            }
        }
    }
    Ok(observers)
}

/// The observers with their names.
pub(crate) async fn observer_views(
    state: &AppState,
    directory: &Directory,
    observers: &Observers,
) -> ApiResult<Vec<ObserverView>> {
    let mut views = Vec::with_capacity(observers.as_slice().len());
    for observer in observers.as_slice() {
        let (name, agency): (String, Option<AgencyId>) = match *observer {
            RecipientParty::Unit(unit) => (
                directory.unit_name(unit),
                directory.unit(unit).map(|u| u.agency),
            ),
            RecipientParty::User(user) => match state.store.user(user).await? {
                Some(found) => (found.username, Some(found.agency)),
                None => (String::new(), None),
            },
        };
        views.push(ObserverView {
            observer: *observer,
            name,
            agency_code: agency.map(|a| directory.agency_code(a)).unwrap_or_default(),
        });
    }
    Ok(views)
}

/// Whether the signed-in user is named an observer, itself or through its unit.
pub(crate) fn observes(who: &SignedIn, observers: &Observers) -> bool {
    observers.includes(who.user.id, who.viewer.unit)
}

/// The audit detail of a change of observers.
pub(crate) fn describe(observers: &Observers) -> String {
    if observers.is_empty() {
        return "observers: none".into();
    }
    let named: Vec<String> = observers
        .as_slice()
        .iter()
        .map(|o| match o {
            RecipientParty::Unit(unit) => format!("unit {unit}"),
            RecipientParty::User(user) => format!("user {user}"),
        })
        .collect();
    format!("observers: {}", named.join(", "))
}

/// The job changes that name the observers of a newly issued input.
pub(crate) fn named_at_issue(input: &Input, observers: &Observers) -> Vec<Change> {
    if observers.is_empty() {
        return Vec::new();
    }
    vec![
        Change::Input(InputChange::SetObservers {
            input: input.id,
            from: Observers::default(),
            to: observers.clone(),
        }),
        Change::AppendEvent(events::observers_changed(
            input,
            &Observers::default(),
            observers,
        )),
    ]
}
