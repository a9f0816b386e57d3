//! Identifiers found in messages as officers write them: Hindi and English mixed, numbers
//! spaced any way, labels glued on.

use samanvay_match::identifiers::detect_mentions;
use samanvay_match::{IdentifierKind, detect};

/// The (kind, canonical) pairs detected in `text`.
fn found(text: &str) -> Vec<(IdentifierKind, String)> {
    detect(text)
        .into_iter()
        .map(|id| (id.kind(), id.canonical().to_owned()))
        .collect()
}

fn ids(list: &[(IdentifierKind, &str)]) -> Vec<(IdentifierKind, String)> {
    list.iter().map(|(k, c)| (*k, (*c).to_owned())).collect()
}

use IdentifierKind::{BankAccount, Email, Imei, Mobile, SocialHandle, Upi, Vehicle};

#[test]
fn a_vehicle_and_a_phone_inside_a_hindi_sentence() {
    assert_eq!(
        found("आरोपी भूरा की गाड़ी HR26 AB-1234 है, मोबाइल 98100 12345 पर बात करता है।"),
        ids(&[(Vehicle, "HR26AB1234"), (Mobile, "+919810012345")])
    );
}

#[test]
fn an_english_input_with_every_kind_detection_claims() {
    let text = "Subject Irfan @ Bhura uses +91 98100-12345 and 7011122233 (IMEI 49015420323751 8), \
                drives DL 3C AB 1234 and 22 BH 1234 AA, receives money at bhura.07@okaxis and in \
                SBIN0001234 A/c No. 1234567890, mails bhura07@gmail.com, posts as insta @bhura_meerut \
                and on t.me/bhura_meerut.";
    assert_eq!(
        found(text),
        ids(&[
            (Mobile, "+919810012345"),
            (Mobile, "+917011122233"),
            (Imei, "490154203237518"),
            (Vehicle, "DL03CAB1234"),
            (Vehicle, "22BH1234AA"),
            (Upi, "bhura.07@okaxis"),
            (BankAccount, "SBIN0001234:000000001234567890"),
            (Email, "bhura07@gmail.com"),
            (SocialHandle, "instagram:bhura_meerut"),
            (SocialHandle, "telegram:bhura_meerut"),
        ])
    );
}

#[test]
fn labels_glued_to_numbers_and_devanagari_digits() {
    assert_eq!(
        found("मो.नं.9810012345, Mob:7011122233; वाहन UP16BT0042. फोन ९८१००१२३४५"),
        ids(&[
            (Mobile, "+919810012345"),
            (Mobile, "+917011122233"),
            (Vehicle, "UP16BT0042"),
        ])
    );
}

#[test]
fn a_bank_account_in_hindi_with_the_number_before_the_ifsc() {
    assert_eq!(
        found("खाता संख्या 00001234567890 IFSC PUNB0ABC123 में पैसा भेजा गया"),
        ids(&[(BankAccount, "PUNB0ABC123:000000001234567890")])
    );
}

#[test]
fn an_account_number_that_looks_like_a_phone_stays_an_account() {
    assert_eq!(
        found("SBIN0001234 9810012345"),
        ids(&[(BankAccount, "SBIN0001234:000000009810012345")])
    );
}

#[test]
fn numbers_that_are_not_identifiers_are_left_alone() {
    let text = "FIR 123/2024 PS Kotwali, u/s 103 BNS and 25 Arms Act, dated 12.03.2024, \
                age 32, pincode 250001, 14 digits 12345678901234, landline 011-23456789, \
                weapon serial NP0987X, MP 12 cases, Rs 50,000.";
    assert_eq!(found(text), ids(&[]));
}

#[test]
fn a_list_of_numbers_separated_by_commas_is_several_numbers() {
    assert_eq!(
        found("9810012345, 9810054321,7011122233"),
        ids(&[
            (Mobile, "+919810012345"),
            (Mobile, "+919810054321"),
            (Mobile, "+917011122233"),
        ])
    );
}

#[test]
fn the_same_number_twice_is_detected_once_but_mentioned_twice() {
    let text = "9810012345 / +91 98100 12345";
    assert_eq!(found(text), ids(&[(Mobile, "+919810012345")]));
    let mentions = detect_mentions(text);
    assert_eq!(mentions.len(), 2);
    assert_eq!(&text[mentions[0].start..mentions[0].end], "9810012345");
    assert_eq!(&text[mentions[1].start..mentions[1].end], "+91 98100 12345");
}

#[test]
fn a_mention_points_at_the_text_as_written() {
    let text = "गाड़ी HR-26-AB-1234 देखी गई।";
    let mentions = detect_mentions(text);
    assert_eq!(mentions.len(), 1);
    assert_eq!(&text[mentions[0].start..mentions[0].end], "HR-26-AB-1234");
}

#[test]
fn empty_and_plain_text_find_nothing() {
    assert!(detect("").is_empty());
    assert!(detect("मोहम्मद इरफ़ान उर्फ़ भूरा पुत्र याक़ूब").is_empty());
}
