//! Loads the demo's inputs: each issued at its time in the past, then each recipient's steps at
//! theirs, through the same changes as live requests. Copies never acknowledged are left to the
//! escalation task, which escalates them when the server starts.

use samanvay_core::RecipientId;
use samanvay_core::input::{Deadlines, RecipientState, Transition};
use samanvay_demo::DemoWorld;
use samanvay_demo::inputs::CopyFate;
use samanvay_store::{Change, InputChange, Job, NewRecipient, Store, StoreError};
use time::OffsetDateTime;

/// One step to apply, at its time.
struct Step {
    at: OffsetDateTime,
    change: InputChange,
}

pub async fn load(store: &Store, world: &DemoWorld, now: OffsetDateTime) -> Result<(), StoreError> {
    let deadlines = Deadlines::default();
    // Steps in rounds, so a copy's read comes before its acknowledgement, before its report.
    let mut rounds: [Vec<Step>; 3] = Default::default();
    for demo in &world.inputs {
        let input = demo.input(now);
        let issued = input.issued_at;
        let deadline = issued + deadlines.period(input.content.precedence);
        let mut recipients = Vec::new();
        for copy in &demo.copies {
            let id = RecipientId::new();
            recipients.push(NewRecipient {
                id,
                input: input.id,
                agency: copy.agency,
                unit: copy.unit,
                user: None,
                forwarded_from: None,
                delivered_at: issued,
                ack_deadline: deadline,
            });
            let Some(by) = copy.handler else { continue };
            let step = |at, from, to, step| Step {
                at: issued + at,
                change: InputChange::Step {
                    recipient: id,
                    input: input.id,
                    from,
                    to,
                    step,
                    by,
                    forwarded: None,
                },
            };
            use RecipientState::*;
            match &copy.fate {
                CopyFate::Unread => {}
                CopyFate::Read { read } => {
                    rounds[0].push(step(*read, Delivered, Read, Transition::Read))
                }
                CopyFate::Acknowledged { ack, action } => {
                    rounds[0].push(step(*ack / 2, Delivered, Read, Transition::Read));
                    rounds[1].push(step(*ack, Read, Acknowledged, Transition::Acknowledge));
                    if let Some((after, outcome, text)) = action {
                        let report = Transition::ReportAction {
                            outcome: *outcome,
                            text: text.clone(),
                        };
                        rounds[2].push(step(*ack + *after, Acknowledged, ActionReported, report));
                    }
                }
                CopyFate::Flagged { at, reason } => {
                    let flag = Transition::Flag {
                        reason: reason.clone(),
                    };
                    rounds[0].push(step(*at, Delivered, Flagged, flag));
                }
            }
        }
        let job = Job::new(issued).change(Change::Input(InputChange::Issue {
            input: Box::new(input),
            recipients,
        }));
        store.commit(job).await?;
    }
    for round in rounds {
        // Submitted together, so the writer commits them in a few group commits.
        let mut jobs = tokio::task::JoinSet::new();
        for step in round {
            let store = store.clone();
            let job = Job::new(step.at).change(Change::Input(step.change));
            jobs.spawn(async move { store.commit(job).await });
        }
        while let Some(done) = jobs.join_next().await {
            done.map_err(|e| StoreError::Commit(e.to_string()))??;
        }
    }
    Ok(())
}
