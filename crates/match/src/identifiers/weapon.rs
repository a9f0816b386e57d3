//! Firearm serial numbers: canonical upper case, letters and digits only, 3 to 30 of them,
//! `AB12345`.
//!
//! Spaces, dashes, dots and slashes are dropped because seizure memos copy the stamping with
//! whatever spacing the clerk saw. A serial has at least one digit: country-made weapons have
//! none, and their records hold "NIL", "NA" or "without number", which must not correlate.

use super::text::empty;
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::WeaponSerial;

/// The canonical form of a weapon serial number.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let mut serial = String::with_capacity(raw.len());
    for c in raw.trim().chars() {
        if c.is_ascii_alphanumeric() {
            serial.push(c.to_ascii_uppercase());
        } else if let Some(d) = super::text::ascii_digit(c) {
            serial.push(d);
        } else if c.is_whitespace() || matches!(c, '-' | '.' | '/') {
            continue;
        } else {
            return Err(IdentifierError::new(
                KIND,
                raw,
                format!("it contains {c:?}; a serial has only letters and digits"),
            ));
        }
    }
    if serial.is_empty() {
        return Err(empty(KIND, raw));
    }
    if !(3..=30).contains(&serial.len()) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!(
                "a serial has 3 to 30 letters and digits, this has {}",
                serial.len()
            ),
        ));
    }
    if !serial.bytes().any(|b| b.is_ascii_digit()) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "a serial has at least one digit (\"NIL\" or \"NA\" means the weapon has none)",
        ));
    }
    Ok(serial)
}
