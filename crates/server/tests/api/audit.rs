//! Auditors ask the log who saw a record: every read is there by the time the reader has the
//! answer, only auditors may ask, and each agency's auditors see their own agency's share.

use crate::support::{TestApp, all_agencies, marking, on_every_backend, user_id};
use reqwest::StatusCode;
use serde_json::Value;

async fn entries_about(app: &TestApp, auditor: &str, record: &str) -> Vec<Value> {
    let reply = app
        .get(&format!("/api/v1/audit?record={record}"), auditor)
        .await;
    reply.expect(StatusCode::OK, "audit query");
    reply.json().as_array().expect("entries").clone()
}

/// (actor_name, action) of each entry, oldest first.
fn who_did_what(entries: &[Value]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = entries
        .iter()
        .map(|e| {
            (
                e["actor_name"].as_str().unwrap_or_default().to_string(),
                e["action"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    pairs.reverse();
    pairs
}

fn pair(who: &str, what: &str) -> (String, String) {
    (who.to_string(), what.to_string())
}

#[tokio::test]
async fn an_auditor_sees_who_read_a_record_as_soon_as_the_read_is_answered() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let document = app
            .create_document(
                &sho,
                "Chain of custody for seized phones",
                marking("unrestricted", all_agencies(), false),
            )
            .await;
        let id = document["id"].as_str().unwrap().to_string();
        let auditor = app.login("dl.auditor").await;
        let constable = app.login("dl.ct.alipur").await;

        let mut expected = vec![pair("dl.sho.alipur", "create")];
        for n in 0..3 {
            app.get(&format!("/api/v1/documents/{id}"), &constable)
                .await
                .expect(StatusCode::OK, "read");
            // No waiting: the entry was durable before the read was answered.
            expected.push(pair("dl.ct.alipur", "read"));
            let entries = entries_about(app, &auditor, &id).await;
            assert_eq!(
                who_did_what(&entries),
                expected,
                "{:?} after read {n}",
                app.backend
            );
        }
        let entries = entries_about(app, &auditor, &id).await;
        let read = &entries[0];
        assert_eq!(read["actor"], user_id("dl.ct.alipur"));
        assert_eq!(read["record"]["kind"], "document");
        assert_eq!(read["record"]["id"], id.as_str());
        assert_eq!(read["source"], "127.0.0.1");
        assert_eq!(read["at"], "2025-06-02T04:30:00Z");
        assert_eq!(read["prev_hash"].as_str().unwrap().len(), 64);
        assert!(entries[0]["seq"].as_i64() > entries[1]["seq"].as_i64());

        // Listing puts it in the log too, as a listing.
        app.get("/api/v1/documents?q=chain%20of%20custody", &constable)
            .await
            .expect(StatusCode::OK, "search");
        let entries = entries_about(app, &auditor, &id).await;
        assert_eq!(
            who_did_what(&entries).last(),
            Some(&pair("dl.ct.alipur", "listed"))
        );
    })
    .await;
}

#[tokio::test]
async fn only_auditors_may_read_the_audit_log() {
    on_every_backend(async |app| {
        for username in ["dl.sho.alipur", "dl.admin", "dl.analyst", "hr.sp.gurugram"] {
            let token = app.login(username).await;
            let reply = app.get("/api/v1/audit", &token).await;
            reply.expect(StatusCode::FORBIDDEN, username);
            assert_eq!(reply.problem(), "forbidden");
        }
        let auditor = app.login("up.auditor").await;
        app.get("/api/v1/audit", &auditor)
            .await
            .expect(StatusCode::OK, "an auditor");
    })
    .await;
}

#[tokio::test]
async fn an_auditor_sees_only_the_own_agencys_records_and_the_own_agencys_users() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let document = app
            .create_document(
                &sho,
                "Joint patrol roster for the Loni border",
                marking("unrestricted", all_agencies(), false),
            )
            .await;
        let id = document["id"].as_str().unwrap().to_string();
        let constable = app.login("dl.ct.alipur").await;
        let loni = app.login("up.sho.loni").await;
        for token in [&constable, &loni] {
            app.get(&format!("/api/v1/documents/{id}"), token)
                .await
                .expect(StatusCode::OK, "read");
        }

        let dl_auditor = app.login("dl.auditor").await;
        let up_auditor = app.login("up.auditor").await;
        let hr_auditor = app.login("hr.auditor").await;
        assert_eq!(
            who_did_what(&entries_about(app, &dl_auditor, &id).await),
            [
                pair("dl.sho.alipur", "create"),
                pair("dl.ct.alipur", "read"),
                pair("up.sho.loni", "read"),
            ],
            "{:?}: Delhi's record, every reader",
            app.backend
        );
        assert_eq!(
            who_did_what(&entries_about(app, &up_auditor, &id).await),
            [pair("up.sho.loni", "read")],
            "{:?}: UP sees only what its own officer did",
            app.backend
        );
        assert!(entries_about(app, &hr_auditor, &id).await.is_empty());

        // Unfiltered, UP's auditor sees nothing done by Delhi's users to Delhi's records.
        let all = app.get("/api/v1/audit?limit=500", &up_auditor).await.json();
        let up = crate::support::agency_id("UP");
        for entry in all.as_array().unwrap() {
            let by_up = entry["actor_agency"] == up.as_str();
            let about_up = entry["record_owner"] == up.as_str();
            assert!(by_up || about_up, "UP's auditor sees {entry}");
        }
    })
    .await;
}
