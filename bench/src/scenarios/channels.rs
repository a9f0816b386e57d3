//! Issue 6's channel figures, against the release demo server:
//!
//! 1. **post throughput** — clients post messages over HTTP round-robin into 100 channels for
//!    the measured window; a post counts once answered 201, i.e. durable with its audit entry.
//!    Afterwards the channels' last seqs must add up to every accepted post.
//! 2. **live delivery** — a 500-member channel (two units of officers written straight into the
//!    server's database, as the push scenario does), every member with an open stream; post
//!    request sent → the message's arrival at the last member, per run.
//! 3. **history page** — 10 million messages written in bulk straight into the server's SQLite
//!    database (10 channels of a million), then `GET …/messages?before=<random seq>` (the last
//!    50 before a cursor) over HTTP one request at a time, and the same page read in process
//!    through `Store::channel_history` (the query and decoding alone, without HTTP and audit).

use super::push_crowd;
use crate::Options;
use crate::machine::Machine;
use crate::report::write_json;
use crate::server::Server;
use crate::session::Session;
use crate::stats::{Percentiles, ms, percentiles};
use anyhow::{Context, Result, bail};
use futures_util::StreamExt;
use reqwest::{Client, StatusCode};
use samanvay_core::UserId;
use samanvay_core::channel::ChannelId;
use samanvay_store::Store;
use serde::Serialize;
use serde_json::{Value, json};
use sqlx::ConnectOptions;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::{Mutex, mpsc};
use tokio::task::JoinSet;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::AUTHORIZATION;

const GOAL_POSTS_PER_S: f64 = 2_000.0;
const GOAL_DELIVERY_P99_MS: f64 = 50.0;
const GOAL_HISTORY_P99_MS: f64 = 5.0;
const RUN_TIMEOUT: Duration = Duration::from_secs(10);
/// Clients walk the channels with this stride, so consecutive posts land in different ones.
const STRIDE: usize = 7;
/// What every live run's text starts with; the run number follows.
const RUN_TEXT: &str = "Bench channel run ";

#[derive(clap::Args)]
pub struct Args {
    /// Channels the throughput phase posts into.
    #[arg(long, default_value_t = 100)]
    channels: usize,
    /// Members of the live channel, each with an open stream.
    #[arg(long, default_value_t = 500)]
    members: usize,
    /// Measured live runs (messages posted one after another).
    #[arg(long, default_value_t = 50)]
    runs: usize,
    /// Messages stored for the history phase.
    #[arg(long, default_value_t = 10_000_000)]
    stored: u64,
    /// History pages read in each of the HTTP and in-process measurements.
    #[arg(long, default_value_t = 2_000)]
    pages: usize,
    /// Who posts (a demo SHO of the Delhi Police).
    #[arg(long, default_value = "dl.sho.alipur")]
    poster: String,
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
    parameters: Value,
    throughput: Throughput,
    delivery: Delivery,
    history: History,
    notes: Vec<String>,
}

#[derive(Serialize)]
struct Throughput {
    channels: usize,
    clients: usize,
    seconds: f64,
    accepted: u64,
    errors: u64,
    posts_per_s: f64,
    latency_ms: Percentiles,
    /// Sum of the channels' last seqs after the phase minus the posts accepted (0: none lost).
    stored_minus_accepted: i64,
    goal_posts_per_s: f64,
    goal_met: bool,
}

#[derive(Serialize)]
struct Delivery {
    members: usize,
    runs: usize,
    incomplete_runs: usize,
    last_delivery_ms: Percentiles,
    request_ms: Percentiles,
    goal_p99_ms: f64,
    goal_met: bool,
}

#[derive(Serialize)]
struct History {
    stored_messages: u64,
    bulk_load_s: f64,
    http_ms: Percentiles,
    store_ms: Percentiles,
    goal_p99_ms: f64,
    goal_met_http: bool,
    goal_met_store: bool,
}

pub async fn run(args: &Args, options: &Options) -> Result<()> {
    if options.url.is_some() {
        bail!("the channels scenario writes into the server's database: no --url");
    }
    super::push_streams::check_open_files(args.members + 500)?;
    let machine = Machine::describe();
    let started_at = time::OffsetDateTime::now_utc();
    eprintln!("starting {} demo …", options.server_bin.display());
    let server = Server::start(&options.server_bin, &options.data_parent).await?;
    let facts = server.facts(&options.server_bin);
    let outcome = tokio::select! {
        outcome = measure(&server, args, options) => outcome,
        _ = tokio::signal::ctrl_c() => Err(anyhow::anyhow!("interrupted")),
    };
    if let Err(err) = server.stop().await {
        eprintln!("stopping the server: {err:#}");
    }
    let (throughput, delivery, history) = outcome?;
    print(&throughput, &delivery, &history, &machine);
    let notes = vec![
        format!(
            "The server and this harness share the machine's {} CPUs.",
            machine.nproc
        ),
        "The live channel's officers and sessions, and the history phase's messages, are \
         written into the server's database directly; every post is made over HTTP."
            .into(),
    ];
    let results = Results {
        scenario: "channels",
        started_at,
        machine,
        server: facts,
        parameters: json!({
            "channels": args.channels, "members": args.members, "runs": args.runs,
            "stored": args.stored, "pages": args.pages, "clients": options.clients,
            "duration_s": options.duration.as_secs_f64(), "poster": args.poster,
        }),
        throughput,
        delivery,
        history,
        notes,
    };
    let path = write_json(&options.results_dir, "channels", started_at, &results)?;
    println!("\nresults: {}", path.display());
    Ok(())
}

async fn measure(
    server: &Server,
    args: &Args,
    options: &Options,
) -> Result<(Throughput, Delivery, History)> {
    let data_dir = server.data_dir().context("the harness started no server")?;
    let db_url = format!("sqlite://{}", data_dir.join("samanvay.db").display());
    let http = Client::builder()
        .no_proxy()
        .pool_max_idle_per_host(options.clients.max(1))
        .tcp_nodelay(true)
        .timeout(Duration::from_secs(30))
        .build()?;
    let poster = Session::login(&http, &server.url, &args.poster, &args.password).await?;
    let auth = poster.authorization.to_str()?.to_string();
    let api = Api {
        http: http.clone(),
        url: server.url.clone(),
        auth,
    };

    eprintln!("creating {} channels …", args.channels);
    let mut channels = Vec::with_capacity(args.channels);
    for n in 0..args.channels {
        channels.push(
            api.create_channel(&format!("Bench border {n}"), json!([]))
                .await?,
        );
    }
    eprintln!(
        "posting for {:?} with {} clients …",
        options.duration, options.clients
    );
    let throughput = post_load(&api, &channels, options).await?;

    eprintln!("writing {} members of the live channel …", args.members);
    let delivery = live(&api, &db_url, args).await?;

    eprintln!("writing {} messages in bulk …", args.stored);
    let history = history(&api, &db_url, args).await?;
    Ok((throughput, delivery, history))
}

/// The poster's requests.
struct Api {
    http: Client,
    url: String,
    auth: String,
}

impl Api {
    async fn create_channel(&self, name: &str, members: Value) -> Result<String> {
        let body = json!({
            "name": name,
            "marking": { "classification": "restricted", "distribution": { "kind": "own_agency" } },
            "members": members,
        });
        let reply: Value = self
            .send(
                self.http
                    .post(format!("{}/api/v1/channels", self.url))
                    .json(&body),
                StatusCode::CREATED,
            )
            .await?;
        Ok(reply["id"].as_str().context("a channel id")?.to_string())
    }

    async fn post(&self, channel: &str, text: &str) -> Result<Value> {
        let url = format!("{}/api/v1/channels/{channel}/messages", self.url);
        self.send(
            self.http.post(url).json(&json!({ "text": text })),
            StatusCode::CREATED,
        )
        .await
    }

    async fn send(&self, request: reqwest::RequestBuilder, want: StatusCode) -> Result<Value> {
        let response = request
            .header(AUTHORIZATION.as_str(), &self.auth)
            .send()
            .await?;
        let status = response.status();
        let body = response.text().await?;
        if status != want {
            bail!("answered {status}: {body} (does this build have channels?)");
        }
        Ok(serde_json::from_str(&body).unwrap_or(Value::Null))
    }
}

/// Closed-loop posting: every client posts, waits for the 201, posts again.
async fn post_load(api: &Api, channels: &[String], options: &Options) -> Result<Throughput> {
    let accepted = Arc::new(AtomicU64::new(0));
    let warm = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let start = Instant::now();
    let (from, until) = (
        start + options.warmup,
        start + options.warmup + options.duration,
    );
    let mut clients = JoinSet::new();
    for client in 0..options.clients {
        let url = api.url.clone();
        let http = api.http.clone();
        let auth = api.auth.clone();
        let channels = channels.to_vec();
        let (accepted, warm, errors) = (accepted.clone(), warm.clone(), errors.clone());
        let latencies = latencies.clone();
        clients.spawn(async move {
            let mut mine = Vec::new();
            let mut n = client;
            loop {
                let sent = Instant::now();
                if sent >= until {
                    break;
                }
                let channel = &channels[n % channels.len()];
                n += STRIDE;
                let text = format!(
                    "Naka {n} at Kundli: vehicle HR26 AB-{:04} checked",
                    n % 10_000
                );
                let ok = http
                    .post(format!("{url}/api/v1/channels/{channel}/messages"))
                    .header(AUTHORIZATION.as_str(), &auth)
                    .json(&json!({ "text": text }))
                    .send()
                    .await
                    .map(|r| r.status() == StatusCode::CREATED)
                    .unwrap_or(false);
                if sent >= from {
                    if ok {
                        accepted.fetch_add(1, Ordering::Relaxed);
                        mine.push(ms(sent.elapsed()));
                    } else {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                } else if ok {
                    // Warm-up posts are durable too; they count in the stored total only.
                    warm.fetch_add(1, Ordering::Relaxed);
                }
            }
            latencies.lock().await.extend(mine);
        });
    }
    while clients.join_next().await.is_some() {}
    let (warm, measured) = (
        warm.load(Ordering::Relaxed),
        accepted.load(Ordering::Relaxed),
    );
    let listed: Value = api
        .send(
            api.http.get(format!("{}/api/v1/channels", api.url)),
            StatusCode::OK,
        )
        .await?;
    let stored: i64 = listed["channels"]
        .as_array()
        .context("a channel list")?
        .iter()
        .filter(|c| {
            c["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("Bench border "))
        })
        .map(|c| c["last_seq"].as_i64().unwrap_or(0))
        .sum();
    let seconds = options.duration.as_secs_f64();
    let posts_per_s = measured as f64 / seconds;
    let mut latencies = Arc::try_unwrap(latencies)
        .map_err(|_| anyhow::anyhow!("clients still running"))?
        .into_inner();
    let stored_minus_accepted = stored - (warm + measured) as i64;
    Ok(Throughput {
        channels: channels.len(),
        clients: options.clients,
        seconds,
        accepted: measured,
        errors: errors.load(Ordering::Relaxed),
        posts_per_s,
        latency_ms: percentiles(&mut latencies),
        stored_minus_accepted,
        goal_posts_per_s: GOAL_POSTS_PER_S,
        goal_met: posts_per_s >= GOAL_POSTS_PER_S && stored_minus_accepted == 0,
    })
}

/// A channel of two units holding `members` officers with open streams.
async fn live(api: &Api, db_url: &str, args: &Args) -> Result<Delivery> {
    let crowd = push_crowd::populate(db_url, 1, args.members).await?;
    let store = Store::open(db_url).await?;
    let units = store.units(None).await?;
    store.close().await;
    let unit = |name: &str| {
        units
            .iter()
            .find(|u| u.name == name)
            .map(|u| u.id.to_string())
            .with_context(|| format!("the crowd's unit {name}"))
    };
    let members = json!([
        { "subject": { "kind": "unit", "id": unit("Bench PS 0")? }, "role": "member" },
        { "subject": { "kind": "unit", "id": unit("Bench push reserve")? }, "role": "member" },
    ]);
    let channel = api
        .create_channel("Bench 500-member channel", members)
        .await?;
    let tokens: Vec<String> = crowd.receivers.into_iter().chain(crowd.idle).collect();
    let (receipts, mut arrivals) = mpsc::unbounded_channel();
    let mut streams = JoinSet::new();
    let ws = format!("{}/api/v1/stream", api.url.replacen("http", "ws", 1));
    for token in &tokens {
        let mut request = ws.as_str().into_client_request()?;
        request
            .headers_mut()
            .insert(AUTHORIZATION, format!("Bearer {token}").parse()?);
        let (mut socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .context("opening a stream")?;
        let receipts = receipts.clone();
        streams.spawn(async move {
            while let Some(Ok(message)) = socket.next().await {
                let Message::Text(text) = message else {
                    continue;
                };
                let at = Instant::now();
                let frame: Value = serde_json::from_str(text.as_str()).unwrap_or(Value::Null);
                let run = frame["body"]["text"]
                    .as_str()
                    .and_then(|t| t.strip_prefix(RUN_TEXT))
                    .and_then(|n| n.parse::<usize>().ok());
                if let Some(run) = run {
                    let _ = receipts.send((run, at));
                }
            }
        });
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let warmup = 3;
    let (mut last, mut requests, mut incomplete) = (Vec::new(), Vec::new(), 0);
    for run in 0..warmup + args.runs {
        let sent = Instant::now();
        api.post(&channel, &format!("{RUN_TEXT}{run}")).await?;
        let answered = sent.elapsed();
        let deadline = tokio::time::Instant::from_std(sent + RUN_TIMEOUT);
        let mut arrived = 0;
        let mut latest = Duration::ZERO;
        while arrived < tokens.len() {
            match tokio::time::timeout_at(deadline, arrivals.recv()).await {
                Ok(Some((r, at))) if r == run => {
                    arrived += 1;
                    latest = latest.max(at.saturating_duration_since(sent));
                }
                Ok(Some(_)) => {}
                _ => break,
            }
        }
        if run < warmup {
            continue;
        }
        requests.push(ms(answered));
        if arrived == tokens.len() {
            last.push(ms(latest));
        } else {
            eprintln!(
                "run {run}: {arrived} of {} deliveries in time",
                tokens.len()
            );
            incomplete += 1;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    streams.abort_all();
    let last_delivery_ms = percentiles(&mut last);
    Ok(Delivery {
        members: tokens.len(),
        runs: args.runs,
        incomplete_runs: incomplete,
        goal_met: incomplete == 0 && last_delivery_ms.p99 <= GOAL_DELIVERY_P99_MS,
        last_delivery_ms,
        request_ms: percentiles(&mut requests),
        goal_p99_ms: GOAL_DELIVERY_P99_MS,
    })
}

/// Channels the stored messages are spread over.
const HISTORY_CHANNELS: u64 = 10;

async fn history(api: &Api, db_url: &str, args: &Args) -> Result<History> {
    let per_channel = args.stored / HISTORY_CHANNELS;
    let mut channels = Vec::new();
    for n in 0..HISTORY_CHANNELS {
        channels.push(
            api.create_channel(&format!("Bench history {n}"), json!([]))
                .await?,
        );
    }
    let loaded = Instant::now();
    let poster = bulk_load(db_url, &channels, per_channel, &args.poster).await?;
    let bulk_load_s = loaded.elapsed().as_secs_f64();
    eprintln!(
        "loaded in {bulk_load_s:.0} s; reading {} pages over HTTP …",
        args.pages
    );
    let mut rng = SplitMix(0x5a3a_a7a1);
    let mut pick = || {
        let channel = &channels[(rng.next() % HISTORY_CHANNELS) as usize];
        // One page in ten is the latest, the rest anywhere in the history.
        let before = (!rng.next().is_multiple_of(10)).then(|| 51 + rng.next() % (per_channel - 50));
        (channel.clone(), before)
    };
    let mut http_ms = Vec::with_capacity(args.pages);
    for _ in 0..args.pages {
        let (channel, before) = pick();
        let query = before.map(|b| format!("?before={b}")).unwrap_or_default();
        let sent = Instant::now();
        let page: Value = api
            .send(
                api.http.get(format!(
                    "{}/api/v1/channels/{channel}/messages{query}",
                    api.url
                )),
                StatusCode::OK,
            )
            .await?;
        http_ms.push(ms(sent.elapsed()));
        if page["messages"].as_array().map_or(0, Vec::len) != 50 {
            bail!("a history page without 50 messages: {page}");
        }
    }
    eprintln!("reading {} pages in process …", args.pages);
    let store = Store::open(db_url).await?;
    let user = store.user(poster).await?.context("the poster")?;
    let viewer = store.viewer(&user).await?;
    let ids: Vec<ChannelId> = channels
        .iter()
        .map(|c| c.parse())
        .collect::<Result<_, _>>()?;
    let mut store_ms = Vec::with_capacity(args.pages);
    for _ in 0..args.pages {
        let (channel, before) = pick();
        let id = ids[channels.iter().position(|c| *c == channel).unwrap_or(0)];
        let sent = Instant::now();
        let page = store
            .channel_history(&viewer, id, before.map(|b| b as i64), None, 50)
            .await?;
        store_ms.push(ms(sent.elapsed()));
        if page.messages.len() != 50 {
            bail!("an in-process history page without 50 messages");
        }
    }
    store.close().await;
    let http_ms = percentiles(&mut http_ms);
    let store_ms = percentiles(&mut store_ms);
    Ok(History {
        stored_messages: per_channel * HISTORY_CHANNELS,
        bulk_load_s,
        goal_met_http: http_ms.p99 <= GOAL_HISTORY_P99_MS,
        goal_met_store: store_ms.p99 <= GOAL_HISTORY_P99_MS,
        http_ms,
        store_ms,
        goal_p99_ms: GOAL_HISTORY_P99_MS,
    })
}

/// Writes `per_channel` messages into each channel with one statement per 100,000 rows, the
/// rows generated inside SQLite; returns the poster's id.
async fn bulk_load(
    db_url: &str,
    channels: &[String],
    per_channel: u64,
    poster: &str,
) -> Result<UserId> {
    let options: sqlx::sqlite::SqliteConnectOptions = db_url.parse()?;
    let mut conn = options
        .busy_timeout(Duration::from_secs(30))
        .connect()
        .await?;
    let owner: (String, String, String) =
        sqlx::query_as("SELECT id, agency_id, unit_id FROM users WHERE username = ?1")
            .bind(poster)
            .fetch_one(&mut conn)
            .await
            .context("the poster's account")?;
    let start_us = time::OffsetDateTime::now_utc().unix_timestamp() * 1_000_000 - 86_400_000_000;
    const CHUNK: u64 = 100_000;
    for (c, channel) in channels.iter().enumerate() {
        let mut from = 1;
        while from <= per_channel {
            let to = (from + CHUNK - 1).min(per_channel);
            sqlx::query(
                "WITH RECURSIVE s(n) AS (SELECT ?1 UNION ALL SELECT n + 1 FROM s WHERE n < ?2) \
                 INSERT INTO channel_messages (channel_id, seq, id, owner_agency, owner_unit, \
                 owner_user, classification, distribution, distribution_group, \
                 distribution_agencies, handling, pointer, author_name, reply_to, text, language, \
                 mentions, version, posted_at) \
                 SELECT ?3, n, printf('%08x-0000-7000-8000-%012x', ?4, n), ?5, ?6, ?7, 1, \
                 'own_agency', NULL, '[]', '[]', 0, 'Bench SHO (SHO, PS Alipur)', NULL, \
                 printf('Naka report %d: white Swift HR26 AB-%04d seen near Kundli border', n, n % 10000), \
                 'english', '[]', 1, ?8 + n * 1000 FROM s",
            )
            .bind(from as i64)
            .bind(to as i64)
            .bind(channel)
            .bind(c as i64 + 1)
            .bind(&owner.1)
            .bind(&owner.2)
            .bind(&owner.0)
            .bind(start_us)
            .execute(&mut conn)
            .await
            .context("bulk insert")?;
            from = to + 1;
        }
        sqlx::query("UPDATE channels SET last_seq = ?1 WHERE id = ?2")
            .bind(per_channel as i64)
            .bind(channel)
            .execute(&mut conn)
            .await?;
        eprintln!("  channel {} of {}", c + 1, channels.len());
    }
    Ok(owner.0.parse()?)
}

/// A small deterministic generator for the pages read.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

fn print(t: &Throughput, d: &Delivery, h: &History, machine: &Machine) {
    let verdict = |met: bool| if met { "met" } else { "NOT met" };
    println!(
        "\nchannels on {} CPUs ({})\n",
        machine.nproc,
        machine.cpu_model.as_deref().unwrap_or("unknown CPU")
    );
    println!(
        "{:<46}  {:>8}  {:>8}  {:>8}  {:>8}",
        "", "p50 ms", "p90 ms", "p99 ms", "max ms"
    );
    let row = |name: &str, p: &Percentiles| {
        println!(
            "{name:<46}  {:>8.2}  {:>8.2}  {:>8.2}  {:>8.2}",
            p.p50, p.p90, p.p99, p.max
        )
    };
    row("post (201, durable)", &t.latency_ms);
    row("500 members: post → last delivery", &d.last_delivery_ms);
    row("500 members: post → answer", &d.request_ms);
    row("history page of 50, HTTP (audited)", &h.http_ms);
    row("history page of 50, Store in process", &h.store_ms);
    println!(
        "\nposts: {:.0}/s accepted and durable across {} channels with {} clients ({} errors; \
         stored − accepted = {}); goal >= {GOAL_POSTS_PER_S:.0}/s: {}",
        t.posts_per_s,
        t.channels,
        t.clients,
        t.errors,
        t.stored_minus_accepted,
        verdict(t.goal_met)
    );
    println!(
        "live: {} members, {} runs, {} incomplete; goal p99 <= {GOAL_DELIVERY_P99_MS:.0} ms: {}",
        d.members,
        d.runs,
        d.incomplete_runs,
        verdict(d.goal_met)
    );
    println!(
        "history: {} stored messages (bulk load {:.0} s); goal p99 <= {GOAL_HISTORY_P99_MS:.0} ms: \
         HTTP {}, in process {}",
        h.stored_messages,
        h.bulk_load_s,
        verdict(h.goal_met_http),
        verdict(h.goal_met_store)
    );
}
