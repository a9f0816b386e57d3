//! The access model for persons: over the policy table's markings, the SQL path of person
//! search (lists, name search, identifier search, pointers) agrees with `Viewer::visibility`,
//! and `Store::person` gates single reads the same way.

use crate::policy_table::build_world;
use crate::register::person;
use crate::support::{TestStore, on_every_backend, t0};
use samanvay_core::register::Person;
use samanvay_core::{Holder, Seen, Viewer, Visibility};
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{Change, PersonQuery};
use std::collections::HashSet;
use time::Duration;

#[tokio::test]
async fn every_viewer_finds_every_person_as_the_policy_decides() {
    on_every_backend(async |t| {
        let world = build_world(t).await;
        let phone = Identifier::parse(IdentifierKind::Mobile, "9810012345").unwrap();
        let mut persons = Vec::new();
        for (n, doc) in world.documents.iter().enumerate() {
            let author = crate::support::officer(
                &crate::support::Org {
                    agency: doc.marking.owner.agency,
                    unit: doc.marking.owner.unit,
                },
                "unused",
                samanvay_core::Classification::Secret,
            );
            let mut p = person(&author, &["Mohd. Irfan", "भूरा"], doc.marking.clone());
            p.content.identifiers = vec![phone.clone()];
            p.updated_at = t0() + Duration::seconds(n as i64);
            t.commit(
                vec![Change::InsertPerson {
                    person: p.clone(),
                    by: doc.marking.owner.user,
                }],
                vec![],
            )
            .await;
            persons.push(p);
        }
        for (who, viewer) in &world.viewers {
            check(t, who, viewer, &persons).await;
        }
    })
    .await;
}

async fn check(t: &TestStore, who: &str, viewer: &Viewer, persons: &[Person]) {
    let mut full: Vec<&Person> = persons
        .iter()
        .filter(|p| viewer.visibility(&p.marking) == Visibility::Full)
        .collect();
    full.sort_by_key(|p| std::cmp::Reverse((p.updated_at, p.id)));
    let full: Vec<_> = full.into_iter().map(|p| p.id).collect();
    let pointers: HashSet<Holder> = persons
        .iter()
        .filter(|p| viewer.visibility(&p.marking) == Visibility::Pointer)
        .map(|p| Holder {
            agency: p.marking.owner.agency,
            unit: p.marking.owner.unit,
        })
        .collect();
    for text in [None, Some("मोहम्मद इरफ़ान"), Some("098100 12345")] {
        let query = PersonQuery {
            text: text.map(str::to_string),
            limit: 1000,
            ..PersonQuery::default()
        };
        let found = t.search_persons(viewer, query).await.unwrap();
        let ids: Vec<_> = found.persons.iter().map(|h| h.person.id).collect();
        assert_eq!(ids, full, "{:?} {who}: {text:?}", t.backend);
        let got: HashSet<Holder> = found.pointers.iter().copied().collect();
        assert_eq!(got.len(), found.pointers.len(), "one pointer per holder");
        let want = if text.is_some() {
            pointers.clone()
        } else {
            HashSet::new()
        };
        assert_eq!(got, want, "{:?} {who}: pointers for {text:?}", t.backend);
    }
    for p in persons {
        let expected = match viewer.visibility(&p.marking) {
            Visibility::Full => Seen::Full(p.clone()),
            Visibility::Pointer => Seen::Pointer(Holder {
                agency: p.marking.owner.agency,
                unit: p.marking.owner.unit,
            }),
            Visibility::Hidden => Seen::Hidden,
        };
        assert_eq!(
            t.store.person(viewer, p.id).await.unwrap(),
            expected,
            "{who}"
        );
    }
    // The verdict alone, as matching after an import asks it: the same gate, and a record
    // that does not exist is hidden like one the viewer may not learn of.
    let mut ids: Vec<_> = persons.iter().map(|p| p.id).collect();
    let missing = samanvay_core::PersonId::new();
    ids.push(missing);
    let reach = t.store.persons_reach(viewer, &ids).await.unwrap();
    assert_eq!(reach.len(), ids.len());
    assert_eq!(reach[&missing], Seen::Hidden, "{who}");
    for p in persons {
        assert_eq!(reach[&p.id], viewer.see(&p.marking, ()), "{who}");
    }
}
