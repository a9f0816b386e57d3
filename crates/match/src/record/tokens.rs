//! Names prepared for fast comparison: every token of every name reduced once to its folded
//! spelling and a few hashes, so comparing two records costs integer compares, not
//! transliteration. The rules are those of [`crate::names`] (canonical spelling, folded
//! spelling, the unwritten schwa, initials, a close spelling in a long name, two words written as
//! one); only the representation is compact.

use super::Profile;
use crate::names::{NameKey, NameParts, Script, frequency, variants};
use std::collections::HashMap;

/// A 32-bit FNV-1a hash; collisions among a register's few hundred thousand distinct tokens are
/// rare enough to only ever make two tokens look alike.
pub(crate) fn hash(text: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// One token of a name.
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    /// The folded spelling ("mohamad"), for close-spelling checks and blocking keys.
    pub folded: Box<str>,
    /// Hash of the canonical spelling.
    pub spelling: u32,
    /// Hash of the folded spelling.
    pub folded_hash: u32,
    /// Hash of the folded spelling without the droppable schwa.
    pub schwa: u32,
    /// Hash of the consonant skeleton.
    pub skeleton: u32,
    /// First letter of the canonical spelling (what an initial stands for).
    pub first: u8,
    /// Whether this is an initial.
    pub initial: bool,
    /// How common the token is by the built-in lists: 0 very common, 1 common, 2 other.
    pub class: u8,
}

impl Tok {
    /// The share of a name comparison this token carries (as in [`crate::names`]).
    pub(crate) fn weight(&self) -> f32 {
        match self.class {
            0 => 0.3,
            1 => 0.6,
            _ => 1.0,
        }
    }
}

/// One name (primary or alias) as compact tokens.
#[derive(Clone, Debug)]
pub(crate) struct CompactName {
    pub tokens: Box<[Tok]>,
    pub script: Script,
    /// The name as written, for explanations.
    pub written: Box<str>,
    /// The whole name as one sound, in any order and either script ("Irfan Qureshi",
    /// "क़ुरैशी इरफ़ान"): its tokens' schwa-less spellings, sorted and hashed; none when
    /// the name holds an initial (an initial stands for many names).
    pub whole: Option<u32>,
}

impl CompactName {
    pub(crate) fn from_key(key: &NameKey) -> Self {
        let tokens: Box<[Tok]> = key
            .tokens()
            .iter()
            .map(|t| {
                let weight = frequency::weight(&t.spelling);
                let class = if weight < 0.5 {
                    0
                } else if weight < 1.0 {
                    1
                } else {
                    2
                };
                Tok {
                    folded: t.folded.as_str().into(),
                    spelling: hash(&t.spelling),
                    folded_hash: hash(&t.folded),
                    schwa: hash(&variants::without_schwa(&t.folded)),
                    skeleton: hash(&t.skeleton),
                    first: t.spelling.bytes().next().unwrap_or(b'?'),
                    initial: t.is_initial,
                    class,
                }
            })
            .collect();
        let written: Vec<&str> = key.tokens().iter().map(|t| t.written.as_str()).collect();
        let whole = whole_name(&tokens);
        Self {
            tokens,
            script: key.script(),
            written: written.join(" ").into(),
            whole,
        }
    }

    /// Every name of a written name (the primary and its aliases).
    pub(crate) fn all_of(parts: &NameParts) -> impl Iterator<Item = CompactName> + '_ {
        parts.names.iter().map(Self::from_key)
    }
}

fn whole_name(tokens: &[Tok]) -> Option<u32> {
    if tokens.is_empty() || tokens.iter().any(|t| t.initial) {
        return None;
    }
    let mut sounds: Vec<u32> = tokens.iter().map(|t| t.schwa).collect();
    sounds.sort_unstable();
    let mut h: u32 = 0x811c_9dc5;
    for sound in sounds {
        for byte in sound.to_le_bytes() {
            h ^= u32::from(byte);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    Some(h)
}

/// How much a token tells two people apart, in bits: from the built-in lists of common names,
/// or from how often the token occurs in the register at hand.
pub(crate) enum Rarity<'a> {
    Static,
    Counted(&'a TokenCounts),
}

impl Rarity<'_> {
    pub(crate) fn bits(&self, tok: &Tok) -> f32 {
        let fixed = match tok.class {
            0 => 1.5,
            1 => 4.0,
            _ => 9.0,
        };
        match self {
            Rarity::Static => fixed,
            Rarity::Counted(counts) => counts.bits(tok.spelling).map_or(fixed, |b| b.min(fixed)),
        }
    }

    /// How much one whole name agreeing tells two people apart, in bits, from how many of the
    /// register's names sound the same (u, learnt from the register); none from the built-in
    /// lists or when the register is too small to count.
    pub(crate) fn whole_bits(&self, name: &CompactName) -> Option<f32> {
        match self {
            Rarity::Static => None,
            Rarity::Counted(counts) => counts.whole_bits(name.whole?),
        }
    }

    /// Whether the register holds enough addresses to weigh their words.
    pub(crate) fn counts_places(&self) -> bool {
        match self {
            Rarity::Static => false,
            Rarity::Counted(counts) => counts.place_records >= TokenCounts::ENOUGH_PLACES,
        }
    }

    /// How much one address word both records give tells two people apart, in bits (see
    /// [`Self::counts_places`]).
    pub(crate) fn place_bits(&self, place: u32) -> f32 {
        match self {
            Rarity::Static => 0.0,
            Rarity::Counted(counts) => counts.place_bits(place),
        }
    }
}

/// How often each token (by canonical spelling) occurs among a register's names.
#[derive(Clone, Debug, Default)]
pub(crate) struct TokenCounts {
    counts: HashMap<u32, u32>,
    total: u64,
    /// How many names sound the same as a whole ([`CompactName::whole`]).
    wholes: HashMap<u32, u32>,
    whole_total: u64,
    /// How many records give each address word, and how many give an address at all.
    places: HashMap<u32, u32>,
    place_records: u64,
}

impl TokenCounts {
    /// Below this many tokens the counts say too little; the built-in lists decide.
    const ENOUGH: u64 = 20_000;

    pub(crate) fn add(&mut self, names: &[CompactName], delta: i32) {
        for name in names {
            if let Some(whole) = name.whole {
                let count = self.wholes.entry(whole).or_insert(0);
                *count = count.saturating_add_signed(delta);
                self.whole_total = self.whole_total.saturating_add_signed(i64::from(delta));
            }
            for tok in name.tokens.iter().filter(|t| !t.initial) {
                let count = self.counts.entry(tok.spelling).or_insert(0);
                *count = count.saturating_add_signed(delta);
                self.total = self.total.saturating_add_signed(i64::from(delta));
            }
        }
    }

    /// Counts (`delta` 1) or uncounts (-1) a record's names and address words.
    pub(crate) fn add_record(&mut self, profile: &Profile, delta: i32) {
        self.add(&profile.names, delta);
        self.add_places(&profile.places, delta);
    }

    fn add_places(&mut self, places: &[(Box<str>, u32)], delta: i32) {
        if places.is_empty() {
            return;
        }
        self.place_records = self.place_records.saturating_add_signed(i64::from(delta));
        for (_, key) in places {
            let count = self.places.entry(*key).or_insert(0);
            *count = count.saturating_add_signed(delta);
        }
    }

    /// Below this many records with an address, the counts of address words say too little.
    const ENOUGH_PLACES: u64 = 2_000;
    /// How often one person's two addresses share a locality: the m of an address word.
    const PLACE_KEPT: f64 = 0.6;

    /// log2(m/u) of an address word both records give: u is the share of records giving it,
    /// so "Village" or "Gali" says nothing and a village of a few hundred records much.
    fn place_bits(&self, place: u32) -> f32 {
        let count = self.places.get(&place).copied().unwrap_or(0).max(1);
        let bits = (Self::PLACE_KEPT * self.place_records as f64 / f64::from(count)).log2();
        bits.clamp(0.0, 10.0) as f32
    }

    /// Below this many bits a whole name says no more than its tokens; above it, the count of
    /// one register is too thin to trust.
    const WHOLE_MAX_BITS: f32 = 17.0;

    /// Whether some filed name sounds like this whole name.
    pub(crate) fn bears_whole(&self, whole: u32) -> bool {
        self.wholes.get(&whole).is_some_and(|&count| count > 0)
    }

    fn whole_bits(&self, whole: u32) -> Option<f32> {
        if self.total < Self::ENOUGH {
            return None;
        }
        let count = self.wholes.get(&whole).copied().unwrap_or(0).max(1);
        Some(((self.whole_total as f64 / f64::from(count)).log2() as f32).min(Self::WHOLE_MAX_BITS))
    }

    fn bits(&self, spelling: u32) -> Option<f32> {
        if self.total < Self::ENOUGH {
            return None;
        }
        let count = self.counts.get(&spelling).copied().unwrap_or(0).max(1);
        Some(((self.total as f64 / f64::from(count)).log2() as f32).clamp(1.0, 14.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(written: &str) -> CompactName {
        CompactName::all_of(&NameParts::parse(written))
            .next()
            .expect("a name")
    }

    #[test]
    fn a_whole_name_sounds_the_same_in_either_order_and_script_but_not_with_an_initial() {
        let latin = name("Irfan Qureshi");
        assert!(latin.whole.is_some());
        assert_eq!(latin.whole, name("क़ुरैशी इरफ़ान").whole);
        assert_ne!(latin.whole, name("Irfan Ansari").whole);
        assert_eq!(name("I. Qureshi").whole, None);
    }

    #[test]
    fn a_common_whole_name_tells_less_than_a_rare_one_once_the_register_is_big_enough() {
        let (common, rare) = (name("Rajesh Kumar"), name("Hansraj Kushwaha"));
        let mut counts = TokenCounts::default();
        counts.add(std::slice::from_ref(&rare), 1);
        for _ in 0..200 {
            counts.add(std::slice::from_ref(&common), 1);
        }
        assert_eq!(
            Rarity::Counted(&counts).whole_bits(&rare),
            None,
            "too few to count"
        );
        let other = name("Salim Ahmad Ansari");
        for _ in 0..10_000 {
            counts.add(std::slice::from_ref(&other), 1);
        }
        let rarity = Rarity::Counted(&counts);
        let (c, r) = (
            rarity.whole_bits(&common).unwrap(),
            rarity.whole_bits(&rare).unwrap(),
        );
        assert!(r > c + 5.0, "{r} vs {c}");
        assert_eq!(Rarity::Static.whole_bits(&rare), None);
    }
}
