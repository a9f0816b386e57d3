//! The crowd the push scenario needs, written straight into the server's SQLite database
//! beside the running server (ten thousand Argon2 logins would take minutes): a bench range
//! of police stations under the Delhi Police headquarters, one officer posted to each, many
//! more posted to a reserve unit outside the range, and a session for every one of them with
//! a token the harness knows.

use anyhow::{Context, Result, bail};
use samanvay_core::org::{Unit, UnitKind};
use samanvay_core::user::{AccountStatus, Rank, Role, User};
use samanvay_core::{Classification, UnitId, UserId};
use samanvay_store::{Change, Job, NewUser, SessionRecord, Store};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// Changes per job: big enough to be quick, small enough for one transaction.
const CHANGES_PER_JOB: usize = 1_000;

/// A hash no password matches: these accounts only ever use the sessions made here.
const NO_PASSWORD: &str = "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hwdXNo$bm8tcGFzc3dvcmQtbWF0Y2hlcw";

/// Who the scenario connects as.
pub struct Crowd {
    /// The unit whose sub-units the flash input targets.
    pub range: UnitId,
    /// Bearer tokens of the officers posted one to each station of the range.
    pub receivers: Vec<String>,
    /// Bearer tokens of the officers in the reserve, who receive nothing.
    pub idle: Vec<String>,
}

/// Writes `stations` stations and `sessions` officers with sessions (the first `stations` of
/// them one per station, the rest in the reserve) into the database at `url`.
pub async fn populate(url: &str, stations: usize, sessions: usize) -> Result<Crowd> {
    if sessions < stations {
        bail!("--sessions ({sessions}) must be at least --units ({stations})");
    }
    let store = Store::open(url)
        .await
        .with_context(|| format!("opening the server's database {url}"))?;
    let delhi = store
        .agencies()
        .await?
        .into_iter()
        .find(|a| a.code == "DL")
        .context("the demo's Delhi Police (DL) is missing")?;
    let headquarters = store
        .units(Some(delhi.id))
        .await?
        .into_iter()
        .find(|u| u.kind == UnitKind::Headquarters)
        .context("Delhi Police has no headquarters unit")?;
    let unit = |parent: UnitId, kind: UnitKind, name: String| Unit {
        id: UnitId::new(),
        agency: delhi.id,
        parent: Some(parent),
        kind,
        name,
        location: None,
    };
    let range = unit(headquarters.id, UnitKind::Range, "Bench push range".into());
    let reserve = unit(
        headquarters.id,
        UnitKind::SpecialUnit,
        "Bench push reserve".into(),
    );
    let range_id = range.id;
    let mut station_ids = Vec::with_capacity(stations);
    let mut changes = vec![
        Change::InsertUnit(range),
        Change::InsertUnit(reserve.clone()),
    ];
    for n in 0..stations {
        let station = unit(range_id, UnitKind::PoliceStation, format!("Bench PS {n}"));
        station_ids.push(station.id);
        changes.push(Change::InsertUnit(station));
    }
    commit_all(&store, changes)
        .await
        .context("writing the units")?;

    let now = OffsetDateTime::now_utc();
    let mut tokens = Vec::with_capacity(sessions);
    let mut changes = Vec::with_capacity(2 * sessions);
    for n in 0..sessions {
        let posted = station_ids.get(n).copied().unwrap_or(reserve.id);
        let user = officer(delhi.id, posted, n);
        let token = format!("bench-push-{}", Uuid::now_v7().simple());
        changes.push(Change::InsertUser(NewUser {
            user: user.clone(),
            password_hash: NO_PASSWORD.to_string(),
            created_at: now,
        }));
        changes.push(Change::InsertSession(SessionRecord {
            token_hash: hex::encode(Sha256::digest(token.as_bytes())),
            user: user.id,
            created_at: now,
            last_seen_at: now,
            expires_at: now + Duration::hours(8),
            source: Some("samanvay-bench".into()),
        }));
        tokens.push(token);
    }
    commit_all(&store, changes)
        .await
        .context("writing the officers and their sessions")?;
    store.close().await;
    let idle = tokens.split_off(stations);
    Ok(Crowd {
        range: range_id,
        receivers: tokens,
        idle,
    })
}

fn officer(agency: samanvay_core::AgencyId, unit: UnitId, n: usize) -> User {
    User {
        id: UserId::new(),
        username: format!("bench.push.{n}"),
        display_name: format!("Bench officer {n}"),
        agency,
        unit,
        rank: Rank::SubInspector,
        post: "Duty officer".into(),
        roles: vec![Role::Officer],
        clearance: Classification::Restricted,
        status: AccountStatus::Active,
    }
}

async fn commit_all(store: &Store, changes: Vec<Change>) -> Result<()> {
    let now = OffsetDateTime::now_utc();
    let mut changes = changes.into_iter().peekable();
    while changes.peek().is_some() {
        let mut job = Job::new(now);
        job.changes = changes.by_ref().take(CHANGES_PER_JOB).collect();
        store.commit(job).await?;
    }
    Ok(())
}
