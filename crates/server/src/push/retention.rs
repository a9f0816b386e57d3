//! How long the event log keeps events for resuming: [`EVENT_RETENTION_DAYS`]. Once an hour the
//! older ones are deleted (never the last, from which numbering continues). A client resuming
//! from before the oldest kept event is told to reload (410) instead of being handed a stream
//! with a silent gap.

use crate::push::hub::Hub;
use std::time::Duration;
use tokio::time::MissedTickBehavior;

/// Days an event stays in the log after its commit.
pub const EVENT_RETENTION_DAYS: i64 = 7;

/// How often old events are deleted.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);

pub(crate) fn spawn(hub: Hub) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(PRUNE_EVERY);
        tick.set_missed_tick_behavior(MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                () = hub.0.stopping.notified() => return,
                _ = tick.tick() => {
                    let before = hub.0.clock.now() - time::Duration::days(EVENT_RETENTION_DAYS);
                    match hub.0.store.prune_events(before).await {
                        Ok(0) => {}
                        Ok(deleted) => tracing::info!(deleted, "pruned events older than the retention"),
                        Err(err) => tracing::warn!(error = %err, "pruning old events failed; will retry"),
                    }
                }
            }
        }
    });
}
