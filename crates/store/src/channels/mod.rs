//! Coordination channels: a channel is a marked record read through the gate like a document;
//! its messages are marked records too, numbered per channel so the history page is a range
//! read of the primary key `(channel_id, seq)`. Membership is stored as entries (a user or a
//! unit with a role) and resolved by the caller against the viewer's current posting.

mod attachments;
mod candidates;
mod reads;
mod rows;
mod search;
mod writes;

pub use candidates::CandidateSearch;
pub use reads::{ChannelListing, HistoryPage};
pub use search::{MentionHit, MessageSearch};
pub(crate) use writes::apply;

use samanvay_core::channel::{Channel, ChannelId, MemberSubject, Membership, Message, MessageId};
use samanvay_core::event::Audience;
use samanvay_core::{Marking, UserId};

/// A change to channels, their members, messages or read positions.
#[derive(Clone, Debug)]
pub enum ChannelChange {
    /// A new channel with its first members.
    Create {
        channel: Box<Channel>,
        members: Vec<Membership>,
        by: UserId,
    },
    /// New name, description or retention.
    Settings {
        channel: ChannelId,
        name: String,
        description: String,
        retention_days: Option<u32>,
    },
    /// Adds a member or changes its role; tells the old and new members in `audiences`.
    SetMember {
        channel: ChannelId,
        membership: Membership,
        by: UserId,
        audiences: Vec<Audience>,
        marking: Box<Marking>,
    },
    /// Removes a member; 0 rows if it was not listed.
    RemoveMember {
        channel: ChannelId,
        subject: MemberSubject,
        audiences: Vec<Audience>,
        marking: Box<Marking>,
    },
    /// Posts a message, numbered after the channel's last; its row count is the message's seq.
    /// The live event goes to each of `audiences`, gated by the message's marking.
    Post {
        message: Box<Message>,
        audiences: Vec<Audience>,
    },
    /// Replaces a message's text, marking and mentions; a conflict unless it is still at
    /// `message.version - 1`. Keeps the earlier text as a revision.
    Edit {
        message: Box<Message>,
        by: UserId,
        audiences: Vec<Audience>,
    },
    /// Deletes a message (its text leaves the channel, its revisions stay); a conflict unless
    /// it is still at `version`.
    Delete {
        channel: ChannelId,
        message: MessageId,
        seq: i64,
        version: i64,
        marking: Box<Marking>,
        by: UserId,
        audiences: Vec<Audience>,
    },
    /// Moves a member's read position forward (never back).
    MarkRead {
        channel: ChannelId,
        user: UserId,
        seq: i64,
    },
}
