//! UPI ids (virtual payment addresses): `handle@psp`, canonical lower case, `bhura.07@okaxis`.
//!
//! The handle has letters, digits, `.`, `_` and `-` and often is a mobile number
//! ("9810012345@ybl"); the payment provider part is letters and digits without a dot, which is
//! also what tells a UPI id from an email address.

use super::text::empty;
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::Upi;

/// The canonical form of a UPI id.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let lower = raw.trim().to_lowercase();
    if lower.is_empty() {
        return Err(empty(KIND, raw));
    }
    let Some((handle, psp)) = lower.split_once('@') else {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "a UPI id is handle@provider, e.g. 9810012345@ybl",
        ));
    };
    if !(2..=64).contains(&handle.len()) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "the part before @ has 2 to 64 characters",
        ));
    }
    if !handle.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !handle
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "the part before @ has only letters, digits, '.', '_' and '-', starting with a letter or digit",
        ));
    }
    if psp.contains('.') {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "the provider after @ has no dot (this looks like an email address)",
        ));
    }
    if !(2..=32).contains(&psp.len())
        || !psp.starts_with(|c: char| c.is_ascii_lowercase())
        || !psp.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "the provider after @ is a short name of letters and digits, e.g. ybl, okaxis, paytm",
        ));
    }
    Ok(lower)
}
