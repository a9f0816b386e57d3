//! Forensics topics: electronic evidence, mandatory forensic visits, exhibits, ballistics,
//! biological evidence, fingerprints and the video record of searches.

use super::{Category, Topic};

const C: Category = Category::Forensics;

pub(super) const TOPICS: &[Topic] = &[
    Topic {
        category: C,
        en: "Handling electronic evidence",
        hi: "इलेक्ट्रॉनिक साक्ष्य का संधारण",
        tags: &["electronic-evidence", "digital-forensics", "bsa-63"],
        why_en: "A screenshot without a certificate, or a phone without a hash value, is an argument for the defence.",
        why_hi: "बिना प्रमाणपत्र का स्क्रीनशॉट या बिना हैश वैल्यू का फोन बचाव पक्ष के लिए तर्क बन जाता है।",
        steps_en: &[
            "Seize devices in the state found: a phone that is on stays on, in a signal-blocking bag; a phone that is off stays off.",
            "Record the make, model, IMEI and visible condition of every device in the seizure memo.",
            "Have the device imaged by the forensic laboratory or a trained examiner and record the hash value of the image.",
            "Obtain the certificate for electronic records from the person in charge of the device or from the examiner.",
            "Never browse a seized device yourself; every action changes the data and is recorded in it.",
        ],
        steps_hi: &[
            "उपकरण जिस स्थिति में मिले उसी में जब्त करें: चालू फोन को सिग्नल रोकने वाले बैग में चालू रखें, बंद फोन बंद रखें।",
            "जब्ती ज्ञापन में हर उपकरण का मेक, मॉडल, आईएमईआई और स्थिति दर्ज करें।",
            "फॉरेंसिक प्रयोगशाला से उपकरण की इमेज बनवाएँ और उसकी हैश वैल्यू दर्ज करें।",
            "जब्त उपकरण को स्वयं न खोलें और न चलाएँ।",
        ],
        steps_mixed: &[
            "Phone on है तो Faraday bag में on रखें, off है तो off ही रखें।",
            "Seizure memo में IMEI, make और model लिखें।",
            "Imaging के बाद hash value record करें और BSA 63 certificate लें।",
        ],
        refs: &[
            "BSA 2023, s. 63 (admissibility of electronic records)",
            "BNSS 2023, s. 105 (audio-video recording of search and seizure)",
        ],
    },
    Topic {
        category: C,
        en: "Forensic team visits in serious offences",
        hi: "गंभीर अपराधों में फॉरेंसिक टीम का निरीक्षण",
        tags: &["forensic-visit", "bnss-176", "mobile-forensic-van"],
        why_en: "For every offence punishable with seven years or more, a forensic expert must visit the scene to collect evidence and the process must be video-recorded; the district plan must make this routine, not exceptional.",
        why_hi: "सात वर्ष या उससे अधिक दंडनीय हर अपराध में फॉरेंसिक विशेषज्ञ का घटनास्थल पर जाना और प्रक्रिया की वीडियोग्राफी अनिवार्य है; जिले की योजना में यह सामान्य प्रक्रिया होनी चाहिए।",
        steps_en: &[
            "Keep a duty roster of forensic teams and mobile forensic vans that reaches every police station within one hour.",
            "Call the forensic team from the scene, not after returning to the police station.",
            "Record the arrival time of the team and the video of the evidence collection in the case diary.",
            "Where the state has no facility of its own, use the facility of the neighbouring state as notified.",
        ],
        steps_hi: &[
            "मोबाइल फॉरेंसिक वैन और टीमों का ऐसा ड्यूटी रोस्टर रखें जिससे हर थाना एक घंटे के भीतर कवर हो।",
            "फॉरेंसिक टीम को थाने लौटकर नहीं, घटनास्थल से ही सूचना दें।",
            "टीम के पहुँचने का समय और साक्ष्य संग्रह का वीडियो केस डायरी में दर्ज करें।",
        ],
        steps_mixed: &[
            "सात साल से अधिक सज़ा वाले offence में forensic team की visit ज़रूरी है।",
            "Mobile forensic van को scene से ही call करें।",
            "Evidence collection की videography case diary में record करें।",
        ],
        refs: &["BNSS 2023, s. 176(3) (forensic investigation of serious offences)"],
    },
    Topic {
        category: C,
        en: "Chain of custody and the malkhana register",
        hi: "प्रदर्शों की अभिरक्षा श्रृंखला एवं मालखाना रजिस्टर",
        tags: &["chain-of-custody", "malkhana", "exhibits"],
        why_en: "Every unexplained gap between seizure and laboratory is a doubt that the court must resolve in favour of the accused.",
        why_hi: "जब्ती और प्रयोगशाला के बीच हर अस्पष्ट अंतराल एक संदेह है, जिसका लाभ अदालत अभियुक्त को देती है।",
        steps_en: &[
            "Seal every exhibit at the scene and put the seal impression on the seizure memo.",
            "Deposit exhibits in the malkhana the same day and record the entry number in the case diary.",
            "Send exhibits to the laboratory through a named carrier with a road certificate, and record their return.",
            "Keep the seal with a different officer from the one who carries the exhibit.",
        ],
        steps_hi: &[
            "हर प्रदर्श को घटनास्थल पर ही सील करें और सील का नमूना जब्ती ज्ञापन पर लगाएँ।",
            "प्रदर्श उसी दिन मालखाने में जमा करें और प्रविष्टि संख्या केस डायरी में लिखें।",
            "प्रदर्श प्रयोगशाला में नामित वाहक के माध्यम से रोड सर्टिफिकेट के साथ भेजें।",
            "सील उस अधिकारी के पास न रहे जो प्रदर्श लेकर जा रहा है।",
        ],
        steps_mixed: &[
            "हर exhibit को scene पर ही seal करें और seal impression memo पर लगाएँ।",
            "Malkhana entry उसी दिन करें।",
            "FSL भेजते समय road certificate और carrier का नाम दर्ज करें।",
        ],
        refs: &[
            "BNSS 2023, s. 105 (audio-video recording of search and seizure)",
            "BNSS 2023, s. 497 (custody and disposal of property pending trial)",
        ],
    },
    Topic {
        category: C,
        en: "Firearm and cartridge-case examination",
        hi: "हथियार एवं खोखा कारतूस परीक्षण",
        tags: &["ballistics", "firearms"],
        why_en: "Cartridge cases left at firing scenes in different districts can show that one weapon, and so one gang, is behind them.",
        why_hi: "अलग-अलग जिलों में गोलीबारी स्थलों पर मिले खोखे यह दिखा सकते हैं कि उनके पीछे एक ही हथियार और एक ही गिरोह है।",
        steps_en: &[
            "Pick up cartridge cases with gloves, by the rim, and pack each in a separate labelled container.",
            "Never insert anything into the barrel of a recovered weapon; unload it in front of a witness and record the position of each round.",
            "Send cartridge cases from open firing cases for comparison with every newly recovered weapon of the same calibre.",
            "Record the calibre and the laboratory's findings on the shared register so that other districts can ask for a comparison.",
        ],
        steps_hi: &[
            "खोखों को दस्ताने पहनकर किनारे से उठाएँ और हर खोखे को अलग लेबल वाले डिब्बे में रखें।",
            "बरामद हथियार की नली में कुछ न डालें; गवाह के सामने उसे खाली करें और हर कारतूस की स्थिति लिखें।",
            "उसी कैलिबर के हर नए बरामद हथियार से लंबित मामलों के खोखों का मिलान कराएँ।",
        ],
        steps_mixed: &[
            "Empties को gloves पहनकर rim से उठाएँ और अलग-अलग pack करें।",
            "Recovered weapon को witness के सामने unload करें।",
            "Calibre और FSL findings shared register में update करें।",
        ],
        refs: &["Arms Act 1959, s. 25 and s. 27"],
    },
    Topic {
        category: C,
        en: "Collecting DNA and biological evidence",
        hi: "डीएनए एवं जैविक साक्ष्य का संग्रह",
        tags: &["dna", "biological-evidence"],
        why_en: "Biological traces degrade with heat, moisture and handling; the way they are collected decides whether the laboratory can give a profile at all.",
        why_hi: "जैविक साक्ष्य गर्मी, नमी और लापरवाही से नष्ट हो जाते हैं; संग्रह का तरीका तय करता है कि प्रयोगशाला प्रोफ़ाइल दे पाएगी या नहीं।",
        steps_en: &[
            "Wear fresh gloves and a mask for each item and change them between items.",
            "Dry wet items in the shade and pack them in paper, never in plastic.",
            "Take reference samples from the victim and the suspects with consent or under the court's order.",
            "Keep biological exhibits cool and send them to the laboratory as fast as possible.",
        ],
        steps_hi: &[
            "हर वस्तु के लिए नए दस्ताने और मास्क पहनें।",
            "गीली वस्तुओं को छाँव में सुखाएँ और कागज़ में पैक करें, प्लास्टिक में कभी नहीं।",
            "पीड़ित और संदिग्धों के संदर्भ नमूने सहमति से या न्यायालय के आदेश से लें।",
            "जैविक प्रदर्शों को ठंडा रखें और जल्द से जल्द प्रयोगशाला भेजें।",
        ],
        steps_mixed: &[
            "हर item के लिए नए gloves पहनें।",
            "Wet exhibits को छाँव में सुखाकर paper packing करें, plastic में नहीं।",
            "Reference samples consent या court order से लें।",
        ],
        refs: &["BNSS 2023, s. 51 (examination of the accused by a medical practitioner)"],
    },
    Topic {
        category: C,
        en: "Fingerprint searches through NAFIS",
        hi: "नैफिस द्वारा अंगुल-छाप मिलान",
        tags: &["fingerprints", "nafis"],
        why_en: "A chance print from a scene is useful only if the fingerprints of arrested persons are enrolled every time, in every state.",
        why_hi: "घटनास्थल से मिला अंगुल-छाप तभी उपयोगी है जब हर राज्य में हर गिरफ्तार व्यक्ति के अंगुल-छाप दर्ज किए जाएँ।",
        steps_en: &[
            "Enrol the fingerprints of every arrested person on NAFIS before production in court.",
            "Lift chance prints at the scene with the fingerprint expert and search them against the national database.",
            "Record the NAFIS identification number on the shared register with the person's record.",
        ],
        steps_hi: &[
            "हर गिरफ्तार व्यक्ति के अंगुल-छाप न्यायालय में प्रस्तुत करने से पहले नैफिस पर दर्ज करें।",
            "घटनास्थल से अंगुल-छाप विशेषज्ञ के साथ चांस प्रिंट उठाएँ और राष्ट्रीय डेटाबेस में खोजें।",
            "नैफिस पहचान संख्या को व्यक्ति के अभिलेख के साथ साझा रजिस्टर पर दर्ज करें।",
        ],
        steps_mixed: &[
            "हर arrested person की fingerprints NAFIS पर enrol करें।",
            "Chance prints को national database में search करवाएँ।",
            "NAFIS ID को shared register में person record के साथ डालें।",
        ],
        refs: &["Criminal Procedure (Identification) Act 2022"],
    },
    Topic {
        category: C,
        en: "Audio-video recording of search and seizure",
        hi: "तलाशी एवं जब्ती की ऑडियो-वीडियो रिकॉर्डिंग",
        tags: &["videography", "search", "bnss-105"],
        why_en: "The law now requires search and seizure to be recorded on video, preferably on a mobile phone, and the recording to reach the magistrate without delay.",
        why_hi: "कानून अब तलाशी और जब्ती की वीडियो रिकॉर्डिंग, अधिमानतः मोबाइल फोन से, और रिकॉर्डिंग को बिना देरी मजिस्ट्रेट को भेजना अनिवार्य करता है।",
        steps_en: &[
            "Start recording before entering the premises and state the date, time, place and the officers present.",
            "Record the preparation of the seizure list and the signatures of the witnesses.",
            "Upload the recording the same day to the designated system and forward it to the magistrate.",
            "Keep a second copy under the chain of custody and note its hash value in the case diary.",
        ],
        steps_hi: &[
            "परिसर में प्रवेश से पहले रिकॉर्डिंग शुरू करें और तारीख, समय, स्थान और उपस्थित अधिकारियों के नाम बोलें।",
            "जब्ती सूची बनाने और गवाहों के हस्ताक्षर की रिकॉर्डिंग करें।",
            "उसी दिन रिकॉर्डिंग निर्धारित प्रणाली पर अपलोड कर मजिस्ट्रेट को भेजें।",
        ],
        steps_mixed: &[
            "Premises में entry से पहले recording start करें।",
            "Seizure list और witnesses के signature की videography करें।",
            "Recording उसी दिन upload करके magistrate को forward करें।",
        ],
        refs: &["BNSS 2023, s. 105 (audio-video recording of search and seizure)"],
    },
];
