//! Users: officers and analysts with an Indian police or central-agency rank, roles that say
//! what they may do, and a clearance that caps what they may read.

use crate::ids::{AgencyId, UnitId, UserId};
use crate::marking::Classification;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Ranks of the commissionerate, the district system and the central agencies, junior first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Rank {
    Constable,
    HeadConstable,
    AssistantSubInspector,
    SubInspector,
    Inspector,
    /// DSP / Circle Officer in a district system, ACP in a commissionerate.
    DeputySuperintendent,
    /// ASP, Additional DCP.
    AdditionalSuperintendent,
    /// SP / SSP in a district system, DCP in a commissionerate.
    Superintendent,
    DeputyInspectorGeneral,
    /// IG, Joint Commissioner.
    InspectorGeneral,
    /// ADGP, Special Commissioner.
    AdditionalDirectorGeneral,
    /// DGP, Commissioner of Police, Director of a central agency.
    DirectorGeneral,
    /// Civilian analysts and staff of central agencies.
    Analyst,
}

impl Rank {
    /// The usual title, as officers write it.
    pub fn title(self) -> &'static str {
        match self {
            Rank::Constable => "Constable",
            Rank::HeadConstable => "Head Constable",
            Rank::AssistantSubInspector => "ASI",
            Rank::SubInspector => "SI",
            Rank::Inspector => "Inspector",
            Rank::DeputySuperintendent => "DSP/ACP",
            Rank::AdditionalSuperintendent => "ASP/Addl. DCP",
            Rank::Superintendent => "SP/DCP",
            Rank::DeputyInspectorGeneral => "DIG",
            Rank::InspectorGeneral => "IG/Joint CP",
            Rank::AdditionalDirectorGeneral => "ADGP/Special CP",
            Rank::DirectorGeneral => "DGP/CP",
            Rank::Analyst => "Analyst",
        }
    }
}

/// What a user may do. Seeing records is governed by the marking, not by the role.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Receives inputs, searches, talks in channels.
    Officer,
    /// Issues inputs, maintains records, runs analysis.
    Analyst,
    /// Sees compliance and escalations for the unit subtree.
    Supervisor,
    /// Manages the users and units of the own agency.
    AgencyAdmin,
    /// Reads the audit log.
    Auditor,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Officer,
        Role::Analyst,
        Role::Supervisor,
        Role::AgencyAdmin,
        Role::Auditor,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Analyst => "analyst",
            Role::Supervisor => "supervisor",
            Role::AgencyAdmin => "agency_admin",
            Role::Auditor => "auditor",
        }
    }

    pub fn from_name(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    Active,
    /// Too many failed logins; an agency admin must unlock (or the auto-unlock period passes).
    Locked,
    /// Switched off by an admin; all sessions ended.
    Disabled,
}

/// A user account as the rest of the system sees it (never the password hash).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub agency: AgencyId,
    pub unit: UnitId,
    pub rank: Rank,
    /// The posting as officers say it: "SHO, PS Alipur".
    pub post: String,
    pub roles: Vec<Role>,
    pub clearance: Classification,
    pub status: AccountStatus,
}

impl User {
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// An admin may manage an account only if it grants nothing the admin does not hold: no
    /// role the admin lacks and no higher clearance.
    pub fn is_no_more_privileged_than(&self, roles: &[Role], clearance: Classification) -> bool {
        self.clearance <= clearance && self.roles.iter().all(|r| roles.contains(r))
    }
}

/// Why a username was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("the username must be 3 to 64 characters: lower-case letters, digits, '.', '-', '_'")]
pub struct BadUsername;

/// Usernames are short, lower-case and safe to show anywhere: 3–64 of `a-z 0-9 . - _`.
pub fn check_username(username: &str) -> Result<(), BadUsername> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c);
    if (3..=64).contains(&username.len()) && username.chars().all(allowed) {
        Ok(())
    } else {
        Err(BadUsername)
    }
}
