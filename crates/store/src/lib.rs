//! Samanvay's persistence: one [`Store`] over SQLite (embedded default) or PostgreSQL
//! (production), chosen by the database URL. Both backends run the same queries through
//! `sqlx`'s `Any` driver; each keeps its own migrations (`migrations/sqlite`,
//! `migrations/postgres`) and connection setup (`backend`).
//!
//! Reads are methods on [`Store`]; lists and searches filter with the viewer's visibility
//! predicate ([`visibility`]). Every write is a [`Job`] of [`Change`]s plus the audit events that
//! describe it, committed by one writer task in group commits: a job is answered only when its
//! changes and its audit entries are durable together.

mod apply;
pub mod audit;
mod backend;
mod changes;
mod channels;
mod codec;
mod documents;
mod error;
mod events;
mod inputs;
mod inserts;
mod matching;
mod notifications;
mod org;
pub mod person_links;
mod register;
mod sessions;
mod sharing;
pub mod testing;
mod users;
pub mod visibility;
mod watches;
mod writer;

pub use backend::Backend;
pub use changes::{Change, Committed, Job};
pub use channels::{
    CandidateSearch, ChannelChange, ChannelListing, HistoryPage, MentionHit, MessageSearch,
};
pub use documents::{DocumentHit, DocumentPointer, DocumentQuery};
pub use error::StoreError;
pub use inputs::{
    AttachmentRecord, ComplianceRow, DueEscalation, InboxCounts, InboxItem, InboxQuery,
    InboxReason, InputChange, InputQuery, NewRecipient,
};
pub use person_links::LinkSuggestion;
pub use register::{
    Imported, OrganisationQuery, PersonHit, PersonQuery, PersonResults, RegisterHit, RegisterKind,
    RegisterPointer, RegisterQuery, RegisterResults,
};
pub use sessions::SessionRecord;
pub use users::{Credentials, NewUser};

use sqlx::AnyPool;
use writer::Writer;

/// The database behind Samanvay.
#[derive(Clone)]
pub struct Store {
    /// Connections for reads.
    pool: AnyPool,
    /// The writer's own connection.
    write_pool: AnyPool,
    backend: Backend,
    writer: Writer,
    /// Committed events, published by the writer (see [`Store::subscribe`]).
    bus: events::Bus,
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`), applies pending migrations and
    /// starts the writer.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        let (backend, pools) = backend::connect(url).await?;
        backend.migrate(&pools.writer).await?;
        let bus = events::bus();
        let writer = Writer::start(pools.writer.clone(), backend, bus.clone());
        Ok(Store {
            pool: pools.readers,
            write_pool: pools.writer,
            backend,
            writer,
            bus,
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Commits a job with its audit events; returns once both are durable.
    pub async fn commit(&self, job: Job) -> Result<Committed, StoreError> {
        self.writer.submit(job).await
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Waits for queued writes and closes all connections.
    pub async fn close(&self) {
        self.writer.stop().await;
        self.write_pool.close().await;
        self.pool.close().await;
    }
}
