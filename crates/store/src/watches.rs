//! The watchlist: which user follows which person, organisation or identifier.

use crate::codec::{from_json, from_micros, id, json, micros};
use crate::{Store, StoreError};
use samanvay_core::UserId;
use samanvay_core::watch::{Watch, WatchSubject};
use sqlx::{Any, AnyConnection, Row};

pub(crate) async fn insert(
    conn: &mut AnyConnection,
    watch: &Watch,
) -> Result<sqlx::any::AnyQueryResult, sqlx::Error> {
    let (kind, key) = watch.subject.key();
    sqlx::query(
        "INSERT INTO watches (user_id, subject_kind, subject, subject_json, label, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(watch.user.to_string())
    .bind(kind)
    .bind(key)
    .bind(json(&watch.subject))
    .bind(watch.label.clone())
    .bind(micros(watch.since))
    .execute(conn)
    .await
}

pub(crate) async fn delete(
    conn: &mut AnyConnection,
    user: UserId,
    subject: &WatchSubject,
) -> Result<sqlx::any::AnyQueryResult, sqlx::Error> {
    let (kind, key) = subject.key();
    sqlx::query("DELETE FROM watches WHERE user_id = $1 AND subject_kind = $2 AND subject = $3")
        .bind(user.to_string())
        .bind(kind)
        .bind(key)
        .execute(conn)
        .await
}

impl Store {
    /// What a user watches, newest first.
    pub async fn watches(&self, user: UserId) -> Result<Vec<Watch>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id, subject_json, label, created_at FROM watches \
             WHERE user_id = $1 ORDER BY created_at DESC",
        )
        .bind(user.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(watch_from_row).collect()
    }

    /// Every watch on any of these subjects.
    pub async fn watchers(&self, subjects: &[WatchSubject]) -> Result<Vec<Watch>, StoreError> {
        if subjects.is_empty() {
            return Ok(Vec::new());
        }
        let pairs: Vec<String> = (0..subjects.len())
            .map(|i| {
                format!(
                    "(subject_kind = ${} AND subject = ${})",
                    2 * i + 1,
                    2 * i + 2
                )
            })
            .collect();
        let sql = format!(
            "SELECT user_id, subject_json, label, created_at FROM watches WHERE {}",
            pairs.join(" OR ")
        );
        let mut query = sqlx::query::<Any>(&sql);
        for subject in subjects {
            let (kind, key) = subject.key();
            query = query.bind(kind).bind(key);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(watch_from_row).collect()
    }
}

fn watch_from_row(row: &sqlx::any::AnyRow) -> Result<Watch, StoreError> {
    Ok(Watch {
        user: id(&row.try_get::<String, _>("user_id")?)?,
        subject: from_json(&row.try_get::<String, _>("subject_json")?)?,
        label: row.try_get("label")?,
        since: from_micros(row.try_get("created_at")?)?,
    })
}
