//! Deny by default: every route declares who may call it in its OpenAPI `security`, and the
//! gate enforces exactly that. A route without a declaration is refused.
//!
//! - `security(())` — public;
//! - `security(("session" = []))` — any signed-in user;
//! - `security(("session" = ["agency_admin", …]))` — a signed-in user with one of the roles
//!   (OpenAPI 3.1 allows role names as the scopes of a non-OAuth scheme).

use crate::auth::session::{resolve, token_from};
use crate::error::ApiError;
use crate::extract::client_addr;
use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use samanvay_core::user::Role;
use std::collections::HashMap;

/// The name of the session security scheme in the OpenAPI document.
pub const SCHEME: &str = "session";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    Public,
    SignedIn,
    /// Signed in with at least one of these roles.
    AnyRole(Vec<Role>),
}

/// The access rule of every (method, path) the API serves.
#[derive(Clone, Debug, Default)]
pub struct AccessTable {
    rules: HashMap<(Method, String), Access>,
    undeclared: Vec<String>,
}

impl AccessTable {
    /// Reads the rules from the OpenAPI document; operations without a readable rule are
    /// listed in [`AccessTable::undeclared`] and refused at run time.
    pub fn from_openapi(doc: &utoipa::openapi::OpenApi) -> AccessTable {
        let doc = serde_json::to_value(doc).expect("the OpenAPI document serializes");
        let mut table = AccessTable::default();
        let paths = doc["paths"].as_object().cloned().unwrap_or_default();
        for (path, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten() {
                let Ok(method) = method.to_uppercase().parse::<Method>() else {
                    continue;
                };
                match access_of(&operation["security"]) {
                    Some(access) => {
                        table.rules.insert((method, path.clone()), access);
                    }
                    None => table.undeclared.push(format!("{method} {path}")),
                }
            }
        }
        table
    }

    pub fn rule(&self, method: &Method, path: &str) -> Option<&Access> {
        self.rules.get(&(method.clone(), path.to_string()))
    }

    /// Whether some method of this path has a rule.
    pub fn serves(&self, path: &str) -> bool {
        self.rules.keys().any(|(_, p)| p == path)
    }

    /// Operations that declare no (or an unreadable) access rule.
    pub fn undeclared(&self) -> &[String] {
        &self.undeclared
    }

    /// Every declared (method, path, rule).
    pub fn rules(&self) -> impl Iterator<Item = (&Method, &str, &Access)> {
        self.rules
            .iter()
            .map(|((method, path), access)| (method, path.as_str(), access))
    }
}

fn access_of(security: &serde_json::Value) -> Option<Access> {
    let requirements = security.as_array()?;
    let [requirement] = requirements.as_slice() else {
        return None;
    };
    let requirement = requirement.as_object()?;
    if requirement.is_empty() {
        return Some(Access::Public);
    }
    let roles = requirement.get(SCHEME)?.as_array()?;
    if roles.is_empty() {
        return Some(Access::SignedIn);
    }
    let roles = roles
        .iter()
        .map(|r| r.as_str().and_then(Role::from_name))
        .collect::<Option<Vec<_>>>()?;
    Some(Access::AnyRole(roles))
}

/// The gate: looks up the route's rule, resolves the session when one is needed, checks the
/// role, and hands the signed-in user to the handler.
pub async fn gate(
    State(state): State<AppState>,
    matched: Option<MatchedPath>,
    mut request: Request,
    next: Next,
) -> Response {
    let path = matched
        .as_ref()
        .map(MatchedPath::as_str)
        .unwrap_or_default();
    // A HEAD request is answered by the GET handler, so it follows the GET rule.
    let method = match request.method() {
        &Method::HEAD => Method::GET,
        other => other.clone(),
    };
    let Some(access) = state.access.rule(&method, path).cloned() else {
        if state.access.serves(path) {
            return ApiError::method_not_allowed(request.method()).into_response();
        }
        tracing::error!(method = %request.method(), path, "route without an access rule refused");
        return ApiError::forbidden("This route has no access rule and is closed.").into_response();
    };
    if access == Access::Public {
        return next.run(request).await;
    }
    let Some(token) = token_from(request.headers()) else {
        return ApiError::unauthenticated("Sign in to use this.").into_response();
    };
    let source = client_addr(request.extensions());
    let signed_in = match resolve(&state, &token, source).await {
        Ok(signed_in) => signed_in,
        Err(err) => return err.into_response(),
    };
    if let Access::AnyRole(roles) = &access
        && !roles.iter().any(|r| signed_in.user.has_role(*r))
    {
        let names: Vec<_> = roles.iter().map(|r| r.name()).collect();
        return ApiError::forbidden(format!("This needs the role {}.", names.join(" or ")))
            .into_response();
    }
    request.extensions_mut().insert(signed_in);
    next.run(request).await
}
