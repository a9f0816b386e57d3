//! Record-level matching: whether two agencies' records of a person are about the same person.
//!
//! A caller fills [`RecordFacts`] from a person record, prepares it once as a [`Profile`] (names
//! read and reduced to compact tokens, districts folded) and [`compare`]s profiles. The score is
//! a Fellegi–Sunter weight: each field that agrees adds `log2(m/u)` — how much more often it
//! agrees for one person's two records than for two people's — and each field that disagrees
//! subtracts. A rare name agreeing counts more than "Rajesh Kumar"; a shared phone counts more
//! than any name. The [`RecordMatch`] carries the weight, a probability, a [`Decision`] and the
//! [`Evidence`] in words an officer can read.

mod evidence;
mod fields;
pub(crate) mod pairing;
mod profile;
mod threshold;
pub(crate) mod tokens;

pub use evidence::{Decision, Evidence, RecordMatch, RelativeKind};
pub use profile::{Profile, same_place};
pub use threshold::MatchThreshold;

pub(crate) use fields::{compare_with, weight_reaching};

use crate::identifiers::Identifier;

/// A person's sex as recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    /// Male.
    Male,
    /// Female.
    Female,
    /// Transgender.
    Transgender,
}

/// The year a person was born: from a date of birth (`exact`), or from an age an officer
/// estimated ("about 35"), which is off by a few years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BirthYear {
    /// The year.
    pub year: i32,
    /// Whether the year comes from a known date of birth.
    pub exact: bool,
}

/// The plain facts of a person record that matching compares, built by callers.
#[derive(Clone, Debug, Default)]
pub struct RecordFacts {
    /// Every name as written, either script; the first is the primary name, the others aliases
    /// and nicknames. A name may carry its own aliases and father ("Irfan @ Bhura s/o Yaqub").
    pub names: Vec<String>,
    /// The father's or husband's name as written, with or without "s/o".
    pub relative: Option<String>,
    /// The recorded sex.
    pub sex: Option<Sex>,
    /// The year of birth, exact or from an approximate age.
    pub birth_year: Option<BirthYear>,
    /// The month and day of birth, `(month, day)`, when the record gives a full date of birth.
    pub birth_day: Option<(u8, u8)>,
    /// Identifiers in canonical form.
    pub identifiers: Vec<Identifier>,
    /// Districts the person is known in, as written (case, spacing and script are folded).
    pub districts: Vec<String>,
    /// Addresses as written ("Village Rampur Khurd, PS Sadar"), either script: their place
    /// words are compared, weighed by how rare each is in the register.
    pub places: Vec<String>,
    /// An opaque id of the person's gang or organisation.
    pub gang: Option<String>,
}

/// Compares two prepared records of a register of about a million; see [`RecordMatch`].
pub fn compare(a: &Profile, b: &Profile) -> RecordMatch {
    compare_in(a, b, MatchThreshold::REFERENCE)
}

/// Compares two prepared records, deciding by the threshold of the register they are in
/// ([`MatchThreshold::for_register`]).
pub fn compare_in(a: &Profile, b: &Profile, threshold: MatchThreshold) -> RecordMatch {
    fields::compare_with(a, b, &tokens::Rarity::Static, true, threshold)
}
