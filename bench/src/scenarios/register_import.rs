//! `register-import`: issue 4's import figure over HTTP. Writes the generated population (see
//! `register`) as the register's person CSV, with its gangs as an organisations CSV, and
//! imports both through `POST /api/v1/register/imports` as an analyst, following the job until
//! it is done: every row read, normalized, stored with its audit entry, indexed and matched.
//! Then imports the same persons file again, which must change nothing.

use super::{Bench, Outcome};
use crate::machine::CpuClock;
use crate::session::Session;
use anyhow::{Context, Result, bail};
use samanvay_core::register::exchange::{OrganisationLine, PersonLine, write_csv_line};
use samanvay_core::register::{NameKind, OrganisationKind, RecordName};
use samanvay_demo::population::{Population, generate_population};
use serde::Deserialize;
use serde_json::json;
use std::time::{Duration, Instant};

/// The target on the 2-core machine.
const TARGET_RATE: f64 = 20_000.0;

#[derive(clap::Args)]
pub struct Args {
    /// Person records in the file.
    #[arg(long, default_value_t = 100_000)]
    records: usize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// The analyst who imports (any analyst of the demo world).
    #[arg(long, default_value = "dl.analyst")]
    user: String,
    #[arg(long, default_value = samanvay_demo::DEMO_PASSWORD)]
    password: String,
}

/// One import job as the harness saw it.
#[derive(Clone, Debug, serde::Serialize)]
struct ImportRun {
    rows: usize,
    seconds: f64,
    rows_per_s: f64,
    created: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
    clusters: usize,
    /// Cores the server used while the job ran, and the whole machine.
    server_cores: Option<f64>,
    machine_cores: Option<f64>,
    /// The server's CPU seconds per 100,000 rows: the figure least moved by what else the
    /// shared machine runs.
    server_cpu_s_per_100k: Option<f64>,
}

/// The job's progress as the API reports it; only what the harness reads.
#[derive(Deserialize)]
struct Progress {
    id: String,
    state: String,
    rows_total: Option<usize>,
    created: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
    errors: Vec<serde_json::Value>,
    error: Option<String>,
    clusters: Vec<serde_json::Value>,
}

pub async fn run(bench: &Bench, args: &Args) -> Result<Outcome> {
    let session = Session::login(&bench.http, &bench.url, &args.user, &args.password).await?;
    eprintln!("generating {} records …", args.records);
    let population = generate_population(args.seed, args.records);
    let gangs = gangs_csv(&population)?;
    let persons = persons_csv(&population)?;
    eprintln!(
        "importing {} gangs, then {} persons ({:.1} MB) as {} …",
        population.gangs.len(),
        population.records.len(),
        persons.len() as f64 / 1e6,
        session.username
    );
    let organisations = import(bench, &session, "organisations", gangs).await?;
    let first = import(bench, &session, "persons", persons.clone()).await?;
    eprintln!("importing the same persons file again …");
    let again = import(bench, &session, "persons", persons).await?;

    let mut findings = Vec::new();
    findings.push(format!(
        "{:<34} {:>9} {:>9} {:>11} {:>9} {:>9} {:>7} {:>9} {:>14} {:>14}",
        "import",
        "rows",
        "seconds",
        "rows/s",
        "created",
        "unchanged",
        "failed",
        "clusters",
        "CPU srv/all",
        "srv CPU-s/100k"
    ));
    for (name, run) in [
        ("organisations (gangs)", &organisations),
        ("persons, new", &first),
        ("persons again, unchanged", &again),
    ] {
        let cores = |c: Option<f64>| c.map_or("-".to_string(), |c| format!("{c:.2}"));
        findings.push(format!(
            "{name:<34} {:>9} {:>9.1} {:>11.0} {:>9} {:>9} {:>7} {:>9} {:>14} {:>14}",
            run.rows,
            run.seconds,
            run.rows_per_s,
            run.created,
            run.unchanged,
            run.failed,
            run.clusters,
            format!("{}/{}", cores(run.server_cores), cores(run.machine_cores)),
            run.server_cpu_s_per_100k
                .map_or("-".to_string(), |s| format!("{s:.1}"))
        ));
    }
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    findings.push(format!(
        "issue 4 target: >= {TARGET_RATE:.0} new records/s with normalization, indexing and matching ({})",
        verdict(first.rows_per_s >= TARGET_RATE)
    ));
    if first.failed > 0 || again.created + again.updated > 0 {
        findings.push(format!(
            "unexpected: {} rows failed on the first import; the second created {} and updated {}",
            first.failed, again.created, again.updated
        ));
    }
    Ok(Outcome {
        parameters: json!({
            "records": args.records, "seed": args.seed, "user": args.user,
            "persons": population.entities, "gangs": population.gangs.len(),
        }),
        phases: Vec::new(),
        findings,
        summary: json!({
            "organisations": organisations, "persons": first, "persons_again": again,
            "target_rows_per_s": TARGET_RATE,
        }),
    })
}

/// Posts a CSV file and follows the job until it is done.
async fn import(bench: &Bench, session: &Session, kind: &str, file: String) -> Result<ImportRun> {
    let clock = CpuClock::new();
    let (server_before, machine_before) =
        (clock.seconds(bench.server_pid), clock.machine_seconds());
    let started = Instant::now();
    let response = bench
        .http
        .post(format!("{}/api/v1/register/imports?kind={kind}", bench.url))
        .header(
            reqwest::header::AUTHORIZATION,
            session.authorization.clone(),
        )
        .header(reqwest::header::CONTENT_TYPE, "text/csv")
        .timeout(Duration::from_secs(600))
        .body(file)
        .send()
        .await
        .context("posting the import")?;
    if response.status() != reqwest::StatusCode::ACCEPTED {
        bail!(
            "the import was refused: {} {}",
            response.status(),
            response.text().await.unwrap_or_default()
        );
    }
    let job: Progress = response.json().await.context("the import job")?;
    let done = loop {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let progress: Progress = session
            .get(
                &bench.http,
                &format!("{}/api/v1/register/imports/{}", bench.url, job.id),
            )
            .send()
            .await?
            .error_for_status()?
            .json()
            .await
            .context("the job's progress")?;
        if progress.state != "running" {
            break progress;
        }
    };
    let seconds = started.elapsed().as_secs_f64();
    if done.state != "done" {
        bail!("the import failed: {}", done.error.unwrap_or_default());
    }
    if let Some(first) = done.errors.first() {
        eprintln!("{} rows failed, the first: {first}", done.errors.len());
    }
    let per_s = |a: Option<f64>, b: Option<f64>| Some((b? - a?) / seconds);
    let rows = done.rows_total.unwrap_or(0);
    let server_cores = per_s(server_before, clock.seconds(bench.server_pid));
    Ok(ImportRun {
        rows,
        seconds,
        rows_per_s: rows as f64 / seconds,
        created: done.created,
        updated: done.updated,
        unchanged: done.unchanged,
        failed: done.failed,
        clusters: done.clusters.len(),
        server_cores,
        machine_cores: per_s(machine_before, clock.machine_seconds()),
        server_cpu_s_per_100k: server_cores
            .filter(|_| rows > 0)
            .map(|cores| cores * seconds / rows as f64 * 100_000.0),
    })
}

/// The population's gangs as organisations, referenced `G-<n>`.
fn gangs_csv(population: &Population) -> Result<String> {
    let mut out = write_csv_line(&OrganisationLine::csv_header());
    for (n, name) in population.gangs.iter().enumerate() {
        let line: OrganisationLine = serde_json::from_value(json!({
            "external_ref": format!("G-{n}"),
            "kind": OrganisationKind::Gang,
            "names": [RecordName::new(name, NameKind::Primary)],
        }))?;
        out.push_str(&write_csv_line(&line.csv_fields()));
    }
    Ok(out)
}

/// Every record as a person row, referenced `P-<n>`, its gang by the gang's reference.
fn persons_csv(population: &Population) -> Result<String> {
    let mut out = write_csv_line(&PersonLine::csv_header());
    for (n, record) in population.records.iter().enumerate() {
        let c = population.person_content(record, None);
        let identifiers: Vec<String> = c
            .identifiers
            .iter()
            .map(|i| format!("{}:{}", i.kind().as_str(), i.canonical()))
            .collect();
        let line: PersonLine = serde_json::from_value(json!({
            "external_ref": format!("P-{n}"),
            "names": c.names,
            "relative": c.relative,
            "gender": c.gender,
            "age": c.age,
            "identifiers": identifiers,
            "addresses": c.addresses,
            "statuses": c.statuses,
            "gang": record.gang.map(|g| format!("G-{g}")),
            "notes": c.notes,
        }))?;
        out.push_str(&write_csv_line(&line.csv_fields()));
    }
    Ok(out)
}
