//! Hindi names in Latin letters the way they are written in English documents.

use samanvay_match::to_latin;

/// Asserts the transliteration of each Devanagari word.
fn spelt(cases: &[(&str, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(hindi, latin)| {
            let got = to_latin(hindi);
            (got != *latin).then(|| format!("{hindi} → {got}, expected {latin}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_unspoken_final_a_is_dropped() {
    spelt(&[
        ("राहुल", "rahul"),
        ("कमल", "kamal"),
        ("अजय", "ajay"),
        ("इरफ़ान", "irfan"),
        ("रमेश", "ramesh"),
        ("सुरेश", "suresh"),
        ("अनिल", "anil"),
        ("विकास", "vikas"),
        ("अशोक", "ashok"),
        ("विनोद", "vinod"),
        ("गौरव", "gaurav"),
        ("यादव", "yadav"),
        ("संतोष", "santosh"),
    ]);
}

#[test]
fn the_unspoken_a_inside_a_name_is_dropped() {
    spelt(&[
        ("मोहम्मद", "mohammad"),
        ("मुहम्मद", "muhammad"),
        ("अहमद", "ahmad"),
        ("कमला", "kamla"),
        ("जगदीश", "jagdish"),
        ("मनमोहन", "manmohan"),
        ("ममता", "mamta"),
        ("सुखबीर", "sukhbir"),
        ("हरपाल", "harpal"),
        ("गुरमीत", "gurmit"),
        ("रहमान", "rahman"),
        ("सलमान", "salman"),
        ("अमरनाथ", "amarnath"),
        ("पवनकुमार", "pavankumar"),
        ("बलविंदर", "balvindar"),
    ]);
}

#[test]
fn long_vowels_are_written_as_in_english_names() {
    spelt(&[
        ("सुनीता", "sunita"),
        ("सुनील", "sunil"),
        ("पूजा", "puja"),
        ("भूरा", "bhura"),
        ("शर्मा", "sharma"),
        ("वर्मा", "varma"),
        ("रवि", "ravi"),
        ("चौधरी", "chaudhri"),
    ]);
}

#[test]
fn nukta_letters_are_the_persian_and_arabic_sounds() {
    spelt(&[
        ("ज़ाकिर", "zakir"),
        ("फ़ारूक़", "faruq"),
        ("याक़ूब", "yaqub"),
        ("इक़बाल", "iqbal"),
        ("परवेज़", "parvez"),
        ("शहज़ाद", "shahzad"),
        ("ख़ान", "khan"),
        ("मुख़्तार", "mukhtar"),
        ("अशफ़ाक़", "ashfaq"),
        ("क़ुरैशी", "quraishi"),
        // Typed as the letter and a separate nukta mark.
        ("\u{091C}\u{093C}\u{093E}\u{0915}\u{093F}\u{0930}", "zakir"),
    ]);
}

#[test]
fn anusvara_and_chandrabindu_are_n_or_m_by_what_follows() {
    spelt(&[
        ("सिंह", "singh"),
        ("संजय", "sanjay"),
        ("अरविंद", "arvind"),
        ("गंगा", "ganga"),
        ("चंपा", "champa"),
        ("अंबेडकर", "ambedkar"),
        ("वंश", "vansh"),
        ("जसवंत", "jasvant"),
        ("चाँद", "chand"),
        ("आँचल", "anchal"),
    ]);
}

#[test]
fn conjuncts_keep_their_final_a_unless_they_start_with_r_or_double_a_letter() {
    spelt(&[
        ("नरेंद्र", "narendra"),
        ("धर्मेंद्र", "dharmendra"),
        ("जितेंद्र", "jitendra"),
        ("सुरेंद्र", "surendra"),
        ("गुप्त", "gupta"),
        ("मिश्र", "mishra"),
        ("कृष्ण", "krishna"),
        ("आदित्य", "aditya"),
        ("इंद्रजीत", "indrajit"),
        ("लक्ष्मी", "lakshmi"),
        ("ज्ञान", "gyan"),
        ("प्रकाश", "prakash"),
        ("श्याम", "shyam"),
        ("हर्ष", "harsh"),
        ("पार्थ", "parth"),
        ("उर्फ़", "urf"),
        ("भट्ट", "bhatt"),
        ("पप्पू", "pappu"),
        ("गुड्डू", "guddu"),
        ("मुन्ना", "munna"),
    ]);
}

#[test]
fn compound_names_are_spelt_part_by_part() {
    spelt(&[
        ("रामनरेश", "ramnaresh"),
        ("ओमप्रकाश", "omprakash"),
        ("जयप्रकाश", "jayprakash"),
        ("श्रीमती", "shrimati"),
        ("श्रीनिवास", "shrinivas"),
        ("रामन", "raman"),
        ("जयंत", "jayant"),
        ("रामू", "ramu"),
    ]);
}

#[test]
fn mixed_text_keeps_latin_and_converts_digits_and_danda() {
    assert_eq!(
        to_latin("Irfan उर्फ़ भूरा, FIR ४२/२०२४।"),
        "Irfan urf bhura, FIR 42/2024."
    );
}
