//! Devanagari to Latin, spelt the way Indian names are written in English: राहुल → rahul,
//! मोहम्मद → mohammad, सुनीता → sunita, इरफ़ान → irfan, सिंह → singh, नरेंद्र → narendra.
//!
//! A word is read as syllables (a consonant cluster and its vowel); the inherent "a" that Hindi
//! does not pronounce is deleted by the rules in `schwa.rs`; then each syllable is spelt. Text
//! that is not Devanagari passes through unchanged, so mixed text ("Irfan उर्फ़ भूरा") works.

mod letters;
mod schwa;

use letters::{ANUSVARA, CHANDRABINDU, HALANT, NUKTA, Place, VISARGA};

/// The Latin spelling of `text`: Devanagari words transliterated (lower case), everything else
/// kept as it is. Devanagari digits become ASCII digits and the danda a full stop.
pub fn to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if is_devanagari_letter(c) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push_str(&word_to_latin(&word));
            word.clear();
        }
        match c {
            '\u{0966}'..='\u{096F}' => out.push(char::from(b'0' + (c as u32 - 0x0966) as u8)),
            '।' | '॥' | '॰' => out.push('.'),
            // Joiners only steer how a conjunct is drawn.
            '\u{200C}' | '\u{200D}' => {}
            _ => out.push(c),
        }
    }
    if !word.is_empty() {
        out.push_str(&word_to_latin(&word));
    }
    out
}

/// Whether `text` has any Devanagari letter.
pub fn has_devanagari(text: &str) -> bool {
    text.chars().any(is_devanagari_letter)
}

/// Letters, vowel signs and marks of the Devanagari block (not its digits and punctuation).
fn is_devanagari_letter(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0963}' | '\u{0971}'..='\u{097F}')
}

/// One written syllable: a consonant cluster (empty for an independent vowel) and its vowel.
#[derive(Debug)]
struct Syllable {
    consonants: Vec<char>,
    vowel: Vowel,
    nasal: bool,
    visarga: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Vowel {
    /// The unwritten "a" after a consonant; [`schwa`] decides whether it is spoken.
    Inherent,
    /// The inherent "a" deleted.
    Silent,
    /// A written vowel (sign or independent letter).
    Written(&'static str),
}

/// Transliterates one word of Devanagari letters.
fn word_to_latin(word: &str) -> String {
    // Compound names are spelt part by part: the schwa rules do not see the seam in रामनरेश
    // (ram-naresh, not ramanresh) or ओमप्रकाश (om-prakash).
    if let Some((first, rest)) = split_compound(word) {
        return word_to_latin(first) + &word_to_latin(rest);
    }
    let mut syllables = syllables(word);
    schwa::delete(&mut syllables);
    spell(&syllables)
}

/// First parts of compound Hindi names whose seam the schwa rules get wrong.
const COMPOUND_FIRST_PARTS: &[&str] = &[
    "राम",
    "श्याम",
    "श्री",
    "जय",
    "विजय",
    "ओम",
    "प्रेम",
    "शिव",
    "धर्म",
    "सत्य",
];

/// A compound name split after a known first part, when what follows starts a new syllable
/// (a consonant) and is more than one letter (राम + न would be "raman", one name).
fn split_compound(word: &str) -> Option<(&str, &str)> {
    COMPOUND_FIRST_PARTS.iter().find_map(|first| {
        let rest = word.strip_prefix(first)?;
        let mut chars = rest.chars();
        let starts_syllable = chars
            .next()
            .is_some_and(|c| letters::consonant(c).is_some());
        let long_enough = chars.next().is_some();
        (starts_syllable && long_enough).then(|| word.split_at(first.len()))
    })
}

/// Reads a word into syllables. Marks without a letter to attach to are dropped.
fn syllables(word: &str) -> Vec<Syllable> {
    let mut out: Vec<Syllable> = Vec::new();
    // After a halant the next consonant joins the cluster instead of starting a syllable.
    let mut joining = false;
    for c in word.chars() {
        if letters::consonant(c).is_some() {
            match out.last_mut() {
                Some(last) if joining => {
                    last.consonants.push(c);
                    last.vowel = Vowel::Inherent;
                }
                _ => out.push(Syllable {
                    consonants: vec![c],
                    vowel: Vowel::Inherent,
                    nasal: false,
                    visarga: false,
                }),
            }
            joining = false;
            continue;
        }
        joining = false;
        if let Some(vowel) = letters::independent_vowel(c) {
            out.push(Syllable {
                consonants: Vec::new(),
                vowel: Vowel::Written(vowel),
                nasal: false,
                visarga: false,
            });
            continue;
        }
        let Some(last) = out.last_mut() else { continue };
        match c {
            HALANT => {
                last.vowel = Vowel::Silent;
                joining = true;
            }
            NUKTA => {
                if let Some(consonant) = last.consonants.last_mut() {
                    *consonant = letters::with_nukta(*consonant);
                }
            }
            ANUSVARA | CHANDRABINDU => last.nasal = true,
            VISARGA => last.visarga = true,
            _ => {
                if let Some(sign) = letters::vowel_sign(c) {
                    last.vowel = Vowel::Written(sign);
                }
            }
        }
    }
    out
}

/// Spells the syllables in Latin letters.
fn spell(syllables: &[Syllable]) -> String {
    let mut out = String::new();
    for (i, syllable) in syllables.iter().enumerate() {
        spell_cluster(&syllable.consonants, &mut out);
        match syllable.vowel {
            Vowel::Inherent => out.push('a'),
            Vowel::Silent => {}
            Vowel::Written(vowel) => out.push_str(vowel),
        }
        if syllable.nasal {
            let next = syllables.get(i + 1);
            let next_consonant = next.and_then(|s| s.consonants.first().copied());
            let is_last_but_one = i + 2 == syllables.len();
            out.push_str(match next_consonant.map(letters::place) {
                Some(Place::Labial) => "m",
                // सिंह: the nasal before a final ह is sounded "ng" and spelt so (Singh).
                Some(Place::Glottal) if is_last_but_one => "ng",
                _ => "n",
            });
        }
        if syllable.visarga {
            out.push('h');
        }
    }
    out
}

/// Spells a consonant cluster; ज्ञ is "gy" as in gyan, not "jn".
fn spell_cluster(cluster: &[char], out: &mut String) {
    let mut k = 0;
    while k < cluster.len() {
        if cluster[k] == 'ज' && cluster.get(k + 1) == Some(&'ञ') {
            out.push_str("gy");
            k += 2;
            continue;
        }
        out.push_str(letters::consonant(cluster[k]).unwrap_or_default());
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::to_latin;

    #[test]
    fn latin_text_passes_through_and_digits_become_ascii() {
        assert_eq!(to_latin("FIR ४२/२०२४ Meerut।"), "FIR 42/2024 Meerut.");
    }

    #[test]
    fn a_nukta_typed_as_a_separate_mark_is_the_same_letter() {
        assert_eq!(to_latin("\u{091C}\u{093C}\u{0915}\u{0940}"), "zaki");
        assert_eq!(to_latin("\u{095B}\u{0915}\u{0940}"), "zaki");
    }
}
