//! The audit log: append-only, each entry chained to the one before by a SHA-256 hash, so a
//! changed, removed or inserted row breaks the chain at that row.

use crate::codec::{from_micros, from_name, id, micros};
use crate::inserts::{Value, insert};
use crate::{Backend, Store, StoreError};
use samanvay_core::AgencyId;
use samanvay_core::audit::{AuditAction, AuditEntry, AuditEvent, RecordRef};
use sha2::{Digest, Sha256};
use sqlx::any::{Any, AnyRow};
use sqlx::{Row, Transaction};
use time::OffsetDateTime;
use uuid::Uuid;

/// The hash before the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The last link of the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    pub seq: i64,
    pub hash: String,
}

/// The hash of an entry: SHA-256 over a JSON array of every stored field and the previous
/// hash. JSON gives each field an unambiguous boundary.
pub fn entry_hash(seq: i64, at: OffsetDateTime, event: &AuditEvent, prev_hash: &str) -> String {
    let canonical = serde_json::json!([
        seq,
        micros(at),
        event.actor,
        event.actor_agency,
        event.actor_name,
        event.action.name(),
        event.record.map(|r| r.kind.name()),
        event.record.map(|r| r.id),
        event.record_owner,
        event.source,
        event.detail,
        prev_hash,
    ]);
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

/// Reads the chain head, locking it on PostgreSQL so that writers on several instances append
/// one after another. (On SQLite the writer's `BEGIN IMMEDIATE` already holds the write lock.)
pub(crate) async fn lock_head(
    tx: &mut Transaction<'_, Any>,
    backend: Backend,
) -> Result<Head, StoreError> {
    let sql = match backend {
        Backend::Postgres => "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE",
        Backend::Sqlite => "SELECT seq, hash FROM audit_head WHERE id = 1",
    };
    let row = sqlx::query(sql).fetch_one(&mut **tx).await?;
    Ok(Head {
        seq: row.try_get("seq")?,
        hash: row.try_get("hash")?,
    })
}

pub(crate) async fn store_head(
    tx: &mut Transaction<'_, Any>,
    head: &Head,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1")
        .bind(head.seq)
        .bind(&head.hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// An event given its place in the chain, waiting to be written with its batch.
pub(crate) struct Chained<'a> {
    seq: i64,
    at: OffsetDateTime,
    event: &'a AuditEvent,
    prev_hash: String,
    hash: String,
}

/// Links one event after `head` and moves `head` to it; nothing is written yet.
pub(crate) fn chain<'a>(head: &mut Head, at: OffsetDateTime, event: &'a AuditEvent) -> Chained<'a> {
    let seq = head.seq + 1;
    let hash = entry_hash(seq, at, event, &head.hash);
    let prev_hash = std::mem::replace(&mut head.hash, hash.clone());
    head.seq = seq;
    Chained {
        seq,
        at,
        event,
        prev_hash,
        hash,
    }
}

impl Chained<'_> {
    pub(crate) fn seq(&self) -> i64 {
        self.seq
    }
}

/// Writes chained entries, many rows per statement.
pub(crate) async fn write(
    tx: &mut Transaction<'_, Any>,
    entries: &[Chained<'_>],
) -> Result<(), StoreError> {
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                Value::Int(e.seq),
                Value::Int(micros(e.at)),
                Value::OptText(e.event.actor.map(|u| u.to_string())),
                Value::OptText(e.event.actor_agency.map(|a| a.to_string())),
                Value::OptText(e.event.actor_name.clone()),
                Value::Text(e.event.action.name().to_string()),
                Value::OptText(e.event.record.map(|r| r.kind.name().to_string())),
                Value::OptText(e.event.record.map(|r| r.id.to_string())),
                Value::OptText(e.event.record_owner.map(|a| a.to_string())),
                Value::OptText(e.event.source.clone()),
                Value::Text(e.event.detail.clone()),
                Value::Text(e.prev_hash.clone()),
                Value::Text(e.hash.clone()),
            ]
        })
        .collect();
    let into = "audit_log (seq, at, actor, actor_agency, actor_name, action, record_kind, \
                record_id, record_owner, source, detail, prev_hash, hash)";
    insert(tx, into, rows, "").await?;
    Ok(())
}

/// What an auditor asks the log.
#[derive(Clone, Debug, Default)]
pub struct AuditQuery {
    /// Only entries about this record ("who viewed record X").
    pub record: Option<Uuid>,
    pub actor: Option<samanvay_core::UserId>,
    pub action: Option<AuditAction>,
    /// Only entries with a sequence number below this (paging backwards).
    pub before_seq: Option<i64>,
    pub limit: i64,
}

/// The result of checking the whole chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChainReport {
    pub entries: i64,
    /// The first entry that does not fit the chain, and why.
    pub first_broken: Option<(i64, String)>,
}

const ENTRY_COLUMNS: &str = "seq, at, actor, actor_agency, actor_name, action, record_kind, \
     record_id, record_owner, source, detail, prev_hash, hash";

impl Store {
    /// Entries an auditor of `agency` may see: actions of its own users and anything done to
    /// its records, newest first.
    pub async fn audit_entries(
        &self,
        agency: AgencyId,
        query: &AuditQuery,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        let sql = format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log \
             WHERE (actor_agency = $1 OR record_owner = $1) \
               AND ($2 IS NULL OR record_id = $2) \
               AND ($3 IS NULL OR actor = $3) \
               AND ($4 IS NULL OR action = $4) \
               AND ($5 IS NULL OR seq < $5) \
             ORDER BY seq DESC LIMIT $6"
        );
        let rows = sqlx::query(&sql)
            .bind(agency.to_string())
            .bind(query.record.map(|r| r.to_string()))
            .bind(query.actor.map(|a| a.to_string()))
            .bind(query.action.map(|a| a.name()))
            .bind(query.before_seq)
            .bind(query.limit)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(entry_from_row).collect()
    }

    /// Walks the whole chain from the first entry and reports the first one that breaks it:
    /// a gap in the numbering, a wrong link to the previous hash, or a hash that does not
    /// match the entry's content. Also checks the stored head.
    ///
    /// Safe while writers append: it reads the head first and checks the chain up to it
    /// (every entry up to the head was committed with it); later entries wait for the next
    /// check.
    pub async fn verify_audit_chain(&self) -> Result<ChainReport, StoreError> {
        const PAGE: i64 = 10_000;
        let (head_seq, head_hash) = self.audit_head().await?;
        let mut expected_prev = GENESIS_HASH.to_string();
        let mut last_seq = 0_i64;
        loop {
            let sql = format!(
                "SELECT {ENTRY_COLUMNS} FROM audit_log WHERE seq > $1 AND seq <= $3 \
                 ORDER BY seq LIMIT $2"
            );
            let rows = sqlx::query(&sql)
                .bind(last_seq)
                .bind(PAGE)
                .bind(head_seq)
                .fetch_all(&self.pool)
                .await?;
            for row in &rows {
                let seq: i64 = row.try_get("seq")?;
                let entry = match entry_from_row(row) {
                    Ok(entry) => entry,
                    Err(err) => return Ok(broken(last_seq, seq, format!("unreadable: {err}"))),
                };
                if let Some(problem) = check_link(&entry, last_seq, &expected_prev) {
                    return Ok(broken(last_seq, seq, problem));
                }
                expected_prev = entry.hash;
                last_seq = seq;
            }
            if rows.len() < PAGE as usize {
                break;
            }
        }
        if head_seq != last_seq || head_hash != expected_prev {
            return Ok(ChainReport {
                entries: last_seq,
                first_broken: Some((
                    last_seq + 1,
                    format!(
                        "the log ends at entry {last_seq} but its head records entry {head_seq}: entries were removed from the end"
                    ),
                )),
            });
        }
        // A row past the head read after it was not appended by a writer (a commit moves the
        // head with its entries), so it was added behind the log's back.
        let last_row = sqlx::query("SELECT MAX(seq) AS seq FROM audit_log")
            .fetch_one(&self.pool)
            .await?
            .try_get::<Option<i64>, _>("seq")?;
        let (current_seq, _) = self.audit_head().await?;
        if let Some(last_row) = last_row
            && last_row > current_seq
        {
            let problem = format!(
                "entries after the head (entry {current_seq}) up to entry {last_row} were added outside the log's writer"
            );
            return Ok(broken(last_seq, current_seq + 1, problem));
        }
        Ok(ChainReport {
            entries: last_seq,
            first_broken: None,
        })
    }

    async fn audit_head(&self) -> Result<(i64, String), StoreError> {
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok((head.try_get("seq")?, head.try_get("hash")?))
    }
}

fn broken(last_good: i64, seq: i64, problem: String) -> ChainReport {
    ChainReport {
        entries: last_good,
        first_broken: Some((seq, problem)),
    }
}

fn check_link(entry: &AuditEntry, last_seq: i64, expected_prev: &str) -> Option<String> {
    if entry.seq != last_seq + 1 {
        return Some(format!(
            "entry {} follows entry {last_seq}: entries are missing",
            entry.seq
        ));
    }
    if entry.prev_hash != expected_prev {
        return Some("its link to the previous entry does not match".to_string());
    }
    if entry_hash(entry.seq, entry.at, &entry.event, &entry.prev_hash) != entry.hash {
        return Some("its content does not match its hash: the entry was altered".to_string());
    }
    None
}

fn entry_from_row(row: &AnyRow) -> Result<AuditEntry, StoreError> {
    let opt_id = |col: &str| -> Result<Option<Uuid>, StoreError> {
        row.try_get::<Option<String>, _>(col)?
            .map(|s| id::<Uuid>(&s))
            .transpose()
    };
    let record = match (
        row.try_get::<Option<String>, _>("record_kind")?,
        opt_id("record_id")?,
    ) {
        (Some(kind), Some(record_id)) => Some(RecordRef {
            kind: from_name(&kind)?,
            id: record_id,
        }),
        _ => None,
    };
    let action: String = row.try_get("action")?;
    Ok(AuditEntry {
        seq: row.try_get("seq")?,
        at: from_micros(row.try_get("at")?)?,
        event: AuditEvent {
            actor: opt_id("actor")?.map(samanvay_core::UserId),
            actor_agency: opt_id("actor_agency")?.map(AgencyId),
            actor_name: row.try_get("actor_name")?,
            action: AuditAction::from_name(&action)
                .ok_or_else(|| StoreError::Corrupt(format!("audit action {action:?}")))?,
            record,
            record_owner: opt_id("record_owner")?.map(AgencyId),
            source: row.try_get("source")?,
            detail: row.try_get("detail")?,
        },
        prev_hash: row.try_get("prev_hash")?,
        hash: row.try_get("hash")?,
    })
}
