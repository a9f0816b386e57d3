//! Agencies and units.

use crate::codec::{from_name, id, name};
use crate::{Store, StoreError};
use samanvay_core::org::{Agency, Coordinates, Unit};
use samanvay_core::{AgencyId, UnitId};
use sqlx::AnyConnection;
use sqlx::Row;
use sqlx::any::{AnyQueryResult, AnyRow};

const UNIT_COLUMNS: &str = "id, agency_id, parent_id, kind, name, lat, lon";

impl Store {
    pub async fn agencies(&self) -> Result<Vec<Agency>, StoreError> {
        let rows = sqlx::query("SELECT id, code, name, kind FROM agencies ORDER BY code")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(agency_from_row).collect()
    }

    pub async fn agency(&self, agency: AgencyId) -> Result<Option<Agency>, StoreError> {
        let row = sqlx::query("SELECT id, code, name, kind FROM agencies WHERE id = $1")
            .bind(agency.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(agency_from_row).transpose()
    }

    /// The units of one agency, or of all agencies.
    pub async fn units(&self, agency: Option<AgencyId>) -> Result<Vec<Unit>, StoreError> {
        let sql = format!(
            "SELECT {UNIT_COLUMNS} FROM units WHERE ($1 IS NULL OR agency_id = $1) ORDER BY name"
        );
        let rows = sqlx::query(&sql)
            .bind(agency.map(|a| a.to_string()))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(unit_from_row).collect()
    }

    pub async fn unit(&self, unit: UnitId) -> Result<Option<Unit>, StoreError> {
        let sql = format!("SELECT {UNIT_COLUMNS} FROM units WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(unit.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(unit_from_row).transpose()
    }
}

pub(crate) async fn insert_unit(
    conn: &mut AnyConnection,
    unit: &Unit,
) -> Result<AnyQueryResult, sqlx::Error> {
    sqlx::query(
        "INSERT INTO units (id, agency_id, parent_id, kind, name, lat, lon) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(unit.id.to_string())
    .bind(unit.agency.to_string())
    .bind(unit.parent.map(|p| p.to_string()))
    .bind(name(&unit.kind))
    .bind(&unit.name)
    .bind(unit.location.map(|c| c.lat))
    .bind(unit.location.map(|c| c.lon))
    .execute(conn)
    .await
}

/// Renames, moves or relocates a unit; its agency never changes.
pub(crate) async fn update_unit(
    conn: &mut AnyConnection,
    unit: &Unit,
) -> Result<AnyQueryResult, sqlx::Error> {
    sqlx::query(
        "UPDATE units SET parent_id = $1, kind = $2, name = $3, lat = $4, lon = $5 \
         WHERE id = $6 AND agency_id = $7",
    )
    .bind(unit.parent.map(|p| p.to_string()))
    .bind(name(&unit.kind))
    .bind(&unit.name)
    .bind(unit.location.map(|c| c.lat))
    .bind(unit.location.map(|c| c.lon))
    .bind(unit.id.to_string())
    .bind(unit.agency.to_string())
    .execute(conn)
    .await
}

fn agency_from_row(row: &AnyRow) -> Result<Agency, StoreError> {
    Ok(Agency {
        id: id(&row.try_get::<String, _>("id")?)?,
        code: row.try_get("code")?,
        name: row.try_get("name")?,
        kind: from_name(&row.try_get::<String, _>("kind")?)?,
    })
}

fn unit_from_row(row: &AnyRow) -> Result<Unit, StoreError> {
    let parent: Option<String> = row.try_get("parent_id")?;
    let lat: Option<f64> = row.try_get("lat")?;
    let lon: Option<f64> = row.try_get("lon")?;
    Ok(Unit {
        id: id(&row.try_get::<String, _>("id")?)?,
        agency: id(&row.try_get::<String, _>("agency_id")?)?,
        parent: parent.as_deref().map(id).transpose()?,
        kind: from_name(&row.try_get::<String, _>("kind")?)?,
        name: row.try_get("name")?,
        location: lat.zip(lon).map(|(lat, lon)| Coordinates { lat, lon }),
    })
}
