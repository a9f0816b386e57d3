//! The shared register: persons and organisations, each versioned like documents and read
//! through the same gate; persons are searched by name keys and canonical identifiers.

mod organisations;
mod persons;
mod search;
mod writes;

pub use organisations::OrganisationQuery;
pub use search::{PersonHit, PersonQuery, PersonResults};
pub(crate) use writes::{insert_organisation, insert_person, update_organisation, update_person};

use crate::visibility::MARKING_COLUMNS;

/// The marking columns of table alias `t`, comma-separated.
fn marking_columns(t: &str) -> String {
    MARKING_COLUMNS
        .split(", ")
        .map(|c| format!("{t}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}
