//! The load generator: a closed loop of concurrent clients over one keep-alive connection pool,
//! each with one request in flight, recording every successful request's latency into a
//! histogram. Only requests started inside the measured window count.

use crate::machine::CpuClock;
use hdrhistogram::Histogram;
use reqwest::{RequestBuilder, StatusCode};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

/// How hard and how long to drive one phase.
#[derive(Clone, Debug)]
pub struct Load {
    pub clients: usize,
    pub warmup: Duration,
    pub duration: Duration,
}

/// One measured phase of a scenario: its name and what was measured.
#[derive(Serialize)]
pub struct PhaseResult {
    pub name: String,
    pub description: String,
    pub clients: usize,
    pub warmup_s: f64,
    pub duration_s: f64,
    /// Requests started in the measured window, answered or not.
    pub requests: u64,
    /// Of those, answered 200.
    pub ok: u64,
    /// Everything else, by kind ("HTTP 503", "timeout", …).
    pub errors: BTreeMap<String, u64>,
    /// Successful requests per second.
    pub rate_per_s: f64,
    /// Latency of the successful requests, from sending to the last byte of the body.
    pub latency_ms: Latency,
    /// CPU used in the measured window, in cores (1.0 = one CPU busy the whole time).
    pub cpu_cores: CpuUse,
}

#[derive(Serialize)]
pub struct Latency {
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub p999: f64,
    pub max: f64,
    pub mean: f64,
}

#[derive(Serialize)]
pub struct CpuUse {
    /// The server process; absent for a server the harness did not start.
    pub server: Option<f64>,
    /// This harness (the load generator).
    pub harness: Option<f64>,
    /// The whole machine; what the server and the harness do not account for is other work.
    pub machine: Option<f64>,
}

impl CpuUse {
    /// Cores used by neither the server nor the harness, when all three are known.
    pub fn other(&self) -> Option<f64> {
        Some(self.machine? - self.server? - self.harness?)
    }
}

impl PhaseResult {
    pub fn error_count(&self) -> u64 {
        self.errors.values().sum()
    }
}

/// Drives `load.clients` clients for warmup + duration. `request(client, n)` builds the n-th
/// request of a client; only a 200 with a fully read body counts as a success.
pub async fn run<F>(
    load: &Load,
    server_pid: Option<u32>,
    (name, description): (&str, &str),
    request: F,
) -> PhaseResult
where
    F: Fn(usize, u64) -> RequestBuilder + Send + Sync + 'static,
{
    let request = Arc::new(request);
    let start = Instant::now();
    let window = Window {
        from: start + load.warmup,
        until: start + load.warmup + load.duration,
    };
    let cpu = tokio::spawn(measure_cpu(window, server_pid));
    let workers: Vec<_> = (0..load.clients)
        .map(|client| {
            let request = request.clone();
            tokio::spawn(async move { drive(client, &*request, window).await })
        })
        .collect();
    let mut total = Tally::new();
    for worker in workers {
        match worker.await {
            Ok(tally) => total.merge(tally),
            Err(err) => {
                *total
                    .errors
                    .entry(format!("client task: {err}"))
                    .or_default() += 1
            }
        }
    }
    let cpu_cores = cpu.await.unwrap_or(CpuUse {
        server: None,
        harness: None,
        machine: None,
    });
    total.into_result(name, description, load, cpu_cores)
}

#[derive(Clone, Copy)]
struct Window {
    from: Instant,
    until: Instant,
}

/// What one client saw in the measured window.
struct Tally {
    requests: u64,
    ok: u64,
    errors: BTreeMap<String, u64>,
    /// Microseconds.
    latency: Histogram<u64>,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            requests: 0,
            ok: 0,
            errors: BTreeMap::new(),
            // 1 µs to 10 min at three significant digits.
            latency: Histogram::new_with_bounds(1, 600_000_000, 3).expect("valid bounds"),
        }
    }

    fn merge(&mut self, other: Tally) {
        self.requests += other.requests;
        self.ok += other.ok;
        for (kind, n) in other.errors {
            *self.errors.entry(kind).or_default() += n;
        }
        self.latency
            .add(&other.latency)
            .expect("histograms with the same bounds add");
    }

    fn into_result(self, name: &str, description: &str, load: &Load, cpu: CpuUse) -> PhaseResult {
        let ms = |micros: u64| micros as f64 / 1000.0;
        let h = &self.latency;
        let q = |quantile: f64| {
            if h.is_empty() {
                0.0
            } else {
                ms(h.value_at_quantile(quantile))
            }
        };
        PhaseResult {
            name: name.to_string(),
            description: description.to_string(),
            clients: load.clients,
            warmup_s: load.warmup.as_secs_f64(),
            duration_s: load.duration.as_secs_f64(),
            requests: self.requests,
            ok: self.ok,
            errors: self.errors,
            rate_per_s: self.ok as f64 / load.duration.as_secs_f64().max(f64::EPSILON),
            latency_ms: Latency {
                p50: q(0.50),
                p90: q(0.90),
                p99: q(0.99),
                p999: q(0.999),
                max: ms(h.max()),
                mean: h.mean() / 1000.0,
            },
            cpu_cores: cpu,
        }
    }
}

/// One client's closed loop: send, read the whole answer, record, repeat until the window ends.
async fn drive(
    client: usize,
    request: &(dyn Fn(usize, u64) -> RequestBuilder + Send + Sync),
    window: Window,
) -> Tally {
    let mut tally = Tally::new();
    for n in 0.. {
        let started = Instant::now();
        if started >= window.until {
            break;
        }
        let outcome = exchange(request(client, n)).await;
        if started < window.from {
            continue;
        }
        tally.requests += 1;
        match outcome {
            Ok(()) => {
                tally.ok += 1;
                let micros = started.elapsed().as_micros().max(1) as u64;
                tally.latency.saturating_record(micros);
            }
            Err(kind) => *tally.errors.entry(kind).or_default() += 1,
        }
    }
    tally
}

/// One request and its whole body; the error says what kind of failure it was.
async fn exchange(request: RequestBuilder) -> Result<(), String> {
    let failed = |err: reqwest::Error| {
        if err.is_timeout() {
            "timeout".to_string()
        } else if err.is_connect() {
            "connect".to_string()
        } else {
            format!("transport: {err}")
        }
    };
    let response = match request.send().await {
        Ok(response) => response,
        Err(err) => {
            // Do not spin on a server that is gone.
            tokio::time::sleep(Duration::from_millis(10)).await;
            return Err(failed(err));
        }
    };
    let status = response.status();
    // Read the body even for errors, so the connection can be reused.
    response.bytes().await.map_err(failed)?;
    if status == StatusCode::OK {
        Ok(())
    } else {
        Err(format!("HTTP {}", status.as_u16()))
    }
}

/// The CPU the server, the harness and the whole machine used inside the window.
async fn measure_cpu(window: Window, server_pid: Option<u32>) -> CpuUse {
    tokio::time::sleep_until(window.from).await;
    let clock = CpuClock::new();
    let own = Some(std::process::id());
    let sample = || {
        (
            clock.seconds(server_pid),
            clock.seconds(own),
            clock.machine_seconds(),
        )
    };
    let before = sample();
    let started = Instant::now();
    tokio::time::sleep_until(window.until).await;
    let after = sample();
    let elapsed = started.elapsed().as_secs_f64().max(f64::EPSILON);
    let cores = |b: Option<f64>, a: Option<f64>| Some((a? - b?) / elapsed);
    CpuUse {
        server: cores(before.0, after.0),
        harness: cores(before.1, after.1),
        machine: cores(before.2, after.2),
    }
}
