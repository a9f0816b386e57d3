//! The words that frame a topic into a document: kinds of document, the area or audience it is
//! written for, common mistakes, cross-border advice and handling conditions.

use super::topics::Category;

/// The kind of document: a standing order, a checklist, a training module…
pub(super) struct Aspect {
    pub en: &'static str,
    pub hi: &'static str,
    pub tag: &'static str,
    /// Orders and circulars carry a number ("Standing Order No. 14/2025").
    pub numbered: bool,
}

pub(super) const ASPECTS: &[Aspect] = &[
    aspect("Standing Order", "स्थायी आदेश", "standing-order", true),
    aspect("Circular", "परिपत्र", "circular", true),
    aspect(
        "Best-Practice Note",
        "सर्वोत्तम पद्धति नोट",
        "best-practice",
        false,
    ),
    aspect("Checklist", "जाँच सूची", "checklist", false),
    aspect("Field Guide", "क्षेत्रीय मार्गदर्शिका", "field-guide", false),
    aspect(
        "Standard Operating Procedure",
        "मानक संचालन प्रक्रिया",
        "sop",
        false,
    ),
    aspect("Lessons Learnt", "सीखे गए सबक", "lessons-learnt", false),
    aspect("Training Module", "प्रशिक्षण मॉड्यूल", "training-module", false),
    aspect("Advisory", "परामर्श", "advisory", false),
];

const fn aspect(en: &'static str, hi: &'static str, tag: &'static str, numbered: bool) -> Aspect {
    Aspect {
        en,
        hi,
        tag,
        numbered,
    }
}

/// Where or for whom the document applies; the Hindi reads before "के लिए".
pub(super) struct Context {
    pub en: &'static str,
    pub hi: &'static str,
    pub tag: &'static str,
}

pub(super) const CONTEXTS: &[Context] = &[
    context(
        "NCR border districts",
        "एनसीआर के सीमावर्ती जिलों",
        "ncr-border",
    ),
    context(
        "the Delhi–Haryana border",
        "दिल्ली–हरियाणा सीमा",
        "delhi-haryana-border",
    ),
    context(
        "the Delhi–Uttar Pradesh border",
        "दिल्ली–उत्तर प्रदेश सीमा",
        "delhi-up-border",
    ),
    context("Western Uttar Pradesh", "पश्चिमी उत्तर प्रदेश", "western-up"),
    context("the Mewat region", "मेवात क्षेत्र", "mewat"),
    context("rural police stations", "ग्रामीण थानों", "rural"),
    context("urban police stations", "शहरी थानों", "urban"),
    context(
        "the NH-44 and NH-48 corridors",
        "एनएच-44 और एनएच-48 गलियारों",
        "highways",
    ),
    context(
        "the Yamuna riverbed villages",
        "यमुना खादर के गाँवों",
        "yamuna-khadar",
    ),
    context("industrial areas", "औद्योगिक क्षेत्रों", "industrial-areas"),
    context("district special staff", "जिला स्पेशल स्टाफ", "special-staff"),
    context("new recruits", "नए रंगरूटों", "recruits"),
];

const fn context(en: &'static str, hi: &'static str, tag: &'static str) -> Context {
    Context { en, hi, tag }
}

/// Who the issuer addresses; the Hindi is in the oblique plural, to follow "सभी".
pub(super) const AUDIENCES: &[(&str, &str)] = &[
    (
        "SHOs and investigating officers",
        "थाना प्रभारियों और विवेचना अधिकारियों",
    ),
    ("beat staff and naka teams", "बीट स्टाफ और नाका टीमों"),
    (
        "district special staff and analysts",
        "जिला स्पेशल स्टाफ और विश्लेषकों",
    ),
    ("supervisory officers", "पर्यवेक्षी अधिकारियों"),
];

/// Mistakes seen again and again on each shelf, in English and Hindi.
pub(super) fn mistakes(category: Category) -> &'static [(&'static str, &'static str)] {
    match category {
        Category::Investigation => &[
            (
                "Waiting for the complainant to come back before registering the FIR.",
                "शिकायतकर्ता के दोबारा आने तक एफआईआर दर्ज करने में देरी करना।",
            ),
            (
                "Sharing suspects' photographs in private messaging groups, where they leak and cannot be withdrawn.",
                "संदिग्धों की तस्वीरें निजी मैसेजिंग ग्रुप में साझा करना, जहाँ से वे लीक होती हैं और वापस नहीं ली जा सकतीं।",
            ),
            (
                "Writing the case diary days after the event, from memory.",
                "घटना के कई दिन बाद स्मृति के आधार पर केस डायरी लिखना।",
            ),
            (
                "Not checking the shared register before a raid, and walking into another agency's operation.",
                "छापे से पहले साझा रजिस्टर न देखना और किसी अन्य एजेंसी के अभियान में अनजाने में दखल देना।",
            ),
            (
                "Treating the neighbouring state's police as a rival rather than a partner.",
                "पड़ोसी राज्य की पुलिस को सहयोगी के बजाय प्रतिद्वंद्वी मानना।",
            ),
        ],
        Category::Forensics => &[
            (
                "Letting senior visitors walk through the scene before it is photographed.",
                "फोटोग्राफी से पहले वरिष्ठ आगंतुकों को घटनास्थल में घूमने देना।",
            ),
            (
                "Packing wet exhibits in plastic.",
                "गीले प्रदर्शों को प्लास्टिक में पैक करना।",
            ),
            (
                "Sending exhibits to the laboratory weeks after the seizure without explaining the delay.",
                "जब्ती के कई सप्ताह बाद बिना कारण बताए प्रदर्श प्रयोगशाला भेजना।",
            ),
            (
                "Leaving the seal with the officer who carries the exhibit.",
                "सील को उसी अधिकारी के पास छोड़ना जो प्रदर्श लेकर जा रहा है।",
            ),
            (
                "Switching on a seized phone to look at it.",
                "जब्त फोन को देखने के लिए चालू कर देना।",
            ),
        ],
        Category::Technology => &[
            (
                "Requesting months of call records when a few days would answer the question.",
                "जहाँ कुछ दिनों का डेटा पर्याप्त हो, वहाँ महीनों के कॉल रिकॉर्ड माँगना।",
            ),
            (
                "Writing phone numbers with spaces, prefixes or missing digits, so that they never match.",
                "फोन नंबर रिक्त स्थान, उपसर्ग या अधूरे अंकों के साथ लिखना, जिससे वे कभी मेल नहीं खाते।",
            ),
            (
                "Filming a screen with a phone instead of exporting the footage from the recorder.",
                "रिकॉर्डर से एक्सपोर्ट करने के बजाय फोन से स्क्रीन की वीडियो बनाना।",
            ),
            (
                "Asking for a takedown before preserving the post.",
                "पोस्ट सुरक्षित करने से पहले उसे हटवाने का अनुरोध करना।",
            ),
            (
                "Acknowledging an input without ever reporting the action taken.",
                "इनपुट की पावती देकर की गई कार्रवाई की रिपोर्ट कभी न देना।",
            ),
        ],
        Category::Training => &[
            (
                "Training only new recruits while senior staff keep the old habits.",
                "केवल नए रंगरूटों को प्रशिक्षण देना, जबकि वरिष्ठ स्टाफ पुरानी आदतों पर चलता रहे।",
            ),
            (
                "Holding a briefing without writing down who does what.",
                "बिना यह लिखे ब्रीफिंग करना कि कौन क्या करेगा।",
            ),
            (
                "Citing IPC sections for offences committed after 1 July 2024.",
                "1 जुलाई 2024 के बाद के अपराधों में आईपीसी की धाराएँ लगाना।",
            ),
            (
                "Sending a small team into a large village without informing the local police station.",
                "स्थानीय थाने को सूचित किए बिना बड़े गाँव में छोटी टीम भेजना।",
            ),
        ],
    }
}

/// Paragraphs on working across the border, in English and Hindi.
pub(super) const COORDINATION: &[(&str, &str)] = &[
    (
        "Border districts share offenders, roads and markets. Before acting on a lead from across the border, call the SHO on the other side through the coordination channel; most of what you need is already known there.",
        "सीमावर्ती जिलों के अपराधी, सड़कें और बाज़ार साझा हैं। सीमा पार से मिले सुराग पर कार्रवाई से पहले समन्वय चैनल पर दूसरी ओर के थाना प्रभारी से बात करें; आवश्यक अधिकांश जानकारी वहाँ पहले से होती है।",
    ),
    (
        "Record what you learn on the shared register the same day. An entry made in one district is matched automatically against the records of every agency that may see it.",
        "जो जानकारी मिले उसे उसी दिन साझा रजिस्टर पर दर्ज करें। एक जिले में की गई प्रविष्टि का मिलान उन सभी एजेंसियों के अभिलेखों से स्वतः होता है जो उसे देख सकती हैं।",
    ),
    (
        "When another agency holds a record that matches yours, contact its duty officer before acting; a pointer tells you that the record exists, not what it says.",
        "यदि किसी अन्य एजेंसी के पास आपके अभिलेख से मेल खाता अभिलेख है, तो कार्रवाई से पहले उसके ड्यूटी अधिकारी से संपर्क करें; पॉइंटर केवल बताता है कि अभिलेख मौजूद है, उसमें क्या लिखा है यह नहीं।",
    ),
    (
        "Supervisory officers review compliance every week: which inputs were acknowledged late, which had no action reported, and which border police stations were not consulted.",
        "पर्यवेक्षी अधिकारी हर सप्ताह अनुपालन की समीक्षा करें: किन इनपुट की पावती देर से हुई, किन पर कार्रवाई रिपोर्ट नहीं हुई और सीमा के किन थानों से परामर्श नहीं किया गया।",
    ),
];

/// Handling conditions an originator attaches to a marking.
pub(super) const HANDLING: &[&str] = &[
    "Not to be forwarded outside the police network.",
    "Do not copy to WhatsApp or other messaging groups.",
    "Not to be used as evidence without the originator's consent.",
    "Share onward only with the originator's consent.",
    "Source-derived content: consult the originator before any action.",
];

/// The one condition that suits unclassified training material.
pub(super) const TRAINING_ONLY: &str = "For training use only; not an operational order.";
