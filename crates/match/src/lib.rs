//! Samanvay's matching: the pieces that decide whether two agencies' records are about the same
//! phone, vehicle, account or person. Pure: no I/O, no async, no database.
//!
//! - [`identifiers`]: one normalizer per identifier kind, so "+91 98100-12345" and "09810012345"
//!   become the same stored value, and [`identifiers::detect`] to find identifiers in free text.
//! - [`transliterate`]: Devanagari to Latin the way Indian names are written in English
//!   (राहुल → rahul, not rahula).
//! - [`names`]: Indian names reduced to comparable tokens, a similarity score with reasons an
//!   officer can read, and blocking keys for candidate retrieval.
//! - [`record`]: whole person records compared field by field (names, father's name, year of
//!   birth, sex, identifiers, district, gang) into a Fellegi–Sunter weight, a [`Decision`] and
//!   [`Evidence`] an officer can read ("same father's name; age within 1 year; names differ in
//!   script").
//! - [`index`]: the register in memory, for name search in either script and for the records
//!   that may be the same person as a new one, at a million records.
//! - [`dedupe`](mod@dedupe): a register's duplicates folded into clusters, never joining two
//!   records an analyst has said are different people.
//!
//! ```
//! use samanvay_match::{Identifier, IdentifierKind, detect, name_similarity};
//!
//! let phone = Identifier::parse(IdentifierKind::Mobile, "+91 98100-12345").unwrap();
//! assert_eq!(phone.canonical(), "+919810012345");
//! assert_eq!(detect("मोबाइल 09810012345 पर बात हुई"), vec![phone]);
//!
//! let found = name_similarity("मोहम्मद इरफ़ान उर्फ़ भूरा", "Mohd. Irfan @ Bhura");
//! assert!(found.is_strong());
//! assert_eq!(
//!     found.explanation(),
//!     "names differ in script; 'मोहम्मद' and 'Mohd' are forms of one name"
//! );
//! ```
//!
//! Whole records, the index and deduplication:
//!
//! ```
//! use samanvay_match::{BirthYear, Decision, Profile, RecordFacts, RecordIndex, compare};
//!
//! let fir = Profile::new(&RecordFacts {
//!     names: vec!["मोहम्मद इरफ़ान उर्फ़ भूरा".into()],
//!     relative: Some("याक़ूब".into()),
//!     birth_year: Some(BirthYear { year: 1988, exact: false }),
//!     districts: vec!["मेरठ".into()],
//!     ..RecordFacts::default()
//! });
//! let dossier = Profile::new(&RecordFacts {
//!     names: vec!["Mohd. Irfan".into()],
//!     relative: Some("s/o Yakub".into()),
//!     birth_year: Some(BirthYear { year: 1989, exact: true }),
//!     districts: vec!["Meerut".into()],
//!     ..RecordFacts::default()
//! });
//! let found = compare(&fir, &dossier);
//! assert_eq!(found.decision(), Decision::Match);
//! assert!(found.explanation().contains("same father's name; age within 1 year"));
//!
//! let mut index = RecordIndex::new();
//! index.insert(1u32, fir);
//! assert_eq!(index.search_name("Bhura", 10)[0].id, 1);
//! assert_eq!(index.matches(&dossier, None, 5)[0].0, 1);
//! ```
//!
//! The weights were set from a labelled synthetic register (`samanvay_demo::population`): how
//! often each field agrees for one person's records and for namesakes. The match threshold
//! follows the register's size ([`MatchThreshold`]): 19 bits at a million records, where many
//! people share a name, a father's name and an age, one bit less per halving below, never less
//! than 14.
//!
//! No maintained crate fits the transliteration we need: the Devanagari crates on crates.io
//! (`vidyut-lipi`, `uast`) convert Sanskrit to scholarly schemes (IAST, ITRANS) and keep every
//! inherent vowel, which is exactly what names written in English drop. So the rules are ours.

pub mod dedupe;
pub mod identifiers;
pub mod index;
pub mod names;
pub mod record;
pub mod transliterate;

pub use dedupe::{Dedupe, Link, dedupe, dedupe_at};
pub use identifiers::{Identifier, IdentifierError, IdentifierKind, Mention, detect};
pub use index::{NameHit, RecordIndex};
pub use names::{NameKey, NameMatch, NameParts, NameReason, candidate_keys, name_similarity};
pub use record::{
    BirthYear, Decision, Evidence, MatchThreshold, Profile, RecordFacts, RecordMatch, RelativeKind,
    Sex, compare, compare_in,
};
pub use transliterate::to_latin;
