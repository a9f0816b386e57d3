//! Reading inputs and their copies. A single input passes `Viewer::see`; lists filter with the
//! SQL form of the same rule. Copies, steps and escalations are read only for an input the
//! caller has already passed through the gate.

use super::rows::{RECIPIENT_COLUMNS, input_columns, input_from_row, recipient_from_row};
use crate::codec::{from_json, from_micros, from_name, id, micros};
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::input::{
    Escalation, Input, Observers, Posting, Precedence, Recipient, TransitionRecord,
};
use samanvay_core::user::AccountStatus;
use samanvay_core::{AgencyId, InputId, RecipientId, Seen, UnitId, UserId, Viewer};
use sqlx::Row;
use time::OffsetDateTime;

/// A list of inputs.
#[derive(Clone, Debug, Default)]
pub struct InputQuery {
    /// Only inputs this agency issued.
    pub issued_by: Option<AgencyId>,
    /// Only inputs that name this user, or this unit, an observer.
    pub observed_by: Option<(UserId, UnitId)>,
    pub limit: i64,
    pub offset: i64,
}

/// A copy whose escalation is due, with what the escalation needs of its input.
#[derive(Clone, Debug)]
pub struct DueEscalation {
    pub recipient: Recipient,
    pub precedence: Precedence,
}

impl Store {
    /// One input, through the policy gate.
    pub async fn input(&self, viewer: &Viewer, input: InputId) -> Result<Seen<Input>, StoreError> {
        Ok(match self.input_unchecked(input).await? {
            Some(found) => {
                let marking = found.marking.clone();
                viewer.see(&marking, found)
            }
            None => Seen::Hidden,
        })
    }

    /// One input with no gate: for the system's own work (escalation), never for a viewer.
    pub async fn input_unchecked(&self, input: InputId) -> Result<Option<Input>, StoreError> {
        let sql = format!("SELECT {} FROM inputs t WHERE t.id = $1", input_columns());
        let row = sqlx::query(&sql)
            .bind(input.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(input_from_row).transpose()
    }

    /// Inputs the viewer may read, newest first.
    pub async fn inputs(
        &self,
        viewer: &Viewer,
        query: &InputQuery,
    ) -> Result<Vec<Input>, StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        // Ids are UUIDs, so an id's text found in the observers' JSON names that observer.
        let sql = format!(
            "SELECT {} FROM inputs t WHERE {} AND ($3 IS NULL OR t.owner_agency = $3) \
             AND ($4 IS NULL OR t.observers LIKE $4 OR t.observers LIKE $5) \
             ORDER BY t.issued_at DESC, t.id DESC LIMIT $6 OFFSET $7",
            input_columns(),
            full_access("t", 1, 2)
        );
        let (user, unit) = match query.observed_by {
            Some((user, unit)) => (Some(format!("%\"{user}\"%")), Some(format!("%\"{unit}\"%"))),
            None => (None, None),
        };
        let rows = sqlx::query(&sql)
            .bind(agency)
            .bind(clearance)
            .bind(query.issued_by.map(|a| a.to_string()))
            .bind(user)
            .bind(unit)
            .bind(query.limit)
            .bind(query.offset)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(input_from_row).collect()
    }

    /// Whom an input names its observers (none for no input). Read only for an input the
    /// caller has passed through the gate.
    pub async fn input_observers(&self, input: InputId) -> Result<Observers, StoreError> {
        let row = sqlx::query("SELECT observers FROM inputs WHERE id = $1")
            .bind(input.to_string())
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => from_json(&row.try_get::<String, _>("observers")?),
            None => Ok(Observers::default()),
        }
    }

    /// Every copy of an input, first delivered first.
    pub async fn input_recipients(&self, input: InputId) -> Result<Vec<Recipient>, StoreError> {
        let sql = format!(
            "SELECT {RECIPIENT_COLUMNS} FROM input_recipients r WHERE r.input_id = $1 \
             ORDER BY r.delivered_at, r.id"
        );
        let rows = sqlx::query(&sql)
            .bind(input.to_string())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(recipient_from_row).collect()
    }

    pub async fn input_recipient(
        &self,
        recipient: RecipientId,
    ) -> Result<Option<Recipient>, StoreError> {
        let sql = format!("SELECT {RECIPIENT_COLUMNS} FROM input_recipients r WHERE r.id = $1");
        let row = sqlx::query(&sql)
            .bind(recipient.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(recipient_from_row).transpose()
    }

    /// Every step taken on the copies of an input, oldest first.
    pub async fn input_transitions(
        &self,
        input: InputId,
    ) -> Result<Vec<TransitionRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT recipient_id, at, by_user, from_state, to_state, step FROM input_transitions \
             WHERE input_id = $1 ORDER BY seq",
        )
        .bind(input.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(TransitionRecord {
                    recipient: id(&row.try_get::<String, _>("recipient_id")?)?,
                    at: from_micros(row.try_get("at")?)?,
                    by: id(&row.try_get::<String, _>("by_user")?)?,
                    from: from_name(&row.try_get::<String, _>("from_state")?)?,
                    to: from_name(&row.try_get::<String, _>("to_state")?)?,
                    step: from_json(&row.try_get::<String, _>("step")?)?,
                })
            })
            .collect()
    }

    /// Every escalation of the copies of an input, oldest first.
    pub async fn input_escalations(&self, input: InputId) -> Result<Vec<Escalation>, StoreError> {
        let rows = sqlx::query(
            "SELECT recipient_id, level, to_unit, at FROM input_escalations \
             WHERE input_id = $1 ORDER BY at, recipient_id, level",
        )
        .bind(input.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Escalation {
                    recipient: id(&row.try_get::<String, _>("recipient_id")?)?,
                    level: row.try_get("level")?,
                    to_unit: id(&row.try_get::<String, _>("to_unit")?)?,
                    at: from_micros(row.try_get("at")?)?,
                })
            })
            .collect()
    }

    /// Copies not acknowledged whose next escalation is due at `now`, earliest first.
    pub async fn due_escalations(
        &self,
        now: OffsetDateTime,
        limit: i64,
    ) -> Result<Vec<DueEscalation>, StoreError> {
        let sql = format!(
            "SELECT {RECIPIENT_COLUMNS}, t.precedence FROM input_recipients r \
             JOIN inputs t ON t.id = r.input_id \
             WHERE r.next_escalation_at IS NOT NULL AND r.next_escalation_at <= $1 \
             AND r.state IN ('delivered', 'read') ORDER BY r.next_escalation_at LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(micros(now))
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                let rank: i64 = row.try_get("precedence")?;
                Ok(DueEscalation {
                    recipient: recipient_from_row(row)?,
                    precedence: Precedence::from_rank(rank)
                        .ok_or_else(|| StoreError::Corrupt(format!("precedence {rank}")))?,
                })
            })
            .collect()
    }

    /// Where active users are posted and their roles, for role targets.
    pub async fn postings(&self) -> Result<Vec<Posting>, StoreError> {
        let rows = sqlx::query("SELECT unit_id, roles FROM users WHERE status = $1")
            .bind(crate::codec::name(&AccountStatus::Active))
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(Posting {
                    unit: id(&row.try_get::<String, _>("unit_id")?)?,
                    roles: from_json(&row.try_get::<String, _>("roles")?)?,
                })
            })
            .collect()
    }
}
