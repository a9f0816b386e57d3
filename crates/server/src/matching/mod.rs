//! The register's matcher: an in-memory index of every current person, built from the store
//! at start and kept fresh by every person write, and what a write sets off — "same person"
//! suggestions, hits told to the holders of matching records, and watchers' notifications.

mod correlate;
mod imported;
mod watchers;

pub use correlate::{Correlation, Hit, PersonMatchView, correlate_person, record_hits};
pub use imported::{FoundCluster, match_imported};
pub use watchers::{Touch, WatchTally};

use samanvay_core::PersonId;
use samanvay_core::register::Person;
use samanvay_match::{NameHit, Profile, RecordIndex, RecordMatch};
use samanvay_store::{Store, StoreError};
use std::sync::RwLock;

/// Most duplicate candidates a write looks at.
pub const MAX_MATCHES: usize = 20;

/// Every current person as the matcher sees it. Answers hold ids only: whatever it finds goes
/// through the store's gate before anyone learns of it.
#[derive(Default)]
pub struct PersonMatcher {
    index: RwLock<RecordIndex<PersonId>>,
}

impl PersonMatcher {
    /// Indexes every person in the store.
    pub async fn build(store: &Store) -> Result<PersonMatcher, StoreError> {
        let mut index = RecordIndex::new();
        let count = store
            .persons_for_matching(|id, content| {
                index.insert(id, Profile::new(&content.match_facts()));
            })
            .await?;
        tracing::info!(persons = count, "register matcher ready");
        Ok(PersonMatcher {
            index: RwLock::new(index),
        })
    }

    /// Indexes a person just written (new or edited).
    pub fn put(&self, person: &Person) {
        let profile = Profile::new(&person.content.match_facts());
        self.index
            .write()
            .expect("matcher lock")
            .insert(person.id, profile);
    }

    /// Persons whose names agree with the query, best first.
    pub fn search_name(&self, query: &str, limit: usize) -> Vec<NameHit<PersonId>> {
        self.index
            .read()
            .expect("matcher lock")
            .search_name(query, limit)
    }

    /// Records that may be the same person as `person`, best first, itself excluded.
    pub fn matches(&self, person: &Person) -> Vec<(PersonId, RecordMatch)> {
        let profile = Profile::new(&person.content.match_facts());
        self.index
            .read()
            .expect("matcher lock")
            .matches(&profile, Some(person.id), MAX_MATCHES)
    }

    /// Records that may be the same person as an indexed one, best first.
    pub fn matches_of(&self, person: PersonId) -> Vec<(PersonId, RecordMatch)> {
        let index = self.index.read().expect("matcher lock");
        match index.get(person) {
            Some(profile) => index.matches(profile, Some(person), MAX_MATCHES),
            None => Vec::new(),
        }
    }

    /// The primary name of an indexed person, as its record writes it.
    pub fn primary_name(&self, person: PersonId) -> Option<String> {
        let index = self.index.read().expect("matcher lock");
        index.get(person)?.names().next().map(str::to_string)
    }

    pub fn len(&self) -> usize {
        self.index.read().expect("matcher lock").len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
