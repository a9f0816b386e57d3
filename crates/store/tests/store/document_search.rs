//! Lists and searches follow a document's current marking, and a search means its words
//! literally, in any order.

use crate::document_versions::{edit, first_version, save};
use crate::support::on_every_backend;
use samanvay_core::marking::Distribution;
use samanvay_core::{Classification, Seen};
use samanvay_store::{Change, DocumentQuery};

#[tokio::test]
async fn narrowing_the_distribution_withdraws_a_document_from_other_agencies() {
    on_every_backend(async |t| {
        let state = t.agency("DL").await;
        let neighbour = t.agency("HR").await;
        let author = t.user(&state, "si.rathi", Classification::Secret).await;
        let reader = t.user(&neighbour, "si.yadav", Classification::Secret).await;
        let reader_view = t.store.viewer(&reader).await.unwrap();
        let shared = Distribution::Agencies {
            agencies: vec![neighbour.agency],
        };
        let mut v1 = first_version(&author, Classification::Restricted, shared);
        v1.marking.pointer = false;
        save(
            t,
            &author,
            Change::InsertDocument {
                document: v1.clone(),
                by: author.id,
            },
        )
        .await;
        let listed = async || {
            let query = DocumentQuery {
                limit: 10,
                ..Default::default()
            };
            t.store
                .search_documents(&reader_view, &query)
                .await
                .unwrap()
                .documents
                .len()
        };
        assert_eq!(listed().await, 1, "{:?}", t.backend);

        let v2 = edit(
            &v1,
            "Own agency only now",
            Classification::Restricted,
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
        assert_eq!(
            listed().await,
            0,
            "{:?}: still listed after narrowing",
            t.backend
        );
        assert_eq!(
            t.store.document(&reader_view, v1.id).await.unwrap(),
            Seen::Hidden
        );
    })
    .await;
}

#[tokio::test]
async fn title_search_finds_every_word_in_any_order_and_takes_wildcards_literally() {
    on_every_backend(async |t| {
        let state = t.agency("UP").await;
        let author = t.user(&state, "insp.khan", Classification::Secret).await;
        let viewer = t.store.viewer(&author).await.unwrap();
        for title in [
            "Form_A checklist",
            "FormXA checklist",
            "100% verification",
            "1000 verification",
        ] {
            let mut doc = first_version(
                &author,
                Classification::Unrestricted,
                Distribution::OwnAgency,
            );
            doc.content.title = title.to_string();
            save(
                t,
                &author,
                Change::InsertDocument {
                    document: doc,
                    by: author.id,
                },
            )
            .await;
        }
        for (search, want) in [
            ("form_a", "Form_A checklist"),
            ("100%", "100% verification"),
            ("verification 100%", "100% verification"),
            ("CHECKLIST   form_a", "Form_A checklist"),
        ] {
            let query = DocumentQuery {
                title: Some(search.to_string()),
                limit: 10,
                ..Default::default()
            };
            let hit = t.store.search_documents(&viewer, &query).await.unwrap();
            let titles: Vec<_> = hit
                .documents
                .iter()
                .map(|d| d.content.title.as_str())
                .collect();
            assert_eq!(titles, vec![want], "{:?}: search {search:?}", t.backend);
        }
    })
    .await;
}
