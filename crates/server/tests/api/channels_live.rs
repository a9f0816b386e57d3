//! Channel messages over the live stream: members hear a post within a second; a removed
//! member and an officer transferred out of the member unit stop receiving on the open
//! connection at once; another agency never receives one.
//!
//! Negative checks wait for a later message the stream may receive (a barrier): events arrive
//! in seq order, so when the barrier arrives first, the forbidden one was never sent.

use crate::channels::{border_channel, post, unit_named};
use crate::support::{TestApp, agencies, marking, on_every_backend, user_id};
use futures_util::StreamExt;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::AUTHORIZATION;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

const WITHIN: Duration = Duration::from_secs(1);

struct Stream {
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Stream {
    async fn open(app: &TestApp, token: &str) -> Stream {
        let mut request = format!("ws://{}/api/v1/stream", app.addr)
            .into_client_request()
            .unwrap();
        let bearer = format!("Bearer {token}").parse().unwrap();
        request.headers_mut().insert(AUTHORIZATION, bearer);
        let (socket, _) = tokio_tungstenite::connect_async(request)
            .await
            .unwrap_or_else(|e| panic!("{:?}: open the stream: {e}", app.backend));
        Stream { socket }
    }

    async fn next(&mut self) -> Value {
        loop {
            let message = tokio::time::timeout(WITHIN, self.socket.next())
                .await
                .expect("an event within a second")
                .expect("the stream is open")
                .expect("a readable frame");
            match message {
                Message::Text(text) => return serde_json::from_str(text.as_str()).unwrap(),
                Message::Ping(_) | Message::Pong(_) => continue,
                other => panic!("expected an event, got {other:?}"),
            }
        }
    }

    /// The texts of the channel messages received up to and including `marker`.
    async fn messages_until(&mut self, marker: &str) -> Vec<String> {
        let mut texts = Vec::new();
        loop {
            let frame = self.next().await;
            if frame["body"]["kind"] != "channel_message" {
                continue;
            }
            let text = frame["body"]["text"].as_str().unwrap().to_string();
            let done = text == marker;
            texts.push(text);
            if done {
                return texts;
            }
        }
    }
}

#[tokio::test]
async fn removed_and_transferred_members_stop_receiving_on_an_open_stream() {
    on_every_backend(async |app| {
        let sho = app.login("dl.sho.alipur").await;
        let sp = app.login("hr.sp.gurugram").await;
        let analyst = app.login("dl.analyst").await;
        let up = app.login("up.sho.loni").await;
        let border = border_channel(app, &sho).await;
        let add = json!({ "subject": { "kind": "user", "id": user_id("dl.analyst") },
            "role": "member" });
        app.send(
            app.request(Method::PUT, &format!("/api/v1/channels/{border}/members"))
                .bearer_auth(&sho)
                .json(&add),
        )
        .await
        .expect(StatusCode::OK, "add the analyst");
        // A second channel where everyone but UP is listed by name: the barrier.
        let listed = |name: &str, role: &str| {
            json!({ "subject": { "kind": "user",
            "id": user_id(name) }, "role": role })
        };
        let body = json!({
            "name": "Barrier",
            "marking": marking("confidential", agencies(&["HR"]), false),
            "members": [listed("dl.sho.alipur", "owner"), listed("hr.sp.gurugram", "member"),
                listed("dl.analyst", "member")],
        });
        let barrier = app.post_json("/api/v1/channels", &sho, &body).await;
        barrier.expect(StatusCode::CREATED, "barrier channel");
        let barrier = barrier.json()["id"].as_str().unwrap().to_string();

        let mut sho_stream = Stream::open(app, &sho).await;
        let mut sp_stream = Stream::open(app, &sp).await;
        let mut up_stream = Stream::open(app, &up).await;

        post(app, &sho, &border, json!({ "text": "first" })).await;
        assert_eq!(sp_stream.messages_until("first").await, vec!["first"]);
        assert_eq!(sho_stream.messages_until("first").await, vec!["first"]);

        // Removed: the next message in the channel never reaches the SP's open stream.
        let remove = format!(
            "/api/v1/channels/{border}/members/users/{}",
            user_id("hr.sp.gurugram")
        );
        app.send(app.request(Method::DELETE, &remove).bearer_auth(&sho))
            .await
            .expect(StatusCode::NO_CONTENT, "remove the SP");
        post(app, &sho, &border, json!({ "text": "after removal" })).await;
        post(app, &analyst, &barrier, json!({ "text": "barrier one" })).await;
        assert_eq!(
            sp_stream.messages_until("barrier one").await,
            vec!["barrier one"],
            "{:?}",
            app.backend
        );
        assert_eq!(
            sho_stream.messages_until("barrier one").await,
            vec!["after removal", "barrier one"]
        );

        // Transferred out of PS Alipur (the member unit): the open stream stops hearing the
        // channel at once, though it still hears the channel that lists him by name.
        let admin = app.login("dl.admin").await;
        let me = format!("/api/v1/users/{}", user_id("dl.sho.alipur"));
        app.patch_json(&me, &admin, &json!({ "unit": unit_named("PS Narela") }))
            .await
            .expect(StatusCode::OK, "transfer");
        post(app, &analyst, &border, json!({ "text": "after transfer" })).await;
        post(app, &analyst, &barrier, json!({ "text": "barrier two" })).await;
        assert_eq!(
            sho_stream.messages_until("barrier two").await,
            vec!["barrier two"],
            "{:?}",
            app.backend
        );

        // UP heard none of it: its first channel message is one in a channel it belongs to.
        let body = json!({
            "name": "UP only",
            "marking": marking("restricted", json!({ "kind": "own_agency" }), false),
        });
        let own = app.post_json("/api/v1/channels", &up, &body).await;
        own.expect(StatusCode::CREATED, "UP's channel");
        let own = own.json()["id"].as_str().unwrap().to_string();
        post(app, &up, &own, json!({ "text": "up barrier" })).await;
        assert_eq!(
            up_stream.messages_until("up barrier").await,
            vec!["up barrier"]
        );
    })
    .await;
}
