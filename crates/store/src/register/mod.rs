//! The shared register: persons and organisations, each versioned like documents and read
//! through the same gate; searched together by name keys and canonical identifiers; imported
//! in bulk under external references and exported as the viewer may see them.

mod bulk;
mod exchange;
mod organisations;
mod persons;
mod search;
mod writes;

pub use bulk::Imported;
pub(crate) use bulk::{import_organisations, import_persons};
pub use organisations::OrganisationQuery;
pub(crate) use persons::{person_columns, person_from_row};
pub use search::{
    PersonHit, PersonQuery, PersonResults, RegisterHit, RegisterKind, RegisterPointer,
    RegisterQuery, RegisterResults,
};
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
