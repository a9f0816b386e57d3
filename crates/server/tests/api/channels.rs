//! Coordination channels over HTTP: a Delhi police station and a Haryana SP talk across the
//! border; everyone else — another agency, a constable cleared below the channel, a removed or
//! transferred member — learns nothing of it. Marking caps, mentions in both scripts, search,
//! edits kept for auditors, export and promote to input.

use crate::support::{TestApp, WORLD, agencies, marking, on_every_backend, user_id};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

pub fn unit_named(name: &str) -> String {
    WORLD
        .units
        .iter()
        .find(|u| u.name == name)
        .unwrap_or_else(|| panic!("no demo unit {name}"))
        .id
        .to_string()
}

/// A Confidential channel of PS Alipur (Delhi) shared with Haryana, with Haryana's SP of
/// Gurugram as a member; returns its id.
pub async fn border_channel(app: &TestApp, sho: &str) -> String {
    let body = json!({
        "name": "Alipur – Kundli – Sonipat border",
        "description": "Nakas, movements and wanted persons across the border",
        "marking": marking("confidential", agencies(&["HR"]), false),
        "members": [
            { "subject": { "kind": "user", "id": user_id("hr.sp.gurugram") }, "role": "member" }
        ],
    });
    let created = app.post_json("/api/v1/channels", sho, &body).await;
    created.expect(StatusCode::CREATED, "create the channel");
    let json = created.json();
    assert_eq!(json["role"], "owner");
    json["id"].as_str().unwrap().to_string()
}

pub async fn post(app: &TestApp, token: &str, channel: &str, body: Value) -> Value {
    let reply = app
        .post_json(
            &format!("/api/v1/channels/{channel}/messages"),
            token,
            &body,
        )
        .await;
    reply.expect(StatusCode::CREATED, "post a message");
    reply.json()
}

/// The owner removes a listed user from the channel.
pub async fn remove_member(app: &TestApp, owner: &str, channel: &str, username: &str) {
    let path = format!(
        "/api/v1/channels/{channel}/members/users/{}",
        user_id(username)
    );
    app.send(app.request(Method::DELETE, &path).bearer_auth(owner))
        .await
        .expect(StatusCode::NO_CONTENT, "remove a member");
}

pub async fn history(app: &TestApp, token: &str, channel: &str) -> Vec<String> {
    let reply = app
        .get(&format!("/api/v1/channels/{channel}/messages"), token)
        .await;
    reply.expect(StatusCode::OK, "history");
    reply.json()["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_string())
        .collect()
}

async fn search(app: &TestApp, token: &str, q: &str) -> Vec<String> {
    let reply = app
        .send(
            app.request(Method::GET, "/api/v1/channels/search")
                .query(&[("q", q)])
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::OK, "search");
    reply.json()["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["message"]["text"].as_str().unwrap().to_string())
        .collect()
}

async fn channel_names(app: &TestApp, token: &str) -> Vec<(String, i64)> {
    let reply = app.get("/api/v1/channels", token).await;
    reply.expect(StatusCode::OK, "my channels");
    reply.json()["channels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["unread"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_border_channel_reaches_its_members_and_no_one_else() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let id = border_channel(app, &sho).await;
        let text = "गाड़ी HR26 AB-1234 कुंडली की ओर, driver mobile 98100 12345 — @hr.sp.gurugram";
        let posted = post(app, &sho, &id, json!({ "text": text })).await;
        assert_eq!(posted["seq"], 1);
        assert_eq!(posted["language"], "mixed");
        // The default marking reaches exactly the channel, said from the author's side.
        assert_eq!(posted["marking"]["classification"], "confidential");
        let mentions = posted["mentions"].as_array().unwrap();
        let kinds: Vec<&str> = mentions
            .iter()
            .map(|m| m["kind"].as_str().unwrap())
            .collect();
        assert_eq!(
            kinds,
            vec!["user", "identifier", "identifier"],
            "{mentions:?}"
        );
        assert_eq!(mentions[1]["identifier"]["canonical"], "HR26AB1234");
        assert_eq!(mentions[2]["identifier"]["canonical"], "+919810012345");
        assert_eq!(mentions[0]["user"], user_id("hr.sp.gurugram"));

        // Haryana's SP sees it as unread, reads it, replies.
        let unread = channel_names(app, &sp).await;
        assert_eq!(
            unread,
            vec![("Alipur – Kundli – Sonipat border".to_string(), 1)]
        );
        assert_eq!(history(app, &sp, &id).await, vec![text.to_string()]);
        let reply = post(
            app,
            &sp,
            &id,
            json!({ "text": "Naka laga diya, Kundli border pe", "reply_to": posted["id"] }),
        )
        .await;
        assert_eq!(reply["seq"], 2);
        assert_eq!(reply["reply_to"], posted["id"]);
        let read = app
            .post_json(
                &format!("/api/v1/channels/{id}/read"),
                &sp,
                &json!({ "seq": 2 }),
            )
            .await;
        read.expect(StatusCode::NO_CONTENT, "mark read");
        assert_eq!(channel_names(app, &sp).await[0].1, 0);
        let receipts = app
            .get(&format!("/api/v1/channels/{id}/receipts"), &sho)
            .await;
        receipts.expect(StatusCode::OK, "receipts");
        assert_eq!(
            receipts.json()["receipts"][0]["user"],
            user_id("hr.sp.gurugram")
        );
        assert_eq!(receipts.json()["receipts"][0]["last_read_seq"], 2);

        // Another agency, and a constable of the member unit cleared below the channel:
        // nothing, exactly as for a channel that does not exist.
        for outsider in ["up.sho.loni", "ib.analyst", "dl.ct.alipur"] {
            let token = app.login(outsider).await;
            assert!(channel_names(app, &token).await.is_empty(), "{outsider}");
            for path in [
                format!("/api/v1/channels/{id}"),
                format!("/api/v1/channels/{id}/messages"),
                format!("/api/v1/channels/{id}/export"),
                format!("/api/v1/channels/{id}/receipts"),
            ] {
                let reply = app.get(&path, &token).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{outsider} {path}");
                assert!(!reply.body.contains("Alipur"), "{outsider} learns nothing");
            }
            let write = app
                .post_json(
                    &format!("/api/v1/channels/{id}/messages"),
                    &token,
                    &json!({ "text": "hello" }),
                )
                .await;
            assert_eq!(write.status, StatusCode::NOT_FOUND, "{outsider} posts");
            assert!(search(app, &token, "kundli").await.is_empty(), "{outsider}");
        }
        assert_eq!(history(app, &sho, &id).await.len(), 2, "nothing was added");

        // A member from an agency the channel does not reach is refused.
        let up_member = json!({ "subject": { "kind": "user", "id": user_id("up.sho.loni") },
            "role": "member" });
        let refused = app
            .send(
                app.request(Method::PUT, &format!("/api/v1/channels/{id}/members"))
                    .bearer_auth(&sho)
                    .json(&up_member),
            )
            .await;
        refused.expect(
            StatusCode::UNPROCESSABLE_ENTITY,
            "UP is outside the marking",
        );
    })
    .await;
}

#[tokio::test]
async fn marking_caps_are_enforced_and_nothing_is_stored_when_refused() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let id = border_channel(app, &sho).await;
        let path = format!("/api/v1/channels/{id}/messages");
        let too_high = json!({ "text": "Source is X", "marking":
            marking("secret", json!({ "kind": "own_agency" }), false) });
        let too_wide = json!({ "text": "Circulate widely", "marking":
            marking("restricted", json!({ "kind": "all_agencies" }), false) });
        let other_agency = json!({ "text": "Tell IB", "marking":
            marking("restricted", agencies(&["IB"]), false) });
        for (body, what) in [
            (too_high, "classified above the channel (and the author)"),
            (too_wide, "distributed wider"),
            (other_agency, "to an agency outside the channel"),
        ] {
            let reply = app.post_json(&path, &sho, &body).await;
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{what}: {}",
                reply.body
            );
        }
        let blank = app.post_json(&path, &sho, &json!({ "text": "   " })).await;
        blank.expect(StatusCode::UNPROCESSABLE_ENTITY, "empty text");
        assert!(history(app, &sho, &id).await.is_empty(), "nothing stored");

        // Narrower is fine: Delhi only, restricted.
        let narrow = json!({ "text": "Delhi only: naka strength 12", "marking":
            marking("restricted", json!({ "kind": "own_agency" }), false) });
        post(app, &sho, &id, narrow).await;
        let sp = app.login("hr.sp.gurugram").await;
        assert!(
            history(app, &sp, &id).await.is_empty(),
            "Haryana may not read it"
        );

        // A read-only member reads but may not post.
        let read_only = json!({ "subject": { "kind": "user", "id": user_id("hr.sp.gurugram") },
            "role": "read_only" });
        app.send(
            app.request(Method::PUT, &format!("/api/v1/channels/{id}/members"))
                .bearer_auth(&sho)
                .json(&read_only),
        )
        .await
        .expect(StatusCode::OK, "make read-only");
        let refused = app.post_json(&path, &sp, &json!({ "text": "hello" })).await;
        refused.expect(StatusCode::FORBIDDEN, "read-only posts");
    })
    .await;
}

#[tokio::test]
async fn removed_and_transferred_members_lose_the_channel_at_once() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let id = border_channel(app, &sho).await;
        post(
            app,
            &sho,
            &id,
            json!({ "text": "Naka at Kundli from 2200" }),
        )
        .await;
        assert_eq!(history(app, &sp, &id).await.len(), 1);

        // Removed by the owner: the very next read is refused.
        remove_member(app, &sho, &id, "hr.sp.gurugram").await;
        let gone = app
            .get(&format!("/api/v1/channels/{id}/messages"), &sp)
            .await;
        gone.expect(StatusCode::NOT_FOUND, "a removed member reads history");
        assert!(search(app, &sp, "kundli").await.is_empty());

        // The SHO is a member through PS Alipur; transferred to PS Narela, he loses it at once.
        let admin = app.login("dl.admin").await;
        let transfer = |unit: String| json!({ "unit": unit });
        let me = format!("/api/v1/users/{}", user_id("dl.sho.alipur"));
        app.patch_json(&me, &admin, &transfer(unit_named("PS Narela")))
            .await
            .expect(StatusCode::OK, "transfer to Narela");
        let sho = app.login("dl.sho.alipur").await;
        let gone = app
            .get(&format!("/api/v1/channels/{id}/messages"), &sho)
            .await;
        gone.expect(StatusCode::NOT_FOUND, "a transferred officer reads history");
        assert!(channel_names(app, &sho).await.is_empty());
        app.patch_json(&me, &admin, &transfer(unit_named("PS Alipur")))
            .await
            .expect(StatusCode::OK, "transfer back");
        assert_eq!(
            history(app, &sho, &id).await.len(),
            1,
            "back in the unit, back in"
        );

        // The last owner cannot be removed.
        let last = app
            .send(
                app.request(
                    Method::DELETE,
                    &format!(
                        "/api/v1/channels/{id}/members/units/{}",
                        unit_named("PS Alipur")
                    ),
                )
                .bearer_auth(&sho),
            )
            .await;
        last.expect(StatusCode::UNPROCESSABLE_ENTITY, "remove the last owner");
    })
    .await;
}

#[tokio::test]
async fn search_and_discussions_never_return_a_message_the_viewer_cannot_read() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let shared = border_channel(app, &sho).await;
        let body = json!({
            "name": "Alipur station internal",
            "marking": marking("restricted", json!({ "kind": "own_agency" }), false),
        });
        let internal = app.post_json("/api/v1/channels", &sho, &body).await;
        internal.expect(StatusCode::CREATED, "internal channel");
        let internal = internal.json()["id"].as_str().unwrap().to_string();
        post(
            app,
            &sho,
            &shared,
            json!({ "text": "Naka tonight, vehicle DL 3C AB 1234" }),
        )
        .await;
        post(
            app,
            &sho,
            &internal,
            json!({ "text": "Naka staff roster, DL3CAB1234 owner is our source" }),
        )
        .await;

        assert_eq!(search(app, &sho, "naka").await.len(), 2);
        assert_eq!(
            search(app, &sp, "NAKA").await,
            vec!["Naka tonight, vehicle DL 3C AB 1234"]
        );
        let up = app.login("up.sho.loni").await;
        assert!(search(app, &up, "naka").await.is_empty());

        let discussed = |token: String| async move {
            let reply = app
                .send(
                    app.request(Method::GET, "/api/v1/discussions")
                        .query(&[
                            ("identifier_kind", "vehicle"),
                            ("identifier", "dl-3c-ab-1234"),
                        ])
                        .bearer_auth(token),
                )
                .await;
            reply.expect(StatusCode::OK, "discussions");
            reply.json()["hits"].as_array().unwrap().len()
        };
        assert_eq!(discussed(sho.clone()).await, 2);
        assert_eq!(discussed(sp.clone()).await, 1);
        assert_eq!(discussed(up.clone()).await, 0);
        let bad = app
            .send(
                app.request(Method::GET, "/api/v1/discussions")
                    .query(&[("identifier_kind", "mobile"), ("identifier", "12")])
                    .bearer_auth(&sho),
            )
            .await;
        bad.expect(StatusCode::UNPROCESSABLE_ENTITY, "not a phone number");
    })
    .await;
}

#[tokio::test]
async fn edits_and_deletions_keep_the_history_for_auditors_and_exports_are_audited() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let id = border_channel(app, &sho).await;
        let first = post(app, &sho, &id, json!({ "text": "Suspect in white Swift" })).await;
        let msg = format!(
            "/api/v1/channels/{id}/messages/{}",
            first["id"].as_str().unwrap()
        );
        let edit = json!({ "version": 1, "text": "Suspect in white Swift Dzire" });
        let edited = app.put_json(&msg, &sho, &edit).await;
        edited.expect(StatusCode::OK, "edit");
        assert_eq!(edited.json()["version"], 2);
        app.put_json(&msg, &sho, &edit)
            .await
            .expect(StatusCode::CONFLICT, "a stale edit");
        app.put_json(&msg, &sp, &json!({ "version": 2, "text": "mine now" }))
            .await
            .expect(StatusCode::FORBIDDEN, "someone else's message");
        let deleted = app
            .send(
                app.request(Method::DELETE, &format!("{msg}?version=2"))
                    .bearer_auth(&sho),
            )
            .await;
        deleted.expect(StatusCode::NO_CONTENT, "delete");
        assert_eq!(
            history(app, &sp, &id).await,
            vec![String::new()],
            "a tombstone stays"
        );

        // The auditor of Delhi Police reads every revision; an officer may not.
        let auditor = app.login("dl.auditor").await;
        let archive = app
            .get(&format!("/api/v1/channels/{id}/archive"), &auditor)
            .await;
        archive.expect(StatusCode::OK, "archive");
        let revisions: Vec<String> = archive.json()["messages"][0]["revisions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            revisions,
            vec!["Suspect in white Swift", "Suspect in white Swift Dzire", ""]
        );
        let officer = app
            .get(&format!("/api/v1/channels/{id}/archive"), &sho)
            .await;
        officer.expect(StatusCode::FORBIDDEN, "officers do not read the archive");

        // Export for a case file, and the audit log says so.
        post(app, &sp, &id, json!({ "text": "Vehicle seen at Rai toll" })).await;
        let export = app
            .get(&format!("/api/v1/channels/{id}/export"), &sho)
            .await;
        export.expect(StatusCode::OK, "export");
        assert_eq!(export.json()["messages"].as_array().unwrap().len(), 1);
        let log = app
            .send(
                app.request(Method::GET, "/api/v1/audit")
                    .query(&[("record", id.as_str())])
                    .bearer_auth(&auditor),
            )
            .await;
        log.expect(StatusCode::OK, "audit log");
        assert!(log.body.contains("exported 1 messages"), "{}", log.body);
    })
    .await;
}

#[tokio::test]
async fn a_message_is_promoted_to_a_prefilled_input_draft() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let id = border_channel(app, &sho).await;
        let text = "Wanted man seen at Kundli, mobile ९८१०० १२३४५\nMoving towards Sonipat";
        let posted = post(app, &sho, &id, json!({ "text": text })).await;
        let phone = &posted["mentions"][0]["identifier"]["canonical"];
        assert_eq!(
            phone, "+919810012345",
            "Devanagari digits are the same number"
        );
        let path = format!(
            "/api/v1/channels/{id}/messages/{}/input-draft",
            posted["id"].as_str().unwrap()
        );
        let draft = app.get(&path, &sho).await;
        draft.expect(StatusCode::OK, "draft");
        let draft = draft.json();
        assert_eq!(
            draft["title"],
            "Wanted man seen at Kundli, mobile ९८१०० १२३४५"
        );
        assert!(
            draft["body"]
                .as_str()
                .unwrap()
                .contains("Moving towards Sonipat")
        );
        assert_eq!(draft["targets"][0]["unit"], unit_named("PS Alipur"));
        assert_eq!(
            draft["marking"]["classification"],
            posted["marking"]["classification"]
        );
        assert_eq!(
            draft["marking"]["distribution"],
            posted["marking"]["distribution"]
        );
        let up = app.login("up.sho.loni").await;
        app.get(&path, &up)
            .await
            .expect(StatusCode::NOT_FOUND, "an outsider promotes");
    })
    .await;
}

#[tokio::test]
async fn the_demo_border_channels_talk_about_the_register() {
    on_every_backend(async |app| {
        let loaded = samanvay_server::channels::demo::load(
            &app.store,
            &WORLD,
            crate::support::SEED,
            crate::support::start_time(),
        )
        .await
        .unwrap();
        assert_eq!(loaded, 3);
        let sho = app.login("dl.sho.alipur").await;
        let listed = channel_names(app, &sho).await;
        assert_eq!(listed.len(), 1, "{listed:?}");
        assert!(
            listed[0]
                .0
                .starts_with("Outer North Delhi – Sonipat border")
        );
        assert!(listed[0].1 > 0, "unread messages by others");
        let reply = app.get("/api/v1/channels", &sho).await;
        let id = reply.json()["channels"][0]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let page = app
            .get(&format!("/api/v1/channels/{id}/messages"), &sho)
            .await;
        page.expect(StatusCode::OK, "demo history");
        let messages = page.json()["messages"].as_array().unwrap().clone();
        assert_eq!(messages.len(), 40);
        assert!(messages.iter().any(|m| m["language"] == "hindi"));
        assert!(messages.iter().any(|m| m["language"] == "mixed"));
        // A linked person's page finds where he was discussed, for those who may read him.
        let mut found = 0;
        for message in &messages {
            for mention in message["mentions"].as_array().unwrap() {
                if mention["kind"] != "person" {
                    continue;
                }
                let reply = app
                    .send(
                        app.request(Method::GET, "/api/v1/discussions")
                            .query(&[("person", mention["person"].as_str().unwrap())])
                            .bearer_auth(&sho),
                    )
                    .await;
                if reply.status == StatusCode::OK {
                    let hits = reply.json()["hits"].as_array().unwrap().clone();
                    assert!(hits.iter().any(|h| h["message"]["id"] == message["id"]));
                    found += 1;
                } else {
                    reply.expect(StatusCode::NOT_FOUND, "a person the SHO may not read");
                }
            }
        }
        assert!(found > 0, "some linked person is readable by the SHO");
    })
    .await;
}

#[tokio::test]
async fn old_messages_leave_the_view_but_stay_in_the_archive() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let body = json!({
            "name": "Alipur night patrol",
            "marking": marking("restricted", json!({ "kind": "own_agency" }), false),
            "retention_days": 30,
        });
        let created = app.post_json("/api/v1/channels", &sho, &body).await;
        created.expect(StatusCode::CREATED, "channel with retention");
        let id = created.json()["id"].as_str().unwrap().to_string();
        post(
            app,
            &sho,
            &id,
            json!({ "text": "Old naka plan, Bakoli village" }),
        )
        .await;
        app.clock.advance(time::Duration::days(31));
        let sho = app.login("dl.sho.alipur").await;
        post(
            app,
            &sho,
            &id,
            json!({ "text": "New naka plan, Bakoli village" }),
        )
        .await;

        assert_eq!(
            history(app, &sho, &id).await,
            vec!["New naka plan, Bakoli village"]
        );
        assert_eq!(
            search(app, &sho, "bakoli").await,
            vec!["New naka plan, Bakoli village"]
        );
        let export = app
            .get(&format!("/api/v1/channels/{id}/export"), &sho)
            .await;
        assert_eq!(export.json()["messages"].as_array().unwrap().len(), 1);

        let auditor = app.login("dl.auditor").await;
        let archive = app
            .get(&format!("/api/v1/channels/{id}/archive"), &auditor)
            .await;
        archive.expect(StatusCode::OK, "archive");
        let texts: Vec<String> = archive.json()["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["message"]["text"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            texts,
            vec![
                "Old naka plan, Bakoli village",
                "New naka plan, Bakoli village"
            ]
        );
        // Another agency's auditor may not read this Delhi-only archive.
        let up_auditor = app.login("up.auditor").await;
        app.get(&format!("/api/v1/channels/{id}/archive"), &up_auditor)
            .await
            .expect(StatusCode::NOT_FOUND, "UP's auditor");

        // Settings: only owners; retention bounded.
        let path = format!("/api/v1/channels/{id}");
        let bad = json!({ "name": "Alipur night patrol", "retention_days": 0 });
        app.put_json(&path, &sho, &bad)
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY, "retention of 0 days");
        let ok = json!({ "name": "Alipur night patrol", "retention_days": 90 });
        let changed = app.put_json(&path, &sho, &ok).await;
        changed.expect(StatusCode::OK, "longer retention");
        assert_eq!(history(app, &sho, &id).await.len(), 2, "back in view");
    })
    .await;
}

#[tokio::test]
async fn bad_input_is_refused_with_a_problem_and_changes_nothing() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let id = border_channel(app, &sho).await;
        let path = format!("/api/v1/channels/{id}/messages");
        let cases = [
            (
                json!({ "text": "hi", "colour": "red" }),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            (json!({ "txt": "hi" }), StatusCode::UNPROCESSABLE_ENTITY),
            (
                json!({ "text": "x".repeat(4001) }),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            (
                json!({ "text": "hi", "reply_to": crate::support::random_id() }),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            (
                json!({ "text": "hi", "links": [{ "kind": "person",
                "person": crate::support::random_id() }] }),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            (
                json!({ "text": "hi", "links": [{ "kind": "unit",
                "unit": crate::support::random_id() }] }),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
        ];
        for (body, want) in cases {
            let reply = app.post_json(&path, &sho, &body).await;
            assert_eq!(reply.status.as_u16() / 100, 4, "{body}: {}", reply.body);
            assert!(
                reply.status == want || reply.status == StatusCode::BAD_REQUEST,
                "{body}: {} {}",
                reply.status,
                reply.body
            );
        }
        let garbage = app
            .send(
                app.request(Method::POST, &path)
                    .bearer_auth(&sho)
                    .header("content-type", "application/json")
                    .body("{not json"),
            )
            .await;
        assert_eq!(garbage.status.as_u16() / 100, 4);
        let cursor = app
            .get(&format!("/api/v1/channels/{id}/messages?limit=500"), &sho)
            .await;
        cursor.expect(StatusCode::BAD_REQUEST, "a page of 500");
        let not_an_id = app.get("/api/v1/channels/not-a-uuid", &sho).await;
        assert_eq!(not_an_id.status.as_u16() / 100, 4);
        let read_ahead = app
            .post_json(
                &format!("/api/v1/channels/{id}/read"),
                &sho,
                &json!({ "seq": 99 }),
            )
            .await;
        read_ahead.expect(
            StatusCode::UNPROCESSABLE_ENTITY,
            "reading past the last message",
        );
        let bad_channel = json!({ "name": " ", "marking": marking("restricted",
            json!({ "kind": "own_agency" }), false) });
        app.post_json("/api/v1/channels", &sho, &bad_channel)
            .await
            .expect(StatusCode::UNPROCESSABLE_ENTITY, "a blank name");
        assert!(
            history(app, &sho, &id).await.is_empty(),
            "nothing was stored"
        );
        assert_eq!(channel_names(app, &sho).await.len(), 1, "no second channel");
    })
    .await;
}

#[tokio::test]
async fn a_linked_person_is_shown_only_to_members_who_may_read_him() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let person = json!({
            "names": [{ "text": "Sonu Kundli", "kind": "primary" }],
            "marking": marking("restricted", json!({ "kind": "own_agency" }), false),
        });
        let created = app.post_json("/api/v1/persons", &analyst, &person).await;
        created.expect(StatusCode::CREATED, "a Delhi-only person");
        let person = created.json()["id"].as_str().unwrap().to_string();

        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let id = border_channel(app, &sho).await;
        let body = json!({ "text": "Sonu seen at Kundli naka",
            "links": [{ "kind": "person", "person": person }] });
        let posted = post(app, &sho, &id, body).await;
        assert_eq!(posted["mentions"][0]["person"], person.as_str());

        let path = format!("/api/v1/channels/{id}/messages");
        let page = async |token: &str| {
            let reply = app.get(&path, token).await;
            reply.expect(StatusCode::OK, "history");
            reply.json()["messages"][0]["mentions"].clone()
        };
        assert_eq!(page(&sho).await[0]["person"], person.as_str());
        // Haryana's SP reads the message but not the Delhi-only person, not even his id.
        assert_eq!(page(&sp).await, json!([]));
        let reply = app
            .send(
                app.request(Method::GET, "/api/v1/discussions")
                    .query(&[("person", person.as_str())])
                    .bearer_auth(&sp),
            )
            .await;
        reply.expect(
            StatusCode::NOT_FOUND,
            "the SP asks where the person was discussed",
        );

        // Haryana's SP may not link him either: to the SP he does not exist.
        let body =
            json!({ "text": "Who is he?", "links": [{ "kind": "person", "person": person }] });
        app.post_json(&format!("/api/v1/channels/{id}/messages"), &sp, &body)
            .await
            .expect(
                StatusCode::UNPROCESSABLE_ENTITY,
                "linking an unreadable person",
            );
    })
    .await;
}
