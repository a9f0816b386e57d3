//! User accounts, their credentials and the failed-login counter behind the lockout.

use crate::codec::{from_json, from_micros, from_name, id, json, micros, name};
use crate::{Store, StoreError};
use samanvay_core::user::{AccountStatus, User};
use samanvay_core::{AgencyId, Classification, SharingGroupId, UserId, Viewer};
use sqlx::AnyConnection;
use sqlx::any::{Any, AnyQueryResult, AnyRow};
use sqlx::{Row, Transaction};
use time::OffsetDateTime;

const USER_COLUMNS: &str = "id, username, display_name, agency_id, unit_id, rank, post, roles, \
     clearance, status";

/// A user to create, with the hash of its first password.
#[derive(Clone, Debug)]
pub struct NewUser {
    pub user: User,
    pub password_hash: String,
    pub created_at: OffsetDateTime,
}

/// What login needs to know about an account.
#[derive(Clone, Debug)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
    pub failed_logins: i64,
    pub locked_at: Option<OffsetDateTime>,
}

impl Store {
    pub async fn user(&self, user: UserId) -> Result<Option<User>, StoreError> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row = sqlx::query(&sql)
            .bind(user.to_string())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(user_from_row).transpose()
    }

    pub async fn credentials(&self, username: &str) -> Result<Option<Credentials>, StoreError> {
        let sql = format!(
            "SELECT {USER_COLUMNS}, password_hash, failed_logins, locked_at \
             FROM users WHERE username = $1"
        );
        let row = sqlx::query(&sql)
            .bind(username)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let locked_at: Option<i64> = row.try_get("locked_at")?;
        Ok(Some(Credentials {
            user: user_from_row(&row)?,
            password_hash: row.try_get("password_hash")?,
            failed_logins: row.try_get("failed_logins")?,
            locked_at: locked_at.map(from_micros).transpose()?,
        }))
    }

    pub async fn users(&self, agency: AgencyId) -> Result<Vec<User>, StoreError> {
        let sql =
            format!("SELECT {USER_COLUMNS} FROM users WHERE agency_id = $1 ORDER BY username");
        let rows = sqlx::query(&sql)
            .bind(agency.to_string())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(user_from_row).collect()
    }

    /// The viewer for a user: the user's agency, unit, roles and clearance, and the sharing
    /// groups its agency is a member of.
    pub async fn viewer(&self, user: &User) -> Result<Viewer, StoreError> {
        let rows = sqlx::query(
            "SELECT group_id FROM sharing_members WHERE agency_id = $1 AND state = 'member'",
        )
        .bind(user.agency.to_string())
        .fetch_all(&self.pool)
        .await?;
        let groups = rows
            .iter()
            .map(|r| id::<SharingGroupId>(&r.try_get::<String, _>("group_id")?))
            .collect::<Result<_, _>>()?;
        Ok(viewer_of(user, groups))
    }
}

pub(crate) fn viewer_of(user: &User, groups: Vec<SharingGroupId>) -> Viewer {
    Viewer {
        user: user.id,
        agency: user.agency,
        unit: user.unit,
        roles: user.roles.clone(),
        clearance: user.clearance,
        groups,
    }
}

pub(crate) async fn insert_user(
    conn: &mut AnyConnection,
    new: &NewUser,
) -> Result<AnyQueryResult, sqlx::Error> {
    let u = &new.user;
    sqlx::query(
        "INSERT INTO users (id, username, display_name, agency_id, unit_id, rank, post, roles, \
         clearance, status, password_hash, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
    )
    .bind(u.id.to_string())
    .bind(&u.username)
    .bind(&u.display_name)
    .bind(u.agency.to_string())
    .bind(u.unit.to_string())
    .bind(name(&u.rank))
    .bind(&u.post)
    .bind(json(&u.roles))
    .bind(u.clearance.level())
    .bind(name(&u.status))
    .bind(&new.password_hash)
    .bind(micros(new.created_at))
    .execute(conn)
    .await
}

/// Updates everything but the username, agency and password. Setting the status to active
/// also clears the failed-login counter (an unlock).
pub(crate) async fn update_user(
    conn: &mut AnyConnection,
    u: &User,
) -> Result<AnyQueryResult, sqlx::Error> {
    let active = u.status == AccountStatus::Active;
    sqlx::query(
        "UPDATE users SET display_name = $1, unit_id = $2, rank = $3, post = $4, roles = $5, \
         clearance = $6, status = $7, \
         failed_logins = CASE WHEN $8 = 1 THEN 0 ELSE failed_logins END, \
         first_failed_at = CASE WHEN $8 = 1 THEN NULL ELSE first_failed_at END, \
         locked_at = CASE WHEN $8 = 1 THEN NULL ELSE locked_at END \
         WHERE id = $9 AND agency_id = $10",
    )
    .bind(&u.display_name)
    .bind(u.unit.to_string())
    .bind(name(&u.rank))
    .bind(&u.post)
    .bind(json(&u.roles))
    .bind(u.clearance.level())
    .bind(name(&u.status))
    .bind(i64::from(active))
    .bind(u.id.to_string())
    .bind(u.agency.to_string())
    .execute(conn)
    .await
}

/// Counts a failure inside the window (restarting the count when the window has passed) and
/// locks an active account that reached the limit. Returns 1 if this failure locked it.
pub(crate) async fn record_login_failure(
    tx: &mut Transaction<'_, Any>,
    user: UserId,
    at: OffsetDateTime,
    window_start: OffsetDateTime,
    lock_after: i64,
) -> Result<AnyQueryResult, sqlx::Error> {
    sqlx::query(
        "UPDATE users SET \
         failed_logins = CASE WHEN first_failed_at IS NULL OR first_failed_at < $1 \
                              THEN 1 ELSE failed_logins + 1 END, \
         first_failed_at = CASE WHEN first_failed_at IS NULL OR first_failed_at < $1 \
                                THEN $2 ELSE first_failed_at END \
         WHERE id = $3",
    )
    .bind(micros(window_start))
    .bind(micros(at))
    .bind(user.to_string())
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "UPDATE users SET status = 'locked', locked_at = $1 \
         WHERE id = $2 AND status = 'active' AND failed_logins >= $3",
    )
    .bind(micros(at))
    .bind(user.to_string())
    .bind(lock_after)
    .execute(&mut **tx)
    .await
}

pub(crate) fn user_from_row(row: &AnyRow) -> Result<User, StoreError> {
    let level: i64 = row.try_get("clearance")?;
    Ok(User {
        id: id(&row.try_get::<String, _>("id")?)?,
        username: row.try_get("username")?,
        display_name: row.try_get("display_name")?,
        agency: id(&row.try_get::<String, _>("agency_id")?)?,
        unit: id(&row.try_get::<String, _>("unit_id")?)?,
        rank: from_name(&row.try_get::<String, _>("rank")?)?,
        post: row.try_get("post")?,
        roles: from_json(&row.try_get::<String, _>("roles")?)?,
        clearance: Classification::from_level(level)
            .ok_or_else(|| StoreError::Corrupt(format!("clearance {level}")))?,
        status: from_name(&row.try_get::<String, _>("status")?)?,
    })
}
