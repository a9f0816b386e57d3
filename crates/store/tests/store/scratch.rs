//! The scratch-database helper that this suite and the server's share.

use samanvay_store::testing::{DEFAULT_POSTGRES_ADMIN_URL, backends_under_test, scratch_database};
use samanvay_store::{Backend, Store};
use sqlx::{Connection, PgConnection, Row};

#[tokio::test]
async fn scratch_postgres_databases_are_dropped_with_or_without_cleanup() {
    if !backends_under_test().contains(&Backend::Postgres) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cleaned = scratch_database(Backend::Postgres, dir.path())
        .await
        .unwrap();
    let abandoned = scratch_database(Backend::Postgres, dir.path())
        .await
        .unwrap();
    assert_ne!(cleaned.url(), abandoned.url());
    let names = [database_name(cleaned.url()), database_name(abandoned.url())];
    let store = Store::open(abandoned.url()).await.unwrap();
    assert!(store.ping().await);
    assert_eq!(existing(&names).await, 2);

    cleaned.cleanup().await.unwrap();
    // As after a failed assertion: the store is still connected when the database goes.
    drop(abandoned);
    assert_eq!(existing(&names).await, 0);
    drop(store);
}

#[tokio::test]
async fn a_scratch_sqlite_database_is_a_new_file_in_the_given_directory() {
    let dir = tempfile::tempdir().unwrap();
    let scratch = scratch_database(Backend::Sqlite, dir.path()).await.unwrap();
    assert!(scratch.url().starts_with("sqlite://"));
    let store = Store::open(scratch.url()).await.unwrap();
    assert_eq!(store.backend(), Backend::Sqlite);
    store.close().await;
    let file = std::path::Path::new(scratch.url().trim_start_matches("sqlite://"));
    assert!(file.starts_with(dir.path()) && file.is_file(), "{file:?}");
    scratch.cleanup().await.unwrap();
}

fn database_name(url: &str) -> String {
    url.rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

async fn existing(names: &[String]) -> i64 {
    let admin = std::env::var("SAMANVAY_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| DEFAULT_POSTGRES_ADMIN_URL.to_string());
    let mut conn = PgConnection::connect(&admin).await.unwrap();
    let mut count = 0;
    for name in names {
        let row = sqlx::query("SELECT count(*) AS n FROM pg_database WHERE datname = $1")
            .bind(name)
            .fetch_one(&mut conn)
            .await
            .unwrap();
        count += row.get::<i64, _>("n");
    }
    count
}
