//! Sessions end after 30 idle minutes and 12 hours after login however active, measured on the
//! server's injectable clock.

use crate::support::on_every_backend;
use reqwest::StatusCode;
use time::Duration;

#[tokio::test]
async fn a_session_idle_for_31_minutes_has_ended() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        app.clock.advance(Duration::minutes(31));
        let reply = app.get("/api/v1/auth/me", &token).await;
        reply.expect(StatusCode::UNAUTHORIZED, "after 31 idle minutes");
        assert_eq!(reply.problem(), "unauthenticated");
        // Ended for good: going back in activity does not revive it.
        app.get("/api/v1/auth/me", &token)
            .await
            .expect(StatusCode::UNAUTHORIZED, "the ended session");
    })
    .await;
}

#[tokio::test]
async fn activity_within_30_minutes_keeps_a_session_alive() {
    on_every_backend(async |app| {
        let token = app.login("dl.sho.alipur").await;
        // Four requests 29 minutes apart: almost two hours, never idle for 30 minutes.
        for step in 1..=4 {
            app.clock.advance(Duration::minutes(29));
            app.get("/api/v1/auth/me", &token).await.expect(
                StatusCode::OK,
                &format!("request {step}, 29 minutes after the last"),
            );
        }
        app.clock.advance(Duration::minutes(30));
        app.get("/api/v1/auth/me", &token)
            .await
            .expect(StatusCode::UNAUTHORIZED, "after exactly 30 idle minutes");
    })
    .await;
}

#[tokio::test]
async fn twelve_hours_after_login_even_an_active_session_ends() {
    on_every_backend(async |app| {
        let token = app.login("hr.sp.gurugram").await;
        let step = Duration::minutes(25);
        let mut elapsed = Duration::ZERO;
        while elapsed + step < Duration::hours(12) {
            app.clock.advance(step);
            elapsed += step;
            app.get("/api/v1/auth/me", &token)
                .await
                .expect(StatusCode::OK, &format!("active after {elapsed}"));
        }
        app.clock.advance(Duration::hours(12) - elapsed);
        app.get("/api/v1/auth/me", &token)
            .await
            .expect(StatusCode::UNAUTHORIZED, "twelve hours after login");
        // A fresh login starts a fresh twelve hours.
        let again = app.login("hr.sp.gurugram").await;
        app.get("/api/v1/auth/me", &again)
            .await
            .expect(StatusCode::OK, "a new session");
    })
    .await;
}
