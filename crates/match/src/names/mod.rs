//! Indian names for matching across agencies, scripts and spellings.
//!
//! "मोहम्मद इरफ़ान उर्फ़ भूरा", "Mohd. Irfan @ Bhura" and "Muhammad Irfan s/o Yaqub" are one
//! man. [`NameParts::parse`] reads a written name into the person's names (primary and aliases)
//! and relatives; each name becomes a [`NameKey`] of tokens in lower-case Latin with their
//! canonical spelling (Mohd → mohammad), folded spelling and phonetic skeleton.
//! [`name_similarity`] scores two written names from 0 to 1 with reasons an officer can read,
//! and [`candidate_keys`] gives blocking keys for retrieving candidates from an index.

mod agreement;
pub(crate) mod frequency;
mod keys;
mod markers;
mod reasons;
mod similarity;
pub(crate) mod variants;

pub use keys::candidate_keys;
pub use reasons::{NameMatch, NameReason};
pub use similarity::name_similarity;

use crate::transliterate::{has_devanagari, to_latin};
use markers::Segment;

/// The script a name was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters ("Mohd. Irfan").
    Latin,
    /// Devanagari ("मोहम्मद इरफ़ान").
    Devanagari,
    /// Both in one name.
    Mixed,
}

/// How a record names a relative: "s/o Yaqub", "पत्नी …".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Relation {
    /// s/o, पुत्र, वल्द.
    SonOf,
    /// d/o, पुत्री.
    DaughterOf,
    /// w/o, पत्नी.
    WifeOf,
    /// h/o, पति.
    HusbandOf,
}

/// A relative named with the person ("s/o Yaqub"): the father's or husband's name that
/// record-level matching compares.
#[derive(Clone, Debug, PartialEq)]
pub struct Relative {
    /// How the relative is related.
    pub relation: Relation,
    /// The relative's name.
    pub name: NameKey,
}

/// A written name read into its parts: "Sh. Mohd. Irfan @ Bhura s/o Late Yaqub r/o Meerut" has
/// the names "mohammad irfan" and "bhura" and the father "yaqub"; honorifics, the address and
/// the relation words are gone.
#[derive(Clone, Debug, PartialEq)]
pub struct NameParts {
    /// The person's names: the primary name first, then aliases ("@", "urf", "उर्फ़", brackets).
    pub names: Vec<NameKey>,
    /// Relatives named with the person.
    pub relatives: Vec<Relative>,
}

impl NameParts {
    /// Reads a written name in Devanagari, Latin or both.
    pub fn parse(raw: &str) -> Self {
        let mut names = Vec::new();
        let mut relatives = Vec::new();
        for segment in markers::segments(raw) {
            match segment {
                Segment::Name(words) => {
                    let key = NameKey::from_words(&words);
                    if !key.is_empty() {
                        names.push(key);
                    }
                }
                Segment::Relative(relation, words) => {
                    let name = NameKey::from_words(&words);
                    if !name.is_empty() {
                        relatives.push(Relative { relation, name });
                    }
                }
            }
        }
        Self { names, relatives }
    }

    /// The primary name, if the text had any name at all.
    pub fn primary(&self) -> Option<&NameKey> {
        self.names.first()
    }

    /// The aliases (every name after the primary one).
    pub fn aliases(&self) -> &[NameKey] {
        self.names.get(1..).unwrap_or_default()
    }

    /// How alike these names are to `other`'s; see [`name_similarity`].
    pub fn similarity(&self, other: &NameParts) -> NameMatch {
        similarity::compare_parts(self, other)
    }

    /// Blocking keys for this person's names; see [`candidate_keys`].
    pub fn candidate_keys(&self) -> Vec<String> {
        keys::keys_of(self)
    }
}

/// One name as comparable tokens, in the order written.
#[derive(Clone, Debug, PartialEq)]
pub struct NameKey {
    tokens: Vec<NameToken>,
    script: Script,
}

impl NameKey {
    /// The primary name of a written name ("Sh. Mohd. Irfan @ Bhura" → "mohammad irfan"):
    /// honorifics dropped, aliases, relatives and addresses left out. [`NameParts::parse`] keeps
    /// them.
    pub fn parse(raw: &str) -> Self {
        let words: Vec<String> = markers::segments(raw)
            .into_iter()
            .find_map(|segment| match segment {
                Segment::Name(words) => Some(words),
                Segment::Relative(..) => None,
            })
            .unwrap_or_default();
        Self::from_words(&words)
    }

    fn from_words(words: &[String]) -> Self {
        let script = script_of(words);
        let tokens = words
            .iter()
            .flat_map(|word| NameToken::read(word))
            .collect();
        Self { tokens, script }
    }

    /// The tokens, in the order written.
    pub fn tokens(&self) -> &[NameToken] {
        &self.tokens
    }

    /// The script the name was written in.
    pub fn script(&self) -> Script {
        self.script
    }

    /// Whether nothing of a name was left (only honorifics, digits or punctuation).
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The name in canonical spelling, tokens joined by spaces: "mohammad irfan".
    pub fn text(&self) -> String {
        let spellings: Vec<&str> = self.tokens.iter().map(|t| t.spelling.as_str()).collect();
        spellings.join(" ")
    }
}

/// One token of a name, at each level of normalization.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameToken {
    /// As written in the record ("Mohd", "मोहम्मद").
    pub written: String,
    /// Lower-case Latin letters, after transliteration ("mohd", "mohammad").
    pub latin: String,
    /// The canonical spelling from the table of known forms, else `latin` ("mohammad").
    pub spelling: String,
    /// The spelling with variant letters folded ("mohamad").
    pub folded: String,
    /// The folded consonants, a phonetic key ("mhmd").
    pub skeleton: String,
    /// Whether this is an initial ("R." of "R. K. Sharma").
    pub is_initial: bool,
}

impl NameToken {
    /// The tokens of one written word: usually one, several for run-together initials ("RK").
    fn read(word: &str) -> Vec<NameToken> {
        let latin: String = to_latin(word)
            .to_lowercase()
            .chars()
            .filter(char::is_ascii_alphabetic)
            .collect();
        if latin.is_empty() {
            return Vec::new();
        }
        if let Some(spelling) = variants::canonical_spelling(&latin) {
            return vec![Self::new(word, &latin, spelling, false)];
        }
        // A Latin word without vowels is initials: "R", "RK" (names always have a vowel).
        let is_initials = !has_devanagari(word)
            && (latin.len() == 1 || (latin.len() <= 3 && !variants::has_vowel(&latin)));
        if is_initials {
            return latin
                .chars()
                .map(|c| {
                    let letter = c.to_string();
                    Self::new(&letter.to_uppercase(), &letter, &letter, true)
                })
                .collect();
        }
        vec![Self::new(word, &latin, &latin, false)]
    }

    fn new(written: &str, latin: &str, spelling: &str, is_initial: bool) -> Self {
        let folded = variants::fold(spelling);
        let skeleton = variants::skeleton(&folded);
        Self {
            written: written.to_owned(),
            latin: latin.to_owned(),
            spelling: spelling.to_owned(),
            folded,
            skeleton,
            is_initial,
        }
    }
}

fn script_of(words: &[String]) -> Script {
    let devanagari = words.iter().any(|w| has_devanagari(w));
    let latin = words
        .iter()
        .any(|w| w.chars().any(|c| c.is_ascii_alphabetic()));
    match (devanagari, latin) {
        (true, true) => Script::Mixed,
        (true, false) => Script::Devanagari,
        _ => Script::Latin,
    }
}
