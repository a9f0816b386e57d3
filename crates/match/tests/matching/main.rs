//! The matching crate's stories: identifiers as agencies write them, identifiers found in
//! messages, Hindi names in Latin letters, and one man's three records across three agencies.

mod detect;
mod idempotence;
mod identifiers;
mod names;
mod places;
mod records;
mod register;
mod threshold;
mod transliterate;
