//! `samanvay agency create`: brings a new agency onto a fresh (or running) deployment with its
//! headquarters unit and a first agency administrator, who then manages the rest in the API.

use anyhow::{Context, Result, bail};
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::org::{Agency, AgencyKind, Unit, UnitKind};
use samanvay_core::password::check_password;
use samanvay_core::user::{AccountStatus, Rank, Role, User, check_username};
use samanvay_core::{AgencyId, Classification, UnitId, UserId};
use samanvay_server::auth::passwords;
use samanvay_server::config::Config;
use samanvay_store::{Change, Job, NewUser};

/// What the operator gives on the command line.
pub struct NewAgency {
    pub code: String,
    pub name: String,
    pub kind: AgencyKind,
    pub admin_username: String,
    pub admin_name: String,
}

/// Creates the agency, its headquarters and its admin. The admin's password is read from the
/// first line of standard input, so it never appears in the process list or shell history.
pub async fn create(config: &Config, new: NewAgency) -> Result<()> {
    let password = crate::read_password("the admin's password")?;
    let username = new.admin_username.trim().to_lowercase();
    check_username(&username)?;
    check_password(&password, &[&username, &new.admin_name])
        .map_err(|e| anyhow::anyhow!("the admin password is refused: {e}"))?;
    let store = crate::open_store(config).await?;
    if store.agencies().await?.iter().any(|a| a.code == new.code) {
        bail!("an agency with code {} already exists", new.code);
    }
    let agency = Agency {
        id: AgencyId::new(),
        code: new.code.clone(),
        name: new.name.clone(),
        kind: new.kind,
    };
    let hq = Unit {
        id: UnitId::new(),
        agency: agency.id,
        parent: None,
        kind: UnitKind::Headquarters,
        name: format!("{} Headquarters", new.name),
        location: None,
    };
    let admin = User {
        id: UserId::new(),
        username,
        display_name: new.admin_name,
        agency: agency.id,
        unit: hq.id,
        rank: Rank::Analyst,
        post: "Agency administrator".into(),
        roles: vec![
            Role::AgencyAdmin,
            Role::Officer,
            Role::Analyst,
            Role::Supervisor,
        ],
        clearance: Classification::Secret,
        status: AccountStatus::Active,
    };
    let now = time::OffsetDateTime::now_utc();
    let event = AuditEvent {
        actor: None,
        actor_agency: None,
        actor_name: Some("samanvay agency create".into()),
        action: AuditAction::Create,
        record: Some(RecordRef {
            kind: RecordKind::Agency,
            id: agency.id.0,
        }),
        record_owner: Some(agency.id),
        source: None,
        detail: format!(
            "agency {} with administrator {}",
            agency.code, admin.username
        ),
    };
    let job = Job::new(now)
        .change(Change::InsertAgency(agency.clone()))
        .change(Change::InsertUnit(hq))
        .change(Change::InsertUser(NewUser {
            user: admin.clone(),
            password_hash: passwords::hash(password).await,
            created_at: now,
        }))
        .event(event);
    store.commit(job).await.context("storing the agency")?;
    store.close().await;
    println!(
        "created agency {} ({}) with administrator {}",
        agency.code, agency.name, admin.username
    );
    Ok(())
}
