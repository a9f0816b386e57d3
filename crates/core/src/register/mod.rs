//! The shared register: persons and organisations that agencies hold under their own markings.
//! Each record keeps every past state as a version, like documents.

mod day;
mod description;
pub mod exchange;
mod facts;
mod link;
mod name;
mod organisation;
mod person;

pub use day::Day;
pub use description::{
    Build, Complexion, DescriptionError, IdentifyingMark, MarkKind, PhysicalDescription,
};
pub use link::{LinkState, PersonLink, PersonPair};
pub use name::{NameKind, RecordName, Script};
pub use organisation::{
    Organisation, OrganisationContent, OrganisationError, OrganisationKind, OrganisationVersion,
};
pub use person::{
    Address, Age, CaseReference, Coordinates, Gender, IdentifierDoc, Person, PersonContent,
    PersonError, PersonVersion, Relation, Relative, StatusFlag, StatusKind, ThreatLevel,
};

/// Longest name, address, police station or source text we keep.
pub const MAX_TEXT_CHARS: usize = 300;
/// Longest free notes.
pub const MAX_NOTES_BYTES: usize = 64 * 1024;
/// Most entries in one list of a record (names, identifiers, addresses, statuses, cases).
pub const MAX_ENTRIES: usize = 100;

/// Trims `text` and checks it is 1 to [`MAX_TEXT_CHARS`] characters.
fn clean_text(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty() && text.chars().count() <= MAX_TEXT_CHARS).then_some(text)
}
