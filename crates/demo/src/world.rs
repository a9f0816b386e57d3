//! The generated demo world and the handful of look-ups callers need to load and show it.

use samanvay_core::document::{Document, DocumentContent};
use samanvay_core::org::{Agency, Unit};
use samanvay_core::register::{Organisation, Person};
use samanvay_core::sharing::{MembershipState, SharingGroup};
use samanvay_core::user::User;
use samanvay_core::{AgencyId, DocumentId, Marking, UnitId, Viewer};
use serde::Serialize;
use time::OffsetDateTime;

/// How much data to generate. The organisation (agencies, units, users, sharing groups) is a
/// fixed, hand-made map; the scale sets how many records fill it.
///
/// Build it with `Scale { documents: 10_000, ..Scale::default() }` so that fields added later
/// (persons, inputs, …) keep their defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Scale {
    /// Documents in the shared library.
    pub documents: usize,
    /// Persons in the shared register, the three-agency trio included.
    pub persons: usize,
    /// Intelligence inputs of the six weeks before the demo starts.
    pub inputs: usize,
}

impl Default for Scale {
    /// The demo's world: a few dozen documents to read through, and a register of a few
    /// thousand persons, hundreds of them held by more than one agency.
    fn default() -> Self {
        Self {
            documents: 48,
            persons: 3_000,
            inputs: 160,
        }
    }
}

impl Scale {
    /// The organisation with few records: a few dozen documents and persons, for tests that
    /// load a world per case and need no crowd.
    pub fn small() -> Self {
        Self {
            documents: 48,
            persons: 36,
            inputs: 0,
        }
    }

    /// The default scale with a different number of documents.
    pub fn with_documents(documents: usize) -> Self {
        Self {
            documents,
            ..Self::default()
        }
    }
}

/// Everything `generate` produces, in load order: parents before children, ids ascending.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DemoWorld {
    pub agencies: Vec<Agency>,
    /// Headquarters first in each agency, every parent before its children.
    pub units: Vec<Unit>,
    pub users: Vec<DemoUser>,
    pub sharing_groups: Vec<SharingGroup>,
    /// Oldest first.
    pub documents: Vec<DemoDocument>,
    /// Dozens of gangs, and outfits with their front companies and arms factories, version 1.
    pub organisations: Vec<Organisation>,
    /// Oldest first, version 1; the first three are one man held by Delhi, UP and Haryana, the
    /// rest come from the synthetic population (see [`crate::population`]).
    pub persons: Vec<Person>,
    /// Oldest first: inputs between the agencies and what each recipient unit did with them.
    pub inputs: Vec<crate::inputs::DemoInput>,
}

/// A demo account: the user and the plaintext password to hash when loading it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DemoUser {
    pub user: User,
    /// Always [`crate::DEMO_PASSWORD`]; kept per user so loaders need not special-case it.
    pub password: String,
}

/// A document of the shared library as first created (version 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DemoDocument {
    /// A UUIDv7 whose timestamp is `created_at`; use it if the store accepts given ids.
    pub id: DocumentId,
    pub content: DocumentContent,
    pub marking: Marking,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
}

impl DemoDocument {
    /// The document as the core type: version 1, never edited.
    pub fn document(&self) -> Document {
        Document {
            id: self.id,
            marking: self.marking.clone(),
            content: self.content.clone(),
            version: 1,
            created_at: self.created_at,
            updated_at: self.created_at,
        }
    }
}

impl DemoWorld {
    /// Accounts worth showing at the start of a demo, with what each one demonstrates.
    pub fn highlighted_logins(&self) -> Vec<(String, String)> {
        crate::users::HIGHLIGHTED
            .iter()
            .filter(|(username, _)| self.user(username).is_some())
            .map(|(username, why)| (username.to_string(), why.to_string()))
            .collect()
    }

    /// The agency with this short code ("DL", "NIA", …).
    pub fn agency(&self, code: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.code == code)
    }

    pub fn unit(&self, id: UnitId) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    pub fn user(&self, username: &str) -> Option<&DemoUser> {
        self.users.iter().find(|u| u.user.username == username)
    }

    /// Sharing groups the agency has accepted (the groups a viewer from it may see through).
    pub fn accepted_groups(&self, agency: AgencyId) -> Vec<&SharingGroup> {
        self.sharing_groups
            .iter()
            .filter(|g| {
                g.members
                    .iter()
                    .any(|m| m.agency == agency && m.state == MembershipState::Member)
            })
            .collect()
    }

    /// The policy viewer for a demo account, as a signed-in session would build it.
    pub fn viewer(&self, username: &str) -> Option<Viewer> {
        let user = &self.user(username)?.user;
        Some(Viewer {
            user: user.id,
            agency: user.agency,
            unit: user.unit,
            roles: user.roles.clone(),
            clearance: user.clearance,
            groups: self
                .accepted_groups(user.agency)
                .iter()
                .map(|g| g.id)
                .collect(),
        })
    }
}
