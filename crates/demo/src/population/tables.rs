//! The name tables behind the synthetic population: first names, middle names, surnames by
//! community and nicknames, each with its usual Devanagari spelling, plus the districts of the
//! four states. Written by hand for this generator; any match with a real person is a
//! coincidence of common names.
//!
//! Each table is one string of `Latin देवनागरी` pairs separated by commas, read once.

use std::sync::OnceLock;

/// A word of a name: its usual Latin spelling and its Devanagari spelling.
pub(crate) type Word = (&'static str, &'static str);

/// Where a person's names come from: it decides the first names, middle names and surnames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Community {
    /// Brahmin, Bania, Khatri, Kayasth: the surnames of the towns.
    Hindu,
    Jat,
    Gujjar,
    Meena,
    Rajput,
    Yadav,
    Dalit,
    Backward,
    Bishnoi,
    Muslim,
    Sikh,
}

impl Community {
    pub(crate) fn surnames(self) -> &'static [Word] {
        let table = match self {
            Community::Hindu => &SURNAMES_HINDU,
            Community::Jat => &SURNAMES_JAT,
            Community::Gujjar => &SURNAMES_GUJJAR,
            Community::Meena => &SURNAMES_MEENA,
            Community::Rajput => &SURNAMES_RAJPUT,
            Community::Yadav => &SURNAMES_YADAV,
            Community::Dalit => &SURNAMES_DALIT,
            Community::Backward => &SURNAMES_BACKWARD,
            Community::Bishnoi => &SURNAMES_BISHNOI,
            Community::Muslim => &SURNAMES_MUSLIM,
            Community::Sikh => &SURNAMES_SIKH,
        };
        table.words()
    }

    pub(crate) fn men(self) -> &'static [Word] {
        match self {
            Community::Muslim => MEN_MUSLIM.words(),
            Community::Sikh => MEN_SIKH.words(),
            _ => MEN_HINDU.words(),
        }
    }

    pub(crate) fn women(self) -> &'static [Word] {
        match self {
            Community::Muslim => WOMEN_MUSLIM.words(),
            Community::Sikh => WOMEN_SIKH.words(),
            _ => WOMEN_HINDU.words(),
        }
    }
}

/// A table written as `Latin देवनागरी, …`, parsed on first use.
pub(crate) struct Table {
    text: &'static str,
    words: OnceLock<Vec<Word>>,
}

impl Table {
    const fn new(text: &'static str) -> Self {
        Self {
            text,
            words: OnceLock::new(),
        }
    }

    pub(crate) fn words(&self) -> &[Word] {
        self.words.get_or_init(|| {
            self.text
                .split(',')
                .map(str::trim)
                .filter(|pair| !pair.is_empty())
                .map(|pair| {
                    let (latin, devanagari) = pair.split_once(' ').expect("a `Latin देव` pair");
                    (latin, devanagari.trim())
                })
                .collect()
        })
    }
}

/// Hindu men's first names, the commonest first (the generator favours the front).
pub(crate) static MEN_HINDU: Table = Table::new(
    "Rajesh राजेश, Sunil सुनील, Sanjay संजय, Amit अमित, Rakesh राकेश, Vikas विकास, \
     Anil अनिल, Deepak दीपक, Manoj मनोज, Ramesh रमेश, Suresh सुरेश, Pradeep प्रदीप, \
     Sandeep संदीप, Ajay अजय, Vijay विजय, Naveen नवीन, Ravinder रविंदर, Satish सतीश, \
     Mukesh मुकेश, Dinesh दिनेश, Ashok अशोक, Pankaj पंकज, Rahul राहुल, Rohit रोहित, \
     Sachin सचिन, Sumit सुमित, Ankit अंकित, Mohit मोहित, Naresh नरेश, Mahesh महेश, \
     Harish हरीश, Vivek विवेक, Arvind अरविंद, Yogesh योगेश, Kuldeep कुलदीप, \
     Jitender जितेंदर, Surender सुरेंदर, Narender नरेंदर, Dharmender धर्मेंदर, \
     Virender वीरेंदर, Rajender राजेंदर, Mahender महेंदर, Devender देवेंदर, \
     Joginder जोगिंदर, Bhupender भूपेंदर, Bijender बिजेंदर, Satpal सतपाल, Ompal ओमपाल, \
     Rampal रामपाल, Jaipal जयपाल, Kishan किशन, Gaurav गौरव, Manish मनीष, Tarun तरुण, \
     Hemant हेमंत, Praveen प्रवीण, Lalit ललित, Nitin नितिन, Ravi रवि, Raju राजू, \
     Ashish आशीष, Anuj अनुज, Vinod विनोद, Pramod प्रमोद, Subhash सुभाष, Balwan बलवान, \
     Balbir बलबीर, Randhir रणधीर, Ranbir रणबीर, Jagdish जगदीश, Jagbir जगबीर, \
     Dharamvir धर्मवीर, Satbir सतबीर, Rambir रामबीर, Sukhbir सुखबीर, Karan करण, \
     Arjun अर्जुन, Akash आकाश, Vishal विशाल, Vikram विक्रम, Shyam श्याम, \
     Ghanshyam घनश्याम, Radheshyam राधेश्याम, Shiv शिव, Shankar शंकर, Ganesh गणेश, \
     Umesh उमेश, Kamlesh कमलेश, Brijesh बृजेश, Rupesh रूपेश, Lokesh लोकेश, Kapil कपिल, \
     Neeraj नीरज, Pawan पवन, Sunny सनी, Laxman लक्ष्मण, Bharat भरत, Hari हरि, \
     Hariom हरिओम, Omprakash ओमप्रकाश, Jaiprakash जयप्रकाश, Chandrapal चंद्रपाल, \
     Mahipal महिपाल, Bhagwan भगवान, Bhim भीम, Dharam धरम, Kailash कैलाश, Govind गोविंद, \
     Gopal गोपाल, Mohan मोहन, Sohan सोहन, Rohtash रोहताश, Sushil सुशील, Ved वेद, \
     Inder इंदर, Sombir सोमबीर, Parveen परवीन, Sudhir सुधीर, Nikhil निखिल, Lakhan लखन, \
     Hukam हुकम, Girraj गिर्राज, Bhanwar भंवर, Mangal मंगल, Prem प्रेम, Ranjeet रणजीत, \
     Kamal कमल, Harpal हरपाल, Dalbir दलबीर, Sanjeev संजीव, Rajeev राजीव, Anand आनंद, \
     Alok आलोक, Abhishek अभिषेक, Avinash अविनाश, Dilip दिलीप, Prakash प्रकाश, \
     Santosh संतोष, Tejpal तेजपाल, Yashpal यशपाल, Jasvir जसवीर, Pushpender पुष्पेंदर, \
     Shailender शैलेंदर, Gajender गजेंदर, Upender उपेंदर, Ravindra रवींद्र, \
     Ramkumar रामकुमार, Ramniwas रामनिवास, Sitaram सीताराम, Babulal बाबूलाल, \
     Mangilal मांगीलाल, Kanhaiya कन्हैया, Chetan चेतन, Mahavir महावीर, Hansraj हंसराज",
);

pub(crate) static MEN_MUSLIM: Table = Table::new(
    "Irfan इरफ़ान, Imran इमरान, Salman सलमान, Shahid शाहिद, Sajid साजिद, Wasim वसीम, \
     Naseem नसीम, Rashid राशिद, Arif आरिफ़, Asif आसिफ़, Javed जावेद, Zahid ज़ाहिद, \
     Shakeel शकील, Jameel जमील, Aslam असलम, Akram अकरम, Anwar अनवर, Sarfaraz सरफ़राज़, \
     Nadeem नदीम, Nawab नवाब, Shahrukh शाहरुख़, Sameer समीर, Shoaib शोएब, Faizan फ़ैज़ान, \
     Danish दानिश, Aamir आमिर, Tahir ताहिर, Tariq तारिक़, Yusuf यूसुफ़, Yaqub याक़ूब, \
     Iqbal इक़बाल, Ikram इकराम, Islam इस्लाम, Sabir साबिर, Shabbir शब्बीर, \
     Mustaqeem मुस्तक़ीम, Naushad नौशाद, Dilshad दिलशाद, Irshad इरशाद, Arshad अरशद, \
     Mehtab महताब, Parvez परवेज़, Rizwan रिज़वान, Rehan रेहान, Sohail सोहेल, \
     Wakeel वकील, Zubair ज़ुबैर, Haseen हसीन, Mubarak मुबारक, Ishtiyaq इश्तियाक़, \
     Ayub अय्यूब, Hanif हनीफ़, Rafiq रफ़ीक़, Saleem सलीम, Kaleem कलीम, Naeem नईम, \
     Mustafa मुस्तफ़ा, Ahmed अहमद, Usman उस्मान, Farukh फ़ारुख़, Intezar इंतज़ार, \
     Mehboob महबूब, Nasir नासिर, Qasim क़ासिम, Raees रईस, Shamshad शमशाद, Taufeeq तौफ़ीक़",
);

pub(crate) static MEN_SIKH: Table = Table::new(
    "Gurpreet गुरप्रीत, Harpreet हरप्रीत, Manpreet मनप्रीत, Jaspreet जसप्रीत, \
     Gurmeet गुरमीत, Jaswinder जसविंदर, Harjinder हरजिंदर, Kulwinder कुलविंदर, \
     Sukhwinder सुखविंदर, Balwinder बलविंदर, Paramjit परमजीत, Amarjit अमरजीत, \
     Harbhajan हरभजन, Lakhvinder लखविंदर, Gurdeep गुरदीप, Jagjit जगजीत, Navdeep नवदीप, \
     Sarabjit सरबजीत, Tejinder तेजिंदर, Manjit मनजीत, Sukhdev सुखदेव, Baljeet बलजीत, \
     Gurcharan गुरचरण, Daljit दलजीत, Harjeet हरजीत, Iqbal इक़बाल, Mandeep मनदीप",
);

pub(crate) static WOMEN_HINDU: Table = Table::new(
    "Sunita सुनीता, Pooja पूजा, Neha नेहा, Priya प्रिया, Anjali अंजलि, Kavita कविता, \
     Ritu रितु, Seema सीमा, Rekha रेखा, Monika मोनिका, Sarita सरिता, Geeta गीता, \
     Suman सुमन, Poonam पूनम, Manju मंजू, Anita अनीता, Savita सविता, Babita बबीता, \
     Sushila सुशीला, Kamla कमला, Rani रानी, Guddi गुड्डी, Pinki पिंकी, Meena मीना, \
     Sapna सपना, Jyoti ज्योति, Komal कोमल, Nisha निशा, Rajbala राजबाला, Usha उषा, \
     Asha आशा, Kiran किरण, Mamta ममता, Preeti प्रीति, Renu रेणु, Sonia सोनिया, \
     Radha राधा, Lakshmi लक्ष्मी, Santosh संतोष, Bimla बिमला",
);

pub(crate) static WOMEN_MUSLIM: Table = Table::new(
    "Shabana शबाना, Nazia नाज़िया, Rubina रुबीना, Shahnaz शहनाज़, Farzana फ़रज़ाना, \
     Reshma रेशमा, Sana सना, Tabassum तबस्सुम, Nasreen नसरीन, Salma सलमा, \
     Rukhsar रुख़सार, Ayesha आयशा, Fatima फ़ातिमा, Shaista शाइस्ता, Gulshan गुलशन, \
     Zarina ज़रीना, Shabnam शबनम, Naseema नसीमा",
);

pub(crate) static WOMEN_SIKH: Table = Table::new(
    "Harpreet हरप्रीत, Gurpreet गुरप्रीत, Manpreet मनप्रीत, Jasleen जसलीन, \
     Simran सिमरन, Amandeep अमनदीप, Rajwinder राजविंदर, Kuljeet कुलजीत, \
     Paramjeet परमजीत, Sukhjeet सुखजीत",
);

/// What stands between a Hindu man's first name and his surname, or alone after the first
/// name ("Rajesh Kumar").
pub(crate) static MIDDLE_MEN: Table = Table::new(
    "Kumar कुमार, Singh सिंह, Prasad प्रसाद, Chand चंद, Lal लाल, Pal पाल, Dutt दत्त, \
     Prakash प्रकाश, Narayan नारायण, Kishore किशोर, Mohan मोहन, Nath नाथ, Dev देव",
);

pub(crate) static MIDDLE_WOMEN: Table = Table::new("Devi देवी, Kumari कुमारी, Bai बाई, Rani रानी");

pub(crate) static SURNAMES_HINDU: Table = Table::new(
    "Sharma शर्मा, Gupta गुप्ता, Verma वर्मा, Mishra मिश्रा, Tiwari तिवारी, \
     Pandey पांडेय, Shukla शुक्ला, Dubey दुबे, Tripathi त्रिपाठी, Upadhyay उपाध्याय, \
     Bhardwaj भारद्वाज, Vashisht वशिष्ठ, Kaushik कौशिक, Joshi जोशी, Dixit दीक्षित, \
     Tyagi त्यागी, Gaur गौड़, Vats वत्स, Bansal बंसल, Goyal गोयल, Garg गर्ग, \
     Agarwal अग्रवाल, Mittal मित्तल, Singhal सिंघल, Jindal जिंदल, Jain जैन, \
     Khatri खत्री, Arora अरोड़ा, Kapoor कपूर, Khanna खन्ना, Malhotra मल्होत्रा, \
     Chopra चोपड़ा, Sethi सेठी, Batra बत्रा, Saxena सक्सेना, Srivastava श्रीवास्तव, \
     Mathur माथुर, Chaturvedi चतुर्वेदी",
);

pub(crate) static SURNAMES_JAT: Table = Table::new(
    "Malik मलिक, Chaudhary चौधरी, Dahiya दहिया, Sangwan सांगवान, Hooda हुड्डा, \
     Rathee राठी, Kadyan कादयान, Dalal दलाल, Sehrawat सहरावत, Tokas टोकस, \
     Dhankhar धनखड़, Ahlawat अहलावत, Deswal देसवाल, Gulia गुलिया, Rana राणा, \
     Tomar तोमर, Baliyan बालियान, Jakhar जाखड़, Poonia पूनिया, Godara गोदारा, \
     Beniwal बेनीवाल, Kaswan कस्वां, Sihag सिहाग, Lathwal लाठवाल, Nain नैन, \
     Sheoran श्योराण, Phogat फोगाट, Mann मान, Chahal चहल, Khatkar खटकड़",
);

pub(crate) static SURNAMES_GUJJAR: Table = Table::new(
    "Gurjar गुर्जर, Gujjar गुज्जर, Bhati भाटी, Nagar नागर, Kasana कसाना, \
     Bainsla बैंसला, Awana अवाना, Chechi चेची, Bidhuri बिधूड़ी, Khatana खटाना, \
     Poswal पोसवाल, Tanwar तंवर, Bhadana भड़ाना, Harsana हरसाना, Dedha डेढ़ा",
);

pub(crate) static SURNAMES_MEENA: Table =
    Table::new("Meena मीणा, Meena मीना, Jorwal जोरवाल, Bairwa बैरवा, Mahawar महावर, Sihra सिहरा");

pub(crate) static SURNAMES_RAJPUT: Table = Table::new(
    "Singh सिंह, Chauhan चौहान, Rathore राठौड़, Shekhawat शेखावत, Rajawat राजावत, \
     Sisodia सिसोदिया, Jadon जादौन, Parihar परिहार, Solanki सोलंकी, Panwar पंवार, \
     Kachhwaha कछवाहा, Thakur ठाकुर, Rawat रावत, Sengar सेंगर, Bundela बुंदेला, \
     Tanwar तंवर, Bhati भाटी",
);

pub(crate) static SURNAMES_YADAV: Table = Table::new("Yadav यादव, Rao राव, Ahir अहीर, Yadav यादव");

pub(crate) static SURNAMES_DALIT: Table = Table::new(
    "Jatav जाटव, Valmiki वाल्मीकि, Kori कोरी, Paswan पासवान, Gautam गौतम, \
     Bharti भारती, Kardam कर्दम, Raigar रैगर, Meghwal मेघवाल, Balmiki बाल्मीकि",
);

pub(crate) static SURNAMES_BACKWARD: Table = Table::new(
    "Saini सैनी, Kashyap कश्यप, Prajapati प्रजापति, Kushwaha कुशवाहा, Maurya मौर्य, \
     Lodhi लोधी, Nishad निषाद, Pal पाल, Sain सैन, Soni सोनी, Mali माली, \
     Jangid जांगिड़, Suthar सुथार, Rajbhar राजभर, Kumhar कुम्हार",
);

pub(crate) static SURNAMES_BISHNOI: Table = Table::new("Bishnoi बिश्नोई, Godara गोदारा");

pub(crate) static SURNAMES_MUSLIM: Table = Table::new(
    "Khan ख़ान, Qureshi क़ुरैशी, Ansari अंसारी, Saifi सैफ़ी, Siddiqui सिद्दीक़ी, \
     Malik मलिक, Sheikh शेख़, Mewati मेवाती, Meo मेव, Pathan पठान, Rizvi रिज़वी, \
     Abbasi अब्बासी, Alvi अल्वी, Salmani सलमानी, Mansuri मंसूरी, Chaudhary चौधरी, \
     Ahmad अहमद, Hussain हुसैन, Ali अली",
);

pub(crate) static SURNAMES_SIKH: Table = Table::new(
    "Gill गिल, Sandhu संधू, Sidhu सिद्धू, Dhillon ढिल्लों, Brar बराड़, Grewal ग्रेवाल, \
     Bajwa बाजवा, Randhawa रंधावा, Bedi बेदी, Virk विर्क, Cheema चीमा, Aulakh औलख, \
     Bains बैंस, Sekhon सेखों, Kang कंग",
);

/// What associates call a man, and what the records write after "@".
pub(crate) static NICKNAMES: Table = Table::new(
    "Bhura भूरा, Kalu कालू, Pappu पप्पू, Golu गोलू, Chhotu छोटू, Lambu लंबू, \
     Tinku टिंकू, Bhola भोला, Kaliya कालिया, Langda लंगड़ा, Kana काना, Guddu गुड्डू, \
     Babloo बबलू, Bittu बिट्टू, Sonu सोनू, Monu मोनू, Pinku पिंकू, Lalu लालू, \
     Chikna चिकना, Kallu कल्लू, Motu मोटू, Pehalwan पहलवान, Fauji फ़ौजी, \
     Doctor डॉक्टर, Master मास्टर, Neta नेता, Dada दादा, Sheru शेरू, Tiger टाइगर, \
     Kale काले, Lala लाला, Jaggu जग्गू, Billa बिल्ला, Chintu चिंटू, Mintu मिंटू, \
     Bunty बंटी, Happy हैप्पी, Kaka काका, Rinku रिंकू, Pintu पिंटू, Vicky विक्की, \
     Deepu दीपू, Jeetu जीतू, Tota तोता, Nanhe नन्हे, Bhaiyya भैया, Shooter शूटर, \
     Chacha चाचा, Munna मुन्ना, Raja राजा",
);

/// The forms a record writes for "Mohammad" before a Muslim man's name, Latin and Devanagari.
pub(crate) const MOHD_LATIN: &[&str] =
    &["Mohd.", "Mohd", "Md.", "Mohammad", "Muhammad", "Mohammed"];
pub(crate) const MOHD_DEVANAGARI: &[&str] = &["मोहम्मद", "मो.", "मुहम्मद", "मौहम्मद"];

/// Districts of each state's police, with the communities most heard there (weights follow
/// the same order as [`COMMUNITIES`]).
pub(crate) const STATES: &[(&str, &[&str])] = &[
    (
        "DL",
        &[
            "North East Delhi",
            "Outer North Delhi",
            "Shahdara",
            "North West Delhi",
            "Outer Delhi",
            "Dwarka",
            "South West Delhi",
            "South East Delhi",
            "East Delhi",
            "North Delhi",
            "Rohini",
            "West Delhi",
        ],
    ),
    (
        "HR",
        &[
            "Gurugram",
            "Sonipat",
            "Faridabad",
            "Rohtak",
            "Jhajjar",
            "Panipat",
            "Nuh",
            "Palwal",
            "Rewari",
            "Bhiwani",
            "Hisar",
            "Jind",
            "Karnal",
            "Yamunanagar",
        ],
    ),
    (
        "UP",
        &[
            "Meerut",
            "Ghaziabad",
            "Gautam Buddh Nagar",
            "Baghpat",
            "Muzaffarnagar",
            "Shamli",
            "Saharanpur",
            "Bulandshahr",
            "Hapur",
            "Aligarh",
            "Mathura",
            "Agra",
            "Bijnor",
            "Moradabad",
        ],
    ),
    (
        "RJ",
        &[
            "Alwar",
            "Bharatpur",
            "Jaipur",
            "Dausa",
            "Sikar",
            "Jhunjhunu",
            "Karauli",
            "Sawai Madhopur",
            "Dholpur",
            "Tonk",
            "Ajmer",
            "Jodhpur",
        ],
    ),
];

/// The communities, in the order of the weights of [`community_weights`].
pub(crate) const COMMUNITIES: [Community; 11] = [
    Community::Hindu,
    Community::Jat,
    Community::Gujjar,
    Community::Meena,
    Community::Rajput,
    Community::Yadav,
    Community::Dalit,
    Community::Backward,
    Community::Bishnoi,
    Community::Muslim,
    Community::Sikh,
];

/// How often each community's names are heard in a state (not census figures: enough to make
/// Jat names common in Haryana and Meena names common in Rajasthan).
pub(crate) fn community_weights(state: &str) -> [usize; 11] {
    match state {
        "DL" => [30, 10, 8, 1, 6, 6, 10, 10, 0, 14, 5],
        "HR" => [15, 30, 10, 1, 8, 10, 8, 8, 2, 5, 3],
        "UP" => [20, 12, 8, 0, 10, 8, 10, 12, 0, 20, 0],
        _ => [15, 12, 12, 16, 15, 6, 8, 6, 5, 5, 0],
    }
}

/// Places that give gangs their names, beside the leaders' nicknames.
pub(crate) const GANG_PLACES: &[&str] = &[
    "Mewat",
    "Bawana",
    "Narela",
    "Jahangirpuri",
    "Loni",
    "Dadri",
    "Sohna",
    "Kosli",
    "Gohana",
    "Kharkhoda",
    "Behror",
    "Tijara",
    "Kaman",
    "Deeg",
    "Sardhana",
    "Kairana",
    "Khekra",
    "Jewar",
    "Sikandrabad",
    "Najafgarh",
    "Mundka",
    "Seelampur",
    "Hodal",
    "Tauru",
];
