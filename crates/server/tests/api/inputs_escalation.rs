//! Escalation with a controlled clock: a flash input PS Kundli does not acknowledge escalates
//! at its deadline to the Rai sub-division, then to Sonipat district at the next — across a
//! server restart, each escalation exactly once — and stops once acknowledged.

use crate::inputs::{inbox, input_to_kundli, issue, steps_path, supervisor_of, unit_id};
use crate::support::{TestApp, start_time};
use reqwest::StatusCode;
use samanvay_store::testing::backends_under_test;
use serde_json::{Value, json};
use std::time::Duration;

/// The board's escalations once there are `want` of them (the task looks every second).
async fn escalations(app: &TestApp, token: &str, input: &str, want: usize) -> Vec<Value> {
    let path = format!("/api/v1/inputs/{input}/board");
    for _ in 0..100 {
        let reply = app.get(&path, token).await;
        reply.expect(StatusCode::OK, "the status board");
        let found = reply.json()["escalations"].as_array().unwrap().clone();
        if found.len() >= want {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "{:?}: fewer than {want} escalations of {input}",
        app.backend
    );
}

#[tokio::test]
async fn an_unacknowledged_flash_input_escalates_one_level_per_deadline_once_each_across_a_restart()
{
    for backend in backends_under_test() {
        let app = TestApp::spawn_with(backend, |c| c.inputs.escalation_check_seconds = 1).await;
        let analyst = app.login("dl.analyst").await;
        let issued = issue(&app, &analyst, &input_to_kundli("restricted", "flash")).await;
        let id = issued["input"]["id"].as_str().unwrap().to_string();
        let copy = issued["recipients"][0]["id"].as_str().unwrap().to_string();

        // Not yet due: nothing happens.
        app.clock.advance(time::Duration::minutes(14));
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(escalations(&app, &analyst, &id, 0).await.is_empty());

        // At the 15-minute deadline, to the station's sub-division.
        app.clock.advance(time::Duration::minutes(2));
        let first = escalations(&app, &analyst, &id, 1).await;
        assert_eq!(first[0]["to_unit"], unit_id("Rai Sub-Division"));
        assert_eq!(first[0]["level"], 1);
        let acp = app.login(&supervisor_of("Rai Sub-Division")).await;
        let theirs = inbox(&app, &acp).await;
        assert_eq!(theirs["counts"]["escalated"], 1, "{theirs}");
        assert_eq!(theirs["items"][0]["reason"], "escalated");
        assert_eq!(theirs["items"][0]["copy"]["overdue"], true);

        // The server goes down; it comes back after the second deadline has passed.
        let app = app
            .restart(start_time() + time::Duration::minutes(40))
            .await;
        let analyst = app.login("dl.analyst").await;
        let second = escalations(&app, &analyst, &id, 2).await;
        assert_eq!(second[1]["to_unit"], unit_id("Sonipat District"));
        // Further looks fire nothing more until the next deadline.
        tokio::time::sleep(Duration::from_millis(2500)).await;
        assert_eq!(escalations(&app, &analyst, &id, 2).await.len(), 2);

        // Acknowledged, the copy stops escalating.
        let sho = app.login("hr.sho.kundli").await;
        app.post_json(
            &steps_path(&id, &copy),
            &sho,
            &json!({ "action": "acknowledge" }),
        )
        .await
        .expect(StatusCode::OK, "acknowledge late");
        app.clock.advance(time::Duration::hours(2));
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let analyst = app.login("dl.analyst").await;
        assert_eq!(escalations(&app, &analyst, &id, 2).await.len(), 2);
        let board = app
            .get(&format!("/api/v1/inputs/{id}/board"), &analyst)
            .await
            .json();
        assert_eq!(
            board["recipients"][0]["acknowledged_at"],
            "2025-06-02T05:10:00Z"
        );
        app.stop().await;
    }
}
