//! The match threshold follows the register's size: a small register (a district's list, the
//! FEBRL set) links on less evidence than a national one of a million, where namesakes are many.

use samanvay_match::{
    BirthYear, Decision, MatchThreshold, Profile, RecordFacts, RecordMatch, Sex, compare,
    compare_in, dedupe,
};
use std::collections::HashSet;

fn person(names: &[&str], father: Option<&str>, year: i32, district: Option<&str>) -> Profile {
    Profile::new(&RecordFacts {
        names: names.iter().map(|n| n.to_string()).collect(),
        relative: father.map(str::to_owned),
        sex: Some(Sex::Male),
        birth_year: Some(BirthYear { year, exact: false }),
        districts: district.map(str::to_owned).into_iter().collect(),
        ..RecordFacts::default()
    })
}

#[test]
fn the_threshold_asks_one_bit_more_per_doubling_of_the_register_and_never_drops_below_the_floor() {
    let at = |n: usize| MatchThreshold::for_register(n).match_weight();
    assert_eq!(at(1_000_000), RecordMatch::MATCH_WEIGHT);
    assert!((at(2_000_000) - at(1_000_000) - 1.0).abs() < 1e-9);
    assert!((at(1_000_000) - at(250_000) - 2.0).abs() < 1e-9);
    assert!(at(100_000) < at(1_000_000));
    assert_eq!(at(5_000), MatchThreshold::FLOOR);
    assert_eq!(at(0), MatchThreshold::FLOOR);
    let threshold = MatchThreshold::for_register(100_000);
    assert!(threshold.possible_weight() < threshold.match_weight());
    assert_eq!(MatchThreshold::default(), MatchThreshold::REFERENCE);
}

#[test]
fn a_name_across_scripts_and_an_age_link_in_a_district_list_but_only_suggest_at_a_million() {
    let fir = person(&["सलीम खान"], None, 1990, None);
    let dossier = person(&["Saleem Khan"], None, 1990, None);
    let national = compare(&fir, &dossier);
    assert_eq!(national.decision(), Decision::Possible, "{national:?}");

    let small = MatchThreshold::for_register(3_000);
    let local = compare_in(&fir, &dossier, small);
    assert_eq!(local.weight, national.weight, "the evidence is the same");
    assert_eq!(local.decision(), Decision::Match, "{local:?}");
    assert!(local.probability > national.probability);
    assert!(local.explanation().contains("names differ in script"));

    let found = dedupe(&[(1u32, fir), (2, dossier)], &HashSet::new());
    assert_eq!(found.clusters, vec![vec![1, 2]]);
    assert_eq!(found.links[0].matched.decision(), Decision::Match);
}

#[test]
fn namesakes_of_one_district_with_different_fathers_stay_apart_even_in_a_small_register() {
    let one = person(
        &["Imran Hussain"],
        Some("s/o Sarfaraz"),
        1986,
        Some("North Delhi"),
    );
    let other = person(&["इमरान हुसैन"], Some("इमरान"), 1984, Some("North Delhi"));
    let small = MatchThreshold::for_register(2);
    let found = compare_in(&one, &other, small);
    assert_ne!(found.decision(), Decision::Match, "{}", found.explanation());
    assert!(found.explanation().contains("different father's name"));
    let clusters = dedupe(&[(1u32, one), (2, other)], &HashSet::new()).clusters;
    assert!(clusters.is_empty(), "{clusters:?}");
}
