//! The event log: events appended with a job are durable with it, numbered in commit order,
//! read back after any seq and published to subscribers in the same order; a job that fails
//! appends nothing; storing a notification or changing an account appends its own event.

use crate::support::{TestStore, minutes, new_user, officer, on_every_backend, t0};
use samanvay_core::Classification;
use samanvay_core::event::{Audience, Event, EventBody, EventSeq, NewEvent};
use samanvay_core::notification::{NewNotification, NotificationBody, Recipient, WatchEvent};
use samanvay_core::watch::WatchSubject;
use samanvay_core::{NotificationId, PersonId, UserId};
use samanvay_store::{Change, Job, SessionRecord, StoreError};
use std::sync::Arc;
use tokio::sync::broadcast::Receiver;
use tokio::sync::broadcast::error::TryRecvError;

fn ping(user: UserId) -> NewEvent {
    NewEvent {
        audience: Audience::Users(vec![user]),
        marking: None,
        body: EventBody::AccountChanged { user },
    }
}

fn seqs(events: &[Event]) -> Vec<i64> {
    events.iter().map(|e| e.seq.0).collect()
}

fn drain(bus: &mut Receiver<Arc<Event>>) -> Vec<Event> {
    let mut got = Vec::new();
    loop {
        match bus.try_recv() {
            Ok(event) => got.push((*event).clone()),
            Err(TryRecvError::Empty) => return got,
            Err(other) => panic!("bus: {other:?}"),
        }
    }
}

#[tokio::test]
async fn events_of_a_job_are_read_back_and_published_in_seq_order() {
    on_every_backend(async |t: &TestStore| {
        let org = t.agency("DL").await;
        let before = t.store.last_event_seq().await.unwrap();
        let mut bus = t.store.subscribe();
        let (a, b, c) = (UserId::new(), UserId::new(), UserId::new());

        let first = Job::new(t0())
            .change(Change::AppendEvent(ping(a)))
            .change(Change::AppendEvent(ping(b)));
        let first = t.store.commit(first).await.unwrap();
        let second = Job::new(t0()).change(Change::AppendEvent(ping(c)));
        let second = t.store.commit(second).await.unwrap();

        let n = before.0;
        assert_eq!(seqs(&first.events), vec![n + 1, n + 2], "{:?}", t.backend);
        assert_eq!(seqs(&second.events), vec![n + 3]);
        assert_eq!(t.store.last_event_seq().await.unwrap(), EventSeq(n + 3));

        let stored = t.store.events_after(before, 100).await.unwrap();
        let expected: Vec<Event> = first.events.iter().chain(&second.events).cloned().collect();
        assert_eq!(stored, expected, "{:?}: the log as committed", t.backend);
        assert_eq!(stored[2].body, EventBody::AccountChanged { user: c });
        assert_eq!(stored[0].at, t0());
        assert_eq!(
            drain(&mut bus),
            expected,
            "{:?}: the bus as committed",
            t.backend
        );

        // Resume from the middle, and page.
        let rest = t.store.events_after(EventSeq(n + 1), 1).await.unwrap();
        assert_eq!(seqs(&rest), vec![n + 2]);
        let _ = org;
    })
    .await;
}

#[tokio::test]
async fn a_job_that_fails_appends_no_event() {
    on_every_backend(async |t: &TestStore| {
        let org = t.agency("DL").await;
        let taken = t.user(&org, "duty.officer", Classification::Secret).await;
        let before = t.store.last_event_seq().await.unwrap();
        let mut bus = t.store.subscribe();

        let mut twin = officer(&org, "duty.officer", Classification::Secret);
        twin.id = UserId::new();
        let failing = Job::new(t0())
            .change(Change::AppendEvent(ping(taken.id)))
            .change(Change::InsertUser(new_user(&twin)));
        let outcome = t.store.commit(failing).await;
        assert!(
            matches!(outcome, Err(StoreError::Conflict(_))),
            "{outcome:?}"
        );
        assert_eq!(t.store.last_event_seq().await.unwrap(), before);
        assert!(
            drain(&mut bus).is_empty(),
            "{:?}: nothing published",
            t.backend
        );

        // The next event takes the next seq: no hole where the failed job was.
        let next = Job::new(t0()).change(Change::AppendEvent(ping(taken.id)));
        let next = t.store.commit(next).await.unwrap();
        assert_eq!(seqs(&next.events), vec![before.0 + 1]);
        assert_eq!(drain(&mut bus), next.events);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_jobs_get_one_unbroken_numbering_in_publish_order() {
    const JOBS: i64 = 200;
    on_every_backend(async |t: &TestStore| {
        let before = t.store.last_event_seq().await.unwrap().0;
        let mut bus = t.store.subscribe();
        let tasks: Vec<_> = (0..JOBS)
            .map(|_| {
                let store = t.store.clone();
                let job = Job::new(t0()).change(Change::AppendEvent(ping(UserId::new())));
                tokio::spawn(async move { store.commit(job).await })
            })
            .collect();
        for task in tasks {
            task.await.unwrap().unwrap();
        }
        let published = seqs(&drain(&mut bus));
        let expected: Vec<i64> = (before + 1..=before + JOBS).collect();
        assert_eq!(
            published, expected,
            "{:?}: published in seq order",
            t.backend
        );
        let stored = t.store.events_after(EventSeq(before), 1_000).await.unwrap();
        assert_eq!(seqs(&stored), expected);
    })
    .await;
}

#[tokio::test]
async fn a_stored_notification_is_an_event_for_its_recipient_once() {
    on_every_backend(async |t: &TestStore| {
        let org = t.agency("DL").await;
        let before = t.store.last_event_seq().await.unwrap();
        let make = |once_key: &str| NewNotification {
            id: NotificationId::new(),
            recipient: Recipient::Unit(org.unit),
            body: NotificationBody::Watched {
                subject: WatchSubject::Person {
                    id: PersonId::new(),
                },
                label: "Rakesh alias Kalu".to_string(),
                event: WatchEvent::NewVersion,
                person: None,
                holder: None,
            },
            once_key: Some(once_key.to_string()),
            created_at: t0(),
        };
        let first = make("hit:today");
        let job = Job::new(t0()).change(Change::InsertNotification(first.clone()));
        let committed = t.store.commit(job).await.unwrap();
        let [event] = &committed.events[..] else {
            panic!("one event, got {:?}", committed.events);
        };
        assert_eq!(event.audience, Audience::Units(vec![org.unit]));
        assert_eq!(event.marking, None);
        let EventBody::Notification { notification } = &event.body else {
            panic!("a notification event: {:?}", event.body);
        };
        assert_eq!(notification.id, first.id);
        assert!(!notification.read);

        // The same once_key drops the notification, and with it the event.
        let again = Job::new(t0()).change(Change::InsertNotification(make("hit:today")));
        let committed = t.store.commit(again).await.unwrap();
        assert_eq!(committed.rows, vec![0]);
        assert!(committed.events.is_empty());
        let stored = t.store.events_after(before, 10).await.unwrap();
        assert_eq!(stored.len(), 1, "{:?}", t.backend);
    })
    .await;
}

#[tokio::test]
async fn account_changes_and_ended_sessions_are_events_for_the_user() {
    on_every_backend(async |t: &TestStore| {
        let org = t.agency("DL").await;
        let mut user = t.user(&org, "si.meena", Classification::Restricted).await;
        let before = t.store.last_event_seq().await.unwrap();

        user.clearance = Classification::Confidential;
        let job = Job::new(t0()).change(Change::UpdateUser(user.clone()));
        t.store.commit(job).await.unwrap();
        let job = Job::new(t0()).change(Change::DeleteUserSessions {
            user: user.id,
            except: None,
        });
        let committed = t.store.commit(job).await.unwrap();
        assert!(committed.events.is_empty(), "no session, nothing ended");
        let session = SessionRecord {
            token_hash: "ab".repeat(32),
            user: user.id,
            created_at: t0(),
            last_seen_at: t0(),
            expires_at: t0() + minutes(600),
            source: None,
        };
        let job = Job::new(t0()).change(Change::InsertSession(session.clone()));
        t.store.commit(job).await.unwrap();
        let logout = Job::new(t0()).change(Change::DeleteSession {
            token_hash: session.token_hash.clone(),
        });
        assert_eq!(t.store.commit(logout).await.unwrap().rows, vec![1]);

        let stored = t.store.events_after(before, 10).await.unwrap();
        let bodies: Vec<_> = stored.iter().map(|e| e.body.clone()).collect();
        let changed = EventBody::AccountChanged { user: user.id };
        assert_eq!(bodies, vec![changed.clone(), changed], "{:?}", t.backend);
        assert_eq!(stored[0].audience, Audience::Users(vec![user.id]));
    })
    .await;
}
