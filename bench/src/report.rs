//! The report: a table on stdout and the same results as JSON in `bench/results/`.

use crate::load::PhaseResult;
use crate::machine::Machine;
use crate::server::ServerFacts;
use anyhow::Result;
use serde::Serialize;
use std::path::{Path, PathBuf};
use time::OffsetDateTime;
use time::macros::format_description;

#[derive(Serialize)]
pub struct Report {
    pub scenario: String,
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    pub machine: Machine,
    pub server: ServerFacts,
    pub parameters: serde_json::Value,
    pub phases: Vec<PhaseResult>,
    pub summary: serde_json::Value,
    pub notes: Vec<String>,
}

impl Report {
    /// The table, the scenario's findings and the notes.
    pub fn print(&self, findings: &[String]) {
        let machine = &self.machine;
        println!(
            "\n{} on {} CPUs ({}), {} clients, {} s measured after {} s warm-up\n",
            self.scenario,
            machine.nproc,
            machine.cpu_model.as_deref().unwrap_or("unknown CPU"),
            self.phases.first().map_or(0, |p| p.clients),
            self.phases.first().map_or(0.0, |p| p.duration_s),
            self.phases.first().map_or(0.0, |p| p.warmup_s),
        );
        let name_width = self
            .phases
            .iter()
            .map(|p| p.name.len())
            .max()
            .unwrap_or(8)
            .max("scenario".len());
        println!(
            "{:<name_width$}  {:>11}  {:>8}  {:>8}  {:>8}  {:>8}  {:>7}  {:>18}",
            "scenario",
            "requests/s",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "max ms",
            "errors",
            "CPU srv/gen/all"
        );
        for p in &self.phases {
            let l = &p.latency_ms;
            let cores = |c: Option<f64>| c.map_or("-".to_string(), |c| format!("{c:.2}"));
            let c = &p.cpu_cores;
            let cpu = format!(
                "{} / {} / {}",
                cores(c.server),
                cores(c.harness),
                cores(c.machine)
            );
            println!(
                "{:<name_width$}  {:>11}  {:>8.2}  {:>8.2}  {:>8.2}  {:>8.2}  {:>7}  {:>18}",
                p.name,
                thousands(p.rate_per_s),
                l.p50,
                l.p90,
                l.p99,
                l.max,
                p.error_count(),
                cpu
            );
        }
        for p in self.phases.iter().filter(|p| !p.errors.is_empty()) {
            let kinds: Vec<String> = p.errors.iter().map(|(k, n)| format!("{k}: {n}")).collect();
            println!("  errors in {}: {}", p.name, kinds.join(", "));
        }
        println!();
        for line in findings {
            println!("{line}");
        }
        for note in &self.notes {
            println!("note: {note}");
        }
    }

    /// Writes `<dir>/<scenario>-<UTC timestamp>.json` and returns its path.
    pub fn write(&self, dir: &Path) -> Result<PathBuf> {
        write_json(dir, &self.scenario, self.started_at, self)
    }
}

/// Writes any scenario's results as `<dir>/<scenario>-<UTC timestamp>.json`.
pub fn write_json(
    dir: &Path,
    scenario: &str,
    started_at: OffsetDateTime,
    results: &impl Serialize,
) -> Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let stamp = started_at
        .to_offset(time::UtcOffset::UTC)
        .format(format_description!(
            "[year][month][day]T[hour][minute][second]Z"
        ))?;
    let path = dir.join(format!("{scenario}-{stamp}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(results)? + "\n")?;
    Ok(path)
}

/// 12345.6 → "12,346".
fn thousands(value: f64) -> String {
    let digits = format!("{:.0}", value.max(0.0));
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
