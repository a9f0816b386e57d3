//! Searching persons: by identifier when the query holds one (in any common format), else by
//! name — candidates from the name keys, ranked with `name_similarity` here in Rust. Filters and
//! the viewer's visibility are SQL; records the viewer may only know exist come back as one
//! pointer per holder, and only when they match strongly.

use super::persons::{person_columns, person_from_row};
use super::writes::fold_district;
use crate::visibility::{full_access, pointer_only, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::register::{Person, StatusKind, ThreatLevel};
use samanvay_core::{Holder, Viewer};
use samanvay_match::{Identifier, NameMatch, candidate_keys, detect, name_similarity};
use std::collections::HashSet;

/// A search of the register. With no text, it lists the persons the filters allow.
#[derive(Clone, Debug, Default)]
pub struct PersonQuery {
    /// A name in either script, or an identifier in any common format.
    pub text: Option<String>,
    pub status: Option<StatusKind>,
    pub district: Option<String>,
    /// At least this threat level.
    pub threat_level: Option<ThreatLevel>,
    pub limit: i64,
}

/// One person found, with how well it matched and why.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonHit {
    pub person: Person,
    /// 1 for an identifier or an exact name, down to [`NameMatch::POSSIBLE`].
    pub score: f64,
    /// Why it matched, for an officer to read.
    pub reasons: String,
}

/// What a search found: persons the viewer may see, best first, and the holders of strong
/// matches it may only know exist.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonResults {
    pub persons: Vec<PersonHit>,
    pub pointers: Vec<Holder>,
}

/// Most name candidates scored per search, and most keys looked up.
const MAX_CANDIDATES: i64 = 2000;
const MAX_KEYS: usize = 200;

/// A value bound into the filter SQL.
enum Bind {
    Text(String),
    Int(i64),
}

impl Store {
    /// Searches persons by identifier or name, with filters, within what the viewer may see.
    pub async fn search_persons(
        &self,
        viewer: &Viewer,
        query: &PersonQuery,
    ) -> Result<PersonResults, StoreError> {
        let text = query.text.as_deref().map(str::trim).unwrap_or("");
        let identifiers = detect(text);
        let (matching, binds) = if text.is_empty() {
            (String::new(), Vec::new())
        } else if !identifiers.is_empty() {
            identifier_condition(&identifiers)
        } else {
            let keys: Vec<String> = candidate_keys(text).into_iter().take(MAX_KEYS).collect();
            if keys.is_empty() {
                return Ok(PersonResults::default());
            }
            keys_condition(&keys)
        };
        let (filters, filter_binds) = filters(query, 3 + binds.len());
        let mut all_binds = binds;
        all_binds.extend(filter_binds);
        let conditions = format!("{matching}{filters}");

        let limit = if text.is_empty() {
            query.limit
        } else {
            MAX_CANDIDATES
        };
        let full_rows = self
            .select_persons(
                viewer,
                &full_access("t", 1, 2),
                &conditions,
                &all_binds,
                limit,
            )
            .await?;
        let score = |person: &Person| -> Option<(f64, String)> {
            if text.is_empty() {
                return Some((1.0, String::new()));
            }
            if !identifiers.is_empty() {
                return Some((1.0, identifier_reasons(person, &identifiers)));
            }
            let best = best_name_match(text, person)?;
            (best.score >= NameMatch::POSSIBLE).then(|| (best.score, best.explanation()))
        };
        let mut persons: Vec<PersonHit> = full_rows
            .into_iter()
            .filter_map(|person| {
                let (score, reasons) = score(&person)?;
                Some(PersonHit {
                    person,
                    score,
                    reasons,
                })
            })
            .collect();
        persons.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.person.updated_at.cmp(&a.person.updated_at))
                .then(b.person.id.cmp(&a.person.id))
        });
        persons.truncate(usize::try_from(query.limit).unwrap_or(0));

        let mut pointers = Vec::new();
        if !text.is_empty() {
            let hidden = self
                .select_persons(
                    viewer,
                    &pointer_only("t", 1, 2),
                    &conditions,
                    &all_binds,
                    MAX_CANDIDATES,
                )
                .await?;
            let mut seen = HashSet::new();
            for person in hidden {
                let strong = !identifiers.is_empty()
                    || best_name_match(text, &person).is_some_and(|m| m.is_strong());
                let holder = Holder {
                    agency: person.marking.owner.agency,
                    unit: person.marking.owner.unit,
                };
                if strong && seen.insert(holder) {
                    pointers.push(holder);
                }
            }
        }
        Ok(PersonResults { persons, pointers })
    }

    async fn select_persons(
        &self,
        viewer: &Viewer,
        access: &str,
        conditions: &str,
        binds: &[Bind],
        limit: i64,
    ) -> Result<Vec<Person>, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let sql = format!(
            "SELECT {} FROM persons t WHERE {access}{conditions} \
             ORDER BY t.updated_at DESC, t.id DESC LIMIT ${}",
            person_columns(),
            3 + binds.len(),
        );
        let mut select = sqlx::query(&sql).bind(agency).bind(clearance);
        for bind in binds {
            select = match bind {
                Bind::Text(text) => select.bind(text.clone()),
                Bind::Int(n) => select.bind(*n),
            };
        }
        let rows = select.bind(limit).fetch_all(&self.pool).await?;
        rows.iter().map(person_from_row).collect()
    }
}

/// The best match of the query against any of the person's names.
fn best_name_match(text: &str, person: &Person) -> Option<NameMatch> {
    person
        .content
        .names
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

/// `AND t.id IN (…identifiers…)`, binds numbered from $3.
fn identifier_condition(identifiers: &[Identifier]) -> (String, Vec<Bind>) {
    let mut pairs = Vec::new();
    let mut binds = Vec::new();
    for identifier in identifiers {
        let n = 3 + binds.len();
        pairs.push(format!("(i.kind = ${n} AND i.canonical = ${})", n + 1));
        binds.push(Bind::Text(identifier.kind().as_str().to_string()));
        binds.push(Bind::Text(identifier.canonical().to_string()));
    }
    let sql = format!(
        " AND t.id IN (SELECT i.record_id FROM identifiers i WHERE {})",
        pairs.join(" OR ")
    );
    (sql, binds)
}

/// `AND t.id IN (…records filed under these keys…)`, binds numbered from $3.
fn keys_condition(keys: &[String]) -> (String, Vec<Bind>) {
    let places: Vec<String> = (0..keys.len()).map(|i| format!("${}", 3 + i)).collect();
    let sql = format!(
        " AND t.id IN (SELECT k.record_id FROM name_keys k WHERE k.key IN ({}))",
        places.join(", ")
    );
    (sql, keys.iter().cloned().map(Bind::Text).collect())
}

/// The filter conditions and their binds, numbered from `$first`.
fn filters(query: &PersonQuery, first: usize) -> (String, Vec<Bind>) {
    let mut parts: Vec<String> = Vec::new();
    let mut binds = Vec::new();
    if let Some(status) = query.status {
        parts.push(format!("t.statuses LIKE ${}", first + binds.len()));
        binds.push(Bind::Text(format!("%|{}|%", status.name())));
    }
    if let Some(district) = query.district.as_deref().filter(|d| !d.trim().is_empty()) {
        parts.push(format!(
            "t.districts LIKE ${} ESCAPE '\\'",
            first + binds.len()
        ));
        let folded = fold_district(district)
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        binds.push(Bind::Text(format!("%|{folded}|%")));
    }
    if let Some(level) = query.threat_level {
        parts.push(format!("t.threat_level >= ${}", first + binds.len()));
        binds.push(Bind::Int(level.level()));
    }
    let sql = parts.iter().map(|p| format!(" AND {p}")).collect();
    (sql, binds)
}
