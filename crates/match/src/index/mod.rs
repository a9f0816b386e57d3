//! An in-memory index of prepared records for name search and duplicate checks.
//!
//! Each record gets a slot (a `u32`); each key (a name's skeleton, trigram or joined pair, an
//! identifier) a posting list of slots, kept sorted. A query reads the postings of its rarest
//! keys first, each key worth its inverse document frequency, and stops reading once a budget of
//! postings is spent: a common key ("Kumar"'s skeleton) lists a tenth of the register and says
//! little. Only the few hundred slots with the most key weight get a full name comparison, and
//! only the best few get the explained comparison of [`crate::names`].
//!
//! The index is not synchronized: a server keeps it behind a lock (many readers, one writer).
//! Each thread that searches keeps a scratch array of one `f32` per slot (4 MB at a million
//! records), reused across its queries.

pub(crate) mod keys;

use crate::dedupe::matched_pairs;
use crate::names::{NameMatch, NameParts};
use crate::record::pairing::{compare_name, compare_names};
use crate::record::tokens::{CompactName, Rarity, TokenCounts};
use crate::record::{MatchThreshold, Profile, RecordMatch, compare_with, weight_reaching};
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// A name search hit: the record and how its names compare with the query.
#[derive(Clone, Debug, PartialEq)]
pub struct NameHit<Id> {
    /// The record.
    pub id: Id,
    /// The best agreement of the query with the record's names, with reasons.
    pub name: NameMatch,
}

/// Records by id, with posting lists for candidate retrieval.
pub struct RecordIndex<Id> {
    slots: Vec<Option<(Id, Profile)>>,
    free: Vec<u32>,
    by_id: HashMap<Id, u32>,
    keys: HashMap<u64, u32>,
    postings: Vec<Vec<u32>>,
    counts: TokenCounts,
}

/// At most this many postings are read for one query.
const POSTING_BUDGET: usize = 20_000;
/// At most this many candidates get a full comparison.
const SHORTLIST: usize = 200;
/// Search hits below this name score are not shown.
const MIN_SEARCH_SCORE: f64 = 0.5;

impl<Id> Default for RecordIndex<Id>
where
    Id: Copy + Eq + Hash + Ord + Send + Sync,
{
    fn default() -> Self {
        Self::new()
    }
}

impl<Id> RecordIndex<Id>
where
    Id: Copy + Eq + Hash + Ord + Send + Sync,
{
    /// An empty index.
    pub fn new() -> Self {
        Self {
            slots: Vec::new(),
            free: Vec::new(),
            by_id: HashMap::new(),
            keys: HashMap::new(),
            postings: Vec::new(),
            counts: TokenCounts::default(),
        }
    }

    /// Files a record; a record already filed under `id` is replaced (an edit).
    pub fn insert(&mut self, id: Id, profile: Profile) {
        self.remove(id);
        let slot = match self.free.pop() {
            Some(slot) => slot,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        for key in record_keys(&profile) {
            let next = self.postings.len() as u32;
            let posting = *self.keys.entry(key).or_insert(next);
            if posting == next {
                self.postings.push(Vec::new());
            }
            let list = &mut self.postings[posting as usize];
            match list.last() {
                Some(&last) if last > slot => {
                    let at = list.partition_point(|&s| s < slot);
                    list.insert(at, slot);
                }
                _ => list.push(slot),
            }
        }
        self.counts.add_record(&profile, 1);
        self.slots[slot as usize] = Some((id, profile));
        self.by_id.insert(id, slot);
    }

    /// Removes a record, if filed.
    pub fn remove(&mut self, id: Id) {
        let Some(slot) = self.by_id.remove(&id) else {
            return;
        };
        let Some((_, profile)) = self.slots[slot as usize].take() else {
            return;
        };
        for key in record_keys(&profile) {
            if let Some(&posting) = self.keys.get(&key) {
                let list = &mut self.postings[posting as usize];
                if let Ok(at) = list.binary_search(&slot) {
                    list.remove(at);
                }
            }
        }
        self.counts.add_record(&profile, -1);
        self.free.push(slot);
    }

    /// How many records are filed.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether no record is filed.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The prepared record filed under `id`.
    pub fn get(&self, id: Id) -> Option<&Profile> {
        let slot = *self.by_id.get(&id)?;
        self.slots[slot as usize].as_ref().map(|(_, p)| p)
    }

    /// Free-text name search (either script, aliases, relation words like "s/o X" allowed):
    /// the records whose names agree best with the query, best first.
    pub fn search_name(&self, query: &str, limit: usize) -> Vec<NameHit<Id>> {
        let parts = NameParts::parse(query);
        let names: Vec<CompactName> = CompactName::all_of(&parts).collect();
        if names.is_empty() || limit == 0 {
            return Vec::new();
        }
        let relative = parts
            .relatives
            .first()
            .map(|r| CompactName::from_key(&r.name));
        let rarity = Rarity::Counted(&self.counts);
        let keys = keys::name_keys(&names);
        let mut scored: Vec<(f32, u32)> = self
            .shortlist(&keys, &[], SHORTLIST)
            .into_iter()
            .filter_map(|slot| {
                let (_, profile) = self.slots[slot as usize].as_ref()?;
                let found = compare_names(&names, &profile.names, &rarity)?;
                let mut rank = found.score;
                if let (Some(q), Some((_, r))) = (&relative, &profile.relative) {
                    let (score, _) = compare_name(&q.tokens, &r.tokens, &rarity);
                    rank += 0.15 * score;
                }
                Some((rank, slot))
            })
            .collect();
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        // The explained comparison for the best few, which may reorder them slightly.
        let mut hits: Vec<(f64, NameHit<Id>)> = scored
            .into_iter()
            .take(limit + limit / 2 + 1)
            .filter_map(|(rank, slot)| {
                let (id, profile) = self.slots[slot as usize].as_ref()?;
                let theirs = NameParts {
                    names: profile
                        .names()
                        .flat_map(|written| NameParts::parse(written).names)
                        .collect(),
                    relatives: Vec::new(),
                };
                let name = parts.similarity(&theirs);
                (name.score >= MIN_SEARCH_SCORE).then(|| {
                    let boost = f64::from(rank) - f64::from(rank.min(1.0));
                    (name.score + boost, NameHit { id: *id, name })
                })
            })
            .collect();
        hits.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.id.cmp(&y.1.id)));
        hits.into_iter().take(limit).map(|(_, hit)| hit).collect()
    }

    /// Whether some filed record bears `text` as a whole name (either script, any word order):
    /// a test much cheaper than [`Self::search_name`], for text that seldom holds a name.
    pub fn bears_name(&self, text: &str) -> bool {
        let parts = NameParts::parse(text);
        CompactName::all_of(&parts)
            .any(|name| name.whole.is_some_and(|w| self.counts.bears_whole(w)))
    }

    /// The match threshold of a register of this index's size.
    pub fn threshold(&self) -> MatchThreshold {
        MatchThreshold::for_register(self.len())
    }

    /// Records that may be the same person as `profile` (shared identifiers weigh most), best
    /// first, excluding `except`; each with its weight, decision (by [`Self::threshold`]) and
    /// evidence.
    pub fn matches(
        &self,
        profile: &Profile,
        except: Option<Id>,
        limit: usize,
    ) -> Vec<(Id, RecordMatch)> {
        let rarity = Rarity::Counted(&self.counts);
        let threshold = self.threshold();
        let keys = keys::name_keys(&profile.names);
        let ids: Vec<u64> = profile
            .identifiers
            .iter()
            .map(keys::identifier_key)
            .collect();
        let mut found: Vec<(f64, u32)> = self
            .shortlist(&keys, &ids, SHORTLIST)
            .into_iter()
            .filter_map(|slot| {
                let (id, other) = self.slots[slot as usize].as_ref()?;
                if Some(*id) == except {
                    return None;
                }
                let weight = weight_reaching(profile, other, &rarity, threshold.possible_weight())?;
                Some((weight, slot))
            })
            .collect();
        found.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        found
            .into_iter()
            .take(limit)
            .filter_map(|(_, slot)| {
                let (id, other) = self.slots[slot as usize].as_ref()?;
                Some((*id, compare_with(profile, other, &rarity, true, threshold)))
            })
            .collect()
    }

    /// Every pair of filed records with at least one of them in `ids` whose weight reaches
    /// `min_weight`, strongest first, with evidence: the bulk form of
    /// [`RecordIndex::matches`] for an import of many records. It blocks the whole index as
    /// [`crate::dedupe`] does (about ten seconds at a million records on two cores, whatever
    /// the number of `ids`), so it pays when `ids` are more than a few percent of the index.
    pub fn links(&self, ids: &[Id], min_weight: f64) -> Vec<(Id, Id, RecordMatch)> {
        let filed: Vec<&(Id, Profile)> = self.slots.iter().flatten().collect();
        let wanted: HashSet<Id> = ids.iter().copied().collect();
        let targets: Vec<bool> = filed.iter().map(|(id, _)| wanted.contains(id)).collect();
        let profiles: Vec<&Profile> = filed.iter().map(|(_, p)| p).collect();
        let rarity = Rarity::Counted(&self.counts);
        let threshold = self.threshold();
        matched_pairs(&profiles, Some(&targets), &rarity, min_weight)
            .into_par_iter()
            .map(|(_, i, j)| {
                let ((a, pa), (b, pb)) = (filed[i as usize], filed[j as usize]);
                (*a, *b, compare_with(pa, pb, &rarity, true, threshold))
            })
            .collect()
    }

    /// The slots with the most key weight: rarest keys read first, identifier keys always read
    /// and worth more than any name key, reading stopped when the budget is spent.
    fn shortlist(&self, name_keys: &[u64], identifier_keys: &[u64], size: usize) -> Vec<u32> {
        let total = self.by_id.len().max(1) as f32;
        let mut lists: Vec<(&[u32], f32)> = Vec::new();
        for (key, bonus) in identifier_keys
            .iter()
            .map(|k| (k, 20.0))
            .chain(name_keys.iter().map(|k| (k, 0.0)))
        {
            if let Some(&posting) = self.keys.get(key) {
                let list = &self.postings[posting as usize][..];
                if !list.is_empty() {
                    let idf = (1.0 + total / list.len() as f32).ln();
                    lists.push((list, idf + bonus));
                }
            }
        }
        lists.sort_by_key(|(list, _)| list.len());
        SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            let Scratch { score, touched } = &mut *scratch;
            if score.len() < self.slots.len() {
                score.resize(self.slots.len(), 0.0);
            }
            let mut budget = POSTING_BUDGET;
            for (k, (list, weight)) in lists.iter().enumerate() {
                let identifier = *weight >= 20.0;
                if k > 0 && !identifier && list.len() > budget {
                    break;
                }
                let take = list.len().min(budget.max(size));
                for &slot in &list[..take] {
                    let s = &mut score[slot as usize];
                    if *s == 0.0 {
                        touched.push(slot);
                    }
                    *s += weight;
                }
                budget = budget.saturating_sub(take);
            }
            let mut ranked: Vec<(f32, u32)> =
                touched.iter().map(|&s| (score[s as usize], s)).collect();
            for &slot in touched.iter() {
                score[slot as usize] = 0.0;
            }
            touched.clear();
            if ranked.len() > size {
                ranked.select_nth_unstable_by(size, |x, y| y.0.total_cmp(&x.0));
                ranked.truncate(size);
            }
            ranked.into_iter().map(|(_, slot)| slot).collect()
        })
    }
}

/// Every key a record is filed under.
fn record_keys(profile: &Profile) -> Vec<u64> {
    let mut all = keys::name_keys(&profile.names);
    all.extend(profile.identifiers.iter().map(keys::identifier_key));
    all
}

/// Per-thread accumulators for [`RecordIndex::shortlist`], reused across queries.
#[derive(Default)]
struct Scratch {
    score: Vec<f32>,
    touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}
