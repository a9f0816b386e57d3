//! Loads a generated demo world into a fresh store, through the same jobs as every other write.

use crate::auth::passwords;
use samanvay_core::audit::{AuditAction, AuditEvent};
use samanvay_demo::DemoWorld;
use samanvay_store::{Change, Job, NewUser, Store, StoreError};
use std::collections::HashMap;
use time::OffsetDateTime;

/// Documents (or persons) per job, so one transaction stays a reasonable size.
const DOCUMENTS_PER_JOB: usize = 1000;

pub async fn load(store: &Store, world: &DemoWorld, at: OffsetDateTime) -> Result<(), StoreError> {
    let mut job = Job::new(at);
    job.changes
        .extend(world.agencies.iter().cloned().map(Change::InsertAgency));
    job.changes
        .extend(world.units.iter().cloned().map(Change::InsertUnit));
    // Every demo account shares one password; hashing it once keeps start-up quick.
    let mut hashes: HashMap<&str, String> = HashMap::new();
    for demo in &world.users {
        let hash = match hashes.get(demo.password.as_str()) {
            Some(hash) => hash.clone(),
            None => {
                let hash = passwords::hash(demo.password.clone()).await;
                hashes.insert(&demo.password, hash.clone());
                hash
            }
        };
        job.changes.push(Change::InsertUser(NewUser {
            user: demo.user.clone(),
            password_hash: hash,
            created_at: at,
        }));
    }
    job.changes.extend(
        world
            .sharing_groups
            .iter()
            .cloned()
            .map(Change::InsertSharingGroup),
    );
    let summary = format!(
        "demo data: {} agencies, {} units, {} users, {} sharing groups, {} documents, {} \
         organisations, {} persons",
        world.agencies.len(),
        world.units.len(),
        world.users.len(),
        world.sharing_groups.len(),
        world.documents.len(),
        world.organisations.len(),
        world.persons.len()
    );
    store.commit(job.event(system_event(summary))).await?;
    for chunk in world.documents.chunks(DOCUMENTS_PER_JOB) {
        let mut job = Job::new(at);
        for doc in chunk {
            job.changes.push(Change::InsertDocument {
                document: doc.document(),
                by: doc.marking.owner.user,
            });
        }
        store.commit(job).await?;
    }
    let mut job = Job::new(at);
    for organisation in &world.organisations {
        job.changes.push(Change::InsertOrganisation {
            organisation: organisation.clone(),
            by: organisation.marking.owner.user,
        });
    }
    store.commit(job).await?;
    for chunk in world.persons.chunks(DOCUMENTS_PER_JOB) {
        let mut job = Job::new(at);
        for person in chunk {
            job.changes.push(Change::InsertPerson {
                person: person.clone(),
                by: person.marking.owner.user,
            });
        }
        store.commit(job).await?;
    }
    crate::inputs::demo::load(store, world, at).await?;
    Ok(())
}

fn system_event(detail: String) -> AuditEvent {
    AuditEvent {
        actor: None,
        actor_agency: None,
        actor_name: Some("system".into()),
        action: AuditAction::Create,
        record: None,
        record_owner: None,
        source: None,
        detail,
    }
}
