//! The same name queries on PostgreSQL's pg_trgm: a scratch database, the names loaded with
//! COPY, a GIN trigram index, `name % $1 ORDER BY similarity(name, $1) DESC LIMIT 10`.

use super::quality::Latency;
use anyhow::{Context, Result};
use samanvay_demo::population::{OfficerQuery, Population};
use serde::Serialize;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, Executor, PgConnection, Row};
use std::str::FromStr;
use std::time::Instant;

const DATABASE: &str = "samanvay_bench_trgm";

#[derive(Serialize)]
pub struct TrigramRun {
    pub rows: usize,
    pub load_s: f64,
    pub index_s: f64,
    pub latin: Latency,
    pub devanagari: Latency,
    pub all: Latency,
    pub recall_at_10: f64,
    pub recall_latin: f64,
    pub recall_devanagari: f64,
    pub server_version: String,
}

/// Loads every name of every record and runs the queries one after another, as one officer.
pub async fn run(
    url: &str,
    population: &Population,
    queries: &[OfficerQuery],
) -> Result<TrigramRun> {
    let admin_options = PgConnectOptions::from_str(url).context("the PostgreSQL URL")?;
    let mut admin = PgConnection::connect_with(&admin_options)
        .await
        .with_context(|| format!("connecting to {url}"))?;
    let server_version: String = sqlx::query_scalar("SHOW server_version")
        .fetch_one(&mut admin)
        .await?;
    admin
        .execute(format!("DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)").as_str())
        .await?;
    admin
        .execute(format!("CREATE DATABASE {DATABASE}").as_str())
        .await?;
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect_with(admin_options.clone().database(DATABASE))
        .await?;
    let mut conn = pool.acquire().await?;
    conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        .await?;
    conn.execute("CREATE TABLE names (record integer NOT NULL, name text NOT NULL)")
        .await?;

    let started = Instant::now();
    let mut rows = 0;
    let mut copy = conn
        .copy_in_raw("COPY names (record, name) FROM STDIN (FORMAT csv)")
        .await?;
    let mut buffer = String::with_capacity(1 << 20);
    for (index, record) in population.records.iter().enumerate() {
        for name in &record.names {
            rows += 1;
            buffer.push_str(&format!("{index},\"{}\"\n", name.text.replace('"', "\"\"")));
        }
        if buffer.len() > (1 << 20) {
            copy.send(buffer.as_bytes()).await?;
            buffer.clear();
        }
    }
    copy.send(buffer.as_bytes()).await?;
    copy.finish().await?;
    let load_s = started.elapsed().as_secs_f64();
    let started = Instant::now();
    conn.execute("CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops)")
        .await?;
    conn.execute("ANALYZE names").await?;
    let index_s = started.elapsed().as_secs_f64();

    let statement = "SELECT record FROM names WHERE name % $1 \
                     ORDER BY similarity(name, $1) DESC LIMIT 10";
    let (mut latin, mut devanagari) = (Vec::new(), Vec::new());
    let (mut found_latin, mut found_devanagari) = (0usize, 0usize);
    for query in queries {
        let started = Instant::now();
        let hits = sqlx::query(statement)
            .bind(&query.text)
            .fetch_all(&mut *conn)
            .await?;
        let ms = started.elapsed().as_secs_f64() * 1e3;
        let found = hits.iter().any(|row| {
            let record: i32 = row.get(0);
            population.records[record as usize].entity == query.entity
        });
        if query.devanagari {
            devanagari.push(ms);
            found_devanagari += usize::from(found);
        } else {
            latin.push(ms);
            found_latin += usize::from(found);
        }
    }
    drop(conn);
    pool.close().await;
    admin
        .execute(format!("DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)").as_str())
        .await?;
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let all: Vec<f64> = latin.iter().chain(&devanagari).copied().collect();
    Ok(TrigramRun {
        rows,
        load_s,
        index_s,
        recall_at_10: ratio(found_latin + found_devanagari, queries.len()),
        recall_latin: ratio(found_latin, latin.len()),
        recall_devanagari: ratio(found_devanagari, devanagari.len()),
        latin: Latency::of(latin),
        devanagari: Latency::of(devanagari),
        all: Latency::of(all),
        server_version,
    })
}
