//! The policy gate over HTTP: a record a viewer may not know of does not exist for them; one
//! with a pointer names only its holder; distribution and clearance decide who reads it.

use crate::support::{
    TestApp, WORLD, agencies, all_agencies, marking, on_every_backend, own_agency, random_id,
    sharing_group,
};
use reqwest::StatusCode;
use serde_json::Value;

fn id_of(document: &Value) -> String {
    document["id"].as_str().expect("a document id").to_string()
}

async fn status_of(app: &TestApp, token: &str, document: &str) -> StatusCode {
    app.get(&format!("/api/v1/documents/{document}"), token)
        .await
        .status
}

#[tokio::test]
async fn an_outsider_gets_404_not_403_exactly_as_for_a_record_that_does_not_exist() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let title = "Alipur gang hideouts along the Yamuna bank";
        let secret_of_delhi = app
            .create_document(&sho, title, marking("confidential", own_agency(), false))
            .await;
        let id = id_of(&secret_of_delhi);

        let outsider = app.login("ib.analyst").await;
        for path in [
            format!("/api/v1/documents/{id}"),
            format!("/api/v1/documents/{id}/versions"),
        ] {
            let hidden = app.get(&path, &outsider).await;
            let missing = app.get(&path.replace(&id, &random_id()), &outsider).await;
            hidden.expect(StatusCode::NOT_FOUND, &path);
            assert_eq!(hidden.body, missing.body, "{path}");
            assert_eq!(
                hidden.headers.get("content-length"),
                missing.headers.get("content-length")
            );
        }
        let edit = serde_json::json!({
            "version": 1, "title": "Edited", "body": "", "language": "english"
        });
        let hidden = app
            .put_json(&format!("/api/v1/documents/{id}"), &outsider, &edit)
            .await;
        let missing = app
            .put_json(
                &format!("/api/v1/documents/{}", random_id()),
                &outsider,
                &edit,
            )
            .await;
        hidden.expect(StatusCode::NOT_FOUND, "edit a hidden document");
        assert_eq!(hidden.body, missing.body);

        // Nor does a search reveal it, not even as a pointer.
        let found = app
            .get("/api/v1/documents?q=alipur%20gang%20hideouts", &outsider)
            .await;
        found.expect(StatusCode::OK, "search");
        assert_eq!(found.json()["documents"], serde_json::json!([]));
        assert_eq!(found.json()["pointers"], serde_json::json!([]));
    })
    .await;
}

#[tokio::test]
async fn a_record_with_a_pointer_names_its_holder_and_nothing_of_its_content() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let title = "Informer network of the Tillu gang";
        let body = "Meetings at the dhaba near Narela mandi every Tuesday.";
        let reply = app
            .post_json(
                "/api/v1/documents",
                &sho,
                &serde_json::json!({
                    "title": title,
                    "body": body,
                    "tags": ["informers", "tillu-gang"],
                    "language": "english",
                    "marking": marking("confidential", own_agency(), true),
                }),
            )
            .await;
        reply.expect(StatusCode::CREATED, "create");
        let id = id_of(&reply.json());

        let outsider = app.login("ib.analyst").await;
        let refused = app.get(&format!("/api/v1/documents/{id}"), &outsider).await;
        refused.expect(StatusCode::FORBIDDEN, "a pointer document");
        assert_eq!(refused.problem(), "held-by-another-agency");
        let detail = refused.json()["detail"].as_str().unwrap().to_string();
        let delhi = WORLD.agency("DL").unwrap();
        let unit = WORLD.user("dl.sho.alipur").unwrap().user.unit;
        let unit_name = &WORLD.unit(unit).unwrap().name;
        assert!(detail.contains(&delhi.name), "{detail}");
        assert!(detail.contains(unit_name.as_str()), "{detail}");
        assert_eq!(refused.json()["agency"], delhi.name.as_str());
        assert_eq!(refused.json()["contact_unit"], unit_name.as_str());
        for secret in ["Tillu", "Narela", "informers", "dhaba", &id] {
            assert!(!refused.body.contains(secret), "the refusal shows {secret}");
        }

        // A search shows the pointer, never the document.
        let found = app.get("/api/v1/documents?q=tillu", &outsider).await;
        found.expect(StatusCode::OK, "search");
        assert!(!found.body.contains(&id), "{}", found.body);
        assert!(!found.body.contains("Informer network"), "{}", found.body);
        let pointers = found.json()["pointers"].clone();
        assert_eq!(pointers[0]["agency_code"], "DL", "{pointers}");
        assert_eq!(
            pointers[0]["contact_unit"],
            unit_name.as_str(),
            "{pointers}"
        );

        // The owner agency reads it in full.
        let own = app.login("dl.analyst").await;
        let read = app.get(&format!("/api/v1/documents/{id}"), &own).await;
        read.expect(StatusCode::OK, "the owner agency reads it");
        assert_eq!(read.json()["body"], body);
    })
    .await;
}

#[tokio::test]
async fn listed_agencies_and_sharing_group_members_read_what_outsiders_cannot() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let for_haryana = app
            .create_document(
                &sho,
                "Sonipat–Narela liquor smuggling route",
                marking("confidential", agencies(&["HR"]), false),
            )
            .await;
        let for_border_group = app
            .create_document(
                &sho,
                "Wanted list of the NCR border districts",
                marking("restricted", sharing_group("NCR Border Districts"), false),
            )
            .await;
        let for_everyone = app
            .create_document(
                &sho,
                "Standing order on joint nakabandi",
                marking("unrestricted", all_agencies(), false),
            )
            .await;

        let haryana = app.login("hr.sp.gurugram").await;
        let uttar_pradesh = app.login("up.sho.loni").await;
        let intelligence = app.login("ib.analyst").await;
        let cases = [
            (&for_haryana, &haryana, StatusCode::OK),
            (&for_haryana, &uttar_pradesh, StatusCode::NOT_FOUND),
            (&for_haryana, &intelligence, StatusCode::NOT_FOUND),
            (&for_border_group, &haryana, StatusCode::OK),
            (&for_border_group, &uttar_pradesh, StatusCode::OK),
            (&for_border_group, &intelligence, StatusCode::NOT_FOUND),
            (&for_everyone, &haryana, StatusCode::OK),
            (&for_everyone, &uttar_pradesh, StatusCode::OK),
            (&for_everyone, &intelligence, StatusCode::OK),
        ];
        for (n, (document, viewer, want)) in cases.iter().enumerate() {
            let got = status_of(app, viewer, &id_of(document)).await;
            assert_eq!(got, *want, "{:?} case {n}: {}", app.backend, document["title"]);
        }

        // An invitation not yet accepted shares nothing: Delhi is only invited to this group.
        let stf_only = app
            .create_document(
                &uttar_pradesh,
                "Contract shooters of western UP",
                marking("restricted", sharing_group("Western UP – Haryana STF"), false),
            )
            .await;
        assert_eq!(status_of(app, &haryana, &id_of(&stf_only)).await, StatusCode::OK);
        assert_eq!(status_of(app, &sho, &id_of(&stf_only)).await, StatusCode::NOT_FOUND);
        // And Delhi cannot mark a record for a group it has not joined.
        let refused = app
            .post_json(
                "/api/v1/documents",
                &sho,
                &serde_json::json!({
                    "title": "Not allowed", "body": "", "language": "english",
                    "marking": marking("restricted", sharing_group("Western UP – Haryana STF"), false),
                }),
            )
            .await;
        refused.expect(StatusCode::UNPROCESSABLE_ENTITY, "marking for a group not joined");
    })
    .await;
}

#[tokio::test]
async fn a_constable_of_the_same_agency_cannot_read_above_their_clearance() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let confidential = app
            .create_document(
                &sho,
                "Source handling at PS Alipur",
                marking("confidential", all_agencies(), false),
            )
            .await;
        let restricted = app
            .create_document(
                &sho,
                "Beat book instructions for PS Alipur",
                marking("restricted", own_agency(), false),
            )
            .await;
        let constable = app.login("dl.ct.alipur").await;
        let hidden = app
            .get(
                &format!("/api/v1/documents/{}", id_of(&confidential)),
                &constable,
            )
            .await;
        let missing = app
            .get(&format!("/api/v1/documents/{}", random_id()), &constable)
            .await;
        hidden.expect(
            StatusCode::NOT_FOUND,
            "Confidential for a Restricted constable",
        );
        assert_eq!(hidden.body, missing.body);
        assert_eq!(
            status_of(app, &constable, &id_of(&restricted)).await,
            StatusCode::OK
        );
        let listed = app.get("/api/v1/documents?q=ps%20alipur", &constable).await;
        let listed = listed.json();
        let titles: Vec<&str> = listed["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["title"].as_str().unwrap())
            .collect();
        assert!(
            titles.contains(&"Beat book instructions for PS Alipur"),
            "{titles:?}"
        );
        assert!(
            !titles.contains(&"Source handling at PS Alipur"),
            "{titles:?}"
        );

        // Nor can anyone mark a record above their own clearance.
        let refused = app
            .post_json(
                "/api/v1/documents",
                &constable,
                &serde_json::json!({
                    "title": "Above me", "body": "", "language": "english",
                    "marking": marking("secret", own_agency(), false),
                }),
            )
            .await;
        refused.expect(
            StatusCode::UNPROCESSABLE_ENTITY,
            "marking above one's clearance",
        );
    })
    .await;
}
