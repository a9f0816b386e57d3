//! Writes as data: a [`Job`] is a list of [`Change`]s and the audit events that describe them,
//! committed together or not at all.

use crate::person_links::LinkSuggestion;
use crate::register::Imported;
use crate::sessions::SessionRecord;
use crate::users::NewUser;
use samanvay_core::audit::AuditEvent;
use samanvay_core::document::Document;
use samanvay_core::event::{Event, NewEvent};
use samanvay_core::notification::NewNotification;
use samanvay_core::org::{Agency, Unit};
use samanvay_core::register::{LinkState, Organisation, Person, PersonPair};
use samanvay_core::sharing::{MembershipState, SharingGroup};
use samanvay_core::user::User;
use samanvay_core::watch::{Watch, WatchSubject};
use samanvay_core::{AgencyId, NotificationId, SharingGroupId, UserId};
use time::OffsetDateTime;

/// One change to stored state.
#[derive(Clone, Debug)]
pub enum Change {
    InsertAgency(Agency),
    InsertUnit(Unit),
    UpdateUnit(Unit),
    InsertUser(NewUser),
    /// Profile, posting, roles, clearance and status; never the password.
    UpdateUser(User),
    SetPassword {
        user: UserId,
        password_hash: String,
    },
    /// Counts a failed login; locks the account when `lock_after` failures fall inside the
    /// window that starts at `window_start`. Its row count is 1 when this failure locked it.
    RecordLoginFailure {
        user: UserId,
        at: OffsetDateTime,
        window_start: OffsetDateTime,
        lock_after: i64,
    },
    ClearLoginFailures {
        user: UserId,
    },
    InsertSession(SessionRecord),
    TouchSession {
        token_hash: String,
        at: OffsetDateTime,
    },
    DeleteSession {
        token_hash: String,
    },
    /// Ends every session of a user, but the one with the token hash `except`.
    DeleteUserSessions {
        user: UserId,
        except: Option<String>,
    },
    InsertSharingGroup(SharingGroup),
    SetMembership {
        group: SharingGroupId,
        agency: AgencyId,
        state: MembershipState,
    },
    /// A new document; also stores it as version 1.
    InsertDocument {
        document: Document,
        by: UserId,
    },
    /// A new version of a document; fails if the stored version is not `document.version - 1`.
    UpdateDocument {
        document: Document,
        by: UserId,
    },
    /// A new person; also stores it as version 1 and indexes its identifiers and names.
    InsertPerson {
        person: Person,
        by: UserId,
    },
    /// A new version of a person; fails if the stored version is not `person.version - 1`.
    UpdatePerson {
        person: Person,
        by: UserId,
    },
    InsertOrganisation {
        organisation: Organisation,
        by: UserId,
    },
    UpdateOrganisation {
        organisation: Organisation,
        by: UserId,
    },
    /// Persons from an import file, new ones written in bulk; each carries its external
    /// reference. Fails whole if any fails.
    ImportPersons {
        persons: Vec<Imported<Person>>,
        by: UserId,
    },
    ImportOrganisations {
        organisations: Vec<Imported<Organisation>>,
        by: UserId,
    },
    /// "Same person" suggestions from matching; each kept out if its pair has any link
    /// already, so a rejected pair is never suggested again.
    SuggestPersonLinks(Vec<LinkSuggestion>),
    /// An analyst's confirmation or rejection of a pair.
    DecidePersonLink {
        pair: PersonPair,
        state: LinkState,
        by: UserId,
    },
    /// A notification; dropped if its `once_key` was used before.
    InsertNotification(NewNotification),
    MarkNotificationRead {
        notification: NotificationId,
        user: UserId,
    },
    InsertWatch(Watch),
    DeleteWatch {
        user: UserId,
        subject: WatchSubject,
    },
    /// Inputs: issue, a recipient's step, an escalation, an attachment.
    Input(crate::inputs::InputChange),
    /// Channels: create, settings, members, messages, read positions.
    Channel(crate::channels::ChannelChange),
    /// An event for the log, appended in the job's transaction: it exists iff the job
    /// committed, and is published to subscribers once durable.
    AppendEvent(NewEvent),
}

/// Changes and their audit events, durable together.
#[derive(Clone, Debug)]
pub struct Job {
    pub at: OffsetDateTime,
    pub changes: Vec<Change>,
    pub audit: Vec<AuditEvent>,
}

impl Job {
    pub fn new(at: OffsetDateTime) -> Job {
        Job {
            at,
            changes: Vec::new(),
            audit: Vec::new(),
        }
    }

    /// A job that only records events (reads of marked records, failed logins).
    pub fn audit_only(at: OffsetDateTime, events: Vec<AuditEvent>) -> Job {
        Job {
            at,
            changes: Vec::new(),
            audit: events,
        }
    }

    pub fn change(mut self, change: Change) -> Job {
        self.changes.push(change);
        self
    }

    pub fn event(mut self, event: AuditEvent) -> Job {
        self.audit.push(event);
        self
    }
}

/// What a committed job did.
#[derive(Clone, Debug, Default)]
pub struct Committed {
    /// Rows affected by each change, in order.
    pub rows: Vec<u64>,
    /// The audit sequence numbers given to the job's events.
    pub audit_seqs: Vec<i64>,
    /// The job's log events with their seqs: those it appended and those its changes implied
    /// (a stored notification, a changed account).
    pub events: Vec<Event>,
}
