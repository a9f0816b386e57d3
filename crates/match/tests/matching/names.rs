//! One man in three agencies' records, and the names that must not be taken for him.

use samanvay_match::names::{NameParts, Relation, Script};
use samanvay_match::{NameKey, NameMatch, NameReason, candidate_keys, name_similarity};

const MEERUT_FIR: &str = "मोहम्मद इरफ़ान उर्फ़ भूरा";
const DELHI_DOSSIER: &str = "Mohd. Irfan @ Bhura";
const HARYANA_STF_LIST: &str = "Muhammad Irfan s/o Yaqub";

/// The texts of the names in a written name (primary first).
fn names_of(raw: &str) -> Vec<String> {
    NameParts::parse(raw)
        .names
        .iter()
        .map(NameKey::text)
        .collect()
}

#[test]
fn the_meerut_fir_the_delhi_dossier_and_the_haryana_list_name_one_man() {
    for (a, b) in [
        (MEERUT_FIR, DELHI_DOSSIER),
        (MEERUT_FIR, HARYANA_STF_LIST),
        (DELHI_DOSSIER, HARYANA_STF_LIST),
    ] {
        let found = name_similarity(a, b);
        assert!(found.score >= 0.95, "{a} ~ {b}: {found:?}");
        assert!(found.is_strong());
    }

    let fir_and_dossier = name_similarity(MEERUT_FIR, DELHI_DOSSIER);
    assert_eq!(
        fir_and_dossier.explanation(),
        "names differ in script; 'मोहम्मद' and 'Mohd' are forms of one name"
    );
    let dossier_and_list = name_similarity(DELHI_DOSSIER, HARYANA_STF_LIST);
    assert_eq!(
        dossier_and_list.reasons,
        vec![NameReason::KnownForm {
            a: "Mohd".into(),
            b: "Muhammad".into()
        }]
    );
}

#[test]
fn each_record_is_read_into_names_aliases_and_the_father() {
    assert_eq!(names_of(MEERUT_FIR), ["mohammad irfan", "bhura"]);
    assert_eq!(names_of(DELHI_DOSSIER), ["mohammad irfan", "bhura"]);
    assert_eq!(names_of(HARYANA_STF_LIST), ["mohammad irfan"]);

    let list = NameParts::parse(HARYANA_STF_LIST);
    assert_eq!(list.relatives.len(), 1);
    assert_eq!(list.relatives[0].relation, Relation::SonOf);
    assert_eq!(list.relatives[0].name.text(), "yaqub");

    let fir = NameParts::parse(MEERUT_FIR);
    assert_eq!(fir.primary().unwrap().script(), Script::Devanagari);
    assert_eq!(fir.aliases().len(), 1);
    assert_eq!(fir.aliases()[0].text(), "bhura");
}

#[test]
fn an_officer_who_knows_only_the_alias_finds_him() {
    let found = name_similarity("भूरा", DELHI_DOSSIER);
    assert!(found.is_strong(), "{found:?}");
    assert!(found.reasons.contains(&NameReason::MatchedAlias {
        alias: "Bhura".into()
    }));
}

#[test]
fn the_same_person_written_differently_scores_high() {
    // (one record, another record, least score, words the explanation must have)
    let cases: &[(&str, &str, f64, &str)] = &[
        (
            "R. K. Sharma",
            "Rajesh Kumar Sharma",
            0.85,
            "initials match (R K ~ Rajesh Kumar)",
        ),
        ("RK Sharma", "Rajesh Kumar Sharma", 0.85, "initials match"),
        (
            "Rajesh Sharma",
            "Rajesh Kumar Sharma",
            0.95,
            "middle name missing (Kumar)",
        ),
        ("Sharma Rajesh", "Rajesh Sharma", 1.0, "name order differs"),
        (
            "Ram Naresh Yadav",
            "रामनरेश यादव",
            0.99,
            "'Ram Naresh' written as one word",
        ),
        (
            "Balwinder Singh",
            "बलविंदर सिंह",
            0.9,
            "names differ in script",
        ),
        (
            "Balwinder Singh",
            "Balvinder Sing",
            0.95,
            "'Balwinder' and 'Balvinder' sound alike",
        ),
        (
            "Chowdhury Ajay Singh",
            "Ajai Singh Chaudhary",
            0.95,
            "'Chowdhury' and 'Chaudhary'",
        ),
        (
            "Yakub Qureshi",
            "Yaqoob Kureshi",
            0.95,
            "'Yakub' and 'Yaqoob' sound alike",
        ),
        ("Abdul Rahman", "Abdul Rehman", 1.0, "forms of one name"),
        ("Inderjit Singh", "Indrajit Singh", 0.9, "sound alike"),
        ("Vikas Dubey", "विकास दुबे", 1.0, "names differ in script"),
        (
            "Gaurav Chaudhary",
            "गौरव चौधरी",
            1.0,
            "'Chaudhary' and 'चौधरी'",
        ),
        ("Gourav Choudhary", "Gaurav Chaudhry", 0.95, "sound alike"),
        // ब for व, and a final -ay for -e, are writers' habits, not other names.
        (
            "Shekhar Valmiki",
            "Shekhar Balmiki",
            0.9,
            "'Valmiki' and 'Balmiki' sound alike",
        ),
        ("Tilak Dev", "तिलक देब", 0.9, "names differ in script"),
        (
            "Atul Dubey",
            "Dubay Atool",
            0.9,
            "'Dubey' and 'Dubay' sound alike",
        ),
        ("Mukhtar Ansari", "मुख़्तार अंसारी", 1.0, "same name"),
        ("Atiq Ahmed", "अतीक़ अहमद", 1.0, "'Ahmed' and 'अहमद'"),
        ("Lawrence Bishnoi", "Lawrance Bishnoi", 0.9, "sound alike"),
        ("Neeraj Bawana", "नीरज बवाना", 0.9, "names differ in script"),
        (
            "Md. Shahabuddin",
            "Mohammad Shahabuddin",
            1.0,
            "'Md' and 'Mohammad'",
        ),
        ("Pappu Yadav", "पप्पू यादव", 1.0, "same name"),
        ("Sunil Rathi", "Sunil Rathee", 0.9, "sound alike"),
        ("Ravinder Kumar", "Ravindra Kumar", 0.85, "sound alike"),
        (
            "Shahabuddin Ansari",
            "Shahabudeen Ansari",
            0.9,
            "sound alike",
        ),
        // A typing slip.
        ("Dharmendra Yadav", "Dharmednra Yadav", 0.85, "spelt alike"),
        ("Sh. Rajesh Kumar", "Rajesh Kumar", 1.0, "same name"),
        (
            "Smt. Sunita Devi w/o Ramesh",
            "सुनीता देवी पत्नी रमेश",
            1.0,
            "names differ in script",
        ),
        (
            "Kuldeep Singh urf Kaala",
            "Kala",
            0.9,
            "matched on alias 'Kaala'",
        ),
        (
            "Shri Prakash Shukla",
            "श्रीप्रकाश शुक्ला",
            0.95,
            "forms of one name",
        ),
        (
            "Ramesh Chand",
            "Ramesh Chandra",
            1.0,
            "'Chand' and 'Chandra'",
        ),
        (
            "Anil Kumar Yadav",
            "A. K. Yadav",
            0.85,
            "initials match (A K ~ Anil Kumar)",
        ),
        (
            "Mohd Salim s/o Mohd Yunus",
            "मो० सलीम पुत्र मो० यूनुस",
            1.0,
            "names differ in script",
        ),
        (
            "Mohd. Shahzad @ Pappu s/o Abdul Wahid",
            "शहज़ाद उर्फ़ पप्पू",
            0.95,
            "matched on alias",
        ),
        ("Farooq Ahmad (Chhotu)", "छोटू", 0.9, "matched on alias"),
    ];
    for (a, b, least, words) in cases {
        let found = name_similarity(a, b);
        assert!(
            found.score >= *least,
            "{a} ~ {b}: {:.3} < {least} ({})",
            found.score,
            found.explanation()
        );
        assert!(
            found.explanation().contains(words),
            "{a} ~ {b}: {:?} should say {words:?}",
            found.explanation()
        );
    }
}

#[test]
fn different_people_score_low() {
    // (one record, another record, most score)
    let cases: &[(&str, &str, f64)] = &[
        ("Rajesh Kumar", "Suresh Kumar", 0.3),
        ("Mohd Irfan", "Mohd Salim", 0.3),
        ("मोहम्मद इरफ़ान", "Mohammad Imran", 0.3),
        ("Ram Kumar", "Shyam Kumar", 0.3),
        ("Sunita Devi", "Anita Devi", 0.3),
        ("Sanjay Yadav", "Sunil Yadav", 0.4),
        ("Vikas Dubey", "Vivek Dubey", 0.4),
        ("Irfan", "Bhura", 0.0),
        ("Mukhtar Ansari", "Atiq Ahmed", 0.0),
        ("Lawrence Bishnoi", "Neeraj Bawana", 0.0),
        ("Rajesh Sharma", "Rajesh Verma", NameMatch::POSSIBLE),
        ("Balwinder Singh", "Gurpreet Singh", 0.3),
        ("Pooja Kumari", "Preeti Kumari", 0.3),
        ("Harish Rawat", "Harsh Rawat", NameMatch::POSSIBLE),
        ("Harvinder Singh", "Harminder Singh", 0.3),
        ("Sushil Kumar", "Sushila Kumari", 0.3),
        ("Kamal Nath", "Kamla Devi", 0.3),
        ("Rakesh", "Rajesh", 0.0),
        ("Ajay Kumar", "Vijay Kumar", 0.3),
    ];
    for (a, b, most) in cases {
        let found = name_similarity(a, b);
        assert!(
            found.score <= *most,
            "{a} ~ {b}: {:.3} > {most} ({})",
            found.score,
            found.explanation()
        );
        assert!(!found.is_strong());
    }
}

#[test]
fn different_people_are_told_apart_in_words() {
    let found = name_similarity("Rajesh Kumar", "Suresh Kumar");
    assert_eq!(found.explanation(), "names differ: 'Rajesh' / 'Suresh'");
}

#[test]
fn the_score_does_not_depend_on_which_record_comes_first() {
    for (a, b) in [
        (MEERUT_FIR, HARYANA_STF_LIST),
        ("R. K. Sharma", "Rajesh Kumar Sharma"),
        ("Rajesh", "Rajesh Kumar Sharma"),
        ("Ram Naresh Yadav", "रामनरेश यादव"),
        ("Sanjay Yadav", "Sunil Yadav"),
    ] {
        let forward = name_similarity(a, b).score;
        let backward = name_similarity(b, a).score;
        assert!((forward - backward).abs() < 1e-6, "{a} ~ {b}");
    }
}

#[test]
fn honorifics_relation_words_and_addresses_are_not_names() {
    let cases: &[(&str, &[&str])] = &[
        ("Shri Rajesh Kumar", &["rajesh kumar"]),
        ("Sh. Rajesh Kumar ji", &["rajesh kumar"]),
        ("Smt. Sunita Devi w/o Sh. Ramesh Chand", &["sunita devi"]),
        ("Dr. R.K. Sharma", &["r k sharma"]),
        ("Late Sh. Yaqub", &["yaqub"]),
        ("श्रीमती सुनीता देवी पत्नी श्री रमेश", &["sunita devi"]),
        ("स्व० श्री याक़ूब", &["yaqub"]),
        ("डॉ. राजेश शर्मा", &["rajesh sharma"]),
        ("कु० पूजा", &["puja"]),
        ("पं० राम प्रसाद", &["ram prasad"]),
        ("हाजी इक़बाल", &["iqbal"]),
        ("Irfan son of Yaqub resident of Meerut", &["irfan"]),
        ("Irfan s/o Yaqub r/o Lisari Gate, Meerut", &["irfan"]),
        ("इरफ़ान पुत्र याक़ूब निवासी लिसाड़ी गेट मेरठ", &["irfan"]),
        ("इरफ़ान वल्द याक़ूब", &["irfan"]),
        ("Irfan aged 32 years", &["irfan"]),
        ("Kumari Pooja", &["pooja"]),
        ("Pooja Kumari", &["pooja kumari"]),
        ("Haji Iqbal a.k.a. Bala", &["iqbal", "bala"]),
        ("Irfan@Bhura@Bhure", &["irfan", "bhura", "bhure"]),
        ("Vikas alias Vicky", &["vikas", "vicky"]),
    ];
    for (raw, expected) in cases {
        assert_eq!(names_of(raw), *expected, "{raw}");
    }
}

#[test]
fn md_is_mohammad_not_a_doctor() {
    assert_eq!(names_of("Md. Salim"), ["mohammad salim"]);
    assert_eq!(names_of("Mohd Salim"), ["mohammad salim"]);
    assert_eq!(names_of("मो० सलीम"), ["mohammad salim"]);
}

#[test]
fn relatives_are_kept_with_their_relation() {
    let cases: &[(&str, Relation, &str)] = &[
        ("Irfan s/o Yaqub", Relation::SonOf, "yaqub"),
        (
            "Sunita D/O Ramesh Chand",
            Relation::DaughterOf,
            "ramesh chandra",
        ),
        (
            "Sunita w/o Ramesh Kumar (45)",
            Relation::WifeOf,
            "ramesh kumar",
        ),
        ("सुनीता पुत्री रमेश", Relation::DaughterOf, "ramesh"),
        ("इरफ़ान वल्द याक़ूब", Relation::SonOf, "yaqub"),
        ("Irfan son of Late Sh. Yaqub", Relation::SonOf, "yaqub"),
    ];
    for (raw, relation, name) in cases {
        let parts = NameParts::parse(raw);
        assert_eq!(parts.relatives.len(), 1, "{raw}");
        assert_eq!(parts.relatives[0].relation, *relation, "{raw}");
        assert_eq!(parts.relatives[0].name.text(), *name, "{raw}");
    }
}

#[test]
fn a_name_key_holds_each_level_of_normalization() {
    let key = NameKey::parse("Mohd. Yaqoob");
    let tokens = key.tokens();
    assert_eq!(tokens.len(), 2);
    assert_eq!(tokens[0].written, "Mohd");
    assert_eq!(tokens[0].spelling, "mohammad");
    assert_eq!(tokens[0].folded, "mohamad");
    assert_eq!(tokens[0].skeleton, "mhmd");
    assert_eq!(tokens[1].spelling, "yaqoob");
    assert_eq!(tokens[1].folded, "yakub");

    let initials = NameKey::parse("R.K. Sharma");
    let flags: Vec<bool> = initials.tokens().iter().map(|t| t.is_initial).collect();
    assert_eq!(flags, [true, true, false]);
}

#[test]
fn nothing_to_compare_scores_zero() {
    let found = name_similarity("", "Irfan");
    assert_eq!(found.score, 0.0);
    assert_eq!(found.reasons, vec![NameReason::NoName]);
    assert!(
        NameParts::parse("Shri Smt.").names.is_empty(),
        "only honorifics"
    );
}

#[test]
fn records_of_the_same_person_share_a_blocking_key() {
    let pairs = [
        (MEERUT_FIR, DELHI_DOSSIER),
        (MEERUT_FIR, HARYANA_STF_LIST),
        ("R. K. Sharma", "Rajesh Kumar Sharma"),
        ("Ram Naresh Yadav", "रामनरेश यादव"),
        ("Yakub Qureshi", "Yaqoob Kureshi"),
        ("Lawrence Bishnoi", "Lawrance Bishnoi"),
        ("Balwinder Singh", "बलविंदर सिंह"),
    ];
    for (a, b) in pairs {
        let (ka, kb) = (candidate_keys(a), candidate_keys(b));
        assert!(ka.iter().any(|k| kb.contains(k)), "{a} {ka:?} / {b} {kb:?}");
    }
}

#[test]
fn blocking_keys_are_phonetic_keys_and_trigrams() {
    let keys = candidate_keys(DELHI_DOSSIER);
    for expected in [
        "p:mhmd",
        "p:irfn",
        "p:br",
        "g:^ir",
        "g:irf",
        "g:an$",
        "p:mhmdrfn",
    ] {
        assert!(
            keys.contains(&expected.to_string()),
            "{expected} in {keys:?}"
        );
    }
    assert!(
        !keys.iter().any(|k| k == "g:moh"),
        "common names give no trigrams"
    );
    assert!(candidate_keys("").is_empty());
}
