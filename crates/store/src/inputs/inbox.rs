//! A viewer's inbox: the copies held by its unit or forwarded to it, and the copies escalated
//! to its unit, of inputs it may read — overdue first, then by precedence, newest first.

use super::rows::{RECIPIENT_COLUMNS, input_columns, input_from_row, recipient_from_row};
use crate::codec::micros;
use crate::visibility::{full_access, viewer_binds};
use crate::{Store, StoreError};
use samanvay_core::Viewer;
use samanvay_core::input::{Input, Recipient};
use sqlx::Row;
use time::OffsetDateTime;

#[derive(Clone, Copy, Debug)]
pub struct InboxQuery {
    /// Also copies already reported on or flagged.
    pub include_done: bool,
    pub limit: i64,
}

/// Why an input is in the inbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxReason {
    /// The viewer's unit (or the viewer) holds the copy.
    Recipient,
    /// The copy of a subordinate unit escalated to the viewer's unit at this level.
    Escalated { level: i64 },
}

#[derive(Clone, Debug)]
pub struct InboxItem {
    pub input: Input,
    pub recipient: Recipient,
    pub reason: InboxReason,
    pub overdue: bool,
}

/// Counts over the viewer's own copies (not those escalated to it), and the escalated ones
/// still waiting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InboxCounts {
    pub unread: i64,
    pub unacknowledged: i64,
    pub overdue: i64,
    pub escalated: i64,
}

impl Store {
    pub async fn inbox(
        &self,
        viewer: &Viewer,
        query: InboxQuery,
        now: OffsetDateTime,
    ) -> Result<(Vec<InboxItem>, InboxCounts), StoreError> {
        let (agency, clearance) = viewer_binds(viewer);
        let gate = full_access("t", 1, 2);
        // COALESCE keeps the test two-valued, so NOT of it means "not mine".
        let mine = "((r.user_id IS NULL AND r.unit_id = $3) OR COALESCE(r.user_id, '') = $4)";
        let escalated = "EXISTS (SELECT 1 FROM input_escalations e WHERE e.recipient_id = r.id \
                         AND e.to_unit = $3)";
        let open = if query.include_done {
            ""
        } else {
            " AND r.state IN ('delivered', 'read', 'acknowledged')"
        };
        let sql = format!(
            "SELECT {}, {RECIPIENT_COLUMNS}, \
               (SELECT MAX(e.level) FROM input_escalations e WHERE e.recipient_id = r.id \
                AND e.to_unit = $3) AS escalated_level, \
               CASE WHEN r.state IN ('delivered', 'read') AND r.ack_deadline < $5 THEN 0 \
                 ELSE 1 END AS not_overdue \
             FROM input_recipients r JOIN inputs t ON t.id = r.input_id \
             WHERE {gate} AND ({mine} OR {escalated}){open} \
             ORDER BY not_overdue, t.precedence, r.delivered_at DESC, r.id LIMIT $6",
            input_columns()
        );
        let unit = viewer.unit.to_string();
        let user = viewer.user.to_string();
        let rows = sqlx::query(&sql)
            .bind(&agency)
            .bind(clearance)
            .bind(&unit)
            .bind(&user)
            .bind(micros(now))
            .bind(query.limit)
            .fetch_all(&self.pool)
            .await?;
        let items = rows
            .iter()
            .map(|row| {
                let recipient = recipient_from_row(row)?;
                let level: Option<i64> = row.try_get("escalated_level")?;
                let own = match recipient.party {
                    samanvay_core::input::RecipientParty::User(u) => u == viewer.user,
                    samanvay_core::input::RecipientParty::Unit(u) => u == viewer.unit,
                };
                let reason = match level {
                    Some(level) if !own => InboxReason::Escalated { level },
                    _ => InboxReason::Recipient,
                };
                Ok(InboxItem {
                    input: input_from_row(row)?,
                    overdue: row.try_get::<i64, _>("not_overdue")? == 0,
                    recipient,
                    reason,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let counts_sql = format!(
            "SELECT \
               COUNT(CASE WHEN {mine} AND r.state = 'delivered' THEN 1 END) AS unread, \
               COUNT(CASE WHEN {mine} AND r.state IN ('delivered', 'read') THEN 1 END) \
                 AS unacknowledged, \
               COUNT(CASE WHEN {mine} AND r.state IN ('delivered', 'read') \
                 AND r.ack_deadline < $5 THEN 1 END) AS overdue, \
               COUNT(CASE WHEN NOT {mine} AND r.state IN ('delivered', 'read') THEN 1 END) \
                 AS escalated \
             FROM input_recipients r JOIN inputs t ON t.id = r.input_id \
             WHERE {gate} AND ({mine} OR {escalated})"
        );
        let row = sqlx::query(&counts_sql)
            .bind(&agency)
            .bind(clearance)
            .bind(&unit)
            .bind(&user)
            .bind(micros(now))
            .fetch_one(&self.pool)
            .await?;
        let counts = InboxCounts {
            unread: row.try_get("unread")?,
            unacknowledged: row.try_get("unacknowledged")?,
            overdue: row.try_get("overdue")?,
            escalated: row.try_get("escalated")?,
        };
        Ok((items, counts))
    }
}
