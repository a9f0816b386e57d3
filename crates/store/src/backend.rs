//! The two backends: how to connect to each and which migrations it runs.

use crate::StoreError;
use sqlx::AnyPool;
use sqlx::Executor;
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;
use std::time::Duration;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(url.to_string()))
        }
    }

    /// The aggregate that joins a column's values with commas.
    pub(crate) fn comma_list(self, column: &str) -> String {
        match self {
            Backend::Sqlite => format!("group_concat({column}, ',')"),
            Backend::Postgres => format!("string_agg({column}, ',')"),
        }
    }

    pub(crate) async fn migrate(self, pool: &AnyPool) -> Result<(), StoreError> {
        let migrator = match self {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(pool).await?;
        Ok(())
    }
}

/// The connections of a store: a pool for reads and one connection for the writer, so the
/// writer never queues behind readers.
pub(crate) struct Pools {
    pub readers: AnyPool,
    pub writer: AnyPool,
}

pub(crate) async fn connect(url: &str) -> Result<(Backend, Pools), StoreError> {
    sqlx::any::install_default_drivers();
    let backend = Backend::from_url(url)?;
    let readers = match backend {
        Backend::Sqlite => 4,
        Backend::Postgres => 16,
    };
    let pools = Pools {
        readers: pool(backend, url, readers).await?,
        writer: pool(backend, url, 1).await?,
    };
    Ok((backend, pools))
}

async fn pool(backend: Backend, url: &str, size: u32) -> Result<AnyPool, StoreError> {
    let options = AnyPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(Duration::from_secs(30))
        // A broken connection surfaces as an error on use; pinging before every use would
        // cost a round trip per query.
        .test_before_acquire(false);
    let pool = match backend {
        Backend::Sqlite => {
            options
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        for pragma in SQLITE_PRAGMAS {
                            conn.execute(*pragma).await?;
                        }
                        Ok(())
                    })
                })
                .connect(&with_create_mode(url))
                .await?
        }
        Backend::Postgres => options.connect(url).await?,
    };
    Ok(pool)
}

/// WAL lets readers run beside the one writer; FULL makes every commit durable. Temporary
/// statement journals stay in memory, and checkpoints run less often than the default. A page
/// cache of 128 MB (the default is 2 MB) holds a large batch's dirty pages until its commit
/// instead of spilling them to the log halfway (a bulk import's indexes touch pages all over).
const SQLITE_PRAGMAS: &[&str] = &[
    "PRAGMA cache_size = -131072",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA wal_autocheckpoint = 10000",
    "PRAGMA mmap_size = 268435456",
];

/// SQLite creates the database file only when asked to.
fn with_create_mode(url: &str) -> String {
    if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}
