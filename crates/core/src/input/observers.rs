//! Whom the issuer names to watch an input's status board besides itself (a desk officer, a
//! supervisor in another agency): users and units. Naming one grants nothing by itself: an
//! observer still sees the board and its live updates only if the gate lets it read the input.

use super::lifecycle::RecipientParty;
use crate::event::Audience;
use crate::ids::{UnitId, UserId};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use utoipa::ToSchema;

/// One observer: every user posted to a unit, or one user wherever posted.
pub type Observer = RecipientParty;

/// The most observers one input may have.
pub const MAX_OBSERVERS: usize = 50;

/// An input's observers: no duplicates, at most [`MAX_OBSERVERS`], in the order named.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(transparent)]
pub struct Observers(Vec<Observer>);

#[derive(Debug, Error, PartialEq, Eq)]
pub enum ObserversError {
    #[error("at most {MAX_OBSERVERS} observers may be named")]
    TooMany,
}

impl Observers {
    /// Observers as named, with repeats dropped.
    pub fn parse(named: Vec<Observer>) -> Result<Observers, ObserversError> {
        let mut observers: Vec<Observer> = Vec::with_capacity(named.len());
        for observer in named {
            if !observers.contains(&observer) {
                observers.push(observer);
            }
        }
        if observers.len() > MAX_OBSERVERS {
            return Err(ObserversError::TooMany);
        }
        Ok(Observers(observers))
    }

    pub fn as_slice(&self) -> &[Observer] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a user posted to `unit` is named, itself or through its unit.
    pub fn includes(&self, user: UserId, unit: UnitId) -> bool {
        self.0.iter().any(|o| match o {
            RecipientParty::User(u) => *u == user,
            RecipientParty::Unit(u) => *u == unit,
        })
    }

    /// The issuer and every observer: who hears of the input's status changes.
    pub fn with_issuer(&self, issuer: UserId) -> Audience {
        let mut users = vec![issuer];
        let mut units = Vec::new();
        for observer in &self.0 {
            match *observer {
                RecipientParty::User(u) if !users.contains(&u) => users.push(u),
                RecipientParty::Unit(u) => units.push(u),
                RecipientParty::User(_) => {}
            }
        }
        if units.is_empty() {
            Audience::Users(users)
        } else {
            Audience::Members { users, units }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_dropped_and_too_many_refused() {
        let unit = UnitId::new();
        let once = Observers::parse(vec![RecipientParty::Unit(unit), RecipientParty::Unit(unit)]);
        assert_eq!(once.unwrap().as_slice(), &[RecipientParty::Unit(unit)]);
        let many = (0..=MAX_OBSERVERS)
            .map(|_| RecipientParty::User(UserId::new()))
            .collect();
        assert_eq!(Observers::parse(many), Err(ObserversError::TooMany));
    }

    #[test]
    fn the_issuer_and_every_observer_hear_of_status_changes() {
        let (issuer, desk, unit) = (UserId::new(), UserId::new(), UnitId::new());
        let alone = Observers::default().with_issuer(issuer);
        assert_eq!(alone, Audience::Users(vec![issuer]));
        let named =
            Observers::parse(vec![RecipientParty::User(desk), RecipientParty::Unit(unit)]).unwrap();
        let audience = named.with_issuer(issuer);
        assert!(audience.includes(issuer, UnitId::new()));
        assert!(audience.includes(desk, UnitId::new()));
        assert!(audience.includes(UserId::new(), unit));
        assert!(!audience.includes(UserId::new(), UnitId::new()));
        assert!(named.includes(UserId::new(), unit));
        assert!(!named.includes(issuer, UnitId::new()));
    }
}
