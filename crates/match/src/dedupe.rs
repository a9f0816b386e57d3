//! Bulk deduplication: which records of a register are one person.
//!
//! Records are blocked on keys selective enough that a block is a handful of records: two
//! tokens of one name (in any order, so a dropped middle name or a changed order still meets),
//! a name's last token with its first initial ("R. K. Sharma"), a name token with the father's
//! first token, and every identifier. Each pair is compared once, in the first small block the
//! two share; a block too big to compare whole (a very common name) is sorted by year of birth
//! and each record compared with its neighbours only. Pairs whose decision is
//! [`Decision::Match`](crate::Decision::Match) are joined with union-find, strongest first, except where an analyst
//! has said two records are not the same person: such a pair is never linked, not even through
//! others.

use crate::names::variants;
use crate::record::tokens::{Rarity, TokenCounts};
use crate::record::{MatchThreshold, Profile, RecordMatch, compare_with, weight_reaching};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// The clusters of records that are one person, and the links that made them.
#[derive(Clone, Debug)]
pub struct Dedupe<Id> {
    /// Clusters of two or more records, each sorted; clusters sorted by their first id.
    pub clusters: Vec<Vec<Id>>,
    /// The matched pairs inside the clusters, with their evidence.
    pub links: Vec<Link<Id>>,
}

/// Two records found to be one person.
#[derive(Clone, Debug)]
pub struct Link<Id> {
    pub a: Id,
    pub b: Id,
    pub matched: RecordMatch,
}

/// A block bigger than this is not compared whole: each record meets its neighbours by year
/// of birth only.
const BLOCK_CAP: usize = 24;
/// How many neighbours each record of a big block meets.
const WINDOW: usize = 6;
/// Two clusters are joined only if every record of one agrees with every record of the other
/// at least this much: one strong link must not chain two namesakes' clusters together.
const COHERENCE_WEIGHT: f64 = 2.0;
/// Beyond this many records on a side, only the first ones are checked for coherence.
const COHERENCE_CHECKED: usize = 32;

/// Clusters records whose pairwise decision is Match by the threshold of a register of their
/// number ([`MatchThreshold::for_register`]), with union-find, strongest links first.
/// `rejected` pairs (stored with `a <= b`) are cannot-links: never linked directly, and two
/// clusters are never joined if that would put a rejected pair in one cluster.
pub fn dedupe<Id>(records: &[(Id, Profile)], rejected: &HashSet<(Id, Id)>) -> Dedupe<Id>
where
    Id: Copy + Eq + Hash + Ord + Send + Sync,
{
    let threshold = MatchThreshold::for_register(records.len());
    dedupe_at(records, rejected, threshold.match_weight())
}

/// As [`dedupe`], linking pairs from `min_weight` on instead of the match threshold: what a
/// benchmark sweeps to show precision against recall.
pub fn dedupe_at<Id>(
    records: &[(Id, Profile)],
    rejected: &HashSet<(Id, Id)>,
    min_weight: f64,
) -> Dedupe<Id>
where
    Id: Copy + Eq + Hash + Ord + Send + Sync,
{
    let mut counts = TokenCounts::default();
    for (_, profile) in records {
        counts.add_record(profile, 1);
    }
    let rarity = Rarity::Counted(&counts);

    let threshold = MatchThreshold::for_register(records.len());
    let profiles: Vec<&Profile> = records.iter().map(|(_, p)| p).collect();
    let matched = matched_pairs(&profiles, None, &rarity, min_weight);

    // Cannot-links by record index.
    let index_of: HashMap<Id, u32> = records
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (*id, i as u32))
        .collect();
    let mut clusters = Clusters::new(records.len());
    for &(a, b) in rejected {
        if let (Some(&i), Some(&j)) = (index_of.get(&a), index_of.get(&b)) {
            clusters.forbid(i, j);
        }
    }
    let mut kept: Vec<(u32, u32)> = Vec::new();
    for &(_, i, j) in &matched {
        let (a, b) = (records[i as usize].0, records[j as usize].0);
        if rejected.contains(&(a.min(b), a.max(b))) {
            continue;
        }
        let coherent = |x: u32, y: u32| {
            let (a, b) = (&records[x as usize].1, &records[y as usize].1);
            weight_reaching(a, b, &rarity, COHERENCE_WEIGHT).is_some()
        };
        if clusters.join(i, j, coherent) {
            kept.push((i, j));
        }
    }

    let mut groups: HashMap<u32, Vec<Id>> = HashMap::new();
    for i in 0..records.len() as u32 {
        let root = clusters.find(i);
        groups.entry(root).or_default().push(records[i as usize].0);
    }
    let mut clusters_out: Vec<Vec<Id>> = groups
        .into_values()
        .filter(|g| g.len() >= 2)
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    clusters_out.sort();
    let links = kept
        .par_iter()
        .map(|&(i, j)| {
            let ((a, pa), (b, pb)) = (&records[i as usize], &records[j as usize]);
            let (a, b, pa, pb) = if a <= b {
                (a, b, pa, pb)
            } else {
                (b, a, pb, pa)
            };
            Link {
                a: *a,
                b: *b,
                matched: compare_with(pa, pb, &rarity, true, threshold),
            }
        })
        .collect();
    Dedupe {
        clusters: clusters_out,
        links,
    }
}

/// The pairs of records (indices into `profiles`) whose weight reaches `min_weight`, strongest
/// first, each once; with `targets`, only pairs with at least one target record in them.
pub(crate) fn matched_pairs(
    profiles: &[&Profile],
    targets: Option<&[bool]>,
    rarity: &Rarity,
    min_weight: f64,
) -> Vec<(f64, u32, u32)> {
    let record_keys: Vec<Vec<u64>> = profiles.par_iter().map(|p| block_keys(p)).collect();
    let mut filed: Vec<(u64, u32)> = record_keys
        .iter()
        .enumerate()
        .flat_map(|(i, keys)| keys.iter().map(move |&k| (k, i as u32)))
        .collect();
    filed.par_sort_unstable();
    let targeted = |i: u32| targets.is_none_or(|t| t[i as usize]);
    let blocks: Vec<&[(u64, u32)]> = filed
        .chunk_by(|x, y| x.0 == y.0)
        .filter(|b| b.len() > 1)
        .collect();
    let small: HashSet<u64> = blocks
        .iter()
        .filter(|b| b.len() <= BLOCK_CAP)
        .map(|b| b[0].0)
        .collect();
    // Each record's keys of small blocks only, so a pair finds its first one by a merge.
    let small_keys: Vec<Vec<u64>> = record_keys
        .par_iter()
        .map(|keys| keys.iter().copied().filter(|k| small.contains(k)).collect())
        .collect();
    drop(record_keys);

    let mut matched: Vec<(f64, u32, u32)> = blocks
        .par_iter()
        .filter(|block| block.iter().any(|&(_, i)| targeted(i)))
        .flat_map_iter(|block| {
            let key = block[0].0;
            let members: Vec<u32> = block.iter().map(|&(_, i)| i).collect();
            let pairs = block_pairs(&members, profiles, key, &small_keys);
            pairs
                .into_iter()
                .filter(move |&(i, j)| targeted(i) || targeted(j))
                .filter_map(|(i, j)| {
                    let (a, b) = (profiles[i as usize], profiles[j as usize]);
                    weight_reaching(a, b, rarity, min_weight)
                        .map(|weight| (weight, i.min(j), i.max(j)))
                })
        })
        .collect();
    matched.par_sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    matched.dedup_by_key(|m| (m.1, m.2));
    matched
}

/// The pairs of a block to compare: in a small block, the pairs for which it is the first
/// small block both share; in a big block, each record with its neighbours by year of birth.
fn block_pairs(
    members: &[u32],
    profiles: &[&Profile],
    key: u64,
    small_keys: &[Vec<u64>],
) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    if members.len() <= BLOCK_CAP {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if first_shared(&small_keys[i as usize], &small_keys[j as usize]) == Some(key) {
                    pairs.push((i, j));
                }
            }
        }
    } else {
        let mut sorted = members.to_vec();
        sorted.sort_by_key(|&i| profiles[i as usize].birth_year.map_or(i32::MIN, |y| y.year));
        for (x, &i) in sorted.iter().enumerate() {
            for &j in sorted[x + 1..].iter().take(WINDOW) {
                // A pair that shares a small block is compared there.
                if first_shared(&small_keys[i as usize], &small_keys[j as usize]).is_none() {
                    pairs.push((i, j));
                }
            }
        }
    }
    pairs
}

/// The smallest key two sorted key lists share.
fn first_shared(a: &[u64], b: &[u64]) -> Option<u64> {
    let (mut x, mut y) = (0, 0);
    while x < a.len() && y < b.len() {
        match a[x].cmp(&b[y]) {
            std::cmp::Ordering::Less => x += 1,
            std::cmp::Ordering::Greater => y += 1,
            std::cmp::Ordering::Equal => return Some(a[x]),
        }
    }
    None
}

/// The blocking keys of a record, sorted and distinct.
fn block_keys(profile: &Profile) -> Vec<u64> {
    use crate::index::keys::{identifier_key, key};
    // Blocks meet across the letters writers trade (b and v), which no stored key depends on.
    let skeleton = |folded: &str| variants::skeleton(&variants::loose(folded));
    let father: Option<String> = profile.relative.as_ref().and_then(|(_, name)| {
        name.tokens
            .iter()
            .find(|t| !t.initial)
            .map(|t| skeleton(&t.folded))
    });
    let mut keys = Vec::new();
    for name in profile.names.iter() {
        let full: Vec<String> = name
            .tokens
            .iter()
            .filter(|t| !t.initial && t.class > 0)
            .map(|t| skeleton(&t.folded))
            .collect();
        for (x, a) in full.iter().enumerate() {
            for b in &full[x + 1..] {
                let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
                keys.push(key(b'2', format!("{lo}|{hi}").as_bytes()));
            }
            if let Some(father) = &father {
                keys.push(key(b'f', format!("{a}|{father}").as_bytes()));
            }
        }
        if full.len() == 1 {
            keys.push(key(b'1', full[0].as_bytes()));
        }
        if let (Some(first), Some(last)) = (name.tokens.first(), name.tokens.last())
            && name.tokens.len() >= 2
            && !last.initial
        {
            let text = format!("{}|{}", first.first as char, skeleton(&last.folded));
            keys.push(key(b'l', text.as_bytes()));
        }
    }
    keys.extend(profile.identifiers.iter().map(identifier_key));
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Union-find with cannot-links.
struct Clusters {
    parent: Vec<u32>,
    /// The records of each root's cluster (empty for non-roots).
    members: Vec<Vec<u32>>,
    /// For each root that has any: records its cluster may never contain.
    forbidden: HashMap<u32, Vec<u32>>,
}

impl Clusters {
    fn new(n: usize) -> Self {
        Self {
            parent: (0..n as u32).collect(),
            members: (0..n as u32).map(|i| vec![i]).collect(),
            forbidden: HashMap::new(),
        }
    }

    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grand = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grand;
            x = grand;
        }
        x
    }

    fn forbid(&mut self, a: u32, b: u32) {
        self.forbidden.entry(a).or_default().push(b);
        self.forbidden.entry(b).or_default().push(a);
    }

    /// Joins the clusters of `a` and `b` unless that would put a forbidden pair together or a
    /// pair of records across them is not `coherent`; whether they were joined.
    fn join(&mut self, a: u32, b: u32, coherent: impl Fn(u32, u32) -> bool) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        for (from, to) in [(ra, rb), (rb, ra)] {
            let enemies = self.forbidden.get(&from).cloned().unwrap_or_default();
            if enemies.into_iter().any(|e| self.find(e) == to) {
                return false;
            }
        }
        let (xs, ys) = (&self.members[ra as usize], &self.members[rb as usize]);
        let checked = |list: &[u32]| list[..list.len().min(COHERENCE_CHECKED)].to_vec();
        let (xs, ys) = (checked(xs), checked(ys));
        let pairs_coherent = xs.iter().all(|&x| {
            ys.iter()
                .all(|&y| (x, y) == (a, b) || (x, y) == (b, a) || coherent(x, y))
        });
        if !pairs_coherent {
            return false;
        }
        let (big, small) = if self.members[ra as usize].len() >= self.members[rb as usize].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        self.parent[small as usize] = big;
        let moved = std::mem::take(&mut self.members[small as usize]);
        self.members[big as usize].extend(moved);
        if let Some(moved) = self.forbidden.remove(&small) {
            self.forbidden.entry(big).or_default().extend(moved);
        }
        true
    }
}
