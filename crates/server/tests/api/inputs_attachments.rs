//! Attachments: a file whose content is not what its Content-Type says is refused; a stored
//! file reaches the recipients of the input that carries it and nobody else.

use crate::inputs::{input_to_kundli, issue};
use crate::support::{TestApp, on_every_backend};
use reqwest::{Method, StatusCode};
use serde_json::json;

/// Uploads a file as `kind`; the reply as it came.
pub async fn upload(
    app: &TestApp,
    token: &str,
    name: &str,
    kind: &str,
    bytes: &[u8],
) -> crate::support::Reply {
    app.send(
        app.request(Method::POST, "/api/v1/attachments")
            .query(&[("name", name)])
            .bearer_auth(token)
            .header("content-type", kind)
            .body(bytes.to_vec()),
    )
    .await
}

#[tokio::test]
async fn a_sniffed_file_reaches_the_inputs_recipients_and_nobody_else() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let exe = upload(
            app,
            &analyst,
            "photo.pdf",
            "application/pdf",
            b"MZ\x90\0not a pdf",
        )
        .await;
        assert_eq!(
            exe.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{}",
            exe.body
        );
        let odd = upload(app, &analyst, "tool.exe", "application/x-msdownload", b"MZ").await;
        assert_eq!(odd.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let pdf = b"%PDF-1.7\n% sketch of the hideout\n";
        let stored = upload(app, &analyst, "hideout.pdf", "application/pdf", pdf).await;
        stored.expect(StatusCode::CREATED, "upload a PDF");
        let digest = stored.json()["digest"].as_str().unwrap().to_string();
        let path = format!("/api/v1/attachments/{digest}");

        // Before any input carries it, only the uploader may fetch it.
        let sho = app.login("hr.sho.kundli").await;
        assert_eq!(app.get(&path, &sho).await.status, StatusCode::NOT_FOUND);
        let mut input = input_to_kundli("restricted", "priority");
        input["attachments"] = json!([digest]);
        issue(app, &analyst, &input).await;
        let fetched = app.get(&path, &sho).await;
        fetched.expect(StatusCode::OK, "the recipient fetches it");
        assert_eq!(fetched.body.as_bytes(), pdf);
        assert_eq!(fetched.content_type(), "application/pdf");
        let outsider = app.login("up.sho.loni").await;
        assert_eq!(
            app.get(&path, &outsider).await.status,
            StatusCode::NOT_FOUND
        );
        // An input may not carry a file its issuer cannot fetch.
        let mut unknown = input_to_kundli("restricted", "priority");
        unknown["attachments"] = json!(["ab".repeat(32)]);
        let refused = app.post_json("/api/v1/inputs", &analyst, &unknown).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    })
    .await;
}
