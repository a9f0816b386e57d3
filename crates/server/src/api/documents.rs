//! The document library: the first marked record kind, end to end. Every read goes through
//! the store's gate (`Seen` for one record, the SQL predicate for lists) and is audited before
//! the answer leaves.

use crate::api::marked::{HolderView, checked_marking, holder_view, pass_gate};
use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, AuditEvent, RecordKind, RecordRef};
use samanvay_core::document::{Document, DocumentContent, DocumentVersion, Language};
use samanvay_core::marking::{MarkingRequest, Owner};
use samanvay_core::{DocumentId, Marking};
use samanvay_store::{Change, DocumentQuery, Job};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_documents, create_document))
        .routes(routes!(get_document, edit_document))
        .routes(routes!(document_history))
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct DocumentSearch {
    /// Words in the title (either script).
    pub q: Option<String>,
    pub tag: Option<String>,
    /// 1–200, default 50.
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct DocumentList {
    pub documents: Vec<Document>,
    /// Other agencies hold matching documents not shared with you.
    pub pointers: Vec<HolderView>,
}

/// Lists or searches the library: newest first, only what the viewer may see, with pointers
/// to matching documents that other agencies hold but do not share.
#[utoipa::path(get, path = "/api/v1/documents", tag = "documents", security(("session" = [])),
    params(DocumentSearch), responses((status = 200, body = DocumentList)))]
async fn list_documents(
    State(state): State<AppState>,
    who: SignedIn,
    Query(search): Query<DocumentSearch>,
) -> ApiResult<Json<DocumentList>> {
    let limit = search.limit.unwrap_or(50);
    let offset = search.offset.unwrap_or(0);
    if !(1..=200).contains(&limit) || offset < 0 {
        return Err(ApiError::bad_request(
            "limit must be 1–200 and offset 0 or more.",
        ));
    }
    let blank_to_none = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
    let query = DocumentQuery {
        title: blank_to_none(search.q),
        tag: blank_to_none(search.tag),
        limit,
        offset,
    };
    let hit = state.store.search_documents(&who.viewer, &query).await?;
    let mut events: Vec<AuditEvent> = hit
        .documents
        .iter()
        .map(|d| doc_event(&who, AuditAction::Listed, d.id, &d.marking, "listed"))
        .collect();
    let mut pointers = Vec::with_capacity(hit.pointers.len());
    for holder in &hit.pointers {
        pointers.push(holder_view(&state, holder).await?);
        events.push(event_by(
            &who,
            AuditAction::PointerShown,
            None,
            Some(holder.agency),
            "document search",
        ));
    }
    state.audit(events).await?;
    Ok(Json(DocumentList {
        documents: hit.documents,
        pointers,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDocument {
    pub title: String,
    /// Markdown.
    pub body: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub language: Language,
    pub marking: MarkingRequest,
}

/// Adds a document, owned by the author's agency and unit.
#[utoipa::path(post, path = "/api/v1/documents", tag = "documents", security(("session" = [])),
    request_body = NewDocument,
    responses((status = 201, body = Document), (status = 422, body = crate::error::Problem)))]
async fn create_document(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<NewDocument>,
) -> ApiResult<(StatusCode, Json<Document>)> {
    let content = DocumentContent {
        title: request.title,
        body: request.body,
        tags: request.tags,
        language: request.language,
    }
    .validated()
    .map_err(|e| ApiError::invalid(e.to_string()))?;
    let owner = Owner {
        agency: who.user.agency,
        unit: who.user.unit,
        user: who.user.id,
    };
    let marking = checked_marking(&state, &who, request.marking.owned_by(owner)).await?;
    let now = state.clock.now();
    let document = Document {
        id: DocumentId::new(),
        marking,
        content,
        version: 1,
        created_at: now,
        updated_at: now,
    };
    let event = doc_event(
        &who,
        AuditAction::Create,
        document.id,
        &document.marking,
        &document.content.title,
    );
    let job = Job::new(now)
        .change(Change::InsertDocument {
            document: document.clone(),
            by: who.user.id,
        })
        .event(event);
    state.store.commit(job).await?;
    Ok((StatusCode::CREATED, Json(document)))
}

/// One document. A document the viewer may not know of is "not found"; one whose marking
/// allows a pointer answers 403 with the holder to contact.
#[utoipa::path(get, path = "/api/v1/documents/{id}", tag = "documents", security(("session" = [])),
    params(("id" = DocumentId, Path)),
    responses((status = 200, body = Document), (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem)))]
async fn get_document(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<DocumentId>,
) -> ApiResult<Json<Document>> {
    let document = readable(&state, &who, id, "read").await?;
    Ok(Json(document))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentEdit {
    /// The version being edited; if someone saved a newer one meanwhile, the edit is refused.
    pub version: i64,
    pub title: String,
    pub body: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub language: Language,
    /// A new marking; the current one is kept if absent.
    pub marking: Option<MarkingRequest>,
}

/// Saves a new version. Only the owner agency edits its documents.
#[utoipa::path(put, path = "/api/v1/documents/{id}", tag = "documents", security(("session" = [])),
    params(("id" = DocumentId, Path)), request_body = DocumentEdit,
    responses((status = 200, body = Document), (status = 409, body = crate::error::Problem)))]
async fn edit_document(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<DocumentId>,
    Json(edit): Json<DocumentEdit>,
) -> ApiResult<Json<Document>> {
    let current = readable(&state, &who, id, "opened for editing").await?;
    if current.marking.owner.agency != who.user.agency {
        return Err(ApiError::forbidden(
            "Only the agency that holds a document edits it.",
        ));
    }
    if edit.version != current.version {
        return Err(ApiError::conflict(format!(
            "The document is at version {}, not {}: reload it and edit again.",
            current.version, edit.version
        )));
    }
    let content = DocumentContent {
        title: edit.title,
        body: edit.body,
        tags: edit.tags,
        language: edit.language,
    }
    .validated()
    .map_err(|e| ApiError::invalid(e.to_string()))?;
    let marking = match edit.marking {
        Some(m) => checked_marking(&state, &who, m.owned_by(current.marking.owner.clone())).await?,
        None => current.marking.clone(),
    };
    let now = state.clock.now();
    let document = Document {
        marking,
        content,
        version: current.version + 1,
        updated_at: now,
        ..current
    };
    let event = doc_event(
        &who,
        AuditAction::Update,
        id,
        &document.marking,
        &format!("version {}", document.version),
    );
    let job = Job::new(now)
        .change(Change::UpdateDocument {
            document: document.clone(),
            by: who.user.id,
        })
        .event(event);
    state.store.commit(job).await?;
    Ok(Json(document))
}

/// Every version of a document the viewer may see, newest first.
#[utoipa::path(get, path = "/api/v1/documents/{id}/versions", tag = "documents",
    security(("session" = [])), params(("id" = DocumentId, Path)),
    responses((status = 200, body = [DocumentVersion])))]
async fn document_history(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<DocumentId>,
) -> ApiResult<Json<Vec<DocumentVersion>>> {
    let seen = state.store.document_versions(&who.viewer, id).await?;
    let versions = pass_gate(&state, &who, seen, "document", |versions| {
        let latest = versions.first()?;
        Some(doc_event(
            &who,
            AuditAction::Read,
            id,
            &latest.marking,
            "history",
        ))
    })
    .await?;
    Ok(Json(versions))
}

/// The document if the viewer may read it, audited; otherwise the refusal the gate allows.
async fn readable(
    state: &AppState,
    who: &SignedIn,
    id: DocumentId,
    detail: &str,
) -> ApiResult<Document> {
    let seen = state.store.document(&who.viewer, id).await?;
    pass_gate(state, who, seen, "document", |document| {
        Some(doc_event(
            who,
            AuditAction::Read,
            id,
            &document.marking,
            detail,
        ))
    })
    .await
}

fn doc_event(
    who: &SignedIn,
    action: AuditAction,
    id: DocumentId,
    marking: &Marking,
    detail: &str,
) -> AuditEvent {
    let record = RecordRef {
        kind: RecordKind::Document,
        id: id.0,
    };
    event_by(
        who,
        action,
        Some(record),
        Some(marking.owner.agency),
        detail,
    )
}
