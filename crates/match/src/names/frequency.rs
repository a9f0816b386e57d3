//! How much a name token tells apart two people. "Kumar", "Singh", "Devi" and "Mohammad" are in
//! so many names that sharing them says little; sharing "Irfan" or "Bhura" says much.

/// Tokens so common they carry little weight.
const VERY_COMMON: &[&str] = &[
    "mohammad", "kumar", "kumari", "singh", "kaur", "devi", "bai", "ben", "begum", "khatoon",
    "bibi", "lal", "chandra", "prasad", "nath", "das",
];

/// Common surnames and family names: some weight, less than a given name.
const COMMON: &[&str] = &[
    "sharma",
    "verma",
    "yadav",
    "gupta",
    "khan",
    "ali",
    "ahmad",
    "shaikh",
    "ansari",
    "qureshi",
    "mishra",
    "tiwari",
    "pandey",
    "chaudhary",
    "meena",
    "jain",
    "agarwal",
    "rathore",
    "chauhan",
    "thakur",
    "shukla",
    "srivastava",
    "saini",
    "gujjar",
    "jha",
    "rao",
    "reddy",
    "patel",
    "shah",
    "hussain",
    "siddiqui",
    "malik",
    "rana",
    "tyagi",
    "jat",
    "jatav",
    "rajput",
    "abdul",
    "rahman",
    "choudhary",
    "dubey",
    "upadhyay",
    "mehta",
    "arora",
    "kapoor",
    "bansal",
    "goyal",
    "mittal",
];

/// The weight of a token (by its canonical spelling) in a name comparison, from 0.3 to 1.
pub(crate) fn weight(spelling: &str) -> f64 {
    if VERY_COMMON.contains(&spelling) {
        0.3
    } else if COMMON.contains(&spelling) {
        0.6
    } else {
        1.0
    }
}
