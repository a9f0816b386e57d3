//! Technology topics: call records, CCTV, social media, cyber fraud, phones, records and the
//! discipline of acting on Samanvay inputs.

use super::{Category, Topic};

const C: Category = Category::Technology;

pub(super) const TOPICS: &[Topic] = &[
    Topic {
        category: C,
        en: "Call detail record and tower-dump analysis",
        hi: "सीडीआर एवं टावर डंप विश्लेषण",
        tags: &["cdr", "tower-dump", "telecom"],
        why_en: "Call records are the most requested and the most misused technical evidence; every request must be necessary, approved and recorded.",
        why_hi: "कॉल रिकॉर्ड सबसे अधिक माँगा जाने वाला और सबसे अधिक दुरुपयोग होने वाला तकनीकी साक्ष्य है; हर अनुरोध आवश्यक, अनुमोदित और दर्ज होना चाहिए।",
        steps_en: &[
            "Request records only through the district's nodal officer, with the FIR number and the approval of the supervisory officer.",
            "Ask for the shortest period that answers the question; a tower dump of a busy market returns tens of thousands of numbers.",
            "Look for numbers common to several tower dumps before studying any one number in detail.",
            "Record the analysis in the case diary and the numbers of interest on the shared register.",
            "Destroy data not needed for the case as the instructions require.",
        ],
        steps_hi: &[
            "रिकॉर्ड केवल जिले के नोडल अधिकारी के माध्यम से, एफआईआर संख्या और पर्यवेक्षी अधिकारी की स्वीकृति के साथ माँगें।",
            "उतनी ही अवधि का डेटा माँगें जितना आवश्यक है।",
            "किसी एक नंबर पर जाने से पहले कई टावर डंप में समान नंबर खोजें।",
            "विश्लेषण केस डायरी में और महत्वपूर्ण नंबर साझा रजिस्टर पर दर्ज करें।",
        ],
        steps_mixed: &[
            "CDR request केवल nodal officer के ज़रिए, FIR number और SP/DCP approval के साथ भेजें।",
            "Tower dump में common numbers पहले निकालें।",
            "Numbers of interest को shared register में डालें।",
        ],
        refs: &[
            "Telecommunications Act 2023",
            "BSA 2023, s. 63 (admissibility of electronic records)",
        ],
    },
    Topic {
        category: C,
        en: "CCTV canvassing after an incident",
        hi: "घटना के बाद सीसीटीवी फुटेज संग्रह",
        tags: &["cctv", "video", "canvassing"],
        why_en: "Most private recorders overwrite footage within a week; the route of the offenders must be collected in the first 48 hours.",
        why_hi: "अधिकांश निजी रिकॉर्डर एक सप्ताह में फुटेज मिटा देते हैं; अपराधियों के मार्ग की फुटेज पहले 48 घंटों में एकत्र करनी चाहिए।",
        steps_en: &[
            "Walk the likely entry and exit routes and list every camera: shops, houses, toll plazas, traffic cameras and buses.",
            "Note the clock offset of each recorder against the correct time before copying footage.",
            "Copy footage with the recorder's own export and obtain the certificate for electronic records from the owner.",
            "Share stills of suspects and vehicles with neighbouring police stations through an input, not through private groups.",
        ],
        steps_hi: &[
            "संभावित आने-जाने के मार्गों पर चलकर हर कैमरे की सूची बनाएँ: दुकानें, मकान, टोल प्लाज़ा, ट्रैफ़िक कैमरे।",
            "फुटेज कॉपी करने से पहले हर रिकॉर्डर की घड़ी का सही समय से अंतर लिखें।",
            "फुटेज की कॉपी लें और मालिक से इलेक्ट्रॉनिक अभिलेख का प्रमाणपत्र प्राप्त करें।",
            "संदिग्धों और वाहनों की तस्वीरें पड़ोसी थानों को इनपुट के माध्यम से भेजें।",
        ],
        steps_mixed: &[
            "Entry और exit route के सभी cameras की list बनाएँ।",
            "DVR के time और actual time का difference note करें।",
            "Footage के साथ owner से BSA 63 certificate लें।",
        ],
        refs: &["BSA 2023, s. 63 (admissibility of electronic records)"],
    },
    Topic {
        category: C,
        en: "Monitoring gang propaganda on social media",
        hi: "सोशल मीडिया पर गिरोहों के प्रचार की निगरानी",
        tags: &["social-media", "osint", "gangs"],
        why_en: "Gangs recruit shooters and claim killings on social media; the posts are evidence, intelligence and a threat to public order at once.",
        why_hi: "गिरोह सोशल मीडिया पर शूटरों की भर्ती करते हैं और हत्याओं की ज़िम्मेदारी लेते हैं; ये पोस्ट साक्ष्य, आसूचना और लोक व्यवस्था के लिए खतरा तीनों हैं।",
        steps_en: &[
            "Capture posts with the full address, date, time and account identifier before asking for a takedown.",
            "Send preservation requests to the platform through the nodal officer; a takedown without preservation destroys evidence.",
            "Link an account to a person on the shared register only when an identifier confirms it, never on a name or a photograph alone.",
            "Report recruitment posts aimed at juveniles to the district's juvenile unit.",
        ],
        steps_hi: &[
            "हटवाने का अनुरोध करने से पहले पोस्ट का पूरा यूआरएल, तिथि, समय और अकाउंट पहचान सुरक्षित करें।",
            "प्लेटफ़ॉर्म को संरक्षण अनुरोध नोडल अधिकारी के माध्यम से भेजें।",
            "अकाउंट को व्यक्ति से तभी जोड़ें जब कोई पहचानकर्ता इसकी पुष्टि करे।",
        ],
        steps_mixed: &[
            "Takedown से पहले post का URL, timestamp और account ID capture करें।",
            "Preservation request nodal officer के ज़रिए platform को भेजें।",
            "सिर्फ़ photo या name से account को person से link न करें।",
        ],
        refs: &["Information Technology Act 2000, s. 69A and s. 79"],
    },
    Topic {
        category: C,
        en: "Cyber financial fraud and the golden hour",
        hi: "साइबर वित्तीय धोखाधड़ी और गोल्डन आवर",
        tags: &["cyber-fraud", "helpline-1930", "mule-accounts"],
        why_en: "Money lost to online fraud moves through layers of mule accounts within hours; a complaint reported in the first hour can often be frozen before it is withdrawn.",
        why_hi: "ऑनलाइन धोखाधड़ी की रकम कुछ ही घंटों में कई म्यूल खातों से निकल जाती है; पहले घंटे में दर्ज शिकायत पर रकम अक्सर निकासी से पहले रोकी जा सकती है।",
        steps_en: &[
            "Publicise the 1930 helpline and the national cybercrime reporting portal at every police station help desk.",
            "Register complaints on the portal at once, so that the banks receive the freeze request automatically.",
            "Enter mule accounts, UPI handles and phone numbers on the shared register; the same mule accounts recur across states.",
            "Coordinate with the police of the state where the account holders live before making arrests, especially in the Mewat belt.",
        ],
        steps_hi: &[
            "हर थाने की हेल्प डेस्क पर 1930 हेल्पलाइन और राष्ट्रीय साइबर अपराध रिपोर्टिंग पोर्टल का प्रचार करें।",
            "शिकायत तुरंत पोर्टल पर दर्ज करें ताकि बैंकों को रोक का अनुरोध अपने आप पहुँचे।",
            "म्यूल खाते, यूपीआई हैंडल और फोन नंबर साझा रजिस्टर पर दर्ज करें।",
            "गिरफ्तारी से पहले उस राज्य की पुलिस से समन्वय करें जहाँ खाताधारक रहते हैं।",
        ],
        steps_mixed: &[
            "Complainant को 1930 helpline पर तुरंत call करने को कहें।",
            "Complaint portal पर register होते ही bank को freeze request जाती है।",
            "Mule accounts और UPI IDs shared register में डालें।",
        ],
        refs: &[
            "BNS 2023, s. 318 (cheating)",
            "Information Technology Act 2000, s. 66D",
        ],
    },
    Topic {
        category: C,
        en: "Acknowledging and acting on inputs",
        hi: "इनपुट की पावती एवं उस पर कार्रवाई",
        tags: &["inputs", "acknowledgement", "action-taken"],
        why_en: "An input that is read but not acknowledged, or acknowledged but not acted upon, is worse than none: the issuer believes the ground is covered.",
        why_hi: "जो इनपुट पढ़ा गया पर पावती नहीं दी गई, या पावती दी गई पर कार्रवाई नहीं हुई, वह न होने से भी बुरा है: जारीकर्ता समझता है कि कार्रवाई हो रही है।",
        steps_en: &[
            "Acknowledge every input within the time it states, even if the action will take longer.",
            "Report the action taken in a few concrete lines: who was checked, where, and with what result.",
            "Escalate to the supervisory officer when the input needs resources the police station does not have.",
            "Do not forward inputs to private messaging groups; share them onward only through the system, within their marking.",
        ],
        steps_hi: &[
            "हर इनपुट की पावती उसमें लिखे समय के भीतर दें, भले ही कार्रवाई में अधिक समय लगे।",
            "की गई कार्रवाई कुछ ठोस पंक्तियों में लिखें: किसकी, कहाँ जाँच हुई और क्या परिणाम रहा।",
            "इनपुट को निजी मैसेजिंग ग्रुप में आगे न भेजें।",
        ],
        steps_mixed: &[
            "हर input का acknowledgement दिए गए time के अंदर दें।",
            "Action taken report में concrete details लिखें — किसे check किया, कहाँ, क्या result रहा।",
            "Input को WhatsApp groups में forward न करें।",
        ],
        refs: &["Samanvay user guide: inputs, acknowledgement and action taken"],
    },
    Topic {
        category: C,
        en: "Tracing lost and stolen phones through CEIR",
        hi: "सीईआईआर के माध्यम से खोए एवं चोरी हुए फोन की तलाश",
        tags: &["ceir", "imei", "phones"],
        why_en: "Stolen phones are used again by offenders with new SIM cards; blocking and tracing the IMEI turns a petty theft into a lead.",
        why_hi: "चोरी हुए फोन अपराधी नए सिम के साथ दोबारा उपयोग करते हैं; आईएमईआई को ब्लॉक और ट्रेस करने से छोटी चोरी भी सुराग बन जाती है।",
        steps_en: &[
            "Register the IMEI of every phone reported lost or stolen on CEIR along with the complaint number.",
            "Act on the traceability alerts and return recovered phones to their owners through the police station.",
            "Enter the IMEI on the shared register when the phone is linked to a criminal case.",
        ],
        steps_hi: &[
            "हर खोए या चोरी हुए फोन का आईएमईआई शिकायत संख्या के साथ सीईआईआर पर दर्ज करें।",
            "ट्रेसिंग अलर्ट पर कार्रवाई करें और बरामद फोन थाने के माध्यम से मालिकों को लौटाएँ।",
            "आपराधिक मामले से जुड़े फोन का आईएमईआई साझा रजिस्टर पर दर्ज करें।",
        ],
        steps_mixed: &[
            "Lost या stolen phone का IMEI CEIR पर complaint number के साथ block करें।",
            "Traceability alert मिलने पर तुरंत recovery की कार्यवाही करें।",
            "Case से जुड़े IMEI को shared register में डालें।",
        ],
        refs: &["Department of Telecommunications: Sanchar Saathi and CEIR"],
    },
    Topic {
        category: C,
        en: "Data quality in CCTNS records",
        hi: "सीसीटीएनएस अभिलेखों की गुणवत्ता",
        tags: &["cctns", "data-quality", "records"],
        why_en: "A name spelt three ways and a phone number written with spaces cannot be matched; data entered carelessly is data lost to the next investigator.",
        why_hi: "तीन तरह से लिखा नाम और रिक्त स्थान के साथ लिखा फोन नंबर मिलाया नहीं जा सकता; लापरवाही से दर्ज डेटा अगले विवेचक के लिए खोया हुआ डेटा है।",
        steps_en: &[
            "Enter names as the person writes them, with father's name, age and full address; record aliases separately.",
            "Write phone numbers as ten digits and vehicle numbers without spaces; the system normalises them, but only if the digits are right.",
            "Complete the arrest and charge-sheet entries on the same day.",
        ],
        steps_hi: &[
            "नाम वैसा ही दर्ज करें जैसा व्यक्ति लिखता है, पिता के नाम, आयु और पूरे पते सहित; उपनाम अलग दर्ज करें।",
            "फोन नंबर दस अंकों में और वाहन नंबर बिना रिक्त स्थान के लिखें।",
            "गिरफ्तारी और आरोप-पत्र की प्रविष्टि उसी दिन पूरी करें।",
        ],
        steps_mixed: &[
            "Name, father's name, age और address पूरा भरें; alias अलग field में डालें।",
            "Phone number 10 digits में लिखें।",
            "Arrest और charge-sheet entry उसी दिन complete करें।",
        ],
        refs: &["CCTNS and ICJS data entry guidelines"],
    },
];
