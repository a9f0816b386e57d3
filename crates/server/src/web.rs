//! The browser application: `web/dist` (built by `npm run build` in `web/`), embedded in release
//! builds and read from disk in debug builds. Every GET outside `/api` that no route answers
//! comes here: an existing file is served as it is, any other path gets `index.html` so the
//! application's own router can show it. API paths keep the JSON "not found" problem.

use crate::error::ApiError;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use rust_embed::Embed;
use std::borrow::Cow;

#[derive(Embed)]
#[folder = "../../web/dist/"]
#[allow_missing = true]
struct WebApp;

/// Only the server's own scripts, styles, fonts and API; never inside another site's frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; \
    object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Hashed build output under `assets/` never changes under the same name.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else (the page itself, the icon) is checked with the server on every load.
const REVALIDATE: &str = "no-cache";

/// What the server answers for a path that no route matched.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// An API path, or a method other than GET/HEAD: the JSON "not found".
    ApiNotFound,
    /// A file of the built application.
    File(String),
    /// A build output that does not exist (an old hashed asset, say): plain 404.
    MissingAsset,
    /// A client-side route: the application's page.
    Index,
}

/// Decides how to answer `path`, given which files the build holds.
pub fn target(method: &Method, path: &str, exists: impl Fn(&str) -> bool) -> Target {
    if path == "/api" || path.starts_with("/api/") {
        return Target::ApiNotFound;
    }
    if method != Method::GET && method != Method::HEAD {
        return Target::ApiNotFound;
    }
    let file = path.trim_start_matches('/');
    if file.is_empty() || file == "index.html" {
        Target::Index
    } else if exists(file) {
        Target::File(file.to_string())
    } else if file.starts_with("assets/") {
        Target::MissingAsset
    } else {
        Target::Index
    }
}

/// The router's fallback.
pub async fn fallback(method: Method, uri: Uri, headers: HeaderMap) -> Response {
    let answer = match target(&method, uri.path(), |f| WebApp::get(f).is_some()) {
        Target::ApiNotFound => return ApiError::not_found().into_response(),
        Target::File(file) => serve(&file, &headers),
        Target::MissingAsset => with_security_headers(
            (StatusCode::NOT_FOUND, "No such file in this build.").into_response(),
        ),
        Target::Index => index(&headers),
    };
    if method == Method::HEAD {
        let (parts, _) = answer.into_parts();
        return Response::from_parts(parts, Body::empty());
    }
    answer
}

/// The application's page, for `GET /` and every client-side route.
pub fn index(headers: &HeaderMap) -> Response {
    if WebApp::get("index.html").is_some() {
        serve("index.html", headers)
    } else {
        not_built()
    }
}

fn serve(file: &str, request: &HeaderMap) -> Response {
    let Some(content) = WebApp::get(file) else {
        return not_built();
    };
    let etag = format!("\"{}\"", hex::encode(&content.metadata.sha256_hash()[..16]));
    let cache = if file.starts_with("assets/") {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    let unchanged = request
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|tags| tags.split(',').any(|t| t.trim() == etag));
    let mut response = if unchanged {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let body = match content.data {
            Cow::Borrowed(bytes) => Body::from(bytes),
            Cow::Owned(bytes) => Body::from(bytes),
        };
        let mut response = body.into_response();
        let mime = content.metadata.mimetype();
        let mime = if mime.starts_with("text/") || mime.ends_with("javascript") {
            HeaderValue::from_str(&format!("{mime}; charset=utf-8"))
        } else {
            HeaderValue::from_str(mime)
        }
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
        response.headers_mut().insert(header::CONTENT_TYPE, mime);
        response
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(etag) = HeaderValue::from_str(&etag) {
        headers.insert(header::ETAG, etag);
    }
    with_security_headers(response)
}

/// A binary built before `npm run build` still starts; its page says how to get the UI.
fn not_built() -> Response {
    let page = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Samanvay</title>\
        <h1>Samanvay</h1><p>The web application is not part of this build. Run \
        <code>bash scripts/build-web.sh</code> and build the server again.</p>\
        <p>The API reference is at <a href=\"/api/v1/docs\">/api/v1/docs</a>.</p></html>";
    // The server itself is fine (the API answers), so this is a page, not a server error.
    let mut response = (StatusCode::OK, page).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    with_security_headers(response)
}

fn with_security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(file: &str) -> bool {
        ["index.html", "favicon.svg", "assets/index-abc123.js"].contains(&file)
    }

    #[test]
    fn api_paths_keep_the_json_not_found() {
        assert_eq!(
            target(&Method::GET, "/api/v1/nothing", built),
            Target::ApiNotFound
        );
        assert_eq!(target(&Method::GET, "/api", built), Target::ApiNotFound);
    }

    #[test]
    fn a_built_file_is_served_as_itself() {
        assert_eq!(
            target(&Method::GET, "/assets/index-abc123.js", built),
            Target::File("assets/index-abc123.js".into())
        );
        assert_eq!(
            target(&Method::HEAD, "/favicon.svg", built),
            Target::File("favicon.svg".into())
        );
    }

    #[test]
    fn client_side_routes_get_the_application_page() {
        for path in ["/", "/documents/0190f0a2-1111", "/admin/users", "/apiary"] {
            assert_eq!(target(&Method::GET, path, built), Target::Index, "{path}");
        }
    }

    #[test]
    fn a_missing_asset_is_not_answered_with_the_page() {
        assert_eq!(
            target(&Method::GET, "/assets/index-old.js", built),
            Target::MissingAsset
        );
    }

    #[test]
    fn writes_outside_the_api_are_not_found() {
        assert_eq!(
            target(&Method::POST, "/documents", built),
            Target::ApiNotFound
        );
    }

    #[test]
    fn ui_responses_carry_the_security_headers() {
        let response = with_security_headers(StatusCode::OK.into_response());
        let headers = response.headers();
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("default-src 'self'"));
        assert!(csp.contains("frame-ancestors 'none'"));
    }
}
