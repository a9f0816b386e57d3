//! The event log: events appended by jobs (and derived from their changes) are numbered and
//! written in the writer's transaction, then published on the bus once durable. Readers resume
//! from the log with [`Store::events_after`].

use crate::codec::{from_json, from_micros, json, micros};
use crate::{Store, StoreError};
use samanvay_core::event::{Audience, Event, EventBody, EventSeq, NewEvent};
use samanvay_core::notification::{NewNotification, Notification, Recipient};
use samanvay_core::{AgencyId, UserId};
use sqlx::any::{Any, AnyRow};
use sqlx::{Row, Transaction};
use std::sync::Arc;
use time::OffsetDateTime;
use tokio::sync::broadcast;

/// Events a slow subscriber may fall behind by before it is told it lagged (and must read the
/// rest from the log).
const BUS_CAPACITY: usize = 8192;

/// Rows per INSERT: 5 values each.
const ROWS_PER_INSERT: usize = 128;

/// The live side of the log: every committed event, in seq order.
pub(crate) type Bus = broadcast::Sender<Arc<Event>>;

pub(crate) fn bus() -> Bus {
    broadcast::channel(BUS_CAPACITY).0
}

/// The last seq in the log, read inside the writer's transaction (which holds the audit head
/// lock, so no other writer numbers events at the same time).
pub(crate) async fn last_seq(tx: &mut Transaction<'_, Any>) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS seq FROM events")
        .fetch_one(&mut **tx)
        .await?;
    Ok(row.try_get("seq")?)
}

/// Gives events the seqs after `head` and moves `head` past them.
pub(crate) fn number(head: &mut i64, at: OffsetDateTime, events: Vec<NewEvent>) -> Vec<Event> {
    events
        .into_iter()
        .map(|event| {
            *head += 1;
            Event {
                seq: EventSeq(*head),
                at,
                audience: event.audience,
                marking: event.marking,
                body: event.body,
            }
        })
        .collect()
}

/// Writes numbered events, many rows per statement.
pub(crate) async fn write(
    tx: &mut Transaction<'_, Any>,
    events: &[&Event],
) -> Result<(), StoreError> {
    // SQLite scans every parameter name once per numbered bind; anonymous ones it binds by
    // position. PostgreSQL wants them numbered.
    let anonymous = tx.backend_name().eq_ignore_ascii_case("sqlite");
    for rows in events.chunks(ROWS_PER_INSERT) {
        let values: Vec<String> = (0..rows.len())
            .map(|r| {
                let params: Vec<String> = (1..=5)
                    .map(|c| {
                        if anonymous {
                            "?".to_string()
                        } else {
                            format!("${}", r * 5 + c)
                        }
                    })
                    .collect();
                format!("({})", params.join(", "))
            })
            .collect();
        let sql = format!(
            "INSERT INTO events (seq, at, audience, marking, body) VALUES {}",
            values.join(", ")
        );
        let mut insert = sqlx::query(&sql);
        for e in rows {
            insert = insert
                .bind(e.seq.0)
                .bind(micros(e.at))
                .bind(json(&e.audience))
                .bind(e.marking.as_ref().map(json))
                .bind(json(&e.body));
        }
        insert.execute(&mut **tx).await?;
    }
    Ok(())
}

/// The event that tells a notification's recipient about it as it is stored.
pub(crate) fn notification_stored(notification: &NewNotification) -> NewEvent {
    let audience = match notification.recipient {
        Recipient::User(user) => Audience::Users(vec![user]),
        Recipient::Unit(unit) => Audience::Units(vec![unit]),
    };
    NewEvent {
        audience,
        // A notification names only what its recipient may know.
        marking: None,
        body: EventBody::Notification {
            notification: Box::new(Notification {
                id: notification.id,
                recipient: notification.recipient,
                summary: notification.body.summary(),
                body: notification.body.clone(),
                created_at: notification.created_at,
                read: false,
            }),
        },
    }
}

/// The event that makes open streams of a user re-check its session and viewer.
pub(crate) fn account_changed(user: UserId) -> NewEvent {
    NewEvent {
        audience: Audience::Users(vec![user]),
        marking: None,
        body: EventBody::AccountChanged { user },
    }
}

/// The event that makes open streams of an agency's users reload their sharing groups.
pub(crate) fn sharing_changed(agency: AgencyId) -> NewEvent {
    NewEvent {
        audience: Audience::nobody(),
        marking: None,
        body: EventBody::SharingChanged { agency },
    }
}

impl Store {
    /// Every event committed from now on, in seq order, once durable. A receiver that falls
    /// more than a few thousand events behind gets `Lagged` and reads the rest with
    /// [`Store::events_after`].
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Event>> {
        self.bus.subscribe()
    }

    /// Up to `limit` stored events after `after`, oldest first.
    pub async fn events_after(
        &self,
        after: EventSeq,
        limit: i64,
    ) -> Result<Vec<Event>, StoreError> {
        let rows = sqlx::query(
            "SELECT seq, at, audience, marking, body FROM events WHERE seq > $1 \
             ORDER BY seq LIMIT $2",
        )
        .bind(after.0)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(event_from_row).collect()
    }

    /// The seq of the oldest stored event (0 when there is none): a client that resumes from
    /// before it has missed events no longer kept.
    pub async fn first_event_seq(&self) -> Result<EventSeq, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MIN(seq), 0) AS seq FROM events")
            .fetch_one(&self.pool)
            .await?;
        Ok(EventSeq(row.try_get("seq")?))
    }

    /// Deletes the events committed before `before`, except the last one (numbering continues
    /// from it); returns how many went. The changes they describe stay where they are.
    pub async fn prune_events(&self, before: OffsetDateTime) -> Result<u64, StoreError> {
        let deleted =
            sqlx::query("DELETE FROM events WHERE at < $1 AND seq < (SELECT MAX(seq) FROM events)")
                .bind(micros(before))
                .execute(&self.pool)
                .await?;
        Ok(deleted.rows_affected())
    }

    /// The seq of the last committed event (0 when there is none).
    pub async fn last_event_seq(&self) -> Result<EventSeq, StoreError> {
        let row = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS seq FROM events")
            .fetch_one(&self.pool)
            .await?;
        Ok(EventSeq(row.try_get("seq")?))
    }
}

fn event_from_row(row: &AnyRow) -> Result<Event, StoreError> {
    let marking: Option<String> = row.try_get("marking")?;
    Ok(Event {
        seq: EventSeq(row.try_get("seq")?),
        at: from_micros(row.try_get("at")?)?,
        audience: from_json(&row.try_get::<String, _>("audience")?)?,
        marking: marking.as_deref().map(from_json).transpose()?,
        body: from_json(&row.try_get::<String, _>("body")?)?,
    })
}
