//! Small text helpers shared by the normalizers.

use super::{IdentifierError, IdentifierKind};

/// The ASCII digit for an ASCII or Devanagari digit (Hindi text writes numbers as ९८१०० too).
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0966}'..='\u{096F}' => char::from_digit(c as u32 - 0x0966, 10),
        _ => None,
    }
}

/// The digits of `raw` as ASCII, with `separators` removed; any other character is an error.
pub(crate) fn digits_only(
    kind: IdentifierKind,
    raw: &str,
    separators: &[char],
) -> Result<String, IdentifierError> {
    let mut digits = String::with_capacity(raw.len());
    for c in raw.trim().chars() {
        if let Some(d) = ascii_digit(c) {
            digits.push(d);
        } else if c.is_whitespace() || separators.contains(&c) {
            continue;
        } else if c.is_alphabetic() {
            return Err(IdentifierError::new(
                kind,
                raw,
                format!("it contains the letter {c:?}; only digits are allowed"),
            ));
        } else {
            return Err(IdentifierError::new(
                kind,
                raw,
                format!("it contains {c:?}; only digits are allowed"),
            ));
        }
    }
    if digits.is_empty() {
        return Err(empty(kind, raw));
    }
    Ok(digits)
}

/// The error for an empty (or separators-only) value.
pub(crate) fn empty(kind: IdentifierKind, raw: &str) -> IdentifierError {
    IdentifierError::new(kind, raw, "it is empty")
}

/// The number of characters, for messages ("it has 7 digits").
pub(crate) fn count(s: &str) -> usize {
    s.chars().count()
}
