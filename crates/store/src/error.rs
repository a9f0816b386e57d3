use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A unique key already holds this value (a username taken, a record already stored).
    #[error("already exists: {0}")]
    Conflict(String),
    /// A change named a record that does not exist (or no longer matches).
    #[error("not found: {0}")]
    NotFound(String),
    /// A stored value that this version cannot read.
    #[error("unreadable stored value: {0}")]
    Corrupt(String),
    /// The transaction holding this job could not be committed; nothing of it was stored.
    #[error("commit failed: {0}")]
    Commit(String),
    #[error("the writer has stopped")]
    WriterStopped,
}

impl StoreError {
    /// Maps constraint violations to [`StoreError::Conflict`], keeping other errors.
    pub(crate) fn from_write(err: sqlx::Error) -> StoreError {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                StoreError::Conflict(db.message().to_string())
            }
            _ => StoreError::Database(err),
        }
    }
}
