//! One search over the whole register: free text — a name in either script or an identifier in
//! any common format — with filters, ranked and paged, persons and organisations as typed hits
//! with reasons an officer can read, and pointers (marked as such) to strong matches other
//! agencies hold but do not share. A page says whether another follows, never how many there
//! are.

use super::marked::holder_view;
use super::organisations::organisation_event;
use super::persons::person_event;
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Query};
use crate::matching::{Hit as MatchedHit, record_hits};
use crate::state::{AppState, event_by};
use axum::extract::State;
use samanvay_core::audit::{AuditAction, AuditEvent};
use samanvay_core::register::{Organisation, OrganisationKind, Person, StatusKind, ThreatLevel};
use samanvay_core::{AgencyId, OrganisationId};
use samanvay_store::{RegisterHit, RegisterKind, RegisterQuery};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(search_register))
}

/// Which kind of record to search.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum KindFilter {
    Person,
    Organisation,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RegisterSearch {
    /// A name in Devanagari or Latin letters, or an identifier in any common format.
    pub q: Option<String>,
    /// Only persons or only organisations.
    pub kind: Option<KindFilter>,
    /// Persons holding this status.
    pub status: Option<StatusKind>,
    /// Persons with an address in this district.
    pub district: Option<String>,
    /// Records held by this agency, by code ("HR") or id.
    pub agency: Option<String>,
    /// Members of this gang or outfit.
    pub organisation: Option<OrganisationId>,
    /// Organisations of this kind.
    pub organisation_kind: Option<OrganisationKind>,
    /// Persons of at least this threat level.
    pub threat_level: Option<ThreatLevel>,
    /// 1 or more, default 1.
    pub page: Option<i64>,
    /// 1–100, default 20.
    pub per_page: Option<i64>,
}

/// One record found.
// Serialized once per page and dropped: boxing the person would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Hit {
    Person {
        person: Person,
        /// 0.65 to 1.
        score: f64,
        /// Why it matched, for an officer to read.
        reasons: String,
    },
    Organisation {
        organisation: Organisation,
        score: f64,
        reasons: String,
    },
}

/// A record the viewer may not see matched strongly: only who holds it and whom to contact.
#[derive(Serialize, ToSchema)]
pub struct PointerHit {
    /// Always `pointer`.
    pub kind: &'static str,
    /// `person` or `organisation`.
    pub record_kind: &'static str,
    pub agency: String,
    pub agency_code: String,
    pub contact_unit: String,
    /// "Delhi Police holds a matching record — contact the duty officer of Special Cell."
    pub message: String,
}

#[derive(Serialize, ToSchema)]
pub struct RegisterResults {
    pub hits: Vec<Hit>,
    /// On the first page only.
    pub pointers: Vec<PointerHit>,
    pub page: i64,
    pub per_page: i64,
    /// Whether another page follows. There is never a total.
    pub has_more: bool,
}

/// Searches persons and organisations together: ranked, paged, filtered by what the viewer may
/// see; pointers to strong matches held elsewhere.
#[utoipa::path(get, path = "/api/v1/register/search", tag = "register",
    security(("session" = [])), params(RegisterSearch),
    responses((status = 200, body = RegisterResults), (status = 400, body = crate::error::Problem)))]
async fn search_register(
    State(state): State<AppState>,
    who: SignedIn,
    Query(search): Query<RegisterSearch>,
) -> ApiResult<Json<RegisterResults>> {
    let paging = Paging::check(search.page, search.per_page, 20)?;
    let text = search.q.filter(|q| !q.trim().is_empty());
    let person_candidates = text
        .as_deref()
        .map(|text| state.matcher.name_candidates(text))
        .unwrap_or_default();
    let query = RegisterQuery {
        text: text.clone(),
        kind: search.kind.map(|k| match k {
            KindFilter::Person => RegisterKind::Person,
            KindFilter::Organisation => RegisterKind::Organisation,
        }),
        status: search.status,
        district: search.district,
        agency: resolve_agency(&state, search.agency.as_deref()).await?,
        organisation: search.organisation,
        organisation_kind: search.organisation_kind,
        threat_level: search.threat_level,
        offset: paging.offset(),
        limit: paging.per_page,
        person_candidates,
    };
    let found = state.store.search_register(&who.viewer, &query).await?;
    let searched = text.unwrap_or_default();
    let hits: Vec<MatchedHit> = found
        .pointed_persons
        .iter()
        .map(|(person, holder)| MatchedHit {
            person: *person,
            holder: *holder,
            reasons: format!("searched '{searched}'"),
        })
        .collect();
    record_hits(&state, &who, &hits).await?;
    let mut events: Vec<AuditEvent> = Vec::new();
    let hits: Vec<Hit> = found
        .hits
        .into_iter()
        .map(|hit| match hit {
            RegisterHit::Person {
                person,
                score,
                reasons,
            } => {
                events.push(person_event(
                    &who,
                    AuditAction::Listed,
                    person.id,
                    &person.marking,
                    "register search",
                ));
                Hit::Person {
                    person,
                    score,
                    reasons,
                }
            }
            RegisterHit::Organisation {
                organisation,
                score,
                reasons,
            } => {
                events.push(organisation_event(
                    &who,
                    AuditAction::Listed,
                    organisation.id,
                    &organisation.marking,
                    "register search",
                ));
                Hit::Organisation {
                    organisation,
                    score,
                    reasons,
                }
            }
        })
        .collect();
    let mut pointers = Vec::with_capacity(found.pointers.len());
    for pointer in &found.pointers {
        let view = holder_view(&state, &pointer.holder).await?;
        events.push(event_by(
            &who,
            AuditAction::PointerShown,
            None,
            Some(pointer.holder.agency),
            "register search",
        ));
        pointers.push(PointerHit {
            kind: "pointer",
            record_kind: pointer.kind.name(),
            message: format!(
                "{} holds a matching record — contact the duty officer of {}.",
                view.agency, view.contact_unit
            ),
            agency: view.agency,
            agency_code: view.agency_code,
            contact_unit: view.contact_unit,
        });
    }
    state.audit(events).await?;
    Ok(Json(RegisterResults {
        hits,
        pointers,
        page: paging.page,
        per_page: paging.per_page,
        has_more: found.has_more,
    }))
}

/// A checked page request.
pub struct Paging {
    pub page: i64,
    pub per_page: i64,
}

/// The deepest page a search goes to; ranking scores a bounded set of candidates.
const MAX_PAGE: i64 = 100;

impl Paging {
    pub fn check(page: Option<i64>, per_page: Option<i64>, default: i64) -> ApiResult<Paging> {
        let page = page.unwrap_or(1);
        let per_page = per_page.unwrap_or(default);
        if !(1..=MAX_PAGE).contains(&page) || !(1..=200).contains(&per_page) {
            return Err(ApiError::bad_request(format!(
                "page must be 1–{MAX_PAGE} and per_page 1–200."
            )));
        }
        Ok(Paging { page, per_page })
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }
}

/// An agency named by code or id; an unknown one is a 400, never an empty page.
pub async fn resolve_agency(state: &AppState, agency: Option<&str>) -> ApiResult<Option<AgencyId>> {
    let Some(agency) = agency.map(str::trim).filter(|a| !a.is_empty()) else {
        return Ok(None);
    };
    let agencies = state.store.agencies().await?;
    agencies
        .iter()
        .find(|a| a.code.eq_ignore_ascii_case(agency) || a.id.to_string() == agency)
        .map(|a| Some(a.id))
        .ok_or_else(|| ApiError::bad_request(format!("There is no agency {agency:?}.")))
}
