//! Password rules after NIST SP 800-63B and OWASP ASVS: long enough, not too long to hash, no
//! composition rules, and not a password that attackers try first.

use thiserror::Error;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 128;

/// Passwords (and their stems) seen at the top of every leaked-password list, plus words an
/// attacker would try against an Indian police system first.
const COMMON: &str = include_str!("common-passwords.txt");

#[derive(Debug, Error, PartialEq, Eq)]
pub enum PasswordRejection {
    #[error("the password must be at least {MIN_CHARS} characters long")]
    TooShort,
    #[error("the password must be at most {MAX_CHARS} characters long")]
    TooLong,
    #[error("this password is too common; choose a longer phrase of your own")]
    Common,
    #[error("the password must not be a repeated or sequential run of characters")]
    Repetitive,
    #[error("the password must not contain your username or name")]
    ContainsUserContext,
}

/// Checks a new password; `context` holds the username and names it must not contain.
pub fn check_password(password: &str, context: &[&str]) -> Result<(), PasswordRejection> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordRejection::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordRejection::TooLong);
    }
    let folded = fold(password);
    if is_common(&folded) {
        return Err(PasswordRejection::Common);
    }
    if is_repetitive(&folded) {
        return Err(PasswordRejection::Repetitive);
    }
    let contains_context = context
        .iter()
        .map(|word| fold(word))
        .any(|word| word.chars().count() >= 4 && folded.contains(&word));
    if contains_context {
        return Err(PasswordRejection::ContainsUserContext);
    }
    Ok(())
}

/// Lower case without spaces, so "Password 1234" and "password1234" are one.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A password is common if it is on the list, or is a listed word padded with digits and
/// symbols ("password@12345", "india123456789"), or has no word in it at all.
fn is_common(folded: &str) -> bool {
    let stem = folded.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    let stem = stem.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    COMMON
        .lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.starts_with('#'))
        .any(|w| w == folded || w == stem)
        || stem.is_empty()
}

/// One character repeated, or a run that steps by the same amount ("abcdefghijkl", "1234…").
fn is_repetitive(folded: &str) -> bool {
    let codes: Vec<i64> = folded.chars().map(|c| c as i64).collect();
    let steps: Vec<i64> = codes.windows(2).map(|w| w[1] - w[0]).collect();
    steps.windows(2).all(|w| w[0] == w[1] && w[0].abs() <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_a_long_phrase() {
        assert_eq!(
            check_password("monsoon over the yamuna bridge", &[]),
            Ok(())
        );
    }

    #[test]
    fn accepts_devanagari() {
        assert_eq!(check_password("यमुना पुल पर बारिश", &[]), Ok(()));
    }

    #[test]
    fn rejects_short_and_overlong() {
        assert_eq!(
            check_password("short", &[]),
            Err(PasswordRejection::TooShort)
        );
        let long = "x".repeat(129);
        assert_eq!(check_password(&long, &[]), Err(PasswordRejection::TooLong));
    }

    #[test]
    fn rejects_common_and_padded_common() {
        for p in [
            "password1234",
            "Password@12345",
            "123456789012",
            "qwertyuiop123",
            "delhipolice@123",
        ] {
            assert_eq!(
                check_password(p, &[]),
                Err(PasswordRejection::Common),
                "{p}"
            );
        }
    }

    #[test]
    fn rejects_runs() {
        assert_eq!(
            check_password("aaaaaaaaaaaa", &[]),
            Err(PasswordRejection::Repetitive)
        );
        assert_eq!(
            check_password("abcdefghijklm", &[]),
            Err(PasswordRejection::Repetitive)
        );
    }

    #[test]
    fn rejects_the_username() {
        assert_eq!(
            check_password("rajesh.kumar is my name", &["rajesh.kumar"]),
            Err(PasswordRejection::ContainsUserContext)
        );
    }
}
