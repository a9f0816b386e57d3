//! Issue 5's lifecycle figure: sustained acknowledge / report-action steps per second over
//! HTTP, each answered only once the step and its audit entry are durable.
//!
//! Prepares the copies first: an analyst issues inputs to a few dozen units of every agency
//! (one copy per unit each); then every client acts as an officer posted to a unit and walks
//! its own copies — acknowledge, then report action — so no two clients touch one copy and
//! every step is legal.

use super::{Bench, Outcome};
use crate::load::{self, PhaseResult};
use crate::session::Session;
use anyhow::{Context, Result, bail};
use reqwest::Url;
use samanvay_demo::{Scale, generate};
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The issue's target on the 2-core machine.
const TARGET_RATE: f64 = 3_000.0;
/// The seed `samanvay demo` uses by default.
const DEMO_SEED: u64 = 2026;

#[derive(clap::Args)]
pub struct Args {
    /// Inputs to issue before the measurement; each gives every target unit a copy, and each
    /// copy two steps. Enough for the whole run at the target rate by default.
    #[arg(long, default_value_t = 400)]
    inputs: usize,
    /// Recipient units (at most 100, one officer each).
    #[arg(long, default_value_t = 96)]
    units: usize,
    /// The issuing analyst.
    #[arg(long, default_value = "dl.analyst")]
    issuer: String,
    #[arg(long, default_value = samanvay_demo::DEMO_PASSWORD)]
    password: String,
}

/// One copy a client steps through.
struct Copy {
    officer: usize,
    url: Url,
}

pub async fn run(bench: &Bench, args: &Args) -> Result<Outcome> {
    if !(1..=100).contains(&args.units) {
        bail!("--units is 1 to 100");
    }
    let (officers, units) = officers(bench, args).await?;
    let copies = issue(bench, args, &units, officers.len()).await?;
    let total = copies.len();
    eprintln!(
        "steps: {} clients over {total} copies held by {} officers …",
        bench.load.clients,
        officers.len()
    );
    let phase = steps(bench, officers, copies).await;
    let met = phase.rate_per_s >= TARGET_RATE;
    let findings = vec![
        format!(
            "{:.0} lifecycle steps/s (acknowledge, report action), each with its audit entry durable",
            phase.rate_per_s
        ),
        format!(
            "issue 5 target: >= {TARGET_RATE:.0} steps/s ({})",
            if met { "met" } else { "NOT met" }
        ),
    ];
    let parameters = json!({
        "inputs": args.inputs,
        "units": args.units,
        "copies": total,
        "clients": bench.load.clients,
        "warmup_s": bench.load.warmup.as_secs_f64(),
        "duration_s": bench.load.duration.as_secs_f64(),
    });
    let summary = json!({ "target": { "rate_per_s": TARGET_RATE, "rate_met": met } });
    Ok(Outcome {
        parameters,
        phases: vec![phase],
        findings,
        summary,
    })
}

/// Signs in one officer posted to each of the first `units` units that have one.
async fn officers(bench: &Bench, args: &Args) -> Result<(Vec<Session>, Vec<String>)> {
    let world = generate(
        DEMO_SEED,
        Scale {
            persons: 0,
            inputs: 0,
            ..Scale::default()
        },
    );
    let mut first_officer: BTreeMap<String, String> = BTreeMap::new();
    for unit in &world.units {
        let posted = world.users.iter().find(|u| {
            u.user.unit == unit.id && !u.user.roles.iter().any(|r| r.name() == "auditor")
        });
        if let Some(user) = posted {
            first_officer.insert(unit.id.to_string(), user.user.username.clone());
        }
        if first_officer.len() == args.units {
            break;
        }
    }
    eprintln!("signing in {} officers …", first_officer.len());
    let mut sessions = Vec::new();
    let mut units = Vec::new();
    for (unit, username) in first_officer {
        sessions.push(Session::login(&bench.http, &bench.url, &username, &args.password).await?);
        units.push(unit);
    }
    Ok((sessions, units))
}

#[derive(Deserialize)]
struct Issued {
    input: IssuedInput,
    recipients: Vec<IssuedCopy>,
}

#[derive(Deserialize)]
struct IssuedInput {
    id: String,
}

#[derive(Deserialize)]
struct IssuedCopy {
    id: String,
    unit: String,
}

/// Issues the inputs to every unit; returns their copies, by officer, interleaved.
async fn issue(bench: &Bench, args: &Args, units: &[String], officers: usize) -> Result<Vec<Copy>> {
    let issuer = Session::login(&bench.http, &bench.url, &args.issuer, &args.password).await?;
    let officer_of: BTreeMap<&str, usize> = units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.as_str(), i))
        .collect();
    let targets: Vec<_> = units
        .iter()
        .map(|unit| json!({ "kind": "unit", "unit": unit }))
        .collect();
    eprintln!("issuing {} inputs to {} units …", args.inputs, units.len());
    let mut copies = Vec::new();
    for n in 0..args.inputs {
        let body = json!({
            "title": format!("Benchmark input {n}: vehicle of a wanted gang on the move"),
            "body": "Check and report.",
            "language": "english",
            "kind": "gang_movement",
            "precedence": "routine",
            "required_action": "discreet_check_and_report",
            "grading": { "reliability": "B", "accuracy": 2 },
            "targets": targets,
            "marking": {
                "classification": "restricted",
                "distribution": { "kind": "all_agencies" },
            },
        });
        let response = bench
            .http
            .post(format!("{}/api/v1/inputs", bench.url))
            .header(reqwest::header::AUTHORIZATION, issuer.authorization.clone())
            .json(&body)
            .send()
            .await
            .context("issuing an input")?;
        if !response.status().is_success() {
            bail!(
                "issuing an input: {} {}",
                response.status(),
                response.text().await?
            );
        }
        let issued: Issued = response.json().await.context("the issued input")?;
        for copy in issued.recipients {
            let Some(&officer) = officer_of.get(copy.unit.as_str()) else {
                continue;
            };
            let url = format!(
                "{}/api/v1/inputs/{}/recipients/{}/steps",
                bench.url, issued.input.id, copy.id
            );
            copies.push(Copy {
                officer,
                url: Url::parse(&url).context("a steps URL")?,
            });
        }
    }
    if copies.is_empty() || officers == 0 {
        bail!("no copies to step through");
    }
    Ok(copies)
}

/// Client c takes every copy whose index is c modulo the clients; its n-th request is the
/// acknowledgement (n even) or the action report (n odd) of its copy n / 2.
async fn steps(bench: &Bench, officers: Vec<Session>, copies: Vec<Copy>) -> PhaseResult {
    let clients = bench.load.clients;
    let mut mine: Vec<Vec<Copy>> = (0..clients).map(|_| Vec::new()).collect();
    for (i, copy) in copies.into_iter().enumerate() {
        mine[i % clients].push(copy);
    }
    let mine = Arc::new(mine);
    let officers = Arc::new(officers);
    let http = bench.http.clone();
    let acknowledge = json!({ "action": "acknowledge" });
    let report = json!({ "action": "report_action", "outcome": "searched_no_trace",
        "text": "Checked with beat staff; no trace." });
    load::run(
        &bench.load,
        bench.server_pid,
        (
            "inputs/steps (audited)",
            "POST …/recipients/{copy}/steps: acknowledge, then report action; step and audit entry durable before the answer",
        ),
        move |client, n| {
            let list = &mine[client];
            // Past the end, the client repeats a copy's last step: refused (409), counted as
            // an error, so a run too long for the prepared copies shows.
            let copy = &list[(n as usize / 2).min(list.len() - 1)];
            let body = if n % 2 == 0 { &acknowledge } else { &report };
            http.post(copy.url.clone())
                .header(
                    reqwest::header::AUTHORIZATION,
                    officers[copy.officer].authorization.clone(),
                )
                .json(body)
        },
    )
    .await
}
