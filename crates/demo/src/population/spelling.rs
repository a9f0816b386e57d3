//! How the same word comes out of different police stations: spelling variants of a Latin
//! word (v/w, sh/s, aa/a, ee/i, doubled letters, known forms of a surname), Devanagari
//! variants (long and short vowel signs, the nukta), and typing slips.
//!
//! These rules are written for the generator, independently of the matcher's own folds, so
//! that the matcher is measured against variation it was not built from.

use crate::rng::DemoRng;

/// Whole-word forms that records use interchangeably.
const KNOWN_FORMS: &[&[&str]] = &[
    &[
        "Chaudhary",
        "Choudhary",
        "Chowdhury",
        "Chaudhari",
        "Chaudhry",
        "Choudhry",
    ],
    &["Agarwal", "Aggarwal", "Agrawal"],
    &["Srivastava", "Shrivastava", "Srivastav"],
    &["Mishra", "Misra"],
    &["Tiwari", "Tiwary", "Tewari"],
    &["Rathore", "Rathod", "Rathour"],
    &["Meena", "Mina", "Meenaa"],
    &["Gurjar", "Gujar", "Gujjar"],
    &["Qureshi", "Kureshi", "Qurashi"],
    &["Siddiqui", "Siddiqi", "Siddiki"],
    &["Sheikh", "Shaikh", "Shekh"],
    &["Hussain", "Husain", "Hussein"],
    &["Ahmad", "Ahmed"],
    &["Hooda", "Huda"],
    &["Yadav", "Yadava"],
    &["Pandey", "Pande", "Pandey"],
    &["Lakshmi", "Laxmi"],
    &["Laxman", "Lakshman"],
    &["Kumar", "Kr."],
    &["Yaqub", "Yakub", "Yakoob"],
    &["Ayub", "Ayyub", "Ayoob"],
    &["Rafiq", "Rafeeq", "Rafik"],
    &["Tariq", "Tarik"],
    &["Iqbal", "Ikbal"],
    &["Valmiki", "Balmiki"],
    &["Jatav", "Jatab", "Jatow"],
];

/// Letter groups a clerk may write either way, tried in a random order.
const SWAPS: &[(&str, &str)] = &[
    ("v", "w"),
    ("w", "v"),
    ("sh", "s"),
    ("aa", "a"),
    ("ee", "i"),
    ("i", "ee"),
    ("oo", "u"),
    ("u", "oo"),
    ("ph", "f"),
    ("z", "j"),
    ("q", "k"),
    ("tt", "t"),
    ("dd", "d"),
    ("ll", "l"),
    ("nn", "n"),
    ("pp", "p"),
    ("ender", "inder"),
    ("inder", "ender"),
    ("jeet", "jit"),
    ("jit", "jeet"),
    ("ey", "ay"),
    ("au", "ou"),
    ("th", "t"),
    ("ksh", "x"),
    ("bh", "b"),
    ("y", "i"),
];

/// Another accepted spelling of a Latin word, or the word itself when no rule applies.
pub(crate) fn latin_variant(word: &str, rng: &mut DemoRng) -> String {
    if let Some(forms) = KNOWN_FORMS.iter().find(|forms| forms.contains(&word)) {
        let others: Vec<&&str> = forms.iter().filter(|f| **f != word).collect();
        if !others.is_empty() {
            return rng.pick(&others).to_string();
        }
    }
    if !word.is_ascii() || word.len() < 2 {
        return word.to_string();
    }
    let lower = word.to_lowercase();
    let start = rng.below(SWAPS.len());
    for k in 0..SWAPS.len() {
        let (from, to) = SWAPS[(start + k) % SWAPS.len()];
        // Only inside the word: "Vikas" → "Wikas" reads wrong to anyone.
        if let Some(at) = lower[1..].find(from).map(|at| at + 1) {
            let mut out = String::with_capacity(word.len() + 2);
            out.push_str(&word[..at]);
            out.push_str(to);
            out.push_str(&word[at + from.len()..]);
            return out;
        }
    }
    word.to_string()
}

/// A typing slip in a Latin word: a letter dropped, doubled, swapped with the next, or a vowel
/// replaced. Words shorter than four letters are left alone.
pub(crate) fn latin_typo(word: &str, rng: &mut DemoRng) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 4 || !chars.iter().all(char::is_ascii_alphabetic) {
        return word.to_string();
    }
    // Never the first letter: officers get that right.
    let at = 1 + rng.below(chars.len() - 1);
    let mut out = chars.clone();
    match rng.below(4) {
        0 => {
            out.remove(at);
        }
        1 => out.insert(at, chars[at]),
        2 if at + 1 < chars.len() => out.swap(at, at + 1),
        _ => {
            let vowels = ['a', 'e', 'i', 'o', 'u'];
            out[at] = *rng.pick(&vowels);
        }
    }
    out.into_iter().collect()
}

/// Devanagari signs written either way: long and short vowel signs, the nukta, ण and न.
const DEVANAGARI_SWAPS: &[(&str, &str)] = &[
    ("ी", "ि"),
    ("ि", "ी"),
    ("ू", "ु"),
    ("ु", "ू"),
    ("़", ""),
    ("ण", "न"),
    ("ड़", "ड"),
    ("श", "स"),
    ("व", "ब"),
    ("ं", "न"),
];

/// Another spelling of a Devanagari word, or the word itself.
pub(crate) fn devanagari_variant(word: &str, rng: &mut DemoRng) -> String {
    let start = rng.below(DEVANAGARI_SWAPS.len());
    for k in 0..DEVANAGARI_SWAPS.len() {
        let (from, to) = DEVANAGARI_SWAPS[(start + k) % DEVANAGARI_SWAPS.len()];
        // Not the first letter, for the same reason as in Latin.
        let first = word.chars().next().map_or(0, char::len_utf8);
        if let Some(at) = word[first..].find(from).map(|at| at + first) {
            return format!("{}{}{}", &word[..at], to, &word[at + from.len()..]);
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_keep_the_first_letter_and_known_forms_change_together() {
        let mut rng = DemoRng::new(3);
        for _ in 0..50 {
            let v = latin_variant("Chaudhary", &mut rng);
            assert!(
                [
                    "Choudhary",
                    "Chowdhury",
                    "Chaudhari",
                    "Chaudhry",
                    "Choudhry"
                ]
                .contains(&v.as_str())
            );
            assert!(latin_variant("Surender", &mut rng).starts_with('S'));
            assert!(latin_typo("Rajesh", &mut rng).starts_with('R'));
            assert!(devanagari_variant("सुनील", &mut rng).starts_with('स'));
        }
    }
}
