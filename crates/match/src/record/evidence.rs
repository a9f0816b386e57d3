//! What a record comparison found: the weight, the decision and the evidence in words.

use super::threshold::MatchThreshold;
use crate::identifiers::{Identifier, IdentifierKind};
use std::fmt;

/// The result of comparing two records.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordMatch {
    /// The Fellegi–Sunter weight: the sum of `log2(m/u)` over the fields compared.
    pub weight: f64,
    /// The probability that the records are one person, from the weight and a prior.
    pub probability: f64,
    /// What agreed and what did not, strongest first, for an officer to read.
    pub evidence: Vec<Evidence>,
    /// The threshold of the register the pair was compared in.
    threshold: MatchThreshold,
}

/// What to do with a compared pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    /// The same person: link the records.
    Match,
    /// Perhaps the same person: an analyst should look.
    Possible,
    /// Different people.
    NonMatch,
}

impl RecordMatch {
    /// From this weight on, the records of a register of a million are one person (see
    /// [`MatchThreshold`] for other sizes).
    pub const MATCH_WEIGHT: f64 = 19.0;
    /// From this weight on, an analyst of a register of a million should look.
    pub const POSSIBLE_WEIGHT: f64 = 12.0;

    pub(crate) fn new(weight: f64, evidence: Vec<Evidence>, threshold: MatchThreshold) -> Self {
        let probability = 1.0 / (1.0 + (-(weight + threshold.prior_log2_odds())).exp2());
        Self {
            weight,
            probability,
            evidence,
            threshold,
        }
    }

    /// What to do with the pair, by the threshold of the register it was compared in.
    pub fn decision(&self) -> Decision {
        if self.weight >= self.threshold.match_weight() {
            Decision::Match
        } else if self.weight >= self.threshold.possible_weight() {
            Decision::Possible
        } else {
            Decision::NonMatch
        }
    }

    /// The threshold the decision was taken by.
    pub fn threshold(&self) -> MatchThreshold {
        self.threshold
    }

    /// The evidence as one line: "same father's name; DOB within 1 year; same phone
    /// +919810012345; names differ in script".
    pub fn explanation(&self) -> String {
        let parts: Vec<String> = self.evidence.iter().map(ToString::to_string).collect();
        parts.join("; ")
    }
}

/// Whose name the relative's name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelativeKind {
    /// The father (s/o, d/o, or not said).
    Father,
    /// The husband (w/o).
    Husband,
    /// The wife (h/o).
    Wife,
}

impl fmt::Display for RelativeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Father => "father's",
            Self::Husband => "husband's",
            Self::Wife => "wife's",
        })
    }
}

/// One finding of a record comparison; its `Display` is what an officer reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The names are the same.
    SameName,
    /// The names are one name written differently.
    NamesAlike { a: String, b: String },
    /// The names agree in part (initials, a missing name).
    NamesPartlyAlike { a: String, b: String },
    /// The names do not agree.
    NamesDiffer { a: String, b: String },
    /// The best agreement was with an alias.
    MatchedAlias { alias: String },
    /// Both records give this alias besides the name.
    SameAlias { alias: String },
    /// Both records give aliases, and none agree.
    DifferentAliases,
    /// One record writes the name in Devanagari, the other in Latin letters.
    NamesDifferInScript,
    /// The relative's names agree.
    SameRelative(RelativeKind),
    /// The relative's names agree in part.
    RelativeAlike(RelativeKind),
    /// The relative's names differ.
    RelativeDiffers(RelativeKind),
    /// The same year of birth (`exact`: both from a date of birth).
    SameBirthYear { exact: bool },
    /// The same full date of birth.
    SameDateOfBirth,
    /// Dates of birth one slip apart: day and month swapped, or the year off by one.
    DatesOfBirthAlike,
    /// Years of birth within a few years.
    BirthYearsClose { years: i32, exact: bool },
    /// Years of birth far apart.
    BirthYearsDiffer { years: i32 },
    /// One record says male, the other female (or transgender).
    DifferentSex,
    /// A district in common.
    SameDistrict { district: String },
    /// No district in common.
    DifferentDistricts,
    /// The addresses name the same locality, one few records give.
    SameLocality { place: String },
    /// Both records give an address, and they share no telling word.
    DifferentAddresses,
    /// The same gang or organisation.
    SameGang,
    /// Different gangs or organisations.
    DifferentGang,
    /// An identifier both records hold.
    SameIdentifier(Identifier),
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::SameName => write!(f, "same name"),
            Self::NamesAlike { a, b } => write!(f, "names alike ('{a}' ~ '{b}')"),
            Self::NamesPartlyAlike { a, b } => write!(f, "names partly alike ('{a}' ~ '{b}')"),
            Self::NamesDiffer { a, b } => write!(f, "names differ ('{a}' / '{b}')"),
            Self::MatchedAlias { alias } => write!(f, "matched on alias '{alias}'"),
            Self::SameAlias { alias } => write!(f, "same alias '{alias}'"),
            Self::DifferentAliases => write!(f, "different aliases"),
            Self::NamesDifferInScript => write!(f, "names differ in script"),
            Self::SameRelative(kind) => write!(f, "same {kind} name"),
            Self::RelativeAlike(kind) => write!(f, "{kind} names partly alike"),
            Self::RelativeDiffers(kind) => write!(f, "different {kind} name"),
            Self::SameBirthYear { exact: true } => write!(f, "same year of birth"),
            Self::SameBirthYear { exact: false } => write!(f, "age agrees"),
            Self::BirthYearsClose { years, exact: true } => {
                write!(f, "DOB within {years} year{}", plural(*years))
            }
            Self::BirthYearsClose {
                years,
                exact: false,
            } => {
                write!(f, "age within {years} year{}", plural(*years))
            }
            Self::SameDateOfBirth => write!(f, "same date of birth"),
            Self::DatesOfBirthAlike => write!(
                f,
                "dates of birth alike (day and month swapped or year off by one)"
            ),
            Self::BirthYearsDiffer { years } => {
                write!(f, "born {years} year{} apart", plural(*years))
            }
            Self::DifferentSex => write!(f, "different gender"),
            Self::SameDistrict { district } => write!(f, "same district ({district})"),
            Self::DifferentDistricts => write!(f, "different districts"),
            Self::SameLocality { place } => write!(f, "same locality ({place})"),
            Self::DifferentAddresses => write!(f, "addresses differ"),
            Self::SameGang => write!(f, "same gang"),
            Self::DifferentGang => write!(f, "different gangs"),
            Self::SameIdentifier(id) => write!(f, "same {} {id}", short_label(id.kind())),
        }
    }
}

fn plural(n: i32) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The word an officer uses for an identifier kind in "same phone …".
fn short_label(kind: IdentifierKind) -> &'static str {
    match kind {
        IdentifierKind::Mobile => "phone",
        IdentifierKind::Imei => "IMEI",
        IdentifierKind::Vehicle => "vehicle",
        IdentifierKind::BankAccount => "bank account",
        IdentifierKind::Upi => "UPI id",
        IdentifierKind::Email => "email",
        IdentifierKind::SocialHandle => "handle",
        IdentifierKind::WeaponSerial => "weapon",
    }
}
