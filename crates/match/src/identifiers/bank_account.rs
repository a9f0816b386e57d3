//! Bank accounts: the branch's IFSC and the account number, canonical
//! `SBIN0001234:000000001234567890`.
//!
//! The IFSC is 4 letters (the bank), a `0`, and 6 letters or digits (the branch). The account
//! number has 9 to 18 digits and is left-padded with zeros to 18 in the canonical form: banks
//! use fixed-length numbers with leading zeros, and spreadsheets drop them, so "00001234567890"
//! and "1234567890" at one branch must correlate. Accepted: "SBIN0001234 1234567890",
//! "SBIN0001234:1234567890", "IFSC SBIN0001234 A/c No. 1234 5678 90", the number first or second.

use super::text::{ascii_digit, empty};
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::BankAccount;

/// Width of the canonical account number: the longest account numbers Indian banks issue.
const ACCOUNT_WIDTH: usize = 18;

/// Words that label the parts ("IFSC", "A/c No.") and carry no value.
const LABELS: &[&str] = &["IFSC", "AC", "ACCT", "ACCOUNT", "NO", "NUMBER"];

/// The canonical form of an IFSC plus account number written together.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let upper = raw.trim().to_uppercase().replace("A/C", " ");
    let mut ifsc: Option<String> = None;
    let mut account = String::new();
    for token in upper.split(|c: char| !c.is_alphanumeric()) {
        let token: String = token.chars().map(|c| ascii_digit(c).unwrap_or(c)).collect();
        if token.is_empty() || LABELS.contains(&token.as_str()) {
            continue;
        }
        if token.bytes().all(|b| b.is_ascii_digit()) {
            account.push_str(&token);
        } else if is_ifsc(&token) {
            if ifsc.replace(token).is_some() {
                return Err(IdentifierError::new(KIND, raw, "it holds two IFSCs"));
            }
        } else {
            return Err(IdentifierError::new(
                KIND,
                raw,
                format!(
                    "{token:?} is neither an IFSC (4 letters, 0, 6 letters or digits) nor an account number"
                ),
            ));
        }
    }
    match ifsc {
        Some(ifsc) if !account.is_empty() => from_parts(raw, &ifsc, &account),
        Some(_) => Err(IdentifierError::new(
            KIND,
            raw,
            "the account number is missing",
        )),
        None if account.is_empty() => Err(empty(KIND, raw)),
        None => Err(IdentifierError::new(
            KIND,
            raw,
            "the IFSC of the branch is missing (e.g. SBIN0001234); an account number alone does not say which bank",
        )),
    }
}

/// Whether `token` (upper case) has the shape of an IFSC: `AAAA0XXXXXX`.
pub(crate) fn is_ifsc(token: &str) -> bool {
    let b = token.as_bytes();
    b.len() == 11
        && b[..4].iter().all(u8::is_ascii_uppercase)
        && b[4] == b'0'
        && b[5..]
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The canonical form from an IFSC and the account number's ASCII digits.
pub(crate) fn from_parts(raw: &str, ifsc: &str, account: &str) -> Result<String, IdentifierError> {
    // Zeros in front are padding, also when someone pads past 18 digits.
    let significant = account.trim_start_matches('0');
    let length = if account.len() > ACCOUNT_WIDTH {
        significant.len()
    } else {
        account.len()
    };
    if !(9..=ACCOUNT_WIDTH).contains(&length) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("an account number has 9 to 18 digits, this has {length}"),
        ));
    }
    if account.bytes().all(|b| b == b'0') {
        return Err(IdentifierError::new(
            KIND,
            raw,
            "an account number of zeros is a placeholder",
        ));
    }
    Ok(format!("{ifsc}:{significant:0>ACCOUNT_WIDTH$}"))
}
