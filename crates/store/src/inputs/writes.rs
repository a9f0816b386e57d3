//! Applies input changes inside the writer's transaction.

use super::{InputChange, NewRecipient};
use crate::StoreError;
use crate::codec::{json, micros, name};
use crate::visibility::{MARKING_COLUMNS, MarkingValues, index_marking};
use samanvay_core::event::NewEvent;
use samanvay_core::input::{Input, RecipientState, Transition};
use sqlx::{Any, AnyConnection, Transaction};
use time::OffsetDateTime;

pub(crate) async fn apply(
    tx: &mut Transaction<'_, Any>,
    change: &InputChange,
    at: OffsetDateTime,
    appended: &mut Vec<NewEvent>,
) -> Result<u64, StoreError> {
    match change {
        InputChange::Issue { input, recipients } => issue(tx, input, recipients).await,
        InputChange::Step {
            recipient,
            input,
            from,
            to,
            step,
            by,
            forwarded,
        } => {
            let values = StepValues::of(step, *to, at);
            let updated = sqlx::query(
                "UPDATE input_recipients SET state = $1, read_at = COALESCE(read_at, $2), \
                 acknowledged_at = COALESCE(acknowledged_at, $3), \
                 acted_at = COALESCE(acted_at, $4), flagged_at = COALESCE(flagged_at, $5), \
                 outcome = COALESCE($6, outcome), outcome_text = COALESCE($7, outcome_text), \
                 flag_reason = COALESCE($8, flag_reason), last_by = $9, \
                 next_escalation_at = CASE WHEN $10 = 1 THEN next_escalation_at ELSE NULL END \
                 WHERE id = $11 AND state = $12",
            )
            .bind(to.name())
            .bind(micros(at))
            .bind(values.acknowledged)
            .bind(values.acted)
            .bind(values.flagged)
            .bind(values.outcome)
            .bind(values.outcome_text)
            .bind(values.flag_reason)
            .bind(by.to_string())
            .bind(i64::from(to.awaits_acknowledgement()))
            .bind(recipient.to_string())
            .bind(from.name())
            .execute(&mut **tx)
            .await?;
            if updated.rows_affected() == 0 {
                return Err(StoreError::Conflict(format!(
                    "the copy is no longer {}: someone took a step first; reload it",
                    from.name()
                )));
            }
            sqlx::query(
                "INSERT INTO input_transitions (recipient_id, input_id, at, by_user, from_state, \
                 to_state, step) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(recipient.to_string())
            .bind(input.to_string())
            .bind(micros(at))
            .bind(by.to_string())
            .bind(from.name())
            .bind(to.name())
            .bind(json(step))
            .execute(&mut **tx)
            .await?;
            // A forwarded copy is an obligation like any other: it escalates if not
            // acknowledged by its own deadline.
            if let Some(copy) = forwarded {
                insert_recipients(tx, std::slice::from_ref(copy)).await?;
            }
            Ok(1)
        }
        InputChange::Escalate {
            recipient,
            input,
            level,
            to_unit,
            next_at,
            events,
        } => {
            let updated = sqlx::query(
                "UPDATE input_recipients SET escalation_level = $1, next_escalation_at = $2 \
                 WHERE id = $3 AND escalation_level = $4 AND state IN ('delivered', 'read')",
            )
            .bind(*level)
            .bind(next_at.map(micros))
            .bind(recipient.to_string())
            .bind(level - 1)
            .execute(&mut **tx)
            .await?;
            if updated.rows_affected() == 0 {
                return Ok(0);
            }
            sqlx::query(
                "INSERT INTO input_escalations (recipient_id, level, input_id, to_unit, at) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(recipient.to_string())
            .bind(*level)
            .bind(input.to_string())
            .bind(to_unit.to_string())
            .bind(micros(at))
            .execute(&mut **tx)
            .await
            .map_err(StoreError::from_write)?;
            appended.extend(events.iter().cloned());
            Ok(1)
        }
        InputChange::SetObservers { input, from, to } => {
            let updated =
                sqlx::query("UPDATE inputs SET observers = $1 WHERE id = $2 AND observers = $3")
                    .bind(json(to))
                    .bind(input.to_string())
                    .bind(json(from))
                    .execute(&mut **tx)
                    .await?;
            if updated.rows_affected() == 0 {
                return Err(StoreError::Conflict(
                    "the observers changed meanwhile: reload them and name them again".into(),
                ));
            }
            Ok(1)
        }
        InputChange::StopEscalating { recipient, level } => Ok(sqlx::query(
            "UPDATE input_recipients SET next_escalation_at = NULL \
             WHERE id = $1 AND escalation_level = $2",
        )
        .bind(recipient.to_string())
        .bind(*level)
        .execute(&mut **tx)
        .await?
        .rows_affected()),
        InputChange::InsertAttachment(file) => Ok(sqlx::query(
            "INSERT INTO attachments (digest, media_type, size, name, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (digest) DO NOTHING",
        )
        .bind(&file.digest)
        .bind(&file.media_type)
        .bind(file.size)
        .bind(&file.name)
        .bind(file.uploaded_by.to_string())
        .bind(micros(file.uploaded_at))
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?
        .rows_affected()),
    }
}

async fn issue(
    tx: &mut Transaction<'_, Any>,
    input: &Input,
    recipients: &[NewRecipient],
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&input.marking);
    let c = &input.content;
    m.bind_all(
        sqlx::query(&format!(
            "INSERT INTO inputs (id, {MARKING_COLUMNS}, title, body, language, kind, \
             precedence, required_action, grading, valid_until, linked, attachments, targets, \
             issued_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, \
             $15, $16, $17, $18, $19, $20, $21, $22)"
        ))
        .bind(input.id.to_string()),
    )
    .bind(&c.title)
    .bind(&c.body)
    .bind(name(&c.language))
    .bind(name(&c.kind))
    .bind(c.precedence.rank())
    .bind(name(&c.required_action))
    .bind(json(&c.grading))
    .bind(c.valid_until.map(micros))
    .bind(json(&c.linked))
    .bind(json(&c.attachments))
    .bind(json(&input.targets))
    .bind(micros(input.issued_at))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    index_marking(tx, &input.id.to_string(), &input.marking).await?;
    for digest in &c.attachments {
        sqlx::query(
            "INSERT INTO attachment_uses (digest, record_id) VALUES ($1, $2) \
             ON CONFLICT DO NOTHING",
        )
        .bind(digest)
        .bind(input.id.to_string())
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    }
    insert_recipients(tx, recipients).await?;
    Ok(1 + recipients.len() as u64)
}

/// Copies per INSERT when an input is issued: 10 binds each, far below SQLite's 32,766 and
/// PostgreSQL's 65,535 bind parameters per statement.
const COPIES_PER_INSERT: usize = 500;

/// Delivers copies, many rows per statement (a flash input to a thousand units is two
/// statements, not a thousand); each escalates if not acknowledged by its deadline.
async fn insert_recipients(
    tx: &mut Transaction<'_, Any>,
    copies: &[NewRecipient],
) -> Result<(), StoreError> {
    // SQLite looks a numbered parameter up by scanning every name in the statement, once per
    // bind — quadratic in a statement of thousands; anonymous ones it binds by position.
    // PostgreSQL wants them numbered.
    let anonymous = tx.backend_name().eq_ignore_ascii_case("sqlite");
    for rows in copies.chunks(COPIES_PER_INSERT) {
        let values: Vec<String> = (0..rows.len())
            .map(|r| {
                let p: Vec<String> = (1..=10)
                    .map(|c| {
                        if anonymous {
                            "?".to_string()
                        } else {
                            format!("${}", r * 10 + c)
                        }
                    })
                    .collect();
                // escalation_level starts at 0, between the deadline and the first escalation.
                format!("({}, 0, {})", p[..9].join(", "), p[9])
            })
            .collect();
        let sql = format!(
            "INSERT INTO input_recipients (id, input_id, agency_id, unit_id, user_id, \
             forwarded_from, state, delivered_at, ack_deadline, escalation_level, \
             next_escalation_at) VALUES {}",
            values.join(", ")
        );
        let mut insert = sqlx::query(&sql);
        for copy in rows {
            insert = insert
                .bind(copy.id.to_string())
                .bind(copy.input.to_string())
                .bind(copy.agency.to_string())
                .bind(copy.unit.to_string())
                .bind(copy.user.map(|u| u.to_string()))
                .bind(copy.forwarded_from.map(|r| r.to_string()))
                .bind(RecipientState::Delivered.name())
                .bind(micros(copy.delivered_at))
                .bind(micros(copy.ack_deadline))
                .bind(Some(micros(copy.ack_deadline)));
        }
        let conn: &mut AnyConnection = tx;
        insert.execute(conn).await.map_err(StoreError::from_write)?;
    }
    Ok(())
}

/// The columns a step sets besides the state.
struct StepValues {
    acknowledged: Option<i64>,
    acted: Option<i64>,
    flagged: Option<i64>,
    outcome: Option<String>,
    outcome_text: Option<String>,
    flag_reason: Option<String>,
}

impl StepValues {
    fn of(step: &Transition, to: RecipientState, at: OffsetDateTime) -> StepValues {
        let now = Some(micros(at));
        let mut values = StepValues {
            acknowledged: (to == RecipientState::Acknowledged).then_some(micros(at)),
            acted: None,
            flagged: None,
            outcome: None,
            outcome_text: None,
            flag_reason: None,
        };
        match step {
            Transition::ReportAction { outcome, text } => {
                values.acted = now;
                values.outcome = Some(name(outcome));
                values.outcome_text = Some(text.clone());
            }
            Transition::Flag { reason } => {
                values.flagged = now;
                values.flag_reason = Some(reason.clone());
            }
            Transition::Read | Transition::Acknowledge | Transition::Forward { .. } => {}
        }
        values
    }
}
