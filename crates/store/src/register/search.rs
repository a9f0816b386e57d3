//! Searching the register: persons and organisations by identifier when the text holds one
//! (in any common format), else by name — persons from the candidates the caller's in-memory
//! matcher found, organisations from the `name_keys` table — ranked with `name_similarity`
//! here in Rust. Filters and the viewer's visibility are SQL; records
//! the viewer may only know exist come back as one pointer per holder, and only when they
//! match strongly. Nothing is counted: a page says only whether another follows.

use super::organisations::{organisation_columns, organisation_from_row};
use super::persons::{person_columns, person_from_row};
use super::writes::fold_district;
use crate::visibility::{full_access, pointer_only, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::register::{
    Organisation, OrganisationKind, Person, RecordName, StatusKind, ThreatLevel,
};
use samanvay_core::{AgencyId, Holder, OrganisationId, PersonId, Viewer};
use samanvay_match::{Identifier, NameMatch, candidate_keys, detect, name_similarity};
use sqlx::Row;
use std::collections::HashSet;
use time::OffsetDateTime;

/// The two kinds of register record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegisterKind {
    Person,
    Organisation,
}

impl RegisterKind {
    pub fn name(self) -> &'static str {
        match self {
            RegisterKind::Person => "person",
            RegisterKind::Organisation => "organisation",
        }
    }
}

/// A search of the whole register. With no text, it lists what the filters allow, newest
/// first. A filter that only a person has (status, district, threat level, organisation)
/// leaves organisations out; an organisation kind leaves persons out.
#[derive(Clone, Debug, Default)]
pub struct RegisterQuery {
    /// A name in either script, or an identifier in any common format.
    pub text: Option<String>,
    /// Only this kind of record.
    pub kind: Option<RegisterKind>,
    pub status: Option<StatusKind>,
    pub district: Option<String>,
    /// Held by this agency.
    pub agency: Option<AgencyId>,
    /// Persons of this gang or outfit.
    pub organisation: Option<OrganisationId>,
    pub organisation_kind: Option<OrganisationKind>,
    /// At least this threat level.
    pub threat_level: Option<ThreatLevel>,
    pub offset: i64,
    pub limit: i64,
    /// Persons the in-memory matcher found for the text, best first: the only persons a name
    /// search looks at (persons have no name keys in the store).
    pub person_candidates: Vec<PersonId>,
}

/// One record found, with how well it matched and why.
// A page holds a few dozen hits, each moved once: boxing the person would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum RegisterHit {
    Person {
        person: Person,
        score: f64,
        reasons: String,
    },
    Organisation {
        organisation: Organisation,
        score: f64,
        reasons: String,
    },
}

impl RegisterHit {
    pub fn score(&self) -> f64 {
        match self {
            RegisterHit::Person { score, .. } | RegisterHit::Organisation { score, .. } => *score,
        }
    }

    fn updated_at(&self) -> OffsetDateTime {
        match self {
            RegisterHit::Person { person, .. } => person.updated_at,
            RegisterHit::Organisation { organisation, .. } => organisation.updated_at,
        }
    }

    fn id(&self) -> uuid::Uuid {
        match self {
            RegisterHit::Person { person, .. } => person.id.0,
            RegisterHit::Organisation { organisation, .. } => organisation.id.0,
        }
    }
}

/// A strong match the viewer may only know exists: which kind of record, and whom to ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegisterPointer {
    pub kind: RegisterKind,
    pub holder: Holder,
}

/// A page of what a search found, best first; pointers only on the first page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterResults {
    pub hits: Vec<RegisterHit>,
    /// Whether another page follows.
    pub has_more: bool,
    pub pointers: Vec<RegisterPointer>,
    /// The persons behind the person pointers, for telling their holders who searched; never
    /// shown to the viewer.
    pub pointed_persons: Vec<(PersonId, Holder)>,
}

/// A search of persons only (`GET /api/v1/persons`).
#[derive(Clone, Debug, Default)]
pub struct PersonQuery {
    pub text: Option<String>,
    pub status: Option<StatusKind>,
    pub district: Option<String>,
    pub threat_level: Option<ThreatLevel>,
    pub limit: i64,
    /// As [`RegisterQuery::person_candidates`].
    pub candidates: Vec<PersonId>,
}

/// One person found, with how well it matched and why.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonHit {
    pub person: Person,
    /// 1 for an identifier or an exact name, down to [`NameMatch::POSSIBLE`].
    pub score: f64,
    pub reasons: String,
}

/// Persons the viewer may see, best first, and the holders of strong matches it may only know
/// exist.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonResults {
    pub persons: Vec<PersonHit>,
    pub pointers: Vec<Holder>,
}

/// Most name candidates scored per search, and most keys looked up.
const MAX_CANDIDATES: i64 = 2000;
const MAX_KEYS: usize = 200;

/// A value bound into the filter SQL.
#[derive(Clone)]
enum Bind {
    Text(String),
    Int(i64),
}

/// `AND …` conditions with their binds, numbered after the viewer's two.
#[derive(Clone, Default)]
struct Conditions {
    sql: String,
    binds: Vec<Bind>,
}

impl Conditions {
    /// The placeholder of a new bind.
    fn bind(&mut self, value: Bind) -> String {
        self.binds.push(value);
        format!("${}", 2 + self.binds.len())
    }

    fn and(&mut self, condition: String) {
        self.sql.push_str(" AND ");
        self.sql.push_str(&condition);
    }
}

/// What the text asks for.
enum Wanted {
    Everything,
    Identifiers(Vec<Identifier>),
    Names {
        text: String,
        persons: Vec<String>,
        organisations: Vec<String>,
    },
}

impl Store {
    /// Organisations whose names share blocking keys with a name in either script, best first
    /// (most keys shared).
    async fn organisation_candidates(&self, text: &str) -> Result<Vec<String>, StoreError> {
        let keys: Vec<String> = candidate_keys(text).into_iter().take(MAX_KEYS).collect();
        if keys.is_empty() {
            return Ok(Vec::new());
        }
        let places: Vec<String> = (1..=keys.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT record_id FROM name_keys WHERE key IN ({}) GROUP BY record_id \
             ORDER BY COUNT(*) DESC, record_id LIMIT ${}",
            places.join(", "),
            keys.len() + 1
        );
        let mut select = sqlx::query(&sql);
        for key in keys {
            select = select.bind(key);
        }
        let rows = select.bind(MAX_CANDIDATES).fetch_all(&self.pool).await?;
        rows.iter()
            .map(|r| {
                r.try_get::<String, _>("record_id")
                    .map_err(StoreError::from)
            })
            .collect()
    }

    /// Searches persons and organisations, with filters and paging, within what the viewer may
    /// see.
    pub async fn search_register(
        &self,
        viewer: &Viewer,
        query: &RegisterQuery,
    ) -> Result<RegisterResults, StoreError> {
        let text = query.text.as_deref().map(str::trim).unwrap_or("");
        // Organisations have no identifiers, statuses, districts or threat level.
        let organisations_fit = query.kind != Some(RegisterKind::Person)
            && query.status.is_none()
            && query
                .district
                .as_deref()
                .is_none_or(|d| d.trim().is_empty())
            && query.threat_level.is_none()
            && query.organisation.is_none();
        let wanted = if text.is_empty() {
            Wanted::Everything
        } else {
            let identifiers = detect(text);
            if identifiers.is_empty() {
                Wanted::Names {
                    text: text.to_string(),
                    persons: query
                        .person_candidates
                        .iter()
                        .take(MAX_CANDIDATES as usize)
                        .map(|p| p.to_string())
                        .collect(),
                    organisations: if organisations_fit {
                        self.organisation_candidates(text).await?
                    } else {
                        Vec::new()
                    },
                }
            } else {
                Wanted::Identifiers(identifiers)
            }
        };
        let want_persons = query.kind != Some(RegisterKind::Organisation)
            && query.organisation_kind.is_none()
            && !matches!(&wanted, Wanted::Names { persons, .. } if persons.is_empty());
        let want_organisations = organisations_fit
            && match &wanted {
                Wanted::Everything => true,
                Wanted::Identifiers(_) => false,
                Wanted::Names { organisations, .. } => !organisations.is_empty(),
            };
        let page_end = query.offset + query.limit;
        // With no text, each kind's newest `page_end + 1` are enough to cut any page.
        let fetch = match wanted {
            Wanted::Everything => page_end + 1,
            _ => MAX_CANDIDATES,
        };

        let mut hits = Vec::new();
        let mut pointers = Vec::new();
        let mut pointed_persons = Vec::new();
        let want_pointers = !matches!(wanted, Wanted::Everything) && query.offset == 0;
        if want_persons {
            let conditions = person_conditions(query, &wanted);
            let access = full_access("t", 1, 2);
            for person in self
                .select_persons(viewer, &access, &conditions, fetch)
                .await?
            {
                if let Some((score, reasons)) = person_score(&wanted, &person) {
                    hits.push(RegisterHit::Person {
                        person,
                        score,
                        reasons,
                    });
                }
            }
            if want_pointers {
                let access = pointer_only("t", 1, 2);
                let hidden = self
                    .select_persons(viewer, &access, &conditions, fetch)
                    .await?;
                for person in hidden {
                    if is_strong(&wanted, &person.content.names) {
                        let found = pointer(RegisterKind::Person, &person.marking);
                        pointed_persons.push((person.id, found.holder));
                        pointers.push(found);
                    }
                }
            }
        }
        if want_organisations {
            let conditions = organisation_conditions(query, &wanted);
            let access = full_access("t", 1, 2);
            let found = self
                .select_organisations(viewer, &access, &conditions, fetch)
                .await?;
            for organisation in found {
                if let Some((score, reasons)) = names_score(&wanted, &organisation.content.names) {
                    hits.push(RegisterHit::Organisation {
                        organisation,
                        score,
                        reasons,
                    });
                }
            }
            if want_pointers {
                let access = pointer_only("t", 1, 2);
                let hidden = self
                    .select_organisations(viewer, &access, &conditions, fetch)
                    .await?;
                for organisation in hidden {
                    if is_strong(&wanted, &organisation.content.names) {
                        pointers.push(pointer(RegisterKind::Organisation, &organisation.marking));
                    }
                }
            }
        }
        hits.sort_by(|a, b| {
            b.score()
                .total_cmp(&a.score())
                .then(b.updated_at().cmp(&a.updated_at()))
                .then(b.id().cmp(&a.id()))
        });
        let has_more = hits.len() as i64 > page_end;
        let hits = hits
            .into_iter()
            .skip(usize::try_from(query.offset).unwrap_or(0))
            .take(usize::try_from(query.limit).unwrap_or(0))
            .collect();
        let mut seen = HashSet::new();
        pointers.retain(|p| seen.insert(*p));
        Ok(RegisterResults {
            hits,
            has_more,
            pointers,
            pointed_persons,
        })
    }

    /// Searches persons by identifier or name, with filters, within what the viewer may see.
    pub async fn search_persons(
        &self,
        viewer: &Viewer,
        query: &PersonQuery,
    ) -> Result<PersonResults, StoreError> {
        let register = RegisterQuery {
            text: query.text.clone(),
            kind: Some(RegisterKind::Person),
            status: query.status,
            district: query.district.clone(),
            threat_level: query.threat_level,
            limit: query.limit,
            person_candidates: query.candidates.clone(),
            ..RegisterQuery::default()
        };
        let found = self.search_register(viewer, &register).await?;
        let persons = found
            .hits
            .into_iter()
            .filter_map(|hit| match hit {
                RegisterHit::Person {
                    person,
                    score,
                    reasons,
                } => Some(PersonHit {
                    person,
                    score,
                    reasons,
                }),
                RegisterHit::Organisation { .. } => None,
            })
            .collect();
        let pointers = found.pointers.into_iter().map(|p| p.holder).collect();
        Ok(PersonResults { persons, pointers })
    }

    async fn select_persons(
        &self,
        viewer: &Viewer,
        access: &str,
        conditions: &Conditions,
        limit: i64,
    ) -> Result<Vec<Person>, StoreError> {
        let rows = self
            .select_rows(
                "persons",
                &person_columns(),
                viewer,
                access,
                conditions,
                limit,
            )
            .await?;
        rows.iter().map(person_from_row).collect()
    }

    async fn select_organisations(
        &self,
        viewer: &Viewer,
        access: &str,
        conditions: &Conditions,
        limit: i64,
    ) -> Result<Vec<Organisation>, StoreError> {
        let rows = self
            .select_rows(
                "organisations",
                &organisation_columns(),
                viewer,
                access,
                conditions,
                limit,
            )
            .await?;
        rows.iter().map(organisation_from_row).collect()
    }

    async fn select_rows(
        &self,
        table: &str,
        columns: &str,
        viewer: &Viewer,
        access: &str,
        conditions: &Conditions,
        limit: i64,
    ) -> Result<Vec<sqlx::any::AnyRow>, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let sql = format!(
            "SELECT {columns} FROM {table} t WHERE {access}{} \
             ORDER BY t.updated_at DESC, t.id DESC LIMIT ${}",
            conditions.sql,
            3 + conditions.binds.len(),
        );
        let mut select = sqlx::query(&sql).bind(agency).bind(clearance);
        for bind in &conditions.binds {
            select = match bind {
                Bind::Text(text) => select.bind(text.clone()),
                Bind::Int(n) => select.bind(*n),
            };
        }
        Ok(select.bind(limit).fetch_all(&self.pool).await?)
    }
}

fn pointer(kind: RegisterKind, marking: &samanvay_core::Marking) -> RegisterPointer {
    RegisterPointer {
        kind,
        holder: Holder {
            agency: marking.owner.agency,
            unit: marking.owner.unit,
        },
    }
}

/// The score and reasons of a person, or `None` when it does not match well enough.
fn person_score(wanted: &Wanted, person: &Person) -> Option<(f64, String)> {
    match wanted {
        Wanted::Identifiers(identifiers) => Some((1.0, identifier_reasons(person, identifiers))),
        _ => names_score(wanted, &person.content.names),
    }
}

fn names_score(wanted: &Wanted, names: &[RecordName]) -> Option<(f64, String)> {
    match wanted {
        Wanted::Everything => Some((1.0, String::new())),
        Wanted::Identifiers(_) => None,
        Wanted::Names { text, .. } => {
            let best = best_name_match(text, names)?;
            (best.score >= NameMatch::POSSIBLE).then(|| (best.score, best.explanation()))
        }
    }
}

/// Whether a record the viewer may not see matches strongly enough to point at.
fn is_strong(wanted: &Wanted, names: &[RecordName]) -> bool {
    match wanted {
        Wanted::Everything => false,
        Wanted::Identifiers(_) => true,
        Wanted::Names { text, .. } => best_name_match(text, names).is_some_and(|m| m.is_strong()),
    }
}

/// The best match of the query against any of the record's names.
fn best_name_match(text: &str, names: &[RecordName]) -> Option<NameMatch> {
    names
        .iter()
        .map(|name| name_similarity(text, &name.text))
        .max_by(|a, b| a.score.total_cmp(&b.score))
}

fn identifier_reasons(person: &Person, wanted: &[Identifier]) -> String {
    let shared: Vec<String> = person
        .content
        .identifiers
        .iter()
        .filter(|i| wanted.contains(i))
        .map(|i| format!("same {} {}", i.kind().label(), i.canonical()))
        .collect();
    shared.join("; ")
}

/// The conditions on persons: what the text wants, then the filters.
fn person_conditions(query: &RegisterQuery, wanted: &Wanted) -> Conditions {
    let mut c = Conditions::default();
    match wanted {
        Wanted::Everything => {}
        Wanted::Identifiers(identifiers) => {
            let mut pairs = Vec::new();
            for identifier in identifiers {
                let kind = c.bind(Bind::Text(identifier.kind().as_str().to_string()));
                let canonical = c.bind(Bind::Text(identifier.canonical().to_string()));
                pairs.push(format!("(i.kind = {kind} AND i.canonical = {canonical})"));
            }
            c.and(format!(
                "t.id IN (SELECT i.record_id FROM identifiers i WHERE {})",
                pairs.join(" OR ")
            ));
        }
        Wanted::Names { persons, .. } => ids_condition(&mut c, persons),
    }
    if let Some(status) = query.status {
        let place = c.bind(Bind::Text(format!("%|{}|%", status.name())));
        c.and(format!("t.statuses LIKE {place}"));
    }
    if let Some(district) = query.district.as_deref().filter(|d| !d.trim().is_empty()) {
        let folded = fold_district(district)
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let place = c.bind(Bind::Text(format!("%|{folded}|%")));
        c.and(format!("t.districts LIKE {place} ESCAPE '\\'"));
    }
    if let Some(level) = query.threat_level {
        let place = c.bind(Bind::Int(level.level()));
        c.and(format!("t.threat_level >= {place}"));
    }
    if let Some(organisation) = query.organisation {
        let place = c.bind(Bind::Text(organisation.to_string()));
        c.and(format!("t.gang_id = {place}"));
    }
    agency_condition(&mut c, query.agency);
    c
}

fn organisation_conditions(query: &RegisterQuery, wanted: &Wanted) -> Conditions {
    let mut c = Conditions::default();
    if let Wanted::Names { organisations, .. } = wanted {
        ids_condition(&mut c, organisations);
    }
    if let Some(kind) = query.organisation_kind {
        let place = c.bind(Bind::Text(kind.name().to_string()));
        c.and(format!("t.kind = {place}"));
    }
    agency_condition(&mut c, query.agency);
    c
}

fn ids_condition(c: &mut Conditions, ids: &[String]) {
    let places: Vec<String> = ids
        .iter()
        .map(|id| c.bind(Bind::Text(id.clone())))
        .collect();
    c.and(format!("t.id IN ({})", places.join(", ")));
}

fn agency_condition(c: &mut Conditions, agency: Option<AgencyId>) {
    if let Some(agency) = agency {
        let place = c.bind(Bind::Text(agency.to_string()));
        c.and(format!("t.owner_agency = {place}"));
    }
}
