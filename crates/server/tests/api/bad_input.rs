//! Bad input gets a clear 4xx problem document and changes nothing: unknown fields, oversized
//! bodies, malformed ids, the wrong content type, broken JSON, impossible values. Never a 500
//! (the request helpers check that on every answer).

use crate::support::{TestApp, marking, on_every_backend, own_agency};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn document(title: &str) -> Value {
    json!({
        "title": title,
        "body": "Text.",
        "tags": [],
        "language": "english",
        "marking": marking("restricted", own_agency(), false),
    })
}

async fn documents_titled(app: &TestApp, token: &str, title: &str) -> usize {
    let reply = app
        .send(
            app.request(Method::GET, "/api/v1/documents")
                .query(&[("q", title)])
                .bearer_auth(token),
        )
        .await;
    reply.json()["documents"].as_array().unwrap().len()
}

#[tokio::test]
async fn unknown_fields_and_impossible_values_are_refused_and_create_nothing() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        let title = "Refused document of the bad-input story";

        let mut extra = document(title);
        extra["owner"] = json!("someone else");
        let mut extra_in_marking = document(title);
        extra_in_marking["marking"]["classified_by"] = json!("me");
        let mut impossible = document(title);
        impossible["marking"]["classification"] = json!("top_secret");
        let mut missing = document(title);
        missing.as_object_mut().unwrap().remove("language");
        let mut empty_title = document(title);
        empty_title["title"] = json!("   ");
        let mut huge_document = document(title);
        huge_document["body"] = json!("क".repeat(200 * 1024));
        let mut many_tags = document(title);
        many_tags["tags"] = json!((0..30).map(|n| format!("tag{n}")).collect::<Vec<_>>());
        for (what, body) in [
            ("an unknown field", extra),
            ("an unknown field in the marking", extra_in_marking),
            ("an unknown classification", impossible),
            ("a missing field", missing),
            ("an empty title", empty_title),
            ("a body over 512 KiB", huge_document),
            ("thirty tags", many_tags),
        ] {
            let reply = app.post_json("/api/v1/documents", &token, &body).await;
            assert!(reply.status.is_client_error(), "{what}: {}", reply.status);
            assert!(
                !reply.json()["detail"].as_str().unwrap().is_empty(),
                "{what}"
            );
        }
        assert_eq!(documents_titled(app, &token, title).await, 0);

        let login_with_extra = json!({ "username": "dl.sho.alipur", "password": "x", "otp": "1" });
        let reply = app
            .send(
                app.request(Method::POST, "/api/v1/auth/login")
                    .json(&login_with_extra),
            )
            .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            reply.body
        );
    })
    .await;
}

#[tokio::test]
async fn a_body_larger_than_the_limit_is_refused_with_413() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        let title = "Oversized document of the bad-input story";
        let mut body = document(title);
        body["body"] = json!("x".repeat(app.config.max_body_bytes + 1));
        let reply = app.post_json("/api/v1/documents", &token, &body).await;
        reply.expect(StatusCode::PAYLOAD_TOO_LARGE, "a body over max_body_bytes");
        assert_eq!(reply.problem(), "too-large");
        assert_eq!(documents_titled(app, &token, title).await, 0);
    })
    .await;
}

#[tokio::test]
async fn malformed_ids_in_the_address_are_a_400() {
    on_every_backend(async |app| {
        let token = app.login("dl.admin").await;
        for path in [
            "/api/v1/documents/not-a-uuid",
            "/api/v1/documents/1234/versions",
            "/api/v1/users/dl.sho.alipur",
            "/api/v1/documents/0195f5d2-7c1a-7000-8000-00000000000g",
        ] {
            let reply = app.get(path, &token).await;
            reply.expect(StatusCode::BAD_REQUEST, path);
            assert_eq!(reply.problem(), "bad-request", "{path}");
        }
        let reply = app.post("/api/v1/users/not-a-uuid/disable", &token).await;
        reply.expect(StatusCode::BAD_REQUEST, "disable a malformed id");
    })
    .await;
}

#[tokio::test]
async fn a_body_that_is_not_json_is_refused() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        let title = "Plain-text document of the bad-input story";
        let as_text = app
            .send(
                app.request(Method::POST, "/api/v1/documents")
                    .bearer_auth(&token)
                    .header(CONTENT_TYPE, "text/plain")
                    .body(document(title).to_string()),
            )
            .await;
        as_text.expect(StatusCode::UNSUPPORTED_MEDIA_TYPE, "text/plain");
        assert_eq!(as_text.problem(), "unsupported-media-type");
        let no_type = app
            .send(
                app.request(Method::POST, "/api/v1/documents")
                    .bearer_auth(&token)
                    .body(document(title).to_string()),
            )
            .await;
        no_type.expect(StatusCode::UNSUPPORTED_MEDIA_TYPE, "no content type");
        let broken = app
            .send(
                app.request(Method::POST, "/api/v1/documents")
                    .bearer_auth(&token)
                    .header(CONTENT_TYPE, "application/json")
                    .body("{\"title\": \"half"),
            )
            .await;
        broken.expect(StatusCode::BAD_REQUEST, "broken JSON");
        let wrong_shape = app
            .post_json("/api/v1/documents", &token, &json!([1, 2]))
            .await;
        assert!(wrong_shape.status.is_client_error());
        assert_eq!(documents_titled(app, &token, title).await, 0);
    })
    .await;
}

#[tokio::test]
async fn bad_query_parameters_are_a_400() {
    on_every_backend(async |app| {
        let token = app.login("dl.auditor").await;
        for path in [
            "/api/v1/documents?limit=many",
            "/api/v1/documents?limit=0",
            "/api/v1/documents?limit=100000",
            "/api/v1/documents?offset=-1",
            "/api/v1/documents?sort=title",
            "/api/v1/audit?record=not-a-uuid",
            "/api/v1/audit?action=shredded",
            "/api/v1/audit?limit=501",
            "/api/v1/units?agency=DL",
        ] {
            let reply = app.get(path, &token).await;
            reply.expect(StatusCode::BAD_REQUEST, path);
        }
    })
    .await;
}
