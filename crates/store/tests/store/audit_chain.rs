//! The audit log is append-only and hash-chained: the database refuses edits, and an edit made
//! behind its back (trigger dropped) is found at exactly the entry that was touched.

use crate::support::{TestStore, event, on_every_backend};
use samanvay_core::Classification;
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_store::Backend;
use sqlx::AnyPool;
use uuid::Uuid;

const ENTRIES: i64 = 10;
/// Entries appended while the chain is being verified.
const LIVE: i64 = 100;

#[tokio::test]
async fn the_database_refuses_to_change_the_audit_log() {
    on_every_backend(async |t| {
        write_entries(t).await;
        let raw = t.raw_pool().await;
        let update = sqlx::query("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 3")
            .execute(&raw)
            .await;
        assert!(update.is_err(), "{:?}: an update went through", t.backend);
        let delete = sqlx::query("DELETE FROM audit_log WHERE seq = 3")
            .execute(&raw)
            .await;
        assert!(delete.is_err(), "{:?}: a delete went through", t.backend);
        raw.close().await;
        let report = t.store.verify_audit_chain().await.unwrap();
        assert_eq!((report.entries, report.first_broken), (ENTRIES, None));
    })
    .await;
}

#[tokio::test]
async fn verification_names_the_entry_that_was_altered_or_removed() {
    on_every_backend(async |t| {
        write_entries(t).await;
        let raw = t.raw_pool().await;
        drop_append_only_triggers(t.backend, &raw).await;

        // Rewriting what an entry says breaks the chain at that entry.
        let original = detail_of(&raw, 4).await;
        sql(
            &raw,
            "UPDATE audit_log SET detail = 'read nothing' WHERE seq = 4",
        )
        .await;
        expect_broken_at(t, 4, 3).await;
        set_detail(&raw, 4, &original).await;
        expect_intact(t, ENTRIES).await;

        // So does recomputing nothing but the stored hash.
        sql(&raw, "UPDATE audit_log SET hash = prev_hash WHERE seq = 7").await;
        expect_broken_at(t, 7, 6).await;
        sql(&raw, "UPDATE audit_log SET at = at + 1 WHERE seq = 1").await;
        expect_broken_at(t, 1, 0).await;

        // Removing the newest entries is seen through the head, which still names entry 10.
        let t2 = TestStore::open(t.backend).await;
        write_entries(&t2).await;
        let raw2 = t2.raw_pool().await;
        drop_append_only_triggers(t2.backend, &raw2).await;
        sql(&raw2, "DELETE FROM audit_log WHERE seq > 8").await;
        let report = t2.store.verify_audit_chain().await.unwrap();
        assert_eq!(report.entries, 8, "{:?}", t.backend);
        let (seq, why) = report.first_broken.expect("the removal is found");
        assert_eq!(seq, 9, "{:?}: {why}", t.backend);

        // Removing one from the middle breaks the chain at the entry after the gap.
        sql(&raw2, "DELETE FROM audit_log WHERE seq = 5").await;
        let report = t2.store.verify_audit_chain().await.unwrap();
        assert_eq!(report.entries, 4, "{:?}", t.backend);
        assert_eq!(
            report.first_broken.map(|(s, _)| s),
            Some(6),
            "{:?}",
            t.backend
        );
        raw.close().await;
        raw2.close().await;
        t2.finish().await;
    })
    .await;
}

async fn write_entries(t: &TestStore) {
    let hq = t.agency("UP").await;
    let officer = t.user(&hq, "si.verma", Classification::Secret).await;
    for n in 0..ENTRIES {
        let record = RecordRef {
            kind: RecordKind::Document,
            id: Uuid::now_v7(),
        };
        let read = event(
            &officer,
            AuditAction::Read,
            Some(record),
            Some(hq.agency),
            &format!("read {n}"),
        );
        t.commit(vec![], vec![read]).await;
    }
    expect_intact(t, ENTRIES).await;
}

async fn drop_append_only_triggers(backend: Backend, raw: &AnyPool) {
    match backend {
        Backend::Sqlite => {
            sql(raw, "DROP TRIGGER audit_log_no_update").await;
            sql(raw, "DROP TRIGGER audit_log_no_delete").await;
        }
        Backend::Postgres => sql(raw, "DROP TRIGGER audit_log_no_change ON audit_log").await,
    }
}

async fn sql(raw: &AnyPool, statement: &str) {
    sqlx::query(statement)
        .execute(raw)
        .await
        .unwrap_or_else(|e| panic!("{statement}: {e}"));
}

async fn detail_of(raw: &AnyPool, seq: i64) -> String {
    use sqlx::Row;
    sqlx::query("SELECT detail FROM audit_log WHERE seq = $1")
        .bind(seq)
        .fetch_one(raw)
        .await
        .unwrap()
        .get("detail")
}

async fn set_detail(raw: &AnyPool, seq: i64, detail: &str) {
    sqlx::query("UPDATE audit_log SET detail = $1 WHERE seq = $2")
        .bind(detail)
        .bind(seq)
        .execute(raw)
        .await
        .unwrap();
}

async fn expect_intact(t: &TestStore, entries: i64) {
    let report = t.store.verify_audit_chain().await.unwrap();
    assert_eq!(report.first_broken, None, "{:?}", t.backend);
    assert_eq!(report.entries, entries, "{:?}", t.backend);
}

async fn expect_broken_at(t: &TestStore, seq: i64, good_before: i64) {
    let report = t.store.verify_audit_chain().await.unwrap();
    let (broken, why) = report
        .first_broken
        .unwrap_or_else(|| panic!("{:?}: the change to entry {seq} went unnoticed", t.backend));
    assert_eq!(broken, seq, "{:?}: {why}", t.backend);
    assert_eq!(report.entries, good_before, "{:?}", t.backend);
}

#[tokio::test]
async fn a_well_chained_entry_added_behind_the_writer_is_found() {
    on_every_backend(async |t| {
        write_entries(t).await;
        let raw = t.raw_pool().await;
        // The forger links a new entry to the last one and hashes it correctly; only the head,
        // which every commit moves with its entries, still says 10.
        let last_hash: String = {
            use sqlx::Row;
            sqlx::query("SELECT hash FROM audit_log WHERE seq = $1")
                .bind(ENTRIES)
                .fetch_one(&raw)
                .await
                .unwrap()
                .get("hash")
        };
        let forged = samanvay_core::audit::AuditEvent {
            actor: None,
            actor_agency: None,
            actor_name: None,
            action: AuditAction::Read,
            record: None,
            record_owner: None,
            source: None,
            detail: "nothing to see".into(),
        };
        let at = crate::support::t0();
        let seq = ENTRIES + 1;
        let hash = samanvay_store::audit::entry_hash(seq, at, &forged, &last_hash);
        sqlx::query(
            "INSERT INTO audit_log (seq, at, action, detail, prev_hash, hash) \
             VALUES ($1, $2, 'read', 'nothing to see', $3, $4)",
        )
        .bind(seq)
        .bind((at.unix_timestamp_nanos() / 1_000) as i64)
        .bind(&last_hash)
        .bind(&hash)
        .execute(&raw)
        .await
        .unwrap();
        raw.close().await;
        let report = t.store.verify_audit_chain().await.unwrap();
        assert_eq!(report.entries, ENTRIES, "{:?}", t.backend);
        assert_eq!(
            report.first_broken.map(|(s, _)| s),
            Some(seq),
            "{:?}",
            t.backend
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn verifying_while_entries_are_appended_finds_no_break() {
    on_every_backend(async |t| {
        write_entries(t).await;
        let hq = t.agency("MP").await;
        let officer = t.user(&hq, "si.tomar", Classification::Secret).await;
        let writer = {
            let store = t.store.clone();
            tokio::spawn(async move {
                for n in 0..LIVE {
                    let read = event(
                        &officer,
                        AuditAction::Read,
                        None,
                        Some(hq.agency),
                        &format!("live {n}"),
                    );
                    store
                        .commit(samanvay_store::Job::audit_only(
                            crate::support::t0(),
                            vec![read],
                        ))
                        .await
                        .unwrap();
                }
            })
        };
        let mut checks = 0;
        while !writer.is_finished() {
            let report = t.store.verify_audit_chain().await.unwrap();
            assert_eq!(
                report.first_broken, None,
                "{:?} after {checks} checks",
                t.backend
            );
            checks += 1;
        }
        writer.await.unwrap();
        assert!(checks > 0);
        expect_intact(t, ENTRIES + LIVE).await;
    })
    .await;
}
