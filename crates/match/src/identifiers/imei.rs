//! IMEI: canonical 15 digits whose last digit is the Luhn check digit.
//!
//! Accepted: 15 digits with a valid check digit, or the 14 digits before it (which is how some
//! handsets and seizure memos print it), in which case the check digit is computed. Spaces,
//! dashes, dots and slashes are ignored ("35-209900-176148-1").

use super::text::digits_only;
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::Imei;

/// The canonical 15-digit form of an IMEI.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let digits = digits_only(KIND, raw, &['-', '.', '/'])?;
    if digits.bytes().all(|b| b == b'0') {
        // "000000000000000" passes the Luhn check but is what forms hold when the IMEI is unknown.
        return Err(IdentifierError::new(
            KIND,
            raw,
            "all zeros is a placeholder, not an IMEI",
        ));
    }
    match digits.len() {
        14 => {
            let check = check_digit(&digits);
            Ok(format!("{digits}{check}"))
        }
        15 => {
            let expected = check_digit(&digits[..14]);
            let given = char::from(digits.as_bytes()[14]);
            if given == expected {
                Ok(digits)
            } else {
                Err(IdentifierError::new(
                    KIND,
                    raw,
                    format!(
                        "the check digit is {given} but the first 14 digits need {expected}; a digit is probably mistyped"
                    ),
                ))
            }
        }
        16 => Err(IdentifierError::new(
            KIND,
            raw,
            "16 digits is an IMEISV (with a software version); the IMEI is its first 14 digits plus a check digit",
        )),
        n => Err(IdentifierError::new(
            KIND,
            raw,
            format!("an IMEI has 15 digits (or 14 without the check digit), this has {n}"),
        )),
    }
}

/// The Luhn check digit of the 14 ASCII digits `body`: double every second digit from the left.
fn check_digit(body: &str) -> char {
    let sum: u32 = body
        .bytes()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                doubled / 10 + doubled % 10
            } else {
                d
            }
        })
        .sum();
    char::from_digit((10 - sum % 10) % 10, 10).expect("a single digit")
}

#[cfg(test)]
mod tests {
    use super::check_digit;

    #[test]
    fn the_check_digit_of_a_known_imei() {
        // The worked example from the GSMA numbering guidance: 49015420323751 → 8.
        assert_eq!(check_digit("49015420323751"), '8');
    }
}
