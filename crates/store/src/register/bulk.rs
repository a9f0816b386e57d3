//! Imported records written in bulk: a new record's rows go in multi-row inserts, many records
//! per statement, so that a batch of thousands commits in a few statements per table. Edits of
//! records imported before take the ordinary versioned path.

use super::writes::{districts, primary, statuses, update_organisation, update_person};
use crate::StoreError;
use crate::codec::{json, micros, name};
use crate::inserts::{self, Value};
use crate::visibility::{MARKING_COLUMNS, MarkingValues};
use samanvay_core::UserId;
use samanvay_core::marking::{Distribution, Marking};
use samanvay_core::register::{Organisation, Person, RecordName};
use samanvay_match::candidate_keys;
use sqlx::Transaction;
use sqlx::any::Any;
use std::collections::BTreeSet;

/// A record from an import file, under the external reference its owner agency gave it.
#[derive(Clone, Debug)]
pub struct Imported<T> {
    pub record: T,
    pub external_ref: String,
    /// A new record; otherwise a new version of the record the reference named before.
    pub new: bool,
}

pub(crate) async fn import_persons(
    tx: &mut Transaction<'_, Any>,
    persons: &[Imported<Person>],
    by: UserId,
) -> Result<u64, StoreError> {
    let mut rows = Rows::default();
    for imported in persons {
        let person = &imported.record;
        if !imported.new {
            update_person(tx, person, by).await?;
            continue;
        }
        let id = person.id.to_string();
        let c = &person.content;
        // The record and its first version hold the same content: serialized once.
        let content = json(c);
        let mut values = vec![Value::Text(id.clone())];
        values.extend(marking_values(&person.marking));
        values.extend([
            Value::Text(c.primary_name().to_string()),
            Value::Text(content.clone()),
            Value::Text(statuses(c)),
            Value::Text(districts(c)),
            Value::OptInt(c.threat_level.map(|l| l.level())),
            Value::OptText(c.gang.map(|g| g.to_string())),
            Value::Int(person.version),
            Value::Int(micros(person.created_at)),
            Value::Int(micros(person.updated_at)),
        ]);
        rows.records.push(values);
        rows.version(
            &id,
            person.version,
            content,
            &person.marking,
            by,
            person.updated_at,
        );
        for identifier in &c.identifiers {
            rows.identifiers.push(vec![
                Value::Text(id.clone()),
                Value::Text(identifier.kind().as_str().to_string()),
                Value::Text(identifier.canonical().to_string()),
            ]);
        }
        // Persons have no name keys: the server's in-memory matcher finds them by name.
        rows.indexes(&id, &[], &person.marking, "person", &imported.external_ref);
    }
    let columns = format!(
        "persons (id, {MARKING_COLUMNS}, primary_name, content, statuses, districts, \
         threat_level, gang_id, version, created_at, updated_at)"
    );
    insert(tx, &columns, std::mem::take(&mut rows.records), "").await?;
    let versions = "person_versions (person_id, version, content, marking, changed_by, \
                    changed_at)";
    insert(tx, versions, std::mem::take(&mut rows.versions), "").await?;
    let identifiers = "identifiers (record_id, kind, canonical)";
    let identifier_rows = std::mem::take(&mut rows.identifiers);
    insert(tx, identifiers, identifier_rows, "ON CONFLICT DO NOTHING").await?;
    rows.finish(tx).await?;
    Ok(persons.len() as u64)
}

pub(crate) async fn import_organisations(
    tx: &mut Transaction<'_, Any>,
    organisations: &[Imported<Organisation>],
    by: UserId,
) -> Result<u64, StoreError> {
    let mut rows = Rows::default();
    for imported in organisations {
        let org = &imported.record;
        if !imported.new {
            update_organisation(tx, org, by).await?;
            continue;
        }
        let id = org.id.to_string();
        let c = &org.content;
        let mut values = vec![Value::Text(id.clone())];
        values.extend(marking_values(&org.marking));
        values.extend([
            Value::Text(name(&c.kind)),
            Value::Text(primary(&c.names)),
            Value::Text(json(c)),
            Value::Int(org.version),
            Value::Int(micros(org.created_at)),
            Value::Int(micros(org.updated_at)),
        ]);
        rows.records.push(values);
        rows.version(&id, org.version, json(c), &org.marking, by, org.updated_at);
        rows.indexes(
            &id,
            &c.names,
            &org.marking,
            "organisation",
            &imported.external_ref,
        );
    }
    let columns = format!(
        "organisations (id, {MARKING_COLUMNS}, kind, primary_name, content, version, \
         created_at, updated_at)"
    );
    insert(tx, &columns, std::mem::take(&mut rows.records), "").await?;
    let versions = "organisation_versions (organisation_id, version, content, marking, \
                    changed_by, changed_at)";
    insert(tx, versions, std::mem::take(&mut rows.versions), "").await?;
    rows.finish(tx).await?;
    Ok(organisations.len() as u64)
}

/// The rows of new records, table by table.
#[derive(Default)]
struct Rows {
    records: Vec<Vec<Value>>,
    versions: Vec<Vec<Value>>,
    identifiers: Vec<Vec<Value>>,
    name_keys: Vec<Vec<Value>>,
    marking_agencies: Vec<Vec<Value>>,
    external_refs: Vec<Vec<Value>>,
}

impl Rows {
    fn version(
        &mut self,
        id: &str,
        version: i64,
        content: String,
        marking: &Marking,
        by: UserId,
        at: time::OffsetDateTime,
    ) {
        self.versions.push(vec![
            Value::Text(id.to_string()),
            Value::Int(version),
            Value::Text(content),
            Value::Text(json(marking)),
            Value::Text(by.to_string()),
            Value::Int(micros(at)),
        ]);
    }

    /// The name keys of `names`, listed agencies and external reference of a new record.
    fn indexes(
        &mut self,
        id: &str,
        names: &[RecordName],
        marking: &Marking,
        kind: &str,
        external_ref: &str,
    ) {
        let keys: BTreeSet<String> = names.iter().flat_map(|n| candidate_keys(&n.text)).collect();
        for key in keys {
            self.name_keys
                .push(vec![Value::Text(id.to_string()), Value::Text(key)]);
        }
        if let Distribution::Agencies { agencies } = &marking.distribution {
            let unique: BTreeSet<String> = agencies.iter().map(|a| a.to_string()).collect();
            for agency in unique {
                self.marking_agencies
                    .push(vec![Value::Text(id.to_string()), Value::Text(agency)]);
            }
        }
        self.external_refs.push(vec![
            Value::Text(marking.owner.agency.to_string()),
            Value::Text(kind.to_string()),
            Value::Text(external_ref.to_string()),
            Value::Text(id.to_string()),
        ]);
    }

    async fn finish(self, tx: &mut Transaction<'_, Any>) -> Result<(), StoreError> {
        insert(tx, "name_keys (record_id, key)", self.name_keys, "").await?;
        let agencies = "marking_agencies (record_id, agency_id)";
        insert(
            tx,
            agencies,
            self.marking_agencies,
            "ON CONFLICT DO NOTHING",
        )
        .await?;
        let refs = "external_refs (owner_agency, record_kind, external_ref, record_id)";
        insert(tx, refs, self.external_refs, "").await?;
        Ok(())
    }
}

fn marking_values(marking: &Marking) -> Vec<Value> {
    let m = MarkingValues::of(marking);
    vec![
        Value::Text(m.owner_agency),
        Value::Text(m.owner_unit),
        Value::Text(m.owner_user),
        Value::Int(m.classification),
        Value::Text(m.distribution.to_string()),
        Value::OptText(m.distribution_group),
        Value::Text(m.distribution_agencies),
        Value::Text(m.handling),
        Value::Int(m.pointer),
    ]
}

/// A record's rows in multi-row inserts ([`inserts::insert`]); a duplicate is a conflict.
async fn insert(
    tx: &mut Transaction<'_, Any>,
    into: &str,
    rows: Vec<Vec<Value>>,
    suffix: &str,
) -> Result<u64, StoreError> {
    inserts::insert(tx, into, rows, suffix)
        .await
        .map_err(StoreError::from_write)
}
