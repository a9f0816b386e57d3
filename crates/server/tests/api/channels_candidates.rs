//! Adding a member by name: a channel's owner types part of a name or username and is offered
//! only accounts of the agencies the channel reaches, cleared to read it. A member who is not
//! an owner may not search; to anyone else the channel does not exist.

use crate::channels::border_channel;
use crate::support::{TestApp, on_every_backend, user_id};
use reqwest::{Method, StatusCode};
use serde_json::json;

async fn candidates(app: &TestApp, token: &str, channel: &str, q: &str) -> crate::support::Reply {
    app.send(
        app.request(
            Method::GET,
            &format!("/api/v1/channels/{channel}/member-candidates"),
        )
        .query(&[("q", q)])
        .bearer_auth(token),
    )
    .await
}

async fn usernames(app: &TestApp, token: &str, channel: &str, q: &str) -> Vec<String> {
    let reply = candidates(app, token, channel, q).await;
    reply.expect(StatusCode::OK, "member candidates");
    reply.json()["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["username"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_owner_finds_accounts_of_the_agencies_the_channel_reaches_and_adds_one() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let id = border_channel(app, &sho).await;

        // Delhi and Haryana are reached; Uttar Pradesh is not.
        let found = usernames(app, &sho, &id, "SHO.").await;
        assert!(found.iter().any(|u| u.starts_with("hr.")), "{found:?}");
        assert!(found.iter().any(|u| u.starts_with("dl.")), "{found:?}");
        assert!(found.iter().all(|u| !u.starts_with("up.")), "{found:?}");
        assert!(usernames(app, &sho, &id, "loni").await.is_empty());
        // A constable cleared below the Confidential channel could not read it: not offered.
        let alipur = usernames(app, &sho, &id, "alipur").await;
        assert!(!alipur.contains(&"dl.ct.alipur".to_string()), "{alipur:?}");

        // The owner adds the one found.
        let reply = candidates(app, &sho, &id, "sho.kundli").await;
        let kundli = reply.json()["candidates"][0].clone();
        assert_eq!(kundli["id"], user_id("hr.sho.kundli").as_str());
        assert!(
            kundli["post"].as_str().unwrap().contains("Kundli"),
            "{kundli}"
        );
        let entry = json!({ "subject": { "kind": "user", "id": kundli["id"] }, "role": "member" });
        app.put_json(&format!("/api/v1/channels/{id}/members"), &sho, &entry)
            .await
            .expect(StatusCode::OK, "add the account found");

        // A member who is not an owner may not search; an outsider learns nothing.
        let sp = app.login("hr.sp.gurugram").await;
        candidates(app, &sp, &id, "sho")
            .await
            .expect(StatusCode::FORBIDDEN, "a member searches");
        for outsider in ["up.sho.loni", "dl.analyst"] {
            let token = app.login(outsider).await;
            let reply = candidates(app, &token, &id, "sho").await;
            reply.expect(StatusCode::NOT_FOUND, outsider);
            assert!(!reply.body.contains("hr.sho"), "{outsider}");
        }
        candidates(app, &sho, &id, "a")
            .await
            .expect(StatusCode::BAD_REQUEST, "one letter");
        // LIKE's wildcards are plain characters here.
        assert!(usernames(app, &sho, &id, "%_").await.is_empty());
    })
    .await;
}
