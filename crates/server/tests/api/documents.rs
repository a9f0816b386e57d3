//! The document library end to end: create, read, edit with a version check, history, and
//! search by title in Devanagari and Latin script.

use crate::support::{TestApp, agencies, all_agencies, marking, on_every_backend, own_agency};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn edit(version: i64, title: &str, body: &str) -> Value {
    json!({
        "version": version,
        "title": title,
        "body": body,
        "tags": ["nakabandi", "Standing Order"],
        "language": "english",
    })
}

async fn search(app: &TestApp, token: &str, query: &str) -> Vec<String> {
    let reply = app
        .send(
            app.request(reqwest::Method::GET, "/api/v1/documents")
                .query(&[("q", query), ("limit", "200")])
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::OK, &format!("search {query}"));
    reply.json()["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_officer_creates_reads_edits_and_sees_the_history_of_a_document() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let created = app
            .create_document(
                &sho,
                "Nakabandi drill for the Singhu border",
                marking("restricted", agencies(&["HR"]), false),
            )
            .await;
        let id = created["id"].as_str().unwrap().to_string();
        let me = crate::support::WORLD
            .user("dl.sho.alipur")
            .unwrap()
            .user
            .clone();
        assert_eq!(created["version"], 1);
        assert_eq!(created["marking"]["owner"]["agency"], me.agency.to_string());
        assert_eq!(created["marking"]["owner"]["unit"], me.unit.to_string());
        assert_eq!(created["marking"]["owner"]["user"], me.id.to_string());
        let path = format!("/api/v1/documents/{id}");
        let read = app.get(&path, &sho).await;
        read.expect(StatusCode::OK, "read");
        assert_eq!(read.json(), created);

        let v2 = app
            .put_json(
                &path,
                &sho,
                &edit(1, "Nakabandi drill, Singhu border", "Revised."),
            )
            .await;
        v2.expect(StatusCode::OK, "edit version 1");
        assert_eq!(v2.json()["version"], 2);
        assert_eq!(v2.json()["tags"], json!(["nakabandi", "standing order"]));
        assert_eq!(
            v2.json()["marking"],
            created["marking"],
            "the marking is kept"
        );

        // A colleague still holding version 1 is refused, and nothing changes.
        let stale = app
            .put_json(&path, &sho, &edit(1, "Someone else's edit", "Overwritten!"))
            .await;
        stale.expect(StatusCode::CONFLICT, "a stale version");
        assert_eq!(stale.problem(), "conflict");
        let now = app.get(&path, &sho).await.json();
        assert_eq!(now["version"], 2);
        assert_eq!(now["title"], "Nakabandi drill, Singhu border");
        assert_eq!(now["body"], "Revised.");

        let history = app.get(&format!("{path}/versions"), &sho).await;
        history.expect(StatusCode::OK, "history");
        let versions = history.json();
        let numbers: Vec<i64> = versions
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["version"].as_i64().unwrap())
            .collect();
        assert_eq!(numbers, [2, 1]);
        assert_eq!(
            versions[1]["title"],
            "Nakabandi drill for the Singhu border"
        );
        assert_eq!(versions[0]["changed_by"], me.id.to_string());

        // Haryana may read it but only Delhi edits it.
        let haryana = app.login("hr.sp.gurugram").await;
        app.get(&path, &haryana)
            .await
            .expect(StatusCode::OK, "a listed agency reads");
        app.put_json(&path, &haryana, &edit(2, "Haryana's edit", ""))
            .await
            .expect(StatusCode::FORBIDDEN, "another agency edits");
        assert_eq!(app.get(&path, &sho).await.json()["version"], 2);
    })
    .await;
}

#[tokio::test]
async fn documents_are_found_by_title_in_devanagari_and_in_latin_script() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let hindi = app
            .post_json(
                "/api/v1/documents",
                &sho,
                &json!({
                    "title": "साइबर ठगी की जांच: मेवात मॉड्यूल",
                    "body": "पहला कदम: शिकायत दर्ज करें।",
                    "tags": ["साइबर"],
                    "language": "hindi",
                    "marking": marking("unrestricted", all_agencies(), false),
                }),
            )
            .await;
        hindi.expect(StatusCode::CREATED, "a Hindi document");
        let hindi = hindi.json()["id"].as_str().unwrap().to_string();
        let latin = app
            .create_document(
                &sho,
                "Cyber Fraud Investigation: the Mewat Module",
                marking("unrestricted", all_agencies(), false),
            )
            .await;
        let latin = latin["id"].as_str().unwrap().to_string();
        let mixed = app
            .create_document(
                &sho,
                "Mewat module की FIR checklist",
                marking("unrestricted", own_agency(), false),
            )
            .await;
        let mixed = mixed["id"].as_str().unwrap().to_string();

        let reader = app.login("up.sho.loni").await;
        let found = search(app, &reader, "ठगी की जांच").await;
        assert!(found.contains(&hindi), "Devanagari search");
        assert!(!found.contains(&latin));
        let found = search(app, &reader, "mewat module").await;
        assert!(found.contains(&latin), "Latin search, any case");
        assert!(!found.contains(&hindi));
        assert!(!found.contains(&mixed), "an own-agency document of Delhi");
        let found = search(app, &sho, "MEWAT MODULE").await;
        assert!(
            found.contains(&latin) && found.contains(&mixed),
            "{found:?}"
        );
        let found = search(app, &sho, "की FIR").await;
        assert_eq!(found, vec![mixed], "mixed-script search");
        // LIKE wildcards in a query are plain characters.
        assert!(search(app, &sho, "%").await.is_empty());
        assert!(search(app, &sho, "_").await.is_empty());
        assert!(
            search(app, &sho, "no title has these words")
                .await
                .is_empty()
        );
    })
    .await;
}

#[tokio::test]
async fn of_simultaneous_edits_of_one_version_exactly_one_is_saved() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let created = app
            .create_document(
                &sho,
                "Duty roster for Holi bandobast",
                marking("restricted", own_agency(), false),
            )
            .await;
        let path = format!("/api/v1/documents/{}", created["id"].as_str().unwrap());
        let editors: Vec<_> = (0..8)
            .map(|n| {
                let body = edit(1, &format!("Holi bandobast, edit {n}"), "Revised roster.");
                let request = app
                    .request(Method::PUT, &path)
                    .bearer_auth(&sho)
                    .json(&body);
                tokio::spawn(async move { request.send().await.map(|r| r.status()) })
            })
            .collect();
        let mut statuses = Vec::new();
        for editor in editors {
            statuses.push(editor.await.expect("an editor").expect("an answer"));
        }
        let saved = statuses.iter().filter(|s| **s == StatusCode::OK).count();
        let refused = statuses
            .iter()
            .filter(|s| **s == StatusCode::CONFLICT)
            .count();
        assert_eq!((saved, refused), (1, 7), "{:?}: {statuses:?}", app.backend);
        let history = app.get(&format!("{path}/versions"), &sho).await.json();
        assert_eq!(history.as_array().unwrap().len(), 2);
        assert_eq!(app.get(&path, &sho).await.json()["version"], 2);
    })
    .await;
}
