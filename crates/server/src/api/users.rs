//! Agency administration of user accounts. An agency admin manages only the own agency's
//! users, and never an account that holds a role or clearance the admin does not.

use crate::auth::{SignedIn, passwords};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path};
use crate::state::{AppState, event_by};
use axum::extract::State;
use axum::http::StatusCode;
use samanvay_core::audit::{AuditAction, RecordKind, RecordRef};
use samanvay_core::password::check_password;
use samanvay_core::user::{AccountStatus, Rank, Role, User, check_username};
use samanvay_core::{Classification, UnitId, UserId};
use samanvay_store::{Change, Job, NewUser};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_users, create_user))
        .routes(routes!(get_user, update_user))
        .routes(routes!(unlock_user))
        .routes(routes!(disable_user))
        .routes(routes!(enable_user))
        .routes(routes!(reset_password))
}

pub fn user_ref(user: &User) -> RecordRef {
    RecordRef {
        kind: RecordKind::User,
        id: user.id.0,
    }
}

/// The users of the admin's own agency.
#[utoipa::path(get, path = "/api/v1/users", tag = "administration",
    security(("session" = ["agency_admin"])), responses((status = 200, body = [User])))]
async fn list_users(State(state): State<AppState>, who: SignedIn) -> ApiResult<Json<Vec<User>>> {
    Ok(Json(state.store.users(who.user.agency).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUserRequest {
    /// 3–64 characters: lower-case letters, digits, dot, dash, underscore.
    pub username: String,
    pub display_name: String,
    pub unit: UnitId,
    pub rank: Rank,
    pub post: String,
    pub roles: Vec<Role>,
    pub clearance: Classification,
    pub password: String,
}

/// Creates a user in the admin's agency.
#[utoipa::path(post, path = "/api/v1/users", tag = "administration",
    security(("session" = ["agency_admin"])), request_body = NewUserRequest,
    responses((status = 201, body = User), (status = 409, body = crate::error::Problem),
        (status = 422, body = crate::error::Problem)))]
async fn create_user(
    State(state): State<AppState>,
    who: SignedIn,
    Json(request): Json<NewUserRequest>,
) -> ApiResult<(StatusCode, Json<User>)> {
    let username = request.username.trim().to_lowercase();
    check_username(&username).map_err(|e| ApiError::invalid(e.to_string()))?;
    let user = User {
        id: UserId::new(),
        username,
        display_name: non_empty("display_name", &request.display_name)?,
        agency: who.user.agency,
        unit: own_unit(&state, &who, request.unit).await?,
        rank: request.rank,
        post: request.post.trim().to_string(),
        roles: request.roles,
        clearance: request.clearance,
        status: AccountStatus::Active,
    };
    ensure_within_own_privileges(&who, &user)?;
    let context = [user.username.as_str(), user.display_name.as_str()];
    check_password(&request.password, &context).map_err(|e| ApiError::invalid(e.to_string()))?;
    let now = state.clock.now();
    let job = Job::new(now)
        .change(Change::InsertUser(NewUser {
            user: user.clone(),
            password_hash: passwords::hash(request.password).await,
            created_at: now,
        }))
        .event(admin_event(
            &who,
            AuditAction::Create,
            &user,
            "user created",
        ));
    state.store.commit(job).await.map_err(|e| match e {
        samanvay_store::StoreError::Conflict(_) => {
            ApiError::conflict(format!("The username {} is taken.", user.username))
        }
        other => other.into(),
    })?;
    Ok((StatusCode::CREATED, Json(user)))
}

#[utoipa::path(get, path = "/api/v1/users/{id}", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UserId, Path)),
    responses((status = 200, body = User), (status = 404, body = crate::error::Problem)))]
async fn get_user(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UserId>,
) -> ApiResult<Json<User>> {
    Ok(Json(managed_user(&state, &who, id).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserUpdate {
    pub display_name: Option<String>,
    pub unit: Option<UnitId>,
    pub rank: Option<Rank>,
    pub post: Option<String>,
    pub roles: Option<Vec<Role>>,
    pub clearance: Option<Classification>,
}

/// Changes a user's name, posting, rank, roles or clearance. A transfer to another unit takes
/// effect on the user's next request.
#[utoipa::path(patch, path = "/api/v1/users/{id}", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UserId, Path)),
    request_body = UserUpdate, responses((status = 200, body = User)))]
async fn update_user(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UserId>,
    Json(update): Json<UserUpdate>,
) -> ApiResult<Json<User>> {
    let mut user = managed_user(&state, &who, id).await?;
    if let Some(name) = update.display_name {
        user.display_name = non_empty("display_name", &name)?;
    }
    if let Some(unit) = update.unit {
        user.unit = own_unit(&state, &who, unit).await?;
    }
    if let Some(rank) = update.rank {
        user.rank = rank;
    }
    if let Some(post) = update.post {
        user.post = post.trim().to_string();
    }
    if let Some(roles) = update.roles {
        user.roles = roles;
    }
    if let Some(clearance) = update.clearance {
        user.clearance = clearance;
    }
    ensure_within_own_privileges(&who, &user)?;
    save(&state, &who, &user, AuditAction::Update, "user updated").await?;
    Ok(Json(user))
}

#[utoipa::path(post, path = "/api/v1/users/{id}/unlock", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UserId, Path)),
    responses((status = 200, body = User)))]
async fn unlock_user(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UserId>,
) -> ApiResult<Json<User>> {
    let change = StatusChange {
        from: Some(AccountStatus::Locked),
        to: AccountStatus::Active,
        action: AuditAction::Unlock,
        detail: "account unlocked",
    };
    set_status(&state, &who, id, change).await
}

/// Disables an account; all its sessions end at once.
#[utoipa::path(post, path = "/api/v1/users/{id}/disable", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UserId, Path)),
    responses((status = 200, body = User)))]
async fn disable_user(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UserId>,
) -> ApiResult<Json<User>> {
    if id == who.user.id {
        return Err(ApiError::invalid("You cannot disable your own account."));
    }
    let change = StatusChange {
        from: None,
        to: AccountStatus::Disabled,
        action: AuditAction::Disable,
        detail: "account disabled",
    };
    set_status(&state, &who, id, change).await
}

#[utoipa::path(post, path = "/api/v1/users/{id}/enable", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UserId, Path)),
    responses((status = 200, body = User)))]
async fn enable_user(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UserId>,
) -> ApiResult<Json<User>> {
    let change = StatusChange {
        from: Some(AccountStatus::Disabled),
        to: AccountStatus::Active,
        action: AuditAction::Enable,
        detail: "account enabled",
    };
    set_status(&state, &who, id, change).await
}

/// An admin's move of an account from one status to another.
struct StatusChange {
    /// The status the account must be in; any when `None`.
    from: Option<AccountStatus>,
    to: AccountStatus,
    action: AuditAction,
    detail: &'static str,
}

async fn set_status(
    state: &AppState,
    who: &SignedIn,
    id: UserId,
    change: StatusChange,
) -> ApiResult<Json<User>> {
    let mut user = managed_user(state, who, id).await?;
    if let Some(from) = change.from
        && user.status != from
    {
        let word = match from {
            AccountStatus::Active => "active",
            AccountStatus::Locked => "locked",
            AccountStatus::Disabled => "disabled",
        };
        return Err(ApiError::conflict(format!("The account is not {word}.")));
    }
    user.status = change.to;
    save(state, who, &user, change.action, change.detail).await?;
    Ok(Json(user))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PasswordReset {
    pub new_password: String,
}

/// Sets a new password for a user (e.g. after a lockout); the user's sessions end.
#[utoipa::path(post, path = "/api/v1/users/{id}/password", tag = "administration",
    security(("session" = ["agency_admin"])), params(("id" = UserId, Path)),
    request_body = PasswordReset, responses((status = 204)))]
async fn reset_password(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<UserId>,
    Json(reset): Json<PasswordReset>,
) -> ApiResult<StatusCode> {
    let user = managed_user(&state, &who, id).await?;
    let context = [user.username.as_str(), user.display_name.as_str()];
    check_password(&reset.new_password, &context).map_err(|e| ApiError::invalid(e.to_string()))?;
    let job = Job::new(state.clock.now())
        .change(Change::SetPassword {
            user: user.id,
            password_hash: passwords::hash(reset.new_password).await,
        })
        .change(Change::DeleteUserSessions {
            user: user.id,
            except: None,
        })
        .event(admin_event(
            &who,
            AuditAction::Update,
            &user,
            "password reset",
        ));
    state.store.commit(job).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A user the admin may manage: same agency (otherwise it does not exist for them) and no
/// more privileged than the admin.
async fn managed_user(state: &AppState, who: &SignedIn, id: UserId) -> ApiResult<User> {
    let user = state.store.user(id).await?;
    let Some(user) = user.filter(|u| u.agency == who.user.agency) else {
        return Err(ApiError::not_found());
    };
    ensure_within_own_privileges(who, &user)?;
    Ok(user)
}

fn ensure_within_own_privileges(who: &SignedIn, user: &User) -> ApiResult<()> {
    if user.is_no_more_privileged_than(&who.user.roles, who.user.clearance) {
        Ok(())
    } else {
        Err(ApiError::forbidden(
            "You cannot manage an account with a role or clearance you do not hold yourself.",
        ))
    }
}

/// The unit, if it belongs to the admin's agency.
async fn own_unit(state: &AppState, who: &SignedIn, unit: UnitId) -> ApiResult<UnitId> {
    match state.store.unit(unit).await? {
        Some(u) if u.agency == who.user.agency => Ok(u.id),
        _ => Err(ApiError::invalid("The unit is not a unit of your agency.")),
    }
}

async fn save(
    state: &AppState,
    who: &SignedIn,
    user: &User,
    action: AuditAction,
    detail: &str,
) -> ApiResult<()> {
    let mut job = Job::new(state.clock.now()).change(Change::UpdateUser(user.clone()));
    if user.status == AccountStatus::Disabled {
        job = job.change(Change::DeleteUserSessions {
            user: user.id,
            except: None,
        });
    }
    state
        .store
        .commit(job.event(admin_event(who, action, user, detail)))
        .await?;
    Ok(())
}

fn admin_event(
    who: &SignedIn,
    action: AuditAction,
    user: &User,
    detail: &str,
) -> samanvay_core::audit::AuditEvent {
    event_by(who, action, Some(user_ref(user)), Some(user.agency), detail)
}

pub fn non_empty(field: &str, value: &str) -> ApiResult<String> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > 200 {
        Err(ApiError::invalid(format!(
            "{field} must be 1 to 200 characters."
        )))
    } else {
        Ok(value.to_string())
    }
}
