//! The shared register: persons found by name in either script and by identifier in any
//! format, filtered, versioned, and gated by their markings like every record.

use crate::support::{Org, TestStore, event, on_every_backend, t0};
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::register::{
    Address, NameKind, Organisation, OrganisationContent, OrganisationKind, Person, PersonContent,
    RecordName, StatusFlag, StatusKind, ThreatLevel,
};
use samanvay_core::user::User;
use samanvay_core::{Classification, Holder, OrganisationId, PersonId, Seen, Viewer};
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{Change, OrganisationQuery, PersonQuery, StoreError};
use time::Duration;

/// A person named `names` (the first primary, the rest aliases), held by `author`.
pub fn person(author: &User, names: &[&str], marking: Marking) -> Person {
    let names = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            RecordName::new(
                n,
                if i == 0 {
                    NameKind::Primary
                } else {
                    NameKind::Alias
                },
            )
        })
        .collect();
    let _ = author;
    Person {
        id: PersonId::new(),
        marking,
        content: PersonContent {
            names,
            relative: None,
            gender: None,
            description: None,
            age: None,
            identifiers: vec![],
            addresses: vec![],
            statuses: vec![],
            cases: vec![],
            threat_level: None,
            gang: None,
            notes: String::new(),
        },
        version: 1,
        created_at: t0(),
        updated_at: t0(),
    }
}

pub fn marking(
    author: &User,
    classification: Classification,
    distribution: Distribution,
) -> Marking {
    Marking {
        owner: Owner {
            agency: author.agency,
            unit: author.unit,
            user: author.id,
        },
        classification,
        distribution,
        handling: vec![],
        pointer: true,
    }
}

pub async fn save_person(t: &TestStore, by: &User, change: Change) {
    let person = match &change {
        Change::InsertPerson { person, .. } | Change::UpdatePerson { person, .. } => person.clone(),
        _ => unreachable!("only person changes"),
    };
    let record = RecordRef {
        kind: RecordKind::Person,
        id: person.id.0,
    };
    let written = event(
        by,
        AuditAction::Create,
        Some(record),
        Some(by.agency),
        "saved",
    );
    let rows = t.commit(vec![change], vec![written]).await;
    assert_eq!(rows, vec![1]);
}

fn phone(raw: &str) -> Identifier {
    Identifier::parse(IdentifierKind::Mobile, raw).unwrap()
}

fn search(text: &str) -> PersonQuery {
    PersonQuery {
        text: Some(text.to_string()),
        limit: 10,
        ..PersonQuery::default()
    }
}

async fn viewer(t: &TestStore, user: &User) -> Viewer {
    t.store.viewer(user).await.unwrap()
}

async fn officer(t: &TestStore, org: &Org, name: &str) -> (User, Viewer) {
    let user = t.user(org, name, Classification::Secret).await;
    let view = viewer(t, &user).await;
    (user, view)
}

#[tokio::test]
async fn a_person_is_found_by_name_in_either_script_and_by_phone_in_any_format() {
    on_every_backend(async |t| {
        let delhi = t.agency("DL").await;
        let (author, view) = officer(t, &delhi, "si.rathi").await;
        let mut bhura = person(
            &author,
            &["Mohd. Irfan", "Bhura"],
            marking(&author, Classification::Restricted, Distribution::OwnAgency),
        );
        bhura.content.identifiers = vec![phone("+91 98100-12345")];
        let other = person(
            &author,
            &["Rajesh Kumar Sharma"],
            marking(&author, Classification::Restricted, Distribution::OwnAgency),
        );
        for p in [&bhura, &other] {
            save_person(
                t,
                &author,
                Change::InsertPerson {
                    person: p.clone(),
                    by: author.id,
                },
            )
            .await;
        }

        for query in [
            "मोहम्मद इरफ़ान",
            "Muhammad Irfan",
            "bhura",
            "098100 12345",
            "9810012345",
        ] {
            let found = t.search_persons(&view, search(query)).await.unwrap();
            let ids: Vec<PersonId> = found.persons.iter().map(|h| h.person.id).collect();
            assert_eq!(ids, vec![bhura.id], "{:?}: {query}", t.backend);
            assert!(found.pointers.is_empty());
        }
        let by_phone = t
            .search_persons(&view, search("098100 12345"))
            .await
            .unwrap();
        assert_eq!(
            by_phone.persons[0].reasons,
            "same Indian mobile number +919810012345"
        );
        let by_script = t
            .search_persons(&view, search("मोहम्मद इरफ़ान"))
            .await
            .unwrap();
        assert!(
            by_script.persons[0]
                .reasons
                .contains("names differ in script")
        );

        let nobody = t
            .search_persons(&view, search("Sukhdev Singh"))
            .await
            .unwrap();
        assert!(nobody.persons.is_empty(), "{:?}", t.backend);
    })
    .await;
}

#[tokio::test]
async fn filters_narrow_a_list_by_status_district_and_threat_level() {
    on_every_backend(async |t| {
        let up = t.agency("UP").await;
        let (author, view) = officer(t, &up, "insp.khan").await;
        let own = || marking(&author, Classification::Restricted, Distribution::OwnAgency);
        let mut wanted = person(&author, &["Sonu Gujjar"], own());
        wanted.content.statuses = vec![StatusFlag {
            status: StatusKind::ProclaimedOffender,
            since: None,
            source: "CJM Meerut".into(),
            reward_rupees: None,
        }];
        wanted.content.addresses = vec![Address {
            text: "Village Kaili, Meerut".into(),
            district: Some("Meerut".into()),
            location: None,
        }];
        wanted.content.threat_level = Some(ThreatLevel::High);
        let mut quiet = person(&author, &["Sonu Kumar"], own());
        quiet.updated_at = t0() + Duration::minutes(1);
        quiet.content.threat_level = Some(ThreatLevel::Low);
        for p in [&wanted, &quiet] {
            save_person(
                t,
                &author,
                Change::InsertPerson {
                    person: p.clone(),
                    by: author.id,
                },
            )
            .await;
        }
        let list = async |q: PersonQuery| {
            let found = t.search_persons(&view, q).await.unwrap();
            found
                .persons
                .iter()
                .map(|h| h.person.id)
                .collect::<Vec<_>>()
        };
        let all = PersonQuery {
            limit: 10,
            ..PersonQuery::default()
        };
        assert_eq!(
            list(all.clone()).await,
            vec![quiet.id, wanted.id],
            "newest first"
        );
        let po = PersonQuery {
            status: Some(StatusKind::ProclaimedOffender),
            ..all.clone()
        };
        assert_eq!(list(po).await, vec![wanted.id]);
        let meerut = PersonQuery {
            district: Some(" MEERUT ".into()),
            ..all.clone()
        };
        assert_eq!(list(meerut).await, vec![wanted.id]);
        let dangerous = PersonQuery {
            threat_level: Some(ThreatLevel::Medium),
            ..all.clone()
        };
        assert_eq!(list(dangerous).await, vec![wanted.id]);
        let named = PersonQuery {
            text: Some("sonu gujar".into()),
            ..all.clone()
        };
        assert_eq!(
            list(named).await.first(),
            Some(&wanted.id),
            "best match first"
        );
        let wildcard = PersonQuery {
            district: Some("%".into()),
            ..all
        };
        assert!(list(wildcard).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn an_edit_keeps_every_version_and_a_stale_edit_is_refused() {
    on_every_backend(async |t| {
        let hr = t.agency("HR").await;
        let (author, view) = officer(t, &hr, "si.yadav").await;
        let mut v1 = person(
            &author,
            &["Muhammad Irfan"],
            marking(&author, Classification::Restricted, Distribution::OwnAgency),
        );
        v1.content.identifiers = vec![phone("9810012345")];
        save_person(
            t,
            &author,
            Change::InsertPerson {
                person: v1.clone(),
                by: author.id,
            },
        )
        .await;
        let mut v2 = v1.clone();
        v2.version = 2;
        v2.updated_at = t0() + Duration::hours(1);
        v2.content
            .names
            .push(RecordName::new("भूरा", NameKind::Alias));
        v2.content.identifiers = vec![phone("9999912345")];
        save_person(
            t,
            &author,
            Change::UpdatePerson {
                person: v2.clone(),
                by: author.id,
            },
        )
        .await;

        assert_eq!(
            t.store.person(&view, v1.id).await.unwrap(),
            Seen::Full(v2.clone())
        );
        let Seen::Full(versions) = t.store.person_versions(&view, v1.id).await.unwrap() else {
            panic!("versions hidden");
        };
        let numbers: Vec<i64> = versions.iter().map(|v| v.version).collect();
        assert_eq!(numbers, vec![2, 1]);
        assert_eq!(versions[1].content, v1.content);

        // The search tables follow the current version only.
        let old_phone = t.search_persons(&view, search("9810012345")).await.unwrap();
        assert!(old_phone.persons.is_empty(), "{:?}", t.backend);
        let alias = t.search_persons(&view, search("bhura")).await.unwrap();
        assert_eq!(alias.persons.len(), 1);

        let stale = t
            .try_commit(
                vec![Change::UpdatePerson {
                    person: v2.clone(),
                    by: author.id,
                }],
                vec![],
            )
            .await;
        assert!(matches!(stale, Err(StoreError::Conflict(_))), "{stale:?}");
    })
    .await;
}

#[tokio::test]
async fn another_agency_gets_only_a_pointer_to_a_restricted_person_and_never_its_content() {
    on_every_backend(async |t| {
        let delhi = t.agency("DL").await;
        let haryana = t.agency("HR").await;
        let (author, _) = officer(t, &delhi, "si.rathi").await;
        let (_, outsider) = officer(t, &haryana, "si.yadav").await;
        let mut pointed = person(
            &author,
            &["Mohd. Irfan @ Bhura"],
            marking(&author, Classification::Restricted, Distribution::OwnAgency),
        );
        pointed.content.identifiers = vec![phone("9810012345")];
        let mut silent = person(
            &author,
            &["Mohd. Irfan"],
            marking(&author, Classification::Restricted, Distribution::OwnAgency),
        );
        silent.marking.pointer = false;
        silent.content.identifiers = vec![phone("9810012345")];
        for p in [&pointed, &silent] {
            save_person(
                t,
                &author,
                Change::InsertPerson {
                    person: p.clone(),
                    by: author.id,
                },
            )
            .await;
        }
        let holder = Holder {
            agency: delhi.agency,
            unit: delhi.unit,
        };
        assert_eq!(
            t.store.person(&outsider, pointed.id).await.unwrap(),
            Seen::Pointer(holder)
        );
        assert_eq!(
            t.store.person(&outsider, silent.id).await.unwrap(),
            Seen::Hidden
        );
        assert_eq!(
            t.store.person(&outsider, PersonId::new()).await.unwrap(),
            Seen::Hidden
        );
        assert_eq!(
            t.store.person_versions(&outsider, silent.id).await.unwrap(),
            Seen::Hidden
        );
        for query in ["मोहम्मद इरफ़ान", "098100 12345"] {
            let found = t.search_persons(&outsider, search(query)).await.unwrap();
            assert!(found.persons.is_empty(), "{:?}: {query}", t.backend);
            assert_eq!(found.pointers, vec![holder], "{:?}: {query}", t.backend);
        }
        let weak = t
            .search_persons(&outsider, search("Irfani Begum"))
            .await
            .unwrap();
        assert!(weak.pointers.is_empty(), "a weak match points nowhere");
    })
    .await;
}

#[tokio::test]
async fn organisations_are_listed_as_their_markings_allow() {
    on_every_backend(async |t| {
        let up = t.agency("UP").await;
        let dl = t.agency("DL").await;
        let (author, own_view) = officer(t, &up, "insp.khan").await;
        let (_, other_view) = officer(t, &dl, "si.rathi").await;
        let organisation = |name: &str, hindi: &str, distribution| Organisation {
            id: OrganisationId::new(),
            marking: marking(&author, Classification::Restricted, distribution),
            content: OrganisationContent {
                kind: OrganisationKind::Gang,
                names: vec![
                    RecordName::new(name, NameKind::Primary),
                    RecordName::new(hindi, NameKind::Alias),
                ],
                notes: String::new(),
            },
            version: 1,
            created_at: t0(),
            updated_at: t0(),
        };
        let shared = organisation("Bhura gang", "भूरा गिरोह", Distribution::AllAgencies);
        let own = organisation("Kaili gang", "कैली गिरोह", Distribution::OwnAgency);
        for o in [&shared, &own] {
            t.commit(
                vec![Change::InsertOrganisation {
                    organisation: o.clone(),
                    by: author.id,
                }],
                vec![],
            )
            .await;
        }
        let page = OrganisationQuery {
            limit: 10,
            offset: 0,
        };
        assert_eq!(
            t.store.organisations(&own_view, &page).await.unwrap().len(),
            2
        );
        let seen = t.store.organisations(&other_view, &page).await.unwrap();
        assert_eq!(seen, vec![shared.clone()], "{:?}", t.backend);
        assert!(matches!(
            t.store.organisation(&other_view, own.id).await.unwrap(),
            Seen::Pointer(_)
        ));
        let mut renamed = shared.clone();
        renamed.version = 2;
        renamed.content.names[0].text = "Bhura-Kaili gang".into();
        t.commit(
            vec![Change::UpdateOrganisation {
                organisation: renamed.clone(),
                by: author.id,
            }],
            vec![],
        )
        .await;
        let Seen::Full(versions) = t
            .store
            .organisation_versions(&other_view, shared.id)
            .await
            .unwrap()
        else {
            panic!("versions hidden");
        };
        assert_eq!(versions.len(), 2);
    })
    .await;
}
