//! Applies a job's changes and appends its audit events inside the writer's transaction.

use crate::changes::{Change, Job};
use crate::codec::{id, micros, name};
use crate::{
    StoreError, documents, events, notifications, org, person_links, register, sessions, sharing,
    users, watches,
};
use samanvay_core::event::NewEvent;
use sqlx::any::Any;
use sqlx::{Row, Transaction};

/// Applies a job's changes; returns the rows each affected and the log events the job
/// appends, its own and those its changes imply, in order.
pub(crate) async fn apply_changes(
    tx: &mut Transaction<'_, Any>,
    job: &Job,
) -> Result<(Vec<u64>, Vec<NewEvent>), StoreError> {
    let mut rows = Vec::with_capacity(job.changes.len());
    let mut appended = Vec::new();
    for change in &job.changes {
        let affected = apply(tx, change, job.at, &mut appended).await?;
        appended.extend(implied_event(change, affected));
        rows.push(affected);
    }
    Ok((rows, appended))
}

/// The event a change implies once it took effect, so every caller that makes it tells the
/// open streams: a stored notification reaches its recipient, a changed account makes its
/// streams re-check what they may see.
fn implied_event(change: &Change, affected: u64) -> Option<NewEvent> {
    if affected == 0 {
        return None;
    }
    match change {
        // Dropped by its once_key when nothing was inserted.
        Change::InsertNotification(notification) => Some(events::notification_stored(notification)),
        Change::UpdateUser(user) => Some(events::account_changed(user.id)),
        Change::DeleteUserSessions { user, .. } => Some(events::account_changed(*user)),
        // One row means this failure locked the account.
        Change::RecordLoginFailure { user, .. } => Some(events::account_changed(*user)),
        Change::SetMembership { agency, .. } => Some(events::sharing_changed(*agency)),
        _ => None,
    }
}

async fn apply(
    tx: &mut Transaction<'_, Any>,
    change: &Change,
    at: time::OffsetDateTime,
    appended: &mut Vec<NewEvent>,
) -> Result<u64, StoreError> {
    let conn = &mut **tx;
    let rows = match change {
        Change::InsertAgency(agency) => {
            sqlx::query("INSERT INTO agencies (id, code, name, kind) VALUES ($1, $2, $3, $4)")
                .bind(agency.id.to_string())
                .bind(&agency.code)
                .bind(&agency.name)
                .bind(name(&agency.kind))
                .execute(conn)
                .await
        }
        Change::InsertUnit(unit) => org::insert_unit(conn, unit).await,
        Change::UpdateUnit(unit) => org::update_unit(conn, unit).await,
        Change::InsertUser(new) => users::insert_user(conn, new).await,
        Change::UpdateUser(user) => users::update_user(conn, user).await,
        Change::SetPassword {
            user,
            password_hash,
        } => {
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(password_hash)
                .bind(user.to_string())
                .execute(conn)
                .await
        }
        Change::RecordLoginFailure {
            user,
            at,
            window_start,
            lock_after,
        } => users::record_login_failure(tx, *user, *at, *window_start, *lock_after).await,
        Change::ClearLoginFailures { user } => {
            sqlx::query("UPDATE users SET failed_logins = 0, first_failed_at = NULL WHERE id = $1")
                .bind(user.to_string())
                .execute(conn)
                .await
        }
        Change::InsertSession(session) => sessions::insert(conn, session).await,
        Change::TouchSession { token_hash, at } => {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(micros(*at))
                .bind(token_hash)
                .execute(conn)
                .await
        }
        Change::DeleteSession { token_hash } => {
            // The user is needed to tell its open streams that a session ended.
            let ended = sqlx::query("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id")
                .bind(token_hash)
                .fetch_all(conn)
                .await
                .map_err(StoreError::from_write)?;
            for row in &ended {
                let user: String = row.try_get("user_id")?;
                appended.push(events::account_changed(id(&user)?));
            }
            return Ok(ended.len() as u64);
        }
        Change::DeleteUserSessions { user, except } => {
            sqlx::query(
                "DELETE FROM sessions WHERE user_id = $1 AND ($2 IS NULL OR token_hash <> $2)",
            )
            .bind(user.to_string())
            .bind(except.clone())
            .execute(conn)
            .await
        }
        Change::InsertSharingGroup(group) => sharing::insert_group(tx, group).await,
        Change::SetMembership {
            group,
            agency,
            state,
        } => {
            sqlx::query(
                "INSERT INTO sharing_members (group_id, agency_id, state) VALUES ($1, $2, $3) \
             ON CONFLICT (group_id, agency_id) DO UPDATE SET state = excluded.state",
            )
            .bind(group.to_string())
            .bind(agency.to_string())
            .bind(state.name())
            .execute(conn)
            .await
        }
        Change::InsertDocument { document, by } => {
            return documents::insert(tx, document, *by).await;
        }
        Change::UpdateDocument { document, by } => {
            return documents::update(tx, document, *by).await;
        }
        Change::InsertPerson { person, by } => {
            return register::insert_person(tx, person, *by).await;
        }
        Change::UpdatePerson { person, by } => {
            return register::update_person(tx, person, *by).await;
        }
        Change::InsertOrganisation { organisation, by } => {
            return register::insert_organisation(tx, organisation, *by).await;
        }
        Change::UpdateOrganisation { organisation, by } => {
            return register::update_organisation(tx, organisation, *by).await;
        }
        Change::ImportPersons { persons, by } => {
            return register::import_persons(tx, persons, *by).await;
        }
        Change::ImportOrganisations { organisations, by } => {
            return register::import_organisations(tx, organisations, *by).await;
        }
        Change::SuggestPersonLinks(links) => {
            return person_links::suggest(tx, links, at).await;
        }
        Change::DecidePersonLink { pair, state, by } => {
            person_links::decide(conn, *pair, *state, *by, at).await
        }
        Change::InsertNotification(notification) => notifications::insert(conn, notification).await,
        Change::MarkNotificationRead { notification, user } => {
            notifications::mark_read(conn, *notification, *user, at).await
        }
        Change::InsertWatch(watch) => watches::insert(conn, watch).await,
        Change::DeleteWatch { user, subject } => watches::delete(conn, *user, subject).await,
        Change::Input(change) => return crate::inputs::apply(tx, change, at, appended).await,
        Change::Channel(change) => {
            return crate::channels::apply(tx, change, at, appended).await;
        }
        Change::AppendEvent(event) => {
            appended.push(event.clone());
            return Ok(1);
        }
    };
    rows.map(|r| r.rows_affected())
        .map_err(StoreError::from_write)
}
