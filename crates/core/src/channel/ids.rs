//! Channel and message ids: UUIDv7 newtypes like every other record id, kept beside the
//! channel domain they belong to.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

use crate::ids::record_id;

record_id!(
    /// A coordination channel.
    ChannelId
);
record_id!(
    /// A message in a channel.
    MessageId
);
