//! Addresses as evidence: a village few records name says two records are one man; the
//! words every address has ("Village", "Gali No.") say nothing.

use samanvay_match::{Decision, Evidence, Profile, RecordFacts, RecordIndex, RecordMatch, Sex};

const STEMS: [&str; 12] = [
    "Ram", "Shiv", "Hari", "Dev", "Lal", "Nand", "Kamal", "Jalal", "Sher", "Prem", "Ratan", "Sukh",
];
const ENDINGS: [&str; 8] = [
    "pur", "garh", "nagar", "ganj", "khera", "wali", "majra", "sar",
];
const FIRST: [&str; 10] = [
    "Rajesh", "Sunil", "Sanjay", "Amit", "Rakesh", "Vikas", "Anil", "Deepak", "Manoj", "Ramesh",
];
const SURNAMES: [&str; 10] = [
    "Sharma", "Verma", "Gupta", "Yadav", "Saini", "Malik", "Dahiya", "Rana", "Tomar", "Jain",
];

fn person(name: &str, father: &str, address: &str) -> RecordFacts {
    RecordFacts {
        names: vec![name.to_owned()],
        relative: Some(father.to_owned()),
        sex: Some(Sex::Male),
        districts: vec!["Karnal".into()],
        places: vec![address.to_owned()]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect(),
        ..RecordFacts::default()
    }
}

/// 3,000 men of common names in 96 villages, a few dozen to a village; every address says
/// "Village" or "Gali No.".
fn register() -> RecordIndex<u32> {
    let mut index = RecordIndex::new();
    for i in 0..3_000u32 {
        let i_ = i as usize;
        let village = format!("{}{}", STEMS[i_ % 12], ENDINGS[(i_ / 12) % 8]);
        let address = if i % 2 == 0 {
            format!("Village {village}")
        } else {
            format!("Gali No. {}, {village}", i % 9 + 1)
        };
        let name = format!("{} {}", FIRST[i_ % 10], SURNAMES[(i_ / 10) % 10]);
        let father = format!("{} {}", FIRST[(i_ / 7) % 10], SURNAMES[(i_ / 10) % 10]);
        index.insert(i, Profile::new(&person(&name, &father, &address)));
    }
    index
}

fn weight_with(index: &RecordIndex<u32>, id: u32, query: &RecordFacts) -> RecordMatch {
    index
        .matches(&Profile::new(query), None, 50)
        .into_iter()
        .find(|(found, _)| *found == id)
        .map(|(_, m)| m)
        .expect("the filed record among the matches")
}

#[test]
fn a_rare_village_both_records_name_is_evidence_in_either_script() {
    let mut index = register();
    index.insert(
        9_001,
        Profile::new(&person(
            "Bhupender Kumar Saini",
            "Satpal Saini",
            "Vill. Bhimgarh Khurd, PS Sadar",
        )),
    );
    let with = weight_with(
        &index,
        9_001,
        &person("भूपेंदर सैनी", "सतपाल", "ग्राम भीमगढ़, करनाल"),
    );
    let without = weight_with(&index, 9_001, &person("भूपेंदर सैनी", "सतपाल", ""));
    assert!(
        with.evidence.contains(&Evidence::SameLocality {
            place: "भीमगढ़".into()
        }),
        "{}",
        with.explanation()
    );
    assert!(with.explanation().contains("same locality (भीमगढ़)"));
    assert!(
        with.weight >= without.weight + 5.0,
        "{} vs {}",
        with.weight,
        without.weight
    );
    assert_eq!(with.decision(), Decision::Match, "{}", with.explanation());
}

#[test]
fn words_every_address_has_say_nothing_and_two_telling_places_count_against() {
    let mut index = register();
    index.insert(
        9_002,
        Profile::new(&person(
            "Bhupender Kumar Saini",
            "Satpal Saini",
            "Village Bhimgarh",
        )),
    );
    let without = weight_with(&index, 9_002, &person("Bhupender Saini", "Satpal", ""));
    // Only "Village" in common, and the other names no place at all.
    let common = weight_with(
        &index,
        9_002,
        &person("Bhupender Saini", "Satpal", "Village, Gali No. 4"),
    );
    assert_eq!(common.weight, without.weight, "{}", common.explanation());
    assert!(!common.explanation().contains("locality"));
    // Both name a village, and not the same one.
    let elsewhere = weight_with(
        &index,
        9_002,
        &person("Bhupender Saini", "Satpal", "Village Sultanpur"),
    );
    assert!(
        elsewhere.weight < without.weight,
        "{}",
        elsewhere.explanation()
    );
    assert!(elsewhere.evidence.contains(&Evidence::DifferentAddresses));
    assert!(elsewhere.explanation().contains("addresses differ"));
}
