//! Import and export of the register: a file's valid rows imported as a job the UI can follow,
//! every bad row reported with its line, the same file again changing nothing, the job's report
//! only for its owner, and an export of exactly what the viewer may see that imports again
//! unchanged.

use crate::support::{TestApp, on_every_backend};
use reqwest::{Method, StatusCode};
use serde_json::Value;
use std::time::Duration;

const PERSONS_CSV: &str = "external_ref,name,father_name,gender,identifiers,statuses,cases,district,address,height_cm,marks,threat_level,pointer\n\
MRT-101,Mohd. Salim @ Kalia,Yaqub,male,\"mobile:+91 98111-22334; vehicle:UP 15 AB 1234\",\"wanted (2024-06-01, SSP Meerut)\",\"Lisari Gate FIR 112/2023 u/s BNS 103, Arms Act 25\",Meerut,Lisari Gate,170,scar: left cheek,high,\n\
MRT-102,राजेश कुमार उर्फ़ राजू,,male,mobile:12345,,,,,,,,\n\
MRT-103,Sunil Rathi,,,,proclaimed_offender,,Baghpat,Tikri,,,medium,yes\n\
MRT-104,,,,,,,,,,,,\n\
MRT-101,Someone Else,,,,,,,,,,,\n";

async fn start(
    app: &TestApp,
    token: &str,
    query: &[(&str, &str)],
    content_type: &str,
    body: &str,
) -> crate::support::Reply {
    app.send(
        app.request(Method::POST, "/api/v1/register/imports")
            .query(query)
            .header("content-type", content_type)
            .body(body.to_string())
            .bearer_auth(token),
    )
    .await
}

/// Starts an import and waits for it to finish; returns the final report.
async fn import(
    app: &TestApp,
    token: &str,
    query: &[(&str, &str)],
    content_type: &str,
    body: &str,
) -> Value {
    let reply = start(app, token, query, content_type, body).await;
    reply.expect(StatusCode::ACCEPTED, "start an import");
    let id = reply.json()["id"].as_str().unwrap().to_string();
    for _ in 0..400 {
        let status = app
            .get(&format!("/api/v1/register/imports/{id}"), token)
            .await;
        status.expect(StatusCode::OK, "import status");
        let report = status.json();
        if report["state"] != "running" {
            return report;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the import did not finish");
}

async fn export(app: &TestApp, token: &str, kind: &str, format: &str) -> String {
    let reply = app
        .send(
            app.request(Method::GET, "/api/v1/register/export")
                .query(&[("kind", kind), ("format", format)])
                .bearer_auth(token),
        )
        .await;
    reply.expect(StatusCode::OK, "export");
    reply.body
}

fn search_text(found: &Value) -> String {
    found.to_string()
}

#[tokio::test]
async fn a_csv_import_takes_the_valid_rows_reports_the_bad_ones_and_is_idempotent() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let report = import(
            app,
            &analyst,
            &[("classification", "restricted")],
            "text/csv",
            PERSONS_CSV,
        )
        .await;
        assert_eq!(report["state"], "done", "{report}");
        assert_eq!(report["rows_total"], 5);
        assert_eq!(report["rows_read"], 5);
        assert_eq!(report["created"], 2, "{report}");
        assert_eq!(report["failed"], 3, "{report}");
        let errors = report["errors"].as_array().unwrap();
        let lines: Vec<u64> = errors.iter().map(|e| e["line"].as_u64().unwrap()).collect();
        assert_eq!(lines, vec![3, 5, 6], "{report}");
        assert!(
            errors[0]["reason"]
                .as_str()
                .unwrap()
                .starts_with("identifier mobile:12345"),
            "{report}"
        );
        assert!(
            errors[1]["reason"]
                .as_str()
                .unwrap()
                .contains("needs a name"),
            "{report}"
        );
        assert!(
            errors[2]["reason"]
                .as_str()
                .unwrap()
                .contains("repeats line 2"),
            "{report}"
        );
        assert!(report["clusters"].as_array().unwrap().is_empty());

        let found = app
            .get("/api/v1/register/search?q=9811122334", &analyst)
            .await
            .json();
        assert_eq!(
            found["hits"][0]["person"]["names"][1]["text"], "Kalia",
            "{found}"
        );
        assert_eq!(found["hits"][0]["person"]["relative"]["name"], "Yaqub");
        assert_eq!(found["hits"][0]["person"]["description"]["height_cm"], 170);

        let again = import(
            app,
            &analyst,
            &[("classification", "restricted")],
            "text/csv",
            PERSONS_CSV,
        )
        .await;
        assert_eq!(again["created"], 0, "{again}");
        assert_eq!(again["unchanged"], 2, "{again}");
        assert_eq!(again["failed"], 3);

        let changed = PERSONS_CSV.replace("Sunil Rathi", "Sunil Rathee");
        let changed = import(
            app,
            &analyst,
            &[("format", "csv")],
            "application/octet-stream",
            &changed,
        )
        .await;
        assert_eq!(changed["updated"], 1, "{changed}");
        assert_eq!(changed["unchanged"], 1, "{changed}");
        let found = app
            .get("/api/v1/register/search?q=Sunil%20Rathee", &analyst)
            .await
            .json();
        assert_eq!(found["hits"][0]["person"]["version"], 2, "{found}");
    })
    .await;
}

#[tokio::test]
async fn another_agency_cannot_read_the_job_nor_find_the_restricted_records_it_made() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let outsider = app.login("ib.analyst").await;
        let delhi_admin = app.login("dl.admin").await;
        let report = import(app, &analyst, &[], "text/csv", PERSONS_CSV).await;
        let path = format!(
            "/api/v1/register/imports/{}",
            report["id"].as_str().unwrap()
        );
        let hidden = app.get(&path, &outsider).await;
        hidden.expect(StatusCode::NOT_FOUND, "another agency's job");
        assert!(!hidden.body.contains("MRT"));
        app.get(&path, &delhi_admin)
            .await
            .expect(StatusCode::OK, "the agency's admin");
        app.get(
            "/api/v1/register/imports/0190a0b0-0000-7000-8000-000000000000",
            &analyst,
        )
        .await
        .expect(StatusCode::NOT_FOUND, "no such job");

        for q in ["Mohd Salim", "9811122334", "Sunil Rathi"] {
            let found = app
                .send(
                    app.request(Method::GET, "/api/v1/register/search")
                        .query(&[("q", q)])
                        .bearer_auth(&outsider),
                )
                .await
                .json();
            let text = search_text(&found);
            assert!(
                !text.contains("Salim") && !text.contains("Rathi"),
                "{q}: {found}"
            );
        }
        // Sunil Rathi's row allowed a pointer.
        let found = app
            .get("/api/v1/register/search?q=Sunil%20Rathi", &outsider)
            .await
            .json();
        assert_eq!(found["pointers"].as_array().unwrap().len(), 1, "{found}");

        let exported = export(app, &outsider, "persons", "jsonl").await;
        assert!(
            !exported.contains("Salim") && !exported.contains("Rathi"),
            "outsider export"
        );
    })
    .await;
}

#[tokio::test]
async fn a_bad_file_is_refused_whole_and_nothing_changes() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        let before = export(app, &analyst, "persons", "jsonl").await;
        // (query, content type, body, status, what the problem says)
        type BadFile<'a> = (
            &'a [(&'a str, &'a str)],
            &'a str,
            &'a str,
            StatusCode,
            &'a str,
        );
        let cases: Vec<BadFile> = vec![
            (
                &[],
                "text/csv",
                "external_ref,nmae\nX,Y\n",
                StatusCode::UNPROCESSABLE_ENTITY,
                "unknown column \"nmae\"",
            ),
            (
                &[],
                "text/csv",
                "name\nY\n",
                StatusCode::UNPROCESSABLE_ENTITY,
                "no external_ref column",
            ),
            (
                &[],
                "text/plain",
                "{}",
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "text/csv",
            ),
            (
                &[("classification", "top_secret")],
                "text/csv",
                PERSONS_CSV,
                StatusCode::BAD_REQUEST,
                "",
            ),
            (
                &[("distribution", "agencies"), ("share_with", "XX")],
                "text/csv",
                PERSONS_CSV,
                StatusCode::UNPROCESSABLE_ENTITY,
                "no agency \"XX\"",
            ),
        ];
        for (query, content_type, body, status, says) in cases {
            let reply = start(app, &analyst, query, content_type, body).await;
            reply.expect(status, &format!("{query:?} {body}"));
            assert!(
                reply.json()["detail"].as_str().unwrap().contains(says),
                "{}",
                reply.body
            );
        }
        let reply = app
            .send(
                app.request(Method::POST, "/api/v1/register/imports")
                    .header("content-type", "text/csv")
                    .body(vec![b'a', 0xff, b'\n'])
                    .bearer_auth(&analyst),
            )
            .await;
        reply.expect(StatusCode::UNPROCESSABLE_ENTITY, "not UTF-8");
        let officer = app.login("up.sho.loni").await;
        start(app, &officer, &[], "text/csv", PERSONS_CSV)
            .await
            .expect(StatusCode::FORBIDDEN, "an officer without the analyst role");
        assert_eq!(
            export(app, &analyst, "persons", "jsonl").await,
            before,
            "nothing changed"
        );
    })
    .await;
}

#[tokio::test]
async fn an_export_imports_again_unchanged_in_either_format() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        import(app, &analyst, &[("pointer", "true")], "text/csv", PERSONS_CSV).await;
        let orgs = "{\"external_ref\":\"G-1\",\"kind\":\"gang\",\"names\":\"Kalia gang @ कालिया गिरोह\"}\n";
        let report = import(app, &analyst, &[("kind", "organisations")], "application/x-ndjson", orgs).await;
        assert_eq!(report["created"], 1, "{report}");
        let with_gang = "external_ref,name,gang\nMRT-201,Ramesh Kalia,G-1\nMRT-202,Ghanshyam,G-404\n";
        let report = import(app, &analyst, &[], "text/csv", with_gang).await;
        assert_eq!(report["created"], 1, "{report}");
        assert!(report["errors"][0]["reason"].as_str().unwrap().contains("gang \"G-404\""), "{report}");

        for (kind, format) in [("persons", "jsonl"), ("persons", "csv"), ("organisations", "csv"), ("organisations", "jsonl")] {
            let file = export(app, &analyst, kind, format).await;
            assert!(file.contains("MRT-101") || kind == "organisations", "{file}");
            let content_type = if format == "csv" { "text/csv" } else { "application/x-ndjson" };
            let report = import(app, &analyst, &[("kind", kind)], content_type, &file).await;
            assert_eq!(report["created"], 0, "{kind} {format}: {report}");
            assert_eq!(report["updated"], 0, "{kind} {format}: {report}");
            for error in report["errors"].as_array().unwrap() {
                let reason = error["reason"].as_str().unwrap();
                assert!(reason.contains("another agency holds"), "{kind} {format}: {reason}");
            }
            assert!(report["unchanged"].as_u64().unwrap() > 0);
        }
        let audit = app.get("/api/v1/audit", &app.login("up.auditor").await).await;
        assert_eq!(audit.status, StatusCode::OK);
    })
    .await;
}

/// A made-up word for `n`: its digits in base 20 as syllables.
fn word(mut n: usize) -> String {
    const SYLLABLES: [&str; 20] = [
        "ka", "ro", "mi", "tu", "sa", "ve", "lo", "di", "pa", "ne", "gu", "ha", "ji", "bo", "ru",
        "te", "ya", "zo", "fi", "chu",
    ];
    let mut word = String::from("Z");
    loop {
        word.push_str(SYLLABLES[n % 20]);
        n /= 20;
        if n == 0 {
            return word;
        }
    }
}

/// Waits longer than `import` does: a file of several batches.
async fn import_large(app: &TestApp, token: &str, body: &str) -> Value {
    let reply = start(app, token, &[], "text/csv", body).await;
    reply.expect(StatusCode::ACCEPTED, "start an import");
    let id = reply.json()["id"].as_str().unwrap().to_string();
    for _ in 0..2400 {
        let report = app
            .get(&format!("/api/v1/register/imports/{id}"), token)
            .await
            .json();
        if report["state"] != "running" {
            return report;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the import did not finish");
}

#[tokio::test]
async fn a_file_of_several_batches_loses_no_row_and_reports_bad_ones_by_line() {
    on_every_backend(async |app| {
        let analyst = app.login("dl.analyst").await;
        // 8,100 rows: two full batches and part of a third, a bad row in the second and the
        // third. Line 1 is the header, so row n is on line n + 1.
        let mut csv = String::from("external_ref,name,father_name,gender,identifiers\n");
        for n in 1..=8_100 {
            let phone = if n == 4_999 {
                "mobile:12345".to_string()
            } else {
                format!("mobile:98{n:08}")
            };
            // Names of made-up words, so the rows are strangers to each other.
            let name = if n == 8_049 {
                String::new()
            } else {
                format!("{} {}", word(n), word(n * 7 + 3))
            };
            let father = word(n * 13 + 5);
            csv.push_str(&format!("B-{n},{name},{father},male,{phone}\n"));
        }
        let report = import_large(app, &analyst, &csv).await;
        assert_eq!(report["state"], "done", "{}", report["error"]);
        assert_eq!(report["rows_total"], 8_100);
        assert_eq!(report["rows_read"], 8_100);
        assert_eq!(report["created"], 8_098);
        assert_eq!(report["failed"], 2);
        let lines: Vec<i64> = report["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["line"].as_i64().unwrap())
            .collect();
        assert_eq!(lines, vec![5_000, 8_050]);

        // Again: nothing changes, the same two rows are refused.
        let again = import_large(app, &analyst, &csv).await;
        assert_eq!(again["unchanged"], 8_098, "{again}");
        assert_eq!(again["created"], 0);
        assert_eq!(again["updated"], 0);
        assert_eq!(again["failed"], 2);

        // Every stored row is exported, each once.
        let exported = export(app, &analyst, "persons", "csv").await;
        let bulk = exported.lines().filter(|l| l.starts_with("B-")).count();
        assert_eq!(bulk, 8_098);
    })
    .await;
}
