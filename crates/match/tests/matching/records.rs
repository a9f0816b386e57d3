//! Two agencies' records of a person: whether they are one man, and why, in words.

use samanvay_match::{
    BirthYear, Decision, Evidence, Identifier, IdentifierKind, Profile, RecordFacts, Sex, compare,
};

fn person(names: &[&str], father: Option<&str>, year: Option<(i32, bool)>) -> RecordFacts {
    RecordFacts {
        names: names.iter().map(|n| n.to_string()).collect(),
        relative: father.map(str::to_owned),
        sex: Some(Sex::Male),
        birth_year: year.map(|(year, exact)| BirthYear { year, exact }),
        ..RecordFacts::default()
    }
}

fn phone(raw: &str) -> Identifier {
    Identifier::parse(IdentifierKind::Mobile, raw).unwrap()
}

#[test]
fn the_meerut_fir_in_devanagari_and_the_delhi_dossier_in_latin_are_one_man() {
    let mut fir = person(&["मोहम्मद इरफ़ान उर्फ़ भूरा"], Some("याक़ूब"), Some((1988, false)));
    fir.districts = vec!["मेरठ".into()];
    let mut dossier = person(&["Mohd. Irfan"], Some("s/o Yakub"), Some((1989, true)));
    dossier.districts = vec!["Meerut".into()];
    let found = compare(&Profile::new(&fir), &Profile::new(&dossier));
    assert_eq!(found.decision(), Decision::Match, "{found:?}");
    assert!(found.probability > 0.9);
    let explanation = found.explanation();
    assert!(explanation.contains("same father's name"), "{explanation}");
    assert!(explanation.contains("age within 1 year"), "{explanation}");
    assert!(explanation.contains("same district (मेरठ)"), "{explanation}");
    assert!(
        explanation.ends_with("names differ in script"),
        "{explanation}"
    );
}

#[test]
fn two_rajesh_kumars_with_different_fathers_and_ages_are_two_men() {
    let mut one = person(&["Rajesh Kumar"], Some("Suresh Kumar"), Some((1985, true)));
    one.districts = vec!["Gurugram".into()];
    let mut other = person(
        &["Rajesh Kumar"],
        Some("s/o Ramesh Chand"),
        Some((1996, false)),
    );
    other.districts = vec!["Gurugram".into()];
    let found = compare(&Profile::new(&one), &Profile::new(&other));
    assert_eq!(found.decision(), Decision::NonMatch, "{found:?}");
    assert!(found.evidence.contains(&Evidence::SameName));
    assert!(found.explanation().contains("different father's name"));
}

#[test]
fn a_shared_phone_outweighs_a_different_spelling_of_the_name() {
    let mut a = person(&["Sonu"], None, None);
    a.identifiers = vec![phone("+91 98100-12345")];
    let mut b = person(&["Sonu Gujjar"], None, None);
    b.identifiers = vec![phone("09810012345")];
    let found = compare(&Profile::new(&a), &Profile::new(&b));
    assert_ne!(found.decision(), Decision::NonMatch, "{found:?}");
    assert!(
        found.explanation().contains("same phone +919810012345"),
        "{}",
        found.explanation()
    );

    let without = compare(
        &Profile::new(&person(&["Sonu"], None, None)),
        &Profile::new(&person(&["Sonu Gujjar"], None, None)),
    );
    assert!(found.weight > without.weight + 10.0);
}

#[test]
fn initials_a_dropped_middle_name_and_an_alias_in_one_record_only_still_match() {
    let mut a = person(
        &["R. K. Sharma"],
        Some("Om Prakash Sharma"),
        Some((1979, false)),
    );
    a.gang = Some("gang-17".into());
    let mut b = person(
        &["Rajesh Kumar Sharma", "Pappu"],
        Some("s/o Omprakash Sharma"),
        Some((1981, true)),
    );
    b.gang = Some("gang-17".into());
    let found = compare(&Profile::new(&a), &Profile::new(&b));
    assert_eq!(found.decision(), Decision::Match, "{}", found.explanation());
    assert!(found.explanation().contains("same gang"));
}

#[test]
fn two_men_of_one_common_nickname_and_fathers_name_are_two_men_when_their_names_differ() {
    let mut one = person(
        &["Pankaj Bairwa", "Jitu"],
        Some("Sunil"),
        Some((1995, false)),
    );
    one.districts = vec!["South East Delhi".into()];
    let mut other = person(
        &["Rajesh Bhardwaj @ Jeetu"],
        Some("Sunil"),
        Some((1993, false)),
    );
    other.districts = vec!["South East Delhi".into()];
    let found = compare(&Profile::new(&one), &Profile::new(&other));
    assert_ne!(found.decision(), Decision::Match, "{found:?}");
    let explanation = found.explanation();
    assert!(explanation.contains("matched on alias"), "{explanation}");
    assert!(
        explanation.contains("names differ ('Pankaj Bairwa' / 'Rajesh Bhardwaj')"),
        "{explanation}"
    );

    // The nickname still finds a record that gives no other name.
    let mut known_as = person(&["Jitu"], Some("Sunil"), Some((1995, false)));
    known_as.districts = vec!["South East Delhi".into()];
    let found = compare(&Profile::new(&one), &Profile::new(&known_as));
    assert!(!found.explanation().contains("names differ"), "{found:?}");
}

#[test]
fn a_man_and_a_woman_of_one_name_are_not_one_person() {
    let a = person(&["Kiran Yadav"], None, Some((1990, false)));
    let mut b = person(&["Kiran Yadav"], None, Some((1990, false)));
    b.sex = Some(Sex::Female);
    let found = compare(&Profile::new(&a), &Profile::new(&b));
    assert_ne!(found.decision(), Decision::Match);
    assert!(found.evidence.contains(&Evidence::DifferentSex));
    assert!(found.explanation().contains("different gender"));
}

#[test]
fn the_explanation_reads_father_birth_phone_and_script_in_an_officers_words() {
    let mut fir = person(&["सलीम खान"], Some("अनवर खान"), Some((1990, true)));
    fir.identifiers = vec![phone("9810012345")];
    let mut dossier = person(&["Saleem Khan"], Some("s/o Anwar Khan"), Some((1991, true)));
    dossier.identifiers = vec![phone("+91-98100 12345")];
    let found = compare(&Profile::new(&fir), &Profile::new(&dossier));
    assert_eq!(found.decision(), Decision::Match);
    let explanation = found.explanation();
    let order: Vec<usize> = [
        "same father's name",
        "DOB within 1 year",
        "same phone +919810012345",
        "names differ in script",
    ]
    .iter()
    .map(|words| {
        explanation
            .find(words)
            .unwrap_or_else(|| panic!("{words:?} missing from {explanation:?}"))
    })
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{explanation}");
}

#[test]
fn a_husbands_name_is_called_a_husbands_name() {
    let mut a = person(
        &["Sunita Devi"],
        Some("w/o Ramesh Yadav"),
        Some((1980, false)),
    );
    a.sex = Some(Sex::Female);
    let mut b = person(&["सुनीता देवी"], Some("पत्नी रमेश यादव"), Some((1981, false)));
    b.sex = Some(Sex::Female);
    let found = compare(&Profile::new(&a), &Profile::new(&b));
    assert!(
        found.explanation().contains("same husband's name"),
        "{}",
        found.explanation()
    );
}

#[test]
fn ages_far_apart_tell_a_father_from_his_son_of_the_same_name() {
    let son = person(
        &["Ramesh Chand Saini"],
        Some("Hari Ram Saini"),
        Some((1995, true)),
    );
    let namesake = person(
        &["Ramesh Chand Saini"],
        Some("Hari Ram Saini"),
        Some((1962, true)),
    );
    let found = compare(&Profile::new(&son), &Profile::new(&namesake));
    assert_ne!(found.decision(), Decision::Match);
    assert!(found.explanation().contains("born 33 years apart"));
}

#[test]
fn a_profile_can_be_shared_between_the_index_threads() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Profile>();
    shareable::<samanvay_match::RecordIndex<u64>>();
}

#[test]
fn an_alias_in_one_record_is_the_primary_name_of_another_across_scripts() {
    let mut dossier = person(
        &["Mohd. Irfan", "Bhura"],
        Some("s/o Yaqub"),
        Some((1988, true)),
    );
    dossier.districts = vec!["Meerut".into()];
    let mut fir = person(&["भूरा"], Some("याक़ूब"), Some((1988, false)));
    fir.districts = vec!["मेरठ".into()];
    let found = compare(&Profile::new(&dossier), &Profile::new(&fir));
    assert_eq!(found.decision(), Decision::Match, "{}", found.explanation());
    let explanation = found.explanation();
    assert!(
        explanation.contains("matched on alias 'Bhura'"),
        "{explanation}"
    );
    assert!(explanation.contains("same father's name"), "{explanation}");
}

#[test]
fn full_dates_of_birth_agree_or_differ_by_a_clerks_slip() {
    let born = |year: i32, day: Option<(u8, u8)>| {
        let mut facts = person(
            &["Sunil Kumar"],
            Some("s/o Ramesh Chand"),
            Some((year, true)),
        );
        facts.birth_day = day;
        Profile::new(&facts)
    };
    let weight = |a: &Profile, b: &Profile| compare(a, b).weight;
    let record = born(1990, Some((3, 11)));
    let year_only = weight(&record, &born(1990, None));
    let same = compare(&record, &born(1990, Some((3, 11))));
    assert!(
        same.evidence.contains(&Evidence::SameDateOfBirth),
        "{same:?}"
    );
    assert!(
        same.weight > year_only + 5.0,
        "{} vs {year_only}",
        same.weight
    );
    // 11 March and 3 November: day and month read the wrong way round.
    let swapped = compare(&record, &born(1990, Some((11, 3))));
    assert!(swapped.evidence.contains(&Evidence::DatesOfBirthAlike));
    assert!(swapped.weight > year_only && swapped.weight < same.weight);
    let next_year = compare(&record, &born(1991, Some((3, 11))));
    assert!(next_year.evidence.contains(&Evidence::DatesOfBirthAlike));
    // Another day of the same year is no evidence for; another day and year is against.
    assert!(weight(&record, &born(1990, Some((7, 21)))) < year_only);
    assert!(weight(&record, &born(1991, Some((7, 21)))) < weight(&record, &born(1991, None)));
}
