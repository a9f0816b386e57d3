//! What the audit log records: who did what to which record, when and from where.

use crate::ids::{AgencyId, UserId};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    LoginSucceeded,
    LoginFailed,
    AccountLocked,
    Logout,
    /// A record was opened in full.
    Read,
    /// A record appeared in a list or search result.
    Listed,
    /// Only a pointer to the record was shown.
    PointerShown,
    Create,
    Update,
    Delete,
    Unlock,
    Disable,
    Enable,
    Invite,
    Accept,
    Decline,
    /// Records were exported to a file; the detail says how many.
    Export,
}

impl AuditAction {
    pub const ALL: [AuditAction; 17] = [
        AuditAction::LoginSucceeded,
        AuditAction::LoginFailed,
        AuditAction::AccountLocked,
        AuditAction::Logout,
        AuditAction::Read,
        AuditAction::Listed,
        AuditAction::PointerShown,
        AuditAction::Create,
        AuditAction::Update,
        AuditAction::Delete,
        AuditAction::Unlock,
        AuditAction::Disable,
        AuditAction::Enable,
        AuditAction::Invite,
        AuditAction::Accept,
        AuditAction::Decline,
        AuditAction::Export,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AuditAction::LoginSucceeded => "login_succeeded",
            AuditAction::LoginFailed => "login_failed",
            AuditAction::AccountLocked => "account_locked",
            AuditAction::Logout => "logout",
            AuditAction::Read => "read",
            AuditAction::Listed => "listed",
            AuditAction::PointerShown => "pointer_shown",
            AuditAction::Create => "create",
            AuditAction::Update => "update",
            AuditAction::Delete => "delete",
            AuditAction::Unlock => "unlock",
            AuditAction::Disable => "disable",
            AuditAction::Enable => "enable",
            AuditAction::Invite => "invite",
            AuditAction::Accept => "accept",
            AuditAction::Decline => "decline",
            AuditAction::Export => "export",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// The kinds of record an audit entry can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Agency,
    Unit,
    User,
    SharingGroup,
    Document,
    Person,
    Organisation,
    Input,
    Channel,
    ChannelMessage,
}

impl RecordKind {
    pub const ALL: [RecordKind; 10] = [
        RecordKind::Agency,
        RecordKind::Unit,
        RecordKind::User,
        RecordKind::SharingGroup,
        RecordKind::Document,
        RecordKind::Person,
        RecordKind::Organisation,
        RecordKind::Input,
        RecordKind::Channel,
        RecordKind::ChannelMessage,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Agency => "agency",
            RecordKind::Unit => "unit",
            RecordKind::User => "user",
            RecordKind::SharingGroup => "sharing_group",
            RecordKind::Document => "document",
            RecordKind::Person => "person",
            RecordKind::Organisation => "organisation",
            RecordKind::Input => "input",
            RecordKind::Channel => "channel",
            RecordKind::ChannelMessage => "channel_message",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A reference to the record an event concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct RecordRef {
    pub kind: RecordKind,
    pub id: Uuid,
}

/// One thing that happened, before the log gives it a place in the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AuditEvent {
    pub actor: Option<UserId>,
    pub actor_agency: Option<AgencyId>,
    /// The username given at login, for failed logins of unknown users.
    pub actor_name: Option<String>,
    pub action: AuditAction,
    pub record: Option<RecordRef>,
    /// The agency that owns the record, so its auditors can see who touched it.
    pub record_owner: Option<AgencyId>,
    /// Where the request came from (client address).
    pub source: Option<String>,
    /// Free detail: what changed, why a login failed.
    pub detail: String,
}

/// An event as stored: numbered, timed and chained to the entry before it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AuditEntry {
    pub seq: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    #[serde(flatten)]
    pub event: AuditEvent,
    /// Hex SHA-256 of the previous entry (all zeros for the first).
    pub prev_hash: String,
    /// Hex SHA-256 over this entry's fields and `prev_hash`.
    pub hash: String,
}
