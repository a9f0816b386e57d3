//! `register`: the register's matcher in process, no server. Generates a population with
//! known truth, writes it as CSV, builds the name index and times officer-typed queries
//! (recall@10 of the true person) beside PostgreSQL's pg_trgm, then dedupes every record and
//! scores the clusters pairwise against the truth; optionally Splink on the same CSV and our
//! dedupe on the public FEBRL set.

mod csv;
mod diagnose;
mod peers;
mod quality;
mod trigram;

use crate::Options;
use crate::machine::CpuClock;
use crate::machine::Machine;
use crate::report::write_json;
use anyhow::Result;
use quality::{ClusterQuality, Latency, Pairwise, pairwise};
use samanvay_demo::population::generate_population;
use samanvay_match::{MatchThreshold, Profile, RecordFacts, RecordIndex, dedupe, dedupe_at};
use serde::Serialize;
use serde_json::json;
use std::collections::HashSet;
use std::time::Instant;

#[derive(clap::Args, Clone, Debug)]
pub struct Args {
    /// Records in the generated register (persons are fewer: a quarter are held 2–4 times).
    #[arg(long, default_value_t = 100_000)]
    pub persons: usize,
    /// Name queries an officer types.
    #[arg(long, default_value_t = 2_000)]
    pub queries: usize,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// PostgreSQL to compare with (a scratch database is created and dropped).
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    pub pg_url: String,
    /// Skip the pg_trgm comparison.
    #[arg(long)]
    pub no_pg: bool,
    /// Skip the dedupe of every record.
    #[arg(long)]
    pub no_dedupe: bool,
    /// Also run Splink on the same CSV (needs bench/peers/setup.sh).
    #[arg(long)]
    pub with_splink: bool,
    /// Also dedupe the public FEBRL3 set (needs bench/peers/setup.sh).
    #[arg(long)]
    pub febrl: bool,
    /// Print this many true pairs the dedupe left apart and wrong pairs it made, with the
    /// matcher's evidence, and the missed pairs counted by cause.
    #[arg(long, default_value_t = 0)]
    pub diagnose: usize,
    /// Also dedupe at these link weights (comma-separated bits; the matcher's threshold
    /// follows the register's size, 19 at a million records), to show how precision trades
    /// against recall.
    #[arg(long, value_delimiter = ',')]
    pub sweep: Vec<f64>,
}

#[derive(Serialize)]
struct Search {
    /// One record's duplicate candidates in the whole register (`RecordIndex::matches`).
    record_matches: Latency,
    index_build_s: f64,
    profiles_s: f64,
    latin: Latency,
    devanagari: Latency,
    all: Latency,
    recall_at_10: f64,
    recall_latin: f64,
    recall_devanagari: f64,
}

#[derive(Serialize)]
struct DedupeRun {
    records: usize,
    /// The link weight the dedupe used (it follows the register's size).
    threshold_bits: Option<f64>,
    seconds: f64,
    /// CPU seconds of every thread of the process meanwhile (a load-independent figure).
    cpu_seconds: Option<f64>,
    /// Peak resident memory of a peer's process, in MB.
    max_rss_mb: Option<f64>,
    clusters: usize,
    pairwise: Pairwise,
    cluster_quality: ClusterQuality,
    #[serde(skip)]
    found: Vec<Vec<u32>>,
}

pub async fn run(args: &Args, options: &Options) -> Result<()> {
    let machine = Machine::describe();
    let started_at = time::OffsetDateTime::now_utc();
    let mut findings = Vec::new();

    eprintln!("generating {} records …", args.persons);
    let started = Instant::now();
    let population = generate_population(args.seed, args.persons);
    let generate_s = started.elapsed().as_secs_f64();
    std::fs::create_dir_all(&options.results_dir)?;
    let csv_path = options
        .results_dir
        .join(format!("register-population-{}.csv", args.persons));
    csv::write(&population, &csv_path)?;
    let entity: Vec<u32> = population.records.iter().map(|r| r.entity).collect();

    eprintln!("building profiles and the name index …");
    let started = Instant::now();
    let facts: Vec<RecordFacts> = population
        .records
        .iter()
        .map(|r| population.facts(r))
        .collect();
    let profiles: Vec<(u32, Profile)> = facts
        .iter()
        .enumerate()
        .map(|(i, f)| (i as u32, Profile::new(f)))
        .collect();
    drop(facts);
    let profiles_s = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let mut index = RecordIndex::new();
    for (id, profile) in &profiles {
        index.insert(*id, profile.clone());
    }
    let index_build_s = started.elapsed().as_secs_f64() + profiles_s;

    let queries = population.officer_queries(args.seed, args.queries);
    let (mut latin, mut devanagari) = (Vec::new(), Vec::new());
    let (mut found_latin, mut found_devanagari) = (0usize, 0usize);
    for query in &queries {
        let started = Instant::now();
        let hits = index.search_name(&query.text, 10);
        let ms = started.elapsed().as_secs_f64() * 1e3;
        let found = hits.iter().any(|h| entity[h.id as usize] == query.entity);
        if query.devanagari {
            devanagari.push(ms);
            found_devanagari += usize::from(found);
        } else {
            latin.push(ms);
            found_latin += usize::from(found);
        }
    }
    // What each write (and each imported record) costs: its matches in the whole register.
    let mut match_ms = Vec::with_capacity(queries.len());
    let step = (profiles.len() / queries.len().max(1)).max(1);
    for (id, profile) in profiles.iter().step_by(step).take(queries.len()) {
        let started = Instant::now();
        let found = index.matches(profile, Some(*id), 20);
        match_ms.push(started.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(found);
    }
    let record_matches = Latency::of(match_ms);
    drop(index);
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let all: Vec<f64> = latin.iter().chain(&devanagari).copied().collect();
    let ours = Search {
        record_matches,
        index_build_s,
        profiles_s,
        recall_at_10: ratio(found_latin + found_devanagari, queries.len()),
        recall_latin: ratio(found_latin, latin.len()),
        recall_devanagari: ratio(found_devanagari, devanagari.len()),
        latin: Latency::of(latin),
        devanagari: Latency::of(devanagari),
        all: Latency::of(all),
    };

    let trigram = if args.no_pg {
        None
    } else {
        eprintln!("loading PostgreSQL pg_trgm …");
        match trigram::run(&args.pg_url, &population, &queries).await {
            Ok(run) => Some(run),
            Err(err) => {
                findings.push(format!("pg_trgm skipped: {err:#}"));
                None
            }
        }
    };

    let mut sweep = Vec::new();
    let deduped = if args.no_dedupe {
        None
    } else {
        eprintln!("deduping {} records …", profiles.len());
        let run = run_dedupe(&profiles, &entity);
        if args.diagnose > 0 {
            diagnose::print(&population, &profiles, &run.found, args.diagnose);
        }
        for &weight in &args.sweep {
            let found = dedupe_at(&profiles, &HashSet::new(), weight);
            let swept = scored(profiles.len(), 0.0, found.clusters, &entity);
            let (p, c) = (&swept.pairwise, &swept.cluster_quality.all);
            println!(
                "link weight {weight:>5.1}: pairs P/R/F1 {:.3}/{:.3}/{:.3}, clusters {:.3}/{:.3}/{:.3}, multi F1 {:.3}",
                p.precision,
                p.recall,
                p.f1,
                c.precision,
                c.recall,
                c.f1,
                swept.cluster_quality.multi.f1
            );
            sweep.push(json!({ "min_weight": weight, "pairwise": swept.pairwise,
                "clusters": swept.cluster_quality }));
        }
        Some(run)
    };
    drop(profiles);

    let splink = if args.with_splink {
        eprintln!("running Splink on {} …", csv_path.display());
        let latin_path = csv_path.with_extension("latin.csv");
        match csv::write_latin(&population, &latin_path)
            .and_then(|()| peers::splink(&csv_path, &latin_path))
        {
            Ok(output) => {
                let seconds = output
                    .printed
                    .get("seconds")
                    .and_then(serde_json::Value::as_f64)
                    .unwrap_or(f64::NAN);
                let mut run = scored(entity.len(), seconds, output.clusters, &entity);
                run.cpu_seconds = output
                    .printed
                    .get("cpu_seconds")
                    .and_then(serde_json::Value::as_f64);
                run.max_rss_mb = output
                    .printed
                    .get("max_rss_mb")
                    .and_then(serde_json::Value::as_f64);
                Some(run)
            }
            Err(err) => {
                findings.push(format!("Splink skipped: {err:#}"));
                None
            }
        }
    } else {
        None
    };
    let febrl = if args.febrl {
        match febrl(options, args.diagnose) {
            Ok(run) => Some(run),
            Err(err) => {
                findings.push(format!("FEBRL skipped: {err:#}"));
                None
            }
        }
    } else {
        None
    };

    print_table(
        &population,
        args,
        generate_s,
        &ours,
        trigram.as_ref(),
        deduped.as_ref(),
        splink.as_ref(),
        febrl.as_ref(),
    );
    for line in &findings {
        println!("{line}");
    }
    let results = json!({
        "scenario": "register",
        "started_at": started_at.format(&time::format_description::well_known::Rfc3339)?,
        "machine": machine,
        "parameters": {
            "records": args.persons, "entities": population.entities, "queries": args.queries,
            "seed": args.seed, "csv": csv_path,
        },
        "generate_s": generate_s,
        "search": ours,
        "pg_trgm": trigram,
        "dedupe": deduped,
        "sweep": sweep,
        "splink": splink,
        "febrl": febrl,
        "findings": findings,
    });
    let path = write_json(&options.results_dir, "register", started_at, &results)?;
    println!(
        "\nresults: {}\npopulation CSV: {}",
        path.display(),
        csv_path.display()
    );
    Ok(())
}

fn run_dedupe(profiles: &[(u32, Profile)], entity: &[u32]) -> DedupeRun {
    let clock = CpuClock::new();
    let cpu = || clock.seconds(Some(std::process::id()));
    let cpu_started = cpu();
    let started = Instant::now();
    let found = dedupe(profiles, &HashSet::new());
    let seconds = started.elapsed().as_secs_f64();
    let mut run = scored(profiles.len(), seconds, found.clusters, entity);
    run.threshold_bits = Some(MatchThreshold::for_register(profiles.len()).match_weight());
    run.cpu_seconds = cpu().zip(cpu_started).map(|(end, start)| end - start);
    run
}

/// A dedupe's clusters scored against the truth, pairwise and by whole clusters.
fn scored(records: usize, seconds: f64, found: Vec<Vec<u32>>, entity: &[u32]) -> DedupeRun {
    let clusters: Vec<Vec<u32>> = found.into_iter().filter(|c| c.len() > 1).collect();
    DedupeRun {
        records,
        threshold_bits: None,
        seconds,
        cpu_seconds: None,
        max_rss_mb: None,
        clusters: clusters.len(),
        pairwise: pairwise(&clusters, entity),
        cluster_quality: quality::clusters(&clusters, entity),
        found: clusters,
    }
}

fn febrl(options: &Options, diagnose: usize) -> Result<DedupeRun> {
    let path = options.results_dir.join("febrl3.csv");
    peers::export_febrl(&path)?;
    let (facts, entity) = csv::read(&path)?;
    let profiles: Vec<(u32, Profile)> = facts
        .iter()
        .enumerate()
        .map(|(i, f)| (i as u32, Profile::new(f)))
        .collect();
    let run = run_dedupe(&profiles, &entity);
    if diagnose > 0 {
        println!("\n== FEBRL3 ==");
        let describe = |i: usize| {
            let f = &facts[i];
            format!(
                "e{} | {} | born {:?} | {}",
                entity[i],
                f.names.join(" / "),
                f.birth_year.map(|b| b.year),
                f.districts.join(" / ")
            )
        };
        diagnose::print_with(&entity, &describe, &profiles, &run.found, diagnose);
    }
    Ok(run)
}

#[allow(clippy::too_many_arguments)]
fn print_table(
    population: &samanvay_demo::population::Population,
    args: &Args,
    generate_s: f64,
    ours: &Search,
    trigram: Option<&trigram::TrigramRun>,
    deduped: Option<&DedupeRun>,
    splink: Option<&DedupeRun>,
    febrl: Option<&DedupeRun>,
) {
    println!(
        "\nregister: {} records of {} persons (seed {}), generated in {:.1} s\n",
        population.records.len(),
        population.entities,
        args.seed,
        generate_s
    );
    println!(
        "{:<28} {:>9} {:>8} {:>8} {:>8} {:>10} {:>10} {:>10}",
        "name search (top 10)",
        "build s",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "recall@10",
        "Latin",
        "Devanagari"
    );
    let row = |name: &str, build: f64, l: &Latency, r: f64, rl: f64, rd: f64| {
        println!(
            "{name:<28} {build:>9.1} {:>8.2} {:>8.2} {:>8.2} {:>10.3} {:>10.3} {:>10.3}",
            l.p50_ms, l.p90_ms, l.p99_ms, r, rl, rd
        );
    };
    row(
        "samanvay RecordIndex",
        ours.index_build_s,
        &ours.all,
        ours.recall_at_10,
        ours.recall_latin,
        ours.recall_devanagari,
    );
    println!(
        "{:<28} {:>9} {:>8.2} {:>8.2} {:>8.2}",
        "record matches (a write)",
        "",
        ours.record_matches.p50_ms,
        ours.record_matches.p90_ms,
        ours.record_matches.p99_ms
    );
    if let Some(t) = trigram {
        row(
            "PostgreSQL pg_trgm (GIN)",
            t.load_s + t.index_s,
            &t.all,
            t.recall_at_10,
            t.recall_latin,
            t.recall_devanagari,
        );
        println!(
            "\nlatency ratio pg_trgm / ours: p50 {:.1}×, p99 {:.1}× (Latin p50 {:.2} vs {:.2} ms, Devanagari p50 {:.2} vs {:.2} ms)",
            t.all.p50_ms / ours.all.p50_ms.max(1e-6),
            t.all.p99_ms / ours.all.p99_ms.max(1e-6),
            t.latin.p50_ms,
            ours.latin.p50_ms,
            t.devanagari.p50_ms,
            ours.devanagari.p50_ms
        );
    }
    println!(
        "\n{:<28} {:>9} {:>8} {:>24} {:>24} {:>8}",
        "dedupe", "records", "seconds", "pairs P / R / F1", "clusters P / R / F1", "multi F1"
    );
    let cpu = |d: &DedupeRun| d.cpu_seconds.map_or("-".to_string(), |c| format!("{c:.1}"));
    let dedupe_row = |name: &str, d: &DedupeRun| {
        let (p, c) = (&d.pairwise, &d.cluster_quality.all);
        println!(
            "{name:<28} {:>9} {:>8.1} {:>24} {:>24} {:>8.3}  ({} CPU-s{})",
            d.records,
            d.seconds,
            format!("{:.3} / {:.3} / {:.3}", p.precision, p.recall, p.f1),
            format!("{:.3} / {:.3} / {:.3}", c.precision, c.recall, c.f1),
            d.cluster_quality.multi.f1,
            cpu(d),
            d.threshold_bits
                .map_or(String::new(), |t| format!(", link from {t:.1} bits"))
        );
    };
    if let Some(d) = deduped {
        dedupe_row("samanvay dedupe", d);
    }
    if let Some(s) = splink {
        dedupe_row("Splink 4 (DuckDB)", s);
        if let Some(d) = deduped {
            let cpu_ratio = s
                .cpu_seconds
                .zip(d.cpu_seconds)
                .map_or("-".to_string(), |(a, b)| format!("{:.1}×", a / b.max(1e-6)));
            println!(
                "speed ratio Splink / ours: {:.1}× wall ({:.1} s vs {:.1} s), {cpu_ratio} CPU ({} s vs {} s); Splink peak memory {}",
                s.seconds / d.seconds.max(1e-6),
                s.seconds,
                d.seconds,
                cpu(s),
                cpu(d),
                s.max_rss_mb
                    .map_or("-".to_string(), |m| format!("{m:.0} MB"))
            );
        }
    }
    if let Some(d) = febrl {
        dedupe_row("samanvay dedupe on FEBRL3", d);
    }
    println!(
        "(pairs: every pair of records in one cluster; clusters: a cluster is right when it is one \
         person's records, all of them, singletons included; multi: clusters of two or more only)"
    );
}
