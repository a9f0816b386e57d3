//! The clients of the push scenario: many open `GET /api/v1/stream` WebSockets, each read by
//! a task of its own; receivers report when an input reaches them. And the server's resident
//! memory, read from `/proc`.

use anyhow::{Context, Result, bail};
use futures_util::StreamExt;
use std::sync::Arc;
use std::time::Instant;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::AUTHORIZATION;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

/// Connections being opened at once.
const OPENING_AT_ONCE: usize = 64;

/// An input's arrival at one stream.
pub struct Receipt {
    /// The run whose input arrived (from its title).
    pub run: usize,
    pub at: Instant,
}

/// What every run's input title starts with; the run number follows.
const TITLE: &str = "Bench flash run ";

/// The title of run `run`'s input, which receivers read the run back from.
pub fn title_of(run: usize) -> String {
    format!("{TITLE}{run}")
}

/// Opens a stream for every token; receivers report each input's arrival on `receipts`.
/// Returns once every stream is open; the tasks read until the server closes them.
pub async fn open(
    url: &str,
    tokens: &[String],
    receipts: Option<mpsc::UnboundedSender<Receipt>>,
    streams: &mut JoinSet<()>,
) -> Result<()> {
    let ws_url = format!("{}/api/v1/stream", url.replacen("http", "ws", 1));
    let gate = Arc::new(Semaphore::new(OPENING_AT_ONCE));
    let mut opening = JoinSet::new();
    for token in tokens {
        let permit = gate.clone().acquire_owned().await?;
        let mut request = ws_url.as_str().into_client_request()?;
        request
            .headers_mut()
            .insert(AUTHORIZATION, format!("Bearer {token}").parse()?);
        let receipts = receipts.clone();
        opening.spawn(async move {
            let _permit = permit;
            // The client's buffers small too: ten thousand of them share this process.
            let config = WebSocketConfig::default()
                .read_buffer_size(4 * 1024)
                .write_buffer_size(0);
            tokio_tungstenite::connect_async_with_config(request, Some(config), true)
                .await
                .map(|(socket, _)| (socket, receipts))
        });
        while let Some(opened) = opening.try_join_next() {
            start_reading(opened?, streams)?;
        }
    }
    while let Some(opened) = opening.join_next().await {
        start_reading(opened?, streams)?;
    }
    Ok(())
}

type Opened = Result<
    (
        tokio_tungstenite::WebSocketStream<
            tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
        >,
        Option<mpsc::UnboundedSender<Receipt>>,
    ),
    tokio_tungstenite::tungstenite::Error,
>;

fn start_reading(opened: Opened, streams: &mut JoinSet<()>) -> Result<()> {
    let (mut socket, receipts) = opened.context("opening a stream")?;
    streams.spawn(async move {
        // Reading also answers the server's pings.
        while let Some(Ok(message)) = socket.next().await {
            let (Message::Text(text), Some(receipts)) = (message, &receipts) else {
                continue;
            };
            let at = Instant::now();
            if let Some(run) = run_of(text.as_str()) {
                let _ = receipts.send(Receipt { run, at });
            }
        }
    });
    Ok(())
}

/// The run of an `input_issued` frame, from the input's title. A plain search rather than a
/// JSON parse: a thousand receivers share the server's two cores, and their parsing would be
/// counted as delivery time.
fn run_of(frame: &str) -> Option<usize> {
    if !frame.contains(r#""kind":"input_issued""#) {
        return None;
    }
    let marker = format!(r#""title":"{TITLE}"#);
    let rest = &frame[frame.find(&marker)? + marker.len()..];
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    rest[..digits].parse().ok()
}

/// The resident memory of a process, in KiB.
pub fn resident_kib(pid: u32) -> Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .with_context(|| format!("reading /proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .context("no VmRSS line")?;
    let kib = line
        .split_whitespace()
        .nth(1)
        .context("an empty VmRSS line")?
        .parse()?;
    Ok(kib)
}

/// This process's limit on open files, which bounds how many streams it can hold.
pub fn check_open_files(needed: usize) -> Result<()> {
    let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
    let soft = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .and_then(|l| l.split_whitespace().nth(3))
        .and_then(|n| n.parse::<usize>().ok());
    if let Some(soft) = soft
        && soft < needed
    {
        bail!(
            "this shell allows {soft} open files but the scenario needs about {needed} \
             (the server inherits the limit too): run `ulimit -n {needed}` first, or pass \
             fewer --sessions"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_read_back_from_an_input_frame_only() {
        let frame = format!(
            r#"{{"seq":9,"at":"2026-12-01T05:00:00Z","body":{{"kind":"input_issued","input":"x","title":"{}","kind2":1}}}}"#,
            title_of(42)
        );
        assert_eq!(run_of(&frame), Some(42));
        let other = frame.replace("input_issued", "notification");
        assert_eq!(run_of(&other), None);
    }
}
