//! Two stores on one database (two server instances, or a CLI command beside a server).

use crate::support::{TestStore, event, on_every_backend, t0};
use samanvay_core::Classification;
use samanvay_core::audit::AuditAction;
use samanvay_store::{Job, Store};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_stores_on_one_database_keep_one_unbroken_chain() {
    on_every_backend(async |t: &TestStore| {
        let hq = t.agency("DL").await;
        let officer = t.user(&hq, "si.rathi", Classification::Secret).await;
        let second = Store::open(&t.url()).await.unwrap();
        let mut tasks = Vec::new();
        for n in 0..400 {
            let store = if n % 2 == 0 {
                t.store.clone()
            } else {
                second.clone()
            };
            let read = event(
                &officer,
                AuditAction::Read,
                None,
                Some(hq.agency),
                &format!("read {n}"),
            );
            tasks.push(tokio::spawn(async move {
                store.commit(Job::audit_only(t0(), vec![read])).await
            }));
        }
        let mut failed = Vec::new();
        for task in tasks {
            if let Err(e) = task.await.unwrap() {
                failed.push(e.to_string());
            }
        }
        second.close().await;
        assert!(
            failed.is_empty(),
            "{:?}: {} failed, e.g. {:?}",
            t.backend,
            failed.len(),
            failed.first()
        );
        let report = t.store.verify_audit_chain().await.unwrap();
        assert_eq!(
            (report.entries, report.first_broken),
            (400, None),
            "{:?}",
            t.backend
        );
    })
    .await;
}
