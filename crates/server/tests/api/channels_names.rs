//! A register person's name typed in a message, in either script, links to him — only when it
//! is his full name, unambiguous, and the author may read him; ordinary words and a name two
//! records share link nothing.

use crate::channels::{border_channel, post};
use crate::support::{TestApp, all_agencies, marking, on_every_backend};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn person(app: &TestApp, token: &str, name: &str) -> String {
    let body = json!({
        "names": [{ "text": name, "kind": "primary" }],
        "marking": marking("restricted", all_agencies(), false),
    });
    let created = app.post_json("/api/v1/persons", token, &body).await;
    created.expect(StatusCode::CREATED, "a person");
    created.json()["id"].as_str().unwrap().to_string()
}

fn persons(message: &Value) -> Vec<String> {
    message["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "person")
        .map(|m| m["person"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_wanted_mans_name_typed_in_either_script_links_to_him_and_nothing_else_does() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let wanted = person(app, &analyst, "Jitender Gogi Maan").await;
        person(app, &analyst, "Ramesh Chand").await;
        person(app, &analyst, "Ramesh Chand").await;
        person(app, &analyst, "Kala").await;
        let sho = app.login("dl.sho.alipur").await;
        let id = border_channel(app, &sho).await;

        let latin = post(
            app,
            &sho,
            &id,
            json!({ "text": "jitender gogi maan seen near Kundli naka" }),
        )
        .await;
        assert_eq!(persons(&latin), vec![wanted.clone()], "{latin}");
        let hindi = post(
            app,
            &sho,
            &id,
            json!({ "text": "जितेंदर गोगी मान कुंडली नाके के पास देखा गया" }),
        )
        .await;
        assert_eq!(persons(&hindi), vec![wanted.clone()], "{hindi}");
        // Ordinary words, a part of the name alone, and a name two records share: nothing.
        for text in [
            "Naka at Singhu border from 2200, all staff report",
            "Gogi gang active tonight",
            "Ramesh Chand called the station",
            "Kala Scorpio seen at the toll",
        ] {
            let message = post(app, &sho, &id, json!({ "text": text })).await;
            assert!(persons(&message).is_empty(), "{text}: {message}");
        }
    })
    .await;
}
