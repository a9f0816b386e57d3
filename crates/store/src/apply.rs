//! Applies a job's changes and appends its audit events inside the writer's transaction.

use crate::changes::{Change, Job};
use crate::codec::{micros, name};
use crate::{
    StoreError, documents, notifications, org, person_links, register, sessions, sharing, users,
    watches,
};
use sqlx::Transaction;
use sqlx::any::Any;

/// Applies a job's changes; returns the rows each affected.
pub(crate) async fn apply_changes(
    tx: &mut Transaction<'_, Any>,
    job: &Job,
) -> Result<Vec<u64>, StoreError> {
    let mut rows = Vec::with_capacity(job.changes.len());
    for change in &job.changes {
        rows.push(apply(tx, change, job.at).await?);
    }
    Ok(rows)
}

async fn apply(
    tx: &mut Transaction<'_, Any>,
    change: &Change,
    at: time::OffsetDateTime,
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
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(conn)
                .await
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
        Change::SuggestPersonLink {
            pair,
            weight,
            reasons,
        } => person_links::suggest(conn, *pair, *weight, reasons, at).await,
        Change::DecidePersonLink { pair, state, by } => {
            person_links::decide(conn, *pair, *state, *by, at).await
        }
        Change::InsertNotification(notification) => notifications::insert(conn, notification).await,
        Change::MarkNotificationRead { notification, user } => {
            notifications::mark_read(conn, *notification, *user, at).await
        }
        Change::InsertWatch(watch) => watches::insert(conn, watch).await,
        Change::DeleteWatch { user, subject } => watches::delete(conn, *user, subject).await,
    };
    rows.map(|r| r.rows_affected())
        .map_err(StoreError::from_write)
}
