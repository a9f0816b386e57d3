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
    fn percentiles_come_from_the_sorted_samples() {
        let latency = Latency::of((1..=100).map(f64::from).collect());
        assert_eq!(
            (latency.p50_ms, latency.p99_ms, latency.max_ms),
            (50.0, 99.0, 100.0)
        );
    }
}
