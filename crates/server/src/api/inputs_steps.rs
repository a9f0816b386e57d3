//! A recipient's steps on its copy: read, acknowledge, report action, flag "cannot act",
//! forward inside the agency. Each is checked against the copy's state (a step out of order is
//! a 409), written only if the copy is still where it was, attributed, audited and pushed to
//! the issuer and the recipient.

use crate::api::inputs_views::{RecipientView, holds, input_event};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::inputs::events;
use crate::state::AppState;
use axum::extract::State;
use samanvay_core::audit::AuditAction;
use samanvay_core::input::{
    IllegalTransition, Recipient, RecipientParty, RecipientState, Transition,
};
use samanvay_core::user::AccountStatus;
use samanvay_core::{InputId, RecipientId, Visibility};
use samanvay_store::{Change, InputChange, Job, NewRecipient};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(take_step))
}

/// Takes a step on a copy the viewer holds. Returns the copy as it now stands.
#[utoipa::path(post, path = "/api/v1/inputs/{id}/recipients/{recipient}/steps", tag = "inputs",
    security(("session" = [])),
    params(("id" = InputId, Path), ("recipient" = RecipientId, Path)),
    request_body = Transition,
    responses((status = 200, body = RecipientView),
        (status = 403, body = crate::error::Problem, description = "Not the holder of the copy"),
        (status = 404, body = crate::error::Problem),
        (status = 409, body = crate::error::Problem, description = "Not allowed from the copy's state"),
        (status = 422, body = crate::error::Problem)))]
async fn take_step(
    State(state): State<AppState>,
    who: SignedIn,
    Path((id, recipient)): Path<(InputId, RecipientId)>,
    Json(step): Json<Transition>,
) -> ApiResult<Json<RecipientView>> {
    // The step's own audit entry records the access; no separate read entry. One read brings
    // the input, its observers, the copy and the names the answer shows.
    let context = state
        .store
        .step_context(id, recipient)
        .await?
        .ok_or_else(ApiError::not_found)?;
    // Through the gate before anything of it is used: no copy of a hidden input exists.
    if who.viewer.visibility(&context.input.marking) != Visibility::Full {
        return Err(ApiError::not_found());
    }
    let (input, observers, copy) = (context.input, context.observers, context.copy);
    if !holds(&who, copy.party) {
        return Err(ApiError::forbidden(
            "Only the unit (or officer) holding this copy takes its steps.",
        ));
    }
    let to = step.apply(copy.state).map_err(|e| match e {
        IllegalTransition::BadText(_) => ApiError::invalid(e.to_string()),
        _ => ApiError::conflict(format!("{}.", capitalised(&e.to_string()))),
    })?;
    let now = state.clock.now();
    let forwarded = match &step {
        Transition::Forward { to: party, .. } => {
            Some(forward_copy(&state, &who, &copy, *party, &input, now).await?)
        }
        _ => None,
    };
    let outcome = match &step {
        Transition::ReportAction { outcome, .. } => Some(*outcome),
        _ => None,
    };
    let mut job = Job::new(now)
        .change(Change::Input(InputChange::Step {
            recipient: copy.id,
            input: id,
            from: copy.state,
            to,
            step: step.clone(),
            by: who.user.id,
            forwarded: forwarded.clone(),
        }))
        .change(Change::AppendEvent(events::step_taken(
            &input,
            &observers,
            &copy,
            to,
            outcome,
            who.user.id,
        )))
        .event(input_event(
            &who,
            AuditAction::Update,
            &input,
            format!("copy {} {}", copy.id, step.done()),
        ));
    if let Some(new) = &forwarded {
        let party = match new.user {
            Some(user) => RecipientParty::User(user),
            None => RecipientParty::Unit(new.unit),
        };
        job = job.change(Change::AppendEvent(events::issued(
            &input,
            events::audience_of(party),
            new.ack_deadline,
        )));
    }
    state.store.commit(job).await?;
    // The copy as the conditional write left it, without reading it back.
    let stored = after_step(copy, &step, to, who.user.id, now);
    Ok(Json(RecipientView {
        unit_name: context.unit_name,
        agency_code: context.agency_code,
        username: None,
        overdue: stored.is_overdue(now),
        recipient: stored,
    }))
}

/// The copy a forward delivers: to a unit or an active user of the forwarder's own agency.
async fn forward_copy(
    state: &AppState,
    who: &SignedIn,
    from: &samanvay_core::input::Recipient,
    to: RecipientParty,
    input: &samanvay_core::input::Input,
    now: time::OffsetDateTime,
) -> ApiResult<NewRecipient> {
    let outside = || ApiError::invalid("Forward only to a unit or an officer of your own agency.");
    let (unit, user) = match to {
        RecipientParty::Unit(unit) => {
            let found = state.store.unit(unit).await?.ok_or_else(outside)?;
            if found.agency != who.user.agency {
                return Err(outside());
            }
            (unit, None)
        }
        RecipientParty::User(user) => {
            let found = state.store.user(user).await?.ok_or_else(outside)?;
            if found.agency != who.user.agency || found.status != AccountStatus::Active {
                return Err(outside());
            }
            (found.unit, Some(user))
        }
    };
    if to == from.party {
        return Err(ApiError::invalid("This copy is already held there."));
    }
    let deadline = now
        + state
            .config
            .inputs
            .deadlines
            .period(input.content.precedence);
    Ok(NewRecipient {
        id: RecipientId::new(),
        input: input.id,
        agency: who.user.agency,
        unit,
        user,
        forwarded_from: Some(from.id),
        delivered_at: now,
        ack_deadline: deadline,
    })
}

/// The copy after a step, as the store's conditional update sets it.
fn after_step(
    mut copy: Recipient,
    step: &Transition,
    to: RecipientState,
    by: samanvay_core::UserId,
    at: time::OffsetDateTime,
) -> Recipient {
    copy.state = to;
    copy.read_at = copy.read_at.or(Some(at));
    if to == RecipientState::Acknowledged {
        copy.acknowledged_at = copy.acknowledged_at.or(Some(at));
    }
    match step {
        Transition::ReportAction { outcome, text } => {
            copy.acted_at = copy.acted_at.or(Some(at));
            copy.outcome = Some(*outcome);
            copy.outcome_text = Some(text.clone());
        }
        Transition::Flag { reason } => {
            copy.flagged_at = copy.flagged_at.or(Some(at));
            copy.flag_reason = Some(reason.clone());
        }
        Transition::Read | Transition::Acknowledge | Transition::Forward { .. } => {}
    }
    copy.last_by = Some(by);
    if !to.awaits_acknowledgement() {
        copy.next_escalation_at = None;
    }
    copy
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
