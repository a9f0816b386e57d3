//! Live push over a real WebSocket: an allowed session hears of an event within a second;
//! another agency and a lower clearance never receive a marked one; a reconnect with `after`
//! gets exactly what was missed; a signed-out or disabled session's stream closes; a
//! transferred officer stops receiving the old unit's events at once.
//!
//! Negative checks need no waiting: events arrive in seq order, so when a later event that the
//! stream may receive (a "barrier") arrives first, the forbidden one was never sent.

use crate::support::{TestApp, WORLD, agencies, marking, on_every_backend, user_id};
use futures_util::StreamExt;
use reqwest::StatusCode;
use samanvay_core::clock::Clock;
use samanvay_core::event::{Audience, EventBody, NewEvent};
use samanvay_core::marking::{Marking, Owner};
use samanvay_core::notification::{NewNotification, NotificationBody, Recipient, WatchEvent};
use samanvay_core::watch::WatchSubject;
use samanvay_core::{Classification, Distribution, NotificationId, PersonId, UnitId};
use samanvay_store::{Change, Job};
use serde_json::{Value, json};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::AUTHORIZATION;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// How long an expected frame may take.
const WITHIN: Duration = Duration::from_secs(1);

/// A client's end of `GET /api/v1/stream`.
struct Stream {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Stream {
    async fn open(app: &TestApp, token: &str, after: Option<i64>) -> Stream {
        let query = after.map(|a| format!("?after={a}")).unwrap_or_default();
        let mut request = format!("ws://{}/api/v1/stream{query}", app.addr)
            .into_client_request()
            .unwrap();
        let bearer = format!("Bearer {token}").parse().unwrap();
        request.headers_mut().insert(AUTHORIZATION, bearer);
        let (socket, response) = tokio_tungstenite::connect_async(request)
            .await
            .unwrap_or_else(|e| panic!("{:?}: open the stream: {e}", app.backend));
        assert_eq!(response.status(), StatusCode::SWITCHING_PROTOCOLS);
        Stream { socket }
    }

    /// The next event frame; panics if none comes within a second or the stream closes.
    async fn next(&mut self) -> Value {
        self.next_within(WITHIN).await
    }

    async fn next_within(&mut self, within: Duration) -> Value {
        loop {
            let message = tokio::time::timeout(within, self.socket.next())
                .await
                .expect("an event in time")
                .expect("the stream is open")
                .expect("a readable frame");
            match message {
                Message::Text(text) => return serde_json::from_str(text.as_str()).unwrap(),
                Message::Ping(_) | Message::Pong(_) => continue,
                other => panic!("expected an event, got {other:?}"),
            }
        }
    }

    /// Frames up to and including the one whose body says `marker` (see [`barrier`]).
    async fn until(&mut self, marker: &str) -> Vec<Value> {
        let mut frames = Vec::new();
        loop {
            let frame = self.next().await;
            let done = frame["body"].to_string().contains(marker);
            frames.push(frame);
            if done {
                return frames;
            }
        }
    }

    /// The close code, once the server closes the stream (within a second).
    async fn closed(&mut self) -> u16 {
        self.closed_within(WITHIN).await
    }

    async fn closed_within(&mut self, within: Duration) -> u16 {
        loop {
            let message = tokio::time::timeout(within, self.socket.next())
                .await
                .expect("the stream closes in time");
            match message {
                Some(Ok(Message::Close(Some(frame)))) => return frame.code.into(),
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
                other => panic!("expected the stream to close, got {other:?}"),
            }
        }
    }
}

fn unit_of(username: &str) -> UnitId {
    WORLD.user(username).expect("a demo user").user.unit
}

/// A notification whose label is `marker`, so a stream can tell it apart.
fn notification(recipient: Recipient, marker: &str) -> NewNotification {
    NewNotification {
        id: NotificationId::new(),
        recipient,
        body: NotificationBody::Watched {
            subject: WatchSubject::Person {
                id: PersonId::new(),
            },
            label: marker.to_string(),
            event: WatchEvent::NewVersion,
            person: None,
            holder: None,
        },
        once_key: None,
        created_at: crate::support::start_time(),
    }
}

/// An event about a marked record, for the audience; its body carries `marker`.
fn marked_event(audience: Audience, marking: Marking, marker: &str) -> NewEvent {
    let stored = notification(Recipient::Unit(UnitId::new()), marker);
    let EventBody::Notification { notification } = event_of(&stored) else {
        unreachable!()
    };
    NewEvent {
        audience,
        marking: Some(marking),
        body: EventBody::Notification { notification },
    }
}

fn event_of(stored: &NewNotification) -> EventBody {
    EventBody::Notification {
        notification: Box::new(samanvay_core::notification::Notification {
            id: stored.id,
            recipient: stored.recipient,
            summary: stored.body.summary(),
            body: stored.body.clone(),
            created_at: stored.created_at,
            read: false,
        }),
    }
}

/// Commits changes as some job would and returns the seqs of their events.
async fn commit(app: &TestApp, changes: Vec<Change>) -> Vec<i64> {
    let mut job = Job::new(app.clock.now());
    job.changes = changes;
    let committed = app.store.commit(job).await.expect("the job commits");
    committed.events.iter().map(|e| e.seq.0).collect()
}

/// An unmarked event for the units that a stream waits for, carrying `marker`.
fn barrier(units: Vec<UnitId>, marker: &str) -> Change {
    let stored = notification(Recipient::Unit(UnitId::new()), marker);
    Change::AppendEvent(NewEvent {
        audience: Audience::Units(units),
        marking: None,
        body: event_of(&stored),
    })
}

fn labels(frames: &[Value]) -> Vec<String> {
    frames
        .iter()
        .map(|f| {
            f["body"]["notification"]["label"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[tokio::test]
async fn an_officer_hears_of_a_new_record_with_a_watched_phone_within_a_second() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let watch = json!({ "kind": "identifier",
            "identifier": { "kind": "mobile", "value": "98100 77777" } });
        app.post_json("/api/v1/watches", &sho, &watch)
            .await
            .expect(StatusCode::CREATED, "watch a phone");
        let mut stream = Stream::open(app, &sho, None).await;
        let metrics = app
            .send(app.request(reqwest::Method::GET, "/metrics"))
            .await;
        assert!(
            metrics.body.contains("samanvay_push_open_streams 1"),
            "the open stream is counted: {}",
            metrics.body
        );

        let central = app.login("ib.analyst").await;
        let person = json!({
            "names": [{ "text": "Ashok Tyagi", "kind": "primary" }],
            "gender": "male",
            "identifiers": [{ "kind": "mobile", "value": "+91-98100-77777" }],
            "marking": marking("restricted", agencies(&["DL"]), false),
        });
        let written = app.post_json("/api/v1/persons", &central, &person).await;
        written.expect(StatusCode::CREATED, "write a person");

        let frame = stream.next().await;
        let body = &frame["body"];
        assert_eq!(body["kind"], "notification", "{frame}");
        assert_eq!(body["notification"]["kind"], "watched", "{frame}");
        assert_eq!(body["notification"]["label"], "+919810077777");
        assert_eq!(body["notification"]["person"], written.json()["id"]);
        assert!(frame["seq"].as_i64().unwrap() > 0);
        assert!(frame["at"].is_string());

        // The same notification is in the list, where it can be read later.
        let listed = app.get("/api/v1/notifications", &sho).await.json();
        assert_eq!(listed["items"][0]["id"], body["notification"]["id"]);
    })
    .await;
}

#[tokio::test]
async fn a_marked_event_reaches_neither_another_agency_nor_a_lower_clearance() {
    on_every_backend(async |app| {
        let (alipur, loni) = (unit_of("dl.sho.alipur"), unit_of("up.sho.loni"));
        let mut sho = Stream::open(app, &app.login("dl.sho.alipur").await, None).await;
        let mut constable = Stream::open(app, &app.login("dl.ct.alipur").await, None).await;
        let mut neighbour = Stream::open(app, &app.login("up.sho.loni").await, None).await;

        let delhi = WORLD.user("dl.sho.alipur").unwrap().user.clone();
        let confidential = Marking {
            owner: Owner {
                agency: delhi.agency,
                unit: delhi.unit,
                user: delhi.id,
            },
            classification: Classification::Confidential,
            distribution: Distribution::OwnAgency,
            handling: vec![],
            // Even a record others may know exists is not pushed to them.
            pointer: true,
        };
        let both = Audience::Units(vec![alipur, loni]);
        commit(
            app,
            vec![
                Change::AppendEvent(marked_event(both, confidential, "secret-safehouse")),
                barrier(vec![alipur, loni], "barrier-1"),
            ],
        )
        .await;

        assert_eq!(
            labels(&sho.until("barrier-1").await),
            ["secret-safehouse", "barrier-1"],
            "{:?}: the cleared officer of the owner agency receives it",
            app.backend
        );
        assert_eq!(labels(&constable.until("barrier-1").await), ["barrier-1"]);
        assert_eq!(labels(&neighbour.until("barrier-1").await), ["barrier-1"]);

        // Nor do they learn of it by resuming from before it.
        let before = app.store.last_event_seq().await.unwrap().0 - 2;
        let token = app.login("up.sho.loni").await;
        let mut resumed = Stream::open(app, &token, Some(before)).await;
        assert_eq!(labels(&resumed.until("barrier-1").await), ["barrier-1"]);
    })
    .await;
}

#[tokio::test]
async fn a_reconnect_after_the_last_seen_seq_gets_exactly_the_missed_events() {
    on_every_backend(async |app| {
        let alipur = unit_of("dl.sho.alipur");
        let token = app.login("dl.sho.alipur").await;
        let mut stream = Stream::open(app, &token, None).await;
        let unit = |m: &str| Change::InsertNotification(notification(Recipient::Unit(alipur), m));
        commit(app, vec![unit("first")]).await;
        let seen = stream.next().await;
        assert_eq!(labels(std::slice::from_ref(&seen)), ["first"]);
        drop(stream);

        // Missed while away: two for the unit, one for another unit in between.
        let elsewhere = unit_of("up.sho.loni");
        commit(app, vec![unit("second")]).await;
        let other = Recipient::Unit(elsewhere);
        commit(
            app,
            vec![Change::InsertNotification(notification(other, "not-ours"))],
        )
        .await;
        commit(app, vec![unit("third")]).await;

        let last = seen["seq"].as_i64().unwrap();
        let mut resumed = Stream::open(app, &token, Some(last)).await;
        commit(app, vec![unit("fourth")]).await;
        let frames = resumed.until("fourth").await;
        assert_eq!(
            labels(&frames),
            ["second", "third", "fourth"],
            "{:?}",
            app.backend
        );
        let seqs: Vec<i64> = frames.iter().map(|f| f["seq"].as_i64().unwrap()).collect();
        assert!(seqs.windows(2).all(|w| w[0] < w[1]), "in order: {seqs:?}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_while_events_keep_coming_misses_none_and_repeats_none() {
    const EVENTS: usize = 200;
    on_every_backend(async |app| {
        let alipur = unit_of("dl.sho.alipur");
        let token = app.login("dl.sho.alipur").await;
        let from = app.store.last_event_seq().await.unwrap().0;
        let store = app.store.clone();
        let at = app.clock.now();
        let writer = tokio::spawn(async move {
            let mut seqs = Vec::new();
            for n in 0..EVENTS {
                let change = barrier(vec![alipur], &format!("burst-{n}"));
                let committed = store.commit(Job::new(at).change(change)).await.unwrap();
                seqs.push(committed.events[0].seq.0);
            }
            seqs
        });
        // Connect in the middle of the burst: replay and live overlap.
        tokio::time::sleep(Duration::from_millis(20)).await;
        let mut stream = Stream::open(app, &token, Some(from)).await;
        let written = writer.await.unwrap();
        let last = format!("burst-{}", EVENTS - 1);
        let frames = stream.until(&last).await;
        let got: Vec<i64> = frames.iter().map(|f| f["seq"].as_i64().unwrap()).collect();
        assert_eq!(
            got, written,
            "{:?}: every event once, in order",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn a_stream_closes_when_its_session_times_out_not_at_its_next_ping() {
    on_every_backend(async |app| {
        let idle = app.login("dl.sho.alipur").await;
        let active = app.login("dl.ct.alipur").await;
        let mut idle_stream = Stream::open(app, &idle, None).await;
        let mut active_stream = Stream::open(app, &active, None).await;
        // One officer keeps working; the other walks away for the 30 idle minutes.
        app.clock.advance(time::Duration::minutes(20));
        app.get("/api/v1/inbox", &active)
            .await
            .expect(StatusCode::OK, "a request renews the session");
        app.clock.advance(time::Duration::minutes(11));
        // Looked at within moments of the timeout (pings come every 20 s: this is sooner).
        assert_eq!(
            idle_stream.closed_within(Duration::from_secs(5)).await,
            samanvay_server::push::SESSION_ENDED
        );
        // The renewed session's stream stays open and still hears of its events.
        commit(
            app,
            vec![barrier(vec![unit_of("dl.ct.alipur")], "still open")],
        )
        .await;
        let frame = active_stream.next_within(Duration::from_secs(5)).await;
        assert!(frame["body"].to_string().contains("still open"), "{frame}");
    })
    .await;
}

#[tokio::test]
async fn a_signed_out_or_disabled_session_s_stream_closes() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        let mut stream = Stream::open(app, &token, None).await;
        app.post("/api/v1/auth/logout", &token)
            .await
            .expect(StatusCode::NO_CONTENT, "sign out");
        assert_eq!(stream.closed().await, samanvay_server::push::SESSION_ENDED);
        // The ended session cannot open another.
        let reply = app.get("/api/v1/stream", &token).await;
        reply.expect(StatusCode::UNAUTHORIZED, "a stream after logout");

        // Another session of the same user stays open until the account is disabled.
        let first = app.login("dl.ct.alipur").await;
        let second = app.login("dl.ct.alipur").await;
        let mut one = Stream::open(app, &first, None).await;
        let mut two = Stream::open(app, &second, None).await;
        app.post("/api/v1/auth/logout", &first)
            .await
            .expect(StatusCode::NO_CONTENT, "sign out one session");
        assert_eq!(one.closed().await, samanvay_server::push::SESSION_ENDED);
        let account = two.next().await;
        assert_eq!(account["body"]["kind"], "account_changed", "{account}");
        let admin = app.login("dl.admin").await;
        let path = format!("/api/v1/users/{}/disable", user_id("dl.ct.alipur"));
        app.post(&path, &admin)
            .await
            .expect(StatusCode::OK, "disable the account");
        assert_eq!(two.closed().await, samanvay_server::push::SESSION_ENDED);
    })
    .await;
}

#[tokio::test]
async fn a_transferred_officer_stops_receiving_the_old_unit_s_events_at_once() {
    on_every_backend(async |app| {
        let (alipur, special_cell) = (unit_of("dl.sho.alipur"), unit_of("dl.analyst"));
        assert_ne!(alipur, special_cell);
        let mut sho = Stream::open(app, &app.login("dl.sho.alipur").await, None).await;
        let mut constable = Stream::open(app, &app.login("dl.ct.alipur").await, None).await;

        let admin = app.login("dl.admin").await;
        let path = format!("/api/v1/users/{}", user_id("dl.sho.alipur"));
        let body = json!({ "unit": special_cell.to_string() });
        app.patch_json(&path, &admin, &body)
            .await
            .expect(StatusCode::OK, "transfer the SHO");
        // Straight after the transfer: an event for the old unit, then one for the new.
        let old = Recipient::Unit(alipur);
        commit(
            app,
            vec![
                Change::InsertNotification(notification(old, "alipur-only")),
                barrier(vec![special_cell, alipur], "after-transfer"),
            ],
        )
        .await;

        let frames = sho.until("after-transfer").await;
        let kinds: Vec<&str> = frames
            .iter()
            .map(|f| f["body"]["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["account_changed", "notification"], "{frames:?}");
        assert_eq!(
            labels(&frames[1..]),
            ["after-transfer"],
            "{:?}",
            app.backend
        );
        assert_eq!(
            labels(&constable.until("after-transfer").await),
            ["alipur-only", "after-transfer"]
        );
    })
    .await;
}

#[tokio::test]
async fn a_resume_from_before_the_kept_events_is_told_to_reload_instead_of_missing_some() {
    on_every_backend(async |app| {
        let alipur = unit_of("dl.sho.alipur");
        let old = commit(
            app,
            vec![
                barrier(vec![alipur], "old-1"),
                barrier(vec![alipur], "old-2"),
            ],
        )
        .await;
        // A week and a day later, with one new event, the old ones are pruned.
        app.clock.advance(time::Duration::days(8));
        let new = commit(app, vec![barrier(vec![alipur], "new")]).await;
        let retention = time::Duration::days(samanvay_server::push::EVENT_RETENTION_DAYS);
        let pruned = app.store.prune_events(app.clock.now() - retention).await;
        assert!(pruned.unwrap() >= 2);

        // Resuming after the first old event would skip the second: refused, with what to do.
        let token = app.login("dl.sho.alipur").await;
        let mut request = format!("ws://{}/api/v1/stream?after={}", app.addr, old[0])
            .into_client_request()
            .unwrap();
        let bearer = format!("Bearer {token}").parse().unwrap();
        request.headers_mut().insert(AUTHORIZATION, bearer);
        match tokio_tungstenite::connect_async(request).await {
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                assert_eq!(response.status(), StatusCode::GONE);
                let body = String::from_utf8(response.body().clone().unwrap_or_default()).unwrap();
                assert!(body.contains("reconnect without after"), "{body}");
            }
            other => panic!("{:?}: expected 410, got {other:?}", app.backend),
        }
        // Resuming from the last pruned one misses nothing: it opens and replays the new event.
        let mut stream = Stream::open(app, &token, Some(new[0] - 1)).await;
        let frames = stream.until("\"new\"").await;
        assert_eq!(frames.last().unwrap()["seq"], new[0]);
    })
    .await;
}

#[tokio::test]
async fn a_bad_stream_request_is_a_problem_and_opens_nothing() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        let cases = [
            ("/api/v1/stream?after=-1", "a negative seq"),
            ("/api/v1/stream?after=999999999", "a seq beyond the log"),
            ("/api/v1/stream?after=soon", "not a number"),
            ("/api/v1/stream?from=1", "an unknown parameter"),
            ("/api/v1/stream", "a plain GET, not a WebSocket"),
        ];
        for (path, what) in cases {
            let reply = app.get(path, &token).await;
            assert_eq!(
                reply.status,
                StatusCode::BAD_REQUEST,
                "{what}: {}",
                reply.body
            );
        }
        let anonymous = app
            .send(app.request(reqwest::Method::GET, "/api/v1/stream"))
            .await;
        anonymous.expect(StatusCode::UNAUTHORIZED, "no session");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_too_slow_to_read_misses_nothing_and_gets_nothing_twice() {
    const EVENTS: usize = 300;
    on_every_backend(async |app| {
        let alipur = unit_of("dl.sho.alipur");
        let token = app.login("dl.sho.alipur").await;
        let mut stream = Stream::open(app, &token, None).await;
        // Large frames the client does not read fill the socket's buffers, then the stream's
        // queue, which overflows: the stream must catch up from the log.
        let padding = "x".repeat(48 * 1024);
        let mut written = Vec::with_capacity(EVENTS);
        for n in 0..EVENTS {
            let marker = format!("slow-{n}-{padding}");
            written.extend(commit(app, vec![barrier(vec![alipur], &marker)]).await);
        }
        let frames = stream.until(&format!("slow-{}-", EVENTS - 1)).await;
        let got: Vec<i64> = frames.iter().map(|f| f["seq"].as_i64().unwrap()).collect();
        assert_eq!(
            got, written,
            "{:?}: every event once, in order",
            app.backend
        );
    })
    .await;
}

#[tokio::test]
async fn an_event_written_by_another_process_on_the_database_reaches_the_stream() {
    on_every_backend(async |app| {
        let alipur = unit_of("dl.sho.alipur");
        let mut stream = Stream::open(app, &app.login("dl.sho.alipur").await, None).await;
        // A second store on the same database, as the CLI or another instance would be: its
        // commits are not on this server's bus, only in the log.
        let other = samanvay_store::Store::open(&app.config.database_url)
            .await
            .expect("a second store on the database");
        let job = Job::new(app.clock.now()).change(barrier(vec![alipur], "from-elsewhere"));
        let written = other.commit(job).await.expect("the job commits");
        other.close().await;
        // The log is read every second for such events.
        let frame = stream.next_within(Duration::from_secs(3)).await;
        assert_eq!(labels(std::slice::from_ref(&frame)), ["from-elsewhere"]);
        assert_eq!(frame["seq"], written.events[0].seq.0);
    })
    .await;
}
