//! Identifiers as first-class values. Each kind has one normalizer that turns every common way of
//! writing the value into one canonical string, because that string is what correlates records
//! across agencies: two records share a phone exactly when their canonical strings are equal.
//!
//! Each kind's module exposes `parse(&str) -> Result<String, IdentifierError>` returning the
//! canonical form; [`Identifier::parse`] picks the module by [`IdentifierKind`]. Every normalizer
//! is idempotent: parsing a canonical form returns it unchanged, so stored values can be
//! re-validated on load.

pub mod bank_account;
mod detect;
pub mod email;
pub mod imei;
pub mod mobile;
pub mod social;
mod text;
pub mod upi;
pub mod vehicle;
pub mod weapon;

pub use detect::{Mention, detect, detect_mentions};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The kinds of identifier the register correlates on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    /// An Indian mobile number; canonical `+919810012345`.
    Mobile,
    /// A handset's IMEI; canonical 15 digits with a valid check digit.
    Imei,
    /// A vehicle registration plate; canonical `HR26AB1234`, `22BH1234AA`.
    Vehicle,
    /// A bank account: IFSC and account number; canonical `SBIN0001234:000000001234567890`.
    BankAccount,
    /// A UPI virtual payment address; canonical `bhura.07@okaxis`.
    Upi,
    /// An email address; canonical lower case, `bhura07@gmail.com`.
    Email,
    /// A social-media handle on a named platform; canonical `instagram:bhura_meerut`.
    SocialHandle,
    /// A firearm's serial number; canonical upper case without separators, `AB12345`.
    WeaponSerial,
}

impl IdentifierKind {
    /// Every kind, in a stable order (for forms and documentation).
    pub const ALL: [IdentifierKind; 8] = [
        Self::Mobile,
        Self::Imei,
        Self::Vehicle,
        Self::BankAccount,
        Self::Upi,
        Self::Email,
        Self::SocialHandle,
        Self::WeaponSerial,
    ];

    /// The stable machine name, as used in the API and storage (`mobile`, `bank_account`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mobile => "mobile",
            Self::Imei => "imei",
            Self::Vehicle => "vehicle",
            Self::BankAccount => "bank_account",
            Self::Upi => "upi",
            Self::Email => "email",
            Self::SocialHandle => "social_handle",
            Self::WeaponSerial => "weapon_serial",
        }
    }

    /// What an officer calls it, for messages ("Indian mobile number", "IMEI", …).
    pub fn label(self) -> &'static str {
        match self {
            Self::Mobile => "Indian mobile number",
            Self::Imei => "IMEI",
            Self::Vehicle => "vehicle registration",
            Self::BankAccount => "bank account",
            Self::Upi => "UPI id",
            Self::Email => "email address",
            Self::SocialHandle => "social-media handle",
            Self::WeaponSerial => "weapon serial number",
        }
    }

    /// The canonical form of `raw` for this kind, or why it is not one.
    pub fn normalize(self, raw: &str) -> Result<String, IdentifierError> {
        match self {
            Self::Mobile => mobile::parse(raw),
            Self::Imei => imei::parse(raw),
            Self::Vehicle => vehicle::parse(raw),
            Self::BankAccount => bank_account::parse(raw),
            Self::Upi => upi::parse(raw),
            Self::Email => email::parse(raw),
            Self::SocialHandle => social::parse(raw),
            Self::WeaponSerial => weapon::parse(raw),
        }
    }
}

impl fmt::Display for IdentifierKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A machine name that is not one of [`IdentifierKind::as_str`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{0:?} is not an identifier kind (expected one of mobile, imei, vehicle, bank_account, upi, email, social_handle, weapon_serial)"
)]
pub struct UnknownIdentifierKind(pub String);

impl FromStr for IdentifierKind {
    type Err = UnknownIdentifierKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == s)
            .ok_or_else(|| UnknownIdentifierKind(s.to_owned()))
    }
}

/// A valid identifier in canonical form. Once one exists it is valid: the only ways to make one
/// are [`Identifier::parse`] and deserialization, which parses too.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawIdentifier")]
pub struct Identifier {
    kind: IdentifierKind,
    canonical: String,
}

impl Identifier {
    /// Normalizes `raw` as an identifier of `kind`.
    pub fn parse(kind: IdentifierKind, raw: &str) -> Result<Self, IdentifierError> {
        let canonical = kind.normalize(raw)?;
        Ok(Self { kind, canonical })
    }

    /// The kind of identifier.
    pub fn kind(&self) -> IdentifierKind {
        self.kind
    }

    /// The canonical form: equal canonical forms of one kind are the same phone, vehicle, ….
    pub fn canonical(&self) -> &str {
        &self.canonical
    }
}

impl fmt::Display for Identifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical)
    }
}

/// The unchecked wire shape of an [`Identifier`].
#[derive(Deserialize)]
struct RawIdentifier {
    kind: IdentifierKind,
    canonical: String,
}

impl TryFrom<RawIdentifier> for Identifier {
    type Error = IdentifierError;

    fn try_from(raw: RawIdentifier) -> Result<Self, Self::Error> {
        Self::parse(raw.kind, &raw.canonical)
    }
}

/// Why a value is not a valid identifier of a kind. The message names the value, the kind and
/// the problem, so it can be shown to the officer who typed it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{input:?} is not a valid {}: {reason}", .kind.label())]
pub struct IdentifierError {
    /// The kind the value was parsed as.
    pub kind: IdentifierKind,
    /// The value as given (trimmed, and shortened when very long).
    pub input: String,
    /// What is wrong, in plain words.
    pub reason: String,
}

impl IdentifierError {
    /// An error about `input` parsed as `kind`.
    pub fn new(kind: IdentifierKind, input: &str, reason: impl Into<String>) -> Self {
        // A pasted paragraph should not become a paragraph-long error message.
        const SHOWN: usize = 48;
        let trimmed = input.trim();
        let input = if trimmed.chars().count() > SHOWN {
            let mut shown: String = trimmed.chars().take(SHOWN).collect();
            shown.push('…');
            shown
        } else {
            trimmed.to_owned()
        };
        Self {
            kind,
            input,
            reason: reason.into(),
        }
    }
}
