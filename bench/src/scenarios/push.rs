//! Issue 5's push figures: one flash input targeted at a thousand units, each with an open
//! WebSocket stream on loopback — time from the issue request to the last delivery, over
//! repeated runs — and the server's memory per idle open stream, measured with ten thousand.
//!
//! The harness starts the release demo server, writes the crowd straight into its database
//! (see `push_crowd`), opens every stream from this process and reads the server's resident
//! memory from `/proc/<pid>/status`: the server is a process of its own, so its memory is
//! measured apart from the ten thousand client ends held here.

use super::push_crowd::{self, Crowd};
use super::push_streams::{self, Receipt};
use crate::Options;
use crate::machine::Machine;
use crate::report::write_json;
use crate::server::Server;
use crate::session::Session;
use crate::stats::{Percentiles, ms, percentiles};
use anyhow::{Context, Result, bail};
use serde::Serialize;
use serde_json::json;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

/// The issue's goals on the 2-core machine.
const GOAL_P99_MS: f64 = 100.0;
const GOAL_KIB_PER_STREAM: f64 = 64.0;

/// How long a run waits for its last delivery before it counts as incomplete.
const RUN_TIMEOUT: Duration = Duration::from_secs(10);
/// How long open streams settle before the memory is read.
const SETTLE: Duration = Duration::from_secs(3);

#[derive(clap::Args)]
pub struct Args {
    /// Police stations the flash input targets, one receiving stream each.
    #[arg(long, default_value_t = 1_000)]
    units: usize,
    /// Open streams in all (the receivers and idle ones in a unit outside the target).
    #[arg(long, default_value_t = 10_000)]
    sessions: usize,
    /// Measured runs (flash inputs issued one after another).
    #[arg(long, default_value_t = 50)]
    runs: usize,
    /// Runs before measuring (first queries, caches).
    #[arg(long, default_value_t = 3)]
    warmup_runs: usize,
    /// Who issues the inputs (a demo analyst of the Delhi Police).
    #[arg(long, default_value = "dl.analyst")]
    issuer: String,
    #[arg(long, default_value = samanvay_demo::DEMO_PASSWORD)]
    password: String,
}

#[derive(Serialize)]
struct Results {
    scenario: &'static str,
    #[serde(with = "time::serde::rfc3339")]
    started_at: time::OffsetDateTime,
    machine: Machine,
    server: crate::server::ServerFacts,
    parameters: serde_json::Value,
    memory: Memory,
    fanout: Fanout,
    notes: Vec<String>,
}

#[derive(Serialize)]
struct Memory {
    streams: usize,
    rss_before_kib: u64,
    rss_after_kib: u64,
    kib_per_stream: f64,
    goal_kib_per_stream: f64,
    goal_met: bool,
}

#[derive(Serialize)]
struct Fanout {
    units: usize,
    runs: usize,
    incomplete_runs: usize,
    /// Issue request sent → last of the units' deliveries, per run.
    last_delivery_ms: Percentiles,
    /// Issue request sent → its answer.
    request_ms: Percentiles,
    /// Issue request sent → each delivery, over every delivery of every run.
    each_delivery_ms: Percentiles,
    /// Issue request sent → the first delivery, per run: the request's work up to its commit.
    first_delivery_ms: Percentiles,
    /// First → last delivery, per run: the fan-out itself, from the log to every stream.
    spread_ms: Percentiles,
    goal_p99_ms: f64,
    goal_met: bool,
}

pub async fn run(args: &Args, options: &Options) -> Result<()> {
    if options.url.is_some() {
        bail!(
            "the push scenario writes its crowd into the server's database: let it start the server (no --url)"
        );
    }
    push_streams::check_open_files(args.sessions + 1_000)?;
    let machine = Machine::describe();
    let started_at = time::OffsetDateTime::now_utc();
    eprintln!("starting {} demo …", options.server_bin.display());
    let server = Server::start(&options.server_bin, &options.data_parent).await?;
    let facts = server.facts(&options.server_bin);
    let outcome = async {
        tokio::select! {
            outcome = measure(&server, args) => outcome,
            _ = tokio::signal::ctrl_c() => Err(anyhow::anyhow!("interrupted")),
        }
    }
    .await;
    if let Err(err) = server.stop().await {
        eprintln!("stopping the server: {err:#}");
    }
    let (memory, fanout) = outcome?;
    let mut notes = vec![format!(
        "The server and this harness (with every client end of the streams) share the \
         machine's {} CPUs; the server's memory is its own process's resident set.",
        machine.nproc
    )];
    notes.push(
        "The crowd's officers and sessions are written into the database directly (no \
         Argon2 logins); the input is issued over HTTP by a signed-in analyst."
            .into(),
    );
    print(&memory, &fanout, &machine);
    let results = Results {
        scenario: "push",
        started_at,
        machine,
        server: facts,
        parameters: json!({
            "units": args.units,
            "sessions": args.sessions,
            "runs": args.runs,
            "warmup_runs": args.warmup_runs,
            "issuer": args.issuer,
        }),
        memory,
        fanout,
        notes,
    };
    let path = write_json(&options.results_dir, "push", started_at, &results)?;
    println!("\nresults: {}", path.display());
    Ok(())
}

async fn measure(server: &Server, args: &Args) -> Result<(Memory, Fanout)> {
    let data_dir = server.data_dir().context("the harness started no server")?;
    let pid = server.pid().context("the harness started no server")?;
    let url = format!("sqlite://{}", data_dir.join("samanvay.db").display());
    eprintln!(
        "writing {} stations and {} officers with sessions …",
        args.units, args.sessions
    );
    let crowd = push_crowd::populate(&url, args.units, args.sessions).await?;
    let http = reqwest::Client::builder().no_proxy().build()?;
    let issuer = Session::login(&http, &server.url, &args.issuer, &args.password).await?;

    // One input before the streams open: the server's first issue pays for its caches.
    issue(&http, &server.url, &issuer, &crowd, usize::MAX).await?;
    let before = push_streams::resident_kib(pid)?;
    eprintln!("opening {} streams …", args.sessions);
    let (receipts, mut arrivals) = mpsc::unbounded_channel();
    let mut streams = JoinSet::new();
    push_streams::open(&server.url, &crowd.receivers, Some(receipts), &mut streams).await?;
    push_streams::open(&server.url, &crowd.idle, None, &mut streams).await?;
    tokio::time::sleep(SETTLE).await;
    let after = push_streams::resident_kib(pid)?;
    let kib_per_stream = after.saturating_sub(before) as f64 / args.sessions as f64;
    let memory = Memory {
        streams: args.sessions,
        rss_before_kib: before,
        rss_after_kib: after,
        kib_per_stream,
        goal_kib_per_stream: GOAL_KIB_PER_STREAM,
        goal_met: kib_per_stream <= GOAL_KIB_PER_STREAM,
    };
    eprintln!(
        "memory: {kib_per_stream:.1} KiB per open stream; issuing {} flash inputs …",
        args.warmup_runs + args.runs
    );

    let mut last = Vec::new();
    let mut first = Vec::new();
    let mut spread = Vec::new();
    let mut requests = Vec::new();
    let mut each = Vec::new();
    let mut incomplete = 0;
    for run in 0..args.warmup_runs + args.runs {
        let sent = Instant::now();
        issue(&http, &server.url, &issuer, &crowd, run).await?;
        let answered = sent.elapsed();
        let arrived = collect(&mut arrivals, run, crowd.receivers.len(), sent).await;
        if run < args.warmup_runs {
            continue;
        }
        requests.push(ms(answered));
        match arrived {
            Some(deliveries) => {
                let earliest = deliveries.iter().copied().fold(f64::INFINITY, f64::min);
                let latest = deliveries.iter().copied().fold(0.0, f64::max);
                last.push(latest);
                first.push(earliest);
                spread.push(latest - earliest);
                each.extend(deliveries);
            }
            None => incomplete += 1,
        }
        // Let the streams go quiet between runs.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    streams.abort_all();
    let last_delivery_ms = percentiles(&mut last);
    let fanout = Fanout {
        units: args.units,
        runs: args.runs,
        incomplete_runs: incomplete,
        goal_met: incomplete == 0 && last_delivery_ms.p99 <= GOAL_P99_MS,
        last_delivery_ms,
        request_ms: percentiles(&mut requests),
        each_delivery_ms: percentiles(&mut each),
        first_delivery_ms: percentiles(&mut first),
        spread_ms: percentiles(&mut spread),
        goal_p99_ms: GOAL_P99_MS,
    };
    Ok((memory, fanout))
}

/// Issues run `run`'s flash input to every station of the range over HTTP.
async fn issue(
    http: &reqwest::Client,
    url: &str,
    issuer: &Session,
    crowd: &Crowd,
    run: usize,
) -> Result<()> {
    let body = json!({
        "title": push_streams::title_of(run),
        "body": "Two armed members of a Sonipat gang seen heading for the border in a white SUV; check and report.",
        "language": "english",
        "kind": "gang_movement",
        "precedence": "flash",
        "required_action": "discreet_check_and_report",
        "grading": { "reliability": "B", "accuracy": 2 },
        "targets": [{ "kind": "unit", "unit": crowd.range, "include_sub_units": true }],
        "marking": {
            "classification": "restricted",
            "distribution": { "kind": "own_agency" },
            "handling": [],
            "pointer": false,
        },
    });
    let response = http
        .post(format!("{url}/api/v1/inputs"))
        .header(reqwest::header::AUTHORIZATION, issuer.authorization.clone())
        .json(&body)
        .send()
        .await
        .context("issuing a flash input")?;
    let status = response.status();
    if status != reqwest::StatusCode::CREATED {
        let text = response.text().await.unwrap_or_default();
        bail!(
            "POST /api/v1/inputs answered {status}: {text} (does this build have the inputs capability?)"
        );
    }
    Ok(())
}

/// Each receiver's delivery time of run `run` (ms after `sent`), or `None` if some did not
/// arrive in time.
async fn collect(
    arrivals: &mut mpsc::UnboundedReceiver<Receipt>,
    run: usize,
    receivers: usize,
    sent: Instant,
) -> Option<Vec<f64>> {
    let deadline = tokio::time::Instant::from_std(sent + RUN_TIMEOUT);
    let mut delivered = Vec::with_capacity(receivers);
    while delivered.len() < receivers {
        match tokio::time::timeout_at(deadline, arrivals.recv()).await {
            Ok(Some(receipt)) if receipt.run == run => {
                delivered.push(ms(receipt.at.saturating_duration_since(sent)));
            }
            Ok(Some(_late)) => {}
            Ok(None) | Err(_) => {
                eprintln!(
                    "run {run}: {} of {receivers} deliveries in time",
                    delivered.len()
                );
                return None;
            }
        }
    }
    Some(delivered)
}

fn print(memory: &Memory, fanout: &Fanout, machine: &Machine) {
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    println!(
        "\npush on {} CPUs ({})\n",
        machine.nproc,
        machine.cpu_model.as_deref().unwrap_or("unknown CPU")
    );
    let title = format!(
        "flash input to {} units, {} runs",
        fanout.units, fanout.runs
    );
    println!(
        "{title:<44}  {:>8}  {:>8}  {:>8}  {:>8}",
        "p50 ms", "p90 ms", "p99 ms", "max ms"
    );
    let rows = [
        (
            "issue request → last delivery (per run)",
            &fanout.last_delivery_ms,
        ),
        ("issue request → answer", &fanout.request_ms),
        ("issue request → each delivery", &fanout.each_delivery_ms),
        (
            "issue request → first delivery (per run)",
            &fanout.first_delivery_ms,
        ),
        ("first → last delivery (per run)", &fanout.spread_ms),
    ];
    for (name, p) in rows {
        println!(
            "{name:<44}  {:>8.1}  {:>8.1}  {:>8.1}  {:>8.1}",
            p.p50, p.p90, p.p99, p.max
        );
    }
    println!(
        "\n{} units, {} runs, {} incomplete; goal p99 <= {GOAL_P99_MS:.0} ms: {}",
        fanout.units,
        fanout.runs,
        fanout.incomplete_runs,
        verdict(fanout.goal_met)
    );
    println!(
        "memory: {:.1} KiB per idle open stream ({} streams; server RSS {} → {} KiB); goal <= {GOAL_KIB_PER_STREAM:.0} KiB: {}",
        memory.kib_per_stream,
        memory.streams,
        memory.rss_before_kib,
        memory.rss_after_kib,
        verdict(memory.goal_met)
    );
}
