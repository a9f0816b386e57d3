//! Home localities and how a record writes an address: "Vill. Rampur Khurd", "H. No. 114,
//! Sultanpur Majra, Karnal", "ग्राम रामपुर खुर्द". A person's two records usually name the same
//! locality, spelt as their clerks spell it; a few name another (he moved, or a relative's
//! house), and many give none.

use super::PopulationRecord;
use super::spelling::{devanagari_variant, latin_variant};
use super::tables::Word;
use crate::rng::DemoRng;

/// The first part of a locality's name.
const STEMS: &[Word] = &[
    ("Ram", "राम"),
    ("Sham", "शाम"),
    ("Kishan", "किशन"),
    ("Mohan", "मोहन"),
    ("Sohan", "सोहन"),
    ("Hari", "हरि"),
    ("Gopal", "गोपाल"),
    ("Madhav", "माधव"),
    ("Bhim", "भीम"),
    ("Dev", "देव"),
    ("Shiv", "शिव"),
    ("Chand", "चांद"),
    ("Suraj", "सूरज"),
    ("Keshav", "केशव"),
    ("Lal", "लाल"),
    ("Nand", "नंद"),
    ("Sultan", "सुल्तान"),
    ("Fateh", "फ़तेह"),
    ("Rasul", "रसूल"),
    ("Kamal", "कमाल"),
    ("Jalal", "जलाल"),
    ("Shah", "शाह"),
    ("Khan", "खान"),
    ("Mirza", "मिर्ज़ा"),
    ("Alam", "आलम"),
    ("Nawab", "नवाब"),
    ("Bahadur", "बहादुर"),
    ("Raja", "राजा"),
    ("Rani", "रानी"),
    ("Bhawani", "भवानी"),
    ("Durga", "दुर्गा"),
    ("Ganga", "गंगा"),
    ("Jamuna", "जमुना"),
    ("Sher", "शेर"),
    ("Daulat", "दौलत"),
    ("Lakhan", "लखन"),
    ("Jagat", "जगत"),
    ("Tilak", "तिलक"),
    ("Moti", "मोती"),
    ("Heera", "हीरा"),
    ("Basant", "बसंत"),
    ("Sikandar", "सिकंदर"),
    ("Akbar", "अकबर"),
    ("Hasan", "हसन"),
    ("Karim", "करीम"),
    ("Rahim", "रहीम"),
    ("Mubarak", "मुबारक"),
    ("Daya", "दया"),
    ("Prem", "प्रेम"),
    ("Gobind", "गोबिंद"),
    ("Kartar", "करतार"),
    ("Mehar", "मेहर"),
    ("Nihal", "निहाल"),
    ("Jodh", "जोध"),
    ("Ratan", "रतन"),
    ("Sukh", "सुख"),
    ("Anand", "आनंद"),
    ("Baldev", "बलदेव"),
    ("Kesar", "केसर"),
    ("Dalip", "दलीप"),
];

/// The second part: a town, a fort, a market, a hamlet.
const ENDINGS: &[Word] = &[
    ("pur", "पुर"),
    ("pura", "पुरा"),
    ("garh", "गढ़"),
    ("nagar", "नगर"),
    ("ganj", "गंज"),
    ("khera", "खेड़ा"),
    ("kheri", "खेड़ी"),
    ("wali", "वाली"),
    ("majra", "माजरा"),
];

/// Villages of one name tell themselves apart as the smaller and the larger.
const PARTS: &[Word] = &[("Khurd", "खुर्द"), ("Kalan", "कलां")];

/// How many localities there are: every stem with every ending, plain or Khurd or Kalan.
pub(crate) const LOCALITIES: usize = STEMS.len() * ENDINGS.len() * (PARTS.len() + 1);

/// The locality numbered `n` (below [`LOCALITIES`]) as its words, Latin and Devanagari.
pub(crate) fn locality(n: usize) -> Vec<(String, String)> {
    let stem = STEMS[n % STEMS.len()];
    let ending = ENDINGS[(n / STEMS.len()) % ENDINGS.len()];
    let mut words = vec![(
        format!("{}{}", stem.0, ending.0),
        format!("{}{}", stem.1, ending.1),
    )];
    if let Some(part) = (n / (STEMS.len() * ENDINGS.len())).checked_sub(1) {
        let (latin, devanagari) = PARTS[part];
        words.push((latin.to_string(), devanagari.to_string()));
    }
    words
}

/// A home locality for a person.
pub(crate) fn draw(rng: &mut DemoRng) -> usize {
    rng.below(LOCALITIES)
}

/// The address a record gives for a person living in locality `home`, in the script of the
/// record's name; none for many records. `duplicate` records are written with less care.
pub(crate) fn written(
    home: usize,
    record: &PopulationRecord,
    duplicate: bool,
    rng: &mut DemoRng,
) -> Option<String> {
    let devanagari = record
        .primary_name()
        .chars()
        .any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    let place = match rng.below(100) {
        0..=39 => return None,
        // Another house: he moved, or the record gives a relative's.
        40..=47 => draw(rng),
        _ => home,
    };
    let mut words = locality(place);
    // "Rampur Khurd" is often written "Rampur".
    if words.len() > 1 && rng.chance(30) {
        words.truncate(1);
    }
    let variant = if duplicate { 25 } else { 8 };
    let spelt: Vec<String> = words
        .into_iter()
        .map(|(latin, deva)| match (devanagari, rng.chance(variant)) {
            (false, false) => latin,
            (false, true) => latin_variant(&latin, rng),
            (true, false) => deva,
            (true, true) => devanagari_variant(&deva, rng),
        })
        .collect();
    let place = spelt.join(" ");
    let house = 1 + rng.below(400);
    let text = match (devanagari, rng.below(4)) {
        (false, 0) => format!("Village {place}"),
        (false, 1) => format!("Vill. {place}, PS Sadar"),
        (false, 2) => format!("H. No. {house}, {place}"),
        (false, _) => format!("Gali No. {}, {place}", house % 20 + 1),
        (true, 0) => format!("ग्राम {place}"),
        (true, 1) => format!("ग्राम {place}, थाना सदर"),
        (true, 2) => format!("मकान नं. {house}, {place}"),
        (true, _) => format!("गली नं. {}, {place}", house % 20 + 1),
    };
    Some(match record.district {
        Some(district) if rng.chance(50) => format!("{text}, {district}"),
        _ => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use samanvay_match::record::same_place;

    #[test]
    fn every_locality_reads_as_one_place_in_either_script() {
        let mut differ = Vec::new();
        for n in 0..LOCALITIES {
            for (latin, devanagari) in locality(n) {
                if !same_place(&latin, &devanagari) {
                    differ.push(format!("{latin} / {devanagari}"));
                }
            }
        }
        assert!(differ.is_empty(), "not one place: {differ:?}");
    }

    #[test]
    fn localities_are_many_and_distinct() {
        let names: std::collections::HashSet<String> = (0..LOCALITIES)
            .map(|n| {
                let words: Vec<String> = locality(n).into_iter().map(|w| w.0).collect();
                words.join(" ")
            })
            .collect();
        assert_eq!(names.len(), LOCALITIES);
        assert_eq!(LOCALITIES, 1_620);
    }
}
