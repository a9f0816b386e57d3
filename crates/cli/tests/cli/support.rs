//! Running the `samanvay` binary: commands with a clean environment, servers whose address is
//! read from their output, and an HTTP client for them.

use reqwest::StatusCode;
use serde_json::{Value, json};
use std::path::Path;
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::mpsc;

/// How long a server may take to load the demo world and start listening (debug builds).
const START_TIMEOUT: Duration = Duration::from_secs(180);

/// The binary, with no `SAMANVAY_*` variable of the calling environment and no colours.
pub fn samanvay() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_samanvay"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("SAMANVAY_") {
            command.env_remove(key);
        }
    }
    command.env("NO_COLOR", "1").kill_on_drop(true);
    command
}

/// Where a server keeps its data: a data directory, and a database URL if not its SQLite file.
pub struct Data<'a> {
    pub dir: &'a Path,
    pub database_url: Option<&'a str>,
}

impl Data<'_> {
    pub fn args(&self) -> Vec<String> {
        let mut args = vec!["--data-dir".to_string(), self.dir.display().to_string()];
        if let Some(url) = self.database_url {
            args.extend(["--database-url".to_string(), url.to_string()]);
        }
        args
    }
}

/// A `samanvay demo` or `samanvay serve` process and the address it serves at.
pub struct Server {
    child: Child,
    pub base: String,
    output: Arc<Mutex<String>>,
}

impl Server {
    /// `samanvay demo --listen 127.0.0.1:0 …`: waits for "Samanvay demo is running at URL".
    pub async fn demo(data: &Data<'_>) -> Server {
        Self::start("demo", data, "Samanvay demo is running at ").await
    }

    /// `samanvay serve --listen 127.0.0.1:0 …`: waits for the log line "Samanvay is serving".
    pub async fn serve(data: &Data<'_>) -> Server {
        Self::start("serve", data, "Samanvay is serving").await
    }

    async fn start(subcommand: &str, data: &Data<'_>, ready: &str) -> Server {
        let mut child = samanvay()
            .arg(subcommand)
            .args(["--listen", "127.0.0.1:0"])
            .args(data.args())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start samanvay");
        let output = Arc::new(Mutex::new(String::new()));
        let (lines, mut incoming) = mpsc::unbounded_channel();
        // Both streams are drained for the whole run, so the server never blocks on a full pipe.
        drain(
            child.stdout.take().expect("stdout"),
            lines.clone(),
            output.clone(),
        );
        drain(child.stderr.take().expect("stderr"), lines, output.clone());
        let found = tokio::time::timeout(START_TIMEOUT, async {
            while let Some(line) = incoming.recv().await {
                if line.contains(ready) {
                    return url_in(&line);
                }
            }
            None
        })
        .await;
        match found {
            Ok(Some(base)) => Server {
                child,
                base,
                output,
            },
            _ => {
                let _ = child.start_kill();
                let output = output.lock().unwrap().clone();
                panic!("samanvay {subcommand} did not say where it serves:\n{output}");
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Everything the server printed so far.
    pub fn output(&self) -> String {
        self.output.lock().unwrap().clone()
    }

    /// SIGTERM, then waits for a clean exit.
    pub async fn stop(mut self) {
        let pid = self.child.id().expect("a running server").to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .await
            .expect("run kill");
        assert!(sent.success(), "kill -TERM {pid}");
        let status = self.wait().await;
        assert!(status.success(), "exit {status}:\n{}", self.output());
    }

    /// SIGKILL: no chance to finish anything.
    pub async fn kill(mut self) {
        self.child.start_kill().expect("SIGKILL");
        self.wait().await;
    }

    async fn wait(&mut self) -> ExitStatus {
        tokio::time::timeout(Duration::from_secs(60), self.child.wait())
            .await
            .unwrap_or_else(|_| panic!("the server did not exit:\n{}", self.output()))
            .expect("wait for the server")
    }
}

fn drain(
    stream: impl AsyncRead + Unpin + Send + 'static,
    lines: mpsc::UnboundedSender<String>,
    output: Arc<Mutex<String>>,
) {
    tokio::spawn(async move {
        let mut reader = BufReader::new(stream).lines();
        while let Ok(Some(line)) = reader.next_line().await {
            {
                let mut all = output.lock().unwrap();
                all.push_str(&line);
                all.push('\n');
            }
            let _ = lines.send(line);
        }
    });
}

/// The first `http://host:port` in a line.
fn url_in(line: &str) -> Option<String> {
    let start = line.find("http://")?;
    let url: String = line[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || ".:/[]-".contains(*c))
        .collect();
    Some(url.trim_end_matches('/').to_string())
}

/// `samanvay audit verify …`: whether it passed, and what it printed (stdout and stderr).
pub async fn verify_audit(data: &Data<'_>) -> (bool, String) {
    let output = samanvay()
        .args(["audit", "verify"])
        .args(data.args())
        .output()
        .await
        .expect("run samanvay audit verify");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

/// Signs a demo account in and returns its token and user id.
pub async fn login(client: &reqwest::Client, server: &Server, username: &str) -> (String, String) {
    let reply = client
        .post(server.url("/api/v1/auth/login"))
        .json(&json!({ "username": username, "password": samanvay_demo::DEMO_PASSWORD }))
        .send()
        .await
        .expect("login answered");
    assert_eq!(reply.status(), StatusCode::OK, "login as {username}");
    let body: Value = reply.json().await.expect("login JSON");
    (
        body["token"].as_str().unwrap().to_string(),
        body["user"]["id"].as_str().unwrap().to_string(),
    )
}

/// GET with a bearer token; the status and the JSON body.
pub async fn get(
    client: &reqwest::Client,
    server: &Server,
    path: &str,
    token: &str,
) -> (StatusCode, Value) {
    let reply = client
        .get(server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    let status = reply.status();
    let body = reply.json().await.unwrap_or(Value::Null);
    (status, body)
}
