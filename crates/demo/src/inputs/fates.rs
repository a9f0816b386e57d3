//! What each recipient unit did with its copy, by the unit's habit: some units acknowledge
//! nearly everything in minutes, others late or not at all.

use crate::rng::DemoRng;
use crate::world::DemoUser;
use samanvay_core::input::{ActionOutcome, Deadlines, Precedence};
use samanvay_core::org::Unit;
use samanvay_core::{UnitId, UserId};
use serde::Serialize;
use std::collections::BTreeMap;
use time::Duration;

/// One recipient unit's copy and what became of it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DemoCopy {
    pub unit: UnitId,
    pub agency: samanvay_core::AgencyId,
    /// The officer of the unit who took the steps (none: the copy was never opened).
    pub handler: Option<UserId>,
    pub fate: CopyFate,
}

/// Times are after the input was issued.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum CopyFate {
    Unread,
    Read {
        #[serde(skip)]
        read: Duration,
    },
    Acknowledged {
        #[serde(skip)]
        ack: Duration,
        /// And then action reported, with its outcome and text.
        action: Option<(Duration, ActionOutcome, String)>,
    },
    Flagged {
        #[serde(skip)]
        at: Duration,
        reason: String,
    },
}

/// Each unit's habit: the chance in a hundred that it acknowledges in time.
pub(crate) struct Habits(BTreeMap<UnitId, usize>);

const REASONS: &[&str] = &[
    "Entire station force on VIP bandobast for the next two days.",
    "The place named is outside our jurisdiction; it falls under the neighbouring district.",
    "No woman constable available for the search as required.",
];

const REPORTS: &[(ActionOutcome, &str)] = &[
    (
        ActionOutcome::Arrested,
        "Accused arrested at the naka; FIR registered, weapon seized.",
    ),
    (
        ActionOutcome::SearchedNoTrace,
        "Area searched with beat staff; no trace found.",
    ),
    (
        ActionOutcome::KeptUnderWatch,
        "Suspect identified; kept under discreet watch.",
    ),
    (
        ActionOutcome::Forwarded,
        "Passed to the beat officers of the area with instructions.",
    ),
];

impl Habits {
    pub(crate) fn new(units: &[Unit], rng: &DemoRng) -> Habits {
        let mut rng = rng.fork("habits");
        Habits(
            units
                .iter()
                .map(|u| (u.id, *rng.pick(&[95, 90, 85, 80, 70, 55, 35])))
                .collect(),
        )
    }

    pub(crate) fn fate(
        &self,
        rng: &mut DemoRng,
        unit: &Unit,
        users: &[DemoUser],
        precedence: Precedence,
        issued_ago: Duration,
    ) -> DemoCopy {
        let diligence = self.0.get(&unit.id).copied().unwrap_or(70);
        let handler = users
            .iter()
            .filter(|u| u.user.unit == unit.id)
            .map(|u| u.user.id)
            .next();
        let period = Deadlines::default().period(precedence);
        // Minutes after issue, never in the demo's future.
        let within = |rng: &mut DemoRng, from: f64, to: f64| {
            let secs = period.whole_seconds() as f64;
            let pick = from + (to - from) * (rng.below(1000) as f64 / 1000.0);
            Duration::seconds((secs * pick) as i64)
        };
        let fate = if handler.is_none() {
            CopyFate::Unread
        } else if rng.chance(4) {
            CopyFate::Flagged {
                at: within(rng, 0.1, 0.8),
                reason: rng.pick(REASONS).to_string(),
            }
        } else if rng.chance(diligence) {
            CopyFate::Acknowledged {
                ack: within(rng, 0.05, 0.9),
                action: action(rng, period),
            }
        } else if rng.chance(60) {
            CopyFate::Acknowledged {
                ack: within(rng, 1.2, 4.0),
                action: action(rng, period),
            }
        } else if rng.chance(40) {
            CopyFate::Read {
                read: within(rng, 0.2, 2.0),
            }
        } else {
            CopyFate::Unread
        };
        let fate = match fate {
            CopyFate::Acknowledged { ack, .. } | CopyFate::Read { read: ack }
                if ack >= issued_ago =>
            {
                CopyFate::Unread
            }
            CopyFate::Acknowledged {
                ack,
                action: Some((acted, _, _)),
            } if acted + ack >= issued_ago => CopyFate::Acknowledged { ack, action: None },
            other => other,
        };
        DemoCopy {
            unit: unit.id,
            agency: unit.agency,
            handler,
            fate,
        }
    }
}

fn action(rng: &mut DemoRng, period: Duration) -> Option<(Duration, ActionOutcome, String)> {
    if !rng.chance(55) {
        return None;
    }
    let (outcome, text) = *rng.pick(REPORTS);
    let after = period * (2 + rng.below(10) as i32);
    Some((after, outcome, text.to_string()))
}
