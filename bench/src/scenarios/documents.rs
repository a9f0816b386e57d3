//! Issue 2's figure: an authenticated read of one marked document over HTTP, answered only
//! after its audit entry is durable, beside the same server's unaudited `/healthz`, so the
//! cost of auditing reads as a ratio.
//!
//! Each request of the audited phase resolves the session, checks the document's marking
//! against the viewer and commits one audit entry (group commit) before the answer.

use super::{Bench, Outcome};
use crate::load::{self, PhaseResult};
use crate::session::Session;
use anyhow::{Context, Result, bail};
use reqwest::Url;
use serde_json::json;
use std::collections::HashSet;
use std::sync::Arc;

/// The targets on the 2-core machine, with 64 clients.
const TARGET_RATE: f64 = 5_000.0;
const TARGET_P99_MS: f64 = 20.0;

#[derive(clap::Args)]
pub struct Args {
    /// Demo users to read as, comma-separated; clients take turns among them. The default
    /// mixes agencies (Delhi, Haryana, UP, a central agency) and clearances.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "dl.sho.alipur,hr.sp.gurugram,up.sho.loni,ib.analyst"
    )]
    users: Vec<String>,
    /// Their password.
    #[arg(long, default_value = samanvay_demo::DEMO_PASSWORD)]
    password: String,
}

/// A user and the document URLs they may read.
struct Reader {
    session: Session,
    documents: Vec<Url>,
}

pub async fn run(bench: &Bench, args: &Args) -> Result<Outcome> {
    let readers = prepare(bench, args).await?;
    let distinct: HashSet<&Url> = readers.iter().flat_map(|r| &r.documents).collect();
    let parameters = json!({
        "users": readers.iter().map(|r| json!({
            "username": r.session.username,
            "agency": r.session.agency,
            "readable_documents": r.documents.len(),
        })).collect::<Vec<_>>(),
        "distinct_documents": distinct.len(),
        "clients": bench.load.clients,
        "warmup_s": bench.load.warmup.as_secs_f64(),
        "duration_s": bench.load.duration.as_secs_f64(),
    });

    eprintln!(
        "audited reads: {} clients, {} users, {} documents …",
        bench.load.clients,
        readers.len(),
        distinct.len()
    );
    let audited = audited_reads(bench, readers).await;
    eprintln!("unaudited /healthz: {} clients …", bench.load.clients);
    let unaudited = healthz(bench).await?;

    let ratio = audited.rate_per_s / unaudited.rate_per_s.max(f64::EPSILON);
    let rate_met = audited.rate_per_s >= TARGET_RATE;
    let p99_met = audited.latency_ms.p99 <= TARGET_P99_MS;
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    let findings = vec![
        format!(
            "audited / unaudited rate: {ratio:.3} ({:.0} vs {:.0} requests/s)",
            audited.rate_per_s, unaudited.rate_per_s
        ),
        format!(
            "issue 2 target: >= {TARGET_RATE:.0} requests/s ({}), p99 <= {TARGET_P99_MS:.0} ms ({})",
            verdict(rate_met),
            verdict(p99_met)
        ),
    ];
    let summary = json!({
        "audited_to_unaudited_rate": ratio,
        "target": {
            "rate_per_s": TARGET_RATE,
            "p99_ms": TARGET_P99_MS,
            "rate_met": rate_met,
            "p99_met": p99_met,
        },
    });
    Ok(Outcome {
        parameters,
        phases: vec![audited, unaudited],
        findings,
        summary,
    })
}

/// Logs every user in and finds the documents each may read.
async fn prepare(bench: &Bench, args: &Args) -> Result<Vec<Reader>> {
    if args.users.is_empty() {
        bail!("name at least one user with --users");
    }
    let mut readers = Vec::with_capacity(args.users.len());
    for username in &args.users {
        let session = Session::login(&bench.http, &bench.url, username, &args.password).await?;
        let listed = session.readable_documents(&bench.http, &bench.url).await?;
        if listed.is_empty() {
            bail!("{username} may read no documents; pick other --users");
        }
        let documents = listed
            .iter()
            .map(|d| Url::parse(&format!("{}/api/v1/documents/{}", bench.url, d.id)))
            .collect::<Result<Vec<_>, _>>()
            .context("a document URL")?;
        eprintln!(
            "  {username} ({}): {} readable documents",
            session.agency,
            documents.len()
        );
        readers.push(Reader { session, documents });
    }
    Ok(readers)
}

/// Client c reads as user c mod users, walking that user's documents from its own offset.
async fn audited_reads(bench: &Bench, readers: Vec<Reader>) -> PhaseResult {
    let readers = Arc::new(readers);
    let http = bench.http.clone();
    load::run(
        &bench.load,
        bench.server_pid,
        (
            "documents/read (audited)",
            "GET /api/v1/documents/{id} with a bearer session; audit entry durable before the answer",
        ),
        move |client, n| {
            let reader = &readers[client % readers.len()];
            let document = &reader.documents[(client + n as usize) % reader.documents.len()];
            http.get(document.clone())
                .header(reqwest::header::AUTHORIZATION, reader.session.authorization.clone())
        },
    )
    .await
}

async fn healthz(bench: &Bench) -> Result<PhaseResult> {
    let url = Url::parse(&format!("{}/healthz", bench.url)).context("the /healthz URL")?;
    let http = bench.http.clone();
    Ok(load::run(
        &bench.load,
        bench.server_pid,
        (
            "healthz (unaudited)",
            "GET /healthz: no session, no database",
        ),
        move |_, _| http.get(url.clone()),
    )
    .await)
}
