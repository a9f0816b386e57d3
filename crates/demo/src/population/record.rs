//! Writing one agency's record of a person: the script, the spelling, what was left out and
//! what was got wrong. The first record of a person is written with care; the others are
//! written as another police station would, from a different source.

use super::PopulationRecord;
use super::entity::Entity;
use super::spelling::{devanagari_variant, latin_typo, latin_variant};
use super::tables::{MOHD_DEVANAGARI, MOHD_LATIN, STATES, Word};
use crate::rng::DemoRng;
use samanvay_core::register::{Age, Day, NameKind, RecordName, Relation, Relative, StatusKind};
use samanvay_match::{Identifier, IdentifierKind};
use time::{Date, Month};

/// Agencies that hold records: the four states and the central agencies.
const AGENCIES: &[&str] = &["DL", "HR", "UP", "RJ", "IB", "NIA", "NCB"];

/// Counters behind the unique identifiers.
#[derive(Default)]
pub(crate) struct Serials {
    mobiles: u64,
    vehicles: u64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Devanagari,
    /// The name in one script, the alias or relative in the other; now and then both in one
    /// name.
    Mixed,
}

/// How carefully a record is written: the first with few changes, the others with more.
struct Care {
    variant: usize,
    typo: usize,
}

pub(crate) fn write(
    truth: &Entity,
    copy: usize,
    held_by: &[&'static str],
    serials: &mut Serials,
    rng: &mut DemoRng,
) -> PopulationRecord {
    let duplicate = copy > 0;
    let care = if duplicate {
        Care {
            variant: 30,
            typo: 12,
        }
    } else {
        Care {
            variant: 8,
            typo: 2,
        }
    };
    let script = match rng.below(100) {
        0..=59 => Script::Latin,
        60..=87 => Script::Devanagari,
        _ => Script::Mixed,
    };
    let name_in_devanagari = match script {
        Script::Latin => false,
        Script::Devanagari => true,
        Script::Mixed => rng.chance(50),
    };

    // The name's words, as this record orders and abbreviates them.
    let mut words: Vec<Word> = truth.words.clone();
    let mut initials = false;
    if duplicate {
        let middle = words.len() >= 3 && truth.has_surname;
        if middle && rng.chance(25) {
            words.remove(1);
        }
        if truth.has_surname && words.len() >= 2 && rng.chance(8) {
            let surname = words.pop().expect("two words");
            words.insert(0, surname);
        } else if truth.has_surname && words.len() >= 2 && !name_in_devanagari && rng.chance(10) {
            initials = true;
        }
    }
    let per_word_mixed = script == Script::Mixed && rng.chance(10);
    let mut parts: Vec<String> = Vec::with_capacity(words.len() + 1);
    if truth.mohd && rng.chance(if duplicate { 70 } else { 85 }) {
        parts.push(if name_in_devanagari {
            rng.pick(MOHD_DEVANAGARI).to_string()
        } else {
            rng.pick(MOHD_LATIN).to_string()
        });
    }
    let last = words.len() - 1;
    for (k, word) in words.iter().enumerate() {
        let devanagari = if per_word_mixed {
            rng.chance(50)
        } else {
            name_in_devanagari
        };
        if initials && k < last {
            parts.push(format!("{}.", &word.0[..1]));
        } else {
            parts.push(spell(*word, devanagari, &care, rng));
        }
    }
    if rng.chance(care.typo) {
        let k = rng.below(parts.len());
        parts[k] = latin_typo(&parts[k], rng);
    }
    let mut primary = parts.join(" ");

    // The alias: its own name in most records, written into the primary name in some.
    let mut names = Vec::with_capacity(2);
    let alias = truth
        .alias
        .filter(|_| rng.chance(if duplicate { 55 } else { 75 }));
    let mut alias_name = None;
    if let Some(word) = alias {
        let devanagari = match script {
            Script::Mixed => !name_in_devanagari,
            _ => name_in_devanagari,
        };
        let text = spell(word, devanagari, &care, rng);
        if rng.chance(12) {
            let marker = if devanagari {
                *rng.pick(&["उर्फ़", "उर्फ"])
            } else {
                *rng.pick(&["@", "urf", "alias"])
            };
            primary = format!("{primary} {marker} {text}");
        } else {
            let kind = if rng.chance(70) {
                NameKind::Alias
            } else {
                NameKind::Nickname
            };
            alias_name = Some(RecordName::new(&text, kind));
        }
    }
    names.push(RecordName::new(&primary, NameKind::Primary));
    names.extend(alias_name);

    let relative = rng.chance(if duplicate { 75 } else { 88 }).then(|| {
        let devanagari = match script {
            Script::Mixed => !name_in_devanagari,
            _ => name_in_devanagari,
        };
        let words = if rng.chance(25) {
            &truth.relative[..1]
        } else {
            &truth.relative[..]
        };
        let name: Vec<String> = words
            .iter()
            .map(|w| spell(*w, devanagari, &care, rng))
            .collect();
        Relative {
            relation: if truth.husband {
                Relation::Husband
            } else {
                Relation::Father
            },
            name: name.join(" "),
        }
    });

    let (state, districts) = STATES[truth.state];
    let district = match rng.below(100) {
        0..=74 => Some(districts[truth.district]),
        75..=87 => None,
        _ => Some(*rng.pick(districts)),
    };
    let agency = agency(state, held_by, rng);
    let mut statuses = vec![*rng.pick(&StatusKind::ALL)];
    if rng.chance(20) {
        let other = *rng.pick(&StatusKind::ALL);
        if !statuses.contains(&other) {
            statuses.push(other);
        }
    }
    let mut identifiers = Vec::new();
    if rng.chance(35) {
        identifiers.push(serials.mobile());
    }
    if rng.chance(12) {
        identifiers.push(serials.vehicle(state));
    }
    PopulationRecord {
        entity: truth.id,
        agency,
        names,
        relative,
        sex: rng.chance(92).then_some(truth.sex),
        age: age(truth.birth, duplicate, rng),
        state,
        district,
        address: None,
        gang: truth.gang.filter(|_| rng.chance(70)),
        statuses,
        identifiers,
    }
}

/// A word in a script, sometimes spelt another accepted way.
fn spell(word: Word, devanagari: bool, care: &Care, rng: &mut DemoRng) -> String {
    let vary = rng.chance(care.variant);
    match (devanagari, vary) {
        (false, false) => word.0.to_string(),
        (false, true) => latin_variant(word.0, rng),
        (true, false) => word.1.to_string(),
        (true, true) => devanagari_variant(word.1, rng),
    }
}

/// The agency of the first record is usually the home state's police; later records come
/// from agencies that do not hold one yet.
fn agency(state: &'static str, held_by: &[&'static str], rng: &mut DemoRng) -> &'static str {
    if held_by.is_empty() && rng.chance(80) {
        return STATES
            .iter()
            .map(|(code, _)| *code)
            .find(|code| *code == state)
            .expect("a state");
    }
    let free: Vec<&'static str> = AGENCIES
        .iter()
        .copied()
        .filter(|a| !held_by.contains(a))
        .collect();
    // States hold far more than the central agencies.
    let weights: Vec<usize> = free
        .iter()
        .map(|a| if a.len() == 2 { 6 } else { 1 })
        .collect();
    free[rng.weighted(&weights)]
}

/// The age as written: a date of birth, an approximate age on some day, or nothing.
fn age(birth: Date, duplicate: bool, rng: &mut DemoRng) -> Option<Age> {
    match rng.below(100) {
        0..=34 => {
            let mut date = birth;
            // Day and month read the wrong way round, or the year misheard.
            if duplicate && rng.chance(8) {
                if birth.day() <= 12 {
                    let month = Month::try_from(birth.day()).expect("a month");
                    date = Date::from_calendar_date(birth.year(), month, u8::from(birth.month()))
                        .unwrap_or(birth);
                } else {
                    date = birth.replace_year(birth.year() + 1).unwrap_or(birth);
                }
            }
            Some(Age::DateOfBirth { date: Day(date) })
        }
        35..=89 => {
            let first = Date::from_calendar_date(2015, Month::January, 1).expect("a date");
            let as_of = Date::from_julian_day(first.to_julian_day() + rng.below(3_833) as i32)
                .expect("a date");
            let mut years = as_of.year() - birth.year();
            if (as_of.month(), as_of.day()) < (birth.month(), birth.day()) {
                years -= 1;
            }
            // "About 35": officers guess, within a few years.
            let off = [0, 0, 0, 0, 0, 0, 1, -1, 1, -1, 2, -2, 3, -3][rng.below(14)];
            let years = (years + off).clamp(1, 120) as u8;
            Some(Age::Approximate {
                years,
                as_of: Day(as_of),
            })
        }
        _ => None,
    }
}

impl Serials {
    /// A mobile number no other record has: the serial spread over nine digits by a
    /// multiplier prime to ten.
    fn mobile(&mut self) -> Identifier {
        let n = (self.mobiles * 387_420_489 + 123_457) % 1_000_000_000;
        self.mobiles += 1;
        let lead = [9, 8, 7, 6][(self.mobiles % 4) as usize];
        Identifier::parse(IdentifierKind::Mobile, &format!("{lead}{n:09}")).expect("a valid mobile")
    }

    /// A registration no other record has, in the home state's series.
    fn vehicle(&mut self, state: &str) -> Identifier {
        let n = self.vehicles;
        self.vehicles += 1;
        let number = 1 + n % 9_999;
        let series = (n / 9_999) % 676;
        let rto = 1 + (n / (9_999 * 676)) % 99;
        let letters: String = [b'A' + (series / 26) as u8, b'A' + (series % 26) as u8]
            .iter()
            .map(|b| *b as char)
            .collect();
        Identifier::parse(
            IdentifierKind::Vehicle,
            &format!("{state}{rto:02}{letters}{number:04}"),
        )
        .expect("a valid registration")
    }
}
