//! The figures: latency percentiles, recall@10 and pairwise precision, recall and F1 of a
//! clustering against the truth.

use serde::Serialize;
use std::collections::HashMap;

/// Latencies of one set of queries, in milliseconds.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Latency {
    pub queries: usize,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
}

impl Latency {
    pub fn of(mut samples: Vec<f64>) -> Latency {
        if samples.is_empty() {
            return Latency::default();
        }
        samples.sort_by(f64::total_cmp);
        let at = |q: f64| {
            samples[((samples.len() as f64 * q).ceil() as usize).clamp(1, samples.len()) - 1]
        };
        Latency {
            queries: samples.len(),
            p50_ms: at(0.50),
            p90_ms: at(0.90),
            p99_ms: at(0.99),
            max_ms: samples[samples.len() - 1],
            mean_ms: samples.iter().sum::<f64>() / samples.len() as f64,
        }
    }
}

/// Pairwise agreement of predicted clusters with the true entities: every pair of records put
/// in one cluster is a predicted match; it is true when both records are of one entity.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Pairwise {
    pub predicted_pairs: u64,
    pub true_pairs: u64,
    pub correct_pairs: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `clusters` hold record indices; `entity[i]` is record i's true entity.
pub fn pairwise(clusters: &[Vec<u32>], entity: &[u32]) -> Pairwise {
    let pairs = |n: u64| n * n.saturating_sub(1) / 2;
    let mut truth: HashMap<u32, u64> = HashMap::new();
    for e in entity {
        *truth.entry(*e).or_default() += 1;
    }
    let true_pairs: u64 = truth.values().map(|n| pairs(*n)).sum();
    let mut predicted_pairs = 0;
    let mut correct_pairs = 0;
    for cluster in clusters {
        predicted_pairs += pairs(cluster.len() as u64);
        let mut by_entity: HashMap<u32, u64> = HashMap::new();
        for record in cluster {
            *by_entity.entry(entity[*record as usize]).or_default() += 1;
        }
        correct_pairs += by_entity.values().map(|n| pairs(*n)).sum::<u64>();
    }
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(correct_pairs, predicted_pairs);
    let recall = ratio(correct_pairs, true_pairs);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Pairwise {
        predicted_pairs,
        true_pairs,
        correct_pairs,
        precision,
        recall,
        f1,
    }
}

/// Agreement of whole clusters with the true entities: a predicted cluster is right when it
/// holds exactly one entity's records, all of them. `all` counts singletons on both sides (a
/// person held once and left alone is a right cluster); `multi` only clusters and entities of
/// two or more records, where the matching shows.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ClusterQuality {
    pub all: ClusterScore,
    pub multi: ClusterScore,
}

/// Cluster precision (right clusters / predicted), recall (right clusters / true) and F1.
#[derive(Clone, Debug, Default, Serialize)]
pub struct ClusterScore {
    pub predicted: u64,
    pub true_clusters: u64,
    pub right: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl ClusterScore {
    fn new(right: u64, predicted: u64, true_clusters: u64) -> Self {
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(right, predicted), ratio(right, true_clusters));
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Self {
            predicted,
            true_clusters,
            right,
            precision,
            recall,
            f1,
        }
    }
}

/// `clusters` hold record indices (clusters of one may be left out: every record not in a
/// listed cluster is a singleton); `entity[i]` is record i's true entity.
pub fn clusters(clusters: &[Vec<u32>], entity: &[u32]) -> ClusterQuality {
    let mut size: HashMap<u32, u64> = HashMap::new();
    for e in entity {
        *size.entry(*e).or_default() += 1;
    }
    let listed: u64 = clusters.iter().map(|c| c.len() as u64).sum();
    let singletons_predicted = entity.len() as u64 - listed;
    let mut in_listed: HashMap<u32, u64> = HashMap::new();
    let (mut exact_multi, mut predicted_multi, mut exact_single_listed) = (0u64, 0u64, 0u64);
    for cluster in clusters {
        let first = entity[cluster[0] as usize];
        for record in cluster {
            *in_listed.entry(entity[*record as usize]).or_default() += 1;
        }
        let whole = cluster.iter().all(|r| entity[*r as usize] == first)
            && size[&first] == cluster.len() as u64;
        if cluster.len() >= 2 {
            predicted_multi += 1;
            exact_multi += u64::from(whole);
        } else {
            exact_single_listed += u64::from(whole);
        }
    }
    // A record not listed is a predicted singleton: right when its entity has one record.
    let exact_single_unlisted = size
        .iter()
        .filter(|(e, n)| **n == 1 && !in_listed.contains_key(e))
        .count() as u64;
    let true_multi = size.values().filter(|n| **n >= 2).count() as u64;
    let predicted_single_listed = clusters.iter().filter(|c| c.len() == 1).count() as u64;
    ClusterQuality {
        all: ClusterScore::new(
            exact_multi + exact_single_listed + exact_single_unlisted,
            predicted_multi + predicted_single_listed + singletons_predicted,
            size.len() as u64,
        ),
        multi: ClusterScore::new(exact_multi, predicted_multi, true_multi),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairwise_counts_pairs_within_clusters_against_the_truth() {
        // Truth: {0,1,2} and {3}; predicted {0,1} and {2,3}.
        let found = pairwise(&[vec![0, 1], vec![2, 3]], &[7, 7, 7, 8]);
        assert_eq!(
            (found.predicted_pairs, found.true_pairs, found.correct_pairs),
            (2, 3, 1)
        );
        assert!((found.precision - 0.5).abs() < 1e-9);
        assert!((found.recall - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn clusters_are_right_only_when_they_hold_one_whole_entity() {
        // Truth: {0,1,2}, {3}, {4,5}, {6}; predicted {0,1}, {4,5}, singletons 2, 3, 6.
        let found = clusters(&[vec![0, 1], vec![4, 5]], &[7, 7, 7, 8, 9, 9, 10]);
        let all = &found.all;
        assert_eq!((all.predicted, all.true_clusters, all.right), (5, 4, 3));
        let multi = &found.multi;
        assert_eq!(
            (multi.predicted, multi.true_clusters, multi.right),
            (2, 2, 1)
        );
        assert!((all.precision - 0.6).abs() < 1e-9);
        assert!((all.recall - 0.75).abs() < 1e-9);
    }

    #[test]
    fn percentiles_come_from_the_sorted_samples() {
        let latency = Latency::of((1..=100).map(f64::from).collect());
        assert_eq!(
            (latency.p50_ms, latency.p99_ms, latency.max_ms),
            (50.0, 99.0, 100.0)
        );
    }
}
