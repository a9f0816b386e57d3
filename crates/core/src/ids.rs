//! Identifiers. Every record id is a UUIDv7 wrapped in a newtype, so an agency id can never be
//! passed where a user id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::Uuid)))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}
/// For the id types other modules of the crate keep beside their domain (channels); the caller
/// imports what the expansion names (serde's derives, `fmt`, `FromStr`, `Uuid`).
pub(crate) use record_id;

record_id!(
    /// An agency (Delhi Police, Haryana Police, a central agency).
    AgencyId
);
record_id!(
    /// A unit inside an agency: range, district, sub-division, police station, special unit.
    UnitId
);
record_id!(
    /// A user account.
    UserId
);
record_id!(
    /// A sharing group: agencies that agreed to share records with each other.
    SharingGroupId
);
record_id!(
    /// A document in the shared library.
    DocumentId
);
record_id!(
    /// A person in the shared register.
    PersonId
);
record_id!(
    /// An organisation in the shared register: gang, outfit, arms factory, front company.
    OrganisationId
);
record_id!(
    /// A notification to a user or a unit.
    NotificationId
);
record_id!(
    /// An intelligence input: an alert or report that its recipients must act on.
    InputId
);
record_id!(
    /// One recipient (a unit, or a user it was forwarded to) of an input.
    RecipientId
);
