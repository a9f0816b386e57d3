//! Agency admins manage their own agency's accounts and nothing more: never another agency's
//! users, never an account with a role or clearance they lack themselves. Disabling an account
//! ends its sessions at once; new accounts must have a password worth the name.

use crate::support::{TestApp, WORLD, on_every_backend, random_id, user_id};
use reqwest::StatusCode;
use serde_json::{Value, json};

const GOOD_PASSWORD: &str = "monsoon over the yamuna bridge";

fn new_account(username: &str, roles: &[&str], clearance: &str, password: &str) -> Value {
    let unit = WORLD.user("dl.admin").expect("dl.admin").user.unit;
    json!({
        "username": username,
        "display_name": "Insp. Kavita Rawat",
        "unit": unit,
        "rank": "inspector",
        "post": "Inspector, Delhi Police Headquarters",
        "roles": roles,
        "clearance": clearance,
        "password": password,
    })
}

async fn usernames_of_own_agency(app: &TestApp, admin: &str) -> Vec<String> {
    let reply = app.get("/api/v1/users", admin).await;
    reply.expect(StatusCode::OK, "list users");
    reply
        .json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn disabling_a_user_ends_all_its_sessions_at_once() {
    on_every_backend(async |app| {
        let at_desk = app.login("dl.sho.alipur").await;
        let on_phone = app.login("dl.sho.alipur").await;
        let admin = app.login("dl.admin").await;
        let id = user_id("dl.sho.alipur");

        let disabled = app
            .post(&format!("/api/v1/users/{id}/disable"), &admin)
            .await;
        disabled.expect(StatusCode::OK, "disable");
        assert_eq!(disabled.json()["status"], "disabled");
        for token in [&at_desk, &on_phone] {
            app.get("/api/v1/auth/me", token)
                .await
                .expect(StatusCode::UNAUTHORIZED, "a session of the disabled user");
        }
        // A disabled account's login fails like any wrong password.
        let login = app
            .try_login("dl.sho.alipur", samanvay_demo::DEMO_PASSWORD)
            .await;
        let wrong = app.try_login("dl.sho.alipur", "not the password").await;
        assert_eq!((login.status, &login.body), (wrong.status, &wrong.body));

        app.post(&format!("/api/v1/users/{id}/enable"), &admin)
            .await
            .expect(StatusCode::OK, "enable");
        app.login("dl.sho.alipur").await;
        app.post(
            &format!("/api/v1/users/{}/disable", user_id("dl.admin")),
            &admin,
        )
        .await
        .expect(StatusCode::UNPROCESSABLE_ENTITY, "disabling oneself");
    })
    .await;
}

#[tokio::test]
async fn an_agency_admin_cannot_see_or_touch_another_agencys_users() {
    on_every_backend(async |app| {
        let admin = app.login("dl.admin").await;
        let nobody = app
            .get(&format!("/api/v1/users/{}", random_id()), &admin)
            .await;
        nobody.expect(StatusCode::NOT_FOUND, "a random id");

        let haryana = user_id("hr.sp.gurugram");
        let tries = [
            app.get(&format!("/api/v1/users/{haryana}"), &admin).await,
            app.patch_json(
                &format!("/api/v1/users/{haryana}"),
                &admin,
                &json!({ "post": "Transferred" }),
            )
            .await,
            app.post(&format!("/api/v1/users/{haryana}/disable"), &admin)
                .await,
            app.post(&format!("/api/v1/users/{haryana}/enable"), &admin)
                .await,
            app.post(&format!("/api/v1/users/{haryana}/unlock"), &admin)
                .await,
            app.post_json(
                &format!("/api/v1/users/{haryana}/password"),
                &admin,
                &json!({ "new_password": GOOD_PASSWORD }),
            )
            .await,
        ];
        for reply in &tries {
            reply.expect(StatusCode::NOT_FOUND, "another agency's user");
            assert_eq!(
                reply.body, nobody.body,
                "the answer differs from a random id's"
            );
        }

        let own = usernames_of_own_agency(app, &admin).await;
        assert!(own.iter().all(|u| u.starts_with("dl.")), "{own:?}");
        assert!(own.contains(&"dl.sho.alipur".to_string()));
        // Untouched: still signs in with the old password, posting unchanged.
        let token = app.login("hr.sp.gurugram").await;
        let me = app.get("/api/v1/auth/me", &token).await;
        assert_ne!(me.json()["user"]["post"], "Transferred");
    })
    .await;
}

#[tokio::test]
async fn an_admin_cannot_manage_or_create_an_account_more_privileged_than_their_own() {
    on_every_backend(async |app| {
        let admin = app.login("dl.admin").await;
        // The agency admin holds no auditor role: the auditor's account is out of reach.
        let auditor = user_id("dl.auditor");
        let refused = app
            .post(&format!("/api/v1/users/{auditor}/disable"), &admin)
            .await;
        refused.expect(StatusCode::FORBIDDEN, "disable an auditor");
        assert_eq!(refused.problem(), "forbidden");
        app.login("dl.auditor").await;

        // A deputy admin cleared only to Confidential.
        let deputy = new_account(
            "dl.deputy.admin",
            &["agency_admin", "officer"],
            "confidential",
            GOOD_PASSWORD,
        );
        app.post_json("/api/v1/users", &admin, &deputy)
            .await
            .expect(StatusCode::CREATED, "create the deputy admin");
        let deputy = app.login_with("dl.deputy.admin", GOOD_PASSWORD).await;

        let analyst = user_id("dl.analyst");
        app.post(&format!("/api/v1/users/{analyst}/disable"), &deputy)
            .await
            .expect(StatusCode::FORBIDDEN, "disable a Secret analyst");
        app.get(&format!("/api/v1/users/{analyst}"), &deputy)
            .await
            .expect(StatusCode::FORBIDDEN, "open a Secret analyst's account");
        let sho = user_id("dl.sho.alipur");
        app.patch_json(
            &format!("/api/v1/users/{sho}"),
            &deputy,
            &json!({ "clearance": "secret" }),
        )
        .await
        .expect(StatusCode::FORBIDDEN, "raise a clearance above one's own");
        app.patch_json(
            &format!("/api/v1/users/{sho}"),
            &deputy,
            &json!({ "roles": ["officer", "auditor"] }),
        )
        .await
        .expect(StatusCode::FORBIDDEN, "grant a role one lacks");

        let too_cleared = new_account("dl.too.cleared", &["officer"], "secret", GOOD_PASSWORD);
        let too_powerful =
            new_account("dl.too.powerful", &["auditor"], "restricted", GOOD_PASSWORD);
        for (account, what) in [(&too_cleared, "Secret"), (&too_powerful, "an auditor")] {
            app.post_json("/api/v1/users", &deputy, account)
                .await
                .expect(StatusCode::FORBIDDEN, &format!("create {what}"));
        }
        let own = usernames_of_own_agency(app, &admin).await;
        for username in ["dl.too.cleared", "dl.too.powerful"] {
            assert!(
                !own.contains(&username.to_string()),
                "{username} was created"
            );
            app.try_login(username, GOOD_PASSWORD)
                .await
                .expect(StatusCode::UNAUTHORIZED, username);
        }

        // Within the deputy's own privileges, management works.
        let constable = user_id("dl.ct.alipur");
        app.post(&format!("/api/v1/users/{constable}/disable"), &deputy)
            .await
            .expect(StatusCode::OK, "disable a Restricted constable");
    })
    .await;
}

#[tokio::test]
async fn an_admin_created_user_signs_in_and_weak_passwords_create_nothing() {
    on_every_backend(async |app| {
        let admin = app.login("dl.admin").await;
        let username = "dl.insp.rawat";
        let overlong = "x".repeat(129);
        for weak in [
            "short",
            "password1234",
            "Password@12345",
            "delhipolice@123",
            "123456789012",
            "aaaaaaaaaaaaaaaa",
            "dl.insp.rawat is me",
            overlong.as_str(),
        ] {
            let reply = app
                .post_json(
                    "/api/v1/users",
                    &admin,
                    &new_account(username, &["officer"], "restricted", weak),
                )
                .await;
            reply.expect(
                StatusCode::UNPROCESSABLE_ENTITY,
                &format!("password {weak:?}"),
            );
            assert_eq!(reply.problem(), "invalid-field");
        }
        assert!(
            !usernames_of_own_agency(app, &admin)
                .await
                .contains(&username.to_string())
        );
        app.try_login(username, "short")
            .await
            .expect(StatusCode::UNAUTHORIZED, "login before creation");

        let created = app
            .post_json(
                "/api/v1/users",
                &admin,
                &new_account(username, &["officer"], "restricted", GOOD_PASSWORD),
            )
            .await;
        created.expect(StatusCode::CREATED, "create with a good password");
        assert_eq!(
            created.json()["agency"],
            WORLD.agency("DL").unwrap().id.to_string()
        );
        assert!(
            !created.body.contains(GOOD_PASSWORD),
            "the password is echoed"
        );
        let token = app.login_with(username, GOOD_PASSWORD).await;
        let me = app.get("/api/v1/auth/me", &token).await;
        assert_eq!(me.json()["user"]["username"], username);
        assert_eq!(me.json()["viewer"]["clearance"], "restricted");

        app.post_json(
            "/api/v1/users",
            &admin,
            &new_account(username, &["officer"], "restricted", GOOD_PASSWORD),
        )
        .await
        .expect(StatusCode::CONFLICT, "the same username again");
    })
    .await;
}
