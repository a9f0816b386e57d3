//! Files in a channel: uploaded once like an input's, carried by a message, and fetched only by
//! those who may read that message now — not by an outsider, not by a member of another agency
//! when the message is marked for the author's own, not by a removed or transferred member.
//! A refused upload or an unknown file stores nothing; every download is audited.

use crate::channels::{border_channel, history, post, remove_member, unit_named};
use crate::inputs_attachments::upload as upload_reply;
use crate::support::{TestApp, marking, on_every_backend_with, own_agency, user_id};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n naka photo";
const PDF: &[u8] = b"%PDF-1.7\n% FIR scan\n";

async fn upload(app: &TestApp, token: &str, name: &str, kind: &str, bytes: &[u8]) -> Value {
    let reply = upload_reply(app, token, name, kind, bytes).await;
    reply.expect(StatusCode::CREATED, "upload");
    reply.json()
}

async fn fetch(app: &TestApp, token: &str, digest: &str) -> StatusCode {
    app.get(&format!("/api/v1/attachments/{digest}"), token)
        .await
        .status
}

#[tokio::test]
async fn a_file_in_a_message_reaches_those_who_may_read_the_message_and_nobody_else() {
    on_every_backend_with(
        |config| config.inputs.max_attachment_bytes = 4096,
        async |app| {
            let sho = app.login("dl.sho.alipur").await;
            let sp = app.login("hr.sp.gurugram").await;
            let id = border_channel(app, &sho).await;

            // The SP's photo, in a message both agencies may read.
            let photo = upload(app, &sp, "naka-rai.png", "image/png", PNG).await;
            let photo = photo["digest"].as_str().unwrap().to_string();
            let shared = post(
                app,
                &sp,
                &id,
                json!({ "text": "Naka at Rai toll", "attachments": [photo] }),
            )
            .await;
            assert_eq!(shared["attachments"][0]["name"], "naka-rai.png");
            assert_eq!(shared["attachments"][0]["media_type"], "image/png");
            assert_eq!(shared["attachments"][0]["size"], PNG.len());
            // A file alone, without a caption, is a message too.
            let scan = upload(app, &sho, "fir.pdf", "application/pdf", PDF).await;
            let scan = scan["digest"].as_str().unwrap().to_string();
            let body = json!({
                "text": "  ",
                "attachments": [scan],
                "marking": marking("confidential", own_agency(), false),
            });
            post(app, &sho, &id, body).await;

            let page = app
                .get(&format!("/api/v1/channels/{id}/messages"), &sho)
                .await;
            page.expect(StatusCode::OK, "history");
            let messages = page.json()["messages"].as_array().unwrap().clone();
            assert_eq!(messages[0]["attachments"][0]["digest"], photo.as_str());
            assert_eq!(messages[1]["attachments"][0]["name"], "fir.pdf");

            // The SHO fetches the SP's photo; the SP may not fetch a file of a message marked
            // for Delhi only, although he is a member.
            let fetched = app.get(&format!("/api/v1/attachments/{photo}"), &sho).await;
            fetched.expect(StatusCode::OK, "a member fetches a file");
            assert!(fetched.body.ends_with("PNG\r\n\u{1a}\n naka photo"));
            assert_eq!(fetched.content_type(), "image/png");
            assert_eq!(fetch(app, &sp, &scan).await, StatusCode::NOT_FOUND);
            // Another agency, and a constable of the member unit cleared below the channel.
            for outsider in ["up.sho.loni", "dl.ct.alipur"] {
                let token = app.login(outsider).await;
                assert_eq!(fetch(app, &token, &photo).await, StatusCode::NOT_FOUND);
            }

            // The download is in the audit log.
            let auditor = app.login("dl.auditor").await;
            let log = app
                .send(
                    app.request(Method::GET, "/api/v1/audit")
                        .query(&[("actor", user_id("dl.sho.alipur").as_str())])
                        .query(&[("action", "read")])
                        .bearer_auth(&auditor),
                )
                .await;
            log.expect(StatusCode::OK, "audit log");
            assert!(
                log.body.contains(&format!("attachment {photo}")),
                "{}",
                log.body
            );

            // The export for a case file describes the files.
            let export = app
                .get(&format!("/api/v1/channels/{id}/export"), &sho)
                .await;
            export.expect(StatusCode::OK, "export");
            assert_eq!(
                export.json()["messages"][0]["attachments"][0]["name"],
                "naka-rai.png"
            );

            // Removed, the SP no longer fetches the SHO's files (his own upload stays his).
            let shared_scan =
                upload(app, &sho, "route.pdf", "application/pdf", b"%PDF-1.4 r").await;
            let shared_scan = shared_scan["digest"].as_str().unwrap().to_string();
            post(
                app,
                &sho,
                &id,
                json!({ "text": "Route map", "attachments": [shared_scan] }),
            )
            .await;
            assert_eq!(fetch(app, &sp, &shared_scan).await, StatusCode::OK);
            remove_member(app, &sho, &id, "hr.sp.gurugram").await;
            assert_eq!(fetch(app, &sp, &shared_scan).await, StatusCode::NOT_FOUND);
            assert_eq!(
                fetch(app, &sp, &photo).await,
                StatusCode::OK,
                "his own upload"
            );
        },
    )
    .await;
}

#[tokio::test]
async fn a_transferred_member_no_longer_fetches_the_channels_files() {
    on_every_backend_with(
        |_| {},
        async |app| {
            let sho = app.login("dl.sho.alipur").await;
            let sp = app.login("hr.sp.gurugram").await;
            let id = border_channel(app, &sho).await;
            let photo = upload(
                app,
                &sp,
                "suspect.jpg",
                "image/jpeg",
                b"\xFF\xD8\xFF\xE0 jpg",
            )
            .await;
            let photo = photo["digest"].as_str().unwrap().to_string();
            post(
                app,
                &sp,
                &id,
                json!({ "text": "Suspect", "attachments": [photo] }),
            )
            .await;
            assert_eq!(fetch(app, &sho, &photo).await, StatusCode::OK);
            let admin = app.login("dl.admin").await;
            let me = format!("/api/v1/users/{}", user_id("dl.sho.alipur"));
            app.patch_json(&me, &admin, &json!({ "unit": unit_named("PS Narela") }))
                .await
                .expect(StatusCode::OK, "transfer to Narela");
            let moved = app.login("dl.sho.alipur").await;
            assert_eq!(fetch(app, &moved, &photo).await, StatusCode::NOT_FOUND);
        },
    )
    .await;
}

#[tokio::test]
async fn a_refused_file_stores_nothing_and_a_message_cannot_carry_it() {
    on_every_backend_with(
        |config| config.inputs.max_attachment_bytes = 64,
        async |app| {
            let sho = app.login("dl.sho.alipur").await;
            let sp = app.login("hr.sp.gurugram").await;
            let id = border_channel(app, &sho).await;
            let exe = upload_reply(app, &sho, "photo.png", "image/png", b"MZ\x90\0 exe").await;
            assert_eq!(
                exe.status,
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "{}",
                exe.body
            );
            let big = vec![b'a'; 65];
            let large = upload_reply(app, &sho, "notes.txt", "text/plain", &big).await;
            assert_eq!(
                large.status,
                StatusCode::PAYLOAD_TOO_LARGE,
                "{}",
                large.body
            );
            assert!(large.body.contains("at most 64 bytes"), "{}", large.body);

            // Neither was stored: a message naming either is refused, and nothing is posted.
            let path = format!("/api/v1/channels/{id}/messages");
            for bytes in [b"MZ\x90\0 exe".to_vec(), big] {
                let digest = hex_sha256(&bytes);
                let body = json!({ "text": "see file", "attachments": [digest] });
                let refused = app.post_json(&path, &sho, &body).await;
                assert_eq!(
                    refused.status,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "{}",
                    refused.body
                );
            }
            // Nor may one attach a file someone else uploaded and no record carries yet.
            let theirs = upload(app, &sp, "mine.txt", "text/plain", b"the SP's notes").await;
            let body = json!({ "text": "x", "attachments": [theirs["digest"]] });
            let refused = app.post_json(&path, &sho, &body).await;
            assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
            let bad = json!({ "text": "x", "attachments": ["../../etc/passwd"] });
            let refused = app.post_json(&path, &sho, &bad).await;
            assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
            assert!(history(app, &sho, &id).await.is_empty());
        },
    )
    .await;
}

fn hex_sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[tokio::test]
async fn a_deleted_messages_files_stay_in_the_auditors_archive() {
    on_every_backend_with(
        |_| {},
        async |app| {
            let sho = app.login("dl.sho.alipur").await;
            let id = border_channel(app, &sho).await;
            let scan = upload(app, &sho, "fir-112.pdf", "application/pdf", PDF).await;
            let scan = scan["digest"].as_str().unwrap().to_string();
            let message = post(
                app,
                &sho,
                &id,
                json!({ "text": "FIR 112 scan", "attachments": [scan] }),
            )
            .await;
            let deleted = app
                .send(
                    app.request(
                        Method::DELETE,
                        &format!(
                            "/api/v1/channels/{id}/messages/{}?version=1",
                            message["id"].as_str().unwrap()
                        ),
                    )
                    .bearer_auth(&sho),
                )
                .await;
            deleted.expect(StatusCode::NO_CONTENT, "delete");

            let auditor = app.login("dl.auditor").await;
            let archive = app
                .get(&format!("/api/v1/channels/{id}/archive"), &auditor)
                .await;
            archive.expect(StatusCode::OK, "archive");
            let archived = &archive.json()["messages"][0];
            assert_eq!(archived["message"]["attachments"], json!([]), "{archived}");
            let revisions = archived["revisions"].as_array().unwrap();
            assert_eq!(revisions.len(), 2, "{archived}");
            assert_eq!(revisions[0]["attachments"][0]["name"], "fir-112.pdf");
            assert_eq!(revisions[1]["deleted"], true);
            assert_eq!(revisions[1]["attachments"], json!([]));
        },
    )
    .await;
}
