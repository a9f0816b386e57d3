//! What a name comparison found, in words an officer can read.

use std::fmt;

/// A name comparison: a score from 0 (different names) to 1 (the same name), and why.
#[derive(Clone, Debug, PartialEq)]
pub struct NameMatch {
    /// 0 to 1; see [`NameMatch::STRONG`] and [`NameMatch::POSSIBLE`].
    pub score: f64,
    /// What agreed and what did not, for an officer to read.
    pub reasons: Vec<NameReason>,
}

impl NameMatch {
    /// From here on, the names are the same name written differently.
    pub const STRONG: f64 = 0.85;
    /// From here on, the names may be the same; other facts must decide.
    pub const POSSIBLE: f64 = 0.65;

    /// Whether the names are the same name written differently.
    pub fn is_strong(&self) -> bool {
        self.score >= Self::STRONG
    }

    /// The reasons as one line: "names differ in script; 'Mohd' and 'मोहम्मद' are forms of one
    /// name".
    pub fn explanation(&self) -> String {
        let reasons: Vec<String> = self.reasons.iter().map(ToString::to_string).collect();
        reasons.join("; ")
    }
}

/// One reason in a [`NameMatch`]; its `Display` is the sentence shown to an officer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameReason {
    /// One name is in Devanagari, the other in Latin letters.
    DifferentScripts,
    /// Every token agrees exactly.
    SameName,
    /// Two forms from the table of known forms (Mohd, Muhammad).
    KnownForm { a: String, b: String },
    /// Spelt differently, sounding the same (Yaqub, Yakoob).
    SoundAlike { a: String, b: String },
    /// Spelt nearly alike (Balwinder, Balvindar).
    CloseSpelling { a: String, b: String },
    /// Initials agree with names' first letters ("R K" and "Rajesh Kumar").
    InitialsMatch { initials: String, names: String },
    /// Only one name has these middle names.
    MiddleNameMissing { names: String },
    /// Only one name has these first or last names.
    NameMissing { names: String },
    /// One name writes as one word what the other writes as two (Ramnaresh, Ram Naresh).
    WrittenAsOneWord { parts: String },
    /// The same tokens in another order.
    OrderDiffers,
    /// The best agreement was with an alias.
    MatchedAlias { alias: String },
    /// These tokens have no counterpart.
    Differ { a: String, b: String },
    /// One side has no name at all.
    NoName,
}

impl fmt::Display for NameReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DifferentScripts => write!(f, "names differ in script"),
            Self::SameName => write!(f, "same name"),
            Self::KnownForm { a, b } => write!(f, "'{a}' and '{b}' are forms of one name"),
            Self::SoundAlike { a, b } => write!(f, "'{a}' and '{b}' sound alike"),
            Self::CloseSpelling { a, b } => write!(f, "'{a}' and '{b}' are spelt alike"),
            Self::InitialsMatch { initials, names } => {
                write!(f, "initials match ({initials} ~ {names})")
            }
            Self::MiddleNameMissing { names } => write!(f, "middle name missing ({names})"),
            Self::NameMissing { names } => write!(f, "only one name has '{names}'"),
            Self::WrittenAsOneWord { parts } => write!(f, "'{parts}' written as one word"),
            Self::OrderDiffers => write!(f, "name order differs"),
            Self::MatchedAlias { alias } => write!(f, "matched on alias '{alias}'"),
            Self::Differ { a, b } => write!(f, "names differ: '{a}' / '{b}'"),
            Self::NoName => write!(f, "no name to compare"),
        }
    }
}
