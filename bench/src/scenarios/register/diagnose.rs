//! Why the dedupe is wrong where it is: a sample of the true pairs it left apart and of the
//! pairs it put together wrongly, each with the matcher's weight and evidence and the two
//! records as written, and the missed pairs counted by cause.

use samanvay_demo::population::{Population, PopulationRecord};
use samanvay_match::{MatchThreshold, Profile, RecordMatch, compare_in};
use std::collections::HashMap;

/// Prints up to `sample` missed and wrong pairs of the generated population; `clusters` hold
/// record indices.
pub fn print(
    population: &Population,
    profiles: &[(u32, Profile)],
    clusters: &[Vec<u32>],
    sample: usize,
) {
    let entity: Vec<u32> = population.records.iter().map(|r| r.entity).collect();
    let describe = |i: usize| line(population, &population.records[i]);
    print_with(&entity, &describe, profiles, clusters, sample);
}

/// As [`print`], for any labelled records: `entity[i]` is record i's truth, `describe(i)` its
/// line.
pub fn print_with(
    entity: &[u32],
    describe: &dyn Fn(usize) -> String,
    profiles: &[(u32, Profile)],
    clusters: &[Vec<u32>],
    sample: usize,
) {
    let mut groups: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, e) in entity.iter().enumerate() {
        groups.entry(*e).or_default().push(i);
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
    groups.sort();
    let mut cluster_of: HashMap<u32, usize> = HashMap::new();
    for (c, members) in clusters.iter().enumerate() {
        for &m in members {
            cluster_of.insert(m, c);
        }
    }
    let threshold = MatchThreshold::for_register(profiles.len());
    let same_cluster = |a: u32, b: u32| match (cluster_of.get(&a), cluster_of.get(&b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    };

    // Missed: true pairs in different clusters, by whether the pair alone would match.
    let (mut missed_strong, mut missed_weak, mut shown) = (0usize, 0usize, 0usize);
    let mut weak_weights: Vec<f64> = Vec::new();
    println!("\n-- true pairs left apart (sample) --");
    for group in groups {
        for (x, &a) in group.iter().enumerate() {
            for &b in &group[x + 1..] {
                if same_cluster(a as u32, b as u32) {
                    continue;
                }
                let found = compare_in(&profiles[a].1, &profiles[b].1, threshold);
                if found.weight >= threshold.match_weight() {
                    missed_strong += 1;
                } else {
                    missed_weak += 1;
                    weak_weights.push(found.weight);
                }
                if shown < sample {
                    shown += 1;
                    show(describe, a, b, &found);
                }
            }
        }
    }
    weak_weights.sort_by(f64::total_cmp);
    let at = |q: f64| {
        weak_weights
            .get(((weak_weights.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!(
        "missed true pairs: {missed_strong} that match alone (blocking or coherence), {missed_weak} below the threshold (weight p10 {:.1}, p50 {:.1}, p90 {:.1})",
        at(0.1),
        at(0.5),
        at(0.9)
    );

    println!("\n-- pairs put together wrongly (sample) --");
    let mut shown = 0;
    let mut wrong = 0usize;
    for members in clusters {
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if entity[a as usize] == entity[b as usize] {
                    continue;
                }
                wrong += 1;
                if shown < sample {
                    shown += 1;
                    let found =
                        compare_in(&profiles[a as usize].1, &profiles[b as usize].1, threshold);
                    show(describe, a as usize, b as usize, &found);
                }
            }
        }
    }
    println!("wrong pairs: {wrong}");
}

fn show(describe: &dyn Fn(usize) -> String, a: usize, b: usize, found: &RecordMatch) {
    println!("weight {:.1}: {}", found.weight, found.explanation());
    for index in [a, b] {
        println!("    {}", describe(index));
    }
}

fn line(population: &Population, record: &PopulationRecord) -> String {
    let names: Vec<&str> = record.names.iter().map(|n| n.text.as_str()).collect();
    format!(
        "e{} {} | {} | rel {} | {:?} | born {:?} | {} {} | gang {}",
        record.entity,
        record.agency,
        names.join(" / "),
        record.relative.as_ref().map_or("-", |r| r.name.as_str()),
        record.sex,
        record.birth_year(),
        record.state,
        record.district.unwrap_or("-"),
        population.gang_name(record).unwrap_or("-")
    )
}
