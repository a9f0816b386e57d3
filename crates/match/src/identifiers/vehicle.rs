//! Vehicle registration plates: canonical upper case without separators.
//!
//! Two shapes are accepted:
//! - state series: state code, RTO number, 0–3 series letters, number — "HR 26 AB 1234",
//!   "hr26ab1234", "HR-26-AB-1234", "UP16 BT 0042", and Delhi's "DL 3C AB 1234" where the
//!   class letter (C) joins the series letters;
//! - Bharat series: year, "BH", number, 1–2 letters — "22 BH 1234 AA".
//!
//! The RTO number is padded to two digits and the vehicle number to four, because officers
//! write "HR 5 AB 42" for the plate that reads "HR 05 AB 0042": `HR05AB0042`, `DL03CAB1234`,
//! `22BH1234AA`.

use super::text::{ascii_digit, empty};
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::Vehicle;

/// State and union-territory codes, with the older ones still seen on plates (OR, UA, TS, DN).
const STATE_CODES: &[&str] = &[
    "AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "DN", "GA", "GJ", "HP", "HR", "JH", "JK",
    "KA", "KL", "LA", "LD", "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "OR", "PB", "PY", "RJ", "SK",
    "TG", "TN", "TR", "TS", "UA", "UK", "UP", "WB",
];

const SHAPE: &str =
    "a registration reads like HR 26 AB 1234 (state, RTO, series, number) or 22 BH 1234 AA";

/// The canonical form of a vehicle registration.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let runs = runs(raw)?;
    let shape: Vec<Class> = runs.iter().map(|run| run.class).collect();
    use Class::{Digits as D, Letters as L};
    match shape.as_slice() {
        [L, D, L, D] => state_series(
            raw,
            &runs[0].text,
            &runs[1].text,
            &runs[2].text,
            &runs[3].text,
        ),
        [L, D, D] => state_series(raw, &runs[0].text, &runs[1].text, "", &runs[2].text),
        [L, D] => {
            // Without series letters the RTO and the number run together; only the canonical
            // 2 + 4 split is unambiguous.
            let digits = &runs[1].text;
            if digits.len() == 6 {
                state_series(raw, &runs[0].text, &digits[..2], "", &digits[2..])
            } else {
                Err(IdentifierError::new(
                    KIND,
                    raw,
                    "the RTO number and the vehicle number run together; write them apart, e.g. HR 26 1234",
                ))
            }
        }
        [D, L, D, L] if runs[1].text == "BH" => {
            bharat_series(raw, &runs[0].text, &runs[2].text, &runs[3].text)
        }
        _ => Err(IdentifierError::new(KIND, raw, SHAPE)),
    }
}

fn state_series(
    raw: &str,
    state: &str,
    rto: &str,
    series: &str,
    number: &str,
) -> Result<String, IdentifierError> {
    if state.len() != 2 {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("the state code has two letters (HR, DL, UP…), not {state:?}"),
        ));
    }
    if !STATE_CODES.contains(&state) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("{state} is not an Indian state or union territory code"),
        ));
    }
    if rto.len() > 2 || rto.bytes().all(|b| b == b'0') {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("the RTO number is 1 to 2 digits and not zero, not {rto:?}"),
        ));
    }
    if series.len() > 3 {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("the series has at most 3 letters, not {series:?}"),
        ));
    }
    let number = vehicle_number(raw, number)?;
    Ok(format!("{state}{rto:0>2}{series}{number}"))
}

fn bharat_series(
    raw: &str,
    year: &str,
    number: &str,
    letters: &str,
) -> Result<String, IdentifierError> {
    if year.len() != 2 {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "a Bharat-series plate starts with the two-digit year of registration",
        ));
    }
    if letters.is_empty() || letters.len() > 2 {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "a Bharat-series plate ends with one or two letters",
        ));
    }
    let number = vehicle_number(raw, number)?;
    Ok(format!("{year}BH{number}{letters}"))
}

/// The vehicle number padded to four digits; plates run 0001–9999.
fn vehicle_number(raw: &str, number: &str) -> Result<String, IdentifierError> {
    if number.len() > 4 {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("the vehicle number has at most 4 digits, not {number:?}"),
        ));
    }
    if number.bytes().all(|b| b == b'0') {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "the vehicle number cannot be zero",
        ));
    }
    Ok(format!("{number:0>4}"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Letters,
    Digits,
}

struct Run {
    class: Class,
    text: String,
}

/// Splits the plate into runs of letters and digits. Separators split digit runs (so
/// "HR 26 1234" keeps RTO and number apart) but letter runs always join (Delhi's "3C AB").
fn runs(raw: &str) -> Result<Vec<Run>, IdentifierError> {
    let mut runs: Vec<Run> = Vec::new();
    let mut separated = true;
    for c in raw.trim().chars() {
        let (class, ch) = if c.is_ascii_alphabetic() {
            (Class::Letters, c.to_ascii_uppercase())
        } else if let Some(d) = ascii_digit(c) {
            (Class::Digits, d)
        } else if c.is_whitespace() || matches!(c, '-' | '.' | '/') {
            separated = true;
            continue;
        } else {
            return Err(IdentifierError::new(
                KIND,
                raw,
                format!("it contains {c:?}; a plate has only letters, digits and separators"),
            ));
        };
        match runs.last_mut() {
            Some(last) if last.class == class && (class == Class::Letters || !separated) => {
                last.text.push(ch)
            }
            _ => runs.push(Run {
                class,
                text: ch.to_string(),
            }),
        }
        separated = false;
    }
    if runs.is_empty() {
        return Err(empty(KIND, raw));
    }
    Ok(runs)
}
