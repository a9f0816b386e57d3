//! A bulk import's batch is stored whole or not at all: its records, versions, identifiers,
//! name keys and external references go in multi-row statements, and a batch that fails at
//! its last statement leaves none of the rows the earlier statements wrote.

use crate::register::{marking, person};
use crate::support::on_every_backend;
use samanvay_core::Classification;
use samanvay_core::marking::Distribution;
use samanvay_core::register::Person;
use samanvay_match::{Identifier, IdentifierKind};
use samanvay_store::{Change, Imported, PersonQuery};

fn imported(person: Person, external_ref: &str) -> Imported<Person> {
    Imported {
        record: person,
        external_ref: external_ref.to_string(),
        new: true,
    }
}

fn search(text: &str) -> PersonQuery {
    PersonQuery {
        text: Some(text.to_string()),
        limit: 10,
        ..PersonQuery::default()
    }
}

#[tokio::test]
async fn a_batch_that_fails_at_its_last_statement_leaves_nothing_behind() {
    on_every_backend(async |t| {
        let org = t.agency("DL").await;
        let analyst = t.user(&org, "dl.analyst", Classification::Secret).await;
        let viewer = t.store.viewer(&analyst).await.unwrap();
        let mark = marking(
            &analyst,
            Classification::Restricted,
            Distribution::OwnAgency,
        );
        let phone = |raw: &str| Identifier::parse(IdentifierKind::Mobile, raw).unwrap();

        let mut irfan = person(&analyst, &["Mohd Irfan", "Bhura"], mark.clone());
        irfan.content.identifiers = vec![phone("9810012345")];
        let stored = vec![imported(irfan.clone(), "P-1")];
        let rows = t
            .commit(
                vec![Change::ImportPersons {
                    persons: stored,
                    by: analyst.id,
                }],
                vec![],
            )
            .await;
        assert_eq!(rows, vec![1]);

        // Two new records under one reference: every table but the last takes their rows,
        // then the external references refuse the second.
        let mut sukhdev = person(&analyst, &["Sukhdev Singh"], mark.clone());
        sukhdev.content.identifiers = vec![phone("9876543210")];
        let twin = person(&analyst, &["Baljeet Kaur"], mark.clone());
        let failed = t
            .try_commit(
                vec![Change::ImportPersons {
                    persons: vec![imported(sukhdev.clone(), "P-2"), imported(twin, "P-2")],
                    by: analyst.id,
                }],
                vec![],
            )
            .await;
        assert!(failed.is_err(), "{:?}: a repeated reference", t.backend);

        let refs = ["P-1".to_string(), "P-2".to_string()];
        let found = t
            .store
            .persons_by_external_ref(analyst.agency, &refs)
            .await
            .unwrap();
        assert_eq!(found.len(), 1, "{:?}: only the first batch", t.backend);
        assert_eq!(found["P-1"].id, irfan.id);
        for (query, expected) in [
            ("Mohd Irfan", 1),
            ("9810012345", 1),
            ("Sukhdev Singh", 0),
            ("Baljeet Kaur", 0),
            ("9876543210", 0),
        ] {
            let hits = t.search_persons(&viewer, search(query)).await;
            let hits = hits.unwrap().persons;
            assert_eq!(hits.len(), expected, "{:?}: {query}", t.backend);
        }
        let pool = t.raw_pool().await;
        for table in ["person_versions", "identifiers"] {
            let column = if table == "person_versions" {
                "person_id"
            } else {
                "record_id"
            };
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1");
            let (left,): (i64,) = sqlx::query_as(&sql)
                .bind(sukhdev.id.to_string())
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(left, 0, "{:?}: {table} of the failed batch", t.backend);
        }
        pool.close().await;
    })
    .await;
}
