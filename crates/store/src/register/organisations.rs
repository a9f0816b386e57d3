//! Reading organisations through the gate: one, its versions, and the list a viewer may see.

use super::marking_columns;
use crate::codec::{from_json, from_micros, id};
use crate::visibility::{full_access, marking_from_row, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::register::{Organisation, OrganisationVersion};
use samanvay_core::{OrganisationId, Seen, Viewer};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A page of the organisations a viewer may see, newest first.
#[derive(Clone, Debug)]
pub struct OrganisationQuery {
    pub limit: i64,
    pub offset: i64,
}

pub(super) fn organisation_columns() -> String {
    format!(
        "t.id, {}, t.content, t.version, t.created_at, t.updated_at",
        marking_columns("t")
    )
}

impl Store {
    /// One organisation, through the policy gate.
    pub async fn organisation(
        &self,
        viewer: &Viewer,
        organisation: OrganisationId,
    ) -> Result<Seen<Organisation>, StoreError> {
        let sql = format!(
            "SELECT {} FROM organisations t WHERE t.id = $1",
            organisation_columns()
        );
        let row = sqlx::query(&sql)
            .bind(organisation.to_string())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(Seen::Hidden);
        };
        let organisation = organisation_from_row(&row)?;
        let marking = organisation.marking.clone();
        Ok(viewer.see(&marking, organisation))
    }

    /// The versions of an organisation the viewer may see, newest first.
    pub async fn organisation_versions(
        &self,
        viewer: &Viewer,
        organisation: OrganisationId,
    ) -> Result<Seen<Vec<OrganisationVersion>>, StoreError> {
        match self.organisation(viewer, organisation).await? {
            Seen::Full(_) => {}
            Seen::Pointer(holder) => return Ok(Seen::Pointer(holder)),
            Seen::Hidden => return Ok(Seen::Hidden),
        }
        let rows = sqlx::query(
            "SELECT organisation_id, version, content, marking, changed_by, changed_at \
             FROM organisation_versions WHERE organisation_id = $1 ORDER BY version DESC",
        )
        .bind(organisation.to_string())
        .fetch_all(&self.pool)
        .await?;
        let versions = rows
            .iter()
            .map(|row| {
                Ok(OrganisationVersion {
                    organisation: id(&row.try_get::<String, _>("organisation_id")?)?,
                    version: row.try_get("version")?,
                    content: from_json(&row.try_get::<String, _>("content")?)?,
                    marking: from_json(&row.try_get::<String, _>("marking")?)?,
                    changed_by: id(&row.try_get::<String, _>("changed_by")?)?,
                    changed_at: from_micros(row.try_get("changed_at")?)?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?
            .into_iter()
            .filter(|v| matches!(viewer.see(&v.marking, ()), Seen::Full(())))
            .collect();
        Ok(Seen::Full(versions))
    }

    /// The organisations the viewer may see in full, newest first.
    pub async fn organisations(
        &self,
        viewer: &Viewer,
        query: &OrganisationQuery,
    ) -> Result<Vec<Organisation>, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let sql = format!(
            "SELECT {} FROM organisations t WHERE {} \
             ORDER BY t.updated_at DESC, t.id DESC LIMIT $3 OFFSET $4",
            organisation_columns(),
            full_access("t", 1, 2),
        );
        sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(query.limit)
            .bind(query.offset)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(organisation_from_row)
            .collect()
    }
}

pub(super) fn organisation_from_row(row: &AnyRow) -> Result<Organisation, StoreError> {
    Ok(Organisation {
        id: id(&row.try_get::<String, _>("id")?)?,
        marking: marking_from_row(row)?,
        content: from_json(&row.try_get::<String, _>("content")?)?,
        version: row.try_get("version")?,
        created_at: from_micros(row.try_get("created_at")?)?,
        updated_at: from_micros(row.try_get("updated_at")?)?,
    })
}
