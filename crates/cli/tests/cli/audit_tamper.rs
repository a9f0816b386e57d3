//! `samanvay audit verify` passes on an untouched log and, after someone edits one entry behind
//! the database's back, fails and names that entry.

use crate::support::{Data, Server, get, login, verify_audit};
use reqwest::StatusCode;
use sqlx::{Connection, Row, SqliteConnection};

#[tokio::test]
async fn audit_verify_names_the_entry_that_was_tampered_with() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let data = Data {
        dir: dir.path(),
        database_url: None,
    };
    let server = Server::demo(&data).await;
    let client = reqwest::Client::new();
    let (token, _) = login(&client, &server, "dl.sho.alipur").await;
    let (status, list) = get(&client, &server, "/api/v1/documents?limit=3", &token).await;
    assert_eq!(status, StatusCode::OK);
    for document in list["documents"].as_array().expect("documents") {
        let path = format!("/api/v1/documents/{}", document["id"].as_str().unwrap());
        assert_eq!(get(&client, &server, &path, &token).await.0, StatusCode::OK);
    }
    server.stop().await;

    let (intact, report) = verify_audit(&data).await;
    assert!(intact, "an untouched log fails verification:\n{report}");
    assert!(report.contains("audit log intact"), "{report}");

    let file = dir.path().join("samanvay.db");
    let mut db = SqliteConnection::connect(&format!("sqlite://{}", file.display()))
        .await
        .expect("open the SQLite file");
    let read: i64 = sqlx::query(
        "SELECT seq FROM audit_log WHERE action = 'read' AND actor_name = 'dl.sho.alipur' \
         ORDER BY seq LIMIT 1",
    )
    .fetch_one(&mut db)
    .await
    .expect("the read is in the log")
    .get("seq");
    let tamper = format!("UPDATE audit_log SET detail = 'nothing was read' WHERE seq = {read}");
    assert!(
        sqlx::query(&tamper).execute(&mut db).await.is_err(),
        "the database let an audit entry change"
    );
    sqlx::query("DROP TRIGGER audit_log_no_update")
        .execute(&mut db)
        .await
        .expect("drop the append-only trigger");
    let changed = sqlx::query(&tamper).execute(&mut db).await.expect("tamper");
    assert_eq!(changed.rows_affected(), 1);
    db.close().await.expect("close the SQLite file");

    let (intact, report) = verify_audit(&data).await;
    assert!(!intact, "a tampered log passes verification:\n{report}");
    assert!(report.contains(&format!("at entry {read}:")), "{report}");
}
