//! Who belongs to a channel: users listed by name and units listed whole, each with a role.
//! A unit entry admits whoever is posted to the unit now, so a transfer takes effect at once.

use crate::ids::{UnitId, UserId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What a member may do. Ordered: an owner may do all a member may, a member all a reader may.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    /// Reads, but may not post.
    ReadOnly,
    /// Reads and posts.
    Member,
    /// Also manages membership and the channel's settings.
    Owner,
}

impl MemberRole {
    pub fn name(self) -> &'static str {
        match self {
            MemberRole::ReadOnly => "read_only",
            MemberRole::Member => "member",
            MemberRole::Owner => "owner",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [Self::ReadOnly, Self::Member, Self::Owner]
            .into_iter()
            .find(|r| r.name() == name)
    }

    pub fn may_post(self) -> bool {
        self >= MemberRole::Member
    }
}

/// Who a membership entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum MemberSubject {
    /// One user, wherever posted.
    User(UserId),
    /// Whoever is posted to the unit now.
    Unit(UnitId),
}

/// One entry of a channel's membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Membership {
    pub subject: MemberSubject,
    pub role: MemberRole,
}

/// The role of the user posted to `unit` in a channel with these entries: the strongest entry
/// naming the user or the unit, or `None` if neither is listed.
pub fn resolve_role(entries: &[Membership], user: UserId, unit: UnitId) -> Option<MemberRole> {
    entries
        .iter()
        .filter(|entry| match entry.subject {
            MemberSubject::User(listed) => listed == user,
            MemberSubject::Unit(listed) => listed == unit,
        })
        .map(|entry| entry.role)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_entry_admits_whoever_is_posted_there_now() {
        let (unit, other) = (UnitId::new(), UnitId::new());
        let user = UserId::new();
        let entries = [Membership {
            subject: MemberSubject::Unit(unit),
            role: MemberRole::Member,
        }];
        assert_eq!(resolve_role(&entries, user, unit), Some(MemberRole::Member));
        // Transferred: the same user, another unit, no longer a member.
        assert_eq!(resolve_role(&entries, user, other), None);
    }

    #[test]
    fn the_strongest_entry_wins() {
        let (unit, user) = (UnitId::new(), UserId::new());
        let entries = [
            Membership {
                subject: MemberSubject::Unit(unit),
                role: MemberRole::ReadOnly,
            },
            Membership {
                subject: MemberSubject::User(user),
                role: MemberRole::Owner,
            },
        ];
        assert_eq!(resolve_role(&entries, user, unit), Some(MemberRole::Owner));
        assert!(!MemberRole::ReadOnly.may_post());
        assert!(MemberRole::Member.may_post());
    }
}
