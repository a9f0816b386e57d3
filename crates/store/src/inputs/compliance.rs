//! The copies compliance is computed from: every unit copy delivered in a period of an input
//! the viewer may read. Which of them the viewer may count (its subtree, or the units its
//! agency sent to) is decided by the caller.

use super::rows::{RECIPIENT_COLUMNS, recipient_from_row};
use crate::codec::{id, micros};
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::input::Recipient;
use samanvay_core::{AgencyId, Viewer};
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Debug)]
pub struct ComplianceRow {
    pub recipient: Recipient,
    /// The agency that issued the input.
    pub issuer: AgencyId,
}

impl Store {
    pub async fn compliance_rows(
        &self,
        viewer: &Viewer,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> Result<Vec<ComplianceRow>, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let sql = format!(
            "SELECT {RECIPIENT_COLUMNS}, t.owner_agency FROM input_recipients r \
             JOIN inputs t ON t.id = r.input_id \
             WHERE {} AND r.user_id IS NULL AND r.delivered_at >= $3 AND r.delivered_at < $4",
            full_access("t", 1, 2)
        );
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(micros(from))
            .bind(micros(to))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(ComplianceRow {
                    recipient: recipient_from_row(row)?,
                    issuer: id(&row.try_get::<String, _>("owner_agency")?)?,
                })
            })
            .collect()
    }
}
