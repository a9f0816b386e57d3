//! What every story needs: the real server on an ephemeral port over a scratch database loaded
//! with the demo world, a clock the test moves by hand, and request helpers that insist every
//! error is a problem document and nothing is ever a 500.

use reqwest::header::{CONTENT_TYPE, HeaderMap, SET_COOKIE};
use reqwest::{Method, RequestBuilder, StatusCode};
use samanvay_core::clock::ManualClock;
use samanvay_demo::{DEMO_PASSWORD, DemoWorld, Scale};
use samanvay_server::Application;
use samanvay_server::config::Config;
use samanvay_store::testing::{ScratchDatabase, backends_under_test, scratch_database};
use samanvay_store::{Backend, Store};
use serde_json::{Value, json};
use std::net::SocketAddr;
use std::sync::{Arc, LazyLock};
use tempfile::TempDir;
use time::OffsetDateTime;
use time::macros::datetime;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use uuid::Uuid;

/// The seed of the demo world every story starts from.
pub const SEED: u64 = 2026;

/// The demo world at its small scale, generated once: ids and usernames the stories look up.
pub static WORLD: LazyLock<DemoWorld> =
    LazyLock::new(|| samanvay_demo::generate(SEED, Scale::small()));

/// The moment the manual clock starts at (whole seconds, as the store keeps time).
pub fn start_time() -> OffsetDateTime {
    datetime!(2025-06-02 04:30 UTC)
}

/// Runs a story once on every backend under test, each time against a fresh server.
pub async fn on_every_backend(story: impl AsyncFn(&TestApp)) {
    for backend in backends_under_test() {
        let app = TestApp::spawn(backend).await;
        story(&app).await;
        app.stop().await;
    }
}

/// Like [`on_every_backend`], with the server's configuration adjusted first.
pub async fn on_every_backend_with(configure: impl Fn(&mut Config), story: impl AsyncFn(&TestApp)) {
    for backend in backends_under_test() {
        let app = TestApp::spawn_with(backend, &configure).await;
        story(&app).await;
        app.stop().await;
    }
}

/// A running server and a client for it.
pub struct TestApp {
    pub backend: Backend,
    pub addr: SocketAddr,
    pub clock: Arc<ManualClock>,
    pub config: Config,
    /// The server's own store, for stories that write what no endpoint writes yet.
    pub store: Store,
    client: reqwest::Client,
    shutdown: oneshot::Sender<()>,
    server: JoinHandle<std::io::Result<()>>,
    scratch: ScratchDatabase,
    _dir: TempDir,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        Self::spawn_with(backend, |_| {}).await
    }

    /// Makes a scratch database, loads the demo world, and serves it on `127.0.0.1:0`.
    pub async fn spawn_with(backend: Backend, configure: impl Fn(&mut Config)) -> TestApp {
        let dir = tempfile::tempdir().expect("temporary directory");
        let scratch = scratch_database(backend, dir.path())
            .await
            .unwrap_or_else(|e| panic!("scratch {backend:?} database: {e}"));
        let store = Store::open(scratch.url())
            .await
            .unwrap_or_else(|e| panic!("open the {backend:?} store: {e}"));
        samanvay_server::seed::load(&store, &WORLD, start_time())
            .await
            .unwrap_or_else(|e| panic!("load the demo world on {backend:?}: {e}"));
        let mut config = Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir: dir.path().to_path_buf(),
            database_url: scratch.url().to_string(),
            ..Config::default()
        };
        configure(&mut config);
        let clock = Arc::new(ManualClock::new(start_time()));
        let app = Application::build(config.clone(), store.clone(), clock.clone())
            .await
            .expect("bind 127.0.0.1:0");
        let addr = app.local_addr();
        let (shutdown, stop) = oneshot::channel::<()>();
        let server = tokio::spawn(app.serve(async {
            let _ = stop.await;
        }));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("HTTP client");
        TestApp {
            backend,
            addr,
            clock,
            config,
            store,
            client,
            shutdown,
            server,
            scratch,
            _dir: dir,
        }
    }

    /// Stops the server through its shutdown channel and drops the scratch database.
    pub async fn stop(self) {
        let _ = self.shutdown.send(());
        self.server
            .await
            .expect("the server task ends")
            .expect("the server stops cleanly");
        self.scratch
            .cleanup()
            .await
            .expect("drop the scratch database");
    }

    /// Stops the server as a crash would leave it (no writes lost: each was answered only once
    /// durable) and starts a new one over the same database and data directory, its clock at
    /// `at`.
    pub async fn restart(self, at: OffsetDateTime) -> TestApp {
        let _ = self.shutdown.send(());
        self.server
            .await
            .expect("the server task ends")
            .expect("the server stops cleanly");
        let store = Store::open(self.scratch.url())
            .await
            .unwrap_or_else(|e| panic!("reopen the {:?} store: {e}", self.backend));
        let clock = Arc::new(ManualClock::new(at));
        let app = Application::build(self.config.clone(), store, clock.clone())
            .await
            .expect("bind 127.0.0.1:0");
        let addr = app.local_addr();
        let (shutdown, stop) = oneshot::channel::<()>();
        let server = tokio::spawn(app.serve(async {
            let _ = stop.await;
        }));
        TestApp {
            addr,
            clock,
            shutdown,
            server,
            ..self
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A request to this server, to finish with [`TestApp::send`].
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.client.request(method, self.url(path))
    }

    /// Sends a request and checks the rules every answer keeps: never a server error, and
    /// every error a problem document.
    pub async fn send(&self, request: RequestBuilder) -> Reply {
        let response = request.send().await.expect("the server answers");
        let reply = Reply {
            status: response.status(),
            headers: response.headers().clone(),
            body: response.text().await.expect("a readable body"),
        };
        let context = format!("{:?}: {} {}", self.backend, reply.status, reply.body);
        assert!(!reply.status.is_server_error(), "server error: {context}");
        if reply.status.is_client_error() {
            assert_eq!(
                reply.content_type(),
                "application/problem+json",
                "an error that is not a problem document: {context}"
            );
        }
        reply
    }

    /// Signs in; returns the whole answer, whatever it is.
    pub async fn try_login(&self, username: &str, password: &str) -> Reply {
        let body = json!({ "username": username, "password": password });
        self.send(self.request(Method::POST, "/api/v1/auth/login").json(&body))
            .await
    }

    /// Signs in a demo account with the demo password and returns its bearer token.
    pub async fn login(&self, username: &str) -> String {
        self.login_with(username, DEMO_PASSWORD).await
    }

    pub async fn login_with(&self, username: &str, password: &str) -> String {
        let reply = self.try_login(username, password).await;
        reply.expect(StatusCode::OK, &format!("login as {username}"));
        reply.json()["token"]
            .as_str()
            .expect("a token in the login answer")
            .to_string()
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.send(self.request(Method::GET, path).bearer_auth(token))
            .await
    }

    /// A POST without a body (unlock, disable, logout).
    pub async fn post(&self, path: &str, token: &str) -> Reply {
        self.send(self.request(Method::POST, path).bearer_auth(token))
            .await
    }

    pub async fn post_json(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.send_json(Method::POST, path, token, body).await
    }

    pub async fn put_json(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.send_json(Method::PUT, path, token, body).await
    }

    pub async fn patch_json(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.send_json(Method::PATCH, path, token, body).await
    }

    async fn send_json(&self, method: Method, path: &str, token: &str, body: &Value) -> Reply {
        self.send(self.request(method, path).bearer_auth(token).json(body))
            .await
    }

    /// Creates a document as the signed-in user and returns it.
    pub async fn create_document(&self, token: &str, title: &str, marking: Value) -> Value {
        let body = json!({
            "title": title,
            "body": format!("Body of {title}: the procedure step by step."),
            "tags": ["test"],
            "language": "english",
            "marking": marking,
        });
        let reply = self.post_json("/api/v1/documents", token, &body).await;
        reply.expect(StatusCode::CREATED, &format!("create {title}"));
        reply.json()
    }
}

/// An answer, read whole.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// The stable `type` of a problem document, without its `urn:samanvay:problem:` prefix.
    pub fn problem(&self) -> String {
        let kind = self.json()["type"].as_str().unwrap_or_default().to_string();
        kind.trim_start_matches("urn:samanvay:problem:").to_string()
    }

    pub fn set_cookie(&self) -> Option<&str> {
        self.headers.get(SET_COOKIE).and_then(|v| v.to_str().ok())
    }

    /// Panics with the body unless the status is `want`.
    pub fn expect(&self, want: StatusCode, what: &str) {
        assert_eq!(self.status, want, "{what}: {}", self.body);
    }
}

/// A demo account's user id.
pub fn user_id(username: &str) -> String {
    WORLD
        .user(username)
        .unwrap_or_else(|| panic!("no demo user {username}"))
        .user
        .id
        .to_string()
}

/// A demo agency's id by its code ("DL", "HR", …).
pub fn agency_id(code: &str) -> String {
    WORLD
        .agency(code)
        .unwrap_or_else(|| panic!("no demo agency {code}"))
        .id
        .to_string()
}

/// A demo sharing group's id by its name.
pub fn group_id(name: &str) -> String {
    WORLD
        .sharing_groups
        .iter()
        .find(|g| g.name == name)
        .unwrap_or_else(|| panic!("no demo sharing group {name}"))
        .id
        .to_string()
}

/// An id nothing has.
pub fn random_id() -> String {
    Uuid::now_v7().to_string()
}

/// A marking request: classification and distribution, with or without a pointer.
pub fn marking(classification: &str, distribution: Value, pointer: bool) -> Value {
    json!({
        "classification": classification,
        "distribution": distribution,
        "handling": [],
        "pointer": pointer,
    })
}

pub fn own_agency() -> Value {
    json!({ "kind": "own_agency" })
}

pub fn all_agencies() -> Value {
    json!({ "kind": "all_agencies" })
}

pub fn agencies(codes: &[&str]) -> Value {
    let ids: Vec<String> = codes.iter().map(|c| agency_id(c)).collect();
    json!({ "kind": "agencies", "agencies": ids })
}

pub fn sharing_group(name: &str) -> Value {
    json!({ "kind": "sharing_group", "group": group_id(name) })
}
