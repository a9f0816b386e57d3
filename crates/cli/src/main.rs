//! `samanvay`: the one binary. Parses arguments and wires the crates together.

mod agency;
mod demo;
mod exchange;

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use samanvay_core::clock::SystemClock;
use samanvay_server::Application;
use samanvay_server::config::{Config, EXAMPLE, LogFormat};
use samanvay_store::Store;
use serde::Serialize;
use std::io::BufRead;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "samanvay",
    version,
    about = "Samanvay: criminal-intelligence sharing between police and security agencies"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server.
    Serve(ServerArgs),
    /// Create a fresh data directory with synthetic agencies, units, users and documents, and
    /// serve it.
    Demo {
        #[command(flatten)]
        server: ServerArgs,
        /// Seed of the synthetic data; the same seed gives the same data.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Configuration.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Agencies.
    #[command(subcommand)]
    Agency(AgencyCommand),
    /// Import persons or organisations from a CSV or JSON Lines file into a running server.
    Import {
        #[command(flatten)]
        connection: exchange::Connection,
        /// The file (UTF-8; columns as in the README).
        file: PathBuf,
        #[arg(long, value_enum, default_value = "persons")]
        kind: exchange::Kind,
        /// By default read from the file name (.csv, .jsonl, .ndjson).
        #[arg(long, value_enum)]
        format: Option<exchange::Format>,
        #[command(flatten)]
        marking: exchange::FileMarking,
    },
    /// Export the persons or organisations you may see from a running server.
    Export {
        #[command(flatten)]
        connection: exchange::Connection,
        #[arg(long, value_enum)]
        kind: exchange::Kind,
        #[arg(long, value_enum, default_value = "jsonl")]
        format: exchange::Format,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AgencyCommand {
    /// Add an agency with its headquarters and first administrator (password on stdin).
    Create {
        #[command(flatten)]
        server: ServerArgs,
        /// Short code: DL, HR, UP, RJ, IB, NIA, NCB, …
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_enum)]
        kind: AgencyKindArg,
        #[arg(long)]
        admin_username: String,
        #[arg(long)]
        admin_name: String,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum AgencyKindArg {
    StatePolice,
    Central,
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Print the documented default configuration.
    Example,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the whole hash chain; name the first broken entry.
    Verify(ServerArgs),
}

/// Flags that override the configuration file and environment.
#[derive(Args, Serialize)]
struct ServerArgs {
    /// Configuration file (TOML); see `samanvay config example`.
    #[arg(long, env = "SAMANVAY_CONFIG")]
    #[serde(skip)]
    config: Option<PathBuf>,
    /// Address and port to listen on.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    listen: Option<SocketAddr>,
    /// Data directory.
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    data_dir: Option<PathBuf>,
    /// Database URL (sqlite://… or postgres://…).
    #[arg(long)]
    #[serde(skip_serializing_if = "Option::is_none")]
    database_url: Option<String>,
}

impl ServerArgs {
    fn load(&self) -> Result<Config> {
        Ok(Config::load(self.config.as_deref(), self)?)
    }
}

#[tokio::main]
async fn main() -> Result<ExitCode> {
    let cli = Cli::parse();
    if let Command::Import {
        connection,
        file,
        kind,
        format,
        marking,
    } = cli.command
    {
        let request = exchange::ImportRequest {
            file,
            kind,
            format,
            marking,
        };
        return exchange::import(&connection, request).await;
    }
    run(cli.command).await.map(|()| ExitCode::SUCCESS)
}

/// Every command but `import`, which has its own exit codes.
async fn run(command: Command) -> Result<()> {
    match command {
        Command::Serve(args) => {
            let config = args.load()?;
            init_logging(&config);
            serve(config, None).await
        }
        Command::Demo { server, seed } => {
            let mut config = server.load()?;
            if server.data_dir.is_none() && std::env::var_os("SAMANVAY_DATA_DIR").is_none() {
                config.data_dir = PathBuf::from("./samanvay-demo-data");
            }
            init_logging(&config);
            let logins = demo::prepare(&config, seed).await?;
            serve(config, Some(logins)).await
        }
        Command::Config(ConfigCommand::Example) => {
            print!("{EXAMPLE}");
            Ok(())
        }
        Command::Audit(AuditCommand::Verify(args)) => verify(args.load()?).await,
        Command::Agency(AgencyCommand::Create {
            server,
            code,
            name,
            kind,
            admin_username,
            admin_name,
        }) => {
            let kind = match kind {
                AgencyKindArg::StatePolice => samanvay_core::org::AgencyKind::StatePolice,
                AgencyKindArg::Central => samanvay_core::org::AgencyKind::Central,
            };
            let new = agency::NewAgency {
                code,
                name,
                kind,
                admin_username,
                admin_name,
            };
            agency::create(&server.load()?, new).await
        }
        Command::Export {
            connection,
            kind,
            format,
            output,
        } => exchange::export(&connection, kind, format, output).await,
        Command::Import { .. } => unreachable!("main runs import"),
    }
}

/// The first line of standard input, so a password never appears in the process list or
/// shell history.
fn read_password(what: &str) -> Result<String> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .with_context(|| format!("reading {what} from standard input"))?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    if password.is_empty() {
        bail!("give {what} on standard input, e.g. `read -rs P; echo \"$P\" | samanvay …`");
    }
    Ok(password)
}

async fn open_store(config: &Config) -> Result<Store> {
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("creating the data directory {}", config.data_dir.display()))?;
    let url = config.database_url();
    Store::open(&url)
        .await
        .with_context(|| format!("opening the database {url}"))
}

async fn serve(config: Config, banner: Option<String>) -> Result<()> {
    let store = open_store(&config).await?;
    let app = Application::build(config, store, Arc::new(SystemClock))
        .await
        .context("binding the listen address")?;
    let url = format!("http://{}", app.local_addr());
    tracing::info!(%url, "Samanvay is serving");
    if let Some(banner) = banner {
        println!("\nSamanvay demo is running at {url}\n{banner}");
    }
    app.serve(shutdown_signal()).await?;
    Ok(())
}

async fn verify(config: Config) -> Result<()> {
    let store = open_store(&config).await?;
    let report = store.verify_audit_chain().await?;
    store.close().await;
    match report.first_broken {
        None => {
            println!(
                "audit log intact: {} entries, chain verified",
                report.entries
            );
            Ok(())
        }
        Some((seq, why)) => {
            println!("audit log BROKEN at entry {seq}: {why}");
            bail!("the audit chain is broken at entry {seq}")
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SAMANVAY_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&config.log_level));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    match config.log_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}
