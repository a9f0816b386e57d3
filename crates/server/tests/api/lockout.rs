//! Five consecutive failed logins lock an account until an agency admin of the same agency
//! unlocks it; an unknown username goes through exactly the same answers.

use crate::support::{TestApp, on_every_backend, user_id};
use reqwest::StatusCode;
use samanvay_demo::DEMO_PASSWORD;

const WRONG: &str = "a password that is not it";

/// Five wrong passwords and then the right one; the six answers as (status, body).
async fn five_failures_then_the_right_password(
    app: &TestApp,
    username: &str,
) -> Vec<(u16, String)> {
    let mut answers = Vec::new();
    for _ in 0..5 {
        let reply = app.try_login(username, WRONG).await;
        answers.push((reply.status.as_u16(), reply.body.clone()));
    }
    let reply = app.try_login(username, DEMO_PASSWORD).await;
    answers.push((reply.status.as_u16(), reply.body.clone()));
    answers
}

fn problem_type(body: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(body).expect("a problem document");
    value["type"].as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn five_wrong_passwords_lock_the_account_until_an_admin_of_its_agency_unlocks_it() {
    on_every_backend(async |app| {
        let answers = five_failures_then_the_right_password(app, "dl.sho.alipur").await;
        let kinds: Vec<String> = answers.iter().map(|(_, body)| problem_type(body)).collect();
        let failed = "urn:samanvay:problem:login-failed";
        let locked = "urn:samanvay:problem:account-locked";
        assert_eq!(
            kinds,
            [failed, failed, failed, failed, locked, locked],
            "{:?}",
            app.backend
        );
        assert!(answers.iter().all(|(status, _)| *status == 401));

        // An admin of another agency cannot even find the account.
        let hr_admin = app.login("hr.admin").await;
        let unlock = format!("/api/v1/users/{}/unlock", user_id("dl.sho.alipur"));
        app.post(&unlock, &hr_admin)
            .await
            .expect(StatusCode::NOT_FOUND, "unlock by another agency's admin");
        assert_eq!(
            app.try_login("dl.sho.alipur", DEMO_PASSWORD)
                .await
                .problem(),
            "account-locked"
        );

        let dl_admin = app.login("dl.admin").await;
        let unlocked = app.post(&unlock, &dl_admin).await;
        unlocked.expect(StatusCode::OK, "unlock by the own agency's admin");
        assert_eq!(unlocked.json()["status"], "active");
        app.post(&unlock, &dl_admin).await.expect(
            StatusCode::CONFLICT,
            "unlocking an account that is not locked",
        );

        let token = app.login("dl.sho.alipur").await;
        app.get("/api/v1/auth/me", &token)
            .await
            .expect(StatusCode::OK, "signed in after the unlock");
        // The count started again: one more mistake is only a mistake.
        assert_eq!(
            app.try_login("dl.sho.alipur", WRONG).await.problem(),
            "login-failed"
        );
    })
    .await;
}

#[tokio::test]
async fn an_unknown_username_fails_and_locks_exactly_like_a_real_account() {
    on_every_backend(async |app| {
        let real = five_failures_then_the_right_password(app, "up.sho.loni").await;
        let unknown = five_failures_then_the_right_password(app, "up.sho.nowhere").await;
        assert_eq!(unknown, real, "{:?}", app.backend);
        assert_eq!(
            problem_type(&unknown[4].1),
            "urn:samanvay:problem:account-locked"
        );
    })
    .await;
}

#[tokio::test]
async fn failures_spread_beyond_the_window_do_not_lock() {
    on_every_backend(async |app| {
        for _ in 0..4 {
            app.try_login("hr.sp.gurugram", WRONG)
                .await
                .expect(StatusCode::UNAUTHORIZED, "a wrong password");
        }
        app.clock.advance(time::Duration::minutes(16));
        let fifth = app.try_login("hr.sp.gurugram", WRONG).await;
        assert_eq!(fifth.problem(), "login-failed", "{:?}", app.backend);
        app.login("hr.sp.gurugram").await;
    })
    .await;
}

#[tokio::test]
async fn with_auto_unlock_a_lock_expires_and_five_more_failures_lock_again_known_or_unknown() {
    crate::support::on_every_backend_with(
        |config| config.lockout.auto_unlock_minutes = 30,
        async |app| {
            let failed = "urn:samanvay:problem:login-failed";
            let locked = "urn:samanvay:problem:account-locked";
            for round in 1..=2 {
                let real = five_failures_then_the_right_password(app, "up.sho.loni").await;
                let unknown = five_failures_then_the_right_password(app, "up.sho.nowhere").await;
                let kinds: Vec<String> = real.iter().map(|(_, body)| problem_type(body)).collect();
                assert_eq!(
                    kinds,
                    [failed, failed, failed, failed, locked, locked],
                    "{:?} round {round}: guessing goes on after the lock expired",
                    app.backend
                );
                assert_eq!(unknown, real, "{:?} round {round}", app.backend);
                app.clock.advance(time::Duration::minutes(29));
                assert_eq!(
                    app.try_login("up.sho.loni", DEMO_PASSWORD).await.problem(),
                    "account-locked"
                );
                app.clock.advance(time::Duration::minutes(2));
            }
            app.login("up.sho.loni").await;
        },
    )
    .await;
}
