//! What a recipient's step needs, in one read: the input (for the gate), its observers (who
//! hears of the step), the copy, and the names the answer shows. A step is the hot path of
//! the lifecycle, so one query replaces four.

use super::rows::{RECIPIENT_COLUMNS, input_columns, input_from_row, recipient_from_row};
use crate::codec::from_json;
use crate::{Store, StoreError};
use samanvay_core::input::{Input, Observers, Recipient};
use samanvay_core::{InputId, RecipientId};
use sqlx::Row;

/// A copy with its input, unchecked: the caller passes `input` through the gate before using
/// anything else.
#[derive(Clone, Debug)]
pub struct StepContext {
    pub input: Input,
    pub observers: Observers,
    pub copy: Recipient,
    pub unit_name: String,
    pub agency_code: String,
}

impl Store {
    /// The copy `recipient` of `input` with its input; `None` if there is no such copy of it.
    pub async fn step_context(
        &self,
        input: InputId,
        recipient: RecipientId,
    ) -> Result<Option<StepContext>, StoreError> {
        let sql = format!(
            "SELECT {}, t.observers, {RECIPIENT_COLUMNS}, u.name AS unit_name, \
             a.code AS agency_code FROM input_recipients r \
             JOIN inputs t ON t.id = r.input_id JOIN units u ON u.id = r.unit_id \
             JOIN agencies a ON a.id = r.agency_id WHERE r.id = $1 AND r.input_id = $2",
            input_columns()
        );
        let row = sqlx::query(&sql)
            .bind(recipient.to_string())
            .bind(input.to_string())
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        Ok(Some(StepContext {
            input: input_from_row(&row)?,
            observers: from_json(&row.try_get::<String, _>("observers")?)?,
            copy: recipient_from_row(&row)?,
            unit_name: row.try_get("unit_name")?,
            agency_code: row.try_get("agency_code")?,
        }))
    }
}
