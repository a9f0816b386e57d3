//! Persons in the shared register: create, read, edit with a version check, history, and one
//! search by name (either script) or identifier (any common format). Reads go through the
//! store's gate and are audited before the answer leaves.

use super::marked::{HolderView, checked_marking, holder_view, pass_gate};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::matching::{PersonMatchView, correlate_person};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::marking::{MarkingRequest, Owner};
use samanvay_core::register::{
    Address, Age, CaseReference, Gender, Person, PersonContent, PersonVersion, PhysicalDescription,
    RecordName, Relative, StatusFlag, StatusKind, ThreatLevel,
};
use samanvay_core::{Marking, OrganisationId, PersonId, Seen};
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{Change, Job, PersonQuery};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(search_persons, create_person))
        .routes(routes!(get_person, edit_person))
        .routes(routes!(person_history))
}

/// An identifier as typed: its kind and the value in any common format.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IdentifierInput {
    /// `mobile`, `imei`, `vehicle`, `bank_account`, `upi`, `email`, `social_handle`,
    /// `weapon_serial`.
    pub kind: String,
    /// "098100 12345", "HR 26 AB 1234", …
    pub value: String,
}

impl IdentifierInput {
    /// The identifier in canonical form, or the normalizer's message as a 422.
    pub fn parsed(&self) -> ApiResult<Identifier> {
        let kind: IdentifierKind = self.kind.parse().map_err(
            |e: samanvay_match::identifiers::UnknownIdentifierKind| {
                ApiError::invalid(e.to_string())
            },
        )?;
        Identifier::parse(kind, &self.value).map_err(|e| ApiError::invalid(e.to_string()))
    }
}

/// A person as an author writes it. `marking` is required to create; `version` to edit.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonForm {
    /// The version being edited; if someone saved a newer one meanwhile, the edit is refused.
    pub version: Option<i64>,
    /// Exactly one primary name; aliases and nicknames in either script.
    pub names: Vec<RecordName>,
    pub relative: Option<Relative>,
    pub gender: Option<Gender>,
    pub age: Option<Age>,
    /// Height, build, complexion, identifying marks, other features.
    pub description: Option<PhysicalDescription>,
    #[serde(default)]
    pub identifiers: Vec<IdentifierInput>,
    #[serde(default)]
    pub addresses: Vec<Address>,
    #[serde(default)]
    pub statuses: Vec<StatusFlag>,
    #[serde(default)]
    pub cases: Vec<CaseReference>,
    pub threat_level: Option<ThreatLevel>,
    /// An organisation the author may see.
    pub gang: Option<OrganisationId>,
    #[serde(default)]
    pub notes: String,
    /// Required to create; the current marking is kept on an edit without one.
    pub marking: Option<MarkingRequest>,
}

/// Adds a person, owned by the author's agency and unit.
#[utoipa::path(post, path = "/api/v1/persons", tag = "register",
    security(("session" = ["analyst"])), request_body = PersonForm,
    responses((status = 201, body = PersonSaved), (status = 422, body = crate::error::Problem)))]
async fn create_person(
    State(state): State<AppState>,
    who: SignedIn,
    Json(mut form): Json<PersonForm>,
) -> ApiResult<(StatusCode, Json<PersonSaved>)> {
    let Some(marking) = form.marking.take() else {
        return Err(ApiError::invalid("A new person needs a marking."));
    };
    let content = checked_content(&state, &who, form).await?;
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    let marking = checked_marking(&state, &who, marking.owned_by(owner)).await?;
    let now = state.clock.now();
    let person = Person {
        id: PersonId::new(),
        marking,
        content,
        version: 1,
        created_at: now,
        updated_at: now,
    };
    let event = person_event(
        &who,
        AuditAction::Create,
        person.id,
        &person.marking,
        person.content.primary_name(),
    );
    let job = Job::new(now)
        .change(Change::InsertPerson {
            person: person.clone(),
            by: who.user.id,
        })
        .event(event);
    let saved = save_correlated(&state, &who, job, person, true).await?;
    Ok((StatusCode::CREATED, Json(saved)))
}

/// A person just saved, with what matching found: records the author may read that may be
/// the same person, and the holders of matching records it may not read.
#[derive(Serialize, ToSchema)]
pub struct PersonSaved {
    #[serde(flatten)]
    pub person: Person,
    pub matches: Vec<PersonMatchView>,
    pub held_elsewhere: Vec<HolderView>,
}

/// Commits a person write with what matching sets off, then indexes the person.
async fn save_correlated(
    state: &AppState,
    who: &SignedIn,
    mut job: Job,
    person: Person,
    is_new: bool,
) -> ApiResult<PersonSaved> {
    let correlation = correlate_person(state, who, &person, is_new).await?;
    job.changes.extend(correlation.changes);
    job.audit.extend(correlation.events);
    state.store.commit(job).await?;
    state.matcher.put(&person);
    Ok(PersonSaved {
        person,
        matches: correlation.matches,
        held_elsewhere: correlation.pointers,
    })
}

/// One person. A person the viewer may not know of is "not found"; one whose marking allows a
/// pointer answers 403 with the holder to contact.
#[utoipa::path(get, path = "/api/v1/persons/{id}", tag = "register", security(("session" = [])),
    params(("id" = PersonId, Path)),
    responses((status = 200, body = Person), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn get_person(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<PersonId>,
) -> ApiResult<Json<Person>> {
    Ok(Json(readable(&state, &who, id, "read").await?))
}

/// Saves a new version. Only the owner agency edits its records.
#[utoipa::path(put, path = "/api/v1/persons/{id}", tag = "register",
    security(("session" = ["analyst"])), params(("id" = PersonId, Path)), request_body = PersonForm,
    responses((status = 200, body = PersonSaved), (status = 409, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn edit_person(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<PersonId>,
    Json(mut form): Json<PersonForm>,
) -> ApiResult<Json<PersonSaved>> {
    let current = readable(&state, &who, id, "opened for editing").await?;
    if current.marking.owner.agency != who.user.agency {
        return Err(ApiError::forbidden(
            "Only the agency that holds a person's record edits it.",
        ));
    }
    let Some(version) = form.version else {
        return Err(ApiError::invalid("An edit names the version it changes."));
    };
    if version != current.version {
        return Err(ApiError::conflict(format!(
            "The record is at version {}, not {version}: reload it and edit again.",
            current.version
        )));
    }
    let marking_request = form.marking.take();
    let content = checked_content(&state, &who, form).await?;
    let marking = match marking_request {
        Some(m) => checked_marking(&state, &who, m.owned_by(current.marking.owner.clone())).await?,
        None => current.marking.clone(),
    };
    let now = state.clock.now();
    let person = Person {
        marking,
        content,
        version: current.version + 1,
        updated_at: now,
        ..current
    };
    let detail = format!("version {}", person.version);
    let event = person_event(&who, AuditAction::Update, id, &person.marking, &detail);
    let job = Job::new(now)
        .change(Change::UpdatePerson {
            person: person.clone(),
            by: who.user.id,
        })
        .event(event);
    Ok(Json(
        save_correlated(&state, &who, job, person, false).await?,
    ))
}

/// Every version of a person the viewer may see, newest first.
#[utoipa::path(get, path = "/api/v1/persons/{id}/versions", tag = "register",
    security(("session" = [])), params(("id" = PersonId, Path)),
    responses((status = 200, body = [PersonVersion])))]
async fn person_history(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<PersonId>,
) -> ApiResult<Json<Vec<PersonVersion>>> {
    let seen = state.store.person_versions(&who.viewer, id).await?;
    let versions = pass_gate(&state, &who, seen, "person", |versions| {
        let latest = versions.first()?;
        Some(person_event(
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
pub struct PersonSearch {
    /// A name in either script, or an identifier in any common format.
    pub q: Option<String>,
    pub status: Option<StatusKind>,
    pub district: Option<String>,
    /// At least this threat level.
    pub threat_level: Option<ThreatLevel>,
    /// 1–200, default 20.
    pub limit: Option<i64>,
}

/// One person found, with how well and why.
#[derive(Serialize, ToSchema)]
pub struct PersonMatch {
    pub person: Person,
    /// 0.65 to 1.
    pub score: f64,
    /// Why it matched, for an officer to read.
    pub reasons: String,
}

#[derive(Serialize, ToSchema)]
pub struct PersonResults {
    pub persons: Vec<PersonMatch>,
    /// Other agencies hold strongly matching records not shared with you: whom to contact.
    pub pointers: Vec<HolderView>,
}

/// Searches the register by name or identifier, with filters: best matches first, only what
/// the viewer may see, with pointers to strong matches other agencies hold but do not share.
#[utoipa::path(get, path = "/api/v1/persons", tag = "register", security(("session" = [])),
    params(PersonSearch), responses((status = 200, body = PersonResults)))]
async fn search_persons(
    State(state): State<AppState>,
    who: SignedIn,
    Query(search): Query<PersonSearch>,
) -> ApiResult<Json<PersonResults>> {
    let limit = search.limit.unwrap_or(20);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::bad_request("limit must be 1–200."));
    }
    let text = search.q.filter(|q| !q.trim().is_empty());
    let candidates = text
        .as_deref()
        .map(|text| state.matcher.name_candidates(text))
        .unwrap_or_default();
    let query = PersonQuery {
        text,
        status: search.status,
        district: search.district,
        threat_level: search.threat_level,
        limit,
        candidates,
    };
    let found = state.store.search_persons(&who.viewer, &query).await?;
    let mut events: Vec<AuditEvent> = found
        .persons
        .iter()
        .map(|h| {
            person_event(
                &who,
                AuditAction::Listed,
                h.person.id,
                &h.person.marking,
                "search",
            )
        })
        .collect();
    let mut pointers = Vec::with_capacity(found.pointers.len());
    for holder in &found.pointers {
        pointers.push(holder_view(&state, holder).await?);
        events.push(event_by(
            &who,
            AuditAction::PointerShown,
            None,
            Some(holder.agency),
            "person search",
        ));
    }
    state.audit(events).await?;
    let persons = found
        .persons
        .into_iter()
        .map(|h| PersonMatch {
            person: h.person,
            score: h.score,
            reasons: h.reasons,
        })
        .collect();
    Ok(Json(PersonResults { persons, pointers }))
}

/// The person if the viewer may read it, audited; otherwise the refusal the gate allows.
pub(crate) async fn readable(
    state: &AppState,
    who: &SignedIn,
    id: PersonId,
    detail: &str,
) -> ApiResult<Person> {
    let seen = state.store.person(&who.viewer, id).await?;
    pass_gate(state, who, seen, "person", |person| {
        Some(person_event(
            who,
            AuditAction::Read,
            id,
            &person.marking,
            detail,
        ))
    })
    .await
}

/// The form's content, normalized and validated: identifiers through their normalizers (the
/// normalizer's message is the answer), the gang an organisation the author may see.
async fn checked_content(
    state: &AppState,
    who: &SignedIn,
    form: PersonForm,
) -> ApiResult<PersonContent> {
    let mut identifiers = Vec::with_capacity(form.identifiers.len());
    for input in &form.identifiers {
        identifiers.push(input.parsed()?);
    }
    if let Some(gang) = form.gang {
        let seen = state.store.organisation(&who.viewer, gang).await?;
        if !matches!(seen, Seen::Full(_)) {
            return Err(ApiError::invalid(format!(
                "There is no organisation {gang}."
            )));
        }
    }
    PersonContent {
        names: form.names,
        relative: form.relative,
        gender: form.gender,
        age: form.age,
        description: form.description,
        identifiers,
        addresses: form.addresses,
        statuses: form.statuses,
        cases: form.cases,
        threat_level: form.threat_level,
        gang: form.gang,
        notes: form.notes,
    }
    .validated(state.clock.now().date())
    .map_err(|e| ApiError::invalid(e.to_string()))
}

pub(crate) fn person_event(
    who: &SignedIn,
    action: AuditAction,
    id: PersonId,
    marking: &Marking,
    detail: &str,
) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Person,
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
