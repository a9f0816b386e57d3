//! Attachments: files stored content-addressed in the data directory (`attachments/ab/<sha256>`)
//! with their description in the store. Size-limited, and type-checked by a sniff of their
//! first bytes against the few types allowed; a file whose content is not what its
//! Content-Type says is refused. Inputs and channel messages carry them. A file is fetched
//! only by its uploader or by someone the gate lets read a record that carries it.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Path, Query};
use crate::state::{AppState, event_by};
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use samanvay_core::audit::AuditAction;
use samanvay_store::{AttachmentRecord, Change, InputChange, Job};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload))
        .routes(routes!(download))
        // The limit is the configured attachment size, checked while reading the body.
        .layer(DefaultBodyLimit::disable())
}

/// The kinds of file an attachment may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentType {
    Pdf,
    Png,
    Jpeg,
    Webp,
    /// UTF-8 text.
    Text,
}

impl AttachmentType {
    const ALL: [AttachmentType; 5] = [Self::Pdf, Self::Png, Self::Jpeg, Self::Webp, Self::Text];

    pub fn media_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Webp => "image/webp",
            Self::Text => "text/plain; charset=utf-8",
        }
    }

    fn from_content_type(value: &str) -> Option<Self> {
        let essence = value.split(';').next().unwrap_or_default().trim();
        let essence = essence.to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|t| t.media_type().split(';').next() == Some(essence.as_str()))
    }

    /// Whether the bytes are what this type says they are.
    pub fn sniff(self, bytes: &[u8]) -> bool {
        match self {
            Self::Pdf => bytes.starts_with(b"%PDF-"),
            Self::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            Self::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            Self::Webp => bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
            Self::Text => !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok(),
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct UploadParams {
    /// The file's name, as shown to readers (1–200 characters).
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct Attachment {
    /// Lower-case hex SHA-256 of the content: name it in an input's `attachments`.
    pub digest: String,
    pub media_type: String,
    pub size: i64,
    pub name: String,
}

/// Stores a file (the request body, with its Content-Type: PDF, PNG, JPEG, WebP or UTF-8
/// text). The same content uploaded twice is stored once. Any signed-in user: an officer
/// attaches a photo to a channel message; until a record carries it, only he may fetch it.
#[utoipa::path(post, path = "/api/v1/attachments", tag = "inputs",
    security(("session" = [])), params(UploadParams),
    request_body(content = Vec<u8>, description = "The file's bytes", content_type = "application/octet-stream"),
    responses((status = 201, body = Attachment), (status = 413, body = crate::error::Problem),
        (status = 415, body = crate::error::Problem), (status = 422, body = crate::error::Problem)))]
async fn upload(
    State(state): State<AppState>,
    who: SignedIn,
    Query(params): Query<UploadParams>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<(StatusCode, axum::Json<Attachment>)> {
    let name = params.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 200 || name.contains(['/', '\\', '\0']) {
        return Err(ApiError::invalid(
            "The file name must be 1–200 characters with no slashes.",
        ));
    }
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(AttachmentType::from_content_type)
        .ok_or_else(|| {
            ApiError::unsupported_media_type(
                "Attach a PDF, PNG, JPEG or WebP image, or UTF-8 text, with its Content-Type.",
            )
        })?;
    let limit = state.config.inputs.max_attachment_bytes;
    let bytes = axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| ApiError::too_large(format!("An attachment is at most {limit} bytes.")))?;
    if bytes.is_empty() {
        return Err(ApiError::invalid("The file is empty."));
    }
    if !declared.sniff(&bytes) {
        return Err(ApiError::unsupported_media_type(format!(
            "The content is not {}: the file is refused.",
            declared.media_type()
        )));
    }
    let digest = hex::encode(Sha256::digest(&bytes));
    write_file(&state, &digest, &bytes).await?;
    let record = AttachmentRecord {
        digest: digest.clone(),
        media_type: declared.media_type().to_string(),
        size: bytes.len() as i64,
        name: name.clone(),
        uploaded_by: who.user.id,
        uploaded_at: state.clock.now(),
    };
    let job = Job::new(record.uploaded_at)
        .change(Change::Input(InputChange::InsertAttachment(record.clone())))
        .event(event_by(
            &who,
            AuditAction::Create,
            None,
            Some(who.user.agency),
            format!("attachment {digest}"),
        ));
    state.store.commit(job).await?;
    // A file stored before keeps its first description.
    let stored = state.store.attachment(&digest).await?.unwrap_or(record);
    Ok((
        StatusCode::CREATED,
        axum::Json(Attachment {
            digest,
            media_type: stored.media_type,
            size: stored.size,
            name,
        }),
    ))
}

/// A file, to its uploader or a reader of a record that carries it; to anyone else it does not
/// exist.
#[utoipa::path(get, path = "/api/v1/attachments/{digest}", tag = "inputs",
    security(("session" = [])), params(("digest" = String, Path)),
    responses((status = 200, description = "The file's bytes"),
        (status = 404, body = crate::error::Problem)))]
async fn download(
    State(state): State<AppState>,
    who: SignedIn,
    Path(digest): Path<String>,
) -> ApiResult<Response> {
    let digest = digest.to_ascii_lowercase();
    if digest.len() != 64 || !digest.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(ApiError::bad_request(
            "An attachment is named by its SHA-256 in hex.",
        ));
    }
    if !may_fetch(&state, &who, &digest).await? {
        return Err(ApiError::not_found());
    }
    let record = state
        .store
        .attachment(&digest)
        .await?
        .ok_or_else(ApiError::not_found)?;
    let bytes = tokio::fs::read(path_of(&state, &digest))
        .await
        .map_err(|err| {
            tracing::error!(error = %err, digest, "attachment file missing");
            ApiError::internal()
        })?;
    let event = event_by(
        &who,
        AuditAction::Read,
        None,
        None,
        format!("attachment {digest}"),
    );
    state.audit(vec![event]).await?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        record.name.replace(['"', '\r', '\n'], "_")
    );
    Ok((
        [
            (header::CONTENT_TYPE, record.media_type),
            (header::CONTENT_DISPOSITION, disposition),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        Bytes::from(bytes),
    )
        .into_response())
}

/// Whether the viewer may fetch the file: it uploaded it, or may read an input or a channel
/// message that carries it now (a removed member or a transferred officer no longer may).
pub async fn may_fetch(state: &AppState, who: &SignedIn, digest: &str) -> ApiResult<bool> {
    if state.store.attachment_readable(&who.viewer, digest).await? {
        return Ok(true);
    }
    Ok(state
        .store
        .message_attachment_readable(&who.viewer, digest, state.clock.now())
        .await?)
}

fn path_of(state: &AppState, digest: &str) -> PathBuf {
    state
        .config
        .data_dir
        .join("attachments")
        .join(&digest[..2])
        .join(digest)
}

/// Writes the file under its digest, durably, unless it is there already.
async fn write_file(state: &AppState, digest: &str, bytes: &[u8]) -> ApiResult<()> {
    let path = path_of(state, digest);
    if tokio::fs::try_exists(&path).await.unwrap_or(false) {
        return Ok(());
    }
    let io = |err: std::io::Error| {
        tracing::error!(error = %err, "storing an attachment failed");
        ApiError::internal()
    };
    let dir = path.parent().expect("a digest path has a parent");
    tokio::fs::create_dir_all(dir).await.map_err(io)?;
    let partial = dir.join(format!("{digest}.{}.partial", uuid::Uuid::now_v7()));
    let file = tokio::fs::File::create(&partial).await.map_err(io)?;
    let mut file = file;
    tokio::io::AsyncWriteExt::write_all(&mut file, bytes)
        .await
        .map_err(io)?;
    file.sync_all().await.map_err(io)?;
    tokio::fs::rename(&partial, &path).await.map_err(io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::AttachmentType;

    #[test]
    fn content_must_be_what_its_type_says() {
        assert!(AttachmentType::Pdf.sniff(b"%PDF-1.7\n..."));
        assert!(!AttachmentType::Pdf.sniff(b"MZ\x90\x00 an executable"));
        assert!(AttachmentType::Png.sniff(b"\x89PNG\r\n\x1a\n...."));
        assert!(AttachmentType::Jpeg.sniff(&[0xFF, 0xD8, 0xFF, 0xE0]));
        assert!(AttachmentType::Webp.sniff(b"RIFF\x10\0\0\0WEBPVP8 "));
        assert!(AttachmentType::Text.sniff("सूचना: report".as_bytes()));
        assert!(!AttachmentType::Text.sniff(b"bin\0ary"));
        assert_eq!(
            AttachmentType::from_content_type("text/plain; charset=utf-8"),
            Some(AttachmentType::Text)
        );
        assert_eq!(
            AttachmentType::from_content_type("application/x-msdownload"),
            None
        );
    }
}
