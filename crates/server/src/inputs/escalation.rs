//! Escalation of overdue copies: a background task that, driven by the injectable clock, finds
//! copies not acknowledged by their deadline (forwarded copies too) and escalates each to the
//! next supervisory unit of the recipient, telling that unit, the issuer and the observers. The
//! deadlines are stored and each
//! escalation is a conditional write, so after a restart (or with several servers) every due
//! escalation fires exactly once.

use super::directory::Directory;
use super::events;
use crate::error::ApiResult;
use crate::state::AppState;
use samanvay_core::InputId;
use samanvay_core::input::{Input, Observers, RecipientParty};
use samanvay_store::{Change, InputChange, Job};
use std::collections::HashMap;
use std::time::Duration;
use tokio::task::JoinHandle;

/// Copies escalated per look; the rest wait for the next look.
const BATCH: i64 = 500;

/// Looks for due escalations every `inputs.escalation_check_seconds` until aborted.
pub fn spawn(state: AppState) -> JoinHandle<()> {
    tokio::spawn(async move {
        let every = Duration::from_secs(state.config.inputs.escalation_check_seconds.max(1));
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(err) = escalate_due(&state).await {
                tracing::warn!(error = ?err, "escalating overdue inputs failed; will retry");
            }
        }
    })
}

/// Escalates every copy whose escalation is due now by one level; returns how many fired.
pub async fn escalate_due(state: &AppState) -> ApiResult<usize> {
    let now = state.clock.now();
    let due = state.store.due_escalations(now, BATCH).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let directory = Directory::load(&state.store).await?;
    let deadlines = state.config.inputs.deadlines;
    let mut job = Job::new(now);
    // Many due copies share an input: read each input and its observers once.
    let mut inputs: HashMap<InputId, Option<(Input, Observers)>> = HashMap::new();
    for item in &due {
        let copy = &item.recipient;
        if let std::collections::hash_map::Entry::Vacant(slot) = inputs.entry(copy.input) {
            let found = match state.store.input_unchecked(copy.input).await? {
                Some(input) => Some((input, state.store.input_observers(copy.input).await?)),
                None => None,
            };
            slot.insert(found);
        }
        let Some((input, observers)) = &inputs[&copy.input] else {
            continue;
        };
        // A unit's copy goes to its parent first; a user's copy to the user's own unit.
        let chain = match copy.party {
            RecipientParty::Unit(unit) => directory.ancestors(unit),
            RecipientParty::User(_) => {
                let mut chain = vec![copy.unit];
                chain.extend(directory.ancestors(copy.unit));
                chain
            }
        };
        let level = copy.escalation_level + 1;
        let change = match chain.get(copy.escalation_level as usize) {
            Some(&to_unit) => InputChange::Escalate {
                recipient: copy.id,
                input: copy.input,
                level,
                to_unit,
                next_at: chain
                    .get(level as usize)
                    .map(|_| deadlines.escalation_due(item.precedence, copy.delivered_at, level)),
                events: vec![events::escalated(input, observers, copy, to_unit, level)],
            },
            None => InputChange::StopEscalating {
                recipient: copy.id,
                level: copy.escalation_level,
            },
        };
        job.changes.push(Change::Input(change));
    }
    let committed = state.store.commit(job).await?;
    Ok(committed.rows.iter().filter(|r| **r > 0).count())
}
