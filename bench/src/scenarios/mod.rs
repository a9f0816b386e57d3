//! The scenarios: one module each, one variant of [`Scenario`] each. A scenario prepares what
//! it needs over the API, runs one or more load phases and says what its figures mean; the
//! harness around it starts and stops the server and writes the report.
//!
//! To add one: a module with an `Args` struct (its own flags) and
//! `async fn run(&Bench, &Args) -> Result<Outcome>`, and a variant here.

mod channels;
mod documents;
mod lifecycle;
mod push;
mod push_crowd;
mod push_streams;
mod register;
mod register_import;

use crate::Options;
use crate::load::{Load, PhaseResult};
use crate::machine::Machine;
use crate::report::Report;
use crate::server::Server;
use anyhow::{Context, Result, bail};
use clap::Subcommand;
use reqwest::Client;
use std::time::Duration;

#[derive(Subcommand)]
pub enum Scenario {
    /// Issue 2's figure: authenticated, audited reads of one marked document
    /// (`GET /api/v1/documents/{id}`) beside the unaudited `GET /healthz`.
    Documents(documents::Args),
    /// The register's matcher in process, no server: a generated population with known truth,
    /// name search (ours against PostgreSQL pg_trgm) and dedupe quality (optionally Splink's).
    Register(register::Args),
    /// Issue 4's import figure over HTTP: the generated population imported as CSV (gangs,
    /// then persons) and imported again unchanged, rows per second.
    RegisterImport(register_import::Args),
    /// Issue 5's lifecycle figure: acknowledge / report-action steps per second, each with
    /// its audit entry durable.
    Lifecycle(lifecycle::Args),
    /// Issue 5's push figures: a flash input to 1,000 units with an open WebSocket stream
    /// each (issue request to last delivery), and memory per idle stream at 10,000.
    Push(push::Args),
    /// Issue 6's channel figures: posts per second across 100 channels, a 500-member
    /// channel's post to last delivery, and the history page with 10 million stored messages.
    Channels(channels::Args),
}

impl Scenario {
    pub fn name(&self) -> &'static str {
        match self {
            Scenario::Documents(_) => "documents",
            Scenario::Register(_) => "register",
            Scenario::RegisterImport(_) => "register-import",
            Scenario::Lifecycle(_) => "lifecycle",
            Scenario::Push(_) => "push",
            Scenario::Channels(_) => "channels",
        }
    }
}

/// Cores of unrelated work during a phase worth a warning.
const OTHER_WORK_NOTICED: f64 = 0.2;

/// What a scenario gets: the server's URL, one HTTP client, and the load to apply.
pub struct Bench {
    pub url: String,
    pub http: Client,
    pub load: Load,
    /// The server's process id, when the harness started it, for its CPU use.
    pub server_pid: Option<u32>,
}

/// What a scenario found.
pub struct Outcome {
    /// The scenario's own parameters, for the JSON.
    pub parameters: serde_json::Value,
    pub phases: Vec<PhaseResult>,
    /// Lines printed under the table (ratios, targets met or not).
    pub findings: Vec<String>,
    /// The same findings as numbers, for the JSON.
    pub summary: serde_json::Value,
}

/// Starts (or reaches) the server, runs the scenario, stops the server, prints the table and
/// writes the JSON.
pub async fn run(scenario: Scenario, options: Options) -> Result<()> {
    if let Scenario::Register(args) = &scenario {
        return register::run(args, &options).await;
    }
    if let Scenario::Push(args) = &scenario {
        return push::run(args, &options).await;
    }
    if let Scenario::Channels(args) = &scenario {
        return channels::run(args, &options).await;
    }
    if options.clients == 0 {
        bail!("--clients must be at least 1");
    }
    let machine = Machine::describe();
    let started_at = time::OffsetDateTime::now_utc();
    let server = match &options.url {
        Some(url) => Server::external(url),
        None => {
            eprintln!("starting {} demo …", options.server_bin.display());
            Server::start(&options.server_bin, &options.data_parent).await?
        }
    };
    eprintln!("server at {}", server.url);
    let facts = server.facts(&options.server_bin);
    let bench = Bench {
        url: server.url.clone(),
        http: http_client(options.clients)?,
        load: Load {
            clients: options.clients,
            warmup: options.warmup,
            duration: options.duration,
        },
        server_pid: server.pid(),
    };
    let outcome = async {
        match &scenario {
            Scenario::Documents(args) => documents::run(&bench, args).await,
            Scenario::RegisterImport(args) => register_import::run(&bench, args).await,
            Scenario::Lifecycle(args) => lifecycle::run(&bench, args).await,
            Scenario::Register(_) => unreachable!("run in process above"),
            Scenario::Push(_) => unreachable!("run with its own crowd above"),
            Scenario::Channels(_) => unreachable!("run with its own server above"),
        }
    };
    // On Ctrl-C, still stop the server and remove its data directory.
    let outcome = tokio::select! {
        outcome = outcome => outcome,
        _ = tokio::signal::ctrl_c() => Err(anyhow::anyhow!("interrupted")),
    };
    match server.stop().await {
        Ok(Some(status)) if !status.success() => eprintln!("the server exited with {status}"),
        Ok(_) => {}
        Err(err) => eprintln!("stopping the server: {err:#}"),
    }
    let outcome = outcome?;
    let mut notes = vec![format!(
        "The server and this load generator share the machine's {} CPUs, so these figures \
         are lower than the server would reach alone; 'CPU srv/gen/all' shows \
         the cores used by the server, the load generator and the whole machine.",
        machine.nproc
    )];
    for phase in &outcome.phases {
        if let Some(other) = phase.cpu_cores.other().filter(|o| *o >= OTHER_WORK_NOTICED) {
            notes.push(format!(
                "Other work on the machine used {other:.2} cores during '{}': the figures are \
                 low; run again on a quiet machine.",
                phase.name
            ));
        }
    }
    if facts.data_dir_filesystem.as_deref() == Some("tmpfs") {
        notes.push(
            "The data directory is on tmpfs: fsync costs nothing there, so audited figures \
             are optimistic. Use --data-parent on a real disk."
                .into(),
        );
    }
    let report = Report {
        scenario: scenario.name().to_string(),
        started_at,
        machine,
        server: facts,
        parameters: outcome.parameters,
        phases: outcome.phases,
        summary: outcome.summary,
        notes,
    };
    report.print(&outcome.findings);
    let path = report
        .write(&options.results_dir)
        .with_context(|| format!("writing the results to {}", options.results_dir.display()))?;
    println!("\nresults: {}", path.display());
    Ok(())
}

/// One client for every simulated user: a keep-alive pool with a connection per client,
/// no proxy (the server is local), Nagle off.
fn http_client(clients: usize) -> Result<Client> {
    Ok(Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(clients.max(1))
        .tcp_nodelay(true)
        .connect_timeout(Duration::from_secs(5))
        .timeout(Duration::from_secs(30))
        .build()?)
}
