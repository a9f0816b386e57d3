//! The keys a record is filed under in the index: the blocking keys of [`crate::names`]
//! (a token's phonetic skeleton, two neighbouring tokens joined, trigrams of uncommon tokens),
//! computed from compact tokens as 64-bit hashes, and one key per identifier.

use crate::identifiers::Identifier;
use crate::names::variants;
use crate::record::tokens::CompactName;

/// The name keys of every name, distinct and sorted.
pub(crate) fn name_keys(names: &[CompactName]) -> Vec<u64> {
    let mut keys = Vec::new();
    for name in names {
        let tokens: Vec<_> = name.tokens.iter().filter(|t| !t.initial).collect();
        for tok in &tokens {
            let skeleton = variants::skeleton(&tok.folded);
            if skeleton.len() >= 2 {
                keys.push(key(b'p', skeleton.as_bytes()));
            }
            if tok.class >= 2 {
                let padded: Vec<u8> = [b"^", tok.folded.as_bytes(), b"$"].concat();
                for window in padded.windows(3) {
                    keys.push(key(b'g', window));
                }
            }
        }
        for pair in tokens.windows(2) {
            let joined = variants::skeleton(&format!("{}{}", pair[0].folded, pair[1].folded));
            keys.push(key(b'p', joined.as_bytes()));
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The key of an identifier: its kind and canonical form.
pub(crate) fn identifier_key(id: &Identifier) -> u64 {
    let text = format!("{}:{}", id.kind().as_str(), id.canonical());
    key(b'i', text.as_bytes())
}

/// A 64-bit FNV-1a hash of a kind byte and the key's text.
pub(crate) fn key(kind: u8, text: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in std::iter::once(&kind).chain(text) {
        h ^= u64::from(byte);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
