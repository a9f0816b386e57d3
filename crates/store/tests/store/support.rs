//! What every story needs: a store on a scratch database of its own, and small builders for
//! agencies, units, users and audit events.

use samanvay_core::audit::{AuditAction, AuditEvent, RecordRef};
use samanvay_core::org::{Agency, AgencyKind, Unit, UnitKind};
use samanvay_core::user::{AccountStatus, Rank, Role, User};
use samanvay_core::{AgencyId, Classification, UnitId, UserId, Viewer};
use samanvay_match::{Profile, RecordIndex};
use samanvay_store::testing::{ScratchDatabase, backends_under_test, scratch_database};
use samanvay_store::{
    Backend, Change, Job, NewUser, PersonQuery, PersonResults, Store, StoreError,
};
use sqlx::AnyPool;
use tempfile::TempDir;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

/// Runs a story once on every backend under test, each time on a fresh database.
pub async fn on_every_backend(story: impl AsyncFn(&TestStore)) {
    for backend in backends_under_test() {
        let test = TestStore::open(backend).await;
        story(&test).await;
        test.finish().await;
    }
}

/// A store on a scratch database that no other test touches.
pub struct TestStore {
    pub store: Store,
    pub backend: Backend,
    scratch: ScratchDatabase,
    _dir: TempDir,
}

impl TestStore {
    pub async fn open(backend: Backend) -> TestStore {
        let dir = tempfile::tempdir().expect("temporary directory");
        let scratch = scratch_database(backend, dir.path())
            .await
            .unwrap_or_else(|e| panic!("scratch {backend:?} database: {e}"));
        let store = Store::open(scratch.url())
            .await
            .unwrap_or_else(|e| panic!("open {backend:?} store: {e}"));
        TestStore {
            store,
            backend,
            scratch,
            _dir: dir,
        }
    }

    /// The database URL, to open a second store on the same database.
    pub fn url(&self) -> String {
        self.scratch.url().to_string()
    }

    /// Searches persons as the server does: the store looks only at the persons an in-memory
    /// matcher of the whole register finds by name (built afresh here).
    pub async fn search_persons(
        &self,
        viewer: &Viewer,
        mut query: PersonQuery,
    ) -> Result<PersonResults, StoreError> {
        let mut index = RecordIndex::new();
        self.store
            .persons_for_matching(|id, content| {
                index.insert(id, Profile::new(&content.match_facts()));
            })
            .await?;
        if let Some(text) = query.text.as_deref() {
            query.candidates = index
                .search_name(text, 200)
                .into_iter()
                .map(|hit| hit.id)
                .collect();
        }
        self.store.search_persons(viewer, &query).await
    }

    /// A connection pool of its own, for what no store method does (tampering with the log).
    pub async fn raw_pool(&self) -> AnyPool {
        sqlx::any::install_default_drivers();
        AnyPool::connect(self.scratch.url())
            .await
            .expect("raw connection")
    }

    /// Commits one job and expects it to succeed; returns the rows of each change.
    pub async fn commit(&self, changes: Vec<Change>, events: Vec<AuditEvent>) -> Vec<u64> {
        self.try_commit(changes, events)
            .await
            .unwrap_or_else(|e| panic!("{:?}: commit failed: {e}", self.backend))
    }

    pub async fn try_commit(
        &self,
        changes: Vec<Change>,
        events: Vec<AuditEvent>,
    ) -> Result<Vec<u64>, StoreError> {
        let job = Job {
            at: t0(),
            changes,
            audit: events,
        };
        self.store.commit(job).await.map(|c| c.rows)
    }

    /// An agency with its headquarters unit.
    pub async fn agency(&self, code: &str) -> Org {
        let agency = Agency {
            id: AgencyId::new(),
            code: code.to_string(),
            name: format!("{code} Police"),
            kind: AgencyKind::StatePolice,
        };
        let unit = Unit {
            id: UnitId::new(),
            agency: agency.id,
            parent: None,
            kind: UnitKind::Headquarters,
            name: format!("{code} Police Headquarters"),
            location: None,
        };
        let org = Org {
            agency: agency.id,
            unit: unit.id,
        };
        self.commit(
            vec![Change::InsertAgency(agency), Change::InsertUnit(unit)],
            vec![],
        )
        .await;
        org
    }

    /// An active officer of `org`'s headquarters.
    pub async fn user(&self, org: &Org, username: &str, clearance: Classification) -> User {
        let user = officer(org, username, clearance);
        self.commit(vec![Change::InsertUser(new_user(&user))], vec![])
            .await;
        user
    }

    pub async fn finish(self) {
        self.store.close().await;
        self.scratch
            .cleanup()
            .await
            .expect("drop the scratch database");
    }
}

/// An agency and the unit its test users belong to.
#[derive(Clone, Copy, Debug)]
pub struct Org {
    pub agency: AgencyId,
    pub unit: UnitId,
}

/// The fixed moment the stories start at (whole microseconds, as the store keeps time).
pub fn t0() -> OffsetDateTime {
    datetime!(2025-03-01 09:30 UTC)
}

pub fn minutes(n: i64) -> Duration {
    Duration::minutes(n)
}

pub fn officer(org: &Org, username: &str, clearance: Classification) -> User {
    User {
        id: UserId::new(),
        username: username.to_string(),
        display_name: format!("Officer {username}"),
        agency: org.agency,
        unit: org.unit,
        rank: Rank::Inspector,
        post: "SHO, PS Alipur".to_string(),
        roles: vec![Role::Officer, Role::Analyst],
        clearance,
        status: AccountStatus::Active,
    }
}

pub fn new_user(user: &User) -> NewUser {
    NewUser {
        user: user.clone(),
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_string(),
        created_at: t0(),
    }
}

/// An event by `actor` about a record owned by `record_owner`.
pub fn event(
    actor: &User,
    action: AuditAction,
    record: Option<RecordRef>,
    record_owner: Option<AgencyId>,
    detail: &str,
) -> AuditEvent {
    AuditEvent {
        actor: Some(actor.id),
        actor_agency: Some(actor.agency),
        actor_name: Some(actor.username.clone()),
        action,
        record,
        record_owner,
        source: Some("10.0.0.7".to_string()),
        detail: detail.to_string(),
    }
}
