//! Spelling variants of Indian names. Three levels, from faithful to coarse:
//!
//! - [`canonical_spelling`]: a table of known equivalent forms that no letter rule could unify
//!   (Mohd, Md and Muhammad are Mohammad; Chowdhury is Chaudhary; Kr is Kumar);
//! - [`fold`]: letter rules for how one sound is written several ways (v/w, ph/f, sh/s, z/j,
//!   q/k, aa/a, ee/i, oo/u, aspirated th/t, doubled letters, a final h after a vowel);
//! - [`skeleton`]: the folded consonants only, a phonetic key for blocking.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Known forms of one name, canonical form first. The forms are lower-case Latin as written;
/// forms that [`fold`] already unifies (Yakub/Yaqoob) need no entry.
const EQUIVALENT_FORMS: &[&[&str]] = &[
    &[
        "mohammad", "mohd", "md", "mo", "mohammed", "muhammad", "muhammed", "mohamed", "mohamad",
        "muhamad", "mohmad", "mohmmad", "mohummad", "mahammad", "mahomed",
    ],
    &[
        "chaudhary",
        "choudhary",
        "chaudhry",
        "choudhry",
        "chowdhury",
        "chowdhary",
        "chaudhari",
        "choudhari",
        "chaudhuri",
        "choudhury",
        "chaudhri",
        "chodhary",
        "chaudary",
        "ch",
    ],
    &["singh", "sinh", "sing"],
    &["kumar", "kr", "kumaar"],
    &["kumari", "kmr"],
    &["yadav", "yadava"],
    &["sharma", "sarma"],
    &["verma", "varma"],
    &["mishra", "misra", "mishr"],
    &["tiwari", "tewari", "tiwary", "tivari"],
    &[
        "srivastava",
        "shrivastava",
        "srivastav",
        "shrivastav",
        "shrivastva",
    ],
    &["upadhyay", "upadhyaya", "upadhaya"],
    &["chauhan", "chouhan"],
    &["rathore", "rathod", "rathaur", "rathour", "rathor"],
    &["qureshi", "quraishi", "kuraishi", "qureishi"],
    &["ahmad", "ahmed", "ahamad", "ahemad"],
    &["rahman", "rehman", "rahaman", "rehaman"],
    &["hussain", "husain", "hussein", "husein"],
    &["shaikh", "sheikh", "shekh", "shaik", "sheik"],
    &["yusuf", "yousuf", "yousaf", "yusaf"],
    &["pandey", "pande", "pandeya"],
    &["dubey", "dube"],
    &["lakshmi", "laxmi", "luxmi"],
    &["agarwal", "agrawal", "aggarwal", "agarwala"],
    &["prasad", "prashad", "parsad"],
    &["kaur", "kour"],
    &["gupta", "gupt"],
    &["chandra", "chand", "chander", "chandar"],
];

/// The canonical form of a known name (lower-case Latin), or `None` when the table has none.
pub(crate) fn canonical_spelling(latin: &str) -> Option<&'static str> {
    static FORMS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut forms = HashMap::new();
        for group in EQUIVALENT_FORMS {
            for form in *group {
                forms.insert((*form).to_owned(), group[0]);
                // A misspelling of a form is found through its folded spelling; short folds
                // ("ch" → "c") would swallow initials, so only longer ones.
                let folded = fold(form);
                if folded.len() >= 4 {
                    forms.entry(folded).or_insert(group[0]);
                }
            }
        }
        forms
    });
    forms
        .get(latin)
        .or_else(|| forms.get(&fold(latin)))
        .copied()
}

/// Letter sequences that spell one sound, and the one spelling kept. Longest first.
const FOLDS: &[(&str, &str)] = &[
    ("chh", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("ph", "f"),
    ("kh", "k"),
    ("gh", "g"),
    ("th", "t"),
    ("dh", "d"),
    ("bh", "b"),
    ("jh", "j"),
    ("ck", "k"),
    ("aa", "a"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "au"),
    ("ow", "au"),
    ("q", "k"),
    ("z", "j"),
    ("w", "v"),
    ("x", "ks"),
    ("c", "k"),
];

/// The spelling with variant letters folded to one form: "Yaqoob" and "Yakub" both fold to
/// "yakub", "Gourav" and "Gaurav" to "gaurav", "Shamsher" and "Samser" to "samser".
pub(crate) fn fold(latin: &str) -> String {
    let lower = latin.to_ascii_lowercase();
    let mut folded = String::with_capacity(lower.len());
    let mut rest = lower.as_str();
    'outer: while let Some(c) = rest.chars().next() {
        for (from, to) in FOLDS {
            if let Some(after) = rest.strip_prefix(from) {
                // "ch" folds to "c" while a lone "c" folds to "k"; the first match wins.
                folded.push_str(to);
                rest = after;
                continue 'outer;
            }
        }
        folded.push(c);
        rest = &rest[c.len_utf8()..];
    }
    // Final "-ey" and "-y" are the same as "-e" and "-i" (Pandey/Pande, Tiwary/Tiwari).
    if let Some(stem) = folded.strip_suffix("ey") {
        folded = format!("{stem}e");
    } else if folded.len() > 2
        && folded.ends_with('y')
        && !ends_with_vowel(&folded[..folded.len() - 1])
    {
        folded.pop();
        folded.push('i');
    } else if let Some(stem) = folded.strip_suffix("ai") {
        // Ajai and Ajay.
        folded = format!("{stem}ay");
    }
    // A final h after a vowel is not sounded (Allah/Alla, Shah/Sha).
    if folded.len() > 2 && folded.ends_with('h') && ends_with_vowel(&folded[..folded.len() - 1]) {
        folded.pop();
    }
    collapse_doubles(&folded)
}

/// Whether two folded spellings differ only where writers trade letters for one another
/// without meaning another name: b for v (ब and व are traded across Bihar, Bengal and
/// Rajasthan: Dev and Deb, Valmiki and Balmiki, Bhanwari and भंबरी) and a final "-ay" for "-e"
/// (Dubay, Dubey). Too loose for stored index keys, which stay on [`fold`].
pub(crate) fn loosely_same(a: &str, b: &str) -> bool {
    a.len().abs_diff(b.len()) <= 1 && loose_letters(a).eq(loose_letters(b))
}

/// The folded spelling with those letters traded: what [`loosely_same`] compares.
pub(crate) fn loose(folded: &str) -> String {
    loose_letters(folded).map(char::from).collect()
}

fn loose_letters(folded: &str) -> impl Iterator<Item = u8> + '_ {
    let (stem, end) = match folded.strip_suffix("ay") {
        Some(stem) if stem.len() >= 2 => (stem, "e"),
        _ => (folded, ""),
    };
    stem.bytes()
        .chain(end.bytes())
        .map(|c| if c == b'b' { b'v' } else { c })
}

/// The folded consonants with the first letter kept: "mohammad" → "mhmd", "irfan" → "irfn".
pub(crate) fn skeleton(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for (i, c) in folded.chars().enumerate() {
        if i == 0 || !is_vowel(c) {
            out.push(c);
        }
    }
    collapse_doubles(&out)
}

/// The folded spelling without the "a" and "e" that come and go with the unwritten Hindi schwa
/// (Balwinder/Balvindar, Rehman/Rahman, Ravinder/Ravindra): inside the word, and at its end
/// after a consonant with r, y or v (Ravindra, Mishra, Aditya). "i", "o" and "u" stay, so Harish
/// is not Harsh, and other final vowels stay: they are the feminine long "a" of Sushila and
/// Kamla, who are not Sushil and Kamal.
pub(crate) fn without_schwa(folded: &str) -> String {
    let chars: Vec<char> = folded.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(n);
    for (i, &c) in chars.iter().enumerate() {
        let schwa = matches!(c, 'a' | 'e');
        let last = i + 1 == n;
        let after_cluster =
            i >= 2 && matches!(chars[i - 1], 'r' | 'y' | 'v') && !is_vowel(chars[i - 2]);
        let droppable = i > 0 && schwa && (!last || after_cluster);
        if !droppable {
            out.push(c);
        }
    }
    collapse_doubles(&out)
}

/// Whether a lower-case Latin word has a vowel (names do; initials like "rk" do not).
pub(crate) fn has_vowel(word: &str) -> bool {
    word.chars().any(|c| is_vowel(c) || c == 'y')
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn ends_with_vowel(s: &str) -> bool {
    s.chars().last().is_some_and(is_vowel)
}

fn collapse_doubles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{canonical_spelling, fold, skeleton};

    #[test]
    fn variant_letters_fold_to_one_spelling() {
        for (a, b) in [
            ("yaqoob", "yakub"),
            ("gourav", "gaurav"),
            ("shamsher", "samser"),
            ("farooq", "pharuk"),
            ("zakir", "jakir"),
            ("balwinder", "balvinder"),
            ("preethi", "preeti"),
            ("ajai", "ajay"),
            ("mohammad", "mohamad"),
            ("ullah", "ulla"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} ~ {b}");
        }
    }

    #[test]
    fn known_forms_and_their_misspellings_have_one_canonical_spelling() {
        assert_eq!(canonical_spelling("mohd"), Some("mohammad"));
        assert_eq!(canonical_spelling("muhammed"), Some("mohammad"));
        assert_eq!(canonical_spelling("chowdhury"), Some("chaudhary"));
        assert_eq!(canonical_spelling("chaudhury"), Some("chaudhary"));
        assert_eq!(canonical_spelling("irfan"), None);
    }

    #[test]
    fn the_skeleton_keeps_consonants() {
        assert_eq!(skeleton(&fold("Mohammad")), "mhmd");
        assert_eq!(skeleton(&fold("irfan")), "irfn");
    }
}
