//! Bulk import of persons and organisations from CSV or JSON Lines, as a server-side job the UI
//! can follow: valid rows are imported, every invalid row is reported with its line and reason,
//! and importing the same file again changes nothing (an agency's external reference names the
//! record it made). Rows go to the writer in large batches, each record with its audit entry.

use super::marked::checked_marking;
use super::register_exchange::{ImportFormat, RecordKindParam, file_text};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::matching::{Touch, WatchTally, match_imported};
use crate::state::{AppState, event_by};
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::marking::{Distribution, MarkingRequest, Owner};
use samanvay_core::org::Agency;
use samanvay_core::register::exchange::{
    ImportRow, MarkingSpec, OrganisationLine, PersonLine, RowError,
};
use samanvay_core::register::{Organisation, OrganisationContent, Person, PersonContent};
use samanvay_core::user::Role;
use samanvay_core::{AgencyId, Classification, Marking, OrganisationId, PersonId, Seen, UserId};
use samanvay_store::{Change, Imported, Job, RegisterKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};
use time::OffsetDateTime;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

/// The largest import file.
pub const MAX_IMPORT_BYTES: usize = 256 * 1024 * 1024;
/// Rows of an import's first writer job; each job after it twice as many, up to
/// [`MAX_BATCH_ROWS`]. A small first batch starts the writer early (the next batch is checked
/// while it stores one); large later ones commit the register's indexes less often (each commit
/// writes every index page the batch touched, and name keys touch pages all over).
const FIRST_BATCH_ROWS: usize = 2_000;
/// Rows per writer job at most: one transaction and one fsync for this many records.
const MAX_BATCH_ROWS: usize = 16_000;

/// The sizes of an import's batches, one after another.
struct BatchSizes(usize);

impl Default for BatchSizes {
    fn default() -> Self {
        BatchSizes(FIRST_BATCH_ROWS)
    }
}

impl Iterator for BatchSizes {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let size = self.0;
        self.0 = (size * 2).min(MAX_BATCH_ROWS);
        Some(size)
    }
}

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(start_import))
        .routes(routes!(import_status))
        .layer(DefaultBodyLimit::max(MAX_IMPORT_BYTES))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ImportParams {
    /// `persons` (default) or `organisations`.
    pub kind: Option<RecordKindParam>,
    /// `csv` or `jsonl`; by default read from the Content-Type (`text/csv`,
    /// `application/x-ndjson`, `application/jsonl`).
    pub format: Option<ImportFormat>,
    /// The file's marking, which a row may override: default `restricted`.
    pub classification: Option<Classification>,
    /// `own_agency` (default), `agencies`, `sharing_group`, `all_agencies`.
    pub distribution: Option<String>,
    /// For `agencies`: codes or ids, separated by `;` or `,`.
    pub share_with: Option<String>,
    pub sharing_group: Option<String>,
    /// Whether agencies that may not see a record may learn it exists (default no).
    pub pointer: Option<bool>,
    /// Handling conditions separated by `;`.
    pub handling: Option<String>,
}

/// Where a job is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportState {
    Running,
    Done,
    /// The file could not be read at all; nothing was imported.
    Failed,
}

/// Records matching found to belong together among those imported (filled in by matching).
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ClusterFound {
    pub persons: Vec<PersonId>,
    pub reasons: String,
}

/// An import job as its owner sees it: progress, the row errors, and when done, the result.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct ImportProgress {
    pub id: Uuid,
    pub kind: RecordKindParam,
    pub format: ImportFormat,
    pub state: ImportState,
    /// Rows in the file, once it has been read.
    pub rows_total: Option<usize>,
    /// Rows handled so far (imported, unchanged or failed).
    pub rows_read: usize,
    /// New records plus new versions.
    pub imported: usize,
    pub created: usize,
    pub updated: usize,
    /// Rows whose record is already stored as the row says.
    pub unchanged: usize,
    pub failed: usize,
    /// Every row not imported: its line and why.
    pub errors: Vec<RowError>,
    /// Why the whole file was refused, for a failed job.
    pub error: Option<String>,
    /// Clusters of "same person" records matching found among the imported persons.
    pub clusters: Vec<ClusterFound>,
    #[serde(with = "time::serde::rfc3339")]
    pub started_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339::option")]
    pub finished_at: Option<OffsetDateTime>,
}

struct ImportJob {
    owner: UserId,
    agency: AgencyId,
    progress: ImportProgress,
}

type JobHandle = Arc<Mutex<ImportJob>>;

/// The import jobs of this process. A job lives as long as the process: the records it made
/// are in the store, and its report is for the user who is watching it.
static JOBS: LazyLock<Mutex<HashMap<Uuid, JobHandle>>> = LazyLock::new(Default::default);

/// Starts importing the file in the body; answers 202 with the job to follow. A file that
/// cannot be read at all (not UTF-8, no header, an unknown column, a bad file marking) is
/// refused at once with 422 and nothing is imported.
#[utoipa::path(post, path = "/api/v1/register/imports", tag = "register",
    security(("session" = ["analyst"])), params(ImportParams),
    request_body(content = String, description = "The CSV or JSON Lines file, UTF-8",
        content_type = "text/csv"),
    responses((status = 202, body = ImportProgress), (status = 415, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn start_import(
    State(state): State<AppState>,
    who: SignedIn,
    Query(params): Query<ImportParams>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult<(StatusCode, Json<ImportProgress>)> {
    let format = ImportFormat::of(params.format, &headers)?;
    let kind = params.kind.unwrap_or(RecordKindParam::Persons);
    let text = file_text(&body)?;
    let today = state.clock.now().date();
    // The header decides whether the file can be read at all: check it before any job.
    if format == ImportFormat::Csv {
        let header = text.lines().next().unwrap_or("");
        let checked = match kind {
            RecordKindParam::Persons => PersonLine::read_csv(header, today).map(|_| ()),
            RecordKindParam::Organisations => OrganisationLine::read_csv(header).map(|_| ()),
        };
        checked.map_err(ApiError::invalid)?;
    }
    let file_marking = MarkingSpec {
        classification: params.classification,
        distribution: params.distribution,
        share_with: params.share_with.map(|s| split_list(&s)),
        sharing_group: params.sharing_group,
        pointer: params.pointer,
        handling: params.handling.map(|h| split_list(&h)),
    };
    let agencies = state.store.agencies().await?;
    resolve_marking(&state, &who, &file_marking, &agencies)
        .await
        .map_err(ApiError::invalid)?;

    let now = state.clock.now();
    let progress = ImportProgress {
        id: Uuid::now_v7(),
        kind,
        format,
        state: ImportState::Running,
        rows_total: None,
        rows_read: 0,
        imported: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
        errors: Vec::new(),
        error: None,
        clusters: Vec::new(),
        started_at: now,
        finished_at: None,
    };
    let job = Arc::new(Mutex::new(ImportJob {
        owner: who.user.id,
        agency: who.user.agency,
        progress: progress.clone(),
    }));
    lock(&JOBS).insert(progress.id, job.clone());
    let run = Run {
        state: state.clone(),
        who,
        file_marking,
        agencies,
        markings: HashMap::new(),
        gangs: HashMap::new(),
        seen_refs: HashMap::new(),
        imported_persons: Vec::new(),
        watches: WatchTally::default(),
        stages: Stages::default(),
        job,
    };
    tokio::spawn(run.import(text, kind, format));
    Ok((StatusCode::ACCEPTED, Json(progress)))
}

/// How an import job is going. Only the user who started it and the administrators of that
/// user's agency may read it; to anyone else it does not exist.
#[utoipa::path(get, path = "/api/v1/register/imports/{id}", tag = "register",
    security(("session" = [])), params(("id" = Uuid, Path)),
    responses((status = 200, body = ImportProgress), (status = 404, body = crate::error::Problem)))]
async fn import_status(who: SignedIn, Path(id): Path<Uuid>) -> ApiResult<Json<ImportProgress>> {
    let job = lock(&JOBS)
        .get(&id)
        .cloned()
        .ok_or_else(ApiError::not_found)?;
    let job = lock(&job);
    let admin = who.user.has_role(Role::AgencyAdmin) && who.user.agency == job.agency;
    if job.owner != who.user.id && !admin {
        return Err(ApiError::not_found());
    }
    Ok(Json(job.progress.clone()))
}

/// The clusters of "same person" records matching found among the persons an import made or
/// changed, as far as the importer may read them. Matching trouble leaves the import done and
/// the clusters unreported.
async fn clusters_found(
    state: &AppState,
    who: &SignedIn,
    imported: &[(PersonId, Marking)],
    watches: &mut WatchTally,
) -> Vec<ClusterFound> {
    match match_imported(state, who, imported, watches).await {
        Ok(found) => found
            .into_iter()
            .map(|c| ClusterFound {
                persons: c.persons,
                reasons: c.reasons,
            })
            .collect(),
        Err(_) => {
            tracing::warn!("matching after an import failed");
            Vec::new()
        }
    }
}

/// One running import: the caches that spare the store a question per row.
struct Run {
    state: AppState,
    who: SignedIn,
    file_marking: MarkingSpec,
    agencies: Vec<Agency>,
    /// Row marking (as JSON) → the marking it resolves to, or why it cannot.
    markings: HashMap<String, Result<Marking, String>>,
    /// A gang as a row names it → the organisation, or why it names none.
    gangs: HashMap<String, Result<OrganisationId, String>>,
    /// External references met so far → their line, so that a repeat is reported.
    seen_refs: HashMap<String, usize>,
    /// The persons made or changed, with their markings (for the watchers).
    imported_persons: Vec<(PersonId, Marking)>,
    /// Watchers to tell, once per watch for the whole import.
    watches: WatchTally,
    stages: Stages,
    job: JobHandle,
}

/// Where an import's time went, for the log.
#[derive(Default)]
struct Stages {
    read: Duration,
    check: Duration,
    store: Duration,
    index: Duration,
    matching: Duration,
}

impl Run {
    async fn import(mut self, text: String, kind: RecordKindParam, format: ImportFormat) {
        let today = self.state.clock.now().date();
        let started = Instant::now();
        let outcome = match kind {
            RecordKindParam::Persons => {
                // Reading a large file takes seconds of CPU: not on the threads serving requests.
                let rows = tokio::task::spawn_blocking(move || match format {
                    ImportFormat::Csv => PersonLine::read_csv(&text, today),
                    ImportFormat::Jsonl => Ok(PersonLine::read_jsonl(&text, today)),
                })
                .await
                .unwrap_or_else(|_| Err("the file could not be read".to_string()));
                self.stages.read = started.elapsed();
                match rows {
                    Ok(rows) => self.import_persons(rows).await,
                    Err(reason) => Err(reason),
                }
            }
            RecordKindParam::Organisations => {
                let rows = match format {
                    ImportFormat::Csv => OrganisationLine::read_csv(&text),
                    ImportFormat::Jsonl => Ok(OrganisationLine::read_jsonl(&text)),
                };
                drop(text);
                match rows {
                    Ok(rows) => self.import_organisations(rows).await,
                    Err(reason) => Err(reason),
                }
            }
        };
        let matching = Instant::now();
        let clusters = clusters_found(
            &self.state,
            &self.who,
            &self.imported_persons,
            &mut self.watches,
        )
        .await;
        self.tell_watchers().await;
        self.stages.matching = matching.elapsed();
        let s = &self.stages;
        tracing::info!(
            rows = self.imported_persons.len(),
            total_s = started.elapsed().as_secs_f64(),
            read_s = s.read.as_secs_f64(),
            check_s = s.check.as_secs_f64(),
            store_s = s.store.as_secs_f64(),
            index_s = s.index.as_secs_f64(),
            matching_s = s.matching.as_secs_f64(),
            "register import done"
        );
        let now = self.state.clock.now();
        let mut job = lock(&self.job);
        let progress = &mut job.progress;
        progress.clusters = clusters;
        progress.finished_at = Some(now);
        match outcome {
            Ok(()) => progress.state = ImportState::Done,
            Err(reason) => {
                progress.state = ImportState::Failed;
                progress.error = Some(reason);
            }
        }
    }

    async fn import_persons(
        &mut self,
        rows: Vec<Result<ImportRow<PersonContent>, RowError>>,
    ) -> Result<(), String> {
        lock(&self.job).progress.rows_total = Some(rows.len());
        let (state, who) = (self.state.clone(), self.who.clone());
        let mut rows = rows.into_iter().peekable();
        let mut sizes = BatchSizes::default();
        let mut in_flight: Option<Prepared> = None;
        let mut stored: Option<Stored> = None;
        loop {
            let size = sizes.next().unwrap_or(MAX_BATCH_ROWS);
            let next: Vec<_> = rows.by_ref().take(size).collect();
            let previous = stored.take();
            // The writer stores one batch on its own thread while this task indexes the batch
            // stored before it and checks the next, so the writer is never left waiting.
            let (just_stored, prepared) =
                tokio::join!(store_persons(&state, &who, in_flight.take()), async {
                    if let Some(previous) = previous {
                        self.finish_persons(previous).await;
                    }
                    self.prepare_persons(next).await
                });
            stored = just_stored;
            match prepared {
                Ok(Some(batch)) => in_flight = Some(batch),
                done => {
                    // The last batch stored (or the one stored before the register could not
                    // be read) is indexed and counted all the same.
                    if let Some(last) = stored.take() {
                        self.finish_persons(last).await;
                    }
                    return done.map(|_| ());
                }
            }
        }
    }

    /// A batch's rows checked and turned into records to store; `None` for no rows.
    async fn prepare_persons(
        &mut self,
        batch: Vec<Result<ImportRow<PersonContent>, RowError>>,
    ) -> Result<Option<Prepared>, String> {
        if batch.is_empty() {
            return Ok(None);
        }
        let read = batch.len();
        let checking = Instant::now();
        let mut report = Report::default();
        let mut valid = Vec::with_capacity(batch.len());
        for row in batch {
            match self.checked(row).await {
                Ok((row, marking)) => match self.gang_of(&row).await {
                    Ok(gang) => valid.push((row, marking, gang)),
                    Err(reason) => report.fail(row.line, reason),
                },
                Err(error) => report.errors.push(error),
            }
        }
        let refs: Vec<String> = valid.iter().map(|(r, ..)| r.external_ref.clone()).collect();
        let existing = self
            .state
            .store
            .persons_by_external_ref(self.who.user.agency, &refs)
            .await
            .map_err(|_| "the register could not be read; try again".to_string())?;
        let foreign = self
            .state
            .store
            .held_elsewhere(self.who.user.agency, RegisterKind::Person, &refs)
            .await
            .map_err(|_| "the register could not be read; try again".to_string())?;
        let now = self.state.clock.now();
        let mut records = Vec::new();
        for (row, marking, gang) in valid {
            if foreign.contains(&row.external_ref) {
                report.fail(row.line, held_by_another(&row.external_ref));
                continue;
            }
            let mut content = row.content;
            content.gang = gang;
            let imported = match existing.get(&row.external_ref) {
                Some(current) => {
                    if !matches!(self.who.viewer.see(&current.marking, ()), Seen::Full(())) {
                        report.fail(row.line, beyond_clearance(&row.external_ref));
                        continue;
                    }
                    // The record keeps its owner; only the rest of the marking may change.
                    let marking = Marking {
                        owner: current.marking.owner.clone(),
                        ..marking
                    };
                    if same_person(&current.content, &content) && current.marking == marking {
                        report.unchanged += 1;
                        continue;
                    }
                    Imported {
                        record: Person {
                            marking,
                            content,
                            version: current.version + 1,
                            updated_at: now,
                            ..current.clone()
                        },
                        external_ref: row.external_ref,
                        new: false,
                    }
                }
                None => Imported {
                    record: Person {
                        id: PersonId::new(),
                        marking,
                        content,
                        version: 1,
                        created_at: now,
                        updated_at: now,
                    },
                    external_ref: row.external_ref,
                    new: true,
                },
            };
            records.push((row.line, imported));
        }
        self.stages.check += checking.elapsed();
        Ok(Some(Prepared {
            read,
            report,
            records,
        }))
    }

    /// What follows a stored batch: the stored records indexed for matching, the watchers
    /// tallied, the job's progress.
    async fn finish_persons(&mut self, batch: Stored) {
        let Stored {
            read,
            mut report,
            outcomes,
            took,
        } = batch;
        self.stages.store += took;
        let indexing = Instant::now();
        let mut written = Vec::new();
        let mut persons = Vec::new();
        for (line, imported, outcome) in outcomes {
            match outcome {
                Ok(()) => {
                    report.stored(imported.new);
                    written.push((
                        imported.record.id,
                        imported.record.marking.clone(),
                        Touch::written(&imported.record, imported.new),
                    ));
                    persons.push(imported.record);
                }
                Err(reason) => report.fail(line, reason),
            }
        }
        self.imported_persons
            .extend(persons.iter().map(|p| (p.id, p.marking.clone())));
        // Profiling a batch takes a few hundred milliseconds: not on the threads serving
        // requests.
        let state = self.state.clone();
        let indexed = tokio::task::spawn_blocking(move || state.matcher.put_all(&persons)).await;
        if indexed.is_err() {
            tracing::warn!("indexing a batch of imported persons for matching failed");
        }
        self.stages.index += indexing.elapsed();
        self.tally_watchers(&written).await;
        self.record(read, report);
    }

    /// Notes the watches a batch's records touch; trouble here costs notifications, never
    /// the import.
    async fn tally_watchers(&mut self, written: &[(PersonId, Marking, Vec<Touch>)]) {
        let written: Vec<(PersonId, &Marking, &[Touch])> = written
            .iter()
            .map(|(id, marking, touches)| (*id, marking, touches.as_slice()))
            .collect();
        if self
            .watches
            .add(&self.state, &self.who, &written)
            .await
            .is_err()
        {
            tracing::warn!("looking up the watchers of imported persons failed");
        }
    }

    /// One notification per watch the import touched.
    async fn tell_watchers(&mut self) {
        let changes = std::mem::take(&mut self.watches).into_changes(self.state.clock.now());
        if changes.is_empty() {
            return;
        }
        let mut job = Job::new(self.state.clock.now());
        job.changes = changes;
        if self.state.store.commit(job).await.is_err() {
            tracing::warn!("telling the watchers of an import failed");
        }
    }

    async fn import_organisations(
        &mut self,
        rows: Vec<Result<ImportRow<OrganisationContent>, RowError>>,
    ) -> Result<(), String> {
        lock(&self.job).progress.rows_total = Some(rows.len());
        let mut rows = rows.into_iter().peekable();
        let mut sizes = BatchSizes::default();
        while rows.peek().is_some() {
            let size = sizes.next().unwrap_or(MAX_BATCH_ROWS);
            let batch: Vec<_> = rows.by_ref().take(size).collect();
            let read = batch.len();
            let mut report = Report::default();
            let mut valid = Vec::with_capacity(batch.len());
            for row in batch {
                match self.checked(row).await {
                    Ok(checked) => valid.push(checked),
                    Err(error) => report.errors.push(error),
                }
            }
            let refs: Vec<String> = valid.iter().map(|(r, _)| r.external_ref.clone()).collect();
            let existing = self
                .state
                .store
                .organisations_by_external_ref(self.who.user.agency, &refs)
                .await
                .map_err(|_| "the register could not be read; try again".to_string())?;
            let foreign = self
                .state
                .store
                .held_elsewhere(self.who.user.agency, RegisterKind::Organisation, &refs)
                .await
                .map_err(|_| "the register could not be read; try again".to_string())?;
            let now = self.state.clock.now();
            let mut records = Vec::new();
            for (row, marking) in valid {
                if foreign.contains(&row.external_ref) {
                    report.fail(row.line, held_by_another(&row.external_ref));
                    continue;
                }
                let imported = match existing.get(&row.external_ref) {
                    Some(current) => {
                        if !matches!(self.who.viewer.see(&current.marking, ()), Seen::Full(())) {
                            report.fail(row.line, beyond_clearance(&row.external_ref));
                            continue;
                        }
                        let marking = Marking {
                            owner: current.marking.owner.clone(),
                            ..marking
                        };
                        if same_organisation(&current.content, &row.content)
                            && current.marking == marking
                        {
                            report.unchanged += 1;
                            continue;
                        }
                        Imported {
                            record: Organisation {
                                marking,
                                content: row.content,
                                version: current.version + 1,
                                updated_at: now,
                                ..current.clone()
                            },
                            external_ref: row.external_ref,
                            new: false,
                        }
                    }
                    None => Imported {
                        record: Organisation {
                            id: OrganisationId::new(),
                            marking,
                            content: row.content,
                            version: 1,
                            created_at: now,
                            updated_at: now,
                        },
                        external_ref: row.external_ref,
                        new: true,
                    },
                };
                records.push((row.line, imported));
            }
            let by = self.who.user.id;
            let event = |i: &Imported<Organisation>, line: usize| {
                record_event(
                    &self.who,
                    RecordKind::Organisation,
                    i.record.id.0,
                    &i.record.marking,
                    i.new,
                    line,
                )
            };
            let stored = commit_records(&self.state, &records, event, |organisations| {
                Change::ImportOrganisations { organisations, by }
            })
            .await;
            for (line, imported, outcome) in stored {
                match outcome {
                    Ok(()) => report.stored(imported.new),
                    Err(reason) => report.fail(line, reason),
                }
            }
            self.record(read, report);
        }
        Ok(())
    }

    /// A row read well, not repeating an earlier reference, with its marking resolved.
    async fn checked<C>(
        &mut self,
        row: Result<ImportRow<C>, RowError>,
    ) -> Result<(ImportRow<C>, Marking), RowError> {
        let row = row?;
        let fail = |reason: String| RowError {
            line: row.line,
            reason,
        };
        if let Some(first) = self.seen_refs.get(&row.external_ref) {
            return Err(fail(format!(
                "external_ref {:?} repeats line {first}; each row needs its own",
                row.external_ref
            )));
        }
        self.seen_refs.insert(row.external_ref.clone(), row.line);
        let spec = row.marking.over(&self.file_marking);
        let key = serde_json::to_string(&spec).unwrap_or_default();
        if !self.markings.contains_key(&key) {
            let resolved = resolve_marking(&self.state, &self.who, &spec, &self.agencies).await;
            self.markings.insert(key.clone(), resolved);
        }
        match &self.markings[&key] {
            Ok(marking) => Ok((row, marking.clone())),
            Err(reason) => Err(fail(format!("marking: {reason}"))),
        }
    }

    /// The organisation a row's gang names: an id the importer may see, or the external
    /// reference of an organisation the importer's agency imported.
    async fn gang_of<C>(&mut self, row: &ImportRow<C>) -> Result<Option<OrganisationId>, String> {
        let Some(gang) = &row.gang else {
            return Ok(None);
        };
        if !self.gangs.contains_key(gang) {
            let found = self.find_gang(gang).await;
            self.gangs.insert(gang.clone(), found);
        }
        self.gangs[gang].clone().map(Some)
    }

    async fn find_gang(&self, gang: &str) -> Result<OrganisationId, String> {
        let unknown = || {
            format!("gang {gang:?}: there is no such organisation, or it is not shared with you")
        };
        let store = &self.state.store;
        if let Ok(id) = gang.parse::<OrganisationId>() {
            let seen = store
                .organisation(&self.who.viewer, id)
                .await
                .map_err(|_| unknown())?;
            return match seen {
                Seen::Full(_) => Ok(id),
                _ => Err(unknown()),
            };
        }
        let found = store
            .organisations_by_external_ref(self.who.user.agency, &[gang.to_string()])
            .await
            .map_err(|_| unknown())?;
        match found.get(gang) {
            Some(o) if matches!(self.who.viewer.see(&o.marking, ()), Seen::Full(())) => Ok(o.id),
            _ => Err(unknown()),
        }
    }

    fn record(&self, read: usize, mut report: Report) {
        report.errors.sort_by_key(|e| e.line);
        let mut job = lock(&self.job);
        let p = &mut job.progress;
        p.rows_read += read;
        p.created += report.created;
        p.updated += report.updated;
        p.imported = p.created + p.updated;
        p.unchanged += report.unchanged;
        p.failed += report.errors.len();
        p.errors.extend(report.errors);
    }
}

/// A batch of persons checked and ready for the writer.
struct Prepared {
    read: usize,
    report: Report,
    records: Vec<(usize, Imported<Person>)>,
}

/// A batch the writer has handled: each record with its line and outcome.
struct Stored {
    read: usize,
    report: Report,
    outcomes: Vec<(usize, Imported<Person>, Result<(), String>)>,
    took: Duration,
}

/// Stores a prepared batch, each record with its audit entry; nothing for no batch.
async fn store_persons(
    state: &AppState,
    who: &SignedIn,
    batch: Option<Prepared>,
) -> Option<Stored> {
    let Prepared {
        read,
        report,
        records,
    } = batch?;
    let storing = Instant::now();
    let by = who.user.id;
    let event = |i: &Imported<Person>, line: usize| {
        record_event(
            who,
            RecordKind::Person,
            i.record.id.0,
            &i.record.marking,
            i.new,
            line,
        )
    };
    let outcomes = commit_records(state, &records, event, |persons| Change::ImportPersons {
        persons,
        by,
    })
    .await;
    Some(Stored {
        read,
        report,
        outcomes,
        took: storing.elapsed(),
    })
}

/// What one batch did.
#[derive(Default)]
struct Report {
    created: usize,
    updated: usize,
    unchanged: usize,
    errors: Vec<RowError>,
}

impl Report {
    fn fail(&mut self, line: usize, reason: String) {
        self.errors.push(RowError { line, reason });
    }

    fn stored(&mut self, new: bool) {
        if new {
            self.created += 1;
        } else {
            self.updated += 1;
        }
    }
}

/// Commits the records in one job with one audit entry each; if that fails, each record alone,
/// so one bad record fails only its own row.
async fn commit_records<T: Clone>(
    state: &AppState,
    records: &[(usize, Imported<T>)],
    event: impl Fn(&Imported<T>, usize) -> AuditEvent,
    change: impl Fn(Vec<Imported<T>>) -> Change,
) -> Vec<(usize, Imported<T>, Result<(), String>)> {
    if records.is_empty() {
        return Vec::new();
    }
    let now = state.clock.now();
    let mut job = Job::new(now).change(change(records.iter().map(|(_, i)| i.clone()).collect()));
    for (line, imported) in records {
        job = job.event(event(imported, *line));
    }
    if state.store.commit(job).await.is_ok() {
        return records
            .iter()
            .map(|(line, i)| (*line, i.clone(), Ok(())))
            .collect();
    }
    let mut outcomes = Vec::with_capacity(records.len());
    for (line, imported) in records {
        let job = Job::new(now)
            .change(change(vec![imported.clone()]))
            .event(event(imported, *line));
        let outcome = state
            .store
            .commit(job)
            .await
            .map(|_| ())
            .map_err(|e| format!("could not be stored: {}", ApiError::from(e).detail()));
        outcomes.push((*line, imported.clone(), outcome));
    }
    outcomes
}

fn record_event(
    who: &SignedIn,
    kind: RecordKind,
    id: Uuid,
    marking: &Marking,
    new: bool,
    line: usize,
) -> AuditEvent {
    let action = if new {
        AuditAction::Create
    } else {
        AuditAction::Update
    };
    event_by(
        who,
        action,
        Some(RecordRef { kind, id }),
        Some(marking.owner.agency),
        format!("import, line {line}"),
    )
}

fn held_by_another(external_ref: &str) -> String {
    format!(
        "{external_ref} is a record another agency holds (a row of an export); only its holder imports it"
    )
}

fn beyond_clearance(external_ref: &str) -> String {
    format!(
        "the record imported before as {external_ref:?} is marked beyond what you may see; it was left as it is"
    )
}

/// Whether two persons say the same, names compared as a set per kind (an export lists
/// primary names, then aliases, then nicknames).
fn same_person(a: &PersonContent, b: &PersonContent) -> bool {
    let sorted = |c: &PersonContent| {
        let mut c = c.clone();
        c.names.sort_by_key(|n| (n.kind as u8, n.text.clone()));
        c
    };
    a == b || sorted(a) == sorted(b)
}

fn same_organisation(a: &OrganisationContent, b: &OrganisationContent) -> bool {
    let sorted = |c: &OrganisationContent| {
        let mut c = c.clone();
        c.names.sort_by_key(|n| (n.kind as u8, n.text.clone()));
        c
    };
    a == b || sorted(a) == sorted(b)
}

/// The whole marking a spec gives, checked as any author's: defaults restricted, own agency,
/// no pointer; agencies by code or id.
async fn resolve_marking(
    state: &AppState,
    who: &SignedIn,
    spec: &MarkingSpec,
    agencies: &[Agency],
) -> Result<Marking, String> {
    let distribution = match spec.distribution.as_deref().unwrap_or("own_agency") {
        "own_agency" => Distribution::OwnAgency,
        "all_agencies" => Distribution::AllAgencies,
        "agencies" => {
            let mut ids = Vec::new();
            for named in spec.share_with.iter().flatten() {
                let agency = agencies
                    .iter()
                    .find(|a| a.code.eq_ignore_ascii_case(named) || a.id.to_string() == *named)
                    .ok_or_else(|| format!("there is no agency {named:?} to share with"))?;
                ids.push(agency.id);
            }
            Distribution::Agencies { agencies: ids }
        }
        "sharing_group" => {
            let group = spec
                .sharing_group
                .as_deref()
                .and_then(|g| g.parse().ok())
                .ok_or("a sharing_group distribution needs the group's id")?;
            Distribution::SharingGroup { group }
        }
        other => {
            return Err(format!(
                "unknown distribution {other:?} (own_agency, agencies, sharing_group, all_agencies)"
            ));
        }
    };
    let request = MarkingRequest {
        classification: spec.classification.unwrap_or(Classification::Restricted),
        distribution,
        handling: spec.handling.clone().unwrap_or_default(),
        pointer: spec.pointer.unwrap_or(false),
    };
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    checked_marking(state, who, request.owned_by(owner))
        .await
        .map_err(|e| e.detail().to_string())
}

fn split_list(text: &str) -> Vec<String> {
    text.split([';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
