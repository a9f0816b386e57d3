//! Notifications to users and units, and who has read them.

use crate::codec::{from_json, from_micros, id, json, micros};
use crate::{Store, StoreError};
use samanvay_core::notification::{NewNotification, Notification, NotificationBody, Recipient};
use samanvay_core::{NotificationId, UnitId, UserId};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

/// Stores a notification; one whose `once_key` was already used is dropped (row count 0).
pub(crate) async fn insert(
    conn: &mut AnyConnection,
    notification: &NewNotification,
) -> Result<sqlx::any::AnyQueryResult, sqlx::Error> {
    let (user, unit) = match notification.recipient {
        Recipient::User(user) => (Some(user.to_string()), None),
        Recipient::Unit(unit) => (None, Some(unit.to_string())),
    };
    sqlx::query(
        "INSERT INTO notifications (id, recipient_user, recipient_unit, body, once_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
    )
    .bind(notification.id.to_string())
    .bind(user)
    .bind(unit)
    .bind(json(&notification.body))
    .bind(notification.once_key.clone())
    .bind(micros(notification.created_at))
    .execute(conn)
    .await
}

pub(crate) async fn mark_read(
    conn: &mut AnyConnection,
    notification: NotificationId,
    user: UserId,
    at: OffsetDateTime,
) -> Result<sqlx::any::AnyQueryResult, sqlx::Error> {
    sqlx::query(
        "INSERT INTO notification_reads (notification_id, user_id, read_at) \
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(notification.to_string())
    .bind(user.to_string())
    .bind(micros(at))
    .execute(conn)
    .await
}

impl Store {
    /// The notifications for a user — its own and its unit's — newest first, with whether
    /// the user has read each.
    pub async fn notifications(
        &self,
        user: UserId,
        unit: UnitId,
        limit: i64,
    ) -> Result<Vec<Notification>, StoreError> {
        let rows = sqlx::query(
            "SELECT n.id, n.recipient_user, n.recipient_unit, n.body, n.created_at, \
               (SELECT COUNT(*) FROM notification_reads r \
                WHERE r.notification_id = n.id AND r.user_id = $1) AS read_count \
             FROM notifications n \
             WHERE n.recipient_user = $1 OR n.recipient_unit = $2 \
             ORDER BY n.created_at DESC, n.id DESC LIMIT $3",
        )
        .bind(user.to_string())
        .bind(unit.to_string())
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(notification_from_row).collect()
    }

    /// How many of the user's notifications it has not read.
    pub async fn unread_notifications(
        &self,
        user: UserId,
        unit: UnitId,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS unread FROM notifications n \
             WHERE (n.recipient_user = $1 OR n.recipient_unit = $2) \
             AND NOT EXISTS (SELECT 1 FROM notification_reads r \
                 WHERE r.notification_id = n.id AND r.user_id = $1)",
        )
        .bind(user.to_string())
        .bind(unit.to_string())
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get("unread")?)
    }

    /// Whether the notification is addressed to the user or its unit.
    pub async fn notification_is_for(
        &self,
        notification: NotificationId,
        user: UserId,
        unit: UnitId,
    ) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT 1 AS found FROM notifications \
             WHERE id = $1 AND (recipient_user = $2 OR recipient_unit = $3)",
        )
        .bind(notification.to_string())
        .bind(user.to_string())
        .bind(unit.to_string())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.is_some())
    }
}

fn notification_from_row(row: &AnyRow) -> Result<Notification, StoreError> {
    let user: Option<String> = row.try_get("recipient_user")?;
    let unit: Option<String> = row.try_get("recipient_unit")?;
    let recipient = match (user, unit) {
        (Some(user), _) => Recipient::User(id(&user)?),
        (None, Some(unit)) => Recipient::Unit(id(&unit)?),
        (None, None) => return Err(StoreError::Corrupt("notification without recipient".into())),
    };
    let body: NotificationBody = from_json(&row.try_get::<String, _>("body")?)?;
    Ok(Notification {
        id: id(&row.try_get::<String, _>("id")?)?,
        recipient,
        summary: body.summary(),
        body,
        created_at: from_micros(row.try_get("created_at")?)?,
        read: row.try_get::<i64, _>("read_count")? > 0,
    })
}
