//! Health, readiness, metrics, and the API description.

use crate::api::reference;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(metrics))
        .routes(routes!(openapi_json))
        .routes(routes!(api_reference))
        .routes(routes!(root))
}

/// The web application (the same page answers every client-side route; see `crate::web`).
#[utoipa::path(get, path = "/", tag = "system", security(()),
    responses((status = 200, content_type = "text/html")))]
async fn root(headers: HeaderMap) -> Response {
    crate::web::index(&headers)
}

/// The process is up.
#[utoipa::path(get, path = "/healthz", tag = "system", security(()), responses((status = 200)))]
async fn healthz() -> &'static str {
    "ok"
}

/// The process can serve: its database answers.
#[utoipa::path(get, path = "/readyz", tag = "system", security(()),
    responses((status = 200), (status = 503)))]
async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.store.ping().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
    }
}

/// Prometheus metrics.
#[utoipa::path(get, path = "/metrics", tag = "system", security(()), responses((status = 200)))]
async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
}

/// This document: the OpenAPI 3.1 description of the API.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system", security(()),
    responses((status = 200)))]
async fn openapi_json() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        reference::openapi_json(),
    )
}

/// A readable API reference, generated from the OpenAPI document; works offline.
#[utoipa::path(get, path = "/api/v1/docs", tag = "system", security(()), responses((status = 200)))]
async fn api_reference() -> Html<String> {
    Html(reference::page())
}
