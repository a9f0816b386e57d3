//! The Devanagari letters and their Latin spelling as names are written in English: no
//! diacritics, long and short vowels alike (सुनीता → sunita), ष and श both "sh".

/// Halant (virama): the consonant before it has no vowel.
pub(super) const HALANT: char = '\u{094D}';
/// Nukta: the dot under a consonant for sounds from Persian and Arabic (ज़ → z).
pub(super) const NUKTA: char = '\u{093C}';
/// Anusvara (ं) and chandrabindu (ँ): a nasal, spelt n or m by what follows.
pub(super) const ANUSVARA: char = '\u{0902}';
pub(super) const CHANDRABINDU: char = '\u{0901}';
/// Visarga (ः), an aspiration written h.
pub(super) const VISARGA: char = '\u{0903}';

/// The Latin spelling of a consonant, nukta forms included.
pub(super) fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ञ' => "n",
        'ट' => "t",
        'ठ' => "th",
        'ड' => "d",
        'ढ' => "dh",
        'ण' => "n",
        'त' => "t",
        'थ' => "th",
        'द' => "d",
        'ध' => "dh",
        'न' | '\u{0929}' => "n",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' | '\u{095F}' => "y",
        'र' | '\u{0931}' => "r",
        'ल' | 'ळ' | '\u{0934}' => "l",
        'व' => "v",
        'श' | 'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        // Nukta letters, written as escapes because editors decompose them.
        '\u{0958}' => "q",  // क़
        '\u{0959}' => "kh", // ख़
        '\u{095A}' => "gh", // ग़
        '\u{095B}' => "z",  // ज़
        '\u{095C}' => "r",  // ड़
        '\u{095D}' => "rh", // ढ़
        '\u{095E}' => "f",  // फ़
        _ => return None,
    })
}

/// The precomposed nukta form of a consonant, for text typed as consonant + nukta.
pub(super) fn with_nukta(c: char) -> char {
    match c {
        'क' => '\u{0958}',
        'ख' => '\u{0959}',
        'ग' => '\u{095A}',
        'ज' => '\u{095B}',
        'ड' => '\u{095C}',
        'ढ' => '\u{095D}',
        'फ' => '\u{095E}',
        'य' => '\u{095F}',
        'न' => '\u{0929}',
        'र' => '\u{0931}',
        'ळ' => '\u{0934}',
        other => other,
    }
}

/// The Latin spelling of a vowel sign (matra).
pub(super) fn vowel_sign(c: char) -> Option<&'static str> {
    Some(match c {
        'ा' => "a",
        'ि' | 'ी' => "i",
        'ु' | 'ू' => "u",
        'ृ' | 'ॄ' => "ri",
        'ॢ' => "li",
        'े' | 'ॅ' | 'ॆ' => "e",
        'ै' => "ai",
        'ो' | 'ॉ' | 'ॊ' => "o",
        'ौ' => "au",
        _ => return None,
    })
}

/// The Latin spelling of an independent vowel (a vowel at the start of a syllable).
pub(super) fn independent_vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' | 'आ' => "a",
        'इ' | 'ई' => "i",
        'उ' | 'ऊ' => "u",
        'ऋ' | 'ॠ' => "ri",
        'ऌ' => "li",
        'ए' | 'ऍ' | 'ऎ' => "e",
        'ऐ' => "ai",
        'ओ' | 'ऑ' | 'ऒ' => "o",
        'औ' => "au",
        'ॐ' => "om",
        _ => return None,
    })
}

/// Where a consonant is made, which decides how a nasal before it is spelt.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// k, g: "ganga" (गंगा) — spelt n.
    Velar,
    /// p, b, m: "champa" (चंपा), "ambar" (अंबर) — spelt m.
    Labial,
    /// ह: सिंह is "singh".
    Glottal,
    /// Everything else — spelt n.
    Other,
}

/// The place of articulation of a consonant.
pub(super) fn place(c: char) -> Place {
    match c {
        'क' | 'ख' | 'ग' | 'घ' | 'ङ' | '\u{0958}' | '\u{0959}' | '\u{095A}' => {
            Place::Velar
        }
        'प' | 'फ' | 'ब' | 'भ' | 'म' => Place::Labial,
        'ह' => Place::Glottal,
        _ => Place::Other,
    }
}
