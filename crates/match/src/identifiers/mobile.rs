//! Indian mobile numbers: canonical `+91` followed by the 10-digit subscriber number.
//!
//! Accepted: "+91 98100-12345", "+919810012345", "0091 98100 12345", "919810012345",
//! "09810012345", "9810012345", "(98100) 12345", Devanagari digits. The subscriber number must
//! start with 6, 7, 8 or 9; landlines ("011-2345 6789") and other countries are rejected.

use super::text::{count, digits_only};
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::Mobile;

/// The canonical form `+91XXXXXXXXXX` of an Indian mobile number.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let trimmed = raw.trim();
    // Only a leading plus means "country code follows"; elsewhere it is a typo we refuse.
    let (international, rest) = match trimmed.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let digits = digits_only(KIND, rest, &['-', '.', '(', ')', '/'])?;

    let subscriber = if international {
        match digits.strip_prefix("91") {
            // "+91 098100 12345": the trunk zero written after the country code anyway.
            Some(number) if number.len() == 11 && number.starts_with('0') => &number[1..],
            Some(number) => number,
            None => {
                return Err(IdentifierError::new(
                    KIND,
                    raw,
                    "the country code is not +91 (India)",
                ));
            }
        }
    } else {
        match digits.len() {
            // Trunk prefix for calls within India.
            11 if digits.starts_with('0') => &digits[1..],
            12 if digits.starts_with("91") => &digits[2..],
            // International dialling prefix from India, then the country code.
            14 if digits.starts_with("0091") => &digits[4..],
            _ => digits.as_str(),
        }
    };

    if subscriber.len() != 10 {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!(
                "a mobile number has 10 digits after +91 or a leading 0, this has {}",
                count(subscriber)
            ),
        ));
    }
    if !subscriber.starts_with(['6', '7', '8', '9']) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "Indian mobile numbers start with 6, 7, 8 or 9 (this looks like a landline)",
        ));
    }
    Ok(format!("+91{subscriber}"))
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn the_trunk_zero_and_the_country_code_are_the_same_number() {
        assert_eq!(parse("09810012345").unwrap(), "+919810012345");
        assert_eq!(parse("919810012345").unwrap(), "+919810012345");
        assert_eq!(parse("0091-98100-12345").unwrap(), "+919810012345");
    }

    #[test]
    fn a_plus_in_the_middle_is_refused() {
        assert!(parse("98100+12345").is_err());
    }
}
