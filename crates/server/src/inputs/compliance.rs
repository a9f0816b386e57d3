//! Compliance figures from the copies a viewer may count: grouped per agency and per unit, and
//! week by week for the trend.

use super::directory::Directory;
use samanvay_core::input::{AckTimes, ComplianceCounts};
use samanvay_core::user::Role;
use samanvay_core::{AgencyId, UnitId, Viewer};
use samanvay_store::ComplianceRow;
use serde::Serialize;
use std::collections::BTreeMap;
use time::{Duration, OffsetDateTime};
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Compliance {
    #[serde(with = "time::serde::rfc3339")]
    pub from: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub to: OffsetDateTime,
    pub agencies: Vec<AgencyCompliance>,
    pub units: Vec<UnitCompliance>,
    /// Week by week from `from`: the share acknowledged in time.
    pub weeks: Vec<WeekCompliance>,
}

#[derive(Serialize, ToSchema)]
pub struct AgencyCompliance {
    pub agency: AgencyId,
    pub agency_code: String,
    #[serde(flatten)]
    pub counts: ComplianceCounts,
}

#[derive(Serialize, ToSchema)]
pub struct UnitCompliance {
    pub unit: UnitId,
    pub unit_name: String,
    pub agency: AgencyId,
    pub agency_code: String,
    #[serde(flatten)]
    pub counts: ComplianceCounts,
}

#[derive(Serialize, ToSchema)]
pub struct WeekCompliance {
    #[serde(with = "time::serde::rfc3339")]
    pub week_start: OffsetDateTime,
    #[serde(flatten)]
    pub counts: ComplianceCounts,
}

/// Whether the viewer may count a copy: one in its own unit's subtree (supervisors), or one
/// its agency sent (the issuing agency's analysts).
fn in_scope(viewer: &Viewer, directory: &Directory, row: &ComplianceRow) -> bool {
    let supervises =
        viewer.has_role(Role::Supervisor) && directory.is_within(row.recipient.unit, viewer.unit);
    let sent = row.issuer == viewer.agency && viewer.has_role(Role::Analyst);
    supervises || sent
}

pub fn compute(
    viewer: &Viewer,
    directory: &Directory,
    rows: Vec<ComplianceRow>,
    from: OffsetDateTime,
    to: OffsetDateTime,
    now: OffsetDateTime,
) -> Compliance {
    let mut agencies: BTreeMap<AgencyId, AckTimes> = BTreeMap::new();
    let mut units: BTreeMap<UnitId, (AgencyId, AckTimes)> = BTreeMap::new();
    let mut weeks: BTreeMap<i64, AckTimes> = BTreeMap::new();
    for row in rows.iter().filter(|r| in_scope(viewer, directory, r)) {
        let copy = &row.recipient;
        let ack = copy
            .acknowledged_at
            .map(|at| (at - copy.delivered_at).whole_seconds());
        let add = |times: &mut AckTimes| {
            times.add(
                ack,
                copy.acknowledged_in_time(),
                copy.is_overdue(now),
                copy.flagged_at.is_some(),
                copy.acted_at.is_some(),
            )
        };
        add(agencies.entry(copy.agency).or_default());
        add(&mut units
            .entry(copy.unit)
            .or_insert((copy.agency, AckTimes::default()))
            .1);
        let week = (copy.delivered_at - from).whole_weeks();
        add(weeks.entry(week).or_default());
    }
    let mut unit_rows: Vec<UnitCompliance> = units
        .into_iter()
        .map(|(unit, (agency, times))| UnitCompliance {
            unit,
            unit_name: directory.unit_name(unit),
            agency,
            agency_code: directory.agency_code(agency),
            counts: times.finish(),
        })
        .collect();
    // Worst first: the units that leave inputs unacknowledged are what a supervisor looks for.
    unit_rows.sort_by(|a, b| {
        let pct = |u: &UnitCompliance| u.counts.acknowledged_in_time_percent.unwrap_or(100.0);
        pct(a)
            .total_cmp(&pct(b))
            .then_with(|| a.unit_name.cmp(&b.unit_name))
    });
    Compliance {
        from,
        to,
        agencies: agencies
            .into_iter()
            .map(|(agency, times)| AgencyCompliance {
                agency,
                agency_code: directory.agency_code(agency),
                counts: times.finish(),
            })
            .collect(),
        units: unit_rows,
        weeks: weeks
            .into_iter()
            .map(|(week, times)| WeekCompliance {
                week_start: from + Duration::weeks(week),
                counts: times.finish(),
            })
            .collect(),
    }
}
