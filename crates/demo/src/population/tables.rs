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
     Rampal रामपाल, Jaipal जैपाल, Kishan किशन, Gaurav गौरव, Manish मनीष, Tarun तरुण, \
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
     Mangilal मांगीलाल, Kanhaiya कन्हैया, Chetan चेतन, Mahavir महावीर, Hansraj हंसराज, \
     Arun अरुण, Ajit अजीत, Anoop अनूप, Anurag अनुराग, Atul अतुल, Ashwani अश्वनी, Baldev बलदेव, \
     Chandan चंदन, Dheeraj धीरज, Dilbag दिलबाग, Gagan गगन, Girish गिरीश, Harinder हरिंदर, \
     Hitesh हितेश, Himanshu हिमांशु, Ishwar ईश्वर, Jagmohan जगमोहन, Jaswant जसवंत, \
     Kartar करतार, Keshav केशव, Krishan कृशन, Madan मदन, Manohar मनोहर, Narayan नारायण, \
     Pratap प्रताप, Prashant प्रशांत, Rajbir राजबीर, Rajkumar राजकुमार, Rajpal राजपाल, \
     Ratan रतन, Roshan रोशन, Sahil साहिल, Sajjan सज्जन, Satender सतेंदर, Shamsher शमशेर, \
     Shivam शिवम, Shubham शुभम, Sudesh सुदेश, Sukhpal सुखपाल, Sunder सुंदर, Suraj सूरज, \
     Surjeet सुरजीत, Vijender विजेंदर, Vinay विनय, Vineet विनीत, Vipin विपिन, Vishnu विष्णु, \
     Yashwant यशवंत, Yogender योगेंदर, Zile जिले, Nafe नफे, Abhay अभय, Akhilesh अखिलेश, \
     Aman अमन, Amar अमर, Amarnath अमरनाथ, Amrit अमृत, Ankur अंकुर, Ankush अंकुश, Arpit अर्पित, \
     Ashutosh आशुतोष, Avdhesh अवधेश, Babu बाबू, Badri बद्री, Bahadur बहादुर, Banwari बनवारी, \
     Bhagirath भागीरथ, Bhanu भानु, Bhushan भूषण, Bihari बिहारी, Brahmpal ब्रह्मपाल, \
     Brijpal बृजपाल, Brijmohan बृजमोहन, Chaman चमन, Chandrabhan चंद्रभान, \
     Chandrashekhar चंद्रशेखर, Darshan दर्शन, Dayanand दयानंद, Dayaram दयाराम, Deshraj देशराज, \
     Devraj देवराज, Dhanpat धनपत, Dharampal धर्मपाल, Dwarka द्वारका, Durgesh दुर्गेश, \
     Fateh फ़तेह, Gajraj गजराज, Gangaram गंगाराम, Ghasiram घासीराम, Gulab गुलाब, \
     Gulshan गुलशन, Gyan ज्ञान, Harkesh हरकेश, Harkishan हरकिशन, Harphool हरफूल, Harsh हर्ष, \
     Harshit हर्षित, Hoshiyar होशियार, Indrajeet इंद्रजीत, Jagannath जगन्नाथ, Jagat जगत, \
     Jagpal जगपाल, Jasbir जसबीर, Jawahar जवाहर, Jeevan जीवन, Kanwar कंवर, Kanwarpal कंवरपाल, \
     Karambir करमबीर, Kartik कार्तिक, Kaushal कौशल, Kedar केदार, Kewal केवल, Khem खेम, \
     Kripal कृपाल, Kulbhushan कुलभूषण, Kundan कुंदन, Kunal कुणाल, Lakhmi लखमी, Lakhpat लखपत, \
     Lalchand लालचंद, Lekhraj लेखराज, Malkhan मलखान, Mangat मंगत, Mohinder मोहिंदर, \
     Moolchand मूलचंद, Mukund मुकुंद, Munish मुनीश, Murari मुरारी, Nandlal नंदलाल, \
     Narpat नरपत, Nathu नत्थू, Netram नेतराम, Nirmal निर्मल, Niranjan निरंजन, Nitesh नितेश, \
     Om ओम, Omveer ओमवीर, Onkar ओंकार, Padam पदम, Parmanand परमानंद, Phoolchand फूलचंद, \
     Piyush पीयूष, Prahlad प्रह्लाद, Pritam प्रीतम, Puneet पुनीत, Puran पूरन, Pushkar पुष्कर, \
     Pyarelal प्यारेलाल, Raghav राघव, Raghubir रघुबीर, Raghunath रघुनाथ, Rajan राजन, \
     Rajnish रजनीश, Rajveer राजवीर, Ram राम, Ramakant रमाकांत, Ramchander रामचंदर, \
     Ramdev रामदेव, Ramdhan रामधन, Ramji रामजी, Ramkishan रामकिशन, Ramlal रामलाल, \
     Ramnaresh रामनरेश, Ramnath रामनाथ, Ramphal रामफल, Ramswaroop रामस्वरूप, Ramveer रामवीर, \
     Ranvijay रणविजय, Ratiram रतिराम, Rishipal ऋषिपाल, Ritesh रितेश, Sadhu साधु, Sant संत, \
     Sarvesh सर्वेश, Satnarayan सतनारायण, Satyapal सत्यपाल, Satyavir सत्यवीर, Shambhu शंभू, \
     Sharad शरद, Shashi शशि, Shashikant शशिकांत, Shekhar शेखर, Sher शेर, Shishpal शीशपाल, \
     Shivcharan शिवचरण, Shivkumar शिवकुमार, Shivraj शिवराज, Shyamlal श्यामलाल, \
     Shyamsunder श्यामसुंदर, Siddharth सिद्धार्थ, Somnath सोमनाथ, Subodh सुबोध, \
     Sudhakar सुधाकर, Sukhram सुखराम, Sumer सुमेर, Surajbhan सूरजभान, Surajmal सूरजमल, \
     Swaroop स्वरूप, Tarachand ताराचंद, Tejram तेजराम, Tejveer तेजवीर, Tilak तिलक, \
     Trilok त्रिलोक, Tulsiram तुलसीराम, Uday उदय, Umakant उमाकांत, Ummed उम्मेद, Vaibhav वैभव, \
     Vasudev वासुदेव, Vedpal वेदपाल, Vedprakash वेदप्रकाश, Vijaypal विजयपाल, Vikrant विक्रांत, \
     Vimal विमल, Vipul विपुल, Vishwanath विश्वनाथ, Yashveer यशवीर, Yudhvir युद्धवीर, \
     Abhinav अभिनव, Akshay अक्षय, Anshul अंशुल, Aryan आर्यन, Deepanshu दीपांशु, Devesh देवेश, \
     Dhruv ध्रुव, Gautam गौतम, Jatin जतिन, Mayank मयंक, Mukul मुकुल, Naman नमन, \
     Nishant निशांत, Parth पार्थ, Rajat रजत, Rishabh ऋषभ, Rohan रोहन, Sagar सागर, \
     Saurabh सौरभ, Tushar तुषार, Umang उमंग, Varun वरुण, Yash यश, Bhanwarlal भंवरलाल, \
     Chhaganlal छगनलाल, Dhanraj धनराज, Gordhan गोरधन, Hanuman हनुमान, Harlal हरलाल, \
     Kalyan कल्याण, Kanaram कानाराम, Kishanlal किशनलाल, Madanlal मदनलाल, Mohanlal मोहनलाल, \
     Nemichand नेमीचंद, Prabhu प्रभु, Premchand प्रेमचंद, Rameshwar रामेश्वर, \
     Ramdayal रामदयाल, Ramjilal रामजीलाल, Ramsahay रामसहाय, Ratanlal रतनलाल, \
     Sanwarmal सांवरमल, Shankarlal शंकरलाल, Shravan श्रवण, Sukhlal सुखलाल, Sultan सुल्तान, \
     Tejaram तेजाराम, Bajrang बजरंग, Bhagchand भागचंद, Birbal बीरबल, Deepchand दीपचंद, \
     Hiralal हीरालाल, Manphool मनफूल, Sohanlal सोहनलाल, Shivlal शिवलाल, Bhawani भवानी, \
     Chandgi चंदगी, Devilal देवीलाल, Hardwari हरद्वारी, Hariram हरिराम, Jagmal जगमाल, \
     Lakhiram लखीराम, Rampat रामपत, Sube सूबे, Brajesh ब्रजेश, Chhotelal छोटेलाल, \
     Harishchandra हरिश्चंद्र, Indresh इंद्रेश, Kamta कामता, Lalji लालजी, Nagendra नागेंद्र, \
     Satyaprakash सत्यप्रकाश, Aditya आदित्य, Amitabh अमिताभ, Anupam अनुपम, Ashu आशु, \
     Balram बलराम, Balkishan बालकिशन, Chandraprakash चंद्रप्रकाश, Daulat दौलत, \
     Dinanath दीनानाथ, Gopichand गोपीचंद, Hemraj हेमराज, Kesar केसर, Khushiram ख़ुशीराम, \
     Kishori किशोरी, Manmohan मनमोहन, Naval नवल, Pappu पप्पू, Pitamber पीतांबर, \
     Rambilas रामबिलास, Ramautar रामौतार, Ramprakash रामप्रकाश, Sevaram सेवाराम, \
     Subedar सूबेदार, Tekchand टेकचंद, Udaybhan उदयभान, Yogi योगी",
);

pub(crate) static MEN_MUSLIM: Table = Table::new(
    "Irfan इरफ़ान, Imran इमरान, Salman सलमान, Shahid शाहिद, Sajid साजिद, Wasim वसीम, \
     Naseem नसीम, Rashid राशिद, Arif आरिफ़, Asif आसिफ़, Javed जावेद, Zahid ज़ाहिद, \
     Shakeel शकील, Jameel जमील, Aslam असलम, Akram अकरम, Anwar अनवर, Sarfaraz सरफ़राज़, \
     Nadeem नदीम, Nawab नवाब, Shahrukh शाहरुख़, Sameer समीर, Shoaib शोऐब, Faizan फ़ैज़ान, \
     Danish दानिश, Aamir आमिर, Tahir ताहिर, Tariq तारिक़, Yusuf यूसुफ़, Yaqub याक़ूब, \
     Iqbal इक़बाल, Ikram इकराम, Islam इस्लाम, Sabir साबिर, Shabbir शब्बीर, \
     Mustaqeem मुस्तक़ीम, Naushad नौशाद, Dilshad दिलशाद, Irshad इरशाद, Arshad अरशद, \
     Mehtab महताब, Parvez परवेज़, Rizwan रिज़वान, Rehan रेहान, Sohail सोहैल, \
     Wakeel वकील, Zubair ज़ुबैर, Haseen हसीन, Mubarak मुबारक, Ishtiyaq इश्तियाक़, \
     Ayub अय्यूब, Hanif हनीफ़, Rafiq रफ़ीक़, Saleem सलीम, Kaleem कलीम, Naeem नईम, \
     Mustafa मुस्तफ़ा, Ahmed अहमद, Usman उस्मान, Farukh फ़ारुख़, Intezar इंतज़ार, \
     Mehboob महबूब, Nasir नासिर, Qasim क़ासिम, Raees रईस, Shamshad शमशाद, Taufeeq तौफ़ीक़, \
     Abdul अब्दुल, Abid आबिद, Adil आदिल, Afzal अफ़ज़ल, Ahsan अहसान, Ajmal अजमल, Akbar अकबर, \
     Akhtar अख़्तर, Alam आलम, Altaf अल्ताफ़, Amjad अमजद, Anees अनीस, Aqeel अक़ील, \
     Arbaz अरबाज़, Arman अरमान, Asad असद, Asghar असग़र, Ashfaq अशफ़ाक़, Ashraf अशरफ़, \
     Atiq अतीक़, Azhar अज़हर, Aziz अज़ीज़, Azam आज़म, Babar बाबर, Badruddin बदरुद्दीन, \
     Bashir बशीर, Bilal बिलाल, Dilawar दिलावर, Ehsan एहसान, Faheem फ़हीम, Faiz फ़ैज़, \
     Faisal फ़ैसल, Farhan फ़रहान, Farooq फ़ारूक़, Firoz फ़िरोज़, Furqan फ़ुरक़ान, \
     Gulfam गुलफ़ाम, Ghulam ग़ुलाम, Habib हबीब, Hafiz हाफ़िज़, Hakim हकीम, Hamid हामिद, \
     Haroon हारून, Hasan हसन, Hashim हाशिम, Hussain हुसैन, Ibrahim इब्राहीम, Idrees इदरीस, \
     Ejaz एजाज़, Ilyas इल्यास, Imtiyaz इम्तियाज़, Inam इनाम, Israr इसरार, Jabbar जब्बार, \
     Jafar जाफ़र, Jahangir जहांगीर, Jaleel जलील, Jamal जमाल, Jamshed जमशेद, Junaid जुनैद, \
     Qadir क़ादिर, Kafeel कफ़ील, Kaif कैफ़, Kamran कामरान, Karim करीम, Khalid ख़ालिद, \
     Khursheed ख़ुर्शीद, Latif लतीफ़, Liyaqat लियाक़त, Maqsood मक़सूद, Mahmood महमूद, \
     Majid माजिद, Manzoor मंज़ूर, Masood मसूद, Mazhar मज़हर, Moin मोईन, Muneer मुनीर, \
     Murtaza मुर्तज़ा, Mushtaq मुश्ताक़, Nafees नफ़ीस, Najeeb नजीब, Nazim नाज़िम, \
     Nizam निज़ाम, Noor नूर, Qamar क़मर, Rahim रहीम, Rahmat रहमत, Ramzan रमज़ान, Rauf रऊफ़, \
     Razzaq रज़्ज़ाक़, Rehman रहमान, Riyaz रियाज़, Saddam सद्दाम, Sadiq सादिक़, Safdar सफ़दर, \
     Saif सैफ़, Sajjad सज्जाद, Sanaullah सनाउल्लाह, Shadab शादाब, Shafiq शफ़ीक़, \
     Shahbaz शहबाज़, Shahnawaz शाहनवाज़, Shahzad शहज़ाद, Shakir शाकिर, Shamim शमीम, \
     Sharif शरीफ़, Shaukat शौकत, Sikandar सिकंदर, Siraj सिराज, Sultan सुल्तान, \
     Suleman सुलेमान, Tabrez तबरेज़, Tanveer तनवीर, Taslim तसलीम, Umar उमर, Wajid वाजिद, \
     Waris वारिस, Yameen यामीन, Yasin यासीन, Zafar ज़फ़र, Zakir ज़ाकिर, Zeeshan ज़ीशान, \
     Zulfikar ज़ुल्फ़िक़ार, Zaheer ज़हीर, Zameer ज़मीर, Asim आसिम, Aftab आफ़ताब, Ali अली, \
     Azeem अज़ीम, Gufran ग़ुफ़रान, Iftikhar इफ़्तिख़ार, Ikhlaq इख़लाक़, Jumman जुम्मन, \
     Mansoor मंसूर, Meraj मेराज, Mohsin मोहसिन, Muzammil मुज़म्मिल, Nadir नादिर, Naved नवेद, \
     Nawaz नवाज़, Nazir नज़ीर, Nisar निसार, Rafi रफ़ी, Sarwar सरवर, Shafi शफ़ी, Sohrab सोहराब, \
     Tausif तौसीफ़, Tayyab तय्यब, Wahid वाहिद, Yunus यूनुस, Zaid ज़ैद, Anas अनस, Aqib आक़िब, \
     Ashiq आशिक़, Abrar अबरार, Adnan अदनान, Ansar अंसार, Ayaz अयाज़, Azad आज़ाद, \
     Fakhruddin फ़ख़रुद्दीन, Fareed फ़रीद, Fazal फ़ज़ल, Gulzar गुलज़ार, Haider हैदर, \
     Hamza हमज़ा, Imam इमाम, Ishaq इसहाक़, Jalaluddin जलालुद्दीन, Kabir कबीर, Khalil ख़लील, \
     Luqman लुक़मान, Maroof मारूफ़, Mujahid मुजाहिद, Mukhtar मुख़्तार, Munawwar मुनव्वर, \
     Naseer नसीर, Noman नोमान, Qayyum क़य्यूम, Saeed सईद, Samad समद, Shamsuddin शमसुद्दीन, \
     Sharafat शराफ़त, Sufiyan सुफ़ियान, Talib तालिब, Umair उमैर, Allauddin अलाउद्दीन, \
     Anzar अंज़र, Ataullah अताउल्लाह, Bundu बुंदू, Ehtesham एहतेशाम, Faiyaz फ़ैयाज़, \
     Gayasuddin ग़यासुद्दीन, Hashmat हशमत, Hidayat हिदायत, Ikramuddin इकरामुद्दीन, Kalam कलाम, \
     Minhaj मिन्हाज, Mobin मोबीन, Nazakat नज़ाकत, Rafat रफ़त, Salauddin सलाउद्दीन, \
     Shamsher शमशेर, Tahseen तहसीन, Wasi वसी",
);

pub(crate) static MEN_SIKH: Table = Table::new(
    "Gurpreet गुरप्रीत, Harpreet हरप्रीत, Manpreet मनप्रीत, Jaspreet जसप्रीत, \
     Gurmeet गुरमीत, Jaswinder जसविंदर, Harjinder हरजिंदर, Kulwinder कुलविंदर, \
     Sukhwinder सुखविंदर, Balwinder बलविंदर, Paramjit परमजीत, Amarjit अमरजीत, \
     Harbhajan हरभजन, Lakhvinder लखविंदर, Gurdeep गुरदीप, Jagjit जगजीत, Navdeep नवदीप, \
     Sarabjit सरबजीत, Tejinder तेजिंदर, Manjit मनजीत, Sukhdev सुखदेव, Baljeet बलजीत, \
     Gurcharan गुरचरण, Daljit दलजीत, Harjeet हरजीत, Iqbal इक़बाल, Mandeep मनदीप, \
     Amandeep अमनदीप, Amrik अमरीक, Amritpal अमृतपाल, Arshdeep अर्शदीप, Avtar अवतार, \
     Baldev बलदेव, Balkar बलकार, Balraj बलराज, Bhupinder भूपिंदर, Bikramjit बिक्रमजीत, \
     Charanjit चरणजीत, Darshan दर्शन, Davinder दविंदर, Dilbag दिलबाग, Dilpreet दिलप्रीत, \
     Gagandeep गगनदीप, Gurbachan गुरबचन, Gurbax गुरबख़्श, Gurdev गुरदेव, Gurinder गुरिंदर, \
     Gurjeet गुरजीत, Gurjant गुरजंट, Gurlal गुरलाल, Gurmel गुरमेल, Gurnam गुरनाम, \
     Gursewak गुरसेवक, Gurtej गुरतेज, Gurvinder गुरविंदर, Hardeep हरदीप, Hardev हरदेव, \
     Harinder हरिंदर, Harman हरमन, Harmanpreet हरमनप्रीत, Harminder हरमिंदर, Harnek हरनेक, \
     Harpal हरपाल, Harsimran हरसिमरन, Harvinder हरविंदर, Inderjit इंद्रजीत, Inderpal इंदरपाल, \
     Jagdeep जगदीप, Jagroop जगरूप, Jagtar जगतार, Jarnail जरनैल, Jasbir जसबीर, Jasdeep जसदीप, \
     Jaskaran जसकरण, Jaspal जसपाल, Jaswant जसवंत, Jatinder जतिंदर, Jujhar जुझार, \
     Kamaljit कमलजीत, Kanwaljit कंवलजीत, Karamjit करमजीत, Karanbir करणबीर, Karnail करनैल, \
     Kartar करतार, Kewal केवल, Kirpal किरपाल, Kuldeep कुलदीप, Kulbir कुलबीर, Kulwant कुलवंत, \
     Lakhbir लखबीर, Malkit मलकीत, Manjinder मनजिंदर, Mohinder मोहिंदर, Nachhatar नछत्तर, \
     Narinder नरिंदर, Navjot नवजोत, Navneet नवनीत, Nirmal निर्मल, Onkar ओंकार, \
     Parminder परमिंदर, Parvinder परविंदर, Pritpal प्रितपाल, Rajinder राजिंदर, \
     Rajwinder राजविंदर, Ranjit रणजीत, Ranjodh रणजोध, Ravinder रविंदर, Resham रेशम, \
     Satnam सतनाम, Satpal सतपाल, Satwant सतवंत, Simranjit सिमरनजीत, Sohan सोहन, \
     Sukhchain सुखचैन, Sukhdeep सुखदीप, Sukhjinder सुखजिंदर, Sukhpal सुखपाल, Sukhraj सुखराज, \
     Surinder सुरिंदर, Surjit सुरजीत, Tarlochan तरलोचन, Tarsem तरसेम, Varinder वरिंदर, \
     Yadwinder यादविंदर, Jaskirat जसकीरत, Jagmeet जगमीत, Harbans हरबंस, Bachittar बचित्तर, \
     Bhagwant भगवंत, Chamkaur चमकौर, Didar दीदार, Gurmukh गुरमुख, Gursharan गुरशरण, \
     Gurpal गुरपाल, Harcharan हरचरण, Harkirat हरकीरत, Harnam हरनाम, Jasjit जसजीत, \
     Joginder जोगिंदर, Kashmir कश्मीर, Khushwant ख़ुशवंत, Maninder मनिंदर, Manmohan मनमोहन, \
     Mewa मेवा, Navpreet नवप्रीत, Paramvir परमवीर, Pargat परगट, Prabhjot प्रभजोत, \
     Prithipal पृथीपाल, Raghbir रघबीर, Rajdeep राजदीप, Rupinder रुपिंदर, Sandeep संदीप, \
     Santokh संतोख, Sarwan सरवन, Shamsher शमशेर, Sucha सुच्चा, Udham ऊधम, Uttam उत्तम, \
     Vikramjit विक्रमजीत, Balbir बलबीर, Dalbir दलबीर, Harjot हरजोत, Mehar मेहर, \
     Sukhvir सुखवीर, Tejpal तेजपाल",
);

pub(crate) static WOMEN_HINDU: Table = Table::new(
    "Sunita सुनीता, Pooja पूजा, Neha नेहा, Priya प्रिया, Anjali अंजलि, Kavita कविता, \
     Ritu रितु, Seema सीमा, Rekha रेखा, Monika मोनिका, Sarita सरिता, Geeta गीता, \
     Suman सुमन, Poonam पूनम, Manju मंजू, Anita अनीता, Savita सविता, Babita बबीता, \
     Sushila सुशीला, Kamla कमला, Rani रानी, Guddi गुड्डी, Pinki पिंकी, Meena मीना, \
     Sapna सपना, Jyoti ज्योति, Komal कोमल, Nisha निशा, Rajbala राजबाला, Usha उषा, \
     Asha आशा, Kiran किरण, Mamta ममता, Preeti प्रीति, Renu रेणु, Soniya सोनिया, \
     Radha राधा, Lakshmi लक्ष्मी, Santosh संतोष, Bimla बिमला, \
     Aarti आरती, Alka अलका, Amita अमिता, Anamika अनामिका, Angoori अंगूरी, Anju अंजू, \
     Ankita अंकिता, Anuradha अनुराधा, Aruna अरुणा, Archana अर्चना, Babli बबली, Bhagwati भगवती, \
     Bharti भारती, Bhawna भावना, Chanchal चंचल, Chandrakala चंद्रकला, Chandni चांदनी, \
     Champa चंपा, Deepa दीपा, Deepika दीपिका, Deepti दीप्ति, Divya दिव्या, Durga दुर्गा, \
     Ganga गंगा, Gayatri गायत्री, Gudiya गुडिया, Hema हेमा, Indu इंदु, Indira इंदिरा, \
     Jaya जया, Kajal काजल, Kalpana कल्पना, Kamlesh कमलेश, Kanchan कंचन, Kanta कांता, \
     Karishma करिश्मा, Kaushalya कौशल्या, Khushboo ख़ुशबू, Kusum कुसुम, Lata लता, Leela लीला, \
     Madhu मधु, Malti मालती, Maya माया, Meenu मीनू, Meera मीरा, Meenakshi मीनाक्षी, \
     Mohini मोहिनी, Muskan मुस्कान, Nandini नंदिनी, Neelam नीलम, Neetu नीतू, Nirmala निर्मला, \
     Omwati ओमवती, Pramila प्रमिला, Priyanka प्रियंका, Pushpa पुष्पा, Rachna रचना, \
     Radhika राधिका, Rajni रजनी, Rajkumari राजकुमारी, Rama रमा, Ramwati रामवती, Ranjana रंजना, \
     Rashmi रश्मि, Reena रीना, Roshni रोशनी, Rupa रूपा, Sangeeta संगीता, Sarla सरला, \
     Saroj सरोज, Saraswati सरस्वती, Shakuntala शकुंतला, Shanti शांति, Sharda शारदा, \
     Sheela शीला, Shilpa शिल्पा, Shivani शिवानी, Shobha शोभा, Shweta श्वेता, Sita सीता, \
     Sneha स्नेहा, Sonam सोनम, Sudha सुधा, Sunaina सुनैना, Surekha सुरेखा, Sushma सुषमा, \
     Swati स्वाति, Tara तारा, Uma उमा, Urmila उर्मिला, Vandana वंदना, Vidya विद्या, \
     Vimla विमला, Vinita विनीता, Yashoda यशोदा, Bhateri भतेरी, Bhagwanti भगवंती, \
     Dayawati दयावती, Draupadi द्रौपदी, Krishna कृष्णा, Murti मूर्ति, Parvati पार्वती, \
     Phoolwati फूलवती, Rampyari रामप्यारी, Ramrati रामरती, Sheetal शीतल, Sumitra सुमित्रा, \
     Vidyawati विद्यावती, Bhanwari भंवरी, Dhapu धापू, Gauri गौरी, Kesar केसर, Shanta शांता, \
     Annu अन्नू, Anu अनु, Chhaya छाया, Ekta एकता, Garima गरिमा, Heena हीना, Kirti कीर्ति, \
     Manisha मनीषा, Megha मेघा, Mona मोना, Nidhi निधि, Nikita निकिता, Pallavi पल्लवी, \
     Payal पायल, Rinki रिंकी, Ritika रितिका, Sakshi साक्षी, Shalini शालिनी, Shikha शिखा, \
     Simran सिमरन, Varsha वर्षा, Yogita योगिता, Beena बीना, Bindu बिंदु, Chanda चंदा, \
     Daya दया, Hemlata हेमलता, Jamna जमना, Lalita ललिता, Mala माला, Manorama मनोरमा, \
     Mithlesh मिथलेश, Munni मुन्नी, Neeru नीरू, Pratibha प्रतिभा, Rajeshwari राजेश्वरी, \
     Rita रीता, Sandhya संध्या, Shashi शशि, Snehlata स्नेहलता, Subhadra सुभद्रा, Sudesh सुदेश, \
     Tulsi तुलसी, Vimlesh विमलेश, Anjana अंजना, Aradhana आराधना, Chetna चेतना, Hansa हंसा, \
     Kanika कनिका, Madhuri माधुरी, Mansi मानसी, Namrata नम्रता, Padma पद्मा, Prabha प्रभा, \
     Ramkali रामकली, Renuka रेणुका, Sadhna साधना, Savitri सावित्री, Sharmila शर्मिला, \
     Shruti श्रुति, Somwati सोमवती, Vaishali वैशाली, Veena वीणा, Yamuna यमुना, Amrita अमृता, \
     Anshu अंशु, Apoorva अपूर्वा, Bala बाला, Dhanno धन्नो, Gomti गोमती, Jasoda जसोदा, \
     Jyotsna ज्योत्स्ना, Kamini कामिनी, Kanak कनक, Kavya काव्या, Khushi ख़ुशी, \
     Kiranbala किरणबाला, Lajwanti लाजवंती, Lakshita लक्षिता, Mahima महिमा, Manbhari मनभरी, \
     Naina नैना, Nanhi नन्ही, Neelima नीलिमा, Parul पारुल, Pinky पिंकी, Prema प्रेमा, \
     Premlata प्रेमलता, Pushplata पुष्पलता, Rajrani राजरानी, Ramdevi रामदेवी, \
     Ramkishori रामकिशोरी, Ranjeeta रंजीता, Rukmani रुक्मणी, Sahodra सहोद्रा, Santra संतरा, \
     Sarbati शरबती, Shakti शक्ति, Shyama श्यामा, Sona सोना, Sunanda सुनंदा, Sushmita सुष्मिता, \
     Tanu तनु, Tanuja तनुजा, Tripta तृप्ता, Vijaylaxmi विजयलक्ष्मी, Yamini यामिनी, \
     Kamlawati कमलावती, Indrawati इंद्रावती, Chandrawati चंद्रावती, Dhanwanti धनवंती, \
     Jaswanti जसवंती, Kailashi कैलाशी, Rameshwari रामेश्वरी, Sulochana सुलोचना, Sumati सुमति, \
     Tarawati तारावती",
);

pub(crate) static WOMEN_MUSLIM: Table = Table::new(
    "Shabana शबाना, Naziya नाज़िया, Rubina रुबीना, Shahnaz शहनाज़, Farzana फ़रज़ाना, \
     Reshma रेशमा, Sana सना, Tabassum तबस्सुम, Nasreen नसरीन, Salma सलमा, \
     Rukhsar रुख़सार, Ayesha आयशा, Fatima फ़ातिमा, Shaista शाइस्ता, Gulshan गुलशन, \
     Zarina ज़रीना, Shabnam शबनम, Naseema नसीमा, \
     Afreen आफ़रीन, Afsana अफ़साना, Aliya आलिया, Amina आमिना, Anjum अंजुम, Asma अस्मा, \
     Bano बानो, Bilqis बिलक़ीस, Bushra बुशरा, Farah फ़रह, Farida फ़रीदा, Farhana फ़रहाना, \
     Firdaus फ़िरदौस, Gulnaz गुलनाज़, Hafsa हफ़्सा, Hajra हाजरा, Halima हलीमा, Hamida हमीदा, \
     Hina हिना, Huma हुमा, Husna हुस्ना, Iqra इक़रा, Ishrat इशरत, Jamila जमीला, Jannat जन्नत, \
     Kaneez कनीज़, Kausar कौसर, Khadija ख़दीजा, Khatoon ख़ातून, Lubna लुबना, \
     Mehrunnisa मेहरुन्निसा, Mumtaz मुमताज़, Nafisa नफ़ीसा, Najma नजमा, Nargis नरगिस, \
     Nazneen नाज़नीन, Nilofar नीलोफ़र, Nikhat निकहत, Noor नूर, Noorjahan नूरजहां, \
     Parveen परवीन, Rabiya राबिया, Raisa रईसा, Rashida राशिदा, Raziya रज़िया, Rehana रेहाना, \
     Rizwana रिज़वाना, Rukhsana रुख़साना, Sabina सबीना, Saba सबा, Sajida साजिदा, Sakina सकीना, \
     Samina समीना, Sara सारा, Shagufta शगुफ़्ता, Shahana शहाना, Shaheen शाहीन, Shahida शाहिदा, \
     Shakila शकीला, Shama शमा, Shamim शमीम, Shaziya शाज़िया, Shirin शीरीन, Sultana सुल्ताना, \
     Tarannum तरन्नुम, Tasleem तस्लीम, Tahira ताहिरा, Uzma उज़्मा, Yasmin यास्मीन, \
     Zainab ज़ैनब, Zeenat ज़ीनत, Zohra ज़ोहरा, Zubaida ज़ुबैदा, Arifa आरिफ़ा, Ghazala ग़ज़ाला, \
     Hasina हसीना, Ismat इस्मत, Kulsum कुलसुम, Muskan मुस्कान, Sadaf सदफ़, Saeeda सईदा, \
     Sitara सितारा, Suraiya सुरैया, Zahida ज़ाहिदा, Zeba ज़ेबा, Zoya ज़ोया, Anisa अनीसा, \
     Akhtari अख़्तरी, Amreen अमरीन, Naaz नाज़, Nusrat नुसरत, Tamanna तमन्ना, Mariyam मरियम, \
     Sofiya सोफ़िया, Sumbul सुंबुल, Gulbahar गुलबहार, Chandni चांदनी, Jahanara जहांआरा, \
     Mehjabeen महजबीन, Rehmat रहमत, Sahiba साहिबा, Shabina शबीना, Shano शानो, Ulfat उल्फ़त, \
     Yusra युसरा, Aasiya आसिया, Alisha अलीशा, Anam अनम, Firoza फ़िरोज़ा, Gulista गुलिस्ता, \
     Kahkashan कहकशां, Mehnaz महनाज़, Nazreen नज़रीन, Rafiya रफ़िया, Sabra साबरा, \
     Shamima शमीमा",
);

pub(crate) static WOMEN_SIKH: Table = Table::new(
    "Harpreet हरप्रीत, Gurpreet गुरप्रीत, Manpreet मनप्रीत, Jasleen जसलीन, \
     Simran सिमरन, Amandeep अमनदीप, Rajwinder राजविंदर, Kuljeet कुलजीत, \
     Paramjeet परमजीत, Sukhjeet सुखजीत, \
     Amanpreet अमनप्रीत, Amarjeet अमरजीत, Amrit अमृत, Baljit बलजीत, Balwinder बलविंदर, \
     Charanjit चरणजीत, Daljeet दलजीत, Davinder दविंदर, Gurdeep गुरदीप, Gurjeet गुरजीत, \
     Gurleen गुरलीन, Gurmeet गुरमीत, Gurinder गुरिंदर, Gurvinder गुरविंदर, Harjeet हरजीत, \
     Harleen हरलीन, Harjinder हरजिंदर, Harmeet हरमीत, Harsimran हरसिमरन, Harvinder हरविंदर, \
     Inderjit इंद्रजीत, Jasbir जसबीर, Jasmeet जसमीत, Jaspreet जसप्रीत, Jaswinder जसविंदर, \
     Jaswant जसवंत, Kamaljeet कमलजीत, Kanwaljeet कंवलजीत, Karamjeet करमजीत, Kiranjeet किरणजीत, \
     Kirandeep किरणदीप, Kuldeep कुलदीप, Kulwant कुलवंत, Kulwinder कुलविंदर, Mandeep मनदीप, \
     Manjeet मनजीत, Manjot मनजोत, Mohinder मोहिंदर, Navdeep नवदीप, Navjot नवजोत, \
     Navneet नवनीत, Navpreet नवप्रीत, Parminder परमिंदर, Prabhjot प्रभजोत, Rajinder राजिंदर, \
     Ramandeep रमनदीप, Ravneet रवनीत, Rupinder रुपिंदर, Sarabjit सरबजीत, Satwant सतवंत, \
     Simranjit सिमरनजीत, Sukhdeep सुखदीप, Sukhmani सुखमनी, Sukhpreet सुखप्रीत, \
     Sukhwinder सुखविंदर, Surinder सुरिंदर, Surjit सुरजीत, Taranjit तरनजीत, Baljinder बलजिंदर, \
     Gagandeep गगनदीप, Harjot हरजोत, Jaskiran जसकिरण, Kamalpreet कमलप्रीत, Navkiran नवकिरण, \
     Nirmal निर्मल, Preet प्रीत, Ravinder रविंदर, Tarsem तरसेम, Veerpal वीरपाल, \
     Gurcharan गुरचरण, Manmeet मनमीत, Jasdeep जसदीप, Gurnoor गुरनूर, Navleen नवलीन, \
     Inderpreet इंदरप्रीत, Kiran किरण, Raminder रमिंदर, Rajwant राजवंत, Parveen परवीन, \
     Jagdeep जगदीप, Manjinder मनजिंदर, Harpal हरपाल, Ranjit रणजीत, Lakhvir लखवीर, \
     Sandeep संदीप, Tejinder तेजिंदर",
);

/// What stands between a Hindu man's first name and his surname, or alone after the first
/// name ("Rajesh Kumar").
pub(crate) static MIDDLE_MEN: Table = Table::new(
    "Kumar कुमार, Singh सिंह, Prasad प्रसाद, Chand चंद, Lal लाल, Pal पाल, Datt दत्त, \
     Prakash प्रकाश, Narayan नारायण, Kishor किशोर, Mohan मोहन, Nath नाथ, Dev देव",
);

pub(crate) static MIDDLE_WOMEN: Table = Table::new("Devi देवी, Kumari कुमारी, Bai बाई, Rani रानी");

pub(crate) static SURNAMES_HINDU: Table = Table::new(
    "Sharma शर्मा, Gupta गुप्ता, Verma वर्मा, Mishra मिश्रा, Tiwari तिवारी, \
     Pandey पांडेय, Shukla शुक्ला, Dubey दुबे, Tripathi त्रिपाठी, Upadhyay उपाध्याय, \
     Bhardwaj भारद्वाज, Vashishtha वशिष्ठ, Kaushik कौशिक, Joshi जोशी, Dixit दीक्षित, \
     Tyagi त्यागी, Gaur गौड़, Vatsa वत्स, Bansal बंसल, Goyal गोयल, Garg गर्ग, \
     Agarwal अग्रवाल, Mittal मित्तल, Singhal सिंघल, Jindal जिंदल, Jain जैन, \
     Khatri खत्री, Arora अरोड़ा, Kapoor कपूर, Khanna खन्ना, Malhotra मल्होत्रा, \
     Chopra चोपड़ा, Sethi सेठी, Batra बत्रा, Saxena सक्सेना, Srivastava श्रीवास्तव, \
     Mathur माथुर, Chaturvedi चतुर्वेदी, \
     Agnihotri अग्निहोत्री, Awasthi अवस्थी, Bhatt भट्ट, Bhargav भार्गव, Dwivedi द्विवेदी, \
     Trivedi त्रिवेदी, Pathak पाठक, Purohit पुरोहित, Shastri शास्त्री, Sood सूद, Taneja तनेजा, \
     Sachdeva सचदेवा, Sehgal सहगल, Seth सेठ, Sikka सिक्का, Suri सूरी, Talwar तलवार, \
     Wadhwa वाधवा, Ahuja आहूजा, Anand आनंद, Bhalla भल्ला, Bhasin भसीन, Chawla चावला, \
     Chadha चड्ढा, Dhawan धवन, Duggal दुग्गल, Gandhi गांधी, Gulati गुलाटी, Juneja जुनेजा, \
     Kakkar कक्कड़, Kalra कालरा, Khurana खुराना, Kohli कोहली, Luthra लूथरा, Madan मदन, \
     Mahajan महाजन, Makkar मक्कड़, Manchanda मनचंदा, Mehra मेहरा, Mehta मेहता, Nagpal नागपाल, \
     Narang नारंग, Nanda नंदा, Puri पुरी, Rastogi रस्तोगी, Sabharwal सभरवाल, Sahni साहनी, \
     Sareen सरीन, Sapra सपरा, Vohra वोहरा, Kansal कंसल, Maheshwari माहेश्वरी, Mangla मंगला, \
     Modi मोदी, Singla सिंगला, Tayal तायल, Khandelwal खंडेलवाल, Poddar पोद्दार, \
     Bhatnagar भटनागर, Nigam निगम, Sinha सिन्हा, Asthana अस्थाना, Kulshreshtha कुलश्रेष्ठ, \
     Khare खरे, Sahay सहाय, Pant पंत, Kaushal कौशल, Saraswat सारस्वत, Vyas व्यास, Bajaj बजाज, \
     Kothari कोठारी, Nayyar नय्यर, Vij विज, Chugh चुघ, Dua दुआ, Grover ग्रोवर, Khullar खुल्लर, \
     Behl बहल, Ghai घई, Bhandari भंडारी, Dhingra ढींगरा, Babbar बब्बर, Arya आर्या, Ojha ओझा, \
     Jha झा, Rai राय, Parashar पाराशर, Atri अत्री, Mudgal मुद्गल, Nagar नागर, Gautam गौतम, \
     Bedi बेदी, Rustagi रुस्तगी, Lal लाल, Marwah मारवाह, Bhagat भगत, Dhall ढल्ल, Kaul कौल, \
     Raina रैना, Dhar धर, Tikku टिक्कू, Pahwa पाहवा, Bakshi बख़्शी, Lamba लांबा, Uppal उप्पल, \
     Sodhi सोढी, Pasricha पसरीचा, Mago मागो, Katyal कत्याल, Minocha मिनोचा, Bhutani भूटानी, \
     Kukreja कुकरेजा, Mehndiratta मेहंदीरत्ता, Goswami गोस्वामी, Bahuguna बहुगुणा, \
     Dobhal डोभाल, Nautiyal नौटियाल, Semwal सेमवाल",
);

pub(crate) static SURNAMES_JAT: Table = Table::new(
    "Malik मलिक, Chaudhary चौधरी, Dahiya दहिया, Sangwan सांगवान, Hooda हुड्डा, \
     Rathee राठी, Kadyan कादयान, Dalal दलाल, Sehrawat सहरावत, Tokas टोकस, \
     Dhankhar धनखड़, Ahlawat अहलावत, Deswal देसवाल, Guliya गुलिया, Rana राणा, \
     Tomar तोमर, Baliyan बालियान, Jakhar जाखड़, Pooniya पूनिया, Godara गोदारा, \
     Beniwal बेनीवाल, Kaswan कस्वां, Sihag सिहाग, Lathwal लाठवाल, Nain नैन, \
     Shyoran श्योराण, Phogat फोगाट, Mann मान, Chahal चहल, Khatkar खटकड़, \
     Bhadu भादू, Bhukar भूकर, Dagar डागर, Dhaka ढाका, Dhull ढुल, Duhan दुहन, Gehlawat गहलावत, \
     Goyat गोयत, Jaglan जगलान, Kajla काजला, Kalkal कलकल, Kharb खरब, Kundu कुंडू, Lohan लोहान, \
     Mor मोर, Nandal नांदल, Narwal नरवाल, Nehra नेहरा, Ola ओला, Ruhil रूहिल, Saharan सहारण, \
     Sindhu सिंधु, Khokhar खोखर, Lamba लांबा, Mahla महला, Panghal पंघाल, Sehwag सहवाग, \
     Siwach सिवाच, Suhag सुहाग, Chikara चिकारा, Gathwala गठवाला, Lather लाठर, Moond मूंड, \
     Sinsinwar सिनसिनवार, Balhara बल्हारा, Bhambhu भांभू, Chhikara छिकारा, Chhillar छिल्लर, \
     Dabas डबास, Lochab लोचब, Saroha सरोहा, Tushir तुशीर, Kaliraman कालीरमण, Boora बूरा, \
     Dangi डांगी, Chahar चाहर, Dudi डूडी, Khichar खीचड़, Meel मील, Pachar पचार, Saran सारण, \
     Jyani ज्याणी, Kulhari कुल्हरी, Pawar पवार, Dhindwal ढींडवाल, Solanki सोलंकी, \
     Jatrana जटराना, Ranga रांगा, Dhayal धायल",
);

pub(crate) static SURNAMES_GUJJAR: Table = Table::new(
    "Gurjar गुर्जर, Gujjar गुज्जर, Bhati भाटी, Nagar नागर, Kasana कसाना, \
     Bainsla बैंसला, Awana अवाना, Chechi चेची, Bidhuri बिधूड़ी, Khatana खटाना, \
     Poswal पोसवाल, Tanwar तंवर, Bhadana भडाना, Harsana हरसाना, Dedha डेढा, \
     Baisoya बैसोया, Adhana अधाना, Mavi मावी, Chhokar छोकर, Chandila चंदीला, Chaprana चपराना, \
     Khari खारी, Motla मोटला, Gorsi गोरसी, Kalsan कलसन, Dhama धामा, Chauhan चौहान, \
     Chaudhary चौधरी, Rawal रावल, Kharana खारना, Kapasiya कपासिया, Tomar तोमर, Bhatti भट्टी, \
     Chhonkar छोंकर, Doi डोई",
);

pub(crate) static SURNAMES_MEENA: Table = Table::new(
    "Meena मीणा, Mina मीना, Jorwal जोरवाल, Bairwa बैरवा, Mahawar महावर, Sihra सिहरा, \
     Jharwal झारवाल, Byadwal ब्याडवाल, Bamanawat बमनावत, Sapawat सपावत, Ghunawat घुणावत, \
     Dhanawat धनावत, Katara कटारा, Nayak नायक, Rawat रावत, Gothwal गोठवाल, Marda मारडा, \
     Chandwal चांदवाल, Kotwal कोटवाल, Meenawat मीणावत",
);

pub(crate) static SURNAMES_RAJPUT: Table = Table::new(
    "Singh सिंह, Chauhan चौहान, Rathore राठौड़, Shekhawat शेखावत, Rajawat राजावत, \
     Sisodia सिसोदिया, Jadaun जादौन, Parihar परिहार, Solanki सोलंकी, Panwar पंवार, \
     Kachhwaha कछवाहा, Thakur ठाकुर, Rawat रावत, Sengar सेंगर, Bundela बुंदेला, \
     Tanwar तंवर, Bhati भाटी, \
     Bais बैस, Chandel चंदेल, Gaur गौड़, Gehlot गहलोत, Hada हाडा, Jadeja जडेजा, Jhala झाला, \
     Katoch कटोच, Dogra डोगरा, Manhas मन्हास, Naruka नरूका, Negi नेगी, Pundir पुंडीर, \
     Rana राणा, Raghuvanshi रघुवंशी, Sikarwar सिकरवार, Tomar तोमर, Baghel बघेल, Jodha जोधा, \
     Parmar परमार, Champawat चांपावत, Bidawat बीदावत, Raghav राघव, Rawal रावल, \
     Chundawat चूंडावत, Shaktawat शक्तावत, Gaharwar गहरवार, Bisen बिसेन, Nikumbh निकुंभ, \
     Raikwar रैकवार, Chandravanshi चंद्रवंशी, Suryavanshi सूर्यवंशी, Somvanshi सोमवंशी, \
     Jaswal जसवाल, Jamwal जमवाल, Charak चरक, Minhas मिन्हास",
);

pub(crate) static SURNAMES_YADAV: Table = Table::new(
    "Yadav यादव, Rao राओ, Ahir अहीर, Yaduvanshi यदुवंशी, Ghosi घोसी, Gwala ग्वाला, \
     Mandal मंडल, Rai राय",
);

pub(crate) static SURNAMES_DALIT: Table = Table::new(
    "Jatav जाटव, Valmiki वाल्मीकि, Kori कोरी, Paswan पासवान, Gautam गौतम, \
     Bharti भारती, Kardam कर्दम, Raigar रैगर, Meghwal मेघवाल, Balmiki बाल्मीकि, \
     Ahirwar अहिरवार, Bairwa बैरवा, Balai बलाई, Dhanak धानक, Dhobi धोबी, Khatik खटीक, \
     Koli कोली, Kureel कुरील, Mehra मेहरा, Pasi पासी, Raidas रैदास, Ravidas रविदास, Ram राम, \
     Regar रेगर, Sonkar सोनकर, Dhanuk धानुक, Dohre दोहरे, Sagar सागर, Diwakar दिवाकर, \
     Mochi मोची, Sansi सांसी, Ambedkar आंबेडकर, Bagri बागड़ी, Pippal पिप्पल, Jaiswar जैसवार, \
     Suman सुमन, Ratnakar रत्नाकर, Kanaujiya कनौजिया, Chandra चंद्र, Verma वर्मा, \
     Nirala निराला, Anand आनंद, Premi प्रेमी, Dhariwal धारीवाल",
);

pub(crate) static SURNAMES_BACKWARD: Table = Table::new(
    "Saini सैनी, Kashyap कश्यप, Prajapati प्रजापति, Kushwaha कुशवाहा, Maurya मौर्या, \
     Lodhi लोधी, Nishad निषाद, Pal पाल, Sain सैन, Soni सोनी, Mali माली, \
     Jangid जांगिड, Suthar सुथार, Rajbhar राजभर, Kumhar कुम्हार, \
     Baghel बघेल, Bind बिंद, Chaurasiya चौरसिया, Dhiman धीमान, Kurmi कुर्मी, Kahar कहार, \
     Kamboj कंबोज, Kewat केवट, Mallah मल्लाह, Nai नाई, Patel पटेल, Sahu साहू, Shakya शाक्य, \
     Swarnkar स्वर्णकार, Teli तेली, Vishwakarma विश्वकर्मा, Gangwar गंगवार, Katiyar कटियार, \
     Sachan सचान, Niranjan निरंजन, Tamboli तंबोली, Kasera कसेरा, Kalwar कलवार, Jaiswal जैसवाल, \
     Dhangar धनगर, Kumawat कुमावत, Lohar लोहार, Sen सेन, Verma वर्मा, Panchal पांचाल, \
     Mahto महतो, Koiri कोइरी, Halwai हलवाई, Kachhi काछी, Batham बाथम, Manjhi मांझी, \
     Dhimar ढीमर, Rathore राठौर, Khati खाती, Kasaudhan कसौधन, Ramgarhia रामगढ़िया, \
     Gadariya गडरिया, Tanwar तंवर, Bhuj भुज, Rawat रावत",
);

pub(crate) static SURNAMES_BISHNOI: Table = Table::new(
    "Bishnoi बिश्नोई, Godara गोदारा, Beniwal बेनीवाल, Panwar पंवार, Jyani ज्याणी, \
     Kaswan कस्वां, Saran सारण, Bhadu भादू, Manju मांजू, Delu डेलू, Siyag सियाग, \
     Khileri खिलेरी, Dhaka ढाका, Pooniya पूनिया, Kalirana कालीराणा, Dara दारा, \
     Jakhar जाखड़, Sihag सिहाग, Bola बोला",
);

pub(crate) static SURNAMES_MUSLIM: Table = Table::new(
    "Khan ख़ान, Qureshi क़ुरैशी, Ansari अंसारी, Saifi सैफ़ी, Siddiqi सिद्दीक़ी, \
     Malik मलिक, Sheikh शेख़, Mewati मेवाती, Meo मेओ, Pathan पठान, Rizvi रिज़वी, \
     Abbasi अब्बासी, Alvi अल्वी, Salmani सलमानी, Mansuri मंसूरी, Chaudhary चौधरी, \
     Ahmad अहमद, Hussain हुसैन, Ali अली, \
     Usmani उस्मानी, Farooqi फ़ारूक़ी, Naqvi नक़वी, Zaidi ज़ैदी, Jafri जाफ़री, Hashmi हाशमी, \
     Abidi आबिदी, Kazmi काज़मी, Rahman रहमान, Beg बेग, Mirza मिर्ज़ा, Chishti चिश्ती, \
     Shah शाह, Qadri क़ादरी, Raza रज़ा, Rana राणा, Chauhan चौहान, Tyagi त्यागी, Idrisi इदरीसी, \
     Mughal मुग़ल, Afridi अफ़रीदी, Durrani दुर्रानी, Warsi वारसी, Nizami निज़ामी, \
     Rabbani रब्बानी, Sabri साबरी, Faridi फ़रीदी, Hasan हसन, Haider हैदर, Iqbal इक़बाल, \
     Akhtar अख़्तर, Aziz अज़ीज़, Anwar अनवर, Islam इस्लाम, Alam आलम, Ghazi ग़ाज़ी, \
     Gaddi गद्दी, Ghosi घोसी, Bhatti भट्टी, Rangrez रंगरेज़, Momin मोमिन, Shamsi शम्सी, \
     Jilani जिलानी, Kirmani किरमानी, Madani मदनी, Qasmi क़ासमी, Rahmani रहमानी, \
     Zubairi ज़ुबैरी, Ashrafi अशरफ़ी, Azmi आज़मी, Bukhari बुख़ारी, Gilani गिलानी, \
     Hussaini हुसैनी, Lari लारी, Nawab नवाब, Nomani नोमानी, Qazi क़ाज़ी, Sherwani शेरवानी, \
     Khanzada ख़ानज़ादा, Kamboh कंबोह, Multani मुल्तानी, Noori नूरी, Ilahi इलाही, \
     Dehlvi देहलवी, Rampuri रामपुरी, Qidwai क़िदवई, Haq हक़, Rao राओ, Lodhi लोधी, Sabir साबिर, \
     Nadvi नदवी, Rashid राशिद, Jamal जमाल, Kasai क़साई, Nai नाई, Dar डार, Mir मीर, \
     Rizwi रिज़वी, Salim सलीम, Ahmadi अहमदी",
);

pub(crate) static SURNAMES_SIKH: Table = Table::new(
    "Gill गिल, Sandhu संधू, Sidhu सिद्धू, Dhillon ढिल्लों, Brar बराड़, Grewal ग्रेवाल, \
     Bajwa बाजवा, Randhawa रंधावा, Bedi बेदी, Virk विर्क, Cheema चीमा, Aulakh औलख, \
     Bains बैंस, Sekhon सेखों, Kang कंग, \
     Dhaliwal धालीवाल, Dhindsa ढींडसा, Sohi सोही, Mangat मंगत, Bhullar भुल्लर, Hundal हुंदल, \
     Khaira खैरा, Sahota सहोता, Pannu पन्नू, Toor तूर, Atwal अटवाल, Chatha चट्ठा, Deol देओल, \
     Ghuman घुम्मन, Kahlon कहलों, Mann मान, Pandher पंधेर, Purewal पुरेवाल, Sahi साही, \
     Shergill शेरगिल, Sodhi सोढी, Thind थिंद, Uppal उप्पल, Bhangu भंगू, Chahal चहल, \
     Dhami धामी, Dhanoa धनोआ, Garcha गरचा, Khosa खोसा, Mahal महल, Nagra नागरा, Padda पड्डा, \
     Sangha संघा, Tiwana तिवाना, Buttar बुट्टर, Gosal गोसल, Heer हीर, Kalsi कलसी, \
     Khangura खंगूड़ा, Nijjar निज्जर, Samra समरा, Sarna सरना, Kohli कोहली, Chadha चड्ढा, \
     Bindra बिंद्रा, Arora अरोड़ा, Bhatti भट्टी, Aujla औजला, Basra बसरा, Dosanjh दोसांझ, \
     Jaggi जग्गी, Khehra खेहरा, Mand मंड, Saggu सग्गू, Sohal सोहल, Virdi विरदी, Bhinder भिंडर, \
     Hans हंस, Benipal बेनीपाल, Chhina छीना, Jhutti झुट्टी, Lalli लल्ली, Minhas मिन्हास, \
     Bal बल, Anand आनंद, Sethi सेठी, Sahni साहनी, Bhogal भोगल, Matharu मठारू",
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
     Chacha चाचा, Munna मुन्ना, Raja राजा, \
     Ballu बल्लू, Bholu भोलू, Chhota छोटा, Chuha चूहा, Dabbu डब्बू, Ganja गंजा, Gabbar गब्बर, \
     Gattu गट्टू, Goli गोली, Gora गोरा, Gullu गुल्लू, Gudda गुड्डा, Halwai हलवाई, Hira हीरा, \
     Jeeta जीता, Kaddu कद्दू, Kala काला, Kancha कंचा, Kukku कुक्कू, Laddu लड्डू, Lalla लल्ला, \
     Majnu मजनू, Mama मामा, Mangu मंगू, Mithu मिट्ठू, Mota मोटा, Nannu नन्नू, Nikku निक्कू, \
     Pahari पहाड़ी, Sadhu साधु, Sardar सरदार, Seth सेठ, Shera शेरा, Sikandar सिकंदर, \
     Sukha सुक्खा, Tillu टिल्लू, Titu टीटू, Toofan तूफ़ान, Billu बिल्लू, Chela चेला, \
     Dabang दबंग, Guru गुरु, Haddi हड्डी, Jallad जल्लाद, Lattu लट्टू, Machhar मच्छर, \
     Makhan मक्खन, Mamu मामू, Masoom मासूम, Mirchi मिर्ची, Nepali नेपाली, Pagal पागल, \
     Patla पतला, Rangeela रंगीला, Saand सांड, Sanki सनकी, Sapera सपेरा, Shaitan शैतान, \
     Sher शेर, Sultan सुल्तान, Takla टकला, Teja तेजा, Thakur ठाकुर, Tuntun टुनटुन, \
     Babbu बब्बू, Bhagat भगत, Gogi गोगी, Kalua कलुआ, Khalifa ख़लीफ़ा, Lakha लाखा, Mannu मन्नू, \
     Mukhiya मुखिया, Munshi मुंशी, Nawab नवाब, Pathan पठान, Sattu सत्तू, Taau ताऊ, \
     Thekedar ठेकेदार, Vakil वकील, Pradhan प्रधान, Bawla बावला, Gunda गुंडा, Jatt जट्ट, \
     Ustad उस्ताद, Munim मुनीम, Badshah बादशाह, Baba बाबा, Bachcha बच्चा, Bhalu भालू, \
     Cheeta चीता, Bagga बग्गा, Bichhu बिच्छू, Kauwa कौवा, Murga मुर्गा, Titar तीतर, \
     Chand चांद, Sanju संजू, Nanhu नन्हू, Dhola ढोला, Jhabbar झब्बर",
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

#[cfg(test)]
mod tests {
    use super::{
        COMMUNITIES, Community, MEN_HINDU, MEN_MUSLIM, MEN_SIKH, MIDDLE_MEN, MIDDLE_WOMEN,
        NICKNAMES, SURNAMES_BACKWARD, SURNAMES_BISHNOI, SURNAMES_DALIT, SURNAMES_GUJJAR,
        SURNAMES_HINDU, SURNAMES_JAT, SURNAMES_MEENA, SURNAMES_MUSLIM, SURNAMES_RAJPUT,
        SURNAMES_SIKH, SURNAMES_YADAV, Table, WOMEN_HINDU, WOMEN_MUSLIM, WOMEN_SIKH, Word,
    };
    use samanvay_match::{NameParts, name_similarity};
    use std::collections::HashSet;

    /// Every table, with the fewest entries it may have: enough that a million persons are
    /// not full of accidental namesakes.
    const TABLES: &[(&str, &Table, usize)] = &[
        ("MEN_HINDU", &MEN_HINDU, 450),
        ("MEN_MUSLIM", &MEN_MUSLIM, 220),
        ("MEN_SIKH", &MEN_SIKH, 120),
        ("WOMEN_HINDU", &WOMEN_HINDU, 250),
        ("WOMEN_MUSLIM", &WOMEN_MUSLIM, 110),
        ("WOMEN_SIKH", &WOMEN_SIKH, 70),
        ("MIDDLE_MEN", &MIDDLE_MEN, 13),
        ("MIDDLE_WOMEN", &MIDDLE_WOMEN, 4),
        ("SURNAMES_HINDU", &SURNAMES_HINDU, 120),
        ("SURNAMES_JAT", &SURNAMES_JAT, 60),
        ("SURNAMES_GUJJAR", &SURNAMES_GUJJAR, 30),
        ("SURNAMES_MEENA", &SURNAMES_MEENA, 20),
        ("SURNAMES_RAJPUT", &SURNAMES_RAJPUT, 40),
        ("SURNAMES_YADAV", &SURNAMES_YADAV, 8),
        ("SURNAMES_DALIT", &SURNAMES_DALIT, 30),
        ("SURNAMES_BACKWARD", &SURNAMES_BACKWARD, 40),
        ("SURNAMES_BISHNOI", &SURNAMES_BISHNOI, 8),
        ("SURNAMES_MUSLIM", &SURNAMES_MUSLIM, 80),
        ("SURNAMES_SIKH", &SURNAMES_SIKH, 60),
        ("NICKNAMES", &NICKNAMES, 120),
    ];

    /// English words whose Hindi spelling follows the English sound ("Master" is also a title
    /// to the matcher in Latin only), and "Langda", whose nukta ड़ is read "r": the matcher reads
    /// each pair apart, yet the spellings are the usual ones. All but "Sunny" are among the
    /// first fifty nicknames, which stay as they are.
    const READ_APART_BY_THE_MATCHER: &[&str] =
        &["Sunny", "Langda", "Doctor", "Master", "Bunty", "Happy"];

    /// The problems of one table: entries written twice, words with spaces, too few entries.
    fn problems(name: &str, words: &[Word], least: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for (latin, devanagari) in words {
            if !seen.insert(*latin) {
                out.push(format!("{name}: {latin} twice"));
            }
            if latin.contains(char::is_whitespace) || devanagari.contains(char::is_whitespace) {
                out.push(format!(
                    "{name}: `{latin} {devanagari}` is not one word each"
                ));
            }
        }
        if words.len() < least {
            out.push(format!(
                "{name}: {} entries, fewer than {least}",
                words.len()
            ));
        }
        out
    }

    fn least_surnames(community: Community) -> usize {
        match community {
            Community::Hindu => 120,
            Community::Jat => 60,
            Community::Gujjar => 30,
            Community::Meena => 20,
            Community::Rajput => 40,
            Community::Yadav | Community::Bishnoi => 8,
            Community::Dalit => 30,
            Community::Backward => 40,
            Community::Muslim => 80,
            Community::Sikh => 60,
        }
    }

    #[test]
    fn every_table_is_large_enough_and_names_no_one_twice() {
        let found: Vec<String> = TABLES
            .iter()
            .flat_map(|(name, table, least)| problems(name, table.words(), *least))
            .collect();
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn every_community_draws_first_names_and_surnames_from_large_tables_without_repeats() {
        let mut found = Vec::new();
        for community in COMMUNITIES {
            let (men, women) = match community {
                Community::Muslim => (220, 110),
                Community::Sikh => (120, 70),
                _ => (450, 250),
            };
            let name = format!("{community:?}");
            found.extend(problems(&format!("{name} men"), community.men(), men));
            found.extend(problems(&format!("{name} women"), community.women(), women));
            let surnames = community.surnames();
            found.extend(problems(
                &format!("{name} surnames"),
                surnames,
                least_surnames(community),
            ));
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
    }

    #[test]
    fn each_latin_name_is_the_same_name_as_its_devanagari_to_the_matcher() {
        let mut failing = Vec::new();
        for (name, table, _) in TABLES {
            for (latin, devanagari) in table.words() {
                if READ_APART_BY_THE_MATCHER.contains(latin) {
                    continue;
                }
                // "Kumari" is a title to the matcher in both scripts: nothing is left to
                // compare, and neither script keeps a name the other drops.
                let titles = NameParts::parse(latin).primary().is_none()
                    && NameParts::parse(devanagari).primary().is_none();
                let score = name_similarity(latin, devanagari).score;
                if score < 0.85 && !titles {
                    failing.push(format!("{name}: {latin} {devanagari} ({score:.2})"));
                }
            }
        }
        assert!(
            failing.is_empty(),
            "{} pairs the matcher reads as different names:\n{}",
            failing.len(),
            failing.join("\n")
        );
    }

    #[test]
    fn the_pairs_the_matcher_reads_apart_are_in_the_tables() {
        let all: HashSet<&str> = TABLES
            .iter()
            .flat_map(|(_, table, _)| table.words().iter().map(|(latin, _)| *latin))
            .collect();
        for latin in READ_APART_BY_THE_MATCHER {
            assert!(all.contains(latin), "{latin} is no longer in a table");
        }
    }
}
