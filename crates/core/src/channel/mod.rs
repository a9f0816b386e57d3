//! Coordination channels: the marked, audited replacement for officers' WhatsApp groups.
//!
//! A channel is created by a unit and carries a marking that caps what may be posted in it.
//! Members are listed by user or by unit; a unit entry follows postings, so an officer
//! transferred out of the unit loses the channel at once ([`resolve_role`] is evaluated at
//! every request, never cached). A message has its own marking, no higher and no wider than
//! the channel's ([`check_cap`]), and the entities it mentions — users, units, register
//! persons and identifiers — are stored as typed [`MessageMention`]s so that what is said in a
//! channel reaches the records.

mod attachment;
mod cap;
mod ids;
mod membership;
mod mentions;
mod message;
mod record;

pub use attachment::{
    AttachmentListError, MAX_MESSAGE_ATTACHMENTS, MessageAttachment, validated_digests,
};
pub use cap::{CapError, check_cap, default_distribution};
pub use ids::{ChannelId, MessageId};
pub use membership::{MemberRole, MemberSubject, Membership, resolve_role};
pub use mentions::{MessageMention, recognise_identifiers, usernames_in};
pub use message::{
    MAX_MESSAGE_CHARS, Message, MessageError, MessageRevision, language_of, validated_text,
};
pub use record::{Channel, ChannelError, MAX_RETENTION_DAYS, validated_name};
