//! Scratch databases for tests, so every test (here and in the server's suite) runs against a
//! database of its own on each backend under test.
//!
//! - SQLite: a fresh file in the directory the test gives (usually a `tempfile::TempDir`).
//! - PostgreSQL: a fresh database `samanvay_test_<uuid>` created through the admin URL in
//!   `SAMANVAY_TEST_POSTGRES_URL` (default [`DEFAULT_POSTGRES_ADMIN_URL`]).
//!
//! Call [`ScratchDatabase::cleanup`] after closing the store to drop a PostgreSQL database. If
//! a test panics first, dropping the [`ScratchDatabase`] drops the database on a helper thread
//! (best effort: `DROP DATABASE … WITH (FORCE)` needs PostgreSQL 13 or later).

use crate::{Backend, StoreError};
use sqlx::{Connection, Executor, PgConnection};
use std::path::Path;
use uuid::Uuid;

/// Where PostgreSQL test databases are created unless `SAMANVAY_TEST_POSTGRES_URL` says
/// otherwise.
pub const DEFAULT_POSTGRES_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// The backends the test suites run against: SQLite always, PostgreSQL unless
/// `SAMANVAY_TEST_SKIP_POSTGRES=1`.
pub fn backends_under_test() -> Vec<Backend> {
    let skip_postgres = std::env::var("SAMANVAY_TEST_SKIP_POSTGRES").is_ok_and(|v| v == "1");
    if skip_postgres {
        vec![Backend::Sqlite]
    } else {
        vec![Backend::Sqlite, Backend::Postgres]
    }
}

/// Creates an empty database for one test and returns it; open it with `Store::open(db.url())`.
pub async fn scratch_database(backend: Backend, dir: &Path) -> Result<ScratchDatabase, StoreError> {
    let unique = Uuid::now_v7().simple().to_string();
    match backend {
        Backend::Sqlite => {
            let file = dir.join(format!("samanvay-{unique}.sqlite3"));
            let path = file
                .to_string_lossy()
                .replace('%', "%25")
                .replace('?', "%3F");
            Ok(ScratchDatabase {
                url: format!("sqlite://{path}"),
                backend,
                postgres: None,
            })
        }
        Backend::Postgres => {
            let admin_url = std::env::var("SAMANVAY_TEST_POSTGRES_URL")
                .unwrap_or_else(|_| DEFAULT_POSTGRES_ADMIN_URL.to_string());
            let name = format!("samanvay_test_{unique}");
            let mut admin = PgConnection::connect(&admin_url).await?;
            admin
                .execute(format!("CREATE DATABASE {name}").as_str())
                .await?;
            admin.close().await?;
            Ok(ScratchDatabase {
                url: with_database(&admin_url, &name),
                backend,
                postgres: Some(PostgresScratch { admin_url, name }),
            })
        }
    }
}

/// A database made for one test.
#[derive(Debug)]
pub struct ScratchDatabase {
    url: String,
    backend: Backend,
    /// Set while a PostgreSQL database remains to be dropped.
    postgres: Option<PostgresScratch>,
}

#[derive(Debug)]
struct PostgresScratch {
    admin_url: String,
    name: String,
}

impl ScratchDatabase {
    /// The URL to pass to `Store::open`.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Drops the PostgreSQL database (ending any connection still open to it). The SQLite
    /// file goes with the directory it was made in.
    pub async fn cleanup(mut self) -> Result<(), StoreError> {
        match self.postgres.take() {
            Some(scratch) => scratch.drop_database().await,
            None => Ok(()),
        }
    }
}

impl Drop for ScratchDatabase {
    /// Best effort for tests that ended without `cleanup`: drops the database on a thread of
    /// its own, since `Drop` cannot await (and may run inside a runtime).
    fn drop(&mut self) {
        let Some(scratch) = self.postgres.take() else {
            return;
        };
        let dropper = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            let Ok(runtime) = runtime else { return };
            if let Err(err) = runtime.block_on(scratch.drop_database()) {
                tracing::warn!(error = %err, "could not drop a scratch database");
            }
        });
        let _ = dropper.join();
    }
}

impl PostgresScratch {
    async fn drop_database(&self) -> Result<(), StoreError> {
        let mut admin = PgConnection::connect(&self.admin_url).await?;
        admin
            .execute(format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name).as_str())
            .await?;
        admin.close().await?;
        Ok(())
    }
}

/// The admin URL with its database name replaced, keeping credentials, host and parameters.
fn with_database(admin_url: &str, database: &str) -> String {
    let (base, params) = match admin_url.split_once('?') {
        Some((base, params)) => (base, Some(params)),
        None => (admin_url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let server = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match params {
        Some(params) => format!("{server}/{database}?{params}"),
        None => format!("{server}/{database}"),
    }
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn replaces_the_database_and_keeps_the_rest() {
        assert_eq!(
            with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
            "postgres://postgres@127.0.0.1:5432/t1"
        );
        assert_eq!(
            with_database("postgres://u:p@db:5432/admin?sslmode=disable", "t1"),
            "postgres://u:p@db:5432/t1?sslmode=disable"
        );
        assert_eq!(
            with_database("postgresql://u@db", "t1"),
            "postgresql://u@db/t1"
        );
    }
}
