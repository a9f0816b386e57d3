//! Signing in and out, and the signed-in user's own account.

use crate::auth::SignedIn;
use crate::auth::passwords;
use crate::auth::session::{cleared_cookie, new_token, session_cookie};
use crate::error::{ApiError, ApiResult};
use crate::extract::{ClientAddr, Json};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use samanvay_core::Viewer;
use samanvay_core::audit::{AuditAction, AuditEvent};
use samanvay_core::org::{Agency, Unit};
use samanvay_core::password::check_password;
use samanvay_core::user::{AccountStatus, User};
use samanvay_store::{Change, Credentials, Job, SessionRecord};
use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
        .routes(routes!(change_password))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

#[derive(Serialize, ToSchema)]
pub struct LoginResponse {
    /// The session token, for `Authorization: Bearer`; browsers use the cookie instead.
    pub token: String,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    pub idle_timeout_minutes: u64,
    pub user: User,
}

/// Signs in. The answer for an unknown username and a wrong password is the same, in content
/// and in time; five failures within fifteen minutes lock the account.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", security(()),
    request_body = LoginRequest,
    responses((status = 200, body = LoginResponse), (status = 401, body = crate::error::Problem)))]
async fn login(
    State(state): State<AppState>,
    ClientAddr(source): ClientAddr,
    Json(request): Json<LoginRequest>,
) -> ApiResult<LoginAnswer> {
    let now = state.clock.now();
    let username = request.username.trim().to_lowercase();
    let credentials = state.store.credentials(&username).await?;
    let hash = credentials
        .as_ref()
        .map(|c| c.password_hash.clone())
        .unwrap_or_else(|| state.dummy_hash.clone());
    let password_ok = passwords::verify(request.password, hash).await;
    let account = credentials.as_ref().map(|c| (c.user.id, c.user.agency));
    let failed = |detail: &str| AuditEvent {
        actor: account.map(|a| a.0),
        actor_agency: account.map(|a| a.1),
        actor_name: Some(username.clone()),
        action: AuditAction::LoginFailed,
        record: None,
        record_owner: None,
        source: source.clone(),
        detail: detail.to_string(),
    };
    let Some(credentials) = credentials else {
        state.audit(vec![failed("unknown username")]).await?;
        return Err(phantom_failure(&state, &username, now));
    };
    let status = effective_status(&state, &credentials, now);
    if status == AccountStatus::Locked {
        state.audit(vec![failed("account locked")]).await?;
        return Err(ApiError::account_locked());
    }
    if !password_ok {
        return Err(record_failure(&state, &credentials, now, failed("wrong password")).await?);
    }
    if status == AccountStatus::Disabled {
        state.audit(vec![failed("account disabled")]).await?;
        return Err(ApiError::login_failed());
    }
    start_session(&state, credentials, now, source).await
}

type LoginAnswer = ([(header::HeaderName, String); 1], Json<LoginResponse>);

/// A locked account whose auto-unlock period has passed counts as active again.
fn effective_status(state: &AppState, c: &Credentials, now: OffsetDateTime) -> AccountStatus {
    let auto = state.config.lockout.auto_unlock_minutes;
    match (c.user.status, c.locked_at) {
        (AccountStatus::Locked, Some(at))
            if auto > 0 && now - at >= Duration::minutes(auto as i64) =>
        {
            AccountStatus::Active
        }
        (status, _) => status,
    }
}

/// Counts the failure, locking the account on the last allowed one.
async fn record_failure(
    state: &AppState,
    c: &Credentials,
    now: OffsetDateTime,
    event: AuditEvent,
) -> ApiResult<ApiError> {
    let lockout = &state.config.lockout;
    let window_start = now - Duration::minutes(lockout.window_minutes as i64);
    let mut job = Job::new(now);
    if c.user.status == AccountStatus::Locked {
        // The auto-unlock period has passed: unlock for real, so these failures can lock again.
        let user = User {
            status: AccountStatus::Active,
            ..c.user.clone()
        };
        job = job.change(Change::UpdateUser(user));
    }
    let job = job
        .change(Change::RecordLoginFailure {
            user: c.user.id,
            at: now,
            window_start,
            lock_after: lockout.max_failures,
        })
        .event(event.clone());
    let locked_now = state.store.commit(job).await?.rows.last() == Some(&1);
    if !locked_now {
        return Ok(ApiError::login_failed());
    }
    let locked = AuditEvent {
        action: AuditAction::AccountLocked,
        detail: format!("{} failed logins", lockout.max_failures),
        ..event
    };
    state.audit(vec![locked]).await?;
    Ok(ApiError::account_locked())
}

/// An unknown username fails exactly like a real account would, lockout message included.
fn phantom_failure(state: &AppState, username: &str, now: OffsetDateTime) -> ApiError {
    let lockout = &state.config.lockout;
    let window = Duration::minutes(lockout.window_minutes as i64);
    let mut failures = state.phantom_failures.lock().expect("failure map lock");
    if failures.len() > 100_000 {
        failures.retain(|_, (_, first)| now - *first < window);
    }
    let entry = failures.entry(username.to_string()).or_insert((0, now));
    let locked = entry.0 >= lockout.max_failures;
    let auto_unlock = lockout.auto_unlock_minutes as i64;
    let lock_expired = locked && auto_unlock > 0 && now - entry.1 >= Duration::minutes(auto_unlock);
    if (!locked && now - entry.1 >= window) || lock_expired {
        *entry = (0, now);
    }
    entry.0 += 1;
    if entry.0 == lockout.max_failures {
        // From here on the time is when the phantom account locked, as `locked_at` is.
        entry.1 = now;
    }
    if entry.0 >= lockout.max_failures {
        ApiError::account_locked()
    } else {
        ApiError::login_failed()
    }
}

async fn start_session(
    state: &AppState,
    c: Credentials,
    now: OffsetDateTime,
    source: Option<String>,
) -> ApiResult<LoginAnswer> {
    let lifetime = Duration::hours(state.config.sessions.absolute_lifetime_hours as i64);
    let (token, token_hash) = new_token();
    let mut user = c.user;
    let mut job = Job::new(now).change(Change::InsertSession(SessionRecord {
        token_hash,
        user: user.id,
        created_at: now,
        last_seen_at: now,
        expires_at: now + lifetime,
        source: source.clone(),
    }));
    if user.status == AccountStatus::Locked {
        // The auto-unlock period has passed.
        user.status = AccountStatus::Active;
        job = job.change(Change::UpdateUser(user.clone()));
    } else if c.failed_logins > 0 {
        job = job.change(Change::ClearLoginFailures { user: user.id });
    }
    job = job.event(AuditEvent {
        actor: Some(user.id),
        actor_agency: Some(user.agency),
        actor_name: Some(user.username.clone()),
        action: AuditAction::LoginSucceeded,
        record: None,
        record_owner: None,
        source,
        detail: String::new(),
    });
    state.store.commit(job).await?;
    let cookie = session_cookie(&token, lifetime, state.config.secure_cookies());
    let body = LoginResponse {
        token,
        expires_at: now + lifetime,
        idle_timeout_minutes: state.config.sessions.idle_timeout_minutes,
        user,
    };
    Ok(([(header::SET_COOKIE, cookie)], Json(body)))
}

/// Signs out: the session ends at once, on every instance.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", security(("session" = [])),
    responses((status = 204)))]
async fn logout(State(state): State<AppState>, who: SignedIn) -> ApiResult<impl IntoResponse> {
    let job = Job::new(state.clock.now())
        .change(Change::DeleteSession {
            token_hash: who.token_hash.clone(),
        })
        .event(event_by(&who, AuditAction::Logout, None, None, ""));
    state.store.commit(job).await?;
    let cookie = cleared_cookie(state.config.secure_cookies());
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]))
}

#[derive(Serialize, ToSchema)]
pub struct Me {
    pub user: User,
    pub agency: Agency,
    pub unit: Unit,
    pub viewer: Viewer,
}

/// The signed-in user, with agency, unit and what the policy gate knows of them.
#[utoipa::path(get, path = "/api/v1/auth/me", tag = "auth", security(("session" = [])),
    responses((status = 200, body = Me)))]
async fn me(State(state): State<AppState>, who: SignedIn) -> ApiResult<Json<Me>> {
    let agency = state.store.agency(who.user.agency).await?;
    let unit = state.store.unit(who.user.unit).await?;
    let (Some(agency), Some(unit)) = (agency, unit) else {
        return Err(ApiError::internal());
    };
    Ok(Json(Me {
        user: who.user,
        agency,
        unit,
        viewer: who.viewer,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

/// Changes the signed-in user's password; every other session of the user ends.
#[utoipa::path(post, path = "/api/v1/auth/password", tag = "auth", security(("session" = [])),
    request_body = PasswordChange,
    responses((status = 204), (status = 422, body = crate::error::Problem)))]
async fn change_password(
    State(state): State<AppState>,
    who: SignedIn,
    Json(change): Json<PasswordChange>,
) -> ApiResult<StatusCode> {
    let Some(credentials) = state.store.credentials(&who.user.username).await? else {
        return Err(ApiError::unauthenticated("Your account no longer exists."));
    };
    if !passwords::verify(change.current_password, credentials.password_hash).await {
        return Err(ApiError::invalid("The current password is not correct."));
    }
    let context = [who.user.username.as_str(), who.user.display_name.as_str()];
    check_password(&change.new_password, &context).map_err(|e| ApiError::invalid(e.to_string()))?;
    let password_hash = passwords::hash(change.new_password).await;
    let record = crate::api::users::user_ref(&who.user);
    let job = Job::new(state.clock.now())
        .change(Change::SetPassword {
            user: who.user.id,
            password_hash,
        })
        // Only the user's other sessions end; this one stays signed in.
        .change(Change::DeleteUserSessions {
            user: who.user.id,
            except: Some(who.token_hash.clone()),
        })
        .event(event_by(
            &who,
            AuditAction::Update,
            Some(record),
            Some(who.user.agency),
            "password changed",
        ));
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}
