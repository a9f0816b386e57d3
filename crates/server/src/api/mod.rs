//! The HTTP API under `/api/v1`: one module per capability, each owning its routes, request
//! and response types. Every route declares its access rule in its OpenAPI `security`.

pub mod audit;
pub mod auth;
pub mod channels;
pub mod channels_archive;
pub mod channels_members;
pub mod channels_messages;
pub mod channels_search;
pub mod directory;
pub mod documents;
pub mod inputs;
pub mod inputs_board;
pub mod inputs_compliance;
pub mod inputs_inbox;
pub mod inputs_observers;
pub mod inputs_steps;
pub mod inputs_views;
pub(crate) mod marked;
pub mod notifications;
pub mod organisations;
pub mod person_links;
pub mod persons;
pub mod reference;
pub mod register_exchange;
pub mod register_import;
pub mod register_search;
pub mod sharing;
pub mod system;
pub mod users;
pub mod watches;

use crate::auth::access::SCHEME;
use crate::state::AppState;
use axum::Router;
use utoipa::openapi::OpenApi as OpenApiDoc;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Samanvay API",
        description = "Criminal-intelligence sharing between police and security agencies. \
            Sign in with POST /api/v1/auth/login; browsers keep the session in an HttpOnly \
            cookie, API clients send `Authorization: Bearer <token>`. Each operation's \
            security lists the roles it needs; errors are RFC 9457 problem documents."
    ),
    modifiers(&SessionScheme),
    tags(
        (name = "auth", description = "Signing in and out"),
        (name = "directory", description = "Agencies and units"),
        (name = "administration", description = "Users and units of the own agency"),
        (name = "sharing", description = "Sharing groups between agencies"),
        (name = "documents", description = "The library of best practices and standing orders"),
        (name = "register", description = "The shared register of persons and organisations"),
        (name = "notifications", description = "Matches, hits and watched subjects"),
        (name = "inputs", description = "Intelligence inputs: issue, inbox, steps, status board, compliance, attachments"),
        (name = "push", description = "The live event stream (WebSocket)"),
        (name = "channels", description = "Coordination channels between units and agencies"),
        (name = "audit", description = "Who saw and did what"),
        (name = "system", description = "Health, metrics and this description"),
    )
)]
struct ApiDoc;

struct SessionScheme;

impl Modify for SessionScheme {
    fn modify(&self, doc: &mut OpenApiDoc) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SCHEME,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "The session token from login, as a Bearer token or the \
                         samanvay_session cookie. Scopes name the roles an operation needs.",
                    ))
                    .build(),
            ),
        );
    }
}

/// Every route with its OpenAPI description.
pub fn build() -> (Router<AppState>, OpenApiDoc) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(auth::routes())
        .merge(directory::routes())
        .merge(users::routes())
        .merge(sharing::routes())
        .merge(documents::routes())
        .merge(persons::routes())
        .merge(organisations::routes())
        .merge(register_search::routes())
        .merge(register_import::routes())
        .merge(register_exchange::routes())
        .merge(person_links::routes())
        .merge(watches::routes())
        .merge(notifications::routes())
        .merge(inputs::routes())
        .merge(crate::attachments::routes())
        .merge(crate::push::routes())
        .merge(channels::routes())
        .merge(channels_members::routes())
        .merge(channels_messages::routes())
        .merge(channels_search::routes())
        .merge(channels_archive::routes())
        .merge(audit::routes())
        .merge(system::routes())
        .split_for_parts()
}
