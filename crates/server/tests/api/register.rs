//! The shared register over HTTP: persons created and read under their markings, found by
//! name in either script and by phone in any format, and never shown to an agency that may
//! not see them except as a pointer.

use crate::support::{TestApp, all_agencies, marking, on_every_backend, own_agency, random_id};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn bhura(marking: Value) -> Value {
    json!({
        "names": [
            { "text": "Mohd. Irfan", "kind": "primary" },
            { "text": "Bhura", "kind": "alias" },
        ],
        "relative": { "relation": "father", "name": "Yaqub" },
        "gender": "male",
        "age": { "kind": "approximate", "years": 34, "as_of": "2025-01-10" },
        "identifiers": [{ "kind": "mobile", "value": "+91 98100-12345" }],
        "addresses": [{ "text": "Lisari Gate, Meerut", "district": "Meerut" }],
        "statuses": [{ "status": "wanted", "since": "2024-06-01", "source": "SSP Meerut" }],
        "cases": [{ "police_station": "Lisari Gate", "fir_number": "112", "fir_year": 2023,
                    "sections": ["BNS 103", "Arms Act 25"] }],
        "threat_level": "high",
        "marking": marking,
    })
}

async fn create(app: &TestApp, token: &str, body: &Value) -> Value {
    let reply = app.post_json("/api/v1/persons", token, body).await;
    reply.expect(StatusCode::CREATED, "create a person");
    reply.json()
}

async fn search(app: &TestApp, token: &str, q: &str) -> Value {
    let reply = app
        .send(
            app.request(Method::GET, "/api/v1/persons")
                .query(&[("q", q)])
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::OK, &format!("search {q}"));
    reply.json()
}

/// The codes of the agencies the pointers name.
fn holders(found: &Value) -> Vec<String> {
    found["pointers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["agency_code"].as_str().unwrap().to_string())
        .collect()
}

fn ids(found: &Value) -> Vec<String> {
    found["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["person"]["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_analyst_creates_a_person_and_finds_him_by_hindi_name_and_by_phone() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let created = create(
            app,
            &analyst,
            &bhura(marking("restricted", own_agency(), false)),
        )
        .await;
        let id = created["id"].as_str().unwrap().to_string();
        assert_eq!(created["version"], 1);
        assert_eq!(created["names"][1]["script"], "latin");
        assert_eq!(created["identifiers"][0]["canonical"], "+919810012345");

        let read = app.get(&format!("/api/v1/persons/{id}"), &analyst).await;
        read.expect(StatusCode::OK, "read");
        let mut saved = created.clone();
        let found = saved.as_object_mut().unwrap();
        let (matches, held_elsewhere) = (found.remove("matches"), found.remove("held_elsewhere"));
        assert_eq!(read.json(), saved);

        // Writing him set off matching: the Delhi demo record is the same man, and UP's record,
        // which Delhi may not read, is named only by its holder.
        let matches = matches.unwrap();
        assert_eq!(matches[0]["agency_code"], "DL", "{matches}");
        assert_eq!(matches[0]["decision"], "match");
        assert!(
            matches[0]["reasons"]
                .as_str()
                .unwrap()
                .contains("same phone")
        );
        assert_eq!(held_elsewhere.unwrap()[0]["agency_code"], "UP");

        // The demo world holds the same man too; the new record is among what is found.
        for q in ["मोहम्मद इरफ़ान", "098100 12345", "Mohd Irfan @ Bhura"]
        {
            let found = search(app, &analyst, q).await;
            assert!(ids(&found).contains(&id), "{:?}: {q}: {found}", app.backend);
        }
        let found = search(app, &analyst, "मोहम्मद इरफ़ान").await;
        let hit = found["persons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["person"]["id"] == id.as_str())
            .unwrap();
        let reasons = hit["reasons"].as_str().unwrap();
        assert!(reasons.contains("names differ in script"), "{reasons}");
        let by_phone = search(app, &analyst, "098100 12345").await;
        assert!(
            by_phone
                .to_string()
                .contains("same Indian mobile number +919810012345")
        );

        // An edit with the version it changes; a stale one is refused.
        let mut edit = bhura(marking("restricted", all_agencies(), true));
        edit["version"] = json!(1);
        edit["names"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "text": "भूरा", "kind": "nickname" }));
        let path = format!("/api/v1/persons/{id}");
        let edited = app.put_json(&path, &analyst, &edit).await;
        edited.expect(StatusCode::OK, "edit");
        assert_eq!(edited.json()["version"], 2);
        assert_eq!(edited.json()["names"][2]["script"], "devanagari");
        app.put_json(&path, &analyst, &edit)
            .await
            .expect(StatusCode::CONFLICT, "stale edit");
        let history = app.get(&format!("{path}/versions"), &analyst).await;
        history.expect(StatusCode::OK, "history");
        assert_eq!(history.json().as_array().unwrap().len(), 2);
    })
    .await;
}

#[tokio::test]
async fn another_agency_cannot_see_a_restricted_person_and_search_shows_only_a_pointer() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let outsider = app.login("ib.analyst").await;
        let silent = create(
            app,
            &analyst,
            &bhura(marking("restricted", own_agency(), false)),
        )
        .await;
        let silent_id = silent["id"].as_str().unwrap();

        let hidden = app
            .get(&format!("/api/v1/persons/{silent_id}"), &outsider)
            .await;
        let random = app
            .get(&format!("/api/v1/persons/{}", random_id()), &outsider)
            .await;
        hidden.expect(StatusCode::NOT_FOUND, "hidden person");
        random.expect(StatusCode::NOT_FOUND, "random id");
        assert_eq!(
            hidden.body, random.body,
            "a hidden person looks like no person"
        );
        for q in ["मोहम्मद इरफ़ान", "9810012345"] {
            let found = search(app, &outsider, q).await;
            assert!(!found.to_string().contains(silent_id), "{q}: {found}");
            assert!(!holders(&found).contains(&"DL".to_string()), "{q}: {found}");
        }

        let pointed = create(
            app,
            &analyst,
            &bhura(marking("restricted", own_agency(), true)),
        )
        .await;
        let pointed_id = pointed["id"].as_str().unwrap();
        let refused = app
            .get(&format!("/api/v1/persons/{pointed_id}"), &outsider)
            .await;
        refused.expect(StatusCode::FORBIDDEN, "pointer");
        assert_eq!(refused.problem(), "held-by-another-agency");
        assert!(refused.body.contains("Delhi Police"), "{}", refused.body);
        assert!(!refused.body.contains("Irfan"), "{}", refused.body);
        for q in ["मोहम्मद इरफ़ान", "098100 12345"] {
            let found = search(app, &outsider, q).await;
            assert!(!found.to_string().contains(pointed_id), "{q}: {found}");
            let delhi = holders(&found).iter().filter(|c| *c == "DL").count();
            assert_eq!(delhi, 1, "{q}: one pointer to Delhi: {found}");
        }
    })
    .await;
}

#[tokio::test]
async fn an_invalid_identifier_is_refused_with_the_normalizers_message_and_nothing_is_stored() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let before = search(app, &analyst, "Mohd Irfan").await;
        let mut body = bhura(marking("restricted", own_agency(), false));
        body["identifiers"] = json!([{ "kind": "mobile", "value": "12345" }]);
        let reply = app.post_json("/api/v1/persons", &analyst, &body).await;
        reply.expect(StatusCode::UNPROCESSABLE_ENTITY, "bad phone");
        let expected =
            samanvay_match::Identifier::parse(samanvay_match::IdentifierKind::Mobile, "12345")
                .unwrap_err()
                .to_string();
        assert_eq!(reply.json()["detail"], expected);
        let after = search(app, &analyst, "Mohd Irfan").await;
        assert_eq!(ids(&after), ids(&before), "nothing stored");

        let mut nameless = bhura(marking("restricted", own_agency(), false));
        nameless["names"] = json!([{ "text": "Bhura", "kind": "alias" }]);
        let reply = app.post_json("/api/v1/persons", &analyst, &nameless).await;
        reply.expect(StatusCode::UNPROCESSABLE_ENTITY, "no primary name");
        assert_eq!(
            reply.json()["detail"],
            "a person needs exactly one primary name"
        );

        let officer = app.login("up.sho.loni").await;
        let reply = app.post_json("/api/v1/persons", &officer, &body).await;
        reply.expect(StatusCode::FORBIDDEN, "an officer without the analyst role");
    })
    .await;
}

#[tokio::test]
async fn organisations_are_created_read_and_listed_under_their_markings() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let outsider = app.login("ib.analyst").await;
        let gang = |name: &str, hindi: &str, marking: Value| {
            json!({
                "kind": "gang",
                "names": [{ "text": name, "kind": "primary" }, { "text": hindi, "kind": "alias" }],
                "marking": marking,
            })
        };
        let shared = app
            .post_json(
                "/api/v1/organisations",
                &analyst,
                &gang(
                    "Bhura gang",
                    "भूरा गिरोह",
                    marking("restricted", all_agencies(), false),
                ),
            )
            .await;
        shared.expect(StatusCode::CREATED, "shared gang");
        let own = app
            .post_json(
                "/api/v1/organisations",
                &analyst,
                &gang(
                    "Kaili gang",
                    "कैली गिरोह",
                    marking("restricted", own_agency(), false),
                ),
            )
            .await;
        own.expect(StatusCode::CREATED, "own gang");
        let shared = shared.json();
        assert_eq!(shared["names"][1]["script"], "devanagari");
        let listed = app.get("/api/v1/organisations", &outsider).await;
        listed.expect(StatusCode::OK, "list");
        let listed = listed.json();
        let listed: Vec<Value> = listed["organisations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["organisation"].clone())
            .collect();
        assert!(listed.contains(&shared), "{listed:?}");
        assert!(!listed.iter().any(|o| o["names"][0]["text"] == "Kaili gang"));
        let own_id = own.json()["id"].as_str().unwrap().to_string();
        app.get(&format!("/api/v1/organisations/{own_id}"), &outsider)
            .await
            .expect(StatusCode::NOT_FOUND, "hidden gang");
        let id = shared["id"].as_str().unwrap();
        app.get(&format!("/api/v1/organisations/{id}"), &outsider)
            .await
            .expect(StatusCode::OK, "shared gang");

        // A person's gang must be an organisation the author may see.
        let mut member = bhura(marking("restricted", own_agency(), false));
        member["gang"] = json!(id);
        create(app, &analyst, &member).await;
        member["gang"] = json!(random_id());
        app.post_json("/api/v1/persons", &analyst, &member)
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY, "unknown gang");
    })
    .await;
}

#[tokio::test]
async fn the_demo_register_holds_one_man_under_three_agencies_spellings() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let found = search(app, &analyst, "मोहम्मद इरफ़ान उर्फ़ भूरा").await;
        let owners: Vec<String> = found["persons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                h["person"]["marking"]["owner"]["agency"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        let dl = crate::support::agency_id("DL");
        let hr = crate::support::agency_id("HR");
        assert!(owners.contains(&dl) && owners.contains(&hr), "{found}");
        assert_eq!(
            holders(&found),
            vec!["UP".to_string()],
            "UP keeps its record to itself"
        );
    })
    .await;
}
