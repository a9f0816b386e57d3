//! "Same person" links: suggestions from matching and analysts' decisions, and the clusters
//! they form. A suggestion never overwrites a stored link, so a rejected pair stays rejected.

use crate::codec::{from_micros, id, micros};
use crate::inserts::{Value, insert};
use crate::{Store, StoreError};
use samanvay_core::PersonId;
use samanvay_core::UserId;
use samanvay_core::register::{LinkState, PersonLink, PersonPair};
use sqlx::any::{Any, AnyRow};
use sqlx::{AnyConnection, Row, Transaction};
use std::collections::{BTreeSet, HashSet};
use time::OffsetDateTime;

/// Most records gathered into one cluster; a chain longer than this is cut, not followed.
pub const MAX_CLUSTER: usize = 50;

const LINK_COLUMNS: &str =
    "person_a, person_b, state, weight, reasons, suggested_at, decided_by, decided_at";

/// A "same person" pair matching found, with its weight and reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkSuggestion {
    pub pair: PersonPair,
    pub weight: f64,
    pub reasons: String,
}

/// Stores the suggested links, each unless its pair already has one (suggested or decided),
/// many rows per statement; returns how many were stored.
pub(crate) async fn suggest(
    tx: &mut Transaction<'_, Any>,
    links: &[LinkSuggestion],
    at: OffsetDateTime,
) -> Result<u64, StoreError> {
    let rows = links
        .iter()
        .map(|link| {
            vec![
                Value::Text(link.pair.a.to_string()),
                Value::Text(link.pair.b.to_string()),
                Value::Text("suggested".to_string()),
                Value::Float(link.weight),
                Value::Text(link.reasons.clone()),
                Value::Int(micros(at)),
            ]
        })
        .collect();
    let into = "person_links (person_a, person_b, state, weight, reasons, suggested_at)";
    insert(tx, into, rows, "ON CONFLICT DO NOTHING")
        .await
        .map_err(StoreError::from_write)
}

/// Records an analyst's decision on a pair, suggested or not.
pub(crate) async fn decide(
    conn: &mut AnyConnection,
    pair: PersonPair,
    state: LinkState,
    by: UserId,
    at: OffsetDateTime,
) -> Result<sqlx::any::AnyQueryResult, sqlx::Error> {
    sqlx::query(
        "INSERT INTO person_links \
           (person_a, person_b, state, weight, reasons, suggested_at, decided_by, decided_at) \
         VALUES ($1, $2, $3, 0, '', $5, $4, $5) \
         ON CONFLICT (person_a, person_b) DO UPDATE \
         SET state = excluded.state, decided_by = excluded.decided_by, \
             decided_at = excluded.decided_at",
    )
    .bind(pair.a.to_string())
    .bind(pair.b.to_string())
    .bind(state.name())
    .bind(by.to_string())
    .bind(micros(at))
    .execute(conn)
    .await
}

impl Store {
    /// The link stored for a pair, if any.
    pub async fn person_link(&self, pair: PersonPair) -> Result<Option<PersonLink>, StoreError> {
        let sql = format!(
            "SELECT {LINK_COLUMNS} FROM person_links WHERE person_a = $1 AND person_b = $2"
        );
        let row = sqlx::query(&sql)
            .bind(pair.a.to_string())
            .bind(pair.b.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(link_from_row).transpose()
    }

    /// The records linked to `person` through suggested or confirmed links, transitively (at
    /// most [`MAX_CLUSTER`]), and every link among them, rejected ones included. Records are
    /// ids only: the caller passes each through the gate.
    pub async fn person_cluster(
        &self,
        person: PersonId,
    ) -> Result<(Vec<PersonId>, Vec<PersonLink>), StoreError> {
        let mut members = BTreeSet::from([person]);
        let mut frontier = vec![person];
        let mut links: Vec<PersonLink> = Vec::new();
        let mut seen_pairs = HashSet::new();
        while !frontier.is_empty() && members.len() < MAX_CLUSTER {
            let found = self.links_touching(&frontier).await?;
            frontier.clear();
            for link in found {
                if !seen_pairs.insert(link.pair) {
                    continue;
                }
                if link.state != LinkState::Rejected {
                    for end in [link.pair.a, link.pair.b] {
                        if members.len() < MAX_CLUSTER && members.insert(end) {
                            frontier.push(end);
                        }
                    }
                }
                links.push(link);
            }
        }
        links.retain(|l| members.contains(&l.pair.a) && members.contains(&l.pair.b));
        Ok((members.into_iter().collect(), links))
    }

    /// Every pair an analyst rejected, for bulk matching to respect.
    pub async fn rejected_person_pairs(&self) -> Result<HashSet<PersonPair>, StoreError> {
        let rows =
            sqlx::query("SELECT person_a, person_b FROM person_links WHERE state = 'rejected'")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                Ok(PersonPair {
                    a: id(&row.try_get::<String, _>("person_a")?)?,
                    b: id(&row.try_get::<String, _>("person_b")?)?,
                })
            })
            .collect()
    }

    async fn links_touching(&self, persons: &[PersonId]) -> Result<Vec<PersonLink>, StoreError> {
        let places: Vec<String> = (1..=persons.len()).map(|n| format!("${n}")).collect();
        let places = places.join(", ");
        let sql = format!(
            "SELECT {LINK_COLUMNS} FROM person_links \
             WHERE person_a IN ({places}) OR person_b IN ({places})"
        );
        let mut query = sqlx::query::<Any>(&sql);
        for person in persons {
            query = query.bind(person.to_string());
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(link_from_row).collect()
    }
}

fn link_from_row(row: &AnyRow) -> Result<PersonLink, StoreError> {
    let state: String = row.try_get("state")?;
    let decided_by: Option<String> = row.try_get("decided_by")?;
    let decided_at: Option<i64> = row.try_get("decided_at")?;
    Ok(PersonLink {
        pair: PersonPair {
            a: id(&row.try_get::<String, _>("person_a")?)?,
            b: id(&row.try_get::<String, _>("person_b")?)?,
        },
        state: LinkState::from_name(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("link state {state:?}")))?,
        weight: row.try_get("weight")?,
        reasons: row.try_get("reasons")?,
        suggested_at: from_micros(row.try_get("suggested_at")?)?,
        decided_by: decided_by.as_deref().map(id).transpose()?,
        decided_at: decided_at.map(from_micros).transpose()?,
    })
}
