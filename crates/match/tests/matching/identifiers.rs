//! Every normalizer: the ways officers write a value that must become one canonical form, and
//! the values that must be refused with a reason.

use samanvay_match::identifiers::{
    bank_account, email, imei, mobile, social, upi, vehicle, weapon,
};
use samanvay_match::{Identifier, IdentifierKind};

type Parse = fn(&str) -> Result<String, samanvay_match::IdentifierError>;

/// Asserts each raw value parses to its canonical form.
fn accepts(parse: Parse, cases: &[(&str, &str)]) {
    for (raw, canonical) in cases {
        match parse(raw) {
            Ok(got) => assert_eq!(got, *canonical, "{raw:?}"),
            Err(e) => panic!("{raw:?} was refused: {e}"),
        }
    }
}

/// Asserts each raw value is refused, with a message containing the given words.
fn rejects(parse: Parse, cases: &[(&str, &str)]) {
    for (raw, words) in cases {
        match parse(raw) {
            Ok(got) => panic!("{raw:?} was accepted as {got:?}"),
            Err(e) => assert!(
                e.to_string().contains(words),
                "{raw:?}: message {:?} should mention {words:?}",
                e.to_string()
            ),
        }
    }
}

#[test]
fn a_mobile_number_written_five_ways_is_one_number() {
    accepts(
        mobile::parse,
        &[
            ("+91 98100-12345", "+919810012345"),
            ("09810012345", "+919810012345"),
            ("9810012345", "+919810012345"),
            ("98100 12345", "+919810012345"),
            ("+919810012345", "+919810012345"),
            ("+91-98100 12345", "+919810012345"),
            ("0091 98100 12345", "+919810012345"),
            ("919810012345", "+919810012345"),
            ("+91 098100 12345", "+919810012345"),
            ("(981) 001-2345", "+919810012345"),
            ("  7011122233 ", "+917011122233"),
            ("६२०००११२२३", "+916200011223"),
        ],
    );
}

#[test]
fn landlines_short_numbers_letters_and_foreign_numbers_are_not_mobiles() {
    rejects(
        mobile::parse,
        &[
            ("011-23456789", "start with 6, 7, 8 or 9"),
            ("0120 2345678", "start with 6, 7, 8 or 9"),
            ("98100 1234", "this has 9"),
            ("981001234567", "this has 12"),
            ("98100-ABCDE", "letter 'A'"),
            ("+44 7911 123456", "not +91"),
            ("", "empty"),
            ("  -  ", "empty"),
            ("98100+12345", "'+'"),
        ],
    );
}

#[test]
fn an_imei_with_or_without_its_check_digit_is_one_imei() {
    accepts(
        imei::parse,
        &[
            ("490154203237518", "490154203237518"),
            ("49015420323751", "490154203237518"),
            ("49-015420-323751-8", "490154203237518"),
            ("35 209900 176148 1", "352099001761481"),
            ("35209900176148", "352099001761481"),
        ],
    );
}

#[test]
fn an_imei_with_a_wrong_check_digit_or_length_is_refused() {
    rejects(
        imei::parse,
        &[
            (
                "490154203237519",
                "check digit is 9 but the first 14 digits need 8",
            ),
            ("4901542032375", "this has 13"),
            ("4901542032375180", "IMEISV"),
            ("000000000000000", "placeholder"),
            ("49015420323751X", "letter 'X'"),
        ],
    );
}

#[test]
fn a_vehicle_plate_written_with_any_spacing_is_one_plate() {
    accepts(
        vehicle::parse,
        &[
            ("HR 26 AB 1234", "HR26AB1234"),
            ("hr26ab1234", "HR26AB1234"),
            ("HR-26-AB-1234", "HR26AB1234"),
            ("HR26 AB-1234", "HR26AB1234"),
            ("HR.26.AB.1234", "HR26AB1234"),
            ("DL 3C AB 1234", "DL03CAB1234"),
            ("DL3CAB1234", "DL03CAB1234"),
            ("DL 03 CAB 1234", "DL03CAB1234"),
            ("UP16 BT 0042", "UP16BT0042"),
            ("UP 16 BT 42", "UP16BT0042"),
            ("HR 5 A 7", "HR05A0007"),
            ("RJ 14 1234", "RJ141234"),
            ("rj141234", "RJ141234"),
            ("22 BH 1234 AA", "22BH1234AA"),
            ("22BH1234AA", "22BH1234AA"),
            ("23 bh 0042 c", "23BH0042C"),
            ("TG 09 AB 1234", "TG09AB1234"),
        ],
    );
}

#[test]
fn what_is_not_a_plate_is_refused() {
    rejects(
        vehicle::parse,
        &[
            ("XX 26 AB 1234", "not an Indian state"),
            ("HR 26 ABCD 1234", "at most 3 letters"),
            ("HR 26 AB 12345", "at most 4 digits"),
            ("HR 26 AB 0000", "cannot be zero"),
            ("HR 00 AB 1234", "not zero"),
            ("HR 261 AB 1234", "1 to 2 digits"),
            ("HR51234", "run together"),
            ("HARYANA 26 AB 1234", "two letters"),
            ("1234", "reads like"),
            ("HR 26 AB", "reads like"),
            ("22 BH 1234", "reads like"),
            ("HR#26AB1234", "'#'"),
            ("", "empty"),
        ],
    );
}

#[test]
fn a_bank_account_is_its_ifsc_and_the_number_padded_to_18_digits() {
    accepts(
        bank_account::parse,
        &[
            (
                "SBIN0001234 00001234567890",
                "SBIN0001234:000000001234567890",
            ),
            ("SBIN0001234:1234567890", "SBIN0001234:000000001234567890"),
            ("sbin0001234 / 1234567890", "SBIN0001234:000000001234567890"),
            (
                "IFSC SBIN0001234 A/c No. 1234 5678 90",
                "SBIN0001234:000000001234567890",
            ),
            ("1234567890, PUNB0ABC123", "PUNB0ABC123:000000001234567890"),
            (
                "HDFC0001234 123456789012345678",
                "HDFC0001234:123456789012345678",
            ),
            (
                "SBIN0001234:000000001234567890",
                "SBIN0001234:000000001234567890",
            ),
        ],
    );
}

#[test]
fn a_bank_account_without_a_valid_ifsc_or_number_is_refused() {
    rejects(
        bank_account::parse,
        &[
            ("1234567890", "IFSC of the branch is missing"),
            ("SBIN0001234", "account number is missing"),
            ("SBIN1001234 1234567890", "neither an IFSC"),
            ("SBI0001234 1234567890", "neither an IFSC"),
            ("SBIN0001234 12345678", "this has 8"),
            ("SBIN0001234 1234567890123456789", "this has 19"),
            ("SBIN0001234 HDFC0001234 1234567890", "two IFSCs"),
            ("SBIN0001234 000000000", "placeholder"),
            ("", "empty"),
        ],
    );
}

#[test]
fn a_upi_id_is_lower_case_handle_at_provider() {
    accepts(
        upi::parse,
        &[
            ("9810012345@ybl", "9810012345@ybl"),
            (" Bhura.07@OKAXIS ", "bhura.07@okaxis"),
            ("irfan_khan-1@paytm", "irfan_khan-1@paytm"),
        ],
    );
    rejects(
        upi::parse,
        &[
            ("bhura", "handle@provider"),
            ("bhura@gmail.com", "looks like an email"),
            ("b@ybl", "2 to 64"),
            (".bhura@ybl", "starting with a letter"),
            ("bhura khan@ybl", "only letters, digits"),
            ("bhura@y", "short name"),
            ("bhura@", "short name"),
        ],
    );
}

#[test]
fn an_email_is_trimmed_and_lower_case() {
    accepts(
        email::parse,
        &[
            (" Bhura07@Gmail.com ", "bhura07@gmail.com"),
            ("mailto:r.k.sharma@nic.in", "r.k.sharma@nic.in"),
            ("irfan+alerts@yahoo.co.in", "irfan+alerts@yahoo.co.in"),
        ],
    );
    rejects(
        email::parse,
        &[
            ("bhura07.gmail.com", "no @"),
            ("@gmail.com", "1 to 64"),
            ("bhura..07@gmail.com", "two in a row"),
            ("bhura07@gmail", "has a dot"),
            ("bhura07@-gmail.com", "letters, digits and dashes"),
            ("bhura07@gmail.c0m", "ends in a name of letters"),
            ("bhura 07@gmail.com", "' ' is not allowed"),
            ("", "empty"),
        ],
    );
}

#[test]
fn a_social_handle_is_platform_and_handle_from_any_common_form() {
    accepts(
        social::parse,
        &[
            ("instagram:@Bhura_Meerut", "instagram:bhura_meerut"),
            ("insta @bhura_meerut", "instagram:bhura_meerut"),
            ("IG: bhura_meerut", "instagram:bhura_meerut"),
            (
                "https://www.instagram.com/bhura_meerut/?hl=en",
                "instagram:bhura_meerut",
            ),
            ("twitter:@BhuraGang", "x:bhuragang"),
            ("x.com/BhuraGang", "x:bhuragang"),
            ("t.me/bhura_meerut", "telegram:bhura_meerut"),
            ("youtube.com/@bhura.vlogs", "youtube:bhura.vlogs"),
            ("fb irfan.bhura.77", "facebook:irfan.bhura.77"),
            ("linkedin.com/in/irfan-khan", "linkedin:irfan-khan"),
        ],
    );
    rejects(
        social::parse,
        &[
            ("@bhura_meerut", "name the platform"),
            ("orkut:bhura", "not a platform we know"),
            ("instagram:", "handle is missing"),
            ("x:abcdefghijklmnop", "1 to 15 characters"),
            ("instagram:bhura!", "'!' is not allowed"),
            ("telegram:abc", "5 to 32"),
            ("instagram:__", "at least one letter"),
        ],
    );
}

#[test]
fn a_weapon_serial_is_upper_case_without_separators() {
    accepts(
        weapon::parse,
        &[
            ("ab 12345", "AB12345"),
            ("AB-12345", "AB12345"),
            ("1234/56", "123456"),
            ("NP 0987 X", "NP0987X"),
        ],
    );
    rejects(
        weapon::parse,
        &[
            ("NIL", "at least one digit"),
            ("NA", "3 to 30"),
            ("12", "3 to 30"),
            ("AB#12345", "'#'"),
            ("A123456789012345678901234567890", "3 to 30"),
            ("", "empty"),
        ],
    );
}

#[test]
fn an_identifier_knows_its_kind_and_reads_back_from_json_only_when_valid() {
    let phone = Identifier::parse(IdentifierKind::Mobile, "098100-12345").unwrap();
    assert_eq!(phone.kind(), IdentifierKind::Mobile);
    assert_eq!(phone.canonical(), "+919810012345");
    assert_eq!(phone.to_string(), "+919810012345");

    let json = serde_json::to_string(&phone).unwrap();
    assert_eq!(json, r#"{"kind":"mobile","canonical":"+919810012345"}"#);
    assert_eq!(serde_json::from_str::<Identifier>(&json).unwrap(), phone);

    let forged = r#"{"kind":"mobile","canonical":"+91123"}"#;
    assert!(serde_json::from_str::<Identifier>(forged).is_err());
}

#[test]
fn kinds_have_stable_names_and_unknown_names_are_refused() {
    for kind in IdentifierKind::ALL {
        assert_eq!(kind.as_str().parse::<IdentifierKind>().unwrap(), kind);
    }
    let error = "aadhaar".parse::<IdentifierKind>().unwrap_err();
    assert!(error.to_string().contains("not an identifier kind"));
}

#[test]
fn an_error_names_the_value_the_kind_and_the_problem() {
    let error = Identifier::parse(IdentifierKind::Mobile, "011-23456789").unwrap_err();
    assert_eq!(error.kind, IdentifierKind::Mobile);
    assert_eq!(
        error.to_string(),
        "\"011-23456789\" is not a valid Indian mobile number: Indian mobile numbers start with \
         6, 7, 8 or 9 (this looks like a landline)"
    );

    let pasted = "x".repeat(500);
    let error = Identifier::parse(IdentifierKind::Vehicle, &pasted).unwrap_err();
    assert!(
        error.input.chars().count() < 50,
        "a pasted page is shortened"
    );
}
