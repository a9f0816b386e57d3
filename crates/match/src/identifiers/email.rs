//! Email addresses: canonical trimmed and lower case, `bhura07@gmail.com`.
//!
//! The whole address is lower-cased: the local part is case-sensitive in theory, never in the
//! providers criminals use. Dots and "+tags" are kept as written: removing them is right for
//! some providers only, and an identifier must not claim more than the record says.

use super::text::empty;
use super::{IdentifierError, IdentifierKind};

const KIND: IdentifierKind = IdentifierKind::Email;

/// The canonical form of an email address.
pub fn parse(raw: &str) -> Result<String, IdentifierError> {
    let trimmed = raw.trim();
    let trimmed = trimmed
        .strip_prefix("mailto:")
        .or_else(|| trimmed.strip_prefix("MAILTO:"))
        .unwrap_or(trimmed);
    let lower = trimmed.to_lowercase();
    if lower.is_empty() {
        return Err(empty(KIND, raw));
    }
    let Some((local, domain)) = lower.rsplit_once('@') else {
        return Err(IdentifierError::new(KIND, raw, "it has no @"));
    };
    check_local(raw, local)?;
    check_domain(raw, domain)?;
    Ok(lower)
}

fn check_local(raw: &str, local: &str) -> Result<(), IdentifierError> {
    let fail = |reason: &str| Err(IdentifierError::new(KIND, raw, reason));
    if local.is_empty() || local.len() > 64 {
        return fail("the part before @ has 1 to 64 characters");
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return fail("the part before @ cannot start or end with a dot or have two in a row");
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c);
    if let Some(c) = local.chars().find(|&c| !allowed(c)) {
        return Err(IdentifierError::new(
            KIND,
            raw,
            format!("{c:?} is not allowed before the @"),
        ));
    }
    Ok(())
}

fn check_domain(raw: &str, domain: &str) -> Result<(), IdentifierError> {
    let fail = |reason: &str| Err(IdentifierError::new(KIND, raw, reason));
    if domain.is_empty() || domain.len() > 253 {
        return fail("the domain after @ is missing or too long");
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return fail("the domain after @ has a dot, e.g. gmail.com");
    }
    for label in &labels {
        let valid = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid {
            return fail("the domain after @ has letters, digits and dashes between dots");
        }
    }
    let tld = labels[labels.len() - 1];
    if tld.len() < 2 || !tld.chars().all(|c| c.is_ascii_alphabetic()) {
        return fail("the domain ends in a name of letters, e.g. .com or .in");
    }
    Ok(())
}
