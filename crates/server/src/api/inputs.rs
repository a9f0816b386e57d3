//! Intelligence inputs: preview whom targets reach, issue an input, list and read inputs. The
//! inbox, the recipients' steps, the issuer's status board and compliance have files of their
//! own (`inputs_*.rs`); every route of them is merged here.

use crate::api::inputs_observers::{checked_observers, describe, named_at_issue, observes};
use crate::api::inputs_views::{InputSummary, RecipientView, holds, input_event};
use crate::api::marked::{checked_marking, pass_gate};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::inputs::directory::Directory;
use crate::inputs::events;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::AuditAction;
use samanvay_core::document::Language;
use samanvay_core::event::Audience;
use samanvay_core::input::{
    Input, InputContent, InputKind, LinkedEntities, Observer, Precedence, Recipient,
    RecipientParty, RecipientState, RequiredAction, SourceGrading, Target, check_target_count,
    resolve_targets,
};
use samanvay_core::marking::{Distribution, MarkingRequest, Owner};
use samanvay_core::org::{Coordinates, UnitKind};
use samanvay_core::{AgencyId, InputId, RecipientId, Seen, UnitId};
use samanvay_store::{Change, InputChange, InputQuery, Job, NewRecipient};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(preview_targets))
        .routes(routes!(list_inputs, issue_input))
        .routes(routes!(get_input))
        .merge(super::inputs_inbox::routes())
        .merge(super::inputs_steps::routes())
        .merge(super::inputs_board::routes())
        .merge(super::inputs_observers::routes())
        .merge(super::inputs_compliance::routes())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetPreviewRequest {
    pub targets: Vec<Target>,
    /// The distribution the input will carry, to name the agencies it would not reach.
    pub distribution: Option<Distribution>,
}

/// A unit the targets resolve to.
#[derive(Serialize, ToSchema)]
pub struct ResolvedUnit {
    pub id: UnitId,
    pub name: String,
    pub kind: UnitKind,
    pub agency: AgencyId,
    pub agency_code: String,
    pub location: Option<Coordinates>,
}

#[derive(Serialize, ToSchema)]
pub struct TargetPreview {
    pub units: Vec<ResolvedUnit>,
    /// Codes of agencies holding resolved units whom the distribution does not reach: the
    /// input could not be issued so.
    pub unreachable_agencies: Vec<String>,
}

/// Resolves targets to the recipient units, so the issuer sees the list (and the map) before
/// sending.
#[utoipa::path(post, path = "/api/v1/inputs/preview", tag = "inputs",
    security(("session" = ["analyst", "supervisor"])), request_body = TargetPreviewRequest,
    responses((status = 200, body = TargetPreview), (status = 422, body = crate::error::Problem)))]
async fn preview_targets(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<TargetPreviewRequest>,
) -> ApiResult<Json<TargetPreview>> {
    check_target_count(&request.targets).map_err(|e| ApiError::invalid(e.to_string()))?;
    let directory = Directory::load(&state.store).await?;
    let units = resolve(&state, &directory, &request.targets).await?;
    let owner = who.user.agency;
    let unreachable = match &request.distribution {
        Some(d) => unreachable_agencies(&directory, &units, owner, d),
        None => Vec::new(),
    };
    Ok(Json(TargetPreview {
        units: units
            .iter()
            .filter_map(|id| directory.unit(*id))
            .map(|u| ResolvedUnit {
                id: u.id,
                name: u.name.clone(),
                kind: u.kind,
                agency: u.agency,
                agency_code: directory.agency_code(u.agency),
                location: u.location,
            })
            .collect(),
        unreachable_agencies: unreachable,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInput {
    pub title: String,
    /// Hindi, English or both.
    pub body: String,
    pub language: Language,
    pub kind: InputKind,
    pub precedence: Precedence,
    pub required_action: RequiredAction,
    pub grading: SourceGrading,
    #[serde(default, with = "time::serde::rfc3339::option")]
    pub valid_until: Option<OffsetDateTime>,
    #[serde(default)]
    pub linked: LinkedEntities,
    /// Digests returned by `POST /api/v1/attachments`.
    #[serde(default)]
    pub attachments: Vec<String>,
    pub targets: Vec<Target>,
    /// Its distribution must reach every recipient unit's agency.
    pub marking: MarkingRequest,
    /// Users and units who watch the status board besides the issuer (each only while the
    /// marking lets it read the input).
    #[serde(default)]
    pub observers: Vec<Observer>,
}

/// An input as issued, with the copies delivered.
#[derive(Serialize, ToSchema)]
pub struct IssuedInput {
    pub input: Input,
    pub recipients: Vec<RecipientView>,
}

/// Issues an input: resolves the targets, delivers a copy to every recipient unit with an
/// acknowledgement deadline by precedence, and pushes it to the units' open sessions.
#[utoipa::path(post, path = "/api/v1/inputs", tag = "inputs",
    security(("session" = ["analyst", "supervisor"])), request_body = NewInput,
    responses((status = 201, body = IssuedInput), (status = 422, body = crate::error::Problem)))]
async fn issue_input(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<NewInput>,
) -> ApiResult<(StatusCode, Json<IssuedInput>)> {
    let now = state.clock.now();
    let content = InputContent {
        title: request.title,
        body: request.body,
        language: request.language,
        kind: request.kind,
        precedence: request.precedence,
        required_action: request.required_action,
        grading: request.grading,
        valid_until: request.valid_until,
        linked: request.linked,
        attachments: request.attachments,
    }
    .validated(now)
    .map_err(|e| ApiError::invalid(e.to_string()))?;
    check_target_count(&request.targets).map_err(|e| ApiError::invalid(e.to_string()))?;
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    let marking = checked_marking(&state, &who, request.marking.owned_by(owner)).await?;
    let directory = Directory::load(&state.store).await?;
    let units = resolve(&state, &directory, &request.targets).await?;
    let unreachable =
        unreachable_agencies(&directory, &units, who.user.agency, &marking.distribution);
    if !unreachable.is_empty() {
        return Err(ApiError::invalid(format!(
            "The marking does not share the input with {}, which hold recipient units: share \
             it with them or narrow the targets.",
            unreachable.join(", ")
        )));
    }
    let observers = checked_observers(&state, &directory, request.observers).await?;
    check_links(&state, &who, &content.linked).await?;
    let unusable = state
        .store
        .attachments_unusable(&who.viewer, &content.attachments)
        .await?;
    if let Some(digest) = unusable.first() {
        return Err(ApiError::invalid(format!(
            "There is no attachment {digest} you may attach: upload it first."
        )));
    }
    let deadline = now + state.config.inputs.deadlines.period(content.precedence);
    let input = Input {
        id: InputId::new(),
        marking,
        content,
        targets: request.targets,
        issued_at: now,
    };
    let recipients: Vec<NewRecipient> = units
        .iter()
        .filter_map(|id| directory.unit(*id))
        .map(|unit| NewRecipient {
            id: RecipientId::new(),
            input: input.id,
            agency: unit.agency,
            unit: unit.id,
            user: None,
            forwarded_from: None,
            delivered_at: now,
            ack_deadline: deadline,
        })
        .collect();
    let mut detail = format!("issued to {} units", recipients.len());
    if !observers.is_empty() {
        detail = format!("{detail}; {}", describe(&observers));
    }
    let delivered = recipients.clone();
    let mut job = Job::new(now)
        .change(Change::Input(InputChange::Issue {
            input: Box::new(input.clone()),
            recipients,
        }))
        .change(Change::AppendEvent(events::issued(
            &input,
            Audience::Units(units),
            deadline,
        )))
        .event(input_event(&who, AuditAction::Create, &input, detail));
    job.changes.extend(named_at_issue(&input, &observers));
    state.store.commit(job).await?;
    // The copies as the insert stored them, without reading a thousand rows back.
    let recipients = delivered
        .iter()
        .map(|copy| RecipientView::of(as_delivered(copy), &directory, None, now))
        .collect();
    Ok((StatusCode::CREATED, Json(IssuedInput { input, recipients })))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct InputListQuery {
    /// `own_agency`: only inputs the viewer's agency issued.
    pub issued_by: Option<IssuedBy>,
    /// `true`: only inputs naming the viewer (or its unit) an observer.
    pub observing: Option<bool>,
    /// 1–200, default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

#[derive(Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssuedBy {
    OwnAgency,
}

#[derive(Serialize, ToSchema)]
pub struct InputList {
    pub inputs: Vec<InputSummary>,
}

/// Inputs the viewer may read, newest first.
#[utoipa::path(get, path = "/api/v1/inputs", tag = "inputs", security(("session" = [])),
    params(InputListQuery), responses((status = 200, body = InputList)))]
async fn list_inputs(
    State(state): State<AppState>,
    who: SignedIn,
    Query(query): Query<InputListQuery>,
) -> ApiResult<Json<InputList>> {
    let limit = query.limit.unwrap_or(50);
    let offset = query.offset.unwrap_or(0);
    if !(1..=200).contains(&limit) || offset < 0 {
        return Err(ApiError::bad_request(
            "limit must be 1–200 and offset 0 or more.",
        ));
    }
    let store_query = InputQuery {
        issued_by: query.issued_by.map(|_| who.user.agency),
        observed_by: (query.observing == Some(true)).then_some((who.user.id, who.viewer.unit)),
        limit,
        offset,
    };
    let inputs = state.store.inputs(&who.viewer, &store_query).await?;
    let events = inputs
        .iter()
        .map(|i| input_event(&who, AuditAction::Listed, i, "listed"))
        .collect();
    state.audit(events).await?;
    let directory = Directory::load(&state.store).await?;
    Ok(Json(InputList {
        inputs: inputs
            .iter()
            .map(|i| InputSummary::of(i, &directory))
            .collect(),
    }))
}

/// A linked register entity the viewer may read.
#[derive(Serialize, ToSchema)]
pub struct LinkedView {
    pub kind: LinkedKind,
    pub id: uuid::Uuid,
    pub name: String,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkedKind {
    Person,
    Organisation,
}

/// An input as a reader sees it.
#[derive(Serialize, ToSchema)]
pub struct InputDetail {
    pub input: Input,
    pub summary: InputSummary,
    /// Linked persons and organisations the viewer may read; the others are left out.
    pub linked: Vec<LinkedView>,
    /// The copies the viewer holds (its unit's, or forwarded to it): the ones it takes steps
    /// on.
    pub my_copies: Vec<RecipientView>,
    /// Whether the viewer sees the status board: its agency issued the input, or it (or its
    /// unit) is named an observer.
    pub sees_board: bool,
}

/// One input, through the gate, with the viewer's own copies.
#[utoipa::path(get, path = "/api/v1/inputs/{id}", tag = "inputs", security(("session" = [])),
    params(("id" = InputId, Path)),
    responses((status = 200, body = InputDetail), (status = 404, body = crate::error::Problem)))]
async fn get_input(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<InputId>,
) -> ApiResult<Json<InputDetail>> {
    let input = readable_input(&state, &who, id, "read").await?;
    let directory = Directory::load(&state.store).await?;
    let now = state.clock.now();
    let my_copies = state
        .store
        .input_recipients(id)
        .await?
        .into_iter()
        .filter(|r| holds(&who, r.party))
        .map(|r| RecipientView::of(r, &directory, None, now))
        .collect();
    let sees_board = input.marking.owner.agency == who.user.agency
        || observes(&who, &state.store.input_observers(id).await?);
    let mut linked = Vec::new();
    for person in &input.content.linked.persons {
        if let Seen::Full(p) = state.store.person(&who.viewer, *person).await? {
            linked.push(LinkedView {
                kind: LinkedKind::Person,
                id: person.0,
                name: p.content.primary_name().to_string(),
            });
        }
    }
    for organisation in &input.content.linked.organisations {
        if let Seen::Full(o) = state.store.organisation(&who.viewer, *organisation).await? {
            let name = o.content.names.first().map(|n| n.text.clone());
            linked.push(LinkedView {
                kind: LinkedKind::Organisation,
                id: organisation.0,
                name: name.unwrap_or_default(),
            });
        }
    }
    Ok(Json(InputDetail {
        summary: InputSummary::of(&input, &directory),
        input,
        linked,
        my_copies,
        sees_board,
    }))
}

/// The input if the viewer may read it, audited; "not found" otherwise, as for no input.
pub(crate) async fn readable_input(
    state: &AppState,
    who: &SignedIn,
    id: InputId,
    detail: &str,
) -> ApiResult<Input> {
    let seen = state.store.input(&who.viewer, id).await?;
    // Inputs never answer with a pointer: an outsider learns nothing of them.
    let seen = match seen {
        Seen::Pointer(_) => Seen::Hidden,
        other => other,
    };
    pass_gate(state, who, seen, "input", |input| {
        Some(input_event(who, AuditAction::Read, input, detail))
    })
    .await
}

/// A copy just delivered, as stored: nothing done yet, escalating at its deadline.
fn as_delivered(copy: &NewRecipient) -> Recipient {
    Recipient {
        id: copy.id,
        input: copy.input,
        party: match copy.user {
            Some(user) => RecipientParty::User(user),
            None => RecipientParty::Unit(copy.unit),
        },
        agency: copy.agency,
        unit: copy.unit,
        forwarded_from: copy.forwarded_from,
        state: RecipientState::Delivered,
        delivered_at: copy.delivered_at,
        read_at: None,
        acknowledged_at: None,
        acted_at: None,
        flagged_at: None,
        ack_deadline: copy.ack_deadline,
        outcome: None,
        outcome_text: None,
        flag_reason: None,
        last_by: None,
        escalation_level: 0,
        next_escalation_at: Some(copy.ack_deadline),
    }
}

/// Resolves targets against the directory and the postings; a bad target is a 422.
async fn resolve(
    state: &AppState,
    directory: &Directory,
    targets: &[Target],
) -> ApiResult<Vec<UnitId>> {
    let needs_postings = targets.iter().any(|t| matches!(t, Target::Role { .. }));
    let postings = if needs_postings {
        state.store.postings().await?
    } else {
        Vec::new()
    };
    resolve_targets(targets, &directory.units, &postings)
        .map_err(|e| ApiError::invalid(format!("Targets: {e}.")))
}

/// Agencies of recipient units that a marking with this distribution would not reach.
fn unreachable_agencies(
    directory: &Directory,
    units: &[UnitId],
    owner: AgencyId,
    distribution: &Distribution,
) -> Vec<String> {
    let mut codes: Vec<String> = units
        .iter()
        .filter_map(|u| directory.unit(*u))
        .map(|u| u.agency)
        .filter(|agency| *agency != owner)
        .filter(|agency| match distribution {
            Distribution::OwnAgency => true,
            Distribution::AllAgencies => false,
            Distribution::Agencies { agencies } => !agencies.contains(agency),
            // Whether a group reaches an agency is for the gate; the distribution is checked
            // against the issuer's groups when the marking is.
            Distribution::SharingGroup { .. } => false,
        })
        .map(|agency| directory.agency_code(agency))
        .collect();
    codes.sort();
    codes.dedup();
    codes
}

/// Every linked entity must be one the issuer may read; the others are refused alike, as if
/// they did not exist.
async fn check_links(state: &AppState, who: &SignedIn, linked: &LinkedEntities) -> ApiResult<()> {
    for person in &linked.persons {
        if !matches!(
            state.store.person(&who.viewer, *person).await?,
            Seen::Full(_)
        ) {
            return Err(ApiError::invalid(format!(
                "There is no person {person} you may link."
            )));
        }
    }
    for organisation in &linked.organisations {
        if !matches!(
            state.store.organisation(&who.viewer, *organisation).await?,
            Seen::Full(_)
        ) {
            return Err(ApiError::invalid(format!(
                "There is no organisation {organisation} you may link."
            )));
        }
    }
    Ok(())
}
