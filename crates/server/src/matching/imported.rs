//! Matching after an import: each imported person against the whole register at once. Strong
//! matches become "same person" suggestions; the importer is shown the clusters among records
//! it may read, the holders of matching records it may not read are told, and the watchers of
//! matched persons are tallied, as for one write.

use super::correlate::{Hit, tell_holders};
use super::watchers::{Touch, WatchTally};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use samanvay_core::notification::WatchEvent;
use samanvay_core::register::PersonPair;
use samanvay_core::{Marking, PersonId, Seen};
use samanvay_store::{Change, Job, LinkSuggestion};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Records found to be one person, as far as the importer may read them.
pub struct FoundCluster {
    pub persons: Vec<PersonId>,
    pub reasons: String,
}

/// Persons read through the gate per query.
const SEEN_CHUNK: usize = 500;

/// Links the imported persons (with their markings) to their strong matches, tallies the
/// watchers of the persons matched, and reports the clusters they form.
pub async fn match_imported(
    state: &AppState,
    who: &SignedIn,
    imported: &[(PersonId, Marking)],
    watches: &mut WatchTally,
) -> ApiResult<Vec<FoundCluster>> {
    let rejected = state.store.rejected_person_pairs().await?;
    let ids: Vec<PersonId> = imported.iter().map(|(id, _)| *id).collect();
    let shared = state.clone();
    let found = tokio::task::spawn_blocking(move || shared.matcher.strong_links(&ids))
        .await
        .map_err(|_| ApiError::internal())?;
    let mut links: BTreeMap<PersonPair, (f64, String)> = BTreeMap::new();
    for (id, other, matched) in found {
        let Some(pair) = PersonPair::new(id, other) else {
            continue;
        };
        if !rejected.contains(&pair) {
            links.insert(pair, (matched.weight, matched.explanation()));
        }
    }
    let ends: Vec<PersonId> = links
        .keys()
        .flat_map(|p| [p.a, p.b])
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    // The gate decides on the markings the import just wrote; the others are read.
    let markings: HashMap<PersonId, &Marking> = imported.iter().map(|(p, m)| (*p, m)).collect();
    let (ours, others): (Vec<PersonId>, Vec<PersonId>) =
        ends.into_iter().partition(|p| markings.contains_key(p));
    let mut seen: HashMap<PersonId, Seen<()>> = ours
        .into_iter()
        .map(|p| (p, who.viewer.see(markings[&p], ())))
        .collect();
    for chunk in others.chunks(SEEN_CHUNK) {
        seen.extend(state.store.persons_reach(&who.viewer, chunk).await?);
    }
    let mut hits = Vec::new();
    // For each imported person, the persons it touched by a link or a hit.
    let mut touched: HashMap<PersonId, Vec<Touch>> = HashMap::new();
    let mut told = HashSet::new();
    let mut clusters = Clusters::default();
    for (pair, (_, reasons)) in &links {
        let full = |p: &PersonId| matches!(seen.get(p), Some(Seen::Full(_)));
        if full(&pair.a) && full(&pair.b) {
            clusters.join(*pair, reasons);
        }
        for (mine, theirs) in [(pair.a, pair.b), (pair.b, pair.a)] {
            if !markings.contains_key(&mine) {
                continue;
            }
            let touches = touched.entry(mine).or_default();
            touches.push(Touch::person(theirs, WatchEvent::Matched));
            if let Some(Seen::Pointer(holder)) = seen.get(&theirs) {
                touches.push(Touch::person(theirs, WatchEvent::Hit));
                if told.insert(theirs) {
                    hits.push(Hit {
                        person: theirs,
                        holder: *holder,
                        reasons: reasons.clone(),
                    });
                }
            }
        }
    }
    let written: Vec<(PersonId, &Marking, &[Touch])> = touched
        .iter()
        .map(|(person, touches)| (*person, markings[person], touches.as_slice()))
        .collect();
    watches.add(state, who, &written).await?;

    let suggestions: Vec<LinkSuggestion> = links
        .into_iter()
        .map(|(pair, (weight, reasons))| LinkSuggestion {
            pair,
            weight,
            reasons,
        })
        .collect();
    let mut changes = Vec::new();
    if !suggestions.is_empty() {
        changes.push(Change::SuggestPersonLinks(suggestions));
    }
    let holders = tell_holders(
        state,
        who,
        &hits,
        samanvay_core::notification::HitSource::Record,
    )
    .await?;
    changes.extend(holders.changes);
    if !changes.is_empty() {
        let mut job = Job::new(state.clock.now());
        job.changes = changes;
        job.audit = holders.events;
        state.store.commit(job).await?;
    }
    Ok(clusters.into_found())
}

/// Union of linked pairs into clusters, with the reasons of their links.
#[derive(Default)]
struct Clusters {
    parent: HashMap<PersonId, PersonId>,
    reasons: HashMap<PersonId, Vec<String>>,
}

impl Clusters {
    fn root(&mut self, p: PersonId) -> PersonId {
        let mut at = p;
        while let Some(&up) = self.parent.get(&at) {
            if up == at {
                break;
            }
            at = up;
        }
        self.parent.insert(p, at);
        at
    }

    fn join(&mut self, pair: PersonPair, reasons: &str) {
        self.parent.entry(pair.a).or_insert(pair.a);
        self.parent.entry(pair.b).or_insert(pair.b);
        let (a, b) = (self.root(pair.a), self.root(pair.b));
        if a != b {
            self.parent.insert(b, a);
            let moved = self.reasons.remove(&b).unwrap_or_default();
            self.reasons.entry(a).or_default().extend(moved);
        }
        self.reasons.entry(a).or_default().push(reasons.to_string());
    }

    fn into_found(mut self) -> Vec<FoundCluster> {
        let members: Vec<PersonId> = self.parent.keys().copied().collect();
        let mut groups: BTreeMap<PersonId, Vec<PersonId>> = BTreeMap::new();
        for p in members {
            let root = self.root(p);
            groups.entry(root).or_default().push(p);
        }
        groups
            .into_iter()
            .map(|(root, mut persons)| {
                persons.sort();
                let mut reasons = self.reasons.remove(&root).unwrap_or_default();
                reasons.dedup();
                FoundCluster {
                    persons,
                    reasons: reasons.join(" | "),
                }
            })
            .collect()
    }
}
