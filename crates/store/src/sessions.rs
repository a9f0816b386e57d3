//! Login sessions, stored by the hash of their token so a copy of the database holds no
//! usable token.

use crate::codec::{from_micros, id, micros};
use crate::users::{user_from_row, viewer_of};
use crate::{Store, StoreError};
use samanvay_core::user::User;
use samanvay_core::{UserId, Viewer};
use sqlx::AnyConnection;
use sqlx::Row;
use sqlx::any::AnyQueryResult;
use time::OffsetDateTime;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRecord {
    /// Hex SHA-256 of the token the client holds.
    pub token_hash: String,
    pub user: UserId,
    pub created_at: OffsetDateTime,
    pub last_seen_at: OffsetDateTime,
    /// The absolute end of the session, whatever the activity.
    pub expires_at: OffsetDateTime,
    pub source: Option<String>,
}

impl Store {
    /// The session with this token hash and its user, if both exist.
    pub async fn session(
        &self,
        token_hash: &str,
    ) -> Result<Option<(SessionRecord, User)>, StoreError> {
        let found = self.session_with_viewer(token_hash).await?;
        Ok(found.map(|(session, user, _)| (session, user)))
    }

    /// The session, its user and the user's viewer, in one query: this runs on every request.
    pub async fn session_with_viewer(
        &self,
        token_hash: &str,
    ) -> Result<Option<(SessionRecord, User, Viewer)>, StoreError> {
        let sql = format!(
            "SELECT s.token_hash, s.user_id, s.created_at, s.last_seen_at, s.expires_at, \
             s.source, u.id, u.username, u.display_name, u.agency_id, u.unit_id, u.rank, \
             u.post, u.roles, u.clearance, u.status, \
             (SELECT {} FROM sharing_members sm \
              WHERE sm.agency_id = u.agency_id AND sm.state = 'member') AS groups \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
            self.backend.comma_list("sm.group_id")
        );
        let row = sqlx::query(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let session = SessionRecord {
            token_hash: row.try_get("token_hash")?,
            user: id(&row.try_get::<String, _>("user_id")?)?,
            created_at: from_micros(row.try_get("created_at")?)?,
            last_seen_at: from_micros(row.try_get("last_seen_at")?)?,
            expires_at: from_micros(row.try_get("expires_at")?)?,
            source: row.try_get("source")?,
        };
        let user = user_from_row(&row)?;
        let groups: Option<String> = row.try_get("groups")?;
        let groups = groups
            .iter()
            .flat_map(|list| list.split(','))
            .map(id)
            .collect::<Result<_, _>>()?;
        let viewer = viewer_of(&user, groups);
        Ok(Some((session, user, viewer)))
    }
}

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    s: &SessionRecord,
) -> Result<AnyQueryResult, sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, source) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&s.token_hash)
    .bind(s.user.to_string())
    .bind(micros(s.created_at))
    .bind(micros(s.last_seen_at))
    .bind(micros(s.expires_at))
    .bind(s.source.clone())
    .execute(conn)
    .await
}
