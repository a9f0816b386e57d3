//! The issuer's status board: every copy of an input with where it stands, who took each step
//! and when, what was reported or why it was flagged, and every escalation. For the issuing
//! agency and the observers it names (while the gate lets them read the input); outcomes
//! reported by other agencies' units flow back here.

use crate::api::inputs::readable_input;
use crate::api::inputs_observers::{ObserverView, observer_views, observes};
use crate::api::inputs_views::{InputSummary, RecipientView};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::inputs::directory::Directory;
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::input::{Escalation, RecipientParty, RecipientState, TransitionRecord};
use samanvay_core::{InputId, UnitId, UserId};
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(status_board))
}

#[derive(Serialize, ToSchema)]
pub struct StepView {
    #[serde(flatten)]
    pub step: TransitionRecord,
    pub by_username: String,
}

#[derive(Serialize, ToSchema)]
pub struct EscalationView {
    #[serde(flatten)]
    pub escalation: Escalation,
    pub to_unit_name: String,
}

/// How many copies stand in each state.
#[derive(Serialize, ToSchema, Default)]
pub struct BoardTotals {
    pub copies: usize,
    pub delivered: usize,
    pub read: usize,
    pub acknowledged: usize,
    pub action_reported: usize,
    pub flagged: usize,
    pub overdue: usize,
}

#[derive(Serialize, ToSchema)]
pub struct StatusBoard {
    pub input: InputSummary,
    pub totals: BoardTotals,
    /// Every copy, forwarded ones after the copy they came from.
    pub recipients: Vec<RecipientView>,
    /// Every step, oldest first.
    pub steps: Vec<StepView>,
    pub escalations: Vec<EscalationView>,
    /// Who watches the board besides the issuing agency.
    pub observers: Vec<ObserverView>,
    /// Whether the viewer may change the observers (the issuing agency may).
    pub may_name_observers: bool,
}

/// The per-recipient status of an input, for its issuing agency and the observers it names.
#[utoipa::path(get, path = "/api/v1/inputs/{id}/board", tag = "inputs",
    security(("session" = [])), params(("id" = InputId, Path)),
    responses((status = 200, body = StatusBoard),
        (status = 403, body = crate::error::Problem, description = "Not the issuing agency"),
        (status = 404, body = crate::error::Problem)))]
async fn status_board(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<InputId>,
) -> ApiResult<Json<StatusBoard>> {
    let input = readable_input(&state, &who, id, "status board").await?;
    let observers = state.store.input_observers(id).await?;
    let issuing_agency = input.marking.owner.agency == who.user.agency;
    if !issuing_agency && !observes(&who, &observers) {
        return Err(ApiError::forbidden(
            "Only the agency that issued an input, and the observers it names, see its status \
             board.",
        ));
    }
    let now = state.clock.now();
    let directory = Directory::load(&state.store).await?;
    let copies = state.store.input_recipients(id).await?;
    let steps = state.store.input_transitions(id).await?;
    let escalations = state.store.input_escalations(id).await?;
    let mut names = Usernames::default();
    let mut totals = BoardTotals {
        copies: copies.len(),
        ..BoardTotals::default()
    };
    let mut recipients = Vec::with_capacity(copies.len());
    for copy in copies {
        match copy.state {
            RecipientState::Delivered => totals.delivered += 1,
            RecipientState::Read => totals.read += 1,
            RecipientState::Acknowledged => totals.acknowledged += 1,
            RecipientState::ActionReported => totals.action_reported += 1,
            RecipientState::Flagged => totals.flagged += 1,
        }
        totals.overdue += usize::from(copy.is_overdue(now));
        let username = match copy.party {
            RecipientParty::User(user) => Some(names.of(&state, user).await?),
            RecipientParty::Unit(_) => None,
        };
        recipients.push(RecipientView::of(copy, &directory, username, now));
    }
    let mut step_views = Vec::with_capacity(steps.len());
    for step in steps {
        step_views.push(StepView {
            by_username: names.of(&state, step.by).await?,
            step,
        });
    }
    Ok(Json(StatusBoard {
        observers: observer_views(&state, &directory, &observers).await?,
        may_name_observers: issuing_agency,
        input: InputSummary::of(&input, &directory),
        totals,
        recipients,
        steps: step_views,
        escalations: escalations
            .into_iter()
            .map(|e| EscalationView {
                to_unit_name: unit_name(&directory, e.to_unit),
                escalation: e,
            })
            .collect(),
    }))
}

fn unit_name(directory: &Directory, unit: UnitId) -> String {
    directory.unit_name(unit)
}

/// Usernames looked up once each.
#[derive(Default)]
struct Usernames(HashMap<UserId, String>);

impl Usernames {
    async fn of(&mut self, state: &AppState, user: UserId) -> ApiResult<String> {
        if let Some(name) = self.0.get(&user) {
            return Ok(name.clone());
        }
        let name = state
            .store
            .user(user)
            .await?
            .map(|u| u.username)
            .unwrap_or_default();
        self.0.insert(user, name.clone());
        Ok(name)
    }
}
