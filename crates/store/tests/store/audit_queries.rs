//! What an agency's auditor may read of the log: what its own users did, and what anyone did
//! to its records; nothing else.

use crate::support::{event, on_every_backend};
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::{AgencyId, Classification};
use samanvay_store::audit::AuditQuery;
use uuid::Uuid;

#[tokio::test]
async fn an_auditor_sees_only_entries_by_or_about_the_own_agency() {
    on_every_backend(async |t| {
        let delhi = t.agency("DL").await;
        let haryana = t.agency("HR").await;
        let nia = t.agency("NIA").await;
        let dl = t.user(&delhi, "insp.dl", Classification::Secret).await;
        let hr = t.user(&haryana, "insp.hr", Classification::Secret).await;
        let ni = t.user(&nia, "analyst.nia", Classification::Secret).await;
        let doc = |id: Uuid| {
            Some(RecordRef {
                kind: RecordKind::Document,
                id,
            })
        };
        let (dl_doc, hr_doc, nia_doc) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let failed_login = AuditEvent {
            actor: None,
            actor_agency: None,
            actor_name: Some("ghost".into()),
            action: AuditAction::LoginFailed,
            record: None,
            record_owner: None,
            source: Some("198.51.100.4".into()),
            detail: "unknown user".into(),
        };
        let events = vec![
            event(
                &dl,
                AuditAction::Read,
                doc(hr_doc),
                Some(haryana.agency),
                "DL reads HR",
            ),
            event(
                &hr,
                AuditAction::Create,
                doc(hr_doc),
                Some(haryana.agency),
                "HR creates",
            ),
            event(
                &ni,
                AuditAction::Read,
                doc(dl_doc),
                Some(delhi.agency),
                "NIA reads DL",
            ),
            event(
                &ni,
                AuditAction::Update,
                doc(nia_doc),
                Some(nia.agency),
                "NIA edits",
            ),
            failed_login,
            event(
                &dl,
                AuditAction::Update,
                doc(dl_doc),
                Some(delhi.agency),
                "DL edits",
            ),
            event(
                &hr,
                AuditAction::PointerShown,
                doc(nia_doc),
                Some(nia.agency),
                "HR pointer",
            ),
            event(&dl, AuditAction::LoginSucceeded, None, None, "DL logs in"),
        ];
        t.commit(vec![], events.clone()).await;
        let stored: Vec<(i64, AuditEvent)> = (1..).zip(events).collect();

        let everything = AuditQuery {
            limit: 100,
            ..AuditQuery::default()
        };
        for (name, agency) in [
            ("DL", delhi.agency),
            ("HR", haryana.agency),
            ("NIA", nia.agency),
        ] {
            let entries = t.store.audit_entries(agency, &everything).await.unwrap();
            let got: Vec<(i64, AuditEvent)> =
                entries.into_iter().map(|e| (e.seq, e.event)).collect();
            let want: Vec<(i64, AuditEvent)> = stored
                .iter()
                .rev()
                .filter(|(_, e)| concerns(e, agency))
                .cloned()
                .collect();
            assert_eq!(got, want, "{:?}: the {name} auditor", t.backend);
        }
        let nobody = t
            .store
            .audit_entries(AgencyId::new(), &everything)
            .await
            .unwrap();
        assert!(nobody.is_empty(), "{:?}", t.backend);

        // Filters narrow the agency's view and never widen it.
        let seqs = |query: AuditQuery| async move {
            let entries = t.store.audit_entries(delhi.agency, &query).await.unwrap();
            entries.iter().map(|e| e.seq).collect::<Vec<_>>()
        };
        let about_dl_doc = AuditQuery {
            record: Some(dl_doc),
            ..everything.clone()
        };
        assert_eq!(seqs(about_dl_doc).await, vec![6, 3], "{:?}", t.backend);
        let about_hr_doc = AuditQuery {
            record: Some(hr_doc),
            ..everything.clone()
        };
        assert_eq!(
            seqs(about_hr_doc).await,
            vec![1],
            "{:?}: not HR's own create",
            t.backend
        );
        let by_nia = AuditQuery {
            actor: Some(ni.id),
            ..everything.clone()
        };
        assert_eq!(seqs(by_nia).await, vec![3], "{:?}", t.backend);
        let updates = AuditQuery {
            action: Some(AuditAction::Update),
            ..everything.clone()
        };
        assert_eq!(seqs(updates).await, vec![6], "{:?}", t.backend);
        let page = AuditQuery {
            before_seq: Some(6),
            limit: 1,
            ..everything.clone()
        };
        assert_eq!(seqs(page).await, vec![3], "{:?}", t.backend);
    })
    .await;
}

/// Whether an auditor of `agency` may see the event.
fn concerns(event: &AuditEvent, agency: AgencyId) -> bool {
    event.actor_agency == Some(agency) || event.record_owner == Some(agency)
}
