//! Opening a channel: the viewer must pass the gate on the channel's marking and be a member
//! now — listed by name, or posted to a listed unit. Anything else is "not found", exactly as
//! for a channel that does not exist, so a non-member learns nothing of it.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::state::{AppState, event_by};
use samanvay_core::Seen;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::channel::{
    Channel, ChannelId, MemberRole, MemberSubject, Membership, Message, resolve_role,
};
use samanvay_core::event::Audience;

/// A channel opened by a member, with the member's role and the channel's entries.
pub struct MemberView {
    pub channel: Channel,
    pub role: MemberRole,
    pub members: Vec<Membership>,
}

/// The channel if the viewer may read it and is a member now; otherwise "not found".
pub async fn open_channel(
    state: &AppState,
    who: &SignedIn,
    id: ChannelId,
) -> ApiResult<MemberView> {
    let Seen::Full(channel) = state.store.channel(&who.viewer, id).await? else {
        return Err(ApiError::not_found());
    };
    let members = state.store.channel_members(id).await?;
    let role =
        resolve_role(&members, who.viewer.user, who.viewer.unit).ok_or_else(ApiError::not_found)?;
    Ok(MemberView {
        channel,
        role,
        members,
    })
}

impl MemberView {
    /// Refuses a member whose role is below `needed`.
    pub fn require(&self, needed: MemberRole, what: &str) -> ApiResult<()> {
        if self.role >= needed {
            Ok(())
        } else {
            Err(ApiError::forbidden(format!(
                "Only a channel's {}s may {what}.",
                needed.name().replace('_', "-")
            )))
        }
    }
}

/// The live audiences of a channel's members: listed users, and whoever is posted to a
/// listed unit when the event is delivered (so a transferred officer stops receiving at once).
pub fn audiences(members: &[Membership]) -> Vec<Audience> {
    let mut users = Vec::new();
    let mut units = Vec::new();
    for entry in members {
        match entry.subject {
            MemberSubject::User(user) => users.push(user),
            MemberSubject::Unit(unit) => units.push(unit),
        }
    }
    let mut out = Vec::with_capacity(2);
    if !users.is_empty() {
        out.push(Audience::Users(users));
    }
    if !units.is_empty() {
        out.push(Audience::Units(units));
    }
    out
}

/// An audit event about a channel.
pub fn channel_event(
    who: &SignedIn,
    action: AuditAction,
    channel: &Channel,
    detail: impl Into<String>,
) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Channel,
        id: channel.id.0,
    };
    event_by(
        who,
        action,
        Some(record),
        Some(channel.marking.owner.agency),
        detail,
    )
}

/// An audit event about a message.
pub fn message_event(
    who: &SignedIn,
    action: AuditAction,
    message: &Message,
    detail: impl Into<String>,
) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::ChannelMessage,
        id: message.id.0,
    };
    event_by(
        who,
        action,
        Some(record),
        Some(message.marking.owner.agency),
        detail,
    )
}
