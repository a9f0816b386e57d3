//! Reads for import and export: the records an agency's external references name, and the
//! records a viewer may see in full, in a stable order, for an export.

use super::organisations::{organisation_columns, organisation_from_row};
use super::persons::{person_columns, person_from_row};
use super::search::RegisterKind;
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::register::{Organisation, Person};
use samanvay_core::{AgencyId, Viewer};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::HashMap;

/// References looked up per statement (few binds per statement keep SQLite fast; see
/// `bulk::MAX_BINDS`).
const REFS_PER_QUERY: usize = 250;

impl Store {
    /// The persons an agency's external references name, by reference. A reference that is
    /// the id of a record the agency holds (an exported record imported again) names it too.
    pub async fn persons_by_external_ref(
        &self,
        agency: AgencyId,
        refs: &[String],
    ) -> Result<HashMap<String, Person>, StoreError> {
        let rows = self
            .by_external_ref(RegisterKind::Person, &person_columns(), agency, refs)
            .await?;
        rows.into_iter()
            .map(|(r, row)| Ok((r, person_from_row(&row)?)))
            .collect()
    }

    /// The organisations an agency's external references name, by reference.
    pub async fn organisations_by_external_ref(
        &self,
        agency: AgencyId,
        refs: &[String],
    ) -> Result<HashMap<String, Organisation>, StoreError> {
        let rows = self
            .by_external_ref(
                RegisterKind::Organisation,
                &organisation_columns(),
                agency,
                refs,
            )
            .await?;
        rows.into_iter()
            .map(|(r, row)| Ok((r, organisation_from_row(&row)?)))
            .collect()
    }

    async fn by_external_ref(
        &self,
        kind: RegisterKind,
        columns: &str,
        agency: AgencyId,
        refs: &[String],
    ) -> Result<Vec<(String, AnyRow)>, StoreError> {
        let table = table(kind);
        let mut found = Vec::new();
        for chunk in refs.chunks(REFS_PER_QUERY) {
            let places: Vec<String> = (0..chunk.len()).map(|i| format!("${}", 3 + i)).collect();
            let sql = format!(
                "SELECT e.external_ref AS matched_ref, {columns} FROM external_refs e \
                 JOIN {table} t ON t.id = e.record_id \
                 WHERE e.owner_agency = $1 AND e.record_kind = $2 AND e.external_ref IN ({})",
                places.join(", ")
            );
            let mut select = sqlx::query(&sql).bind(agency.to_string()).bind(kind.name());
            for r in chunk {
                select = select.bind(r.clone());
            }
            for row in select.fetch_all(&self.pool).await? {
                found.push((row.try_get::<String, _>("matched_ref")?, row));
            }
        }
        // A reference that is the id of the agency's own record: looked up by primary key
        // alone (with the owner in the condition, SQLite would walk the owner's index), the
        // owner checked here.
        let ids: Vec<&String> = refs
            .iter()
            .filter(|r| uuid::Uuid::parse_str(r).is_ok())
            .collect();
        let agency = agency.to_string();
        for chunk in ids.chunks(REFS_PER_QUERY) {
            let places: Vec<String> = (0..chunk.len()).map(|i| format!("${}", 1 + i)).collect();
            let sql = format!(
                "SELECT t.id AS matched_ref, {columns} FROM {table} t WHERE t.id IN ({})",
                places.join(", ")
            );
            let mut select = sqlx::query(&sql);
            for id in chunk {
                select = select.bind((*id).clone());
            }
            for row in select.fetch_all(&self.pool).await? {
                if row.try_get::<String, _>("owner_agency")? == agency {
                    found.push((row.try_get::<String, _>("matched_ref")?, row));
                }
            }
        }
        Ok(found)
    }

    /// Which of `refs` are the ids of records another agency holds: rows of an export that
    /// only their holder may import.
    pub async fn held_elsewhere(
        &self,
        agency: AgencyId,
        kind: RegisterKind,
        refs: &[String],
    ) -> Result<std::collections::HashSet<String>, StoreError> {
        let ids: Vec<&String> = refs
            .iter()
            .filter(|r| uuid::Uuid::parse_str(r).is_ok())
            .collect();
        let mut found = std::collections::HashSet::new();
        for chunk in ids.chunks(REFS_PER_QUERY) {
            let places: Vec<String> = (0..chunk.len()).map(|i| format!("${}", 2 + i)).collect();
            let sql = format!(
                "SELECT id FROM {} WHERE owner_agency <> $1 AND id IN ({})",
                table(kind),
                places.join(", ")
            );
            let mut select = sqlx::query(&sql).bind(agency.to_string());
            for id in chunk {
                select = select.bind((*id).clone());
            }
            for row in select.fetch_all(&self.pool).await? {
                found.insert(row.try_get::<String, _>("id")?);
            }
        }
        Ok(found)
    }

    /// The ids of every record of `kind` the viewer may see in full, oldest first: what an
    /// export holds. Pointer-only records are never among them.
    pub async fn exportable_ids(
        &self,
        viewer: &Viewer,
        kind: RegisterKind,
    ) -> Result<Vec<String>, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let sql = format!(
            "SELECT t.id FROM {} t WHERE {} ORDER BY t.created_at, t.id",
            table(kind),
            full_access("t", 1, 2)
        );
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| r.try_get::<String, _>("id").map_err(StoreError::from))
            .collect()
    }

    /// The persons of `ids` the viewer (still) may see in full, in the order of `ids`, each
    /// with the external reference its owner gave it, if any.
    pub async fn export_persons(
        &self,
        viewer: &Viewer,
        ids: &[String],
    ) -> Result<Vec<(Person, Option<String>)>, StoreError> {
        let rows = self
            .export_rows(viewer, RegisterKind::Person, &person_columns(), ids)
            .await?;
        rows.iter()
            .map(|row| Ok((person_from_row(row)?, row.try_get("export_ref")?)))
            .collect()
    }

    /// Like [`Store::export_persons`], for organisations.
    pub async fn export_organisations(
        &self,
        viewer: &Viewer,
        ids: &[String],
    ) -> Result<Vec<(Organisation, Option<String>)>, StoreError> {
        let rows = self
            .export_rows(
                viewer,
                RegisterKind::Organisation,
                &organisation_columns(),
                ids,
            )
            .await?;
        rows.iter()
            .map(|row| Ok((organisation_from_row(row)?, row.try_get("export_ref")?)))
            .collect()
    }

    async fn export_rows(
        &self,
        viewer: &Viewer,
        kind: RegisterKind,
        columns: &str,
        ids: &[String],
    ) -> Result<Vec<AnyRow>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let (agency, clearance) = viewer_binds(viewer);
        let places: Vec<String> = (0..ids.len()).map(|i| format!("${}", 4 + i)).collect();
        let sql = format!(
            "SELECT {columns}, e.external_ref AS export_ref FROM {} t \
             LEFT JOIN external_refs e ON e.record_id = t.id AND e.owner_agency = t.owner_agency \
             AND e.record_kind = $3 \
             WHERE {} AND t.id IN ({}) ORDER BY t.created_at, t.id",
            table(kind),
            full_access("t", 1, 2),
            places.join(", ")
        );
        let mut select = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(kind.name());
        for id in ids {
            select = select.bind(id.clone());
        }
        Ok(select.fetch_all(&self.pool).await?)
    }
}

fn table(kind: RegisterKind) -> &'static str {
    match kind {
        RegisterKind::Person => "persons",
        RegisterKind::Organisation => "organisations",
    }
}
