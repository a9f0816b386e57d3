//! Watchers' notifications for a person write or an import: every user who watches the person,
//! one of its identifiers, its gang, or a person it matched, is told — if the gate lets that
//! user see the written record, or learn that it exists; once per watch for a whole import.

use crate::auth::SignedIn;
use crate::error::ApiResult;
use crate::state::AppState;
use samanvay_core::notification::WatchEvent;
use samanvay_core::notification::{NewNotification, NotificationBody, Recipient};
use samanvay_core::register::Person;
use samanvay_core::user::AccountStatus;
use samanvay_core::watch::{Watch, WatchSubject};
use samanvay_core::{Holder, Marking, NotificationId, PersonId, UserId, Viewer, Visibility};
use samanvay_store::Change;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use time::OffsetDateTime;

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
    let mut tally = WatchTally::default();
    tally
        .add(state, who, &[(person.id, &person.marking, touches)])
        .await?;
    Ok(tally.into_changes(state.clock.now()))
}

/// Watchers' notifications for many writes at once (an import): one per watcher and subject
/// however many records touch it, naming the first record the watcher may read, else the
/// holder of the first it may know of.
#[derive(Default)]
pub struct WatchTally {
    /// Each watcher's viewer, or none for an account that is not active.
    viewers: HashMap<UserId, Option<Viewer>>,
    pending: Vec<Pending>,
    at: HashMap<(UserId, WatchSubject), usize>,
}

struct Pending {
    watch: Watch,
    event: WatchEvent,
    person: Option<PersonId>,
    holder: Option<Holder>,
}

/// Watches looked up per query (two binds each).
const SUBJECTS_PER_QUERY: usize = 400;

impl WatchTally {
    /// Tallies written records: each its id, marking and what it touched.
    pub async fn add(
        &mut self,
        state: &AppState,
        who: &SignedIn,
        written: &[(PersonId, &Marking, &[Touch])],
    ) -> ApiResult<()> {
        let subjects: Vec<WatchSubject> = written
            .iter()
            .flat_map(|(_, _, touches)| touches.iter().map(|t| t.subject.clone()))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let mut watches: HashMap<WatchSubject, Vec<Watch>> = HashMap::new();
        for chunk in subjects.chunks(SUBJECTS_PER_QUERY) {
            for watch in state.store.watchers(chunk).await? {
                if watch.user != who.user.id {
                    watches
                        .entry(watch.subject.clone())
                        .or_default()
                        .push(watch);
                }
            }
        }
        if watches.is_empty() {
            return Ok(());
        }
        for (person, marking, touches) in written {
            for touch in touches.iter() {
                for watch in watches.get(&touch.subject).into_iter().flatten() {
                    let Some(viewer) = self.viewer(state, watch.user).await? else {
                        continue;
                    };
                    let (shown, holder) = match viewer.visibility(marking) {
                        Visibility::Full => (Some(*person), None),
                        Visibility::Pointer => (
                            None,
                            Some(Holder {
                                agency: marking.owner.agency,
                                unit: marking.owner.unit,
                            }),
                        ),
                        Visibility::Hidden => continue,
                    };
                    self.note(watch, touch.event, shown, holder);
                }
            }
        }
        Ok(())
    }

    /// The notifications, in the order their watches were first touched.
    pub fn into_changes(self, now: OffsetDateTime) -> Vec<Change> {
        self.pending
            .into_iter()
            .map(|p| {
                Change::InsertNotification(NewNotification {
                    id: NotificationId::new(),
                    recipient: Recipient::User(p.watch.user),
                    body: NotificationBody::Watched {
                        subject: p.watch.subject,
                        label: p.watch.label,
                        event: p.event,
                        person: p.person,
                        holder: p.holder,
                    },
                    once_key: None,
                    created_at: now,
                })
            })
            .collect()
    }

    fn note(
        &mut self,
        watch: &Watch,
        event: WatchEvent,
        person: Option<PersonId>,
        holder: Option<Holder>,
    ) {
        let key = (watch.user, watch.subject.clone());
        match self.at.get(&key) {
            // A record the watcher may read is worth more than a pointer found before it.
            Some(&at) => {
                let pending = &mut self.pending[at];
                if pending.person.is_none() && person.is_some() {
                    pending.person = person;
                    pending.holder = None;
                    pending.event = event;
                }
            }
            None => {
                self.at.insert(key, self.pending.len());
                self.pending.push(Pending {
                    watch: watch.clone(),
                    event,
                    person,
                    holder,
                });
            }
        }
    }

    async fn viewer(&mut self, state: &AppState, user: UserId) -> ApiResult<Option<&Viewer>> {
        let viewer = match self.viewers.entry(user) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(slot) => {
                let viewer = match state.store.user(user).await? {
                    Some(found) if found.status == AccountStatus::Active => {
                        Some(state.store.viewer(&found).await?)
                    }
                    _ => None,
                };
                slot.insert(viewer)
            }
        };
        Ok(viewer.as_ref())
    }
}
