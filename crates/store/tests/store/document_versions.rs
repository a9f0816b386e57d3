//! Nothing is overwritten: every edit of a document is a new version, a stale edit changes
//! nothing, and each past version is shown only to viewers its own marking allows.

use crate::support::{TestStore, event, minutes, on_every_backend, t0};
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::document::{Document, DocumentContent, Language};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::user::User;
use samanvay_core::{Classification, DocumentId, Holder, Seen};
use samanvay_store::{Change, StoreError};

#[tokio::test]
async fn edits_create_versions_and_each_version_keeps_its_own_marking() {
    on_every_backend(async |t| {
        let state = t.agency("DL").await;
        let central = t.agency("NIA").await;
        let author = t.user(&state, "si.rathi", Classification::Secret).await;
        let constable = t.user(&state, "ct.mehra", Classification::Restricted).await;
        let analyst = t
            .user(&central, "nia.analyst", Classification::Secret)
            .await;
        let author_view = t.store.viewer(&author).await.unwrap();
        let constable_view = t.store.viewer(&constable).await.unwrap();
        let analyst_view = t.store.viewer(&analyst).await.unwrap();

        // Version 1: own agency only, but others may learn it exists.
        let v1 = first_version(&author, Classification::Restricted, Distribution::OwnAgency);
        save(
            t,
            &author,
            Change::InsertDocument {
                document: v1.clone(),
                by: author.id,
            },
        )
        .await;
        let holder = Holder {
            agency: state.agency,
            unit: state.unit,
        };
        assert_eq!(
            t.store
                .document_versions(&analyst_view, v1.id)
                .await
                .unwrap(),
            Seen::Pointer(holder),
            "{:?}",
            t.backend
        );

        // Version 2: shared with all agencies, but Secret.
        let v2 = edit(
            &v1,
            "Naka checks: revised",
            Classification::Secret,
            Distribution::AllAgencies,
        );
        save(
            t,
            &author,
            Change::UpdateDocument {
                document: v2.clone(),
                by: author.id,
            },
        )
        .await;
        // Version 3: shared with all agencies and unrestricted.
        let v3 = edit(
            &v2,
            "Naka checks: final",
            Classification::Unrestricted,
            Distribution::AllAgencies,
        );
        save(
            t,
            &constable,
            Change::UpdateDocument {
                document: v3.clone(),
                by: constable.id,
            },
        )
        .await;

        let Seen::Full(stored) = t.store.document(&analyst_view, v1.id).await.unwrap() else {
            panic!(
                "{:?}: the final version is shared with all agencies",
                t.backend
            );
        };
        assert_eq!(stored, v3);
        assert_eq!(stored.created_at, v1.created_at);

        let versions = |seen: Seen<Vec<samanvay_core::document::DocumentVersion>>| match seen {
            Seen::Full(versions) => versions.iter().map(|v| v.version).collect::<Vec<_>>(),
            other => panic!("{:?}: expected the versions, got {other:?}", t.backend),
        };
        let all = t
            .store
            .document_versions(&author_view, v1.id)
            .await
            .unwrap();
        if let Seen::Full(all) = &all {
            assert_eq!(all[0].content, v3.content);
            assert_eq!(all[0].marking, v3.marking);
            assert_eq!(all[0].changed_by, constable.id);
            assert_eq!(all[0].changed_at, v3.updated_at);
            assert_eq!(all[2].content, v1.content);
            assert_eq!(all[2].changed_by, author.id);
        }
        assert_eq!(versions(all), vec![3, 2, 1], "{:?}: the author", t.backend);
        // Too low a clearance for the Secret version 2.
        let low = t
            .store
            .document_versions(&constable_view, v1.id)
            .await
            .unwrap();
        assert_eq!(versions(low), vec![3, 1], "{:?}: the constable", t.backend);
        // Another agency: version 1 was the owner's alone.
        let other = t
            .store
            .document_versions(&analyst_view, v1.id)
            .await
            .unwrap();
        assert_eq!(
            versions(other),
            vec![3, 2],
            "{:?}: the other agency",
            t.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_stale_edit_fails_with_conflict_and_changes_nothing() {
    on_every_backend(async |t| {
        let state = t.agency("HR").await;
        let author = t.user(&state, "si.yadav", Classification::Secret).await;
        let viewer = t.store.viewer(&author).await.unwrap();
        let v1 = first_version(
            &author,
            Classification::Confidential,
            Distribution::OwnAgency,
        );
        save(
            t,
            &author,
            Change::InsertDocument {
                document: v1.clone(),
                by: author.id,
            },
        )
        .await;
        let v2 = edit(
            &v1,
            "Second edit",
            Classification::Confidential,
            Distribution::OwnAgency,
        );
        save(
            t,
            &author,
            Change::UpdateDocument {
                document: v2.clone(),
                by: author.id,
            },
        )
        .await;
        let before = t.store.verify_audit_chain().await.unwrap();

        // Another editor also started from version 1, and one claims a version from the future.
        let stale = edit(
            &v1,
            "Lost update",
            Classification::Unrestricted,
            Distribution::AllAgencies,
        );
        let mut ahead = edit(
            &v2,
            "Skipped a version",
            Classification::Confidential,
            Distribution::OwnAgency,
        );
        ahead.version = 4;
        for doc in [stale, ahead] {
            let result = t
                .try_commit(
                    vec![Change::UpdateDocument {
                        document: doc.clone(),
                        by: author.id,
                    }],
                    vec![updated(&author, &doc)],
                )
                .await;
            assert!(
                matches!(result, Err(StoreError::Conflict(_))),
                "{:?}: {result:?}",
                t.backend
            );
        }

        assert_eq!(
            t.store.document(&viewer, v1.id).await.unwrap(),
            Seen::Full(v2.clone())
        );
        let Seen::Full(versions) = t.store.document_versions(&viewer, v1.id).await.unwrap() else {
            panic!("{:?}: the author sees the versions", t.backend);
        };
        assert_eq!(
            versions.iter().map(|v| v.version).collect::<Vec<_>>(),
            vec![2, 1]
        );
        let after = t.store.verify_audit_chain().await.unwrap();
        assert_eq!(
            after, before,
            "{:?}: the failed edits left no audit entry",
            t.backend
        );
        assert_eq!(after.entries, 2);
    })
    .await;
}

pub fn first_version(
    author: &User,
    classification: Classification,
    distribution: Distribution,
) -> Document {
    Document {
        id: DocumentId::new(),
        marking: Marking {
            owner: Owner {
                agency: author.agency,
                unit: author.unit,
                user: author.id,
            },
            classification,
            distribution,
            handling: vec![],
            pointer: true,
        },
        content: DocumentContent {
            title: "Naka checks on the Haryana border".to_string(),
            body: "Check every two-wheeler without a number plate.".to_string(),
            tags: vec!["naka".to_string()],
            language: Language::English,
        },
        version: 1,
        created_at: t0(),
        updated_at: t0(),
    }
}

/// The next version of `doc`, ten minutes later, with a new title and marking.
pub fn edit(
    doc: &Document,
    title: &str,
    classification: Classification,
    distribution: Distribution,
) -> Document {
    let mut next = doc.clone();
    next.content.title = title.to_string();
    next.content.body.push_str("\nनाका पर दो पुलिसकर्मी रहें।");
    next.marking.classification = classification;
    next.marking.distribution = distribution;
    next.version += 1;
    next.updated_at += minutes(10);
    next
}

fn updated(by: &User, doc: &Document) -> samanvay_core::audit::AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Document,
        id: doc.id.0,
    };
    event(
        by,
        AuditAction::Update,
        Some(record),
        Some(doc.marking.owner.agency),
        "edited",
    )
}

pub async fn save(t: &TestStore, by: &User, change: Change) {
    let doc = match &change {
        Change::InsertDocument { document, .. } | Change::UpdateDocument { document, .. } => {
            document.clone()
        }
        _ => unreachable!("only document changes"),
    };
    let rows = t.commit(vec![change], vec![updated(by, &doc)]).await;
    assert_eq!(rows, vec![1]);
}
