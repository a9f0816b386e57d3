//! Signing in and out: a fresh token and a browser cookie at every login, the cookie alone is
//! enough, logout ends the session at once, and a failed login says nothing about why.

use crate::support::on_every_backend;
use reqwest::header::COOKIE;
use reqwest::{Method, StatusCode};

#[tokio::test]
async fn login_gives_a_token_and_a_strict_http_only_cookie_that_works_alone() {
    on_every_backend(async |app| {
        let reply = app
            .try_login("dl.sho.alipur", samanvay_demo::DEMO_PASSWORD)
            .await;
        reply.expect(StatusCode::OK, "login");
        let token = reply.json()["token"].as_str().unwrap().to_string();
        // 256 random bits, URL-safe base64 without padding.
        assert!(token.len() >= 43, "a short token: {token}");
        assert_eq!(reply.json()["user"]["username"], "dl.sho.alipur");
        assert_eq!(reply.json()["idle_timeout_minutes"], 30);

        let cookie = reply.set_cookie().expect("a session cookie");
        let attributes: Vec<&str> = cookie.split(';').map(str::trim).collect();
        assert_eq!(attributes[0], format!("samanvay_session={token}"));
        assert!(attributes.contains(&"HttpOnly"), "{cookie}");
        assert!(attributes.contains(&"SameSite=Strict"), "{cookie}");
        assert!(attributes.contains(&"Path=/"), "{cookie}");
        // The demo serves plain HTTP; Secure comes with an https public_url.
        assert!(!attributes.contains(&"Secure"), "{cookie}");

        let me = app
            .send(
                app.request(Method::GET, "/api/v1/auth/me")
                    .header(COOKIE, attributes[0]),
            )
            .await;
        me.expect(StatusCode::OK, "the cookie alone signs the request in");
        assert_eq!(me.json()["user"]["username"], "dl.sho.alipur");
        assert_eq!(me.json()["agency"]["code"], "DL");
    })
    .await;
}

#[tokio::test]
async fn cookies_are_secure_when_samanvay_is_reached_over_https() {
    crate::support::on_every_backend_with(
        |config| config.public_url = "https://samanvay.example.gov.in".into(),
        async |app| {
            let reply = app
                .try_login("dl.sho.alipur", samanvay_demo::DEMO_PASSWORD)
                .await;
            reply.expect(StatusCode::OK, "login");
            let cookie = reply.set_cookie().expect("a session cookie");
            assert!(cookie.split(';').any(|a| a.trim() == "Secure"), "{cookie}");
        },
    )
    .await;
}

#[tokio::test]
async fn every_login_gets_a_new_token_and_logout_ends_only_that_session_at_once() {
    on_every_backend(async |app| {
        let first = app.login("dl.sho.alipur").await;
        let second = app.login("dl.sho.alipur").await;
        assert_ne!(first, second, "a login reused a token");
        for token in [&first, &second] {
            app.get("/api/v1/auth/me", token)
                .await
                .expect(StatusCode::OK, "both sessions live");
        }

        let logout = app.post("/api/v1/auth/logout", &first).await;
        logout.expect(StatusCode::NO_CONTENT, "logout");
        let cleared = logout.set_cookie().expect("logout clears the cookie");
        assert!(cleared.starts_with("samanvay_session=;"), "{cleared}");
        assert!(cleared.contains("Max-Age=0"), "{cleared}");

        let after = app.get("/api/v1/auth/me", &first).await;
        after.expect(StatusCode::UNAUTHORIZED, "the logged-out token");
        assert_eq!(after.problem(), "unauthenticated");
        app.post("/api/v1/auth/logout", &first)
            .await
            .expect(StatusCode::UNAUTHORIZED, "logging out twice");
        app.get("/api/v1/auth/me", &second)
            .await
            .expect(StatusCode::OK, "the other session lives on");
    })
    .await;
}

#[tokio::test]
async fn unknown_username_and_wrong_password_get_the_same_answer() {
    on_every_backend(async |app| {
        let wrong_password = app
            .try_login("dl.sho.alipur", "not the right password at all")
            .await;
        let unknown_user = app
            .try_login("dl.sho.nowhere", "not the right password at all")
            .await;
        wrong_password.expect(StatusCode::UNAUTHORIZED, "wrong password");
        assert_eq!(wrong_password.problem(), "login-failed");
        assert_eq!(unknown_user.status, wrong_password.status);
        assert_eq!(unknown_user.body, wrong_password.body);
        assert_eq!(unknown_user.content_type(), wrong_password.content_type());
        assert!(unknown_user.set_cookie().is_none());
        assert!(wrong_password.set_cookie().is_none());
    })
    .await;
}

#[tokio::test]
async fn a_request_without_a_session_or_with_a_made_up_token_is_refused() {
    on_every_backend(async |app| {
        let none = app.send(app.request(Method::GET, "/api/v1/auth/me")).await;
        none.expect(StatusCode::UNAUTHORIZED, "no token");
        let made_up = app
            .get(
                "/api/v1/auth/me",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            )
            .await;
        made_up.expect(StatusCode::UNAUTHORIZED, "a made-up token");
    })
    .await;
}

#[tokio::test]
async fn changing_the_password_ends_the_other_sessions_and_retires_the_old_password() {
    on_every_backend(async |app| {
        let here = app.login("up.sho.loni").await;
        let elsewhere = app.login("up.sho.loni").await;
        let new_password = "gangajal from the loni canal";
        let change = |current: &str, new: &str| {
            serde_json::json!({ "current_password": current, "new_password": new })
        };

        let wrong = app
            .post_json(
                "/api/v1/auth/password",
                &here,
                &change("not my password", new_password),
            )
            .await;
        wrong.expect(StatusCode::UNPROCESSABLE_ENTITY, "a wrong current password");
        let weak = app
            .post_json(
                "/api/v1/auth/password",
                &here,
                &change(samanvay_demo::DEMO_PASSWORD, "password1234"),
            )
            .await;
        weak.expect(StatusCode::UNPROCESSABLE_ENTITY, "a common new password");
        app.get("/api/v1/auth/me", &elsewhere)
            .await
            .expect(StatusCode::OK, "nothing changed yet");

        app.post_json(
            "/api/v1/auth/password",
            &here,
            &change(samanvay_demo::DEMO_PASSWORD, new_password),
        )
        .await
        .expect(StatusCode::NO_CONTENT, "change the password");
        app.get("/api/v1/auth/me", &elsewhere)
            .await
            .expect(StatusCode::UNAUTHORIZED, "another session after the change");
        app.get("/api/v1/auth/me", &here)
            .await
            .expect(StatusCode::OK, "the session that changed the password");
        app.try_login("up.sho.loni", samanvay_demo::DEMO_PASSWORD)
            .await
            .expect(StatusCode::UNAUTHORIZED, "the old password");
        app.login_with("up.sho.loni", new_password).await;
    })
    .await;
}
