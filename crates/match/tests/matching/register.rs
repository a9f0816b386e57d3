//! The register in memory: finding a man by any of his names, and folding one agency's
//! duplicates into one person without ever joining two men an analyst has told apart.

use samanvay_match::{
    BirthYear, Decision, Profile, RecordFacts, RecordIndex, RecordMatch, Sex, dedupe,
};
use std::collections::HashSet;

fn facts(names: &[&str], father: &str, year: i32, district: &str) -> RecordFacts {
    RecordFacts {
        names: names.iter().map(|n| n.to_string()).collect(),
        relative: Some(father.to_owned()),
        sex: Some(Sex::Male),
        birth_year: Some(BirthYear { year, exact: false }),
        districts: vec![district.to_owned()],
        ..RecordFacts::default()
    }
}

fn register() -> RecordIndex<u32> {
    let mut index = RecordIndex::new();
    let people = [
        (1, facts(&["Mohd. Irfan @ Bhura"], "Yaqub", 1988, "Meerut")),
        (
            2,
            facts(&["Rajesh Kumar"], "Suresh Kumar", 1985, "Gurugram"),
        ),
        (3, facts(&["Rajesh Kumar"], "Ramesh Chand", 1996, "Rohtak")),
        (4, facts(&["सलीम खान"], "अनवर खान", 1979, "मेरठ")),
        (
            5,
            facts(&["Balwinder Singh"], "Gurnam Singh", 1975, "Amritsar"),
        ),
    ];
    for (id, person) in people {
        index.insert(id, Profile::new(&person));
    }
    index
}

#[test]
fn an_officer_finds_bhura_by_his_alias_and_by_his_name_in_devanagari() {
    let index = register();
    let by_alias = index.search_name("Bhura", 10);
    assert_eq!(by_alias.first().map(|h| h.id), Some(1));
    let in_hindi = index.search_name("मोहम्मद इरफ़ान", 10);
    assert_eq!(in_hindi.first().map(|h| h.id), Some(1));
    assert!(in_hindi[0].name.is_strong());
    assert!(
        in_hindi[0]
            .name
            .explanation()
            .contains("names differ in script")
    );
}

#[test]
fn a_latin_query_finds_a_devanagari_record_and_the_father_decides_between_namesakes() {
    let index = register();
    let salim = index.search_name("Saleem Khan", 10);
    assert_eq!(salim.first().map(|h| h.id), Some(4));

    let rajesh = index.search_name("Rajesh Kumar s/o Ramesh Chand", 10);
    let ids: Vec<u32> = rajesh.iter().map(|h| h.id).collect();
    assert_eq!(&ids[..2], &[3, 2]);
}

#[test]
fn an_edited_record_is_found_under_its_new_name_and_a_removed_one_not_at_all() {
    let mut index = register();
    assert_eq!(index.len(), 5);
    index.insert(
        5,
        Profile::new(&facts(
            &["Balvinder Singh Sandhu"],
            "Gurnam Singh",
            1975,
            "Amritsar",
        )),
    );
    assert_eq!(index.len(), 5);
    let found = index.search_name("Sandhu", 10);
    assert_eq!(found.first().map(|h| h.id), Some(5));

    index.remove(5);
    assert_eq!(index.len(), 4);
    assert!(index.get(5).is_none());
    assert!(index.search_name("Balwinder", 10).iter().all(|h| h.id != 5));
}

#[test]
fn a_new_record_of_bhura_is_flagged_as_the_same_man_and_not_as_a_namesake() {
    let index = register();
    let new = Profile::new(&facts(&["मोहम्मद इरफ़ान"], "s/o याक़ूब", 1989, "मेरठ"));
    let found = index.matches(&new, None, 5);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, 1);
    assert_eq!(found[0].1.decision(), Decision::Match);
    assert!(index.matches(&new, Some(1), 5).is_empty());
}

#[test]
fn an_imports_records_are_linked_in_bulk_to_the_register_and_to_each_other() {
    let mut index = register();
    index.insert(
        10,
        Profile::new(&facts(&["मोहम्मद इरफ़ान"], "s/o याक़ूब", 1989, "मेरठ")),
    );
    index.insert(
        11,
        Profile::new(&facts(&["Muhammad Irfan"], "Yakoob", 1987, "MEERUT")),
    );
    index.insert(
        12,
        Profile::new(&facts(&["Suresh Yadav"], "Ram Yadav", 1990, "Rewari")),
    );
    let mut found: Vec<(u32, u32)> = index
        .links(&[10, 11, 12], RecordMatch::MATCH_WEIGHT)
        .into_iter()
        .map(|(a, b, m)| {
            assert_eq!(m.decision(), Decision::Match, "{m:?}");
            assert!(m.explanation().contains("same father's name"), "{m:?}");
            (a.min(b), a.max(b))
        })
        .collect();
    found.sort();
    // Bhura's record in the register and both new ones; nothing of the stranger, and the
    // register's own records are not compared with each other.
    assert_eq!(found, vec![(1, 10), (1, 11), (10, 11)]);
    // The same strong matches one record at a time.
    let one_by_one: Vec<u32> = index
        .matches(index.get(10).unwrap(), Some(10), 5)
        .into_iter()
        .filter(|(_, m)| m.decision() == Decision::Match)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(one_by_one.len(), 2, "{one_by_one:?}");
}

#[test]
fn duplicates_are_folded_into_one_person_across_scripts() {
    let records: Vec<(u32, Profile)> = vec![
        (1, facts(&["Mohd. Irfan @ Bhura"], "Yaqub", 1988, "Meerut")),
        (2, facts(&["मोहम्मद इरफ़ान"], "याक़ूब", 1989, "मेरठ")),
        (3, facts(&["Muhammad Irfan"], "s/o Yakoob", 1987, "MEERUT")),
        (
            4,
            facts(&["Rajesh Kumar"], "Suresh Kumar", 1985, "Gurugram"),
        ),
        (5, facts(&["Rajesh Kumar"], "Ramesh Chand", 1996, "Rohtak")),
    ]
    .into_iter()
    .map(|(id, f)| (id, Profile::new(&f)))
    .collect();
    let found = dedupe(&records, &HashSet::new());
    assert_eq!(found.clusters, vec![vec![1, 2, 3]]);
    assert!(found.links.len() >= 2);
    assert!(
        found
            .links
            .iter()
            .all(|l| l.matched.decision() == Decision::Match)
    );
}

#[test]
fn a_surname_written_with_b_for_v_is_still_his() {
    // The second record has no father's name: only the name can bring the two together.
    let mut devanagari = facts(&["तिलक देब"], "", 1980, "पलवल");
    devanagari.relative = None;
    let records: Vec<(u32, Profile)> = vec![
        (1, facts(&["Tilak Dev"], "Harphul", 1980, "Palwal")),
        (2, devanagari),
        (3, facts(&["Tilak Raj"], "Mohan Lal", 1980, "Palwal")),
    ]
    .into_iter()
    .map(|(id, f)| (id, Profile::new(&f)))
    .collect();
    let found = dedupe(&records, &HashSet::new());
    assert_eq!(found.clusters, vec![vec![1, 2]]);
}

#[test]
fn an_analysts_rejection_keeps_two_records_apart_even_through_a_third() {
    let records: Vec<(u32, Profile)> = vec![
        (1, facts(&["Mohd. Irfan @ Bhura"], "Yaqub", 1988, "Meerut")),
        (2, facts(&["मोहम्मद इरफ़ान"], "याक़ूब", 1989, "मेरठ")),
        (3, facts(&["Muhammad Irfan"], "s/o Yakoob", 1988, "Meerut")),
    ]
    .into_iter()
    .map(|(id, f)| (id, Profile::new(&f)))
    .collect();
    let rejected: HashSet<(u32, u32)> = [(1, 3)].into_iter().collect();
    let found = dedupe(&records, &rejected);
    for cluster in &found.clusters {
        assert!(
            !(cluster.contains(&1) && cluster.contains(&3)),
            "{cluster:?}"
        );
    }
    assert!(found.links.iter().all(|l| (l.a, l.b) != (1, 3)));
    assert_eq!(
        found.clusters.len(),
        1,
        "the strongest link still joins two of them"
    );
}

#[test]
fn a_shared_phone_brings_up_a_record_under_another_name() {
    let mut index = register();
    let mut sonu = facts(&["Sonu Gujjar"], "Mahipal", 1992, "Jhajjar");
    sonu.identifiers = vec![
        samanvay_match::Identifier::parse(samanvay_match::IdentifierKind::Mobile, "9812345678")
            .unwrap(),
    ];
    index.insert(6, Profile::new(&sonu));
    let mut tip = facts(&["Monu"], "Mahipal", 1993, "Rohtak");
    tip.identifiers = sonu.identifiers.clone();
    let found = index.matches(&Profile::new(&tip), None, 5);
    assert_eq!(found.first().map(|(id, _)| *id), Some(6), "{found:?}");
    assert!(
        found[0]
            .1
            .explanation()
            .contains("same phone +919812345678")
    );
}

#[test]
fn dedupe_of_an_empty_register_or_of_strangers_finds_no_clusters() {
    assert!(dedupe::<u32>(&[], &HashSet::new()).clusters.is_empty());
    let strangers: Vec<(u32, Profile)> = vec![
        (
            1,
            facts(&["Balwinder Singh"], "Gurnam Singh", 1975, "Amritsar"),
        ),
        (2, facts(&["सलीम खान"], "अनवर खान", 1979, "मेरठ")),
    ]
    .into_iter()
    .map(|(id, f)| (id, Profile::new(&f)))
    .collect();
    let found = dedupe(&strangers, &HashSet::new());
    assert!(found.clusters.is_empty());
    assert!(found.links.is_empty());
}

#[test]
fn odd_input_from_a_careless_form_is_filed_and_searched_without_trouble() {
    let odd = [
        "",
        "   ",
        "12345",
        "@@@ s/o",
        "🙂 राम 🙂",
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z A B C D E F G H I J K L M N O P Q R S T U V W X Y Z A B C D E F G H I J K L M N O P Q R S T U V W X Y Z",
        "Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram Ram",
        "श्री",
    ];
    let mut index = RecordIndex::new();
    let mut records = Vec::new();
    for (id, name) in odd.iter().enumerate() {
        let person = facts(&[name], name, 1990, name);
        index.insert(id as u32, Profile::new(&person));
        records.push((id as u32, Profile::new(&person)));
    }
    for name in odd {
        let _ = index.search_name(name, 10);
        let _ = index.matches(&Profile::new(&facts(&[name], name, 1990, name)), None, 10);
    }
    let _ = dedupe(&records, &HashSet::new());
    for id in 0..odd.len() as u32 {
        index.remove(id);
    }
    assert!(index.is_empty());
}

#[test]
fn a_whole_name_borne_in_the_register_is_known_in_either_script_and_order() {
    let index = register();
    for text in ["Salim Khan", "khan salim", "सलीम खान", "Balwinder Singh"] {
        assert!(index.bears_name(text), "{text}");
    }
    // A part of a name, an ordinary phrase or a name no record bears is not.
    for text in ["Balwinder", "Salim Qureshi", "seen near Kundli naka", ""] {
        assert!(!index.bears_name(text), "{text}");
    }
}
