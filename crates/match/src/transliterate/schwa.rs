//! Inherent-vowel (schwa) deletion: Hindi writes राहुल as ra-hu-la and says "rahul". The rules,
//! applied from the end of the word to its start so each deletion informs the one before it:
//!
//! 1. The last syllable loses its "a" (राहुल → rahul, अजय → ajay), except after a consonant
//!    cluster, where Hindi keeps it (नरेंद्र → narendra, गुप्ता … गुप्त → gupta, मिश्र → mishra) —
//!    unless the cluster starts with र or doubles one consonant (उर्फ़ → urf, भट्ट → bhatt).
//! 2. Inside the word, a single consonant's "a" goes when a vowel comes before it and a single
//!    consonant with a vowel after it (कमला → kamla, अहमद → ahmad, जगदीश → jagdish), but not
//!    when the next syllable's vowel has already gone (कमल → kamal) or starts with a cluster
//!    (मोहम्मद → mohammad, not mohmmad).

use super::{Syllable, Vowel};

/// Marks the inherent vowels Hindi does not pronounce as silent.
pub(super) fn delete(syllables: &mut [Syllable]) {
    let n = syllables.len();
    if n < 2 {
        // A one-syllable word keeps its vowel: न is "na".
        return;
    }
    let last = &mut syllables[n - 1];
    if is_bare_inherent(last) && !keeps_final_vowel(&last.consonants) {
        last.vowel = Vowel::Silent;
    }
    for k in (1..n - 1).rev() {
        let deletable = is_bare_inherent(&syllables[k])
            && syllables[k].consonants.len() == 1
            && syllables[k - 1].vowel != Vowel::Silent
            && syllables[k + 1].consonants.len() == 1
            && syllables[k + 1].vowel != Vowel::Silent;
        if deletable {
            syllables[k].vowel = Vowel::Silent;
        }
    }
}

/// A consonant syllable with its inherent vowel and nothing that would keep it (a nasal or a
/// visarga is sounded on the vowel).
fn is_bare_inherent(syllable: &Syllable) -> bool {
    syllable.vowel == Vowel::Inherent
        && !syllable.consonants.is_empty()
        && !syllable.nasal
        && !syllable.visarga
}

/// Whether a word-final cluster keeps its "a": a real cluster, not a reph (र्फ़) nor a double
/// consonant (ट्ट).
fn keeps_final_vowel(cluster: &[char]) -> bool {
    cluster.len() >= 2 && cluster[0] != 'र' && cluster.iter().any(|&c| c != cluster[0])
}
