//! What the in-memory matcher reads: every current person's content to build its index at
//! start, and a batch of matched persons passed through the viewer's gate.

use crate::codec::{from_json, id};
use crate::visibility::{MARKING_COLUMNS, marking_from_row};
use crate::{Store, StoreError};
use samanvay_core::register::{Person, PersonContent};
use samanvay_core::{PersonId, Seen, Viewer};
use sqlx::{Any, Row};
use std::collections::HashMap;

/// Persons read for the index per query.
const PAGE: i64 = 5_000;

impl Store {
    /// Every current person's id and content, in pages, for the matcher's index. This read
    /// feeds no answer directly: whatever the matcher finds goes through
    /// [`Store::persons_seen`] before a user learns of it.
    pub async fn persons_for_matching(
        &self,
        mut each: impl FnMut(PersonId, PersonContent),
    ) -> Result<usize, StoreError> {
        let mut after = String::new();
        let mut count = 0;
        loop {
            let rows =
                sqlx::query("SELECT id, content FROM persons WHERE id > $1 ORDER BY id LIMIT $2")
                    .bind(after.clone())
                    .bind(PAGE)
                    .fetch_all(&self.pool)
                    .await?;
            let Some(last) = rows.last() else {
                return Ok(count);
            };
            after = last.try_get("id")?;
            for row in &rows {
                let person: PersonId = id(&row.try_get::<String, _>("id")?)?;
                each(person, from_json(&row.try_get::<String, _>("content")?)?);
                count += 1;
            }
        }
    }

    /// These persons as the viewer may see them, in the order asked; a missing record is
    /// [`Seen::Hidden`].
    pub async fn persons_seen(
        &self,
        viewer: &Viewer,
        persons: &[PersonId],
    ) -> Result<Vec<(PersonId, Seen<Person>)>, StoreError> {
        if persons.is_empty() {
            return Ok(Vec::new());
        }
        let places: Vec<String> = (1..=persons.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT {} FROM persons t WHERE t.id IN ({})",
            super::register::person_columns(),
            places.join(", ")
        );
        let mut query = sqlx::query::<Any>(&sql);
        for person in persons {
            query = query.bind(person.to_string());
        }
        let mut found: Vec<Person> = query
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(super::register::person_from_row)
            .collect::<Result<_, _>>()?;
        Ok(persons
            .iter()
            .map(|wanted| {
                let seen = match found.iter().position(|p| p.id == *wanted) {
                    Some(at) => {
                        let person = found.swap_remove(at);
                        let marking = person.marking.clone();
                        viewer.see(&marking, person)
                    }
                    None => Seen::Hidden,
                };
                (*wanted, seen)
            })
            .collect())
    }

    /// How far the viewer may see each of these persons (whole, as a pointer, or not at all),
    /// decided by the gate from their markings alone: for a caller that needs the verdict and
    /// not the records. A missing record is [`Seen::Hidden`].
    pub async fn persons_reach(
        &self,
        viewer: &Viewer,
        persons: &[PersonId],
    ) -> Result<HashMap<PersonId, Seen<()>>, StoreError> {
        let mut reach: HashMap<PersonId, Seen<()>> =
            persons.iter().map(|p| (*p, Seen::Hidden)).collect();
        if persons.is_empty() {
            return Ok(reach);
        }
        let places: Vec<String> = (1..=persons.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "SELECT id, {MARKING_COLUMNS} FROM persons WHERE id IN ({})",
            places.join(", ")
        );
        let mut query = sqlx::query::<Any>(&sql);
        for person in persons {
            query = query.bind(person.to_string());
        }
        for row in query.fetch_all(&self.pool).await? {
            let person: PersonId = id(&row.try_get::<String, _>("id")?)?;
            reach.insert(person, viewer.see(&marking_from_row(&row)?, ()));
        }
        Ok(reach)
    }
}
