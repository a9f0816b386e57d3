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
use samanvay_match::{Decision, NameHit, Profile, RecordIndex, RecordMatch, detect};
use samanvay_store::{Store, StoreError};
use std::sync::RwLock;

/// Most persons a name search looks at (the index shortlists no more).
const MAX_NAME_CANDIDATES: usize = 200;
/// Most duplicate candidates a write looks at.
pub const MAX_MATCHES: usize = 20;
/// An import of more than one record in this many of the register is matched by blocking
/// the whole register (about 10 µs a record) rather than record by record (a few hundred µs
/// each at a million records).
const BULK_SHARE: usize = 32;

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

    /// Indexes many persons just written (an import): their profiles prepared before the
    /// index is locked, so searches wait only for the inserts.
    pub fn put_all(&self, persons: &[Person]) {
        let profiles: Vec<(PersonId, Profile)> = persons
            .iter()
            .map(|p| (p.id, Profile::new(&p.content.match_facts())))
            .collect();
        let mut index = self.index.write().expect("matcher lock");
        for (id, profile) in profiles {
            index.insert(id, profile);
        }
    }

    /// Persons whose names agree with the query, best first.
    pub fn search_name(&self, query: &str, limit: usize) -> Vec<NameHit<PersonId>> {
        self.index
            .read()
            .expect("matcher lock")
            .search_name(query, limit)
    }

    /// The persons a register search by `text` looks at, best first: none when the text holds
    /// an identifier (the store finds those by value). The store has no name index of persons.
    pub fn name_candidates(&self, text: &str) -> Vec<PersonId> {
        if !detect(text).is_empty() {
            return Vec::new();
        }
        self.search_name(text, MAX_NAME_CANDIDATES)
            .into_iter()
            .map(|hit| hit.id)
            .collect()
    }

    /// Whether some indexed person bears `text` as a whole name (either script, any order).
    pub fn bears_name(&self, text: &str) -> bool {
        self.index.read().expect("matcher lock").bears_name(text)
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

    /// The strong matches of many indexed persons at once (an import), each pair once with
    /// at least one of `persons` in it. A large import is matched by blocking the whole
    /// register, a small one record by record, whichever costs less. CPU-heavy: call it off
    /// the async threads.
    pub fn strong_links(&self, persons: &[PersonId]) -> Vec<(PersonId, PersonId, RecordMatch)> {
        let index = self.index.read().expect("matcher lock");
        if persons.len() * BULK_SHARE >= index.len() {
            return index.links(persons, index.threshold().match_weight());
        }
        let mut found = Vec::new();
        for &person in persons {
            let Some(profile) = index.get(person) else {
                continue;
            };
            for (other, matched) in index.matches(profile, Some(person), MAX_MATCHES) {
                if matched.decision() == Decision::Match {
                    found.push((person, other, matched));
                }
            }
        }
        found
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
