//! Properties over many generated values: every way of writing a value gives one canonical
//! form, and a canonical form parses to itself (so stored values re-validate unchanged).
//! A small seeded generator keeps the runs reproducible without a property-testing framework.

use samanvay_match::{Identifier, IdentifierKind};

/// xorshift64*: deterministic and good enough to vary test inputs.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    fn letters(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'A' + self.below(26) as u8))
            .collect()
    }

    fn from(&mut self, alphabet: &str, n: usize) -> String {
        let chars: Vec<char> = alphabet.chars().collect();
        (0..n).map(|_| chars[self.below(chars.len())]).collect()
    }

    /// Randomly lower-cases letters, as people type.
    fn case(&mut self, s: &str) -> String {
        s.chars()
            .map(|c| {
                if self.below(2) == 0 {
                    c.to_ascii_lowercase()
                } else {
                    c
                }
            })
            .collect()
    }
}

const ROUNDS: usize = 400;

/// Asserts all `written` forms parse to one canonical form that parses to itself.
fn one_canonical_form(kind: IdentifierKind, written: &[String]) {
    let first = Identifier::parse(kind, &written[0])
        .unwrap_or_else(|e| panic!("{:?} refused: {e}", written[0]));
    for form in written {
        let parsed =
            Identifier::parse(kind, form).unwrap_or_else(|e| panic!("{form:?} refused: {e}"));
        assert_eq!(parsed, first, "{form:?} and {:?}", written[0]);
    }
    let again = Identifier::parse(kind, first.canonical()).unwrap();
    assert_eq!(again, first, "canonical {first} re-parsed");
}

#[test]
fn every_way_of_writing_a_mobile_number_is_one_canonical_number() {
    let mut g = Gen(0x5EED_0001);
    for _ in 0..ROUNDS {
        let number = format!("{}{}", g.pick(&["6", "7", "8", "9"]), g.digits(9));
        let (a, b) = number.split_at(5);
        let written = [
            number.clone(),
            format!("0{number}"),
            format!("+91{number}"),
            format!("+91 {a} {b}"),
            format!("+91-{a}-{b}"),
            format!("91{number}"),
            format!("0091 {a} {b}"),
            format!("{a} {b}"),
        ];
        one_canonical_form(IdentifierKind::Mobile, &written.map(String::from));
    }
}

#[test]
fn an_imei_with_and_without_its_check_digit_is_one_imei() {
    let mut g = Gen(0x5EED_0002);
    for _ in 0..ROUNDS {
        let body = format!("{}{}", g.below(9) + 1, g.digits(13));
        let full = Identifier::parse(IdentifierKind::Imei, &body).unwrap();
        let spaced = format!("{} {} {}", &body[..2], &body[2..8], &full.canonical()[8..]);
        one_canonical_form(IdentifierKind::Imei, &[body, spaced]);
    }
}

#[test]
fn every_way_of_writing_a_plate_is_one_canonical_plate() {
    let mut g = Gen(0x5EED_0003);
    let states = ["HR", "DL", "UP", "RJ", "MH", "PB", "MP", "GJ", "TG", "KA"];
    for _ in 0..ROUNDS {
        let state = g.pick(&states);
        let rto = (g.below(98) + 1).to_string();
        let series_len = g.below(3) + 1;
        let series = g.letters(series_len);
        let number = (g.below(9998) + 1).to_string();
        let sep = g.pick(&[" ", "-", "", ".", " - "]);
        let written = [
            format!("{state} {rto:0>2} {series} {number:0>4}"),
            g.case(&format!("{state}{sep}{rto}{sep}{series}{sep}{number}")),
            format!("{state}{rto:0>2}{series}{number:0>4}"),
        ];
        one_canonical_form(IdentifierKind::Vehicle, &written);

        let year = 21 + g.below(5);
        let letters_len = g.below(2) + 1;
        let letters = g.letters(letters_len);
        let bharat = [
            format!("{year} BH {number:0>4} {letters}"),
            g.case(&format!("{year}-bh-{number}-{letters}")),
        ];
        one_canonical_form(IdentifierKind::Vehicle, &bharat);
    }
}

#[test]
fn a_bank_account_with_or_without_leading_zeros_is_one_account() {
    let mut g = Gen(0x5EED_0004);
    for _ in 0..ROUNDS {
        let ifsc = format!("{}0{}", g.letters(4), g.from("ABCDEFGHJK0123456789", 6));
        let rest = 8 + g.below(8);
        let account = format!("{}{}", g.below(9) + 1, g.digits(rest));
        let written = [
            format!("{ifsc} {account}"),
            format!("{ifsc}:000{account}"),
            g.case(&format!("IFSC {ifsc} A/c No. {account}")),
            format!("{account} / {ifsc}"),
        ];
        one_canonical_form(IdentifierKind::BankAccount, &written);
    }
}

#[test]
fn upi_ids_emails_handles_and_serials_are_one_form_whatever_the_case() {
    let mut g = Gen(0x5EED_0005);
    for _ in 0..ROUNDS {
        let handle = format!("{}{}", g.from("abcxyz019", 1), g.from("abcxyz019._", 6));
        let upi = format!("{handle}@{}", g.pick(&["ybl", "okaxis", "paytm", "oksbi"]));
        one_canonical_form(
            IdentifierKind::Upi,
            &[upi.clone(), g.case(&upi.to_uppercase())],
        );

        let email = format!(
            "{}@{}",
            handle.replace("..", "x").trim_end_matches('.'),
            "gmail.com"
        );
        one_canonical_form(
            IdentifierKind::Email,
            &[email.clone(), g.case(&email.to_uppercase())],
        );

        let user = g.from("abcdefghij0123456789_", 8);
        let social = [
            format!("instagram:{user}"),
            format!("Insta @{user}"),
            format!("https://www.instagram.com/{user}/"),
        ];
        one_canonical_form(IdentifierKind::SocialHandle, &social);

        let serial = format!("{}{}", g.letters(2), g.digits(6));
        let (a, b) = serial.split_at(2);
        let serials = [
            serial.clone(),
            format!("{a}-{b}"),
            g.case(&format!("{a} {b}")),
        ];
        one_canonical_form(IdentifierKind::WeaponSerial, &serials);
    }
}

#[test]
fn whatever_a_normalizer_accepts_it_accepts_again_unchanged() {
    // Random junk in the alphabets identifiers are written with; most is refused, and what is
    // accepted must be a fixed point.
    let mut g = Gen(0x5EED_0006);
    let alphabet = "0123456789०९ABHRDLUPbhrdl@.:/-_ +";
    let mut accepted = 0;
    for _ in 0..20 * ROUNDS {
        let len = 1 + g.below(24);
        let raw = g.from(alphabet, len);
        for kind in IdentifierKind::ALL {
            if let Ok(id) = Identifier::parse(kind, &raw) {
                accepted += 1;
                let again = Identifier::parse(kind, id.canonical())
                    .unwrap_or_else(|e| panic!("{kind}: {raw:?} → {id} then refused: {e}"));
                assert_eq!(again, id, "{kind}: {raw:?}");
            }
        }
    }
    assert!(accepted > 0, "the junk should sometimes be valid");
}
