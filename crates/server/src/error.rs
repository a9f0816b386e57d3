//! Errors as RFC 9457 problem details: a stable `type`, a clear human `title` and `detail`.
//! Internal causes are logged, never shown.

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use samanvay_store::StoreError;
use serde::Serialize;
use utoipa::ToSchema;

/// The problem document every error response carries.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Stable identifier of the kind of problem, e.g. `urn:samanvay:problem:not-found`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For a record held by another agency: the holder agency…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// …and the unit whose duty officer to contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_unit: Option<String>,
}

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    slug: &'static str,
    title: &'static str,
    detail: String,
    /// The holder agency and contact unit, for a pointer.
    holder: Option<(String, String)>,
}

impl ApiError {
    fn new(status: StatusCode, slug: &'static str, title: &'static str, detail: String) -> Self {
        ApiError {
            status,
            slug,
            title,
            detail,
            holder: None,
        }
    }

    /// The human explanation, for reports that list many problems (an import's row errors).
    pub fn detail(&self) -> &str {
        &self.detail
    }

    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "bad-request",
            "The request is not valid",
            detail.into(),
        )
    }

    pub fn invalid(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-field",
            "A field has a value that cannot be accepted",
            detail.into(),
        )
    }

    pub fn unauthenticated(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "Sign in required",
            detail.into(),
        )
    }

    pub fn login_failed() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "login-failed",
            "Login failed",
            "The username or password is not correct.".into(),
        )
    }

    pub fn account_locked() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "account-locked",
            "Account locked",
            "This account is locked after repeated failed logins. Ask your agency administrator \
             to unlock it."
                .into(),
        )
    }

    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Not permitted",
            detail.into(),
        )
    }

    /// For records the caller may not know exist as well as for records that do not exist:
    /// the two answers are the same.
    pub fn not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "not-found",
            "Not found",
            "There is no such record, or it is not shared with you.".into(),
        )
    }

    /// A record the caller may know exists but not read: whom to ask instead.
    pub fn held_elsewhere(agency: &str, unit: &str) -> Self {
        let detail = format!(
            "{agency} holds this record and has not shared it with you. Contact the duty \
             officer of {unit}."
        );
        ApiError {
            holder: Some((agency.to_string(), unit.to_string())),
            ..Self::new(
                StatusCode::FORBIDDEN,
                "held-by-another-agency",
                "Held by another agency",
                detail,
            )
        }
    }

    pub fn method_not_allowed(method: &axum::http::Method) -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
            "Method not allowed",
            format!("{method} is not supported at this address."),
        )
    }

    pub fn unsupported_media_type(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Unsupported file format",
            detail.into(),
        )
    }

    pub fn too_large(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "The request body is too large",
            detail.into(),
        )
    }

    pub fn gone(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::GONE, "gone", "No longer kept", detail.into())
    }

    pub fn conflict(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", "Conflict", detail.into())
    }

    pub fn unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "Service unavailable",
            "Samanvay cannot reach its database right now. Try again shortly.".into(),
        )
    }

    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "Internal error",
            "Something went wrong on the server. It has been logged.".into(),
        )
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let problem = Problem {
            kind: format!("urn:samanvay:problem:{}", self.slug),
            title: self.title.to_string(),
            status: self.status.as_u16(),
            detail: self.detail,
            agency: self.holder.as_ref().map(|h| h.0.clone()),
            contact_unit: self.holder.map(|h| h.1),
        };
        let body = serde_json::to_vec(&problem).expect("problem serializes");
        (
            self.status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Conflict(detail) => ApiError::conflict(detail),
            StoreError::NotFound(_) => ApiError::not_found(),
            StoreError::WriterStopped => ApiError::unavailable(),
            other => {
                tracing::error!(error = %other, "store error");
                ApiError::internal()
            }
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        let status = rejection.status();
        let detail = rejection.body_text();
        match status {
            StatusCode::PAYLOAD_TOO_LARGE => {
                Self::new(status, "too-large", "The request body is too large", detail)
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => Self::new(
                status,
                "unsupported-media-type",
                "Send JSON",
                "The request body must be JSON with Content-Type: application/json.".into(),
            ),
            StatusCode::UNPROCESSABLE_ENTITY => ApiError::invalid(detail),
            _ => ApiError::bad_request(detail),
        }
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        ApiError::bad_request(format!(
            "Malformed id in the address: {}",
            rejection.body_text()
        ))
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        ApiError::bad_request(rejection.body_text())
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
