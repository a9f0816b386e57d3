//! The writer: one task that commits every job, batching the jobs that queue up while a commit
//! is in flight into a single transaction (group commit), so one fsync serves many requests.

use crate::apply::apply_changes;
use crate::audit;
use crate::changes::{Committed, Job};
use crate::events::{self, Bus};
use crate::{Backend, StoreError};
use sqlx::Acquire;
use sqlx::AnyPool;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Jobs beyond this wait for the next batch, bounding one transaction's size.
const MAX_BATCH: usize = 512;

type Reply = oneshot::Sender<Result<Committed, StoreError>>;

enum Message {
    Job(Job, Reply),
    Stop(oneshot::Sender<()>),
}

#[derive(Clone)]
pub(crate) struct Writer {
    queue: mpsc::Sender<Message>,
}

impl Writer {
    pub(crate) fn start(pool: AnyPool, backend: Backend, bus: Bus) -> Writer {
        let (queue, messages) = mpsc::channel(8 * MAX_BATCH);
        tokio::spawn(run(pool, backend, bus, messages));
        Writer { queue }
    }

    pub(crate) async fn submit(&self, job: Job) -> Result<Committed, StoreError> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send(Message::Job(job, reply))
            .await
            .map_err(|_| StoreError::WriterStopped)?;
        answer.await.map_err(|_| StoreError::WriterStopped)?
    }

    /// Commits what is queued, then stops; later jobs fail with `WriterStopped`.
    pub(crate) async fn stop(&self) {
        let (done, stopped) = oneshot::channel();
        if self.queue.send(Message::Stop(done)).await.is_ok() {
            let _ = stopped.await;
        }
    }
}

async fn run(pool: AnyPool, backend: Backend, bus: Bus, mut messages: mpsc::Receiver<Message>) {
    let mut received = Vec::with_capacity(MAX_BATCH);
    while messages.recv_many(&mut received, MAX_BATCH).await > 0 {
        let mut jobs = Vec::with_capacity(received.len());
        let mut replies = Vec::with_capacity(received.len());
        let mut stop = None;
        for message in received.drain(..) {
            match message {
                Message::Job(job, reply) => {
                    jobs.push(job);
                    replies.push(reply);
                }
                Message::Stop(done) => stop = Some(done),
            }
        }
        if !jobs.is_empty() {
            let outcome = commit_batch(&pool, backend, &jobs).await;
            if let Ok(outcomes) = &outcome {
                publish(&bus, outcomes);
            }
            answer(replies, outcome);
        }
        if let Some(done) = stop {
            let _ = done.send(());
            return;
        }
    }
}

/// Publishes a durable batch's events in seq order, before any job is answered, so a caller
/// that sees its commit succeed knows its events are on their way.
fn publish(bus: &Bus, outcomes: &[Result<Committed, StoreError>]) {
    for committed in outcomes.iter().flatten() {
        for event in &committed.events {
            // No subscriber is no error: the log keeps the event for later readers.
            let _ = bus.send(Arc::new(event.clone()));
        }
    }
}

fn answer(replies: Vec<Reply>, outcome: Result<Vec<Result<Committed, StoreError>>, StoreError>) {
    match outcome {
        Ok(outcomes) => {
            for (reply, outcome) in replies.into_iter().zip(outcomes) {
                let _ = reply.send(outcome);
            }
        }
        Err(err) => {
            tracing::error!(error = %err, jobs = replies.len(), "group commit failed");
            for reply in replies {
                let _ = reply.send(Err(StoreError::Commit(err.to_string())));
            }
        }
    }
}

/// How a batch isolates its jobs from one another.
#[derive(Clone, Copy, PartialEq)]
enum Isolation {
    /// No savepoints: the common case, where every job applies. Two statements fewer per job.
    None,
    /// Each job in its own savepoint, so one that fails is rolled back alone.
    Savepoints,
}

/// Commits the batch in one transaction. First without savepoints; if a job fails (a taken
/// username, a stale version), the whole attempt is rolled back and the batch is applied again
/// with each job in its own savepoint, so the failed job is undone alone and the others commit.
async fn commit_batch(
    pool: &AnyPool,
    backend: Backend,
    jobs: &[Job],
) -> Result<Vec<Result<Committed, StoreError>>, StoreError> {
    match attempt(pool, backend, jobs, Isolation::None).await? {
        Some(outcomes) => Ok(outcomes),
        None => attempt(pool, backend, jobs, Isolation::Savepoints)
            .await
            .map(|outcomes| outcomes.expect("a batch with savepoints always completes")),
    }
}

/// One attempt at the batch; `None` when a job failed and `isolation` could not contain it
/// (the transaction is then rolled back, nothing written).
async fn attempt(
    pool: &AnyPool,
    backend: Backend,
    jobs: &[Job],
    isolation: Isolation,
) -> Result<Option<Vec<Result<Committed, StoreError>>>, StoreError> {
    // SQLite: take the write lock up front. A deferred transaction that has read the head
    // cannot upgrade once another process (a CLI command beside the server) has written; it
    // fails at once with SQLITE_BUSY instead of waiting out the busy timeout.
    let mut tx = match backend {
        Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await?,
        Backend::Postgres => pool.begin().await?,
    };
    let mut head = audit::lock_head(&mut tx, backend).await?;
    // Numbered under the audit head lock, so seqs follow commit order across writers.
    let mut event_head = events::last_seq(&mut tx).await?;
    let mut outcomes = Vec::with_capacity(jobs.len());
    let mut entries = Vec::new();
    for job in jobs {
        let (rows, appended) = if job.changes.is_empty() {
            (Vec::new(), Vec::new())
        } else if isolation == Isolation::None {
            match apply_changes(&mut tx, job).await {
                Ok(applied) => applied,
                Err(err) => {
                    tx.rollback().await?;
                    // A job alone needs no second attempt: its failure is the batch's outcome.
                    return Ok((jobs.len() == 1).then(|| vec![Err(err)]));
                }
            }
        } else {
            let mut savepoint = tx.begin().await?;
            match apply_changes(&mut savepoint, job).await {
                Ok(applied) => {
                    savepoint.commit().await?;
                    applied
                }
                Err(err) => {
                    savepoint.rollback().await?;
                    outcomes.push(Err(err));
                    continue;
                }
            }
        };
        let chained: Vec<_> = job
            .audit
            .iter()
            .map(|event| audit::chain(&mut head, job.at, event))
            .collect();
        let audit_seqs = chained.iter().map(|e| e.seq()).collect();
        entries.extend(chained);
        let events = events::number(&mut event_head, job.at, appended);
        outcomes.push(Ok(Committed {
            rows,
            audit_seqs,
            events,
        }));
    }
    // The events of the whole batch are written together; if that fails, so does the batch.
    audit::write(&mut tx, &entries).await?;
    let logged: Vec<_> = outcomes
        .iter()
        .flatten()
        .flat_map(|c: &Committed| &c.events)
        .collect();
    events::write(&mut tx, &logged).await?;
    audit::store_head(&mut tx, &head).await?;
    tx.commit().await?;
    Ok(Some(outcomes))
}
