//! Closes a stream when its session times out, not at its next ping: once a second the hub's
//! streams are compared with their sessions' deadlines (no database read), and only those past
//! it are looked at again — a session renewed by a request stays open with its new deadline,
//! an ended one is closed with "session ended".

use crate::push::hub::Hub;
use std::time::Duration;
use tokio::time::MissedTickBehavior;

/// How often the deadlines are compared with the clock.
const SWEEP: Duration = Duration::from_secs(1);

pub(crate) fn spawn(hub: Hub) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(SWEEP);
        tick.set_missed_tick_behavior(MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                () = hub.0.stopping.notified() => return,
                _ = tick.tick() => {
                    for id in hub.past_deadline(hub.0.clock.now()) {
                        hub.recheck(id).await;
                    }
                }
            }
        }
    });
}
