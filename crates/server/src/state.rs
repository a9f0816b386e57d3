//! What every handler shares: the store, the clock, the configuration, the access table, the
//! metrics, and the audit helpers.

use crate::auth::{AccessTable, SignedIn};
use crate::config::Config;
use crate::error::ApiResult;
use crate::matching::PersonMatcher;
use crate::metrics::Metrics;
use samanvay_core::AgencyId;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordRef};
use samanvay_core::clock::Clock;
use samanvay_store::{Job, Store};
use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Arc, Mutex};
use time::OffsetDateTime;

#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub store: Store,
    /// Every current person, indexed for name search and duplicate checks.
    pub matcher: PersonMatcher,
    /// Open live streams and the dispatcher that feeds them.
    pub push: crate::push::Hub,
    pub clock: Arc<dyn Clock>,
    pub config: Config,
    pub access: AccessTable,
    pub metrics: Metrics,
    /// Failed logins for usernames that do not exist, counted like real ones so that the
    /// answers for unknown and known users cannot be told apart: the count, and the time of
    /// the first failure (of the lock, once locked).
    pub phantom_failures: Mutex<HashMap<String, (i64, OffsetDateTime)>>,
    /// A real hash to verify against when the username is unknown, so timing matches.
    pub dummy_hash: String,
}

impl Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }

    /// Records events and returns once they are durable.
    pub async fn audit(&self, events: Vec<AuditEvent>) -> ApiResult<()> {
        if !events.is_empty() {
            let job = Job::audit_only(self.clock.now(), events);
            self.store.commit(job).await?;
        }
        Ok(())
    }
}

/// An audit event by a signed-in user.
pub fn event_by(
    who: &SignedIn,
    action: AuditAction,
    record: Option<RecordRef>,
    owner: Option<AgencyId>,
    detail: impl Into<String>,
) -> AuditEvent {
    AuditEvent {
        actor: Some(who.user.id),
        actor_agency: Some(who.user.agency),
        actor_name: Some(who.user.username.clone()),
        action,
        record,
        record_owner: owner,
        source: who.source.clone(),
        detail: detail.into(),
    }
}
