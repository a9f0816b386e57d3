//! The weight from which two records are one person, for a register of a given size.
//!
//! A pair's weight says how much more often its fields agree like this for one person's two
//! records than for two people's. Whether that is enough depends on the prior odds that two
//! records compared are one person, and those fall with the register's size: a record has about
//! as many duplicates in a register of five thousand as in one of a million, but two hundred
//! times fewer namesakes. Each doubling of the register halves the prior odds, so it asks one
//! more bit of evidence. The weights were set on a register of a million records, where the
//! threshold is [`RecordMatch::MATCH_WEIGHT`].

use super::evidence::RecordMatch;

/// The weights from which a pair is a match, and from which an analyst should look.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatchThreshold {
    matched: f64,
}

impl MatchThreshold {
    /// The register size the weights were set on.
    pub const REFERENCE_RECORDS: usize = 1_000_000;
    /// However small the register, a pair must carry this much (odds of sixteen thousand to
    /// one against agreeing so by chance): a common name, a district and an age band are not
    /// one person even among a few thousand records.
    pub const FLOOR: f64 = 14.0;
    /// "Possible" starts this many bits below "match": a hundred times less likely a pair.
    const POSSIBLE_BELOW: f64 = 7.0;
    /// However small the register, an analyst is not asked about less than this.
    const POSSIBLE_FLOOR: f64 = 9.0;

    /// The threshold of a register of about a million records: [`RecordMatch::MATCH_WEIGHT`].
    pub const REFERENCE: Self = Self {
        matched: RecordMatch::MATCH_WEIGHT,
    };

    /// The threshold for a register of `records` records: one bit more per doubling of the
    /// register, from [`RecordMatch::MATCH_WEIGHT`] at a million, never below [`Self::FLOOR`].
    pub fn for_register(records: usize) -> Self {
        let scale = (records.max(1) as f64 / Self::REFERENCE_RECORDS as f64).log2();
        Self {
            matched: (RecordMatch::MATCH_WEIGHT + scale).max(Self::FLOOR),
        }
    }

    /// From this weight on, the records are one person.
    pub fn match_weight(self) -> f64 {
        self.matched
    }

    /// From this weight on, an analyst should look.
    pub fn possible_weight(self) -> f64 {
        (self.matched - Self::POSSIBLE_BELOW).max(Self::POSSIBLE_FLOOR)
    }

    /// The prior log2-odds that two compared records are one person: a pair at the threshold is
    /// twice as likely one person as not.
    pub(crate) fn prior_log2_odds(self) -> f64 {
        1.0 - self.matched
    }
}

impl Default for MatchThreshold {
    fn default() -> Self {
        Self::REFERENCE
    }
}
