//! Synthetic Indian names for demo officers: common first names combined with surnames usual
//! in each agency's region. Any match with a real officer is a coincidence of common names.

use crate::rng::DemoRng;
use std::collections::BTreeSet;

/// Where an agency recruits from, which decides the usual surnames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameRegion {
    DelhiHaryana,
    UttarPradesh,
    Rajasthan,
    /// Central agencies draw officers from every state.
    AllIndia,
}

const MEN: &[&str] = &[
    "Rajesh", "Sanjay", "Amit", "Vikas", "Sunil", "Anil", "Deepak", "Manoj", "Rakesh", "Pradeep",
    "Sandeep", "Ajay", "Vijay", "Naveen", "Ravinder", "Satish", "Mukesh", "Harish", "Ashok",
    "Pankaj", "Rohit", "Vivek", "Alok", "Arvind", "Yogesh", "Kuldeep", "Jitender", "Surender",
    "Narender", "Dinesh", "Rahul", "Gaurav", "Manish", "Tarun", "Hemant", "Praveen",
];

const WOMEN: &[&str] = &[
    "Sunita",
    "Neha",
    "Priya",
    "Pooja",
    "Anjali",
    "Kavita",
    "Ritu",
    "Seema",
    "Meenakshi",
    "Shalini",
    "Rekha",
    "Monika",
    "Swati",
    "Nidhi",
    "Aarti",
    "Preeti",
    "Sarita",
    "Geeta",
];

/// First names heard more in the south and east, used only for central agencies.
const ALL_INDIA_FIRST: &[&str] = &[
    "Arun", "Suresh", "Karthik", "Abhishek", "Sourav", "Imran", "Ramesh", "Lakshmi", "Divya",
    "Farah", "Ananya", "Joseph",
];

const DELHI_HARYANA: &[&str] = &[
    "Sharma", "Yadav", "Malik", "Dahiya", "Sangwan", "Hooda", "Rathee", "Kadyan", "Chauhan",
    "Dalal", "Sehrawat", "Rana", "Gupta", "Bansal", "Khatri", "Tokas", "Solanki",
];

const UTTAR_PRADESH: &[&str] = &[
    "Tyagi",
    "Tomar",
    "Chaudhary",
    "Singh",
    "Mishra",
    "Tripathi",
    "Pandey",
    "Srivastava",
    "Verma",
    "Shukla",
    "Dubey",
    "Rawat",
    "Baliyan",
    "Saxena",
    "Ahmad",
    "Qureshi",
];

const RAJASTHAN: &[&str] = &[
    "Meena",
    "Rathore",
    "Shekhawat",
    "Gurjar",
    "Bishnoi",
    "Choudhary",
    "Saini",
    "Jakhar",
    "Poonia",
    "Bhati",
    "Sharma",
    "Jain",
];

const ALL_INDIA: &[&str] = &[
    "Nair",
    "Menon",
    "Iyer",
    "Reddy",
    "Rao",
    "Banerjee",
    "Das",
    "Kulkarni",
    "Deshpande",
    "Khan",
    "Siddiqui",
    "Gill",
    "Sandhu",
    "Bhatia",
    "Kapoor",
    "Joshi",
    "Mehta",
    "Pillai",
    "Bora",
    "Sinha",
];

/// Hands out display names, never the same one twice in a world, so a demo audience can tell
/// two officers apart by name.
pub(crate) struct NamePicker {
    rng: DemoRng,
    used: BTreeSet<String>,
}

impl NamePicker {
    pub(crate) fn new(rng: DemoRng) -> Self {
        Self {
            rng,
            used: BTreeSet::new(),
        }
    }

    pub(crate) fn pick(&mut self, region: NameRegion) -> String {
        let surnames = match region {
            NameRegion::DelhiHaryana => DELHI_HARYANA,
            NameRegion::UttarPradesh => UTTAR_PRADESH,
            NameRegion::Rajasthan => RAJASTHAN,
            NameRegion::AllIndia => ALL_INDIA,
        };
        // Each region offers hundreds of combinations for a few dozen officers, so this ends.
        loop {
            let first = match self.rng.below(10) {
                0..=6 => self.rng.pick(MEN),
                7 | 8 => self.rng.pick(WOMEN),
                _ if region == NameRegion::AllIndia => self.rng.pick(ALL_INDIA_FIRST),
                _ => self.rng.pick(MEN),
            };
            let name = format!("{first} {}", self.rng.pick(surnames));
            if self.used.insert(name.clone()) {
                return name;
            }
        }
    }
}
