//! How an input is classified: what it is about, how urgent it is, what the recipient must do,
//! and how far its source and information can be trusted (the 4×4 grading of Europol).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What an input is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    TerrorThreat,
    GangMovement,
    WantedPersonSighting,
    ArmsConsignment,
    NarcoticsConsignment,
    Cyber,
    General,
}

/// How urgent an input is; sets the acknowledgement deadline. Most urgent first, so sorting
/// puts flash before routine.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Precedence {
    Flash,
    Immediate,
    Priority,
    Routine,
}

impl Precedence {
    pub const ALL: [Precedence; 4] = [
        Precedence::Flash,
        Precedence::Immediate,
        Precedence::Priority,
        Precedence::Routine,
    ];

    /// The rank stored in the database: 0 for flash, so SQL orders the most urgent first.
    pub fn rank(self) -> i64 {
        self as i64
    }

    pub fn from_rank(rank: i64) -> Option<Self> {
        Self::ALL.get(usize::try_from(rank).ok()?).copied()
    }
}

/// What the issuer requires the recipient to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequiredAction {
    LocateAndArrest,
    DiscreetCheckAndReport,
    PreventOrSecurePlace,
    ForInformation,
}

/// How reliable the source has been: A always, B mostly, C not, X cannot be judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub enum SourceReliability {
    A,
    B,
    C,
    X,
}

/// How far the information itself is confirmed: 1 known true without reservation, 2 known to
/// the source personally, 3 not known personally but corroborated, 4 cannot be judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum InformationAccuracy {
    KnownTrue = 1,
    KnownToSource = 2,
    Corroborated = 3,
    CannotBeJudged = 4,
}

impl TryFrom<u8> for InformationAccuracy {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, String> {
        match value {
            1 => Ok(Self::KnownTrue),
            2 => Ok(Self::KnownToSource),
            3 => Ok(Self::Corroborated),
            4 => Ok(Self::CannotBeJudged),
            other => Err(format!("information accuracy is 1 to 4, not {other}")),
        }
    }
}

impl utoipa::PartialSchema for InformationAccuracy {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::Integer)
            .minimum(Some(1))
            .maximum(Some(4))
            .description(Some(
                "1 known true, 2 known to the source, 3 corroborated, 4 cannot be judged",
            ))
            .into()
    }
}

impl ToSchema for InformationAccuracy {}

impl From<InformationAccuracy> for u8 {
    fn from(value: InformationAccuracy) -> u8 {
        value as u8
    }
}

/// The grading of a piece of intelligence, e.g. "B2".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceGrading {
    pub reliability: SourceReliability,
    pub accuracy: InformationAccuracy,
}

impl SourceGrading {
    /// The short code officers write: "B2".
    pub fn code(self) -> String {
        let letter = match self.reliability {
            SourceReliability::A => 'A',
            SourceReliability::B => 'B',
            SourceReliability::C => 'C',
            SourceReliability::X => 'X',
        };
        format!("{letter}{}", u8::from(self.accuracy))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grading_reads_and_writes_as_officers_write_it() {
        let grading: SourceGrading =
            serde_json::from_str(r#"{"reliability":"B","accuracy":2}"#).unwrap();
        assert_eq!(grading.code(), "B2");
        assert!(
            serde_json::from_str::<SourceGrading>(r#"{"reliability":"B","accuracy":5}"#).is_err()
        );
        assert!(
            serde_json::from_str::<SourceGrading>(r#"{"reliability":"D","accuracy":1}"#).is_err()
        );
    }

    #[test]
    fn flash_sorts_first_and_ranks_round_trip() {
        let mut all = [Precedence::Routine, Precedence::Flash, Precedence::Priority];
        all.sort();
        assert_eq!(all[0], Precedence::Flash);
        for p in Precedence::ALL {
            assert_eq!(Precedence::from_rank(p.rank()), Some(p));
        }
    }
}
