//! One open stream: replays what the client missed, then sends live events as the hub hands
//! them over, never one twice and never with a gap; pings to keep the connection open; closes
//! when the session ends.

use crate::push::frame::Outgoing;
use crate::push::hub::{Hub, Subscription};
use axum::extract::ws::{CloseFrame, Message, WebSocket};
use samanvay_core::event::EventSeq;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::time::MissedTickBehavior;

/// How often an idle stream is pinged (and, as a fallback to the expiry sweep, its session's
/// deadline looked at).
const KEEPALIVE: Duration = Duration::from_secs(20);

/// Events read from the log at a time while catching up.
const REPLAY_PAGE: i64 = 500;

/// Close code for a session that ended (logout, timeout, account disabled or locked).
pub const SESSION_ENDED: u16 = 4001;
/// Close code when the server stops ("going away").
pub const GOING_AWAY: u16 = 1001;

/// Serves the stream until the client leaves, the session ends or the server stops.
pub(crate) async fn serve(
    mut socket: WebSocket,
    hub: Hub,
    mut sub: Subscription,
    after: Option<EventSeq>,
) {
    let mut sent = sub.start;
    if let Some(after) = after {
        sent = after;
        if replay(&mut socket, &hub, &sub, &mut sent).await.is_err() {
            return;
        }
    }
    let mut keepalive =
        tokio::time::interval_at(tokio::time::Instant::now() + KEEPALIVE, KEEPALIVE);
    keepalive.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        if sub.signal.lagged.swap(false, Ordering::SeqCst) {
            // Whatever is queued is also in the log, in order.
            while sub.outbox.try_recv().is_ok() {}
            if replay(&mut socket, &hub, &sub, &mut sent).await.is_err() {
                return;
            }
        }
        tokio::select! {
            next = sub.outbox.recv() => match next {
                Some(frame) => {
                    if frame.seq > sent {
                        if send(&mut socket, &frame).await.is_err() {
                            return;
                        }
                        sent = frame.seq;
                    }
                }
                None => {
                    let going_away = sub.signal.going_away.load(Ordering::SeqCst);
                    close(socket, going_away).await;
                    return;
                }
            },
            () = sub.signal.wake.notified() => {}
            message = socket.recv() => match message {
                // Pings are answered by the WebSocket layer; clients have nothing to say.
                Some(Ok(Message::Close(_)) | Err(_)) | None => return,
                Some(Ok(_)) => {}
            },
            _ = keepalive.tick() => {
                if hub.0.clock.now() >= sub.deadline {
                    match hub.recheck(sub.id).await {
                        Some(deadline) => sub.deadline = deadline,
                        // The outbox is closed now; the next turn says goodbye.
                        None => continue,
                    }
                }
                if socket.send(Message::Ping(Default::default())).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// Sends the logged events after `sent` that this stream may receive, up to the end of the
/// log; live frames queued meanwhile are skipped by their seq.
async fn replay(
    socket: &mut WebSocket,
    hub: &Hub,
    sub: &Subscription,
    sent: &mut EventSeq,
) -> Result<(), ()> {
    loop {
        let page = match hub.0.store.events_after(*sent, REPLAY_PAGE).await {
            Ok(page) => page,
            Err(err) => {
                tracing::warn!(error = %err, "a stream could not read the event log");
                return Err(());
            }
        };
        let full = page.len() as i64 == REPLAY_PAGE;
        for event in &page {
            if hub.admits(sub.id, event) {
                send(socket, &Outgoing::of(event)).await?;
            }
            *sent = event.seq;
        }
        if !full {
            return Ok(());
        }
    }
}

async fn send(socket: &mut WebSocket, frame: &Outgoing) -> Result<(), ()> {
    socket
        .send(Message::Text(frame.text.clone()))
        .await
        .map_err(|_| ())
}

async fn close(mut socket: WebSocket, going_away: bool) {
    let (code, reason) = if going_away {
        (
            GOING_AWAY,
            "The server is stopping. Reconnect with after=<last seq>.",
        )
    } else {
        (SESSION_ENDED, "Your session has ended. Sign in again.")
    };
    let frame = CloseFrame {
        code,
        reason: reason.into(),
    };
    let _ = socket.send(Message::Close(Some(frame))).await;
}
