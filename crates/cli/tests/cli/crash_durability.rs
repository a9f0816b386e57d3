//! Killed in the middle of a burst of writes, Samanvay loses nothing it answered: after a
//! restart every document answered 201 is there and audited, and the audit chain holds.

use crate::support::{Data, Server, get, login, verify_audit};
use reqwest::StatusCode;
use samanvay_store::testing::{backends_under_test, scratch_database};
use serde_json::json;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Notify;

const DOCUMENTS: usize = 200;
const CONCURRENT: usize = 16;
/// The server is killed once this many creates have been answered.
const KILL_AFTER: usize = 50;

#[tokio::test]
async fn every_write_answered_before_a_sigkill_is_present_and_audited_after_restart() {
    for backend in backends_under_test() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let scratch = scratch_database(backend, dir.path())
            .await
            .expect("scratch database");
        let url = scratch.url().to_string();
        let data = Data {
            dir: dir.path(),
            // SQLite uses the file in the data directory, as `samanvay demo` does by default.
            database_url: (backend == samanvay_store::Backend::Postgres).then_some(url.as_str()),
        };
        crash_and_recover(&data, &format!("{backend:?}")).await;
        scratch.cleanup().await.expect("drop the scratch database");
    }
}

async fn crash_and_recover(data: &Data<'_>, backend: &str) {
    let server = Server::demo(data).await;
    let client = reqwest::Client::new();
    let (token, author) = login(&client, &server, "dl.sho.alipur").await;
    let answered = burst_until_killed(&client, server, &token).await;
    assert!(
        answered.len() >= KILL_AFTER,
        "{backend}: {} answered",
        answered.len()
    );
    assert!(
        answered.len() < DOCUMENTS,
        "{backend}: the kill came after the burst"
    );

    let server = Server::serve(data).await;
    let (token, _) = login(&client, &server, "dl.sho.alipur").await;
    for id in &answered {
        let (status, document) =
            get(&client, &server, &format!("/api/v1/documents/{id}"), &token).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "{backend}: document {id} answered 201 is gone"
        );
        assert_eq!(document["version"], 1);
    }
    // What was written is whole: each stored burst document has its audit entry, and no entry
    // names a document that is not there.
    let (status, stored) = get(
        &client,
        &server,
        "/api/v1/documents?q=crash%20burst&limit=200",
        &token,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let stored: BTreeSet<String> = stored["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    let (auditor, _) = login(&client, &server, "dl.auditor").await;
    let (status, entries) = get(
        &client,
        &server,
        &format!("/api/v1/audit?action=create&actor={author}&limit=500"),
        &auditor,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{entries}");
    let audited: BTreeSet<String> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["record"]["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        answered.is_subset(&stored),
        "{backend}: answered but not stored"
    );
    assert_eq!(audited, stored, "{backend}: stored and audited differ");
    server.stop().await;

    let (intact, report) = verify_audit(data).await;
    assert!(intact, "{backend}: the chain broke in the crash:\n{report}");
}

/// Creates documents 16 at a time and kills the server once 50 are answered; returns the ids
/// of every document answered 201.
async fn burst_until_killed(
    client: &reqwest::Client,
    server: Server,
    token: &str,
) -> BTreeSet<String> {
    let next = Arc::new(AtomicUsize::new(0));
    let answered = Arc::new(Mutex::new(BTreeSet::new()));
    let refused = Arc::new(Mutex::new(Vec::new()));
    let enough = Arc::new(Notify::new());
    let mut workers = Vec::new();
    for _ in 0..CONCURRENT {
        let url = server.url("/api/v1/documents");
        let (client, token) = (client.clone(), token.to_string());
        let (next, answered, enough) = (next.clone(), answered.clone(), enough.clone());
        let refused = refused.clone();
        workers.push(tokio::spawn(async move {
            loop {
                let n = next.fetch_add(1, Ordering::SeqCst);
                if n >= DOCUMENTS {
                    break;
                }
                let body = json!({
                    "title": format!("Crash burst document {n}"),
                    "body": "Written while the server is about to be killed.",
                    "tags": ["burst"],
                    "language": "english",
                    "marking": {
                        "classification": "restricted",
                        "distribution": { "kind": "own_agency" },
                    },
                });
                let Ok(reply) = client
                    .post(&url)
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await
                else {
                    break;
                };
                if reply.status() != StatusCode::CREATED {
                    refused.lock().unwrap().push(reply.status());
                    break;
                }
                let Ok(document) = reply.json::<serde_json::Value>().await else {
                    break;
                };
                let mut answered = answered.lock().unwrap();
                answered.insert(document["id"].as_str().unwrap().to_string());
                if answered.len() == KILL_AFTER {
                    enough.notify_one();
                }
            }
        }));
    }
    let waited = tokio::time::timeout(Duration::from_secs(300), enough.notified()).await;
    if waited.is_err() {
        panic!(
            "{KILL_AFTER} creates were never answered ({:?} refused):\n{}",
            refused.lock().unwrap(),
            server.output()
        );
    }
    server.kill().await;
    for worker in workers {
        worker.await.expect("a burst worker");
    }
    let refused = refused.lock().unwrap().clone();
    assert!(
        refused.is_empty(),
        "creates refused before the kill: {refused:?}"
    );
    Arc::try_unwrap(answered).unwrap().into_inner().unwrap()
}
