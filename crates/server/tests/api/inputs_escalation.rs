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

#[tokio::test]
async fn a_forwarded_copy_not_acknowledged_by_its_deadline_escalates_like_any_other() {
    for backend in backends_under_test() {
        let app = TestApp::spawn_with(backend, |c| c.inputs.escalation_check_seconds = 1).await;
        let analyst = app.login("dl.analyst").await;
        let issued = issue(&app, &analyst, &input_to_kundli("restricted", "flash")).await;
        let id = issued["input"]["id"].as_str().unwrap().to_string();
        let copy = issued["recipients"][0]["id"].as_str().unwrap().to_string();

        // The station acknowledges in time and hands a copy to its sub-inspector, who sits on
        // it.
        app.clock.advance(time::Duration::minutes(5));
        let sho = app.login("hr.sho.kundli").await;
        let steps = steps_path(&id, &copy);
        app.post_json(&steps, &sho, &json!({ "action": "acknowledge" }))
            .await
            .expect(StatusCode::OK, "acknowledge");
        let si = crate::support::user_id("hr.si.kundli");
        let forward = json!({ "action": "forward", "to": { "kind": "user", "id": si },
            "note": "Check the dhabas on NH-44" });
        app.post_json(&steps, &sho, &forward)
            .await
            .expect(StatusCode::OK, "forward");

        // The forwarded copy's own flash deadline (15 minutes from the forward) passes: it
        // escalates to the sub-inspector's station; the acknowledged station copy does not.
        app.clock.advance(time::Duration::minutes(16));
        let fired = escalations(&app, &analyst, &id, 1).await;
        assert_eq!(fired.len(), 1, "{fired:?}");
        assert_ne!(fired[0]["recipient"], copy.as_str());
        assert_eq!(fired[0]["to_unit"], unit_id("PS Kundli"));
        assert_eq!(fired[0]["level"], 1);
        let board = app
            .get(&format!("/api/v1/inputs/{id}/board"), &analyst)
            .await
            .json();
        let forwarded = board["recipients"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["forwarded_from"] == copy.as_str())
            .expect("the forwarded copy")
            .clone();
        assert_eq!(fired[0]["recipient"], forwarded["id"]);
        assert_eq!(forwarded["escalation_level"], 1);
        assert_eq!(forwarded["overdue"], true);

        // Next, one level up: the station's sub-division, once.
        app.clock.advance(time::Duration::minutes(16));
        let second = escalations(&app, &analyst, &id, 2).await;
        assert_eq!(second[1]["to_unit"], unit_id("Rai Sub-Division"));
        tokio::time::sleep(Duration::from_millis(2500)).await;
        assert_eq!(escalations(&app, &analyst, &id, 2).await.len(), 2);
        app.stop().await;
    }
}
