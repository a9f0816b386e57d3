//! Training topics: the new criminal laws, interviewing, border nakas, raids and complainants.

use super::{Category, Topic};

const C: Category = Category::Training;

pub(super) const TOPICS: &[Topic] = &[
    Topic {
        category: C,
        en: "Working under the new criminal laws",
        hi: "नए आपराधिक कानूनों के अंतर्गत कार्य",
        tags: &["bns", "bnss", "bsa", "new-criminal-laws"],
        why_en: "Since 1 July 2024 offences are registered under the Bharatiya Nyaya Sanhita and procedure follows the BNSS and the BSA; cases registered earlier continue under the old codes, and both will be before the courts for years.",
        why_hi: "1 जुलाई 2024 से अपराध भारतीय न्याय संहिता के अंतर्गत दर्ज होते हैं और प्रक्रिया बीएनएसएस व बीएसए के अनुसार होती है; उससे पहले दर्ज मामले पुराने कानूनों के अंतर्गत चलते रहेंगे।",
        steps_en: &[
            "Apply the law in force on the date of the offence, not on the date of registration.",
            "Keep a correspondence table of IPC and BNS sections at every police station help desk.",
            "Register a zero FIR for an offence outside the jurisdiction and transfer it promptly.",
            "Train every investigating officer on the new duties, such as the forensic visit and the video record of searches.",
        ],
        steps_hi: &[
            "अपराध की तिथि पर लागू कानून की धारा लगाएँ, पंजीकरण की तिथि की नहीं।",
            "हर थाने की हेल्प डेस्क पर आईपीसी और बीएनएस की धाराओं की तुलनात्मक तालिका रखें।",
            "क्षेत्राधिकार से बाहर के अपराधों में ज़ीरो एफआईआर दर्ज कर तुरंत स्थानांतरित करें।",
            "हर विवेचना अधिकारी को नए दायित्वों का प्रशिक्षण दें।",
        ],
        steps_mixed: &[
            "Offence की date पर लागू law की section लगाएँ।",
            "IPC–BNS correspondence table हर help desk पर रखें।",
            "Zero FIR दर्ज करके concerned police station को जल्दी transfer करें।",
        ],
        refs: &[
            "BNS 2023",
            "BNSS 2023, s. 173 (information in cognizable cases)",
            "BSA 2023",
        ],
    },
    Topic {
        category: C,
        en: "Interviewing suspects and witnesses",
        hi: "संदिग्धों एवं गवाहों से पूछताछ",
        tags: &["interviewing", "interrogation"],
        why_en: "Information obtained under pressure is unreliable and inadmissible; a planned and recorded interview learns more and survives the trial.",
        why_hi: "दबाव से प्राप्त जानकारी अविश्वसनीय और अस्वीकार्य होती है; योजनाबद्ध और अभिलिखित पूछताछ अधिक जानकारी देती है और मुकदमे में टिकती है।",
        steps_en: &[
            "Plan the interview: what is known, what must be learnt, and what will be shown, and when.",
            "Let the person give a free account before asking specific questions.",
            "Test the account against call records, footage and other statements, not against the interviewer's belief.",
            "Record the interview, and the presence of the advocate where the person has asked for one.",
        ],
        steps_hi: &[
            "पूछताछ की योजना बनाएँ: क्या ज्ञात है, क्या जानना है और कौन-सा साक्ष्य कब दिखाना है।",
            "विशिष्ट प्रश्न पूछने से पहले व्यक्ति को अपनी बात पूरी कहने दें।",
            "बयान को कॉल रिकॉर्ड, फुटेज और अन्य बयानों से परखें।",
        ],
        steps_mixed: &[
            "Interview से पहले plan बनाएँ — क्या पता है, क्या जानना है।",
            "पहले free account लें, फिर specific questions पूछें।",
            "Statement को CDR और CCTV से cross-check करें।",
        ],
        refs: &[
            "BNSS 2023, s. 38 (right of the arrested person to meet an advocate)",
            "BSA 2023, s. 23 (confession to a police officer)",
        ],
    },
    Topic {
        category: C,
        en: "Naka checking at interstate borders",
        hi: "अंतरराज्यीय सीमा पर नाका चेकिंग",
        tags: &["naka", "border", "patrolling"],
        why_en: "Offenders cross the border in minutes; joint nakas on both sides, working from one list of wanted vehicles, close that gap.",
        why_hi: "अपराधी कुछ ही मिनटों में सीमा पार कर जाते हैं; दोनों ओर संयुक्त नाके, वांछित वाहनों की एक ही सूची के साथ, यह अंतर समाप्त करते हैं।",
        steps_en: &[
            "Agree naka points and timings with the police station across the border every week.",
            "Check vehicles against the shared register of wanted and stolen vehicles on the phone, not against a printed list.",
            "Place the barricades so that a vehicle that turns back can be seen and followed.",
            "Enter every vehicle stopped and every challan in the naka register for later matching.",
        ],
        steps_hi: &[
            "सीमा पार के थाने के साथ हर सप्ताह नाका स्थल और समय तय करें।",
            "वाहनों की जाँच मोबाइल पर साझा रजिस्टर से करें, छपी हुई सूची से नहीं।",
            "बैरिकेड ऐसे लगाएँ कि वापस मुड़ने वाला वाहन दिखे और उसका पीछा हो सके।",
            "रोके गए हर वाहन और हर चालान को नाका रजिस्टर में दर्ज करें।",
        ],
        steps_mixed: &[
            "Border के दूसरी तरफ़ के SHO के साथ weekly naka plan बनाएँ।",
            "Vehicle check shared register से mobile पर करें।",
            "हर stopped vehicle की entry naka register में करें।",
        ],
        refs: &["Motor Vehicles Act 1988"],
    },
    Topic {
        category: C,
        en: "Officer safety during raids",
        hi: "छापेमारी के दौरान अधिकारियों की सुरक्षा",
        tags: &["raids", "officer-safety"],
        why_en: "Police teams are attacked most often when they raid a village or a hideout with too few people and no plan for leaving.",
        why_hi: "पुलिस टीमों पर सबसे अधिक हमले तब होते हैं जब वे कम लोगों और बिना वापसी योजना के किसी गाँव या ठिकाने पर छापा मारती हैं।",
        steps_en: &[
            "Brief the team on the target, the layout, the weapons expected and the role of each member.",
            "Inform the local police station and register the operation so that no other agency is surprised.",
            "Wear body armour, carry first aid and identify the nearest hospital before leaving.",
            "Plan the way out as carefully as the way in.",
        ],
        steps_hi: &[
            "टीम को लक्ष्य, स्थान का नक्शा, संभावित हथियार और हर सदस्य की भूमिका के बारे में ब्रीफ करें।",
            "स्थानीय थाने को सूचित करें और अभियान दर्ज करें ताकि कोई अन्य एजेंसी अनजान न रहे।",
            "बुलेटप्रूफ जैकेट पहनें, प्राथमिक चिकित्सा साथ रखें और निकटतम अस्पताल पहले से पहचानें।",
            "वापसी की योजना उतनी ही सावधानी से बनाएँ जितनी प्रवेश की।",
        ],
        steps_mixed: &[
            "Raid से पहले पूरी team की briefing करें — target, layout, expected weapons।",
            "Local police station को inform करें और operation register करें।",
            "Bulletproof jacket पहनें और nearest hospital पहले से identify करें।",
        ],
        refs: &["State police standing orders on raids and searches"],
    },
    Topic {
        category: C,
        en: "Receiving complaints from women and children",
        hi: "महिलाओं एवं बच्चों की शिकायतें प्राप्त करना",
        tags: &["women-safety", "child-protection", "help-desk"],
        why_en: "A complainant who is turned away or kept waiting does not come back; the first contact decides whether a crime is reported at all.",
        why_hi: "लौटाई गई या प्रतीक्षा कराई गई शिकायतकर्ता दोबारा नहीं आती; पहला संपर्क तय करता है कि अपराध दर्ज होगा या नहीं।",
        steps_en: &[
            "Receive the complaint at the women's help desk, by a woman officer where the law requires it.",
            "Record the statement at a place of the complainant's choice when she cannot come to the police station.",
            "Keep the identity of the victim out of every document that leaves the police station.",
            "Inform the complainant of the progress of the investigation within ninety days.",
        ],
        steps_hi: &[
            "शिकायत महिला हेल्प डेस्क पर, जहाँ कानून अपेक्षा करता है वहाँ महिला अधिकारी द्वारा प्राप्त करें।",
            "यदि शिकायतकर्ता थाने नहीं आ सकती तो उसकी पसंद के स्थान पर बयान दर्ज करें।",
            "थाने से बाहर जाने वाले हर दस्तावेज़ में पीड़िता की पहचान गोपनीय रखें।",
            "नब्बे दिन के भीतर शिकायतकर्ता को विवेचना की प्रगति की सूचना दें।",
        ],
        steps_mixed: &[
            "Complaint women help desk पर woman officer द्वारा लें।",
            "Victim की identity किसी भी document में disclose न करें।",
            "Investigation की progress 90 दिन के अंदर complainant को बताएँ।",
        ],
        refs: &[
            "BNSS 2023, s. 193(3) (informing the victim of progress)",
            "BNS 2023, s. 72 (disclosure of the identity of a victim)",
        ],
    },
];
