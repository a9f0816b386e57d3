//! The synthetic population: the same seed gives the same records, persons appear one to four
//! times, both scripts appear, and the records are valid person content.

use samanvay_core::register::Script;
use samanvay_demo::population::{REFERENCE_DATE, generate_population};
use std::collections::{HashMap, HashSet};

#[test]
fn the_same_seed_gives_the_same_population_and_another_seed_another() {
    let a = generate_population(11, 3_000);
    assert_eq!(a, generate_population(11, 3_000));
    assert_ne!(a.records, generate_population(12, 3_000).records);
    assert_eq!(a.records.len(), 3_000);
}

#[test]
fn a_quarter_of_the_persons_are_held_two_to_four_times() {
    let population = generate_population(5, 20_000);
    let groups = population.truth_groups();
    assert_eq!(groups.len(), population.entities);
    assert!(groups.iter().all(|g| (1..=4).contains(&g.len())));
    let repeated = groups.iter().filter(|g| g.len() > 1).count() as f64;
    let share = repeated / groups.len() as f64;
    assert!((0.20..=0.30).contains(&share), "{share}");
    // A person's records come from different agencies.
    for group in groups.iter().filter(|g| g.len() > 1) {
        let agencies: HashSet<_> = group
            .iter()
            .map(|i| population.records[*i].agency)
            .collect();
        assert_eq!(agencies.len(), group.len());
    }
}

#[test]
fn names_come_in_both_scripts_and_mixed_and_common_names_repeat_across_persons() {
    let population = generate_population(5, 20_000);
    let scripts: HashSet<Script> = population
        .records
        .iter()
        .map(|r| Script::of(r.primary_name()))
        .collect();
    assert_eq!(scripts.len(), 3, "{scripts:?}");
    let mixed_records = population
        .records
        .iter()
        .filter(|r| {
            let all: String = r.names.iter().map(|n| n.text.as_str()).collect();
            let relative = r.relative.as_ref().map_or("", |x| x.name.as_str());
            Script::of(&format!("{all} {relative}")) == Script::Mixed
        })
        .count();
    assert!(mixed_records > 500, "{mixed_records}");
    // Many different persons share a common name ("Rajesh Kumar", "Sunita Devi").
    let mut persons_by_name: HashMap<&str, HashSet<u32>> = HashMap::new();
    for r in &population.records {
        persons_by_name
            .entry(r.primary_name())
            .or_default()
            .insert(r.entity);
    }
    let most = persons_by_name
        .values()
        .map(HashSet::len)
        .max()
        .unwrap_or(0);
    assert!(most >= 5, "{most}");
    assert!(persons_by_name["Rajesh Kumar"].len() >= 2);
}

#[test]
fn no_two_records_share_an_identifier() {
    let population = generate_population(9, 20_000);
    let mut seen = HashSet::new();
    for record in &population.records {
        for identifier in &record.identifiers {
            assert!(seen.insert(identifier.clone()), "{identifier} twice");
        }
    }
    assert!(seen.len() > 5_000);
}

#[test]
fn every_record_is_valid_person_content_and_gives_match_facts() {
    let population = generate_population(3, 5_000);
    for record in &population.records {
        let content = population.person_content(record, None);
        let valid = content.clone().validated(REFERENCE_DATE);
        assert!(valid.is_ok(), "{:?}: {valid:?}", record.names);
        let facts = population.facts(record);
        assert_eq!(facts.names[0], record.primary_name());
        assert_eq!(facts.gang.as_deref(), population.gang_name(record));
    }
}

#[test]
fn officer_queries_name_real_persons_in_both_scripts() {
    let population = generate_population(4, 5_000);
    let queries = population.officer_queries(1, 500);
    assert_eq!(queries, population.officer_queries(1, 500));
    assert!(
        queries
            .iter()
            .all(|q| (q.entity as usize) < population.entities)
    );
    let devanagari = queries.iter().filter(|q| q.devanagari).count();
    assert!((100..=300).contains(&devanagari), "{devanagari}");
    assert!(queries.iter().all(|q| !q.text.trim().is_empty()));
}

#[test]
fn most_records_give_an_address_and_a_persons_records_mostly_name_one_locality() {
    let population = generate_population(9, 20_000);
    let with_address = population
        .records
        .iter()
        .filter(|r| r.address.is_some())
        .count();
    let share = with_address as f64 / population.records.len() as f64;
    assert!((0.5..=0.7).contains(&share), "{share}");
    assert!(population.records.iter().any(|r| {
        r.address
            .as_deref()
            .is_some_and(|a| a.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)))
    }));
    // Two addresses of one person share a locality word far more often than two strangers'
    // (beside "Village" and the like, which most share).
    let words = |text: &str| -> HashSet<String> {
        text.split([' ', ','])
            .filter(|w| w.chars().count() >= 5 && !["Village", "ग्राम"].contains(w))
            .map(|w| samanvay_match::to_latin(w).to_lowercase())
            .collect()
    };
    let share_a_word = |a: &str, b: &str| !words(a).is_disjoint(&words(b));
    let (mut pairs, mut shared) = (0, 0);
    for group in population.truth_groups() {
        let addresses: Vec<&str> = group
            .iter()
            .filter_map(|i| population.records[*i].address.as_deref())
            .collect();
        if let [a, b, ..] = addresses[..] {
            pairs += 1;
            shared += usize::from(share_a_word(a, b));
        }
    }
    let addressed: Vec<(u32, &str)> = population
        .records
        .iter()
        .filter_map(|r| Some((r.entity, r.address.as_deref()?)))
        .collect();
    let (mut strangers, mut by_chance) = (0, 0);
    for pair in addressed.windows(2) {
        if pair[0].0 != pair[1].0 {
            strangers += 1;
            by_chance += usize::from(share_a_word(pair[0].1, pair[1].1));
        }
    }
    assert!(pairs > 500, "{pairs}");
    let kept = shared as f64 / pairs as f64;
    let chance = by_chance as f64 / strangers as f64;
    assert!(kept > chance + 0.4, "{kept} against {chance}");
    // The address feeds matching.
    let record = population
        .records
        .iter()
        .find(|r| r.address.is_some())
        .unwrap();
    assert_eq!(
        population.facts(record).places,
        vec![record.address.clone().unwrap()]
    );
}
