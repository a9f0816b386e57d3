//! Sharing groups: created by one agency, joined by others through invitation and acceptance.

use crate::ids::{AgencyId, SharingGroupId};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use utoipa::ToSchema;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MembershipState {
    Invited,
    Member,
    Declined,
}

impl MembershipState {
    pub fn name(self) -> &'static str {
        match self {
            MembershipState::Invited => "invited",
            MembershipState::Member => "member",
            MembershipState::Declined => "declined",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Invited, Self::Member, Self::Declined]
            .into_iter()
            .find(|s| s.name() == name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SharingGroupMember {
    pub agency: AgencyId,
    pub state: MembershipState,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SharingGroup {
    pub id: SharingGroupId,
    pub name: String,
    pub purpose: String,
    pub created_by: AgencyId,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    pub members: Vec<SharingGroupMember>,
}
