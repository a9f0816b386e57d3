//! Observers of an input: the Delhi analyst names the Haryana district's supervisors (a unit)
//! to watch the status board of an input to PS Kundli; they see it and its live updates. An
//! observer the marking does not reach — another agency, a lower clearance — sees nothing,
//! neither the board nor a pushed frame. The issuer changes the observers later; each change is
//! audited, and only the issuing agency makes it.

use crate::inputs::{input_to_kundli, issue, steps_path, supervisor_of, unit_id};
use crate::inputs_push::Stream;
use crate::support::{TestApp, agencies, marking, on_every_backend, random_id, user_id};
use reqwest::StatusCode;
use serde_json::{Value, json};

fn unit(name: &str) -> Value {
    json!({ "kind": "unit", "id": unit_id(name) })
}

fn user(username: &str) -> Value {
    json!({ "kind": "user", "id": user_id(username) })
}

fn board_path(input: &str) -> String {
    format!("/api/v1/inputs/{input}/board")
}

/// A restricted input to PS Kundli and PS Loni that both agencies may read: every stream of
/// those stations receives it, so a stream whose next input frame is this one was sent nothing
/// before it.
async fn barrier(app: &TestApp, token: &str) -> Value {
    let mut barrier = input_to_kundli("restricted", "routine");
    barrier["title"] = json!("Barrier: nakabandi on both sides of the border");
    barrier["targets"] = json!([
        { "kind": "unit", "unit": unit_id("PS Kundli") },
        { "kind": "unit", "unit": unit_id("PS Loni") },
    ]);
    barrier["marking"] = marking("restricted", agencies(&["HR", "UP"]), false);
    issue(app, token, &barrier).await
}

#[tokio::test]
async fn observers_the_marking_reaches_see_the_board_live_and_the_others_see_nothing() {
    on_every_backend(async |app| {
        let supervisor = supervisor_of("Sonipat District");
        let mut watching = Stream::open(app, &supervisor).await;
        let mut other_agency = Stream::open(app, "up.sho.loni").await;
        let mut low_clearance = Stream::open(app, "hr.si.kundli").await;

        // Confidential, shared with Haryana only: the UP station and the restricted sub-
        // inspector are named but fail the gate.
        let analyst = app.login("dl.analyst").await;
        let mut request = input_to_kundli("confidential", "flash");
        request["observers"] = json!([
            unit("Sonipat District"),
            user("up.sho.loni"),
            user("hr.si.kundli"),
            user("hr.si.kundli"),
        ]);
        let issued = issue(app, &analyst, &request).await;
        let id = issued["input"]["id"].as_str().unwrap();
        let copy = issued["recipients"][0]["id"].as_str().unwrap();
        let named = watching.next_input_frame().await;
        assert_eq!(named["body"]["kind"], "input_observers_changed");
        assert_eq!(named["body"]["input"], id);

        // The station acknowledges: the observing supervisor hears of it live.
        let sho = app.login("hr.sho.kundli").await;
        app.post_json(
            &steps_path(id, copy),
            &sho,
            &json!({ "action": "acknowledge" }),
        )
        .await
        .expect(StatusCode::OK, "acknowledge");
        let told = watching.next_input_frame().await;
        assert_eq!(told["body"]["kind"], "input_recipient_changed");
        assert_eq!(told["body"]["state"], "acknowledged");

        // Neither observer the marking leaves out was sent a frame about the input.
        let open = barrier(app, &analyst).await;
        for stream in [&mut other_agency, &mut low_clearance] {
            let first = stream.next_input_frame().await;
            assert_eq!(first["body"]["kind"], "input_issued");
            assert_eq!(
                first["body"]["input"], open["input"]["id"],
                "{:?}",
                app.backend
            );
        }

        // The supervisor's board, with the observers named once each.
        let token = app.login(&supervisor).await;
        let board = app.get(&board_path(id), &token).await;
        board.expect(StatusCode::OK, "an observer's board");
        let board = board.json();
        assert_eq!(board["totals"]["acknowledged"], 1);
        assert_eq!(board["may_name_observers"], false);
        let names: Vec<&str> = board["observers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["Sonipat District", "up.sho.loni", "hr.si.kundli"]);
        let watched = app.get("/api/v1/inputs?observing=true", &token).await;
        watched.expect(StatusCode::OK, "inputs I observe");
        assert_eq!(watched.json()["inputs"][0]["id"], id);

        // The gate decides, not the naming: as if the input did not exist.
        for username in ["up.sho.loni", "hr.si.kundli"] {
            let token = app.login(username).await;
            let theirs = app.get(&board_path(id), &token).await;
            assert_eq!(theirs.status, StatusCode::NOT_FOUND, "{username}");
            assert!(!theirs.body.contains("Gogi"), "{username}");
            let watched = app.get("/api/v1/inputs?observing=true", &token).await;
            let listed = watched.json()["inputs"].as_array().unwrap().clone();
            assert!(listed.iter().all(|i| i["id"] != id), "{username}");
        }
        // A recipient that is not named still does not see the board.
        let theirs = app.get(&board_path(id), &sho).await;
        assert_eq!(theirs.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn the_issuer_changes_the_observers_later_and_each_change_is_audited() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let issued = issue(app, &analyst, &input_to_kundli("restricted", "priority")).await;
        let id = issued["input"]["id"].as_str().unwrap();
        let path = format!("/api/v1/inputs/{id}/observers");
        let supervisor = app.login(&supervisor_of("Sonipat District")).await;
        assert_eq!(
            app.get(&board_path(id), &supervisor).await.status,
            StatusCode::FORBIDDEN
        );

        // Named later, the district's supervisors see the board.
        let named = app
            .put_json(
                &path,
                &analyst,
                &json!({ "observers": [unit("Sonipat District")] }),
            )
            .await;
        named.expect(StatusCode::OK, "name an observer");
        assert_eq!(named.json()["observers"][0]["agency_code"], "HR");
        app.get(&board_path(id), &supervisor)
            .await
            .expect(StatusCode::OK, "the named supervisor's board");

        // Only the issuing agency names observers; bad ones change nothing.
        let sho = app.login("hr.sho.kundli").await;
        let theirs = app
            .put_json(
                &path,
                &sho,
                &json!({ "observers": [user("hr.sho.kundli")] }),
            )
            .await;
        assert_eq!(theirs.status, StatusCode::FORBIDDEN);
        let nobody = json!({ "observers": [{ "kind": "unit", "id": random_id() }] });
        let bad = app.put_json(&path, &analyst, &nobody).await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("no unit"), "{}", bad.body);
        let too_many: Vec<Value> = (0..51)
            .map(|_| json!({ "kind": "user", "id": random_id() }))
            .collect();
        let bad = app
            .put_json(&path, &analyst, &json!({ "observers": too_many }))
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        let board = app.get(&board_path(id), &analyst).await.json();
        assert_eq!(board["observers"].as_array().unwrap().len(), 1);
        assert_eq!(board["may_name_observers"], true);

        // Dropped, they no longer do.
        app.put_json(&path, &analyst, &json!({ "observers": [] }))
            .await
            .expect(StatusCode::OK, "drop the observers");
        assert_eq!(
            app.get(&board_path(id), &supervisor).await.status,
            StatusCode::FORBIDDEN
        );

        let auditor = app.login("dl.auditor").await;
        let log = app
            .get(&format!("/api/v1/audit?record={id}"), &auditor)
            .await;
        log.expect(StatusCode::OK, "audit");
        assert!(log.body.contains("observers: unit"), "{}", log.body);
        assert!(log.body.contains("observers: none"), "{}", log.body);
    })
    .await;
}
