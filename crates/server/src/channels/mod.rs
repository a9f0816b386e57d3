//! What the channel routes share: opening a channel as a member (the gate on its marking, then
//! membership resolved against the viewer's posting now), the live audience of its members,
//! the mentions a message makes, and audit events for channels and messages.

mod access;
pub mod demo;
mod mentions;

pub use access::{MemberView, audiences, channel_event, message_event, open_channel};
pub use mentions::{MentionLink, hide_unreadable_persons, resolve_mentions};
