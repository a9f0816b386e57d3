//! Finding accounts to add to a channel by name: an owner types part of a name or username and
//! picks from the accounts of the agencies the channel reaches, cleared to read it.

use super::search::escape_like;
use crate::codec::id;
use crate::{Store, StoreError};
use samanvay_core::{AgencyId, Classification, UserId};
use sqlx::Row;

/// A search for accounts that could join a channel.
#[derive(Clone, Debug)]
pub struct CandidateSearch {
    /// Part of a display name or username, any case.
    pub text: String,
    /// Only accounts of these agencies; `None` for every agency.
    pub agencies: Option<Vec<AgencyId>>,
    /// Only accounts cleared at least this high.
    pub cleared_for: Classification,
    pub limit: i64,
}

impl Store {
    /// Accounts (but disabled ones) matching the search, by display name.
    pub async fn channel_candidates(
        &self,
        search: &CandidateSearch,
    ) -> Result<Vec<UserId>, StoreError> {
        if search.agencies.as_ref().is_some_and(Vec::is_empty) {
            return Ok(Vec::new());
        }
        let mut sql = String::from(
            "SELECT id FROM users WHERE status <> 'disabled' AND clearance >= $1 AND \
             (LOWER(display_name) LIKE $2 ESCAPE '\\' OR LOWER(username) LIKE $2 ESCAPE '\\')",
        );
        let mut next = 3;
        if let Some(agencies) = &search.agencies {
            let params: Vec<String> = (0..agencies.len())
                .map(|i| format!("${}", next + i))
                .collect();
            sql.push_str(&format!(" AND agency_id IN ({})", params.join(", ")));
            next += agencies.len();
        }
        sql.push_str(&format!(" ORDER BY display_name, username LIMIT ${next}"));
        let mut query = sqlx::query(&sql)
            .bind(search.cleared_for.level())
            .bind(format!("%{}%", escape_like(&search.text.to_lowercase())));
        for agency in search.agencies.iter().flatten() {
            query = query.bind(agency.to_string());
        }
        let rows = query.bind(search.limit).fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| id(&row.try_get::<String, _>("id")?))
            .collect()
    }
}
