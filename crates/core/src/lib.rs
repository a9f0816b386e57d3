//! Samanvay's domain: who the agencies, units and users are, how records are marked, and the
//! one access policy that decides what a viewer may see. Pure: no I/O, no async, no database.

pub mod audit;
pub mod channel;
pub mod clock;
pub mod document;
pub mod event;
pub mod ids;
pub mod input;
pub mod marking;
pub mod notification;
pub mod org;
pub mod password;
pub mod policy;
pub mod register;
pub mod sharing;
pub mod user;
pub mod watch;

pub use ids::{
    AgencyId, DocumentId, InputId, NotificationId, OrganisationId, PersonId, RecipientId,
    SharingGroupId, UnitId, UserId,
};
pub use marking::{Classification, Distribution, Marking};
pub use policy::{Holder, Seen, Viewer, Visibility};
