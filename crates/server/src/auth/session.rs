//! Sessions: an opaque random token per login, carried in an HttpOnly cookie for browsers or an
//! `Authorization: Bearer` header for API clients, and stored only as its SHA-256.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use samanvay_core::Viewer;
use samanvay_core::user::{AccountStatus, User};
use samanvay_store::{Change, Job};
use sha2::{Digest, Sha256};
use time::Duration;

pub const COOKIE: &str = "samanvay_session";

/// A session's last-seen time is written at most this often, so reads stay reads.
const TOUCH_EVERY: Duration = Duration::seconds(60);

/// The signed-in user behind a request, with the viewer the policy gate uses.
#[derive(Clone, Debug)]
pub struct SignedIn {
    pub user: User,
    pub viewer: Viewer,
    pub token_hash: String,
    /// The client's address, for the audit log.
    pub source: Option<String>,
}

/// A new session token (256 random bits, URL-safe) and the hash stored for it.
pub fn new_token() -> (String, String) {
    let mut bytes = [0_u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = token_hash(&token);
    (token, hash)
}

pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The token from `Authorization: Bearer …` or, failing that, the session cookie.
pub fn token_from(headers: &HeaderMap) -> Option<String> {
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if let Some(token) = bearer {
        return Some(token.to_string());
    }
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
}

/// Finds the live session for a token: it must exist, be within its idle timeout and absolute
/// lifetime, and belong to an active account. An ended session is removed.
pub async fn resolve(
    state: &AppState,
    token: &str,
    source: Option<String>,
) -> Result<SignedIn, ApiError> {
    let hash = token_hash(token);
    let ended = || ApiError::unauthenticated("Your session has ended. Sign in again.");
    let Some((session, user, viewer)) = state.store.session_with_viewer(&hash).await? else {
        return Err(ended());
    };
    let now = state.clock.now();
    let idle = Duration::minutes(state.config.sessions.idle_timeout_minutes as i64);
    let expired = now >= session.expires_at || now - session.last_seen_at >= idle;
    if expired || user.status != AccountStatus::Active {
        let job = Job::new(now).change(Change::DeleteSession { token_hash: hash });
        state.store.commit(job).await?;
        return Err(ended());
    }
    if now - session.last_seen_at >= TOUCH_EVERY {
        let job = Job::new(now).change(Change::TouchSession {
            token_hash: hash.clone(),
            at: now,
        });
        state.store.commit(job).await?;
    }
    Ok(SignedIn {
        user,
        viewer,
        token_hash: hash,
        source,
    })
}

/// Handlers take `SignedIn`; the gate has already resolved it for every non-public route.
impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<SignedIn>()
            .cloned()
            .ok_or_else(|| ApiError::unauthenticated("Sign in to use this."))
    }
}

/// The `Set-Cookie` value that carries a new session to a browser.
pub fn session_cookie(token: &str, max_age: Duration, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}{secure}",
        max_age.whole_seconds()
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn cleared_cookie(secure: bool) -> String {
    session_cookie("", Duration::ZERO, secure)
}
