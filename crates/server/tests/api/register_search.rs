//! One search over the register, and organisations edited, versioned and searched: typed hits
//! with reasons, pointers marked as such, pages that say only whether another follows, and
//! nothing of another agency's restricted records.

use crate::support::{TestApp, all_agencies, marking, on_every_backend, own_agency};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn search(app: &TestApp, token: &str, query: &[(&str, &str)]) -> Value {
    let reply = app
        .send(
            app.request(Method::GET, "/api/v1/register/search")
                .query(query)
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::OK, &format!("search {query:?}"));
    reply.json()
}

async fn create_gang(app: &TestApp, token: &str, name: &str, hindi: &str, marking: Value) -> Value {
    let body = json!({
        "kind": "gang",
        "names": [{ "text": name, "kind": "primary" }, { "text": hindi, "kind": "alias" }],
        "marking": marking,
    });
    let reply = app.post_json("/api/v1/organisations", token, &body).await;
    reply.expect(StatusCode::CREATED, "create a gang");
    reply.json()
}

async fn create_person(
    app: &TestApp,
    token: &str,
    name: &str,
    gang: Option<&str>,
    m: Value,
) -> Value {
    let body = json!({
        "names": [{ "text": name, "kind": "primary" }],
        "identifiers": [{ "kind": "vehicle", "value": "HR 26 AB 1234" }],
        "description": { "height_cm": 175, "build": "heavy",
            "marks": [{ "kind": "tattoo", "location": "right forearm", "description": "माँ" }] },
        "statuses": [{ "status": "wanted", "source": "SP Gurugram" }],
        "gang": gang,
        "marking": m,
    });
    let reply = app.post_json("/api/v1/persons", token, &body).await;
    reply.expect(StatusCode::CREATED, "create a person");
    reply.json()
}

fn kinds_and_ids(found: &Value) -> Vec<(String, String)> {
    found["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let kind = h["kind"].as_str().unwrap().to_string();
            let id = h[kind.as_str()]["id"].as_str().unwrap().to_string();
            (kind, id)
        })
        .collect()
}

#[tokio::test]
async fn one_search_finds_persons_and_organisations_in_either_script_with_filters_and_pages() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let gang = create_gang(
            app,
            &analyst,
            "Kaushal gang",
            "कौशल गिरोह",
            marking("restricted", all_agencies(), false),
        )
        .await;
        let gang_id = gang["id"].as_str().unwrap();
        let person = create_person(
            app,
            &analyst,
            "Kaushal Chaudhary",
            Some(gang_id),
            marking("restricted", all_agencies(), false),
        )
        .await;
        let person_id = person["id"].as_str().unwrap();
        assert_eq!(person["description"]["marks"][0]["kind"], "tattoo");

        let found = search(app, &analyst, &[("q", "कौशल")]).await;
        let hits = kinds_and_ids(&found);
        assert!(
            hits.contains(&("person".into(), person_id.into())),
            "{found}"
        );
        assert!(
            hits.contains(&("organisation".into(), gang_id.into())),
            "{found}"
        );
        assert!(found["hits"][0]["reasons"].is_string());
        assert!(found.get("total").is_none(), "never a count");

        let by_vehicle = search(app, &analyst, &[("q", "hr26ab1234")]).await;
        assert_eq!(
            kinds_and_ids(&by_vehicle),
            vec![("person".to_string(), person_id.to_string())]
        );

        let members = search(app, &analyst, &[("organisation", gang_id)]).await;
        assert_eq!(
            kinds_and_ids(&members),
            vec![("person".to_string(), person_id.to_string())]
        );
        let gangs = search(
            app,
            &analyst,
            &[
                ("q", "Kaushal"),
                ("organisation_kind", "gang"),
                ("agency", "DL"),
            ],
        )
        .await;
        assert_eq!(
            kinds_and_ids(&gangs),
            vec![("organisation".to_string(), gang_id.to_string())]
        );
        let elsewhere = search(app, &analyst, &[("q", "Kaushal"), ("agency", "HR")]).await;
        assert!(kinds_and_ids(&elsewhere).is_empty(), "{elsewhere}");

        let first = search(app, &analyst, &[("q", "Kaushal"), ("per_page", "1")]).await;
        assert_eq!(first["hits"].as_array().unwrap().len(), 1);
        assert_eq!(first["has_more"], true);
        let second = search(
            app,
            &analyst,
            &[("q", "Kaushal"), ("per_page", "1"), ("page", "2")],
        )
        .await;
        assert_ne!(kinds_and_ids(&first), kinds_and_ids(&second));

        for bad in [
            vec![("per_page", "0")],
            vec![("page", "0")],
            vec![("agency", "XX")],
            vec![("status", "dangerous")],
        ] {
            let reply = app
                .send(
                    app.request(Method::GET, "/api/v1/register/search")
                        .query(&bad)
                        .bearer_auth(&analyst),
                )
                .await;
            reply.expect(StatusCode::BAD_REQUEST, &format!("{bad:?}"));
        }
    })
    .await;
}

#[tokio::test]
async fn another_agency_sees_neither_restricted_hits_nor_counts_only_a_marked_pointer() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let outsider = app.login("ib.analyst").await;
        let silent = create_person(
            app,
            &analyst,
            "Jaswant Kaushik",
            None,
            marking("restricted", own_agency(), false),
        )
        .await;
        let pointed = create_gang(
            app,
            &analyst,
            "Jaswant gang",
            "जसवंत गिरोह",
            marking("restricted", own_agency(), true),
        )
        .await;
        for q in ["Jaswant", "जसवंत", "HR26AB1234"] {
            let found = search(app, &outsider, &[("q", q)]).await;
            let text = found.to_string();
            assert!(
                !text.contains(silent["id"].as_str().unwrap()),
                "{q}: {found}"
            );
            assert!(
                !text.contains(pointed["id"].as_str().unwrap()),
                "{q}: {found}"
            );
            assert!(!text.contains("Kaushik"), "{q}: {found}");
            assert_eq!(found["has_more"], false);
        }
        let found = search(app, &outsider, &[("q", "Jaswant gang")]).await;
        let pointers = found["pointers"].as_array().unwrap();
        assert_eq!(pointers.len(), 1, "{found}");
        assert_eq!(pointers[0]["kind"], "pointer");
        assert_eq!(pointers[0]["record_kind"], "organisation");
        assert_eq!(pointers[0]["agency_code"], "DL");
        assert!(
            pointers[0]["message"]
                .as_str()
                .unwrap()
                .contains("holds a matching record")
        );
    })
    .await;
}

#[tokio::test]
async fn an_organisation_is_edited_with_a_version_check_and_its_history_kept() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let outsider = app.login("ib.analyst").await;
        let gang = create_gang(
            app,
            &analyst,
            "Tillu gang",
            "टिल्लू गिरोह",
            marking("restricted", own_agency(), false),
        )
        .await;
        let path = format!("/api/v1/organisations/{}", gang["id"].as_str().unwrap());
        let edit = json!({
            "version": 1,
            "kind": "gang",
            "names": [{ "text": "Tillu Tajpuriya gang", "kind": "primary" },
                      { "text": "टिल्लू गिरोह", "kind": "alias" }],
            "notes": "Operates from Tajpur Kalan.",
        });
        let edited = app.put_json(&path, &analyst, &edit).await;
        edited.expect(StatusCode::OK, "edit");
        assert_eq!(edited.json()["version"], 2);
        let stale = app.put_json(&path, &analyst, &edit).await;
        stale.expect(StatusCode::CONFLICT, "stale edit");
        let history = app.get(&format!("{path}/versions"), &analyst).await;
        history.expect(StatusCode::OK, "history");
        assert_eq!(history.json().as_array().unwrap().len(), 2);
        app.get(&format!("{path}/versions"), &outsider)
            .await
            .expect(StatusCode::NOT_FOUND, "history of a hidden organisation");
        app.put_json(
            &path,
            &outsider,
            &json!({ "version": 2, "kind": "gang", "names": [{ "text": "X", "kind": "primary" }] }),
        )
        .await
        .expect(StatusCode::NOT_FOUND, "an edit by another agency");
        let mut nameless = edit.clone();
        nameless["version"] = json!(2);
        nameless["names"] = json!([]);
        app.put_json(&path, &analyst, &nameless)
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY, "no primary name");

        let reply = app
            .send(
                app.request(Method::GET, "/api/v1/organisations")
                    .query(&[("q", "टिल्लू"), ("kind", "gang")])
                    .bearer_auth(&analyst),
            )
            .await;
        reply.expect(StatusCode::OK, "search organisations");
        let found = reply.json();
        assert_eq!(
            found["organisations"][0]["organisation"]["version"], 2,
            "{found}"
        );
        let reply = app
            .send(
                app.request(Method::GET, "/api/v1/organisations")
                    .query(&[("q", "टिल्लू"), ("kind", "terror_outfit")])
                    .bearer_auth(&analyst),
            )
            .await;
        assert!(reply.json()["organisations"].as_array().unwrap().is_empty());
    })
    .await;
}
