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

/// The live audience of a channel's members: the listed users and everyone posted to a listed
/// unit at this moment, each once. Resolved when the event is appended, so a transferred
/// officer hears nothing posted after the transfer; the gate on the message's marking is
/// applied again for each recipient at delivery.
pub async fn audiences(state: &AppState, members: &[Membership]) -> ApiResult<Vec<Audience>> {
    let mut users = Vec::new();
    let mut units = Vec::new();
    for entry in members {
        match entry.subject {
            MemberSubject::User(user) => users.push(user),
            MemberSubject::Unit(unit) => units.push(unit),
        }
    }
    if !units.is_empty() {
        users.extend(state.store.users_posted_to(&units).await?);
    }
    users.sort_unstable();
    users.dedup();
    Ok(vec![Audience::Users(users)])
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
