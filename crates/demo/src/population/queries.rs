//! Names as an officer types them into the search box: the person's first name and surname
//! (or first and middle name), in Latin or Devanagari, often in lower case, with the spelling
//! the officer heard and now and then a slip of the finger.

use super::Population;
use super::spelling::{devanagari_variant, latin_typo, latin_variant};
use crate::rng::DemoRng;

/// A name to search for and the person it is meant to find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficerQuery {
    pub text: String,
    pub entity: u32,
    /// Whether the query is in Devanagari.
    pub devanagari: bool,
}

impl Population {
    /// `count` queries for persons drawn evenly from the population (not from its records,
    /// so persons held once are asked for as often as the others). The same seed gives the
    /// same queries.
    pub fn officer_queries(&self, seed: u64, count: usize) -> Vec<OfficerQuery> {
        let mut rng = DemoRng::new(seed).fork("officer-queries");
        if self.truths.is_empty() {
            return Vec::new();
        }
        (0..count)
            .map(|_| {
                let entity = rng.below(self.truths.len());
                let mut words = self.truths[entity].to_vec();
                // Officers rarely type a middle name.
                if words.len() >= 3 && rng.chance(60) {
                    words.remove(1);
                }
                let devanagari = rng.chance(40);
                let lower = !devanagari && rng.chance(40);
                let mut parts: Vec<String> = words
                    .iter()
                    .map(|(latin, hindi)| match (devanagari, rng.chance(25)) {
                        (false, false) => latin.to_string(),
                        (false, true) => latin_variant(latin, &mut rng),
                        (true, false) => hindi.to_string(),
                        (true, true) => devanagari_variant(hindi, &mut rng),
                    })
                    .collect();
                if !devanagari && rng.chance(8) {
                    let k = rng.below(parts.len());
                    parts[k] = latin_typo(&parts[k], &mut rng);
                }
                let mut text = parts.join(" ");
                if lower {
                    text = text.to_lowercase();
                }
                OfficerQuery {
                    text,
                    entity: entity as u32,
                    devanagari,
                }
            })
            .collect()
    }
}
