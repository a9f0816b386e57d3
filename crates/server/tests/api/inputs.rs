//! Inputs end to end: an analyst previews and issues an input, the recipient station reads,
//! acknowledges and reports action, forwards to its own officer, and the outcome flows back to
//! the issuer's status board; steps out of order are refused; other agencies and lower
//! clearances never see the input; bad input changes nothing.

use crate::support::{TestApp, WORLD, agencies, marking, on_every_backend, own_agency};
use reqwest::StatusCode;
use samanvay_core::user::Role;
use serde_json::{Value, json};

/// A demo unit's id by its name ("PS Kundli", "Sonipat District").
pub fn unit_id(name: &str) -> String {
    WORLD
        .units
        .iter()
        .find(|u| u.name == name)
        .unwrap_or_else(|| panic!("no demo unit {name}"))
        .id
        .to_string()
}

/// The username of a demo supervisor posted to the named unit.
pub fn supervisor_of(unit: &str) -> String {
    let id = unit_id(unit);
    WORLD
        .users
        .iter()
        .find(|u| u.user.unit.to_string() == id && u.user.roles.contains(&Role::Supervisor))
        .unwrap_or_else(|| panic!("no supervisor at {unit}"))
        .user
        .username
        .clone()
}

/// An input to PS Kundli (Haryana), shared with Haryana, of the given classification and
/// precedence.
pub fn input_to_kundli(classification: &str, precedence: &str) -> Value {
    json!({
        "title": "Gogi gang shooters moving towards Kundli",
        "body": "दो शूटर सफ़ेद स्कॉर्पियो में, tonight via the Singhu border.",
        "language": "mixed",
        "kind": "gang_movement",
        "precedence": precedence,
        "required_action": "locate_and_arrest",
        "grading": { "reliability": "B", "accuracy": 2 },
        "targets": [{ "kind": "unit", "unit": unit_id("PS Kundli") }],
        "marking": marking(classification, agencies(&["HR"]), false),
    })
}

/// Issues an input and returns the answer.
pub async fn issue(app: &TestApp, token: &str, input: &Value) -> Value {
    let reply = app.post_json("/api/v1/inputs", token, input).await;
    reply.expect(StatusCode::CREATED, "issue an input");
    reply.json()
}

pub async fn inbox(app: &TestApp, token: &str) -> Value {
    let reply = app.get("/api/v1/inbox", token).await;
    reply.expect(StatusCode::OK, "inbox");
    reply.json()
}

pub fn steps_path(input: &str, copy: &str) -> String {
    format!("/api/v1/inputs/{input}/recipients/{copy}/steps")
}

#[tokio::test]
async fn a_haryana_station_acknowledges_and_reports_an_arrest_that_reaches_the_delhi_issuer() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let preview = app
            .post_json(
                "/api/v1/inputs/preview",
                &analyst,
                &json!({
                    "targets": [{ "kind": "unit", "unit": unit_id("PS Kundli") }],
                    "distribution": own_agency(),
                }),
            )
            .await;
        preview.expect(StatusCode::OK, "preview");
        let preview = preview.json();
        assert_eq!(preview["units"][0]["name"], "PS Kundli");
        assert_eq!(preview["unreachable_agencies"], json!(["HR"]));

        let issued = issue(app, &analyst, &input_to_kundli("restricted", "immediate")).await;
        let id = issued["input"]["id"].as_str().unwrap().to_string();
        assert_eq!(issued["recipients"].as_array().unwrap().len(), 1);
        let deadline = issued["recipients"][0]["ack_deadline"].clone();
        assert_eq!(deadline, "2025-06-02T05:30:00Z", "immediate: one hour");

        let sho = app.login("hr.sho.kundli").await;
        let mine = inbox(app, &sho).await;
        assert_eq!(mine["counts"]["unread"], 1);
        assert_eq!(mine["items"][0]["input"]["title"], issued["input"]["title"]);
        assert_eq!(mine["items"][0]["input"]["grading"], "B2");
        assert_eq!(mine["items"][0]["seconds_to_deadline"], 3600);
        let copy = mine["items"][0]["copy"]["id"].as_str().unwrap().to_string();
        let steps = steps_path(&id, &copy);

        // Action cannot be reported before acknowledgement.
        let arrested = json!({ "action": "report_action", "outcome": "arrested",
            "text": "Both shooters arrested at the Kundli barrier" });
        let early = app.post_json(&steps, &sho, &arrested).await;
        assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.body);

        app.clock.advance(time::Duration::minutes(5));
        let read = app
            .post_json(&steps, &sho, &json!({ "action": "read" }))
            .await;
        read.expect(StatusCode::OK, "read");
        assert_eq!(read.json()["state"], "read");
        assert_eq!(read.json()["read_at"], "2025-06-02T04:35:00Z");
        let twice = app
            .post_json(&steps, &sho, &json!({ "action": "read" }))
            .await;
        assert_eq!(twice.status, StatusCode::CONFLICT);
        let ack = app
            .post_json(&steps, &sho, &json!({ "action": "acknowledge" }))
            .await;
        ack.expect(StatusCode::OK, "acknowledge");

        // The SHO hands a copy to the station's sub-inspector; the chain is kept.
        let si = WORLD.user("hr.si.kundli").unwrap().user.id.to_string();
        let forward = json!({ "action": "forward", "to": { "kind": "user", "id": si },
            "note": "Check the dhabas on NH-44" });
        app.post_json(&steps, &sho, &forward)
            .await
            .expect(StatusCode::OK, "forward");
        let si_token = app.login("hr.si.kundli").await;
        let theirs = inbox(app, &si_token).await;
        assert_eq!(theirs["counts"]["unread"], 1);
        let forwarded = theirs["items"][0]["copy"].clone();
        assert_eq!(forwarded["forwarded_from"], copy.as_str());
        let their_steps = steps_path(&id, forwarded["id"].as_str().unwrap());
        app.post_json(&their_steps, &si_token, &json!({ "action": "acknowledge" }))
            .await
            .expect(StatusCode::OK, "the SI acknowledges");
        // Another Haryana station reads the input but may not act on Kundli's copy.
        let rai = app.login("hr.sho.rai").await;
        app.get(&format!("/api/v1/inputs/{id}"), &rai)
            .await
            .expect(StatusCode::OK, "shared with Haryana");
        let not_theirs = app.post_json(&steps, &rai, &arrested).await;
        assert_eq!(not_theirs.status, StatusCode::FORBIDDEN);

        app.post_json(&steps, &sho, &arrested)
            .await
            .expect(StatusCode::OK, "report");
        let flag = json!({ "action": "flag", "reason": "no force" });
        let late_flag = app.post_json(&steps, &sho, &flag).await;
        assert_eq!(late_flag.status, StatusCode::CONFLICT, "{}", late_flag.body);

        // The outcome is on the issuer's board, attributed and timestamped.
        let board = app
            .get(&format!("/api/v1/inputs/{id}/board"), &analyst)
            .await;
        board.expect(StatusCode::OK, "board");
        let board = board.json();
        assert_eq!(board["totals"]["copies"], 2);
        assert_eq!(board["totals"]["action_reported"], 1);
        let station = &board["recipients"][0];
        assert_eq!(station["unit_name"], "PS Kundli");
        assert_eq!(station["outcome"], "arrested");
        assert_eq!(
            station["outcome_text"],
            "Both shooters arrested at the Kundli barrier"
        );
        assert_eq!(board["recipients"][1]["username"], "hr.si.kundli");
        let who: Vec<&str> = board["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["by_username"].as_str().unwrap())
            .collect();
        assert_eq!(
            who,
            [
                "hr.sho.kundli",
                "hr.sho.kundli",
                "hr.sho.kundli",
                "hr.si.kundli",
                "hr.sho.kundli"
            ]
        );
        // A recipient agency does not see the issuer's board.
        let theirs = app.get(&format!("/api/v1/inputs/{id}/board"), &sho).await;
        assert_eq!(theirs.status, StatusCode::FORBIDDEN);
        // Every step is in the audit log.
        let auditor = app.login("dl.auditor").await;
        let log = app
            .get(&format!("/api/v1/audit?record={id}"), &auditor)
            .await;
        log.expect(StatusCode::OK, "audit");
        let updates = log.body.matches("\"update\"").count();
        assert_eq!(updates, 5, "{}", log.body);
    })
    .await;
}

#[tokio::test]
async fn other_agencies_and_lower_clearances_never_see_a_confidential_input() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let issued = issue(app, &analyst, &input_to_kundli("confidential", "flash")).await;
        let id = issued["input"]["id"].as_str().unwrap().to_string();
        let copy = issued["recipients"][0]["id"].as_str().unwrap().to_string();
        let sho = app.login("hr.sho.kundli").await;
        assert_eq!(inbox(app, &sho).await["counts"]["unread"], 1);
        app.get(&format!("/api/v1/inputs/{id}"), &sho)
            .await
            .expect(StatusCode::OK, "the cleared SHO reads it");

        // The station's restricted sub-inspector and another agency's officers: nothing.
        for outsider in ["hr.si.kundli", "up.sho.loni", "ib.analyst"] {
            let token = app.login(outsider).await;
            let inbox = inbox(app, &token).await;
            assert_eq!(inbox["items"], json!([]), "{outsider}");
            assert_eq!(inbox["counts"]["unread"], 0, "{outsider}");
            for path in [
                format!("/api/v1/inputs/{id}"),
                format!("/api/v1/inputs/{id}/board"),
            ] {
                let reply = app.get(&path, &token).await;
                assert_eq!(reply.status, StatusCode::NOT_FOUND, "{outsider} {path}");
            }
            let list = app.get("/api/v1/inputs", &token).await;
            assert_eq!(list.json()["inputs"], json!([]), "{outsider}");
            let step = app
                .post_json(
                    &steps_path(&id, &copy),
                    &token,
                    &json!({ "action": "read" }),
                )
                .await;
            assert_eq!(step.status, StatusCode::NOT_FOUND, "{outsider}");
        }
        // Compliance counts only what the viewer may read: UP's supervisor counts nothing,
        // Haryana's Sonipat district chief counts the Kundli copy.
        let period = "?from=2025-06-01T00:00:00Z&to=2025-06-03T00:00:00Z";
        let up = app.login(&supervisor_of("Ghaziabad District")).await;
        let theirs = app
            .get(&format!("/api/v1/inputs/compliance{period}"), &up)
            .await;
        theirs.expect(StatusCode::OK, "UP compliance");
        assert_eq!(theirs.json()["units"], json!([]));
        let sonipat = app.login(&supervisor_of("Sonipat District")).await;
        let ours = app
            .get(&format!("/api/v1/inputs/compliance{period}"), &sonipat)
            .await;
        assert_eq!(ours.json()["units"][0]["unit_name"], "PS Kundli");
        assert_eq!(ours.json()["units"][0]["received"], 1);
        // The issuer sees the units it sent to.
        let sent = app
            .get(&format!("/api/v1/inputs/compliance{period}"), &analyst)
            .await;
        assert_eq!(sent.json()["agencies"][0]["agency_code"], "HR");
        // Officers without a supervising or analysing role have no compliance view.
        let refused = app.get("/api/v1/inputs/compliance", &sho).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    })
    .await;
}

#[tokio::test]
async fn bad_inputs_are_refused_with_a_problem_and_nothing_is_issued() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let good = input_to_kundli("restricted", "priority");
        let mut cases: Vec<(Value, StatusCode)> = Vec::new();
        let mut no_targets = good.clone();
        no_targets["targets"] = json!([]);
        cases.push((no_targets, StatusCode::UNPROCESSABLE_ENTITY));
        let mut ghost = good.clone();
        ghost["targets"] = json!([{ "kind": "unit", "unit": crate::support::random_id() }]);
        cases.push((ghost, StatusCode::UNPROCESSABLE_ENTITY));
        let mut unshared = good.clone();
        unshared["marking"] = marking("restricted", own_agency(), false);
        cases.push((unshared, StatusCode::UNPROCESSABLE_ENTITY));
        let mut station_as_district = good.clone();
        station_as_district["targets"] =
            json!([{ "kind": "districts", "districts": [unit_id("PS Kundli")] }]);
        cases.push((station_as_district, StatusCode::UNPROCESSABLE_ENTITY));
        let mut wide = good.clone();
        wide["targets"] = json!([{ "kind": "radius", "centre": { "lat": 28.85, "lon": 77.1 },
            "radius_km": 5000 }]);
        cases.push((wide, StatusCode::UNPROCESSABLE_ENTITY));
        let mut graded = good.clone();
        graded["grading"]["accuracy"] = json!(5);
        cases.push((graded, StatusCode::UNPROCESSABLE_ENTITY));
        let mut blank = good.clone();
        blank["title"] = json!("   ");
        cases.push((blank, StatusCode::UNPROCESSABLE_ENTITY));
        let mut stale = good.clone();
        stale["valid_until"] = json!("2025-06-01T00:00:00Z");
        cases.push((stale, StatusCode::UNPROCESSABLE_ENTITY));
        let mut person = good.clone();
        person["linked"] = json!({ "persons": [crate::support::random_id()] });
        cases.push((person, StatusCode::UNPROCESSABLE_ENTITY));
        let mut extra = good.clone();
        extra["priority"] = json!("high");
        cases.push((extra, StatusCode::UNPROCESSABLE_ENTITY));
        for (body, status) in cases {
            let reply = app.post_json("/api/v1/inputs", &analyst, &body).await;
            assert_eq!(reply.status, status, "{body}: {}", reply.body);
        }
        let officer = app.login("hr.sho.kundli").await;
        let not_an_issuer = app.post_json("/api/v1/inputs", &officer, &good).await;
        assert_eq!(not_an_issuer.status, StatusCode::FORBIDDEN);
        // Nothing was issued.
        let list = app
            .get("/api/v1/inputs?issued_by=own_agency", &analyst)
            .await;
        assert_eq!(list.json()["inputs"], json!([]));
        assert_eq!(inbox(app, &officer).await["items"], json!([]));

        // A bad step changes nothing either.
        let issued = issue(app, &analyst, &good).await;
        let id = issued["input"]["id"].as_str().unwrap();
        let copy = issued["recipients"][0]["id"].as_str().unwrap();
        let steps = steps_path(id, copy);
        let bad_steps = [
            json!({ "action": "flag", "reason": "  " }),
            json!({ "action": "approve" }),
            json!({ "action": "forward", "to": { "kind": "unit", "id": unit_id("PS Alipur") } }),
            json!({ "action": "report_action", "outcome": "other" }),
        ];
        for step in bad_steps {
            let reply = app.post_json(&steps, &officer, &step).await;
            assert!(reply.status.is_client_error(), "{step}: {}", reply.body);
        }
        let board = app
            .get(&format!("/api/v1/inputs/{id}/board"), &analyst)
            .await;
        assert_eq!(board.json()["totals"]["delivered"], 1);
        assert_eq!(board.json()["steps"], json!([]));
    })
    .await;
}
