//! Blocking keys: short strings under which a name is filed in an index, so that a search only
//! scores names that share a key instead of every name in the register.
//!
//! Two kinds, each prefixed so they cannot collide:
//! - `p:` the phonetic skeleton of a token ("p:irfn"), and of two neighbouring tokens joined
//!   ("p:rmnrs" for "Ram Naresh", which finds "Ramnaresh");
//! - `g:` trigrams of a token's folded spelling with boundary marks ("g:^ir", "g:irf", …),
//!   which still share most keys when one letter is wrong. Common tokens (Kumar, Singh,
//!   Mohammad) get no trigrams: they would file every name under the same keys.

use super::frequency::weight;
use super::{NameParts, NameToken};
use std::collections::BTreeSet;

/// The blocking keys of every name (primary and aliases) in a written name, sorted and
/// distinct. Two names that [`super::name_similarity`] scores as strong share at least one.
pub fn candidate_keys(name: &str) -> Vec<String> {
    keys_of(&NameParts::parse(name))
}

pub(super) fn keys_of(parts: &NameParts) -> Vec<String> {
    let mut keys = BTreeSet::new();
    for name in &parts.names {
        let tokens: Vec<&NameToken> = name.tokens().iter().filter(|t| !t.is_initial).collect();
        for token in &tokens {
            if token.skeleton.len() >= 2 {
                keys.insert(format!("p:{}", token.skeleton));
            }
            if weight(&token.spelling) >= 1.0 {
                trigrams(&token.folded, &mut keys);
            }
        }
        for pair in tokens.windows(2) {
            let joined =
                super::variants::skeleton(&format!("{}{}", pair[0].folded, pair[1].folded));
            keys.insert(format!("p:{joined}"));
        }
    }
    keys.into_iter().collect()
}

fn trigrams(folded: &str, keys: &mut BTreeSet<String>) {
    let padded: Vec<char> = format!("^{folded}$").chars().collect();
    for window in padded.windows(3) {
        keys.insert(format!("g:{}", window.iter().collect::<String>()));
    }
}
