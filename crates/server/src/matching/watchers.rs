//! Watchers' notifications for a person write: every user who watches the person, one of its
//! identifiers, its gang, or a person it matched, is told — if the gate lets that user see the
//! written record, or learn that it exists.

use crate::auth::SignedIn;
use crate::error::ApiResult;
use crate::state::AppState;
use samanvay_core::notification::WatchEvent;
use samanvay_core::notification::{NewNotification, NotificationBody, Recipient};
use samanvay_core::register::Person;
use samanvay_core::user::AccountStatus;
use samanvay_core::watch::WatchSubject;
use samanvay_core::{Holder, NotificationId, PersonId, Visibility};
use samanvay_store::Change;
use std::collections::HashSet;

/// A watched subject a write touched, and how.
pub struct Touch {
    subject: WatchSubject,
    event: WatchEvent,
}

impl Touch {
    /// What writing `person` touches: the person itself (when edited), its identifiers and
    /// its gang.
    pub fn written(person: &Person, is_new: bool) -> Vec<Touch> {
        let event = if is_new {
            WatchEvent::NewRecord
        } else {
            WatchEvent::NewVersion
        };
        let mut touches = Vec::new();
        if !is_new {
            touches.push(Touch::person(person.id, event));
        }
        for identifier in &person.content.identifiers {
            touches.push(Touch {
                subject: WatchSubject::Identifier {
                    identifier: identifier.clone(),
                },
                event,
            });
        }
        if let Some(gang) = person.content.gang {
            touches.push(Touch {
                subject: WatchSubject::Organisation { id: gang },
                event,
            });
        }
        touches
    }

    pub fn person(id: PersonId, event: WatchEvent) -> Touch {
        Touch {
            subject: WatchSubject::Person { id },
            event,
        }
    }
}

/// One notification per watcher and subject, for the watchers the gate lets know of `person`;
/// never to the author of the write.
pub async fn notify(
    state: &AppState,
    who: &SignedIn,
    person: &Person,
    touches: &[Touch],
) -> ApiResult<Vec<Change>> {
    let subjects: Vec<WatchSubject> = touches.iter().map(|t| t.subject.clone()).collect();
    let watches = state.store.watchers(&subjects).await?;
    let now = state.clock.now();
    let mut told = HashSet::new();
    let mut changes = Vec::new();
    for watch in watches {
        if watch.user == who.user.id || !told.insert((watch.user, watch.subject.clone())) {
            continue;
        }
        let Some(user) = state.store.user(watch.user).await? else {
            continue;
        };
        if user.status != AccountStatus::Active {
            continue;
        }
        let viewer = state.store.viewer(&user).await?;
        let (shown, holder) = match viewer.visibility(&person.marking) {
            Visibility::Full => (Some(person.id), None),
            Visibility::Pointer => (
                None,
                Some(Holder {
                    agency: person.marking.owner.agency,
                    unit: person.marking.owner.unit,
                }),
            ),
            Visibility::Hidden => continue,
        };
        let Some(touch) = touches.iter().find(|t| t.subject == watch.subject) else {
            continue;
        };
        changes.push(Change::InsertNotification(NewNotification {
            id: NotificationId::new(),
            recipient: Recipient::User(watch.user),
            body: NotificationBody::Watched {
                subject: watch.subject,
                label: watch.label,
                event: touch.event,
                person: shown,
                holder,
            },
            once_key: None,
            created_at: now,
        }));
    }
    Ok(changes)
}
