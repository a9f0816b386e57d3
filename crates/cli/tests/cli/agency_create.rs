//! `samanvay agency create` brings the first agency and its administrator onto a fresh
//! deployment; the administrator then signs in over HTTP.

use crate::support::{Data, Server, samanvay};
use reqwest::StatusCode;
use serde_json::json;
use std::process::Stdio;
use tokio::io::AsyncWriteExt;

const PASSWORD: &str = "chandni chowk at first light";

/// Runs `samanvay agency create` with `password` on standard input; success and output.
async fn create_agency(data: &Data<'_>, code: &str, admin: &str, password: &str) -> (bool, String) {
    let mut child = samanvay()
        .args(["agency", "create"])
        .args(data.args())
        .args(["--code", code, "--name", &format!("{code} Police")])
        .args(["--kind", "state-police", "--admin-username", admin])
        .args(["--admin-name", "Ritu Malhotra"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start samanvay agency create");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(format!("{password}\n").as_bytes())
        .await
        .expect("write the password");
    drop(stdin);
    let output = child.wait_with_output().await.expect("agency create ends");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[tokio::test]
async fn a_fresh_deployment_gets_its_first_agency_and_its_admin_signs_in() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let data = Data {
        dir: dir.path(),
        database_url: None,
    };
    let (ok, output) = create_agency(&data, "CHD", "chd.admin", "password1234").await;
    assert!(!ok, "a common password was accepted:\n{output}");
    let (ok, output) = create_agency(&data, "CHD", "chd.admin", PASSWORD).await;
    assert!(ok, "{output}");
    assert!(
        !output.contains(PASSWORD),
        "the password is printed:\n{output}"
    );
    let (ok, output) = create_agency(&data, "CHD", "chd.admin2", PASSWORD).await;
    assert!(!ok, "the same agency code twice:\n{output}");

    let server = Server::serve(&data).await;
    let client = reqwest::Client::new();
    let reply = client
        .post(server.url("/api/v1/auth/login"))
        .json(&json!({ "username": "chd.admin", "password": PASSWORD }))
        .send()
        .await
        .expect("login answered");
    assert_eq!(reply.status(), StatusCode::OK);
    let token = reply.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    let agencies = client
        .get(server.url("/api/v1/agencies"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("agencies answered")
        .json::<serde_json::Value>()
        .await
        .unwrap();
    assert_eq!(agencies.as_array().map(Vec::len), Some(1), "{agencies}");
    assert_eq!(agencies[0]["code"], "CHD");
    let users = client
        .get(server.url("/api/v1/users"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("users answered");
    assert_eq!(users.status(), StatusCode::OK, "the admin manages users");
    server.stop().await;
}
