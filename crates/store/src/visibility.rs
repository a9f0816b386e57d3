//! The access policy compiled to SQL: the same rule as `Viewer::visibility` in
//! `samanvay_core::policy`, as a predicate over a marked table, so lists and searches filter
//! in the database. Every marked table has the columns in [`MARKING_COLUMNS`].

use crate::StoreError;
use crate::codec::{from_json, id, json};
use samanvay_core::marking::{Distribution, Marking, Owner};
use samanvay_core::{Classification, SharingGroupId, Viewer};
use sqlx::any::{Any, AnyRow};
use sqlx::{Row, Transaction};

/// The marking columns every marked table carries.
pub const MARKING_COLUMNS: &str = "owner_agency, owner_unit, owner_user, classification, \
     distribution, distribution_group, distribution_agencies, handling, pointer";

/// `SET` assignments of the marking columns an edit may change, bound at `$1`…`$6` by
/// [`MarkingValues::bind_changeable`]; the owner never changes.
pub const MARKING_CHANGES: &str = "classification = $1, distribution = $2, \
     distribution_group = $3, distribution_agencies = $4, handling = $5, pointer = $6";

/// SQL that is true where the viewer may see the whole record of table alias `t`, with the
/// viewer's agency id bound at `$agency` and clearance level at `$clearance`.
pub fn full_access(t: &str, agency: usize, clearance: usize) -> String {
    format!(
        "({t}.classification <= ${clearance} AND ({t}.owner_agency = ${agency} \
         OR {t}.distribution = 'all_agencies' \
         OR ({t}.distribution = 'agencies' AND EXISTS (SELECT 1 FROM marking_agencies ma \
             WHERE ma.record_id = {t}.id AND ma.agency_id = ${agency})) \
         OR ({t}.distribution = 'sharing_group' AND EXISTS (SELECT 1 FROM sharing_members sm \
             WHERE sm.group_id = {t}.distribution_group AND sm.agency_id = ${agency} \
             AND sm.state = 'member'))))"
    )
}

/// SQL that is true where the viewer may learn only that the record exists.
pub fn pointer_only(t: &str, agency: usize, clearance: usize) -> String {
    format!(
        "({t}.pointer = 1 AND NOT {})",
        full_access(t, agency, clearance)
    )
}

/// The values to bind for a viewer, in the order (agency, clearance).
pub fn viewer_binds(viewer: &Viewer) -> (String, i64) {
    (viewer.agency.to_string(), viewer.clearance.level())
}

/// Reads the marking columns of a row.
pub(crate) fn marking_from_row(row: &AnyRow) -> Result<Marking, StoreError> {
    let kind: String = row.try_get("distribution")?;
    let distribution = match kind.as_str() {
        "own_agency" => Distribution::OwnAgency,
        "all_agencies" => Distribution::AllAgencies,
        "agencies" => Distribution::Agencies {
            agencies: from_json(&row.try_get::<String, _>("distribution_agencies")?)?,
        },
        "sharing_group" => {
            let group: Option<String> = row.try_get("distribution_group")?;
            let group = group.ok_or_else(|| StoreError::Corrupt("group missing".into()))?;
            Distribution::SharingGroup {
                group: id::<SharingGroupId>(&group)?,
            }
        }
        other => return Err(StoreError::Corrupt(format!("distribution {other:?}"))),
    };
    let level: i64 = row.try_get("classification")?;
    Ok(Marking {
        owner: Owner {
            agency: id(&row.try_get::<String, _>("owner_agency")?)?,
            unit: id(&row.try_get::<String, _>("owner_unit")?)?,
            user: id(&row.try_get::<String, _>("owner_user")?)?,
        },
        classification: Classification::from_level(level)
            .ok_or_else(|| StoreError::Corrupt(format!("classification {level}")))?,
        distribution,
        handling: from_json(&row.try_get::<String, _>("handling")?)?,
        pointer: row.try_get::<i64, _>("pointer")? == 1,
    })
}

/// The values of [`MARKING_COLUMNS`], in order, for an insert or update.
pub(crate) struct MarkingValues {
    pub owner_agency: String,
    pub owner_unit: String,
    pub owner_user: String,
    pub classification: i64,
    pub distribution: &'static str,
    pub distribution_group: Option<String>,
    pub distribution_agencies: String,
    pub handling: String,
    pub pointer: i64,
}

type AnyQuery<'q> = sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>;

impl MarkingValues {
    /// Binds every marking column, in [`MARKING_COLUMNS`] order.
    pub(crate) fn bind_all<'q>(&self, query: AnyQuery<'q>) -> AnyQuery<'q> {
        let query = query
            .bind(self.owner_agency.clone())
            .bind(self.owner_unit.clone())
            .bind(self.owner_user.clone());
        self.bind_changeable(query)
    }

    /// Binds the columns of [`MARKING_CHANGES`], in order.
    pub(crate) fn bind_changeable<'q>(&self, query: AnyQuery<'q>) -> AnyQuery<'q> {
        query
            .bind(self.classification)
            .bind(self.distribution)
            .bind(self.distribution_group.clone())
            .bind(self.distribution_agencies.clone())
            .bind(self.handling.clone())
            .bind(self.pointer)
    }

    pub(crate) fn of(marking: &Marking) -> MarkingValues {
        let (group, agencies) = match &marking.distribution {
            Distribution::SharingGroup { group } => (Some(group.to_string()), Vec::new()),
            Distribution::Agencies { agencies } => (None, agencies.clone()),
            _ => (None, Vec::new()),
        };
        MarkingValues {
            owner_agency: marking.owner.agency.to_string(),
            owner_unit: marking.owner.unit.to_string(),
            owner_user: marking.owner.user.to_string(),
            classification: marking.classification.level(),
            distribution: marking.distribution.kind_name(),
            distribution_group: group,
            distribution_agencies: json(&agencies),
            handling: json(&marking.handling),
            pointer: i64::from(marking.pointer),
        }
    }
}

/// Keeps the `marking_agencies` lookup table in step with a record's marking.
pub(crate) async fn index_marking(
    tx: &mut Transaction<'_, Any>,
    record: &str,
    marking: &Marking,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM marking_agencies WHERE record_id = $1")
        .bind(record)
        .execute(&mut **tx)
        .await?;
    if let Distribution::Agencies { agencies } = &marking.distribution {
        for agency in agencies {
            sqlx::query(
                "INSERT INTO marking_agencies (record_id, agency_id) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(record)
            .bind(agency.to_string())
            .execute(&mut **tx)
            .await
            .map_err(StoreError::from_write)?;
        }
    }
    Ok(())
}
