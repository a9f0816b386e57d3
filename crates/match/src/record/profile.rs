//! A record prepared once for matching.

use super::tokens::{CompactName, hash};
use super::{BirthYear, RecordFacts, Sex};
use crate::identifiers::Identifier;
use crate::names::{NameParts, Relation, variants};
use crate::transliterate::to_latin;

/// A person record prepared for [`super::compare`]: its names read (either script, aliases,
/// relation words) and reduced to compact tokens, districts folded. Build it once per record
/// with [`Profile::new`]; it holds no references and is cheap to keep a million of.
#[derive(Clone, Debug)]
pub struct Profile {
    pub(crate) names: Box<[CompactName]>,
    pub(crate) relative: Option<(Option<Relation>, CompactName)>,
    pub(crate) sex: Option<Sex>,
    pub(crate) birth_year: Option<BirthYear>,
    /// `(month, day)`, kept only beside an exact year.
    pub(crate) birth_day: Option<(u8, u8)>,
    pub(crate) identifiers: Box<[Identifier]>,
    /// The districts as written and as a sound key ("Meerut", "मेरठ" → one key).
    pub(crate) districts: Box<[(Box<str>, u32)]>,
    pub(crate) gang: Option<Box<str>>,
    /// The address words as written and as sound keys, sorted by key: "Rampur" and "रामपुर"
    /// agree. The district's own name is left out (the district is compared on its own).
    pub(crate) places: Box<[(Box<str>, u32)]>,
}

impl Profile {
    /// Reads a record's facts. A name's own aliases ("Irfan @ Bhura") become names; a father
    /// written inside a name ("Irfan s/o Yaqub") is used when `relative` is empty.
    pub fn new(facts: &RecordFacts) -> Self {
        let mut names = Vec::new();
        let mut relative = None;
        for written in &facts.names {
            let parts = NameParts::parse(written);
            names.extend(CompactName::all_of(&parts));
            if relative.is_none() {
                relative = parts
                    .relatives
                    .first()
                    .map(|r| (Some(r.relation), CompactName::from_key(&r.name)));
            }
        }
        if let Some(written) = &facts.relative {
            let parts = NameParts::parse(written);
            let given = match parts.relatives.first() {
                Some(r) => Some((Some(r.relation), CompactName::from_key(&r.name))),
                None => parts.primary().map(|n| (None, CompactName::from_key(n))),
            };
            if given.is_some() {
                relative = given;
            }
        }
        let mut districts: Vec<(Box<str>, u32)> = facts
            .districts
            .iter()
            .filter_map(|d| {
                let key = district_key(d)?;
                Some((d.trim().into(), key))
            })
            .collect();
        districts.dedup_by_key(|d| d.1);
        let places = place_words(&facts.places, &districts);
        let mut identifiers = facts.identifiers.clone();
        identifiers.sort();
        identifiers.dedup();
        Self {
            names: names.into(),
            relative,
            sex: facts.sex,
            birth_year: facts.birth_year,
            birth_day: facts
                .birth_day
                .filter(|_| facts.birth_year.is_some_and(|y| y.exact)),
            identifiers: identifiers.into(),
            districts: districts.into(),
            gang: facts
                .gang
                .as_deref()
                .map(str::trim)
                .filter(|g| !g.is_empty())
                .map(Into::into),
            places,
        }
    }

    /// The names as written, primary first (aliases written inside a name are split out).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(|n| &*n.written)
    }

    /// The identifiers, sorted.
    pub fn identifiers(&self) -> &[Identifier] {
        &self.identifiers
    }
}

/// The words of addresses worth comparing: three letters or more, not the name of one of the
/// record's districts, each once.
fn place_words(addresses: &[String], districts: &[(Box<str>, u32)]) -> Box<[(Box<str>, u32)]> {
    let mut words: Vec<(Box<str>, u32)> = addresses
        .iter()
        .flat_map(|address| address.split(is_separator))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter_map(|word| Some((word.into(), district_key(word)?)))
        .filter(|(_, key)| districts.iter().all(|(_, d)| d != key))
        .collect();
    words.sort_unstable_by_key(|w| w.1);
    words.dedup_by_key(|w| w.1);
    words.into()
}

/// Whether two written words of an address name one place, either script and spelling
/// ("Rampur", "RAMPUR", "रामपुर").
pub fn same_place(a: &str, b: &str) -> bool {
    district_key(a).is_some_and(|key| district_key(b) == Some(key))
}

/// What parts the words of an address: spaces, punctuation, digits and the Devanagari danda.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || c.is_numeric() || matches!(c, '।' | '॥')
}

/// A district's sound key: Latin letters, variant spellings folded, vowels after the first
/// dropped, so "Meerut", "MEERUT " and "मेरठ" agree.
fn district_key(written: &str) -> Option<u32> {
    let latin: String = to_latin(written)
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if latin.is_empty() {
        return None;
    }
    Some(hash(&variants::skeleton(&variants::fold(&latin))))
}
