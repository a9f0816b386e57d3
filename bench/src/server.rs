//! The server under test: a release `samanvay demo` started on an ephemeral port with a fresh
//! temporary data directory, or a server someone else runs (`--url`).

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::time::{Duration, SystemTime};
use tempfile::TempDir;
use tokio::fs::File;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWriteExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::{mpsc, oneshot};

/// What the demo prints once it is serving.
const READY_LINE: &str = "Samanvay demo is running at ";
/// Generating the demo world hashes every demo account's password (argon2id): give it time.
const START_TIMEOUT: Duration = Duration::from_secs(300);
/// How long the server has to finish in-flight requests and commit after SIGTERM.
const STOP_TIMEOUT: Duration = Duration::from_secs(15);

/// A server to benchmark.
pub struct Server {
    /// Base URL, without a trailing slash.
    pub url: String,
    spawned: Option<Spawned>,
}

/// A server this harness started and must stop.
struct Spawned {
    child: Child,
    pid: u32,
    /// Holds the data directory and the server's log; removed when dropped.
    _workdir: TempDir,
    /// Where its data lives, for the report.
    data_dir: PathBuf,
}

/// Facts about the server for the report.
#[derive(serde::Serialize)]
pub struct ServerFacts {
    pub url: String,
    pub started_by_harness: bool,
    pub binary: Option<String>,
    /// When the binary was built (its modification time), to notice a stale build.
    pub binary_modified: Option<String>,
    pub data_dir: Option<String>,
    pub data_dir_filesystem: Option<String>,
}

impl Server {
    /// A server that is already running at `url`.
    pub fn external(url: &str) -> Server {
        Server {
            url: url.trim_end_matches('/').to_string(),
            spawned: None,
        }
    }

    /// Starts `bin demo` on 127.0.0.1:0 with a fresh data directory inside `data_parent`,
    /// and waits until it says where it is serving.
    pub async fn start(bin: &Path, data_parent: &Path) -> Result<Server> {
        if !bin.is_file() {
            bail!(
                "the server binary {} does not exist: build it first with \
                 `cargo build --release -p samanvay-cli` (or pass --server-bin or --url)",
                bin.display()
            );
        }
        let workdir = tempfile::Builder::new()
            .prefix("samanvay-bench-")
            .tempdir_in(data_parent)
            .with_context(|| {
                format!(
                    "creating a temporary directory in {}",
                    data_parent.display()
                )
            })?;
        let data_dir = workdir.path().join("data");
        let log_path = workdir.path().join("server.log");
        let mut child = Command::new(bin)
            .args(["demo", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(&data_dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let pid = child.id().context("the server exited at once")?;
        let (url_found, url) = oneshot::channel();
        let log = spawn_log_writer(&log_path).await?;
        let stdout = child.stdout.take().context("server stdout")?;
        let stderr = child.stderr.take().context("server stderr")?;
        tokio::spawn(drain(stdout, log.clone(), Some(url_found)));
        tokio::spawn(drain(stderr, log, None));
        let url = match tokio::time::timeout(START_TIMEOUT, url).await {
            Ok(Ok(url)) => url,
            Ok(Err(_)) => {
                let status = child.wait().await.ok();
                bail!(
                    "the server stopped before serving ({status:?}); its output:\n{}",
                    tail(&log_path).await
                )
            }
            Err(_) => bail!(
                "the server did not start within {START_TIMEOUT:?}; its output:\n{}",
                tail(&log_path).await
            ),
        };
        Ok(Server {
            url,
            spawned: Some(Spawned {
                child,
                pid,
                _workdir: workdir,
                data_dir,
            }),
        })
    }

    /// The data directory of a server this harness started.
    pub fn data_dir(&self) -> Option<&Path> {
        self.spawned.as_ref().map(|s| s.data_dir.as_path())
    }

    /// The process id of a server this harness started.
    pub fn pid(&self) -> Option<u32> {
        self.spawned.as_ref().map(|s| s.pid)
    }

    pub fn facts(&self, bin: &Path) -> ServerFacts {
        let spawned = self.spawned.as_ref();
        let modified = spawned
            .and_then(|_| std::fs::metadata(bin).ok())
            .and_then(|m| m.modified().ok())
            .map(rfc3339);
        ServerFacts {
            url: self.url.clone(),
            started_by_harness: spawned.is_some(),
            binary: spawned.map(|_| bin.display().to_string()),
            binary_modified: modified,
            data_dir: spawned.map(|s| s.data_dir.display().to_string()),
            data_dir_filesystem: spawned.and_then(|s| crate::machine::filesystem_of(&s.data_dir)),
        }
    }

    /// Stops a server this harness started: SIGTERM, then SIGKILL if it does not exit in time.
    /// Its data directory is removed afterwards.
    pub async fn stop(self) -> Result<Option<ExitStatus>> {
        let Some(mut spawned) = self.spawned else {
            return Ok(None);
        };
        // `kill` rather than a signal crate: the workspace forbids unsafe code, and this is
        // the one signal the harness sends.
        let term = Command::new("kill")
            .args(["-TERM", &spawned.pid.to_string()])
            .status()
            .await;
        if term.is_ok_and(|s| s.success()) {
            if let Ok(status) = tokio::time::timeout(STOP_TIMEOUT, spawned.child.wait()).await {
                return Ok(Some(status?));
            }
            eprintln!("the server did not stop within {STOP_TIMEOUT:?} of SIGTERM; killing it");
        }
        spawned.child.kill().await.context("killing the server")?;
        Ok(Some(spawned.child.wait().await?))
    }
}

/// One writer task owns the log file; both output streams send it their lines.
async fn spawn_log_writer(path: &Path) -> Result<mpsc::UnboundedSender<String>> {
    let mut file = File::create(path)
        .await
        .with_context(|| format!("creating {}", path.display()))?;
    let (lines, mut received) = mpsc::unbounded_channel::<String>();
    tokio::spawn(async move {
        while let Some(line) = received.recv().await {
            let _ = file.write_all(line.as_bytes()).await;
            let _ = file.write_all(b"\n").await;
            let _ = file.flush().await;
        }
    });
    Ok(lines)
}

/// Copies a stream of the server's output to its log until it closes, so the server never
/// blocks on a full pipe; reports the URL when the ready line passes by.
async fn drain(
    stream: impl AsyncRead + Unpin,
    log: mpsc::UnboundedSender<String>,
    mut url_found: Option<oneshot::Sender<String>>,
) {
    let mut lines = BufReader::new(stream).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(url) = line.trim().strip_prefix(READY_LINE) {
            let url = url.trim().trim_end_matches('/').to_string();
            if let Some(found) = url_found.take() {
                let _ = found.send(url);
            }
        }
        let _ = log.send(line);
    }
}

/// The last lines of the server's log, for an error message.
async fn tail(path: &Path) -> String {
    // Let the writer catch up with the last lines.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let text = tokio::fs::read_to_string(path).await.unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

fn rfc3339(at: SystemTime) -> String {
    let at = time::OffsetDateTime::from(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
