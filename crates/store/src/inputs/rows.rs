//! Reading inputs and copies from rows.

use crate::StoreError;
use crate::codec::{from_json, from_micros, from_name, id};
use crate::visibility::{MARKING_COLUMNS, marking_from_row};
use samanvay_core::input::{
    Input, InputContent, Precedence, Recipient, RecipientParty, RecipientState,
};
use sqlx::Row;
use sqlx::any::AnyRow;

/// The columns of an input, table alias `t`.
pub(crate) fn input_columns() -> String {
    let marking = MARKING_COLUMNS
        .split(", ")
        .map(|c| format!("t.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "t.id, {marking}, t.title, t.body, t.language, t.kind, t.precedence, \
         t.required_action, t.grading, t.valid_until, t.linked, t.attachments, t.targets, \
         t.issued_at"
    )
}

/// The columns of a copy, table alias `r`, each prefixed `r_`.
pub(crate) const RECIPIENT_COLUMNS: &str = "r.id AS r_id, r.input_id AS r_input_id, \
     r.agency_id AS r_agency_id, r.unit_id AS r_unit_id, r.user_id AS r_user_id, \
     r.forwarded_from AS r_forwarded_from, r.state AS r_state, r.delivered_at AS r_delivered_at, \
     r.read_at AS r_read_at, r.acknowledged_at AS r_acknowledged_at, r.acted_at AS r_acted_at, \
     r.flagged_at AS r_flagged_at, r.ack_deadline AS r_ack_deadline, r.outcome AS r_outcome, \
     r.outcome_text AS r_outcome_text, r.flag_reason AS r_flag_reason, r.last_by AS r_last_by, \
     r.escalation_level AS r_escalation_level, r.next_escalation_at AS r_next_escalation_at";

pub(crate) fn input_from_row(row: &AnyRow) -> Result<Input, StoreError> {
    let rank: i64 = row.try_get("precedence")?;
    let valid_until: Option<i64> = row.try_get("valid_until")?;
    Ok(Input {
        id: id(&row.try_get::<String, _>("id")?)?,
        marking: marking_from_row(row)?,
        content: InputContent {
            title: row.try_get("title")?,
            body: row.try_get("body")?,
            language: from_name(&row.try_get::<String, _>("language")?)?,
            kind: from_name(&row.try_get::<String, _>("kind")?)?,
            precedence: Precedence::from_rank(rank)
                .ok_or_else(|| StoreError::Corrupt(format!("precedence {rank}")))?,
            required_action: from_name(&row.try_get::<String, _>("required_action")?)?,
            grading: from_json(&row.try_get::<String, _>("grading")?)?,
            valid_until: valid_until.map(from_micros).transpose()?,
            linked: from_json(&row.try_get::<String, _>("linked")?)?,
            attachments: from_json(&row.try_get::<String, _>("attachments")?)?,
        },
        targets: from_json(&row.try_get::<String, _>("targets")?)?,
        issued_at: from_micros(row.try_get("issued_at")?)?,
    })
}

fn optional_time(row: &AnyRow, column: &str) -> Result<Option<time::OffsetDateTime>, StoreError> {
    let value: Option<i64> = row.try_get(column)?;
    value.map(from_micros).transpose()
}

fn optional_id<T: std::str::FromStr>(row: &AnyRow, column: &str) -> Result<Option<T>, StoreError> {
    let value: Option<String> = row.try_get(column)?;
    value.as_deref().map(id).transpose()
}

pub(crate) fn recipient_from_row(row: &AnyRow) -> Result<Recipient, StoreError> {
    let state: String = row.try_get("r_state")?;
    let unit = id(&row.try_get::<String, _>("r_unit_id")?)?;
    let party = match optional_id(row, "r_user_id")? {
        Some(user) => RecipientParty::User(user),
        None => RecipientParty::Unit(unit),
    };
    let outcome: Option<String> = row.try_get("r_outcome")?;
    Ok(Recipient {
        id: id(&row.try_get::<String, _>("r_id")?)?,
        input: id(&row.try_get::<String, _>("r_input_id")?)?,
        party,
        agency: id(&row.try_get::<String, _>("r_agency_id")?)?,
        unit,
        forwarded_from: optional_id(row, "r_forwarded_from")?,
        state: RecipientState::from_name(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("recipient state {state:?}")))?,
        delivered_at: from_micros(row.try_get("r_delivered_at")?)?,
        read_at: optional_time(row, "r_read_at")?,
        acknowledged_at: optional_time(row, "r_acknowledged_at")?,
        acted_at: optional_time(row, "r_acted_at")?,
        flagged_at: optional_time(row, "r_flagged_at")?,
        ack_deadline: from_micros(row.try_get("r_ack_deadline")?)?,
        outcome: outcome.as_deref().map(from_name).transpose()?,
        outcome_text: row.try_get("r_outcome_text")?,
        flag_reason: row.try_get("r_flag_reason")?,
        last_by: optional_id(row, "r_last_by")?,
        escalation_level: row.try_get("r_escalation_level")?,
        next_escalation_at: optional_time(row, "r_next_escalation_at")?,
    })
}
