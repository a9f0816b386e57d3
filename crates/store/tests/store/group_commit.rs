//! Group commit: many jobs submitted at once are batched into few transactions, every job's
//! audit entries land in one unbroken chain, and a failing job fails alone.

use crate::support::{TestStore, event, new_user, officer, on_every_backend, t0};
use samanvay_core::AgencyId;
use samanvay_core::Classification;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::org::{Agency, AgencyKind};
use samanvay_core::user::User;
use samanvay_store::audit::AuditQuery;
use samanvay_store::{Change, Job, StoreError};
use std::collections::BTreeSet;

const JOBS: usize = 500;
/// The job in the middle of the crowd that tries to take a username already taken.
const FAILING: usize = JOBS / 2;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn five_hundred_concurrent_jobs_commit_with_one_unbroken_chain() {
    on_every_backend(async |t| {
        let hq = t.agency("DL").await;
        let admin = t.user(&hq, "duty.officer", Classification::Secret).await;

        let mut tasks = Vec::with_capacity(JOBS);
        for n in 0..JOBS {
            let store = t.store.clone();
            let job = if n == FAILING {
                failing_job(&admin)
            } else {
                agency_job(&admin, n)
            };
            tasks.push(tokio::spawn(async move { store.commit(job).await }));
        }
        let mut seqs = BTreeSet::new();
        for (n, task) in tasks.into_iter().enumerate() {
            let outcome = task.await.expect("the task ran");
            if n == FAILING {
                assert!(
                    matches!(outcome, Err(StoreError::Conflict(_))),
                    "{:?}: {outcome:?}",
                    t.backend
                );
                continue;
            }
            let committed = outcome.unwrap_or_else(|e| panic!("{:?} job {n}: {e}", t.backend));
            assert_eq!(committed.rows, vec![1]);
            let [first, second] = committed.audit_seqs[..] else {
                panic!("two entries per job, got {:?}", committed.audit_seqs);
            };
            assert_eq!(second, first + 1, "a job's entries are consecutive");
            seqs.extend([first, second]);
        }

        let stored = 2 * (JOBS as i64 - 1);
        assert_eq!(
            seqs,
            (1..=stored).collect(),
            "{:?}: every seq once",
            t.backend
        );
        let report = t.store.verify_audit_chain().await.unwrap();
        assert_eq!(report.first_broken, None, "{:?}", t.backend);
        assert_eq!(report.entries, stored, "{:?}", t.backend);

        // The failing job's own agency and audit events were rolled back with it.
        let agencies = t.store.agencies().await.unwrap();
        assert_eq!(
            agencies.len(),
            JOBS,
            "{:?}: the first agency and 499 more",
            t.backend
        );
        assert!(agencies.iter().all(|a| a.code != "BAD"));
        let query = AuditQuery {
            limit: 10_000,
            ..AuditQuery::default()
        };
        let entries = t.store.audit_entries(hq.agency, &query).await.unwrap();
        assert_eq!(entries.len() as i64, stored);
        assert!(entries.iter().all(|e| e.event.detail != "taken username"));
        let taken = t.store.credentials("duty.officer").await.unwrap().unwrap();
        assert_eq!(
            taken.user, admin,
            "{:?}: the first holder keeps the name",
            t.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_job_submitted_after_close_fails_cleanly() {
    let t = TestStore::open(samanvay_store::Backend::Sqlite).await;
    t.store.close().await;
    let result = t.store.commit(Job::new(t0())).await;
    assert!(
        matches!(result, Err(StoreError::WriterStopped)),
        "{result:?}"
    );
}

fn agency_job(actor: &User, n: usize) -> Job {
    let agency = Agency {
        id: AgencyId::new(),
        code: format!("A{n:03}"),
        name: format!("Agency {n}"),
        kind: AgencyKind::Central,
    };
    let created = created(actor, agency.id, "created");
    let listed = AuditEvent {
        action: AuditAction::Listed,
        ..created.clone()
    };
    Job::new(t0())
        .change(Change::InsertAgency(agency))
        .event(created)
        .event(listed)
}

/// A valid change followed by one that cannot succeed: the whole job must vanish.
fn failing_job(actor: &User) -> Job {
    let agency = Agency {
        id: AgencyId::new(),
        code: "BAD".to_string(),
        name: "Never stored".to_string(),
        kind: AgencyKind::Central,
    };
    let hq = crate::support::Org {
        agency: actor.agency,
        unit: actor.unit,
    };
    let impostor = officer(&hq, &actor.username, Classification::Unrestricted);
    Job::new(t0())
        .change(Change::InsertAgency(agency.clone()))
        .change(Change::InsertUser(new_user(&impostor)))
        .event(created(actor, agency.id, "taken username"))
}

fn created(actor: &User, agency: AgencyId, detail: &str) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Agency,
        id: agency.0,
    };
    event(
        actor,
        AuditAction::Create,
        Some(record),
        Some(actor.agency),
        detail,
    )
}
