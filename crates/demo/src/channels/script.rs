//! What officers say on a border channel: nakas, sightings of wanted men, vehicles and phones,
//! in Hindi, English and the mix of both they actually write.

use crate::rng::DemoRng;
use samanvay_core::PersonId;
use samanvay_core::register::Person;
use samanvay_match::IdentifierKind;

/// A wanted man of the demo register, as officers would name him.
pub(super) struct Wanted {
    pub person: PersonId,
    pub name: String,
    /// A phone written the way officers write it ("98100 12345"), if the register has one.
    pub phone: Option<String>,
    /// A plate written loosely ("HR26 AB-1234"), if the register has one.
    pub vehicle: Option<String>,
}

impl Wanted {
    /// The first few persons of the register that have a name: the man three agencies hold,
    /// then others.
    pub fn from_register(persons: &[Person]) -> Vec<Wanted> {
        persons
            .iter()
            .filter_map(|p| {
                let name = p.content.names.first()?.text.clone();
                let of = |kind: IdentifierKind| {
                    p.content
                        .identifiers
                        .iter()
                        .find(|i| i.kind() == kind)
                        .map(|i| i.canonical().to_string())
                };
                Some(Wanted {
                    person: p.id,
                    name,
                    phone: of(IdentifierKind::Mobile).map(|m| messy_phone(&m)),
                    vehicle: of(IdentifierKind::Vehicle).map(|v| messy_plate(&v)),
                })
            })
            .take(12)
            .collect()
    }
}

/// "+919810012345" → "98100 12345".
fn messy_phone(canonical: &str) -> String {
    let digits: String = canonical.chars().filter(char::is_ascii_digit).collect();
    let local = &digits[digits.len().saturating_sub(10)..];
    format!(
        "{} {}",
        &local[..5.min(local.len())],
        &local[5.min(local.len())..]
    )
}

/// "HR26AB1234" → "HR26 AB-1234".
fn messy_plate(canonical: &str) -> String {
    if canonical.len() == 10 && canonical.is_ascii() {
        format!(
            "{} {}-{}",
            &canonical[..4],
            &canonical[4..6],
            &canonical[6..]
        )
    } else {
        canonical.to_string()
    }
}

/// One message and whether it names the wanted man (the client links him).
pub(super) struct Line {
    pub text: String,
    pub links_person: bool,
}

pub(super) fn line(n: usize, man: &Wanted, rng: &mut DemoRng) -> Line {
    let places = [
        "Kundli",
        "Singhu",
        "Loni border",
        "Tronica City",
        "Dhansa",
        "Bahadurgarh",
    ];
    let place = rng.pick(&places);
    let hour = 18 + rng.below(6);
    let phone = man.phone.clone().unwrap_or_else(|| "98100 12345".into());
    let plate = man.vehicle.clone().unwrap_or_else(|| "HR26 AB-1234".into());
    let name = &man.name;
    let (text, links_person) = match n % 10 {
        0 => (
            format!("Aaj raat {hour}:00 baje se {place} par naka lagega, sab SHO dhyan dein."),
            false,
        ),
        1 => (
            format!("{name} को कल शाम {place} के पास देखा गया, सफ़ेद स्विफ्ट में था।"),
            true,
        ),
        2 => (
            format!("Noted. Hamari team {place} side se cover karegi."),
            false,
        ),
        3 => (
            format!("Vehicle {plate} last seen moving towards {place}; please check at your naka."),
            false,
        ),
        4 => (
            format!("{name} ka naya number {phone} hai, CDR mangwa rahe hain."),
            true,
        ),
        5 => (
            "ठीक है, हमारी तरफ़ से दो जवान और बढ़ा दिए हैं।".to_string(),
            false,
        ),
        6 => (
            format!("गाड़ी {plate} टोल पर नहीं दिखी, शायद कच्चे रास्ते से निकली।"),
            false,
        ),
        7 => (
            format!("Informer says {name} will cross near {place} after midnight. Stay alert."),
            true,
        ),
        8 => (
            format!("मोबाइल {phone} की लोकेशन {place} के पास आ रही है।"),
            false,
        ),
        _ => (
            "Naka hata rahe hain, koi movement nahi. Good night sir.".to_string(),
            false,
        ),
    };
    Line { text, links_person }
}
