//! `samanvay import` and `samanvay export`: the register's bulk exchange from a shell. Both are
//! clients of a running server, so a file imported here is signed for, marked, matched and
//! audited exactly as one sent from the browser, and an export holds only what the user may see.

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use reqwest::{Client, RequestBuilder, Response};
use serde::Deserialize;
use serde_json::{Value, json};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// How often a running import is asked for its progress.
const POLL_EVERY: Duration = Duration::from_millis(250);

/// The server to talk to and the user to sign in as.
#[derive(Args)]
pub struct Connection {
    /// The running server's address.
    #[arg(long, env = "SAMANVAY_URL", default_value = "http://127.0.0.1:8080")]
    url: String,
    /// The user to sign in as. The password is read from SAMANVAY_PASSWORD, or else from the
    /// first line of standard input.
    #[arg(long, env = "SAMANVAY_USER")]
    user: String,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Kind {
    Persons,
    Organisations,
}

impl Kind {
    fn param(self) -> &'static str {
        match self {
            Kind::Persons => "persons",
            Kind::Organisations => "organisations",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
}

impl Format {
    fn param(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
        }
    }

    /// The format a file's name says: `.csv`, or `.jsonl`/`.ndjson`.
    fn of_file(path: &Path) -> Option<Format> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(Format::Csv),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            _ => None,
        }
    }
}

/// The file's marking; a row may override it (see the README's import columns).
#[derive(Args)]
pub struct FileMarking {
    /// unrestricted, restricted (the server's default), confidential or secret.
    #[arg(long)]
    classification: Option<String>,
    /// own_agency (default), agencies, sharing_group or all_agencies.
    #[arg(long)]
    distribution: Option<String>,
    /// For `agencies`: agency codes or ids, separated by `;` or `,`.
    #[arg(long)]
    share_with: Option<String>,
    #[arg(long)]
    sharing_group: Option<String>,
    /// Let agencies that may not see a record learn that it exists.
    #[arg(long)]
    pointer: bool,
    /// Handling conditions, separated by `;`.
    #[arg(long)]
    handling: Option<String>,
}

impl FileMarking {
    fn query(&self) -> Vec<(&'static str, String)> {
        let mut query = Vec::new();
        let optional = [
            ("classification", &self.classification),
            ("distribution", &self.distribution),
            ("share_with", &self.share_with),
            ("sharing_group", &self.sharing_group),
            ("handling", &self.handling),
        ];
        for (name, value) in optional {
            if let Some(value) = value {
                query.push((name, value.clone()));
            }
        }
        if self.pointer {
            query.push(("pointer", "true".to_string()));
        }
        query
    }
}

/// What `samanvay import` was asked to do.
pub struct ImportRequest {
    pub file: PathBuf,
    pub kind: Kind,
    pub format: Option<Format>,
    pub marking: FileMarking,
}

/// An import job's report, as the server keeps it.
#[derive(Deserialize)]
struct Progress {
    id: String,
    state: JobState,
    rows_total: Option<usize>,
    rows_read: usize,
    created: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
    errors: Vec<RowError>,
    error: Option<String>,
    clusters: Vec<Value>,
}

#[derive(Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum JobState {
    Running,
    Done,
    Failed,
}

#[derive(Deserialize)]
struct RowError {
    line: usize,
    reason: String,
}

/// Imports the file and prints the report. Exits 0 when every row was imported or already
/// stored, 2 when some rows were refused (each is listed with its line).
pub async fn import(connection: &Connection, request: ImportRequest) -> Result<ExitCode> {
    let format = match request.format.or_else(|| Format::of_file(&request.file)) {
        Some(format) => format,
        None => bail!("say --format csv or --format jsonl (the file name does not tell)"),
    };
    let body = std::fs::read(&request.file)
        .with_context(|| format!("reading {}", request.file.display()))?;
    let session = Session::open(connection).await?;
    let mut query = vec![
        ("kind", request.kind.param().to_string()),
        ("format", format.param().to_string()),
    ];
    query.extend(request.marking.query());
    let started = session
        .send(
            session
                .post("/api/v1/register/imports")
                .query(&query)
                .body(body),
        )
        .await?;
    let mut progress: Progress = started.json().await.context("reading the import job")?;
    while progress.state == JobState::Running {
        eprint!(
            "\rimporting: {} of {} rows",
            progress.rows_read,
            progress
                .rows_total
                .map_or("?".to_string(), |t| t.to_string())
        );
        tokio::time::sleep(POLL_EVERY).await;
        let path = format!("/api/v1/register/imports/{}", progress.id);
        let reply = session.send(session.get(&path)).await?;
        progress = reply.json().await.context("reading the import job")?;
    }
    eprintln!();
    session.close().await;
    report(&progress)
}

fn report(progress: &Progress) -> Result<ExitCode> {
    if progress.state == JobState::Failed {
        bail!(
            "nothing was imported: {}",
            progress.error.as_deref().unwrap_or("the file was refused")
        );
    }
    println!(
        "imported {} (created {}, updated {}), unchanged {}, failed {}",
        progress.created + progress.updated,
        progress.created,
        progress.updated,
        progress.unchanged,
        progress.failed
    );
    for error in &progress.errors {
        println!("line {}: {}", error.line, error.reason);
    }
    if !progress.clusters.is_empty() {
        println!(
            "matching found {} same-person clusters with the imported persons; see import {} in the web application",
            progress.clusters.len(),
            progress.id
        );
    }
    Ok(if progress.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// Writes every record of `kind` the user may see to `output` (or standard output).
pub async fn export(
    connection: &Connection,
    kind: Kind,
    format: Format,
    output: Option<PathBuf>,
) -> Result<()> {
    let session = Session::open(connection).await?;
    let query = [("kind", kind.param()), ("format", format.param())];
    let mut reply = session
        .send(session.get("/api/v1/register/export").query(&query))
        .await?;
    let mut sink: Box<dyn Write> = match &output {
        Some(path) => Box::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    while let Some(chunk) = reply.chunk().await.context("receiving the export")? {
        sink.write_all(&chunk).context("writing the export")?;
    }
    sink.flush().context("writing the export")?;
    drop(sink);
    session.close().await;
    Ok(())
}

/// A signed-in conversation with the server.
struct Session {
    client: Client,
    base: String,
    token: String,
}

impl Session {
    async fn open(connection: &Connection) -> Result<Session> {
        let password = match std::env::var("SAMANVAY_PASSWORD") {
            Ok(password) => password,
            Err(_) => crate::read_password(&format!("{}'s password", connection.user))?,
        };
        let client = Client::new();
        let base = connection.url.trim_end_matches('/').to_string();
        let reply = client
            .post(format!("{base}/api/v1/auth/login"))
            .json(&json!({ "username": connection.user, "password": password }))
            .send()
            .await
            .with_context(|| format!("reaching the server at {base}"))?;
        let reply = refuse_problem(reply).await.context("signing in")?;
        let body: Value = reply.json().await.context("reading the sign-in answer")?;
        let Some(token) = body["token"].as_str() else {
            bail!("the server's sign-in answer holds no token");
        };
        Ok(Session {
            client,
            base,
            token: token.to_string(),
        })
    }

    fn get(&self, path: &str) -> RequestBuilder {
        self.client
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    fn post(&self, path: &str) -> RequestBuilder {
        self.client
            .post(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
    }

    async fn send(&self, request: RequestBuilder) -> Result<Response> {
        let reply = request.send().await.context("reaching the server")?;
        refuse_problem(reply).await
    }

    /// Signs out; the session would otherwise stay open until it times out.
    async fn close(self) {
        let _ = self.send(self.post("/api/v1/auth/logout")).await;
    }
}

/// A reply as is when it succeeded; otherwise an error with the server's explanation.
async fn refuse_problem(reply: Response) -> Result<Response> {
    let status = reply.status();
    if status.is_success() {
        return Ok(reply);
    }
    let body: Value = reply.json().await.unwrap_or(Value::Null);
    let detail = body["detail"]
        .as_str()
        .or_else(|| body["title"].as_str())
        .unwrap_or("no explanation given");
    bail!("the server refused ({status}): {detail}")
}
