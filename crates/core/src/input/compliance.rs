//! Compliance figures for a set of recipients: how many received, how many acknowledged within
//! the deadline, how long acknowledgement took (median and 90th percentile), how many are
//! overdue now, flagged, or have reported action.

use serde::Serialize;
use utoipa::ToSchema;

/// Counts and acknowledgement times of one unit (or agency) over a period.
#[derive(Clone, Debug, Default, PartialEq, Serialize, ToSchema)]
pub struct ComplianceCounts {
    pub received: u64,
    pub acknowledged: u64,
    pub acknowledged_in_time: u64,
    /// Share of received copies acknowledged within their deadline, 0–100; absent when none
    /// were received.
    pub acknowledged_in_time_percent: Option<f64>,
    pub median_seconds_to_acknowledge: Option<i64>,
    pub p90_seconds_to_acknowledge: Option<i64>,
    /// Not acknowledged and past the deadline now.
    pub overdue_now: u64,
    pub flagged: u64,
    pub actions_reported: u64,
}

/// Acknowledgement times gathered before the figures are computed.
#[derive(Clone, Debug, Default)]
pub struct AckTimes {
    pub counts: ComplianceCounts,
    seconds: Vec<i64>,
}

impl AckTimes {
    /// Adds one copy: seconds to acknowledge (if acknowledged), whether in time, overdue now,
    /// flagged, action reported.
    pub fn add(
        &mut self,
        ack_seconds: Option<i64>,
        in_time: bool,
        overdue: bool,
        flagged: bool,
        reported: bool,
    ) {
        let c = &mut self.counts;
        c.received += 1;
        if let Some(s) = ack_seconds {
            c.acknowledged += 1;
            self.seconds.push(s);
            c.acknowledged_in_time += u64::from(in_time);
        }
        c.overdue_now += u64::from(overdue);
        c.flagged += u64::from(flagged);
        c.actions_reported += u64::from(reported);
    }

    /// The figures, percentiles by nearest rank.
    pub fn finish(mut self) -> ComplianceCounts {
        self.seconds.sort_unstable();
        let mut c = self.counts;
        c.median_seconds_to_acknowledge = nearest_rank(&self.seconds, 50);
        c.p90_seconds_to_acknowledge = nearest_rank(&self.seconds, 90);
        c.acknowledged_in_time_percent = (c.received > 0).then(|| {
            let pct = c.acknowledged_in_time as f64 * 100.0 / c.received as f64;
            (pct * 10.0).round() / 10.0
        });
        c
    }
}

fn nearest_rank(sorted: &[i64], percent: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (percent * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_of_ten_copies() {
        let mut times = AckTimes::default();
        for s in 1..=8 {
            times.add(Some(s * 60), s <= 6, false, false, s <= 3);
        }
        times.add(None, false, true, false, false);
        times.add(None, false, false, true, false);
        let c = times.finish();
        assert_eq!(c.received, 10);
        assert_eq!(c.acknowledged, 8);
        assert_eq!(c.acknowledged_in_time_percent, Some(60.0));
        assert_eq!(c.median_seconds_to_acknowledge, Some(240));
        assert_eq!(c.p90_seconds_to_acknowledge, Some(480));
        assert_eq!((c.overdue_now, c.flagged, c.actions_reported), (1, 1, 3));
        assert_eq!(
            AckTimes::default().finish().acknowledged_in_time_percent,
            None
        );
    }
}
