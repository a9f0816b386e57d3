//! Deny by default: every route the API serves declares who may call it, and the gate holds
//! each route to its declaration.

use crate::support::{TestApp, on_every_backend, random_id};
use reqwest::StatusCode;
use samanvay_core::user::Role;
use samanvay_server::auth::{Access, AccessTable};
use std::collections::BTreeSet;

fn access_table() -> (AccessTable, serde_json::Value) {
    let (_, doc) = samanvay_server::api::build();
    let json = serde_json::to_value(&doc).expect("the OpenAPI document serializes");
    (AccessTable::from_openapi(&doc), json)
}

/// The path with every `{param}` filled with an id nothing has.
fn concrete(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') && segment.ends_with('}') {
                random_id()
            } else {
                segment.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn every_route_in_the_route_table_declares_an_access_rule() {
    let (table, doc) = access_table();
    assert!(
        table.undeclared().is_empty(),
        "routes without an access rule: {:?}",
        table.undeclared()
    );
    let methods = [
        "get", "put", "post", "delete", "options", "head", "patch", "trace",
    ];
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, _) in item.as_object().expect("a path item") {
            if methods.contains(&method.as_str()) {
                operations += 1;
                let method = method.to_uppercase().parse().unwrap();
                assert!(table.rule(&method, path).is_some(), "{method} {path}");
            }
        }
    }
    assert_eq!(table.rules().count(), operations);
    assert!(operations >= 20, "only {operations} operations found");
}

#[test]
fn only_signing_in_health_metrics_and_the_api_description_are_public() {
    let (table, _) = access_table();
    let public: BTreeSet<String> = table
        .rules()
        .filter(|(_, _, access)| **access == Access::Public)
        .map(|(method, path, _)| format!("{method} {path}"))
        .collect();
    let expected: BTreeSet<String> = [
        "GET /",
        "GET /healthz",
        "GET /readyz",
        "GET /metrics",
        "GET /api/v1/openapi.json",
        "GET /api/v1/docs",
        "POST /api/v1/auth/login",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(public, expected);
}

#[tokio::test]
async fn every_operation_that_is_not_public_answers_401_without_a_session() {
    let (table, _) = access_table();
    on_every_backend(async |app| {
        for (method, path, access) in table.rules() {
            let reply = app.send(app.request(method.clone(), &concrete(path))).await;
            let what = format!("{:?}: {method} {path}", app.backend);
            if *access == Access::Public {
                assert_ne!(reply.status, StatusCode::UNAUTHORIZED, "{what}");
            } else {
                reply.expect(StatusCode::UNAUTHORIZED, &what);
                assert_eq!(reply.problem(), "unauthenticated", "{what}");
            }
        }
    })
    .await;
}

#[tokio::test]
async fn role_restricted_operations_refuse_a_signed_in_user_without_the_role() {
    let (table, _) = access_table();
    on_every_backend(async |app| {
        // A beat constable: an officer and nothing else.
        let constable = app.login("dl.ct.alipur").await;
        let admin = app.login("dl.admin").await;
        let auditor = app.login("dl.auditor").await;
        let mut restricted = 0;
        for (method, path, access) in table.rules() {
            let Access::AnyRole(roles) = access else {
                continue;
            };
            restricted += 1;
            assert!(!roles.contains(&Role::Officer), "{method} {path}");
            let what = format!("{:?}: {method} {path}", app.backend);
            let reply = with_token(app, method, path, &constable).await;
            reply.expect(StatusCode::FORBIDDEN, &what);
            assert_eq!(reply.problem(), "forbidden", "{what}");

            // A holder of the role passes the gate (whatever the handler then says); the demo
            // administrator also holds the analyst role.
            let holder = if roles.contains(&Role::AgencyAdmin) || roles.contains(&Role::Analyst) {
                &admin
            } else {
                &auditor
            };
            let reply = with_token(app, method, path, holder).await;
            let refused_by_gate = reply.status == StatusCode::FORBIDDEN
                && reply.json()["detail"]
                    .as_str()
                    .is_some_and(|d| d.starts_with("This needs the role"));
            assert!(!refused_by_gate, "{what}: {}", reply.body);
            assert_ne!(reply.status, StatusCode::UNAUTHORIZED, "{what}");
        }
        assert!(
            restricted >= 10,
            "only {restricted} role-restricted operations"
        );
    })
    .await;
}

async fn with_token(
    app: &TestApp,
    method: &reqwest::Method,
    path: &str,
    token: &str,
) -> crate::support::Reply {
    app.send(
        app.request(method.clone(), &concrete(path))
            .bearer_auth(token),
    )
    .await
}

#[tokio::test]
async fn unknown_addresses_and_methods_answer_with_problem_documents() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        let unknown = app.get("/api/v1/no-such-thing", &token).await;
        unknown.expect(StatusCode::NOT_FOUND, "an unknown address");
        let wrong_method = app
            .send(
                app.request(
                    reqwest::Method::DELETE,
                    &format!("/api/v1/documents/{}", random_id()),
                )
                .bearer_auth(&token),
            )
            .await;
        assert_eq!(
            wrong_method.status,
            StatusCode::METHOD_NOT_ALLOWED,
            "DELETE of a document"
        );
    })
    .await;
}

#[tokio::test]
async fn head_requests_follow_the_rule_of_their_get() {
    on_every_backend(async |app| {
        let head = |path: &str| app.request(reqwest::Method::HEAD, path);
        let health = head("/healthz").send().await.expect("an answer");
        assert_eq!(health.status(), StatusCode::OK, "HEAD /healthz");
        let me = head("/api/v1/auth/me").send().await.expect("an answer");
        assert_eq!(
            me.status(),
            StatusCode::UNAUTHORIZED,
            "HEAD without a session"
        );
        let token = app.login("dl.ct.alipur").await;
        let audit = head("/api/v1/audit")
            .bearer_auth(&token)
            .send()
            .await
            .expect("an answer");
        assert_eq!(
            audit.status(),
            StatusCode::FORBIDDEN,
            "HEAD without the role"
        );
        let me = head("/api/v1/auth/me")
            .bearer_auth(&token)
            .send()
            .await
            .expect("an answer");
        assert_eq!(me.status(), StatusCode::OK, "HEAD with a session");
    })
    .await;
}
