//! The dispatcher: one task that takes every committed event in seq order — from the store's
//! bus, or from the log when the bus skipped some (a lag, or another process writing to the
//! same database) — renews the viewers an event changes, and hands it to the streams that may
//! receive it.

use crate::push::hub::Hub;
use samanvay_core::event::{Event, EventBody, EventSeq};
use samanvay_store::StoreError;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::broadcast::Receiver;
use tokio::sync::broadcast::error::RecvError;
use tokio::time::MissedTickBehavior;

/// How often the log is read for events the bus did not bring (written by another process).
const POLL: Duration = Duration::from_secs(1);

/// Events read from the log at a time.
const PAGE: i64 = 1_000;

/// Starts dispatching the events committed from now on, closing streams whose session times
/// out, and pruning events older than the retention.
pub async fn start(hub: &Hub) -> Result<(), StoreError> {
    // Subscribe before reading the end of the log, so nothing falls between the two.
    let bus = hub.0.store.subscribe();
    let last = hub.0.store.last_event_seq().await?;
    hub.registry().set_dispatched(last);
    tokio::spawn(run(hub.clone(), bus));
    super::expiry::spawn(hub.clone());
    super::retention::spawn(hub.clone());
    Ok(())
}

async fn run(hub: Hub, mut bus: Receiver<Arc<Event>>) {
    let mut poll = tokio::time::interval(POLL);
    poll.set_missed_tick_behavior(MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            () = hub.0.stopping.notified() => return,
            received = bus.recv() => match received {
                Ok(event) => handle(&hub, &event).await,
                // The next event shows the gap, which is read from the log.
                Err(RecvError::Lagged(missed)) => {
                    tracing::warn!(missed, "push dispatcher fell behind the bus");
                }
                Err(RecvError::Closed) => return,
            },
            _ = poll.tick() => catch_up(&hub, None).await,
        }
    }
}

async fn handle(hub: &Hub, event: &Event) {
    let last = hub.registry().dispatched();
    if event.seq <= last {
        return;
    }
    if event.seq.0 > last.0 + 1 {
        catch_up(hub, Some(event.seq)).await;
    }
    dispatch(hub, event).await;
}

/// Dispatches the logged events after the last one dispatched, up to `before` (or the end).
async fn catch_up(hub: &Hub, before: Option<EventSeq>) {
    loop {
        let last = hub.registry().dispatched();
        let page = match hub.0.store.events_after(last, PAGE).await {
            Ok(page) => page,
            Err(err) => {
                tracing::warn!(error = %err, "push dispatcher could not read the event log");
                return;
            }
        };
        let full = page.len() as i64 == PAGE;
        for event in &page {
            if before.is_some_and(|before| event.seq >= before) {
                return;
            }
            dispatch(hub, event).await;
        }
        if !full {
            return;
        }
    }
}

/// Renews the viewers the event changes, then delivers it: an officer transferred by this
/// event no longer receives the old unit's next event, whatever comes after it.
async fn dispatch(hub: &Hub, event: &Event) {
    let changed = match &event.body {
        EventBody::AccountChanged { user } => hub.streams_of_user(*user),
        EventBody::SharingChanged { agency } => hub.streams_of_agency(*agency),
        _ => Vec::new(),
    };
    for id in changed {
        hub.recheck_as_of(id, event.seq).await;
    }
    hub.registry().deliver(event);
}
