//! Reading one person and its versions through the gate.

use super::marking_columns;
use crate::codec::{from_json, from_micros, id};
use crate::visibility::marking_from_row;
use crate::{Store, StoreError};
use samanvay_core::register::{Person, PersonVersion};
use samanvay_core::{PersonId, Seen, Viewer};
use sqlx::Row;
use sqlx::any::AnyRow;

/// The columns [`person_from_row`] reads, from table alias `t`.
pub(crate) fn person_columns() -> String {
    format!(
        "t.id, {}, t.content, t.version, t.created_at, t.updated_at",
        marking_columns("t")
    )
}

impl Store {
    /// One person, through the policy gate.
    pub async fn person(
        &self,
        viewer: &Viewer,
        person: PersonId,
    ) -> Result<Seen<Person>, StoreError> {
        let sql = format!("SELECT {} FROM persons t WHERE t.id = $1", person_columns());
        let row = sqlx::query(&sql)
            .bind(person.to_string())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(Seen::Hidden);
        };
        let person = person_from_row(&row)?;
        let marking = person.marking.clone();
        Ok(viewer.see(&marking, person))
    }

    /// The versions of a person the viewer may see, newest first: the person must be visible,
    /// and each version only if its own marking allows it too.
    pub async fn person_versions(
        &self,
        viewer: &Viewer,
        person: PersonId,
    ) -> Result<Seen<Vec<PersonVersion>>, StoreError> {
        match self.person(viewer, person).await? {
            Seen::Full(_) => {}
            Seen::Pointer(holder) => return Ok(Seen::Pointer(holder)),
            Seen::Hidden => return Ok(Seen::Hidden),
        }
        let rows = sqlx::query(
            "SELECT person_id, version, content, marking, changed_by, changed_at \
             FROM person_versions WHERE person_id = $1 ORDER BY version DESC",
        )
        .bind(person.to_string())
        .fetch_all(&self.pool)
        .await?;
        let versions = rows
            .iter()
            .map(version_from_row)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|v| matches!(viewer.see(&v.marking, ()), Seen::Full(())))
            .collect();
        Ok(Seen::Full(versions))
    }
}

pub(crate) fn person_from_row(row: &AnyRow) -> Result<Person, StoreError> {
    Ok(Person {
        id: id(&row.try_get::<String, _>("id")?)?,
        marking: marking_from_row(row)?,
        content: from_json(&row.try_get::<String, _>("content")?)?,
        version: row.try_get("version")?,
        created_at: from_micros(row.try_get("created_at")?)?,
        updated_at: from_micros(row.try_get("updated_at")?)?,
    })
}

fn version_from_row(row: &AnyRow) -> Result<PersonVersion, StoreError> {
    Ok(PersonVersion {
        person: id(&row.try_get::<String, _>("person_id")?)?,
        version: row.try_get("version")?,
        content: from_json(&row.try_get::<String, _>("content")?)?,
        marking: from_json(&row.try_get::<String, _>("marking")?)?,
        changed_by: id(&row.try_get::<String, _>("changed_by")?)?,
        changed_at: from_micros(row.try_get("changed_at")?)?,
    })
}
