//! Samanvay's server: the HTTP API, sessions, and the policy gate in front of every route.
//!
//! [`Application::build`] binds the listener and exposes its address, so tests and production
//! start the server the same way.

pub mod api;
pub mod attachments;
pub mod auth;
pub mod channels;
pub mod config;
pub mod error;
pub mod extract;
pub mod inputs;
pub mod matching;
pub mod metrics;
pub mod push;
pub mod seed;
pub mod state;
pub mod web;

use crate::auth::AccessTable;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::state::{AppState, Shared};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use samanvay_core::clock::Clock;
use samanvay_store::Store;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    /// Binds `config.listen` and prepares the routes; `serve` starts answering.
    pub async fn build(
        config: Config,
        store: Store,
        clock: Arc<dyn Clock>,
    ) -> std::io::Result<Application> {
        let listener = TcpListener::bind(config.listen).await?;
        let (routes, openapi) = api::build();
        let access = AccessTable::from_openapi(&openapi);
        for route in access.undeclared() {
            tracing::error!(
                route,
                "route declares no access rule; it will refuse every request"
            );
        }
        let body_limit = config.max_body_bytes;
        let matcher = matching::PersonMatcher::build(&store)
            .await
            .map_err(std::io::Error::other)?;
        let idle = time::Duration::minutes(config.sessions.idle_timeout_minutes as i64);
        let metrics = Metrics::default();
        let push = push::Hub::new(
            store.clone(),
            clock.clone(),
            idle,
            metrics.push_streams.clone(),
        );
        push::start(&push).await.map_err(std::io::Error::other)?;
        let state = AppState::new(Shared {
            matcher,
            push,
            store,
            clock,
            config,
            access,
            metrics,
            phantom_failures: Mutex::new(Default::default()),
            dummy_hash: auth::passwords::hash_now("a password no account has"),
        });
        let router = routes
            .route_layer(from_fn_with_state(state.clone(), auth::access::gate))
            .route_layer(from_fn_with_state(state.clone(), metrics::track))
            // The web application's files compress well; API answers are left as they are.
            .fallback_service(
                Router::new()
                    .fallback(web::fallback)
                    .layer(CompressionLayer::new()),
            )
            .layer(DefaultBodyLimit::max(body_limit))
            .with_state(state.clone());
        Ok(Application {
            listener,
            router,
            state,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then lets in-flight requests finish and commits
    /// queued writes.
    pub async fn serve(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        // Open streams would hold a graceful shutdown open for ever: close them first.
        let push = self.state.push.clone();
        let shutdown = async move {
            shutdown.await;
            push.shut_down();
        };
        let escalator = inputs::escalation::spawn(self.state.clone());
        let served = axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown)
            .await;
        escalator.abort();
        served?;
        self.state.store.close().await;
        Ok(())
    }
}
