//! `samanvay-bench`: Samanvay's benchmark harness.
//!
//! Starts the release `samanvay` binary on a fresh demo data directory (or uses `--url`),
//! drives one scenario over HTTP, prints a table and writes the results as JSON to
//! `bench/results/<scenario>-<UTC timestamp>.json`.
//!
//! ```text
//! cargo build --release -p samanvay-cli -p samanvay-bench
//! cargo run --release -p samanvay-bench -- documents
//! ```

mod load;
mod machine;
mod report;
mod scenarios;
mod server;
mod session;
mod stats;

use anyhow::Result;
use clap::{Args, Parser};
use scenarios::Scenario;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "samanvay-bench",
    about = "Benchmarks a release Samanvay server over HTTP: prints a table, writes JSON"
)]
struct Cli {
    #[command(subcommand)]
    scenario: Scenario,
    #[command(flatten)]
    options: Options,
}

/// What every scenario takes: where the server is, and how hard and how long to drive it.
#[derive(Args, Clone, Debug)]
pub struct Options {
    /// The server binary to start (build it first: `cargo build --release -p samanvay-cli`).
    #[arg(long, global = true, default_value_os_t = default_server_bin())]
    pub server_bin: PathBuf,
    /// Benchmark an already running server at this base URL instead of starting one. It must
    /// hold the demo data (or pass `--users` and `--password` that fit it).
    #[arg(long, global = true)]
    pub url: Option<String>,
    /// Concurrent clients, each with one request in flight at a time.
    #[arg(long, global = true, default_value_t = 64)]
    pub clients: usize,
    /// Measured seconds of each load phase.
    #[arg(long, global = true, default_value = "10", value_parser = parse_seconds)]
    pub duration: Duration,
    /// Seconds of load before measuring starts (connections, caches, page cache).
    #[arg(long, global = true, default_value = "2", value_parser = parse_seconds)]
    pub warmup: Duration,
    /// Where the started server's temporary data directory goes; keep it on a real disk, since
    /// audited writes wait for fsync.
    #[arg(long, global = true, default_value_os_t = std::env::temp_dir())]
    pub data_parent: PathBuf,
    /// Where the JSON results go.
    #[arg(long, global = true, default_value_os_t = default_results_dir())]
    pub results_dir: PathBuf,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    // The load generator's threads: as many as the machine has, like the server's.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(scenarios::run(cli.scenario, cli.options))
}

/// `target/release/samanvay` of this workspace, wherever the harness is started from.
fn default_server_bin() -> PathBuf {
    workspace_root().join("target/release/samanvay")
}

/// `bench/results` (git-ignored).
fn default_results_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("results")
}

pub fn workspace_root() -> PathBuf {
    let bench = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    bench.parent().map(PathBuf::from).unwrap_or(bench)
}

fn parse_seconds(text: &str) -> Result<Duration, String> {
    let seconds: f64 = text
        .trim_end_matches('s')
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds"))?;
    if !(0.0..=3600.0).contains(&seconds) {
        return Err("seconds must be between 0 and 3600".into());
    }
    Ok(Duration::from_secs_f64(seconds))
}
