//! The hub: every open stream, who is behind it (its viewer, kept current), and how events
//! reach it. Lookups by user and by unit keep delivery to a thousand units a matter of map
//! reads; no database query is made per event and stream.

use crate::push::frame::{Outgoing, admits};
use prometheus_client::metrics::gauge::Gauge;
use samanvay_core::clock::Clock;
use samanvay_core::event::Audience;
use samanvay_core::event::{Event, EventSeq};
use samanvay_core::user::AccountStatus;
use samanvay_core::{AgencyId, UnitId, UserId, Viewer};
use samanvay_store::Store;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use time::OffsetDateTime;
use tokio::sync::{Notify, mpsc};

/// Frames a stream may have queued before it is told it lagged and reads on from the log.
const OUTBOX: usize = 64;

/// Identifies one open stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct StreamId(u64);

/// The open streams and the dispatcher that feeds them.
#[derive(Clone)]
pub struct Hub(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    /// How long a session lives without requests.
    pub idle: time::Duration,
    registry: Mutex<Registry>,
    next_id: AtomicU64,
    /// Woken when the server shuts down.
    pub stopping: Notify,
}

#[derive(Default)]
pub(crate) struct Registry {
    streams: HashMap<StreamId, Entry>,
    by_user: HashMap<UserId, Vec<StreamId>>,
    by_unit: HashMap<UnitId, Vec<StreamId>>,
    /// The last event the dispatcher handed out: a new stream receives live everything after.
    dispatched: EventSeq,
    closed: bool,
    /// How many streams are open, for `/metrics`.
    open: Gauge,
}

struct Entry {
    viewer: Viewer,
    /// The viewer reflects every event up to this one: a slower look at the session that
    /// started earlier never overwrites a newer one.
    as_of: EventSeq,
    token_hash: String,
    /// When its session ends unless a request renews it: the expiry sweep looks again then.
    deadline: OffsetDateTime,
    outbox: mpsc::Sender<Outgoing>,
    signal: Arc<Signal>,
}

/// What the hub tells a stream besides events.
#[derive(Default)]
pub(crate) struct Signal {
    /// Its outbox was full and an event was dropped: read on from the log.
    pub lagged: AtomicBool,
    /// The server is stopping (rather than the session ending).
    pub going_away: AtomicBool,
    pub wake: Notify,
}

/// A stream's place in the hub; leaving it (dropping this) removes the stream.
pub(crate) struct Subscription {
    pub id: StreamId,
    pub outbox: mpsc::Receiver<Outgoing>,
    pub signal: Arc<Signal>,
    /// Events after this reach the outbox; those up to it are in the log.
    pub start: EventSeq,
    /// When the session would end unless a request renews it.
    pub deadline: OffsetDateTime,
    hub: Hub,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.hub.registry().remove(self.id);
    }
}

/// A session that is still live: its viewer, and when it ends unless renewed.
pub(crate) struct LiveSession {
    pub viewer: Viewer,
    pub deadline: OffsetDateTime,
}

impl Hub {
    /// A hub that counts its open streams in `open`.
    pub fn new(store: Store, clock: Arc<dyn Clock>, idle: time::Duration, open: Gauge) -> Hub {
        Hub(Arc::new(Inner {
            store,
            clock,
            idle,
            registry: Mutex::new(Registry {
                open,
                ..Registry::default()
            }),
            next_id: AtomicU64::new(1),
            stopping: Notify::new(),
        }))
    }

    /// How many streams are open.
    pub fn open_streams(&self) -> usize {
        self.registry().streams.len()
    }

    /// Closes every stream (with "going away") and refuses new ones.
    pub fn shut_down(&self) {
        let mut registry = self.registry();
        registry.closed = true;
        for entry in registry.streams.values() {
            entry.signal.going_away.store(true, Ordering::SeqCst);
        }
        registry.streams.clear();
        registry.by_user.clear();
        registry.by_unit.clear();
        registry.open.set(0);
        drop(registry);
        self.0.stopping.notify_waiters();
        self.0.stopping.notify_one();
    }

    /// Opens a stream for a live session; `None` when the session has ended or the server is
    /// stopping.
    pub(crate) async fn subscribe(&self, token_hash: &str) -> Option<Subscription> {
        let as_of = self.registry().dispatched;
        let live = self.live_session(token_hash).await?;
        let id = StreamId(self.0.next_id.fetch_add(1, Ordering::Relaxed));
        let (sender, outbox) = mpsc::channel(OUTBOX);
        let signal = Arc::new(Signal::default());
        let entry = Entry {
            viewer: live.viewer,
            as_of,
            token_hash: token_hash.to_string(),
            deadline: live.deadline,
            outbox: sender,
            signal: signal.clone(),
        };
        let start = self.register(id, entry)?;
        let mut subscription = Subscription {
            id,
            outbox,
            signal,
            start,
            deadline: live.deadline,
            hub: self.clone(),
        };
        // An account change dispatched while the session was being read passed this stream
        // by: look again, now that later ones will find it.
        if start > as_of {
            subscription.deadline = self.recheck(id).await?;
        }
        Some(subscription)
    }

    /// Adds a stream; returns the last event dispatched before it (`None` when stopping).
    fn register(&self, id: StreamId, entry: Entry) -> Option<EventSeq> {
        let mut registry = self.registry();
        if registry.closed {
            return None;
        }
        registry.insert(id, entry);
        Some(registry.dispatched)
    }

    /// Whether the stream, as its viewer is now, may receive the event (false once closed).
    pub(crate) fn admits(&self, id: StreamId, event: &Event) -> bool {
        let registry = self.registry();
        registry
            .streams
            .get(&id)
            .is_some_and(|entry| admits(&entry.viewer, event))
    }

    /// Looks at the stream's session again: renews its viewer and returns its new deadline, or
    /// closes the stream when the session has ended.
    pub(crate) async fn recheck(&self, id: StreamId) -> Option<OffsetDateTime> {
        let as_of = self.registry().dispatched;
        self.recheck_as_of(id, as_of).await
    }

    /// Like [`Hub::recheck`], for a look that reflects every event up to `as_of` (the
    /// dispatcher's, for the account event it is handling).
    pub(crate) async fn recheck_as_of(
        &self,
        id: StreamId,
        as_of: EventSeq,
    ) -> Option<OffsetDateTime> {
        let token_hash = {
            let registry = self.registry();
            registry.streams.get(&id)?.token_hash.clone()
        };
        let live = self.live_session(&token_hash).await;
        let mut registry = self.registry();
        match live {
            Some(live) => {
                registry.set_deadline(id, live.deadline);
                registry.set_viewer(id, live.viewer, as_of);
                Some(live.deadline)
            }
            None => {
                registry.remove(id);
                None
            }
        }
    }

    /// The session behind a token hash if it is live: it exists, its account is active, and
    /// neither its absolute end nor its idle timeout has passed. A failing database counts as
    /// ended: a stream that cannot be checked is closed.
    async fn live_session(&self, token_hash: &str) -> Option<LiveSession> {
        let found = match self.0.store.session_with_viewer(token_hash).await {
            Ok(found) => found?,
            Err(err) => {
                tracing::warn!(error = %err, "a stream's session could not be checked");
                return None;
            }
        };
        let (session, user, viewer) = found;
        let deadline = session.expires_at.min(session.last_seen_at + self.0.idle);
        let live = user.status == AccountStatus::Active && self.0.clock.now() < deadline;
        live.then_some(LiveSession { viewer, deadline })
    }

    pub(crate) fn registry(&self) -> MutexGuard<'_, Registry> {
        // A panic while holding the lock leaves only maps behind; they stay usable.
        self.0
            .registry
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The streams whose session's deadline has passed by `now`: each is looked at again (and
    /// closed if its session has ended) at once, not at its next ping.
    pub(crate) fn past_deadline(&self, now: OffsetDateTime) -> Vec<StreamId> {
        let registry = self.registry();
        registry
            .streams
            .iter()
            .filter(|(_, entry)| entry.deadline <= now)
            .map(|(id, _)| *id)
            .collect()
    }

    /// The streams of a user.
    pub(crate) fn streams_of_user(&self, user: UserId) -> Vec<StreamId> {
        let registry = self.registry();
        registry.by_user.get(&user).cloned().unwrap_or_default()
    }

    /// The streams of every user of an agency.
    pub(crate) fn streams_of_agency(&self, agency: AgencyId) -> Vec<StreamId> {
        let registry = self.registry();
        registry
            .streams
            .iter()
            .filter(|(_, entry)| entry.viewer.agency == agency)
            .map(|(id, _)| *id)
            .collect()
    }
}

impl Registry {
    fn insert(&mut self, id: StreamId, entry: Entry) {
        self.by_user.entry(entry.viewer.user).or_default().push(id);
        self.by_unit.entry(entry.viewer.unit).or_default().push(id);
        self.streams.insert(id, entry);
        self.open.set(self.streams.len() as i64);
    }

    /// Removes a stream; dropping its outbox sender ends the stream's task.
    pub(crate) fn remove(&mut self, id: StreamId) {
        if let Some(entry) = self.streams.remove(&id) {
            unlink(&mut self.by_user, entry.viewer.user, id);
            unlink(&mut self.by_unit, entry.viewer.unit, id);
            self.open.set(self.streams.len() as i64);
        }
    }

    /// When a stream's session ends now (a later look may find it renewed).
    pub(crate) fn set_deadline(&mut self, id: StreamId, deadline: OffsetDateTime) {
        if let Some(entry) = self.streams.get_mut(&id) {
            entry.deadline = deadline;
        }
    }

    /// A stream's renewed viewer, unless a newer one is already set; a transfer moves it to
    /// its new unit.
    pub(crate) fn set_viewer(&mut self, id: StreamId, viewer: Viewer, as_of: EventSeq) {
        let Some(entry) = self.streams.get_mut(&id) else {
            return;
        };
        if as_of < entry.as_of {
            return;
        }
        entry.as_of = as_of;
        let old_unit = entry.viewer.unit;
        entry.viewer = viewer;
        let new_unit = entry.viewer.unit;
        if old_unit != new_unit {
            unlink(&mut self.by_unit, old_unit, id);
            self.by_unit.entry(new_unit).or_default().push(id);
        }
    }

    /// Hands an event to every stream in its audience that the gate admits. A stream whose
    /// outbox is full is told it lagged; it reads the event from the log.
    pub(crate) fn deliver(&mut self, event: &Event) {
        let targets: Vec<StreamId> = match &event.audience {
            Audience::Users(users) => users
                .iter()
                .filter_map(|u| self.by_user.get(u))
                .flatten()
                .copied()
                .collect(),
            Audience::Units(units) => units
                .iter()
                .filter_map(|u| self.by_unit.get(u))
                .flatten()
                .copied()
                .collect(),
            Audience::Members { users, units } => users
                .iter()
                .filter_map(|u| self.by_user.get(u))
                .chain(units.iter().filter_map(|u| self.by_unit.get(u)))
                .flatten()
                .copied()
                .collect(),
        };
        let mut targets = targets;
        // One frame per stream, even if the audience names a user or a unit twice.
        targets.sort_unstable();
        targets.dedup();
        let mut frame = None;
        for id in targets {
            let Some(entry) = self.streams.get(&id) else {
                continue;
            };
            if !admits(&entry.viewer, event) {
                continue;
            }
            let frame = frame.get_or_insert_with(|| Outgoing::of(event));
            if entry.outbox.try_send(frame.clone()).is_err() {
                entry.signal.lagged.store(true, Ordering::SeqCst);
                entry.signal.wake.notify_one();
            }
        }
        self.dispatched = self.dispatched.max(event.seq);
    }

    pub(crate) fn dispatched(&self) -> EventSeq {
        self.dispatched
    }

    pub(crate) fn set_dispatched(&mut self, seq: EventSeq) {
        self.dispatched = self.dispatched.max(seq);
    }
}

fn unlink<K: std::hash::Hash + Eq>(index: &mut HashMap<K, Vec<StreamId>>, key: K, id: StreamId) {
    if let Some(ids) = index.get_mut(&key) {
        ids.retain(|other| *other != id);
        if ids.is_empty() {
            index.remove(&key);
        }
    }
}
