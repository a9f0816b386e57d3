//! Export of the register, and the file formats import and export share. An export holds
//! exactly what the viewer may see in full (the policy gate's SQL form; never a pointer-only
//! record), is audited as one entry with its count before the first byte leaves, streams page
//! by page, and imports again unchanged.

use crate::auth::SignedIn;
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::state::{AppState, event_by};
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use samanvay_core::audit::AuditAction;
use samanvay_core::register::exchange::{OrganisationLine, PersonLine, write_csv_line};
use samanvay_store::RegisterKind;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Records read from the store per page of an export.
const EXPORT_PAGE: usize = 500;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(export_register))
}

/// Which records a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecordKindParam {
    Persons,
    Organisations,
}

impl RecordKindParam {
    fn register_kind(self) -> RegisterKind {
        match self {
            RecordKindParam::Persons => RegisterKind::Person,
            RecordKindParam::Organisations => RegisterKind::Organisation,
        }
    }
}

/// A file format of the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    Csv,
    Jsonl,
}

impl ImportFormat {
    /// The format a query names, else the one the Content-Type names.
    pub fn of(named: Option<ImportFormat>, headers: &HeaderMap) -> ApiResult<ImportFormat> {
        if let Some(format) = named {
            return Ok(format);
        }
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_lowercase();
        match content_type.as_str() {
            "text/csv" => Ok(ImportFormat::Csv),
            "application/x-ndjson"
            | "application/jsonl"
            | "application/x-jsonlines"
            | "application/jsonlines" => Ok(ImportFormat::Jsonl),
            _ => Err(ApiError::unsupported_media_type(
                "Send the file as text/csv or application/x-ndjson, or name its format with \
                 ?format=csv or ?format=jsonl.",
            )),
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            ImportFormat::Csv => "text/csv; charset=utf-8",
            ImportFormat::Jsonl => "application/x-ndjson; charset=utf-8",
        }
    }
}

/// The body as UTF-8 text; otherwise a 422 naming the line of the first bad byte.
pub fn file_text(body: &[u8]) -> ApiResult<String> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let line = 1 + body[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            Err(ApiError::invalid(format!(
                "The file is not UTF-8 text (line {line}); save it as UTF-8 and send it again."
            )))
        }
    }
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct ExportParams {
    /// `persons` or `organisations`.
    pub kind: RecordKindParam,
    /// `jsonl` (default) or `csv`.
    pub format: Option<ImportFormat>,
}

/// Exports every person or organisation the viewer may see in full, as JSON Lines or CSV in
/// the columns import reads. One audit entry records the export and its count.
#[utoipa::path(get, path = "/api/v1/register/export", tag = "register",
    security(("session" = [])), params(ExportParams),
    responses((status = 200, description = "The file, streamed", content_type = "text/csv"),
        (status = 400, body = crate::error::Problem)))]
async fn export_register(
    State(state): State<AppState>,
    who: SignedIn,
    Query(params): Query<ExportParams>,
) -> ApiResult<Response> {
    let format = params.format.unwrap_or(ImportFormat::Jsonl);
    let kind = params.kind;
    let ids = state
        .store
        .exportable_ids(&who.viewer, kind.register_kind())
        .await?;
    let noun = match kind {
        RecordKindParam::Persons => "persons",
        RecordKindParam::Organisations => "organisations",
    };
    let detail = format!(
        "exported {} {noun} as {}",
        ids.len(),
        match format {
            ImportFormat::Csv => "CSV",
            ImportFormat::Jsonl => "JSON Lines",
        }
    );
    state
        .audit(vec![event_by(
            &who,
            AuditAction::Export,
            None,
            Some(who.user.agency),
            detail,
        )])
        .await?;

    let header_line = (format == ImportFormat::Csv).then(|| match kind {
        RecordKindParam::Persons => write_csv_line(&PersonLine::csv_header()),
        RecordKindParam::Organisations => write_csv_line(&OrganisationLine::csv_header()),
    });
    let pages: Vec<Vec<String>> = ids.chunks(EXPORT_PAGE).map(<[String]>::to_vec).collect();
    let first = header_line.map(|h| Ok::<_, std::io::Error>(h.into_bytes()));
    let viewer = who.viewer.clone();
    let body = futures_util::stream::iter(first).chain(futures_util::stream::unfold(
        (state, pages.into_iter()),
        move |(state, mut pages)| {
            let viewer = viewer.clone();
            async move {
                let page = pages.next()?;
                let chunk = export_page(&state, &viewer, kind, format, &page).await;
                Some((chunk, (state, pages)))
            }
        },
    ));
    let mut response = Body::from_stream(body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    let file = format!(
        "attachment; filename=\"samanvay-{noun}.{}\"",
        match format {
            ImportFormat::Csv => "csv",
            ImportFormat::Jsonl => "jsonl",
        }
    );
    if let Ok(value) = HeaderValue::from_str(&file) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

use futures_util::StreamExt;

/// One page of the file: the records of `ids` the viewer still may see, as lines.
async fn export_page(
    state: &AppState,
    viewer: &samanvay_core::Viewer,
    kind: RecordKindParam,
    format: ImportFormat,
    ids: &[String],
) -> Result<Vec<u8>, std::io::Error> {
    let mut out = String::new();
    let line = |out: &mut String, json: Result<String, serde_json::Error>, csv: Vec<String>| {
        match format {
            ImportFormat::Jsonl => {
                out.push_str(&json.unwrap_or_default());
                out.push('\n');
            }
            ImportFormat::Csv => out.push_str(&write_csv_line(&csv)),
        }
    };
    match kind {
        RecordKindParam::Persons => {
            let persons = state
                .store
                .export_persons(viewer, ids)
                .await
                .map_err(std::io::Error::other)?;
            for (person, external_ref) in persons {
                // Another agency's reference is its own business: its records go out by id.
                let external_ref =
                    external_ref.filter(|_| person.marking.owner.agency == viewer.agency);
                let l = PersonLine::of(&person, external_ref);
                line(&mut out, serde_json::to_string(&l), l.csv_fields());
            }
        }
        RecordKindParam::Organisations => {
            let organisations = state
                .store
                .export_organisations(viewer, ids)
                .await
                .map_err(std::io::Error::other)?;
            for (organisation, external_ref) in organisations {
                let external_ref =
                    external_ref.filter(|_| organisation.marking.owner.agency == viewer.agency);
                let l = OrganisationLine::of(&organisation, external_ref);
                line(&mut out, serde_json::to_string(&l), l.csv_fields());
            }
        }
    }
    Ok(out.into_bytes())
}
