//! Writing register records: the current row, its version, its marking index and its search
//! rows (identifiers and name keys), all in the writer's transaction.

use crate::StoreError;
use crate::codec::{json, micros, name};
use crate::visibility::{MARKING_CHANGES, MARKING_COLUMNS, MarkingValues, index_marking};
use samanvay_core::UserId;
use samanvay_core::marking::Marking;
use samanvay_core::register::{Organisation, Person, PersonContent, RecordName};
use samanvay_match::candidate_keys;
use sqlx::Transaction;
use sqlx::any::Any;
use std::collections::BTreeSet;

pub(crate) async fn insert_person(
    tx: &mut Transaction<'_, Any>,
    person: &Person,
    by: UserId,
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&person.marking);
    let c = &person.content;
    m.bind_all(sqlx::query(&format!(
        "INSERT INTO persons (id, {MARKING_COLUMNS}, primary_name, content, statuses, districts, \
         threat_level, gang_id, version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, \
         $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)"
    )).bind(person.id.to_string()))
    .bind(c.primary_name())
    .bind(json(c))
    .bind(statuses(c))
    .bind(districts(c))
    .bind(c.threat_level.map(|l| l.level()))
    .bind(c.gang.map(|g| g.to_string()))
    .bind(person.version)
    .bind(micros(person.created_at))
    .bind(micros(person.updated_at))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    finish_person(tx, person, by).await
}

pub(crate) async fn update_person(
    tx: &mut Transaction<'_, Any>,
    person: &Person,
    by: UserId,
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&person.marking);
    let c = &person.content;
    let updated = m
        .bind_changeable(sqlx::query(&format!(
            "UPDATE persons SET {MARKING_CHANGES}, primary_name = $7, \
         content = $8, statuses = $9, districts = $10, threat_level = $11, gang_id = $12, \
         version = $13, updated_at = $14 \
         WHERE id = $15 AND version = $16 AND owner_agency = $17"
        )))
        .bind(c.primary_name())
        .bind(json(c))
        .bind(statuses(c))
        .bind(districts(c))
        .bind(c.threat_level.map(|l| l.level()))
        .bind(c.gang.map(|g| g.to_string()))
        .bind(person.version)
        .bind(micros(person.updated_at))
        .bind(person.id.to_string())
        .bind(person.version - 1)
        .bind(m.owner_agency)
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    if updated.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!(
            "person {} is no longer at version {}",
            person.id,
            person.version - 1
        )));
    }
    finish_person(tx, person, by).await
}

pub(crate) async fn insert_organisation(
    tx: &mut Transaction<'_, Any>,
    org: &Organisation,
    by: UserId,
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&org.marking);
    let c = &org.content;
    m.bind_all(sqlx::query(&format!(
        "INSERT INTO organisations (id, {MARKING_COLUMNS}, kind, primary_name, content, version, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, \
         $13, $14, $15, $16)"
    )).bind(org.id.to_string()))
    .bind(name(&c.kind))
    .bind(primary(&c.names))
    .bind(json(c))
    .bind(org.version)
    .bind(micros(org.created_at))
    .bind(micros(org.updated_at))
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    finish_organisation(tx, org, by).await
}

pub(crate) async fn update_organisation(
    tx: &mut Transaction<'_, Any>,
    org: &Organisation,
    by: UserId,
) -> Result<u64, StoreError> {
    let m = MarkingValues::of(&org.marking);
    let c = &org.content;
    let updated = m
        .bind_changeable(sqlx::query(&format!(
            "UPDATE organisations SET {MARKING_CHANGES}, kind = $7, primary_name = $8, \
             content = $9, version = $10, updated_at = $11 \
             WHERE id = $12 AND version = $13 AND owner_agency = $14"
        )))
        .bind(name(&c.kind))
        .bind(primary(&c.names))
        .bind(json(c))
        .bind(org.version)
        .bind(micros(org.updated_at))
        .bind(org.id.to_string())
        .bind(org.version - 1)
        .bind(m.owner_agency)
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    if updated.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!(
            "organisation {} is no longer at version {}",
            org.id,
            org.version - 1
        )));
    }
    finish_organisation(tx, org, by).await
}

async fn finish_person(
    tx: &mut Transaction<'_, Any>,
    person: &Person,
    by: UserId,
) -> Result<u64, StoreError> {
    let id = person.id.to_string();
    let at = micros(person.updated_at);
    keep_version(
        tx,
        "person_versions",
        "person_id",
        &id,
        person.version,
        &json(&person.content),
        &person.marking,
        by,
        at,
    )
    .await?;
    sqlx::query("DELETE FROM identifiers WHERE record_id = $1")
        .bind(&id)
        .execute(&mut **tx)
        .await?;
    for identifier in &person.content.identifiers {
        sqlx::query(
            "INSERT INTO identifiers (record_id, kind, canonical) VALUES ($1, $2, $3) \
             ON CONFLICT DO NOTHING",
        )
        .bind(&id)
        .bind(identifier.kind().as_str())
        .bind(identifier.canonical())
        .execute(&mut **tx)
        .await
        .map_err(StoreError::from_write)?;
    }
    // Persons have no name keys: the server's in-memory matcher finds them by name.
    index_marking(tx, &id, &person.marking).await?;
    Ok(1)
}

async fn finish_organisation(
    tx: &mut Transaction<'_, Any>,
    org: &Organisation,
    by: UserId,
) -> Result<u64, StoreError> {
    let id = org.id.to_string();
    let at = micros(org.updated_at);
    keep_version(
        tx,
        "organisation_versions",
        "organisation_id",
        &id,
        org.version,
        &json(&org.content),
        &org.marking,
        by,
        at,
    )
    .await?;
    index_names(tx, &id, &org.content.names).await?;
    index_marking(tx, &id, &org.marking).await?;
    Ok(1)
}

#[allow(clippy::too_many_arguments)]
async fn keep_version(
    tx: &mut Transaction<'_, Any>,
    table: &str,
    id_column: &str,
    id: &str,
    version: i64,
    content: &str,
    marking: &Marking,
    by: UserId,
    at: i64,
) -> Result<(), StoreError> {
    sqlx::query(&format!(
        "INSERT INTO {table} ({id_column}, version, content, marking, changed_by, changed_at) \
         VALUES ($1, $2, $3, $4, $5, $6)"
    ))
    .bind(id)
    .bind(version)
    .bind(content)
    .bind(json(marking))
    .bind(by.to_string())
    .bind(at)
    .execute(&mut **tx)
    .await
    .map_err(StoreError::from_write)?;
    Ok(())
}

/// Replaces a record's name keys with the keys of its current names.
async fn index_names(
    tx: &mut Transaction<'_, Any>,
    id: &str,
    names: &[RecordName],
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM name_keys WHERE record_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    let keys: BTreeSet<String> = names.iter().flat_map(|n| candidate_keys(&n.text)).collect();
    for key in keys {
        sqlx::query("INSERT INTO name_keys (record_id, key) VALUES ($1, $2)")
            .bind(id)
            .bind(key)
            .execute(&mut **tx)
            .await
            .map_err(StoreError::from_write)?;
    }
    Ok(())
}

pub(super) fn primary(names: &[RecordName]) -> String {
    use samanvay_core::register::NameKind;
    names
        .iter()
        .find(|n| n.kind == NameKind::Primary)
        .or(names.first())
        .map_or_else(String::new, |n| n.text.clone())
}

/// `|wanted|most_wanted|`.
pub(super) fn statuses(c: &PersonContent) -> String {
    let names: Vec<&str> = c.statuses.iter().map(|s| s.status.name()).collect();
    format!("|{}|", names.join("|"))
}

/// `|meerut|ghaziabad|`.
pub(super) fn districts(c: &PersonContent) -> String {
    let names: Vec<String> = c
        .addresses
        .iter()
        .filter_map(|a| a.district.as_deref())
        .map(fold_district)
        .collect();
    format!("|{}|", names.join("|"))
}

/// How a district is compared: trimmed, lower case, bars removed.
pub(crate) fn fold_district(district: &str) -> String {
    district.trim().to_lowercase().replace('|', " ")
}
