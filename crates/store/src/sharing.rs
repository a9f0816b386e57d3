//! Sharing groups and their members.

use crate::codec::{from_micros, id, micros};
use crate::{Store, StoreError};
use samanvay_core::sharing::{MembershipState, SharingGroup, SharingGroupMember};
use samanvay_core::{AgencyId, SharingGroupId};
use sqlx::any::{Any, AnyQueryResult, AnyRow};
use sqlx::{Row, Transaction};

impl Store {
    /// The groups an agency created or is listed in (member, invited or declined).
    pub async fn sharing_groups(&self, agency: AgencyId) -> Result<Vec<SharingGroup>, StoreError> {
        let rows = sqlx::query(
            "SELECT g.id, g.name, g.purpose, g.created_by, g.created_at FROM sharing_groups g \
             WHERE g.created_by = $1 OR EXISTS (SELECT 1 FROM sharing_members m \
               WHERE m.group_id = g.id AND m.agency_id = $1) ORDER BY g.name",
        )
        .bind(agency.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut groups = Vec::with_capacity(rows.len());
        for row in &rows {
            groups.push(self.with_members(row).await?);
        }
        Ok(groups)
    }

    pub async fn sharing_group(
        &self,
        group: SharingGroupId,
    ) -> Result<Option<SharingGroup>, StoreError> {
        let row = sqlx::query(
            "SELECT id, name, purpose, created_by, created_at FROM sharing_groups WHERE id = $1",
        )
        .bind(group.to_string())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(row) => Ok(Some(self.with_members(&row).await?)),
            None => Ok(None),
        }
    }

    async fn with_members(&self, row: &AnyRow) -> Result<SharingGroup, StoreError> {
        let group_id: String = row.try_get("id")?;
        let members = sqlx::query(
            "SELECT agency_id, state FROM sharing_members WHERE group_id = $1 ORDER BY agency_id",
        )
        .bind(&group_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|m| {
            let state: String = m.try_get("state")?;
            Ok(SharingGroupMember {
                agency: id(&m.try_get::<String, _>("agency_id")?)?,
                state: MembershipState::from_name(&state)
                    .ok_or_else(|| StoreError::Corrupt(format!("membership {state:?}")))?,
            })
        })
        .collect::<Result<_, StoreError>>()?;
        Ok(SharingGroup {
            id: id(&group_id)?,
            name: row.try_get("name")?,
            purpose: row.try_get("purpose")?,
            created_by: id(&row.try_get::<String, _>("created_by")?)?,
            created_at: from_micros(row.try_get("created_at")?)?,
            members,
        })
    }
}

/// Inserts the group and its members as listed.
pub(crate) async fn insert_group(
    tx: &mut Transaction<'_, Any>,
    group: &SharingGroup,
) -> Result<AnyQueryResult, sqlx::Error> {
    let result = sqlx::query(
        "INSERT INTO sharing_groups (id, name, purpose, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(group.id.to_string())
    .bind(&group.name)
    .bind(&group.purpose)
    .bind(group.created_by.to_string())
    .bind(micros(group.created_at))
    .execute(&mut **tx)
    .await?;
    for member in &group.members {
        sqlx::query("INSERT INTO sharing_members (group_id, agency_id, state) VALUES ($1, $2, $3)")
            .bind(group.id.to_string())
            .bind(member.agency.to_string())
            .bind(member.state.name())
            .execute(&mut **tx)
            .await?;
    }
    Ok(result)
}
