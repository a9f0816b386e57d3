//! The access model end to end: for every viewer and every kind of marking, what the SQL
//! predicate lets through (lists, searches, pointers) is exactly what `Viewer::visibility`
//! decides, and `Store::document` gates single reads the same way.

use crate::support::{Org, TestStore, on_every_backend, t0};
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::document::{Document, DocumentContent, Language};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::sharing::{MembershipState, SharingGroup, SharingGroupMember};
use samanvay_core::user::User;
use samanvay_core::{Classification, DocumentId, Holder, Seen, SharingGroupId, Viewer, Visibility};
use samanvay_store::{Change, DocumentQuery};
use std::collections::HashSet;
use time::Duration;

/// Agencies in every relation to a record's owner, and one viewer per relation.
pub struct World {
    pub invited: Org,
    pub group: SharingGroupId,
    pub viewers: Vec<(&'static str, Viewer)>,
    pub documents: Vec<Document>,
}

#[tokio::test]
async fn every_viewer_sees_every_marking_as_the_policy_decides() {
    on_every_backend(async |t| {
        let world = build_world(t).await;
        let mut seen_kinds = Vec::new();
        for (who, viewer) in &world.viewers {
            check_list_and_search(t, who, viewer, &world.documents).await;
            for (i, doc) in world.documents.iter().enumerate() {
                let want = viewer.visibility(&doc.marking);
                if !seen_kinds.contains(&want) {
                    seen_kinds.push(want);
                }
                check_single_read(t, who, viewer, doc, want).await;
                check_title_search_for_one(t, who, viewer, i, doc, want).await;
            }
        }
        assert_eq!(
            seen_kinds.len(),
            3,
            "the table covers full, pointer and hidden"
        );
    })
    .await;
}

#[tokio::test]
async fn an_invited_agency_sees_nothing_of_the_group_until_it_accepts() {
    on_every_backend(async |t| {
        let world = build_world(t).await;
        let viewer = |name: &str| {
            let (_, v) = world.viewers.iter().find(|(n, _)| *n == name).unwrap();
            v.clone()
        };
        assert_eq!(viewer("member").groups, vec![world.group]);
        assert_eq!(viewer("owner").groups, vec![world.group]);
        assert!(viewer("invited").groups.is_empty(), "{:?}", t.backend);

        let group_documents = |v: &Viewer| {
            world
                .documents
                .iter()
                .filter(|d| {
                    d.marking.distribution == Distribution::SharingGroup { group: world.group }
                })
                .filter(|d| v.visibility(&d.marking) == Visibility::Full)
                .count()
        };
        let member_sees = group_documents(&viewer("member"));
        assert!(member_sees > 0);
        assert_eq!(group_documents(&viewer("invited")), 0);
        let everything = DocumentQuery {
            limit: 1000,
            ..DocumentQuery::default()
        };
        let listed = |hit: samanvay_store::DocumentHit| {
            hit.documents
                .iter()
                .filter(|d| matches!(d.marking.distribution, Distribution::SharingGroup { .. }))
                .count()
        };
        let invited = viewer("invited");
        let hit = t
            .store
            .search_documents(&invited, &everything)
            .await
            .unwrap();
        assert_eq!(listed(hit), 0, "{:?}", t.backend);

        // Accepting the invitation opens the group's records to the agency.
        t.commit(
            vec![Change::SetMembership {
                group: world.group,
                agency: world.invited.agency,
                state: MembershipState::Member,
            }],
            vec![],
        )
        .await;
        let user = t.store.user(invited.user).await.unwrap().unwrap();
        let accepted = t.store.viewer(&user).await.unwrap();
        assert_eq!(accepted.groups, vec![world.group]);
        let hit = t
            .store
            .search_documents(&accepted, &everything)
            .await
            .unwrap();
        assert_eq!(listed(hit), member_sees, "{:?}", t.backend);

        // The invitation became a membership; the upsert left no second row.
        let group = t.store.sharing_group(world.group).await.unwrap().unwrap();
        assert_eq!(group.members.len(), 3);
        assert!(
            group
                .members
                .iter()
                .all(|m| m.state == MembershipState::Member)
        );
    })
    .await;
}

pub async fn build_world(t: &TestStore) -> World {
    let owner = t.agency("OW").await;
    let listed = t.agency("LI").await;
    let member = t.agency("ME").await;
    let invited = t.agency("IN").await;
    let outsider = t.agency("OU").await;

    let group = SharingGroupId::new();
    t.commit(
        vec![
            Change::InsertSharingGroup(SharingGroup {
                id: group,
                name: "NCR gangs".to_string(),
                purpose: "Inter-state gangs of the NCR".to_string(),
                created_by: owner.agency,
                created_at: t0(),
                members: vec![
                    member_in(owner, MembershipState::Member),
                    member_in(member, MembershipState::Invited),
                    member_in(invited, MembershipState::Invited),
                ],
            }),
            Change::SetMembership {
                group,
                agency: member.agency,
                state: MembershipState::Member,
            },
        ],
        vec![],
    )
    .await;

    let owner_analyst = t
        .user(&owner, "owner.analyst", Classification::Secret)
        .await;
    let member_analyst = t
        .user(&member, "member.analyst", Classification::Secret)
        .await;
    let users: Vec<(&'static str, User)> = vec![
        ("owner", owner_analyst.clone()),
        (
            "owner_low_clearance",
            t.user(&owner, "owner.constable", Classification::Restricted)
                .await,
        ),
        (
            "listed",
            t.user(&listed, "listed.officer", Classification::Secret)
                .await,
        ),
        ("member", member_analyst.clone()),
        (
            "invited",
            t.user(&invited, "invited.officer", Classification::Secret)
                .await,
        ),
        (
            "outsider",
            t.user(&outsider, "outsider.officer", Classification::Secret)
                .await,
        ),
        (
            "outsider_unrestricted",
            t.user(
                &outsider,
                "outsider.constable",
                Classification::Unrestricted,
            )
            .await,
        ),
    ];
    let mut viewers = Vec::new();
    for (who, user) in &users {
        viewers.push((*who, t.store.viewer(user).await.unwrap()));
    }

    let distributions = [
        Distribution::OwnAgency,
        Distribution::Agencies {
            agencies: vec![listed.agency],
        },
        Distribution::Agencies {
            agencies: vec![listed.agency, invited.agency],
        },
        Distribution::SharingGroup { group },
        Distribution::AllAgencies,
    ];
    let mut documents = Vec::new();
    for (org, author) in [(owner, &owner_analyst), (member, &member_analyst)] {
        for distribution in &distributions {
            for classification in Classification::ALL {
                for pointer in [false, true] {
                    let n = documents.len();
                    let marking = Marking {
                        owner: Owner {
                            agency: org.agency,
                            unit: org.unit,
                            user: author.id,
                        },
                        classification,
                        distribution: distribution.clone(),
                        handling: vec!["not to be used as evidence without consent".into()],
                        pointer,
                    };
                    let title = format!(
                        "Dossier {n:03} {} {classification:?} pointer={pointer}",
                        distribution.kind_name()
                    );
                    documents.push(document(marking, title, n));
                }
            }
        }
    }
    for doc in &documents {
        let author = if doc.marking.owner.agency == owner.agency {
            &owner_analyst
        } else {
            &member_analyst
        };
        let record = RecordRef {
            kind: RecordKind::Document,
            id: doc.id.0,
        };
        let created = crate::support::event(
            author,
            AuditAction::Create,
            Some(record),
            Some(author.agency),
            "created",
        );
        t.commit(
            vec![Change::InsertDocument {
                document: doc.clone(),
                by: author.id,
            }],
            vec![created],
        )
        .await;
    }
    World {
        invited,
        group,
        viewers,
        documents,
    }
}

fn member_in(org: Org, state: MembershipState) -> SharingGroupMember {
    SharingGroupMember {
        agency: org.agency,
        state,
    }
}

fn document(marking: Marking, title: String, n: usize) -> Document {
    let at = t0() + Duration::seconds(n as i64);
    Document {
        id: DocumentId::new(),
        marking,
        content: DocumentContent {
            title,
            body: "नाका checks on the border; सूचना दें".to_string(),
            tags: vec!["naka".to_string(), format!("n{n}")],
            language: Language::Mixed,
        },
        version: 1,
        created_at: at,
        updated_at: at,
    }
}

fn holder(doc: &Document) -> Holder {
    Holder {
        agency: doc.marking.owner.agency,
        unit: doc.marking.owner.unit,
    }
}

/// The list with no filter and a search on a word of every title return exactly the documents
/// the policy shows in full, newest first; the search adds one pointer per holder of the rest.
async fn check_list_and_search(t: &TestStore, who: &str, viewer: &Viewer, documents: &[Document]) {
    let mut full: Vec<Document> = documents
        .iter()
        .filter(|d| viewer.visibility(&d.marking) == Visibility::Full)
        .cloned()
        .collect();
    full.sort_by_key(|d| std::cmp::Reverse((d.updated_at, d.id)));
    let pointers: HashSet<Holder> = documents
        .iter()
        .filter(|d| viewer.visibility(&d.marking) == Visibility::Pointer)
        .map(holder)
        .collect();

    let everything = DocumentQuery {
        limit: 1000,
        ..DocumentQuery::default()
    };
    let hit = t.store.search_documents(viewer, &everything).await.unwrap();
    assert_eq!(
        titles(&hit.documents),
        titles(&full),
        "{:?} {who}: list",
        t.backend
    );
    assert_eq!(hit.documents, full, "{:?} {who}: list", t.backend);
    assert!(
        hit.pointers.is_empty(),
        "{:?} {who}: a list shows no pointers",
        t.backend
    );

    let search = DocumentQuery {
        title: Some("DOSSIER".to_string()),
        limit: 1000,
        ..DocumentQuery::default()
    };
    let hit = t.store.search_documents(viewer, &search).await.unwrap();
    assert_eq!(
        titles(&hit.documents),
        titles(&full),
        "{:?} {who}: search",
        t.backend
    );
    assert_eq!(hit.documents, full, "{:?} {who}: search", t.backend);
    let got: HashSet<Holder> = hit.pointers.iter().copied().collect();
    assert_eq!(
        got.len(),
        hit.pointers.len(),
        "{:?} {who}: one pointer per holder",
        t.backend
    );
    assert_eq!(got, pointers, "{:?} {who}: pointers", t.backend);

    let by_tag = DocumentQuery {
        tag: Some("Naka".to_string()),
        limit: 1000,
        ..DocumentQuery::default()
    };
    let hit = t.store.search_documents(viewer, &by_tag).await.unwrap();
    assert_eq!(
        titles(&hit.documents),
        titles(&full),
        "{:?} {who}: by tag",
        t.backend
    );
}

async fn check_single_read(
    t: &TestStore,
    who: &str,
    viewer: &Viewer,
    doc: &Document,
    want: Visibility,
) {
    let seen = t.store.document(viewer, doc.id).await.unwrap();
    let expected = match want {
        Visibility::Full => Seen::Full(doc.clone()),
        Visibility::Pointer => Seen::Pointer(holder(doc)),
        Visibility::Hidden => Seen::Hidden,
    };
    assert_eq!(
        seen, expected,
        "{:?} {who}: read {:?}",
        t.backend, doc.content.title
    );
}

/// A search that matches one title: the document, a pointer to its holder, or nothing.
async fn check_title_search_for_one(
    t: &TestStore,
    who: &str,
    viewer: &Viewer,
    n: usize,
    doc: &Document,
    want: Visibility,
) {
    let query = DocumentQuery {
        title: Some(format!("dossier {n:03}")),
        limit: 10,
        ..DocumentQuery::default()
    };
    let hit = t.store.search_documents(viewer, &query).await.unwrap();
    let (documents, pointers) = match want {
        Visibility::Full => (vec![doc.clone()], vec![]),
        Visibility::Pointer => (vec![], vec![holder(doc)]),
        Visibility::Hidden => (vec![], vec![]),
    };
    let context = format!("{:?} {who}: search {:?}", t.backend, doc.content.title);
    assert_eq!(titles(&hit.documents), titles(&documents), "{context}");
    assert_eq!(hit.pointers, pointers, "{context}");
}

fn titles(documents: &[Document]) -> Vec<&str> {
    documents.iter().map(|d| d.content.title.as_str()).collect()
}
